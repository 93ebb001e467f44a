#pragma once

#include "VaultKeys.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace BreachAdvisor {

// The small plaintext file beside the database: the data key wrapped by the
// passphrase (and optionally by a recovery key), with the KDF settings. It holds
// nothing secret in the clear.
struct VaultHeader
{
    static constexpr int kFormatVersion = 1;

    struct PassphraseSlot
    {
        KdfParams kdf;
        QByteArray salt;
        QByteArray wrappedKey;
    };
    struct RecoverySlot
    {
        QByteArray salt;
        QByteArray wrappedKey;
    };

    QString vaultId;
    PassphraseSlot passphrase;
    std::optional<RecoverySlot> recovery;

    // Throws Error(NotFound) or Error(Damaged), naming the file.
    static VaultHeader load(const QString &path);
    // Written atomically (QSaveFile): a crash leaves the old header or the new one.
    void save(const QString &path) const;

    QByteArray additionalData(const char *slot) const;
};

} // namespace BreachAdvisor
