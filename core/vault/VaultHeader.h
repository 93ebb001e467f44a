#pragma once

#include "VaultKeys.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace BreachAdvisor {

// The small plaintext file beside the database: the data key wrapped by the
// passphrase (and optionally by a recovery key), with the KDF settings. It holds
// nothing secret in the clear.
//
// While a re-key is unfinished it also holds the next key's slots and the current
// data key wrapped by the next one ("rekey"): whichever credentials a person has,
// old or new, open the vault (see Vault).
struct VaultHeader
{
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileSize = 64 * 1024;

    struct PassphraseSlot
    {
        KdfParams kdf;
        QByteArray salt;
        QByteArray wrappedKey;
        // The passphrase was normalized to NFC before the KDF. Slots written before
        // normalization existed use the bytes as typed.
        bool normalized = true;
    };
    struct RecoverySlot
    {
        QByteArray salt;
        QByteArray wrappedKey;
    };
    struct Rekey
    {
        PassphraseSlot passphrase;
        RecoverySlot recovery;
        QByteArray previousKey; // the current data key, wrapped by the next one
    };

    QString vaultId;
    PassphraseSlot passphrase;
    std::optional<RecoverySlot> recovery;
    std::optional<Rekey> rekey;

    // Throws Error(NotFound) or Error(Damaged), naming the file.
    static VaultHeader load(const QString &path);
    // The header in a file's bytes; every number, size and name is checked before it is
    // used. Throws Error(Damaged) naming path.
    static VaultHeader parse(const QByteArray &bytes, const QString &path);
    QByteArray toJson() const;
    // Written atomically, 0600 from the start, synced with its folder: a crash leaves the
    // old header or the new one. Throws Error(Internal) when the disk refuses.
    void save(const QString &path) const;

    // Binds a wrap to this vault and to its slot ("passphrase", "recovery", "previous").
    QByteArray additionalData(const char *slot) const;
};

} // namespace BreachAdvisor
