#include "VaultKeys.h"

#include "Error.h"

#include <QCoreApplication>

#include <sodium.h>

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

SecureBuffer deriveFromPassphrase(const SecureBuffer &passphrase, const QByteArray &salt, const KdfParams &params)
{
    if (salt.size() != crypto_pwhash_SALTBYTES) {
        throw Error(ErrorKind::Damaged, QCoreApplication::translate("VaultKeys", "The vault header has a salt of the wrong size."));
    }
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || params.opsLimit > crypto_pwhash_OPSLIMIT_MAX
        || params.memLimit < crypto_pwhash_MEMLIMIT_MIN || params.memLimit > crypto_pwhash_MEMLIMIT_MAX) {
        throw Error(ErrorKind::Damaged, QCoreApplication::translate("VaultKeys", "The vault header has key-derivation settings out of range."));
    }
    SecureBuffer key(kKeySize);
    if (crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
                      size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("VaultKeys", "Not enough memory to derive the key from the passphrase."));
    }
    return key;
}

SecureBuffer deriveFromRecoveryKey(const SecureBuffer &recoveryKey, const QByteArray &salt)
{
    SecureBuffer key(kKeySize);
    crypto_generichash(key.data(), key.size(), recoveryKey.data(), recoveryKey.size(),
                       reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()));
    return key;
}

SecureBuffer deriveSubkey(const SecureBuffer &dataKey, Subkey which)
{
    SecureBuffer subkey(kKeySize);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), quint64(which), kSubkeyContext, dataKey.data());
    return subkey;
}

QByteArray wrap(const SecureBuffer &dataKey, const SecureBuffer &wrappingKey, const QByteArray &additionalData)
{
    constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(nonceSize + int(dataKey.size()) + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(bytes, nonceSize);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes + nonceSize, &cipherLength, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char *>(additionalData.constData()), size_t(additionalData.size()), nullptr,
        bytes, wrappingKey.data());
    return out;
}

SecureBuffer unwrap(const QByteArray &wrapped, const SecureBuffer &wrappingKey, const QByteArray &additionalData)
{
    constexpr int nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int overhead = nonceSize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (wrapped.size() != overhead + int(kKeySize)) {
        throw Error(ErrorKind::Damaged, QCoreApplication::translate("VaultKeys", "The vault header holds a wrapped key of the wrong size."));
    }
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
