#pragma once

#include "KeyStore.h"
#include "SecureBuffer.h"
#include "SqlCipher.h"
#include "VaultHeader.h"
#include "VaultKeys.h"

#include <QString>

#include <memory>
#include <optional>
#include <string_view>

class QLockFile;

namespace BreachAdvisor {

// One person's (or one help desk's) encrypted store: a directory holding
//   vault.header  the data key, wrapped by the passphrase and by the recovery key
//   vault.db      the SQLCipher database, keyed with a subkey of the data key
//   vault.lock    held while a process has the vault open
// Everything a user enters or imports lives in vault.db, never anywhere else.
class Vault
{
public:
    struct Created;

    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    static QString defaultDirectory();
    static bool existsAt(const QString &directory);

    // Creates a new vault in an empty or missing directory and returns it open,
    // with the recovery key to print (shown once, never stored in the clear).
    static Created create(const QString &directory, const SecureBuffer &passphrase,
                          const KdfParams &kdf = KdfParams::moderate());
    // Each throws Error: WrongCredentials, VaultInUse, NotFound or Damaged. A failed
    // open writes nothing.
    static std::unique_ptr<Vault> open(const QString &directory, const SecureBuffer &passphrase);
    static std::unique_ptr<Vault> openWithRecoveryKey(const QString &directory, std::string_view recoveryKey);
    // With the data key a KeyStore remembered (see KeyStore: loading it is asynchronous).
    static std::unique_ptr<Vault> openRemembered(const QString &directory, SecureBuffer rememberedKey);
    // The vault's id, which names its entry in a KeyStore. Throws like open().
    static QString vaultIdAt(const QString &directory);

    // Rewraps the data key; the database itself is not re-encrypted. Keeps the vault's
    // key strength unless another is given.
    void changePassphrase(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &kdf = std::nullopt);
    const KdfParams &kdf() const { return m_header.passphrase.kdf; }
    // Replaces the recovery key: the old printout stops working. Returns the new one, formatted.
    SecureBuffer replaceRecoveryKey();
    // "Remember on this computer". done gets the store's result so the caller can say
    // why it did not work (no keychain: fall back to the passphrase).
    void remember(KeyStore &store, KeyStore::Done done) const;
    void forget(KeyStore &store, KeyStore::Done done) const;

    Database &database() { return m_db; }
    // Key for the identifier HMAC, derived from the data key.
    SecureBuffer identifierKey() const;
    const QString &directory() const { return m_directory; }
    const QString &vaultId() const { return m_header.vaultId; }
    int schemaVersion() const { return m_schemaVersion; }
    QString cipherVersion() { return m_db.cipherVersion(); }

    static QString headerPath(const QString &directory);
    static QString databasePath(const QString &directory);

private:
    Vault(QString directory, std::unique_ptr<QLockFile> lock, VaultHeader header, SecureBuffer dataKey,
          Database::Mode mode);
    static std::unique_ptr<QLockFile> lockDirectory(const QString &directory);
    static std::unique_ptr<Vault> openWithDataKey(const QString &directory, std::unique_ptr<QLockFile> lock,
                                                  VaultHeader header, SecureBuffer dataKey);
    void migrate();

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    VaultHeader m_header;
    SecureBuffer m_dataKey;
    Database m_db;
    int m_schemaVersion = 0;
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    SecureBuffer recoveryKey; // formatted for printing
};

} // namespace BreachAdvisor
