#pragma once

#include "KeyStore.h"
#include "SecureBuffer.h"
#include "SqlCipher.h"
#include "VaultHeader.h"
#include "VaultKeys.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

class QLockFile;

namespace BreachAdvisor {

// One person's (or one help desk's) encrypted store: a directory (0700, refused when
// others can write to it) holding
//   vault.header  the data key, wrapped by the passphrase and by the recovery key
//   vault.db      the SQLCipher database, keyed with a subkey of the data key
//   vault.lock    held while a process has the vault open
//   tmp/          an import's encrypted spill files, emptied whenever the vault opens
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

    // Public data kept in the vault's folder beside it, not in it (the leaked-password list,
    // PasswordList): it may be there before the vault is made, and a failed create keeps it.
    static constexpr char kPasswordListFile[] = "pwned-passwords.idx";

    // Creates a new vault in an empty or missing directory (or one holding only the
    // leaked-password list) and returns it open,
    // with the recovery key to print (shown once, never stored in the clear). A create
    // that fails leaves nothing behind.
    static Created create(const QString &directory, const SecureBuffer &passphrase,
                          const KdfParams &kdf = KdfParams::moderate());
    // Undoes create() when its recovery key could not be shown: closes the vault and
    // removes its files (and its folder, if create made it). Throws Usage for a vault
    // that this process did not just create.
    static void discardCreated(std::unique_ptr<Vault> vault);

    // Each throws Error: WrongCredentials, VaultInUse, NotFound or Damaged. A failed
    // open writes nothing. The new credentials of an unfinished re-key finish it.
    static std::unique_ptr<Vault> open(const QString &directory, const SecureBuffer &passphrase);
    static std::unique_ptr<Vault> openWithRecoveryKey(const QString &directory, std::string_view recoveryKey);
    // With the data key a KeyStore remembered (see KeyStore: loading it is asynchronous).
    static std::unique_ptr<Vault> openRemembered(const QString &directory, SecureBuffer rememberedKey);
    // The vault's id, which names its entry in a KeyStore. Throws like open().
    static QString vaultIdAt(const QString &directory);

    // Rewraps the data key; the database itself is not re-encrypted, so an old copy of
    // the header still opens it with the old passphrase (see rekey). Keeps the vault's
    // key strength unless another is given.
    void changePassphrase(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &kdf = std::nullopt);
    const KdfParams &kdf() const { return m_header.passphrase.kdf; }
    // A new recovery key, in two steps so that a key nobody kept never becomes the only
    // one: prepareRecoveryKey returns it (formatted) for the person to keep, and the vault
    // goes on with the old one; finishRecoveryKey, once it is kept, puts it in place of the
    // old one, whose printout stops working.
    SecureBuffer prepareRecoveryKey();
    void finishRecoveryKey();

    // Re-key, for "my passphrase was compromised": a new data key, the database
    // re-encrypted with it, a new passphrase and a new recovery key. Old passphrases,
    // recovery keys, remembered keys and old copies of the header stop opening it. In
    // steps, so that the vault depends on the new recovery key only once it was shown:
    // prepareRekey makes the new keys in memory and returns the new recovery key
    // (formatted); commitRekey (once it was shown) writes the new slots beside the old
    // ones; finishRekey commits if that was not done yet, re-encrypts the database and
    // drops the old slots; cancelRekey forgets a prepared re-key, or drops committed
    // slots. A crash at any moment leaves a vault that the old credentials open, or the
    // new ones once the new recovery key was shown, with all its data.
    SecureBuffer prepareRekey(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &kdf = std::nullopt);
    void commitRekey();
    void finishRekey();
    void cancelRekey();
    // New slots are written (committed) and the database is not re-encrypted yet.
    bool rekeyPending() const { return m_header.rekey.has_value(); }

    // "Remember on this computer". done gets the store's result so the caller can say
    // why it did not work (no keychain: fall back to the passphrase).
    void remember(KeyStore &store, KeyStore::Done done) const;
    void forget(KeyStore &store, KeyStore::Done done) const;

    Database &database() { return m_db; }
    // Key for the identifier HMAC. It never changes, so the index's hashes outlive a
    // re-key: derived from the first data key, and kept inside the database from the
    // first re-key on.
    SecureBuffer identifierKey() const;
    const QString &directory() const { return m_directory; }
    // What opening did or found that the person should be told, a line each: a folder or
    // file of the vault that other users could read was made private to its owner (or
    // could not be).
    const QStringList &notices() const { return m_notices; }
    const QString &vaultId() const { return m_header.vaultId; }
    int schemaVersion() const { return m_schemaVersion; }
    QString cipherVersion() { return m_db.cipherVersion(); }

    static QString headerPath(const QString &directory);
    static QString databasePath(const QString &directory);
    // Where an import spills: private to the vault, emptied whenever the vault opens.
    static QString temporaryDirectory(const QString &directory);

private:
    // The data keys a credential unwrapped from a header: the current one and, while a
    // re-key is unfinished, the next one. Either may be empty.
    struct Unwrapped
    {
        SecureBuffer current;
        SecureBuffer next;
    };
    using Unwrap = std::function<Unwrapped(const VaultHeader &header)>;

    Vault(QString directory, std::unique_ptr<QLockFile> lock, VaultHeader header, SecureBuffer dataKey, Database db);
    static std::unique_ptr<QLockFile> lockDirectory(const QString &directory);
    static std::unique_ptr<Vault> unlock(const QString &directory, const Unwrap &unwrap, bool remembered = false);
    static std::unique_ptr<Vault> openUnlocked(const QString &directory, std::unique_ptr<QLockFile> lock, VaultHeader header,
                                               Unwrapped keys, bool remembered);
    static Database openDatabase(const QString &directory, const SecureBuffer &dataKey, Database::Mode mode);
    void saveHeader(VaultHeader header);
    void promoteRekey();
    void pinIdentifierKey();
    void loadIdentifierKey();
    void migrate();

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    VaultHeader m_header;
    SecureBuffer m_dataKey;
    SecureBuffer m_nextDataKey; // while a re-key this process knows the key of is unfinished
    std::optional<VaultHeader::Rekey> m_preparedRekey; // prepared, not committed: in no file yet
    SecureBuffer m_preparedRecoveryKey;                // prepared, not finished: in no file yet
    Database m_db;
    SecureBuffer m_identifierKey;
    int m_schemaVersion = 0;
    QStringList m_notices;
    bool m_created = false;       // by create() in this process, for discardCreated()
    bool m_createdFolder = false; // create() made the folder itself
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    SecureBuffer recoveryKey; // formatted for printing
};

} // namespace BreachAdvisor
