#include "VaultKeys.h"

#include "Error.h"

#include <QCoreApplication>

#include <sodium.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

namespace BreachAdvisor {

namespace {

constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr char kSubkeyContext[crypto_kdf_CONTEXTBYTES + 1] = "BAVAULT1";

int base32Value(char c)
{
    if (c >= 'a' && c <= 'z') {
        c = char(c - 'a' + 'A');
    }
    switch (c) { // look-alikes a person may type from a printout
    case '0': c = 'O'; break;
    case '1': c = 'I'; break;
    case '8': c = 'B'; break;
    default: break;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= '2' && c <= '7') {
        return 26 + (c - '2');
    }
    return -1;
}

[[noreturn]] void throwDamaged(const char *what)
{
    throw Error(ErrorKind::Damaged, QCoreApplication::translate("VaultKeys", what));
}

[[noreturn]] void throwInternal(const char *what)
{
    throw Error(ErrorKind::Internal, QCoreApplication::translate("VaultKeys", what));
}

// The programme's own keys: a wrong size is a bug, never the user's doing.
void requireKeySize(const SecureBuffer &key, std::size_t size)
{
    if (key.size() != size) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "A key of the wrong size reached the key code."));
    }
}

} // namespace

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::sensitive()
{
    return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
}

KdfParams KdfParams::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfParams KdfParams::maximum()
{
    return {2 * crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
}

bool KdfParams::isAcceptable() const
{
    const KdfParams low = minimum();
    const KdfParams high = maximum();
    return opsLimit >= low.opsLimit && opsLimit <= high.opsLimit && memLimit >= low.memLimit && memLimit <= high.memLimit;
}

bool KdfParams::fromName(const QString &name, KdfParams *params)
{
    if (name == QLatin1String("interactive")) {
        *params = interactive();
    } else if (name == QLatin1String("moderate")) {
        *params = moderate();
    } else if (name == QLatin1String("sensitive")) {
        *params = sensitive();
    } else {
        return false;
    }
    return true;
}

namespace VaultKeys {

SecureBuffer normalizePassphrase(const SecureBuffer &passphrase)
{
    if (passphrase.size() > kMaxPassphraseSize) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("VaultKeys", "The passphrase is longer than %1 bytes.").arg(kMaxPassphraseSize));
    }
    // UTF-8 → UTF-16 → NFC → UTF-8, every step in secure memory; ICU measures first.
    const auto length = int32_t(passphrase.size());
    UErrorCode status = U_ZERO_ERROR;
    int32_t utf16Length = 0;
    u_strFromUTF8(nullptr, 0, &utf16Length, passphrase.chars(), length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
        return SecureBuffer::copyOf(passphrase.data(), passphrase.size()); // not UTF-8: bytes as they are
    }
    if (utf16Length == 0) {
        return SecureBuffer();
    }
    SecureBuffer utf16(std::size_t(utf16Length) * sizeof(UChar));
    auto *text = reinterpret_cast<UChar *>(utf16.data());
    status = U_ZERO_ERROR;
    u_strFromUTF8(text, utf16Length, nullptr, passphrase.chars(), length, &status);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "Unicode normalization is not available."));
    }
    if (unorm2_isNormalized(nfc, text, utf16Length, &status) && U_SUCCESS(status)) {
        return SecureBuffer::copyOf(passphrase.data(), passphrase.size());
    }
    status = U_ZERO_ERROR;
    const int32_t normalizedLength = unorm2_normalize(nfc, text, utf16Length, nullptr, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR || normalizedLength <= 0) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "The passphrase could not be normalized."));
    }
    SecureBuffer normalized(std::size_t(normalizedLength) * sizeof(UChar));
    auto *normalizedText = reinterpret_cast<UChar *>(normalized.data());
    status = U_ZERO_ERROR;
    unorm2_normalize(nfc, text, utf16Length, normalizedText, normalizedLength, &status);
    int32_t utf8Length = 0;
    if (U_SUCCESS(status)) {
        u_strToUTF8(nullptr, 0, &utf8Length, normalizedText, normalizedLength, &status);
    }
    if (status != U_BUFFER_OVERFLOW_ERROR || utf8Length <= 0) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "The passphrase could not be normalized."));
    }
    SecureBuffer utf8{std::size_t(utf8Length)};
    status = U_ZERO_ERROR;
    u_strToUTF8(utf8.chars(), utf8Length, nullptr, normalizedText, normalizedLength, &status);
    if (U_FAILURE(status)) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "The passphrase could not be normalized."));
    }
    return utf8;
}

SecureBuffer deriveFromPassphrase(const SecureBuffer &passphrase, const QByteArray &salt, const KdfParams &params)
{
    if (salt.size() != qsizetype(kSaltSize)) {
        throwDamaged(QT_TRANSLATE_NOOP("VaultKeys", "The vault header has a salt of the wrong size."));
    }
    // Checked before Argon2 runs: a header asking for 2^32 passes would hang for minutes.
    if (!params.isAcceptable()) {
        throwDamaged(QT_TRANSLATE_NOOP("VaultKeys", "The vault header has key-derivation settings out of range."));
    }
    if (passphrase.size() > kMaxPassphraseSize) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("VaultKeys", "The passphrase is longer than %1 bytes.").arg(kMaxPassphraseSize));
    }
    SecureBuffer key(kKeySize);
    if (crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
                      size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "Not enough memory to derive the key from the passphrase."));
    }
    return key;
}

SecureBuffer deriveFromRecoveryKey(const SecureBuffer &recoveryKey, const QByteArray &salt)
{
    static_assert(kSaltSize >= crypto_generichash_KEYBYTES_MIN && kSaltSize <= crypto_generichash_KEYBYTES_MAX);
    if (salt.size() != qsizetype(kSaltSize)) {
        throwDamaged(QT_TRANSLATE_NOOP("VaultKeys", "The vault header has a salt of the wrong size."));
    }
    requireKeySize(recoveryKey, kRecoveryKeySize);
    SecureBuffer key(kKeySize);
    if (crypto_generichash(key.data(), key.size(), recoveryKey.data(), recoveryKey.size(),
                           reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()))
        != 0) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "The recovery key could not be turned into a key."));
    }
    return key;
}

SecureBuffer deriveSubkey(const SecureBuffer &dataKey, Subkey which)
{
    static_assert(kKeySize == crypto_kdf_KEYBYTES);
    requireKeySize(dataKey, crypto_kdf_KEYBYTES);
    SecureBuffer subkey(kKeySize);
    if (crypto_kdf_derive_from_key(subkey.data(), subkey.size(), quint64(which), kSubkeyContext, dataKey.data()) != 0) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "A subkey could not be derived."));
    }
    return subkey;
}

QByteArray wrap(const SecureBuffer &dataKey, const SecureBuffer &wrappingKey, const QByteArray &additionalData)
{
    constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    static_assert(kWrappedKeySize == nonceSize + kKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    requireKeySize(dataKey, kKeySize);
    requireKeySize(wrappingKey, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    QByteArray out(qsizetype(kWrappedKeySize), Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(bytes, nonceSize);
    unsigned long long cipherLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            bytes + nonceSize, &cipherLength, dataKey.data(), dataKey.size(),
            reinterpret_cast<const unsigned char *>(additionalData.constData()), size_t(additionalData.size()), nullptr,
            bytes, wrappingKey.data())
            != 0
        || cipherLength != kWrappedKeySize - nonceSize) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "The key could not be wrapped."));
    }
    return out;
}

SecureBuffer unwrap(const QByteArray &wrapped, const SecureBuffer &wrappingKey, const QByteArray &additionalData)
{
    constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (wrapped.size() != qsizetype(kWrappedKeySize)) {
        throwDamaged(QT_TRANSLATE_NOOP("VaultKeys", "The vault header holds a wrapped key of the wrong size."));
    }
    requireKeySize(wrappingKey, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    const auto *bytes = reinterpret_cast<const unsigned char *>(wrapped.constData());
    SecureBuffer key(kKeySize);
    unsigned long long keyLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &keyLength, nullptr, bytes + nonceSize, size_t(wrapped.size() - nonceSize),
            reinterpret_cast<const unsigned char *>(additionalData.constData()), size_t(additionalData.size()), bytes,
            wrappingKey.data())
        != 0) {
        throw Error(ErrorKind::WrongCredentials, QCoreApplication::translate("VaultKeys", "The passphrase or key is not correct for this vault."));
    }
    if (keyLength != kKeySize) {
        throwInternal(QT_TRANSLATE_NOOP("VaultKeys", "The key could not be unwrapped."));
    }
    return key;
}

QByteArray randomSalt()
{
    QByteArray salt(kSaltSize, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

SecureBuffer formatRecoveryKey(const SecureBuffer &recoveryKey)
{
    requireKeySize(recoveryKey, kRecoveryKeySize);
    // 160 bits -> 32 characters -> 8 groups of 4 with 7 dashes.
    SecureBuffer text(32 + 7);
    std::size_t out = 0;
    unsigned bits = 0;
    unsigned buffer = 0;
    int written = 0;
    for (std::size_t i = 0; i < recoveryKey.size(); ++i) {
        buffer = (buffer << 8) | recoveryKey.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (written > 0 && written % 4 == 0) {
                text.chars()[out++] = '-';
            }
            text.chars()[out++] = kBase32Alphabet[(buffer >> bits) & 0x1f];
            ++written;
        }
    }
    buffer = 0;
    return text;
}

SecureBuffer parseRecoveryKey(std::string_view text)
{
    SecureBuffer key(kRecoveryKeySize);
    std::size_t out = 0;
    unsigned bits = 0;
    unsigned buffer = 0;
    int characters = 0;
    for (const char c : text) {
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        const int value = base32Value(c);
        if (value < 0 || characters >= 32) {
            throw Error(ErrorKind::WrongCredentials,
                        QCoreApplication::translate("VaultKeys", "That is not a recovery key: it has 32 letters and digits in groups of four."));
        }
        ++characters;
        buffer = (buffer << 5) | unsigned(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            key.data()[out++] = std::uint8_t((buffer >> bits) & 0xff);
        }
    }
    buffer = 0;
    if (characters != 32) {
        throw Error(ErrorKind::WrongCredentials,
                    QCoreApplication::translate("VaultKeys", "That is not a recovery key: it has 32 letters and digits in groups of four."));
    }
    return key;
}

} // namespace VaultKeys
} // namespace BreachAdvisor
