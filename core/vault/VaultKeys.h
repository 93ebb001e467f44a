#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace BreachAdvisor {

// Argon2id cost, stored beside each wrapped key so it can be raised later.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    static KdfParams interactive(); // ≈ 0.06 s here
    static KdfParams moderate();    // ≈ 0.5 s here: the default for new vaults
    static KdfParams sensitive();   // several seconds, 1 GiB
    static KdfParams minimum();     // for tests only
    // The most a header may ask for: twice "sensitive"'s passes and its memory. A header
    // beyond it is refused as damaged rather than left to hang the computer.
    static KdfParams maximum();
    // "interactive", "moderate" or "sensitive"; false for anything else.
    static bool fromName(const QString &name, KdfParams *params);
    // Between minimum() and maximum().
    bool isAcceptable() const;
};

namespace VaultKeys {

constexpr std::size_t kKeySize = 32;
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kRecoveryKeySize = 20; // 160 bits, 32 base32 characters
constexpr std::size_t kWrappedKeySize = 24 + kKeySize + 16; // nonce, key, tag
// Longer passphrases are refused rather than cut: every front end reads the same bytes.
constexpr std::size_t kMaxPassphraseSize = 4096;

// The passphrase as Unicode NFC when it is UTF-8 text (the same typed text gives the
// same bytes on every platform and keyboard), else its bytes unchanged.
SecureBuffer normalizePassphrase(const SecureBuffer &passphrase);

// Every function below checks the sizes of what it is given and the result of every
// libsodium call: a salt or wrap of the wrong size read from a header throws
// Error(Damaged), a key of the wrong size from the program Error(Internal).

// Key derived from a passphrase with Argon2id (libsodium crypto_pwhash).
SecureBuffer deriveFromPassphrase(const SecureBuffer &passphrase, const QByteArray &salt, const KdfParams &params);
// Key derived from a high-entropy recovery key (BLAKE2b keyed with the salt):
// it needs no slow KDF, and the printout stays short.
SecureBuffer deriveFromRecoveryKey(const SecureBuffer &recoveryKey, const QByteArray &salt);
// Independent subkeys of the data key: one keys the database, one the identifier HMAC.
enum class Subkey : quint64 { Database = 1, IdentifierHmac = 2 };
SecureBuffer deriveSubkey(const SecureBuffer &dataKey, Subkey which);

// XChaCha20-Poly1305: nonce || ciphertext || tag. The additional data binds the
// wrap to its vault and slot, so wraps cannot be swapped between vaults.
QByteArray wrap(const SecureBuffer &dataKey, const SecureBuffer &wrappingKey, const QByteArray &additionalData);
// Throws Error(WrongCredentials) when the wrapping key is wrong or the wrap was altered.
SecureBuffer unwrap(const QByteArray &wrapped, const SecureBuffer &wrappingKey, const QByteArray &additionalData);

QByteArray randomSalt();

// Recovery keys are printed as 8 groups of 4 base32 characters ("ABCD-EFGH-...").
SecureBuffer formatRecoveryKey(const SecureBuffer &recoveryKey);
// Accepts any case, spaces and dashes, and the look-alikes 0/1/8 for O/I/B.
// Throws Error(WrongCredentials) when the text is not a well-formed recovery key.
SecureBuffer parseRecoveryKey(std::string_view text);

} // namespace VaultKeys
} // namespace BreachAdvisor
