#include "BundleKeys.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <string_view>

namespace BreachAdvisor::BundleKeys {

namespace {

constexpr char kSecretFormat[] = "breach-advisor-bundle-secret";
constexpr char kSignerTag[] = "breach-advisor-signer";
constexpr char kAgentTag[] = "breach-advisor-agent-key";
constexpr char kSignatureTag[] = "breach-advisor-signature";
constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kSealedSize = kSigningKeySize + kContentKeySize;

static_assert(kPublicKeySize == crypto_sign_PUBLICKEYBYTES && kSigningKeySize == crypto_sign_SECRETKEYBYTES
              && kSignatureSize == crypto_sign_BYTES);

[[noreturn]] void notOne(const QString &name, const QString &what)
{
    throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("BundleKeys", "%1 is not %2.").arg(name, what));
}

QString aSecretFile() { return QCoreApplication::translate("BundleKeys", "a help desk's secret key file (bundle keygen)"); }
QString aPublicFile() { return QCoreApplication::translate("BundleKeys", "a public key file (bundle keygen's PREFIX.pub)"); }
QString anAgentFile() { return QCoreApplication::translate("BundleKeys", "an agent key file (bundle keygen's PREFIX.agent)"); }
QString aSignatureFile() { return QCoreApplication::translate("BundleKeys", "a signature file (bundle sign)"); }

void checkFormatVersion(int version, const QString &name)
{
    if (version > kFormatVersion) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("BundleKeys", "%1 was made by a newer version of Breach Advisor "
                                                                                       "(format %2; this version reads %3). Update the app to read it.")
                                                  .arg(name)
                                                  .arg(version)
                                                  .arg(kFormatVersion));
    }
}

// "TAG VERSION FIELD [FIELD]\n", the fields base64: the fields, or empty when the line is not that.
QList<QByteArray> taggedLine(const QByteArray &file, const char *tag, int fields, const QString &name)
{
    if (file.size() > kMaxFileSize) {
        return {};
    }
    const QList<QByteArray> parts = file.trimmed().split(' ');
    if (parts.size() != 2 + fields || parts.at(0) != tag) {
        return {};
    }
    bool ok = false;
    const int version = parts.at(1).toInt(&ok);
    if (!ok || version < 1) {
        return {};
    }
    checkFormatVersion(version, name);
    QList<QByteArray> decoded;
    for (qsizetype i = 2; i < parts.size(); ++i) {
        const QByteArray bytes = QByteArray::fromBase64(parts.at(i), QByteArray::AbortOnBase64DecodingErrors);
        if (bytes.isEmpty()) {
            return {};
        }
        decoded << bytes;
    }
    return decoded;
}

QByteArray associatedData(const QByteArray &publicKey)
{
    return QByteArray(kSecretFormat) + QByteArray::number(kFormatVersion) + publicKey;
}

} // namespace

HelpDeskKeys generate()
{
    ensureSodiumInitialized();
    HelpDeskKeys keys;
    keys.publicKey = QByteArray(kPublicKeySize, '\0');
    keys.signingKey = SecureBuffer(kSigningKeySize);
    if (crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()), keys.signingKey.data()) != 0) {
        throw Error(ErrorKind::Internal, QStringLiteral("crypto_sign_keypair failed"));
    }
    keys.contentKey = SecureBuffer::random(kContentKeySize);
    return keys;
}

QByteArray sealedSecretFile(const HelpDeskKeys &keys, const SecureBuffer &passphrase, const KdfParams &params)
{
    if (keys.publicKey.size() != qsizetype(kPublicKeySize) || keys.signingKey.size() != kSigningKeySize
        || keys.contentKey.size() != kContentKeySize) {
        throw Error(ErrorKind::Internal, QStringLiteral("help desk keys of the wrong size"));
    }
    const QByteArray salt = VaultKeys::randomSalt();
    const SecureBuffer key = VaultKeys::deriveFromPassphrase(VaultKeys::normalizePassphrase(passphrase), salt, params);
    SecureBuffer plain(kSealedSize);
    std::copy_n(keys.signingKey.data(), kSigningKeySize, plain.data());
    std::copy_n(keys.contentKey.data(), kContentKeySize, plain.data() + kSigningKeySize);
    QByteArray sealed(qsizetype(kNonceSize + kSealedSize + kTagSize), '\0');
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, kNonceSize);
    const QByteArray ad = associatedData(keys.publicKey);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonceSize, &written, plain.data(), plain.size(),
                                                   reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()), nullptr,
                                                   out, key.data())
            != 0
        || written != kSealedSize + kTagSize) {
        throw Error(ErrorKind::Internal, QStringLiteral("sealing the help desk keys failed"));
    }
    const QJsonObject json{{QStringLiteral("format"), QLatin1String(kSecretFormat)},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64())},
                           {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                                                               {QStringLiteral("ops"), QString::number(params.opsLimit)},
                                                               {QStringLiteral("mem"), QString::number(params.memLimit)},
                                                               {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}}},
                           {QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64())}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

HelpDeskKeys openSecretFile(const QByteArray &file, const SecureBuffer &passphrase, const QString &name)
{
    ensureSodiumInitialized();
    QJsonParseError parseError;
    const QJsonObject json = file.size() <= kMaxFileSize ? QJsonDocument::fromJson(file, &parseError).object() : QJsonObject();
    if (json.value(QLatin1String("format")).toString() != QLatin1String(kSecretFormat)) {
        notOne(name, aSecretFile());
    }
    checkFormatVersion(json.value(QLatin1String("version")).toInt(), name);
    const QJsonObject kdf = json.value(QLatin1String("kdf")).toObject();
    KdfParams params;
    params.opsLimit = kdf.value(QLatin1String("ops")).toString().toULongLong();
    params.memLimit = kdf.value(QLatin1String("mem")).toString().toULongLong();
    HelpDeskKeys keys;
    keys.publicKey = QByteArray::fromBase64(json.value(QLatin1String("public_key")).toString().toLatin1());
    const QByteArray salt = QByteArray::fromBase64(kdf.value(QLatin1String("salt")).toString().toLatin1());
    const QByteArray sealed = QByteArray::fromBase64(json.value(QLatin1String("sealed")).toString().toLatin1());
    if (kdf.value(QLatin1String("algorithm")).toString() != QLatin1String("argon2id") || !params.isAcceptable()
        || keys.publicKey.size() != qsizetype(kPublicKeySize) || salt.size() != qsizetype(VaultKeys::kSaltSize)
        || sealed.size() != qsizetype(kNonceSize + kSealedSize + kTagSize)) {
        notOne(name, aSecretFile());
    }
    const SecureBuffer key = VaultKeys::deriveFromPassphrase(VaultKeys::normalizePassphrase(passphrase), salt, params);
    SecureBuffer plain(kSealedSize);
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData());
    const QByteArray ad = associatedData(keys.publicKey);
    unsigned long long opened = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &opened, nullptr, in + kNonceSize, kSealedSize + kTagSize,
                                                   reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()), in,
                                                   key.data())
            != 0
        || opened != kSealedSize) {
        throw Error(ErrorKind::WrongCredentials,
                    QCoreApplication::translate("BundleKeys", "The passphrase of %1 is not right, or the file was altered.").arg(name));
    }
    keys.signingKey = SecureBuffer::copyOf(plain.data(), kSigningKeySize);
    keys.contentKey = SecureBuffer::copyOf(plain.data() + kSigningKeySize, kContentKeySize);
    // The signing key holds its public key: it must be the one the file names.
    unsigned char derived[kPublicKeySize];
    if (crypto_sign_ed25519_sk_to_pk(derived, keys.signingKey.data()) != 0
        || sodium_memcmp(derived, keys.publicKey.constData(), kPublicKeySize) != 0) {
        notOne(name, aSecretFile());
    }
    return keys;
}

QByteArray publicKeyFile(const QByteArray &publicKey)
{
    return QByteArray(kSignerTag) + ' ' + QByteArray::number(kFormatVersion) + ' ' + publicKey.toBase64() + '\n';
}

QByteArray parsePublicKeyFile(const QByteArray &file, const QString &name)
{
    const QList<QByteArray> fields = taggedLine(file, kSignerTag, 1, name);
    if (fields.size() != 1 || fields.first().size() != qsizetype(kPublicKeySize)) {
        notOne(name, aPublicFile());
    }
    return fields.first();
}

QByteArray publicKeyPem(const QByteArray &publicKey)
{
    // SubjectPublicKeyInfo for Ed25519 (RFC 8410): a fixed 12-byte prefix, then the key.
    const QByteArray der = QByteArray::fromHex("302a300506032b6570032100") + publicKey;
    return "-----BEGIN PUBLIC KEY-----\n" + der.toBase64() + "\n-----END PUBLIC KEY-----\n";
}

QString fingerprint(const QByteArray &publicKey)
{
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.constData()), std::size_t(publicKey.size()),
                       nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups << QString::fromLatin1(hex.mid(i, 4));
    }
    return groups.join(QLatin1Char(' '));
}

SecureBuffer agentKeyFile(const SecureBuffer &contentKey)
{
    if (contentKey.size() != kContentKeySize) {
        throw Error(ErrorKind::Internal, QStringLiteral("a content key of the wrong size"));
    }
    const QByteArray head = QByteArray(kAgentTag) + ' ' + QByteArray::number(kFormatVersion) + ' ';
    const std::size_t encoded = sodium_base64_encoded_len(kContentKeySize, sodium_base64_VARIANT_ORIGINAL); // with its NUL
    SecureBuffer file(std::size_t(head.size()) + encoded);
    std::copy_n(head.constData(), head.size(), file.chars());
    sodium_bin2base64(file.chars() + head.size(), encoded, contentKey.data(), contentKey.size(), sodium_base64_VARIANT_ORIGINAL);
    file.chars()[file.size() - 1] = '\n'; // in place of the NUL
    return file;
}

SecureBuffer parseAgentKeyFile(const SecureBuffer &file, const QString &name)
{
    std::string_view text = file.view();
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
        text.remove_suffix(1);
    }
    const std::string_view head = kAgentTag;
    if (text.size() > std::size_t(kMaxFileSize) || text.substr(0, head.size()) != head || text.size() < head.size() + 3
        || text[head.size()] != ' ') {
        notOne(name, anAgentFile());
    }
    text.remove_prefix(head.size() + 1);
    const std::size_t space = text.find(' ');
    bool ok = false;
    const int version = QByteArray(text.data(), qsizetype(std::min(space, text.size()))).toInt(&ok);
    if (space == std::string_view::npos || !ok || version < 1) {
        notOne(name, anAgentFile());
    }
    checkFormatVersion(version, name);
    text.remove_prefix(space + 1);
    SecureBuffer key(kContentKeySize);
    std::size_t length = 0;
    if (sodium_base642bin(key.data(), key.size(), text.data(), text.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0
        || length != kContentKeySize) {
        notOne(name, anAgentFile());
    }
    return key;
}

namespace {

// Opened unbuffered, so that no copy of a key is left in QFile's buffer.
void openForReading(QFile &file)
{
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("BundleKeys", "Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
}

} // namespace

SecureBuffer readAgentKeyFile(const QString &path)
{
    QFile file(path);
    openForReading(file);
    SecureBuffer bytes(std::size_t(kMaxFileSize) + 1);
    qint64 size = 0;
    while (size < qint64(bytes.size())) {
        const qint64 got = file.read(bytes.chars() + size, qint64(bytes.size()) - size);
        if (got < 0) {
            throw Error(ErrorKind::NotFound, QCoreApplication::translate("BundleKeys", "Cannot read %1: %2").arg(path, file.errorString()));
        }
        if (got == 0) {
            break;
        }
        size += got;
    }
    if (size > kMaxFileSize) {
        notOne(path, anAgentFile());
    }
    return parseAgentKeyFile(SecureBuffer::copyOf(bytes.data(), std::size_t(size)), path);
}

QByteArray readPublicKeyFile(const QString &path)
{
    QFile file(path);
    openForReading(file);
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("BundleKeys", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (bytes.size() > kMaxFileSize) {
        notOne(path, aPublicFile());
    }
    return parsePublicKeyFile(bytes, path);
}

QByteArray sign(const QByteArray &message, const HelpDeskKeys &keys)
{
    QByteArray signature(qsizetype(kSignatureSize), '\0');
    if (crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()), std::size_t(message.size()), keys.signingKey.data())
        != 0) {
        throw Error(ErrorKind::Internal, QStringLiteral("crypto_sign_detached failed"));
    }
    return signature;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    ensureSodiumInitialized();
    return signature.size() == qsizetype(kSignatureSize) && publicKey.size() == qsizetype(kPublicKeySize)
        && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), std::size_t(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
               == 0;
}

QByteArray signatureFile(const QByteArray &publicKey, const QByteArray &signature)
{
    return QByteArray(kSignatureTag) + ' ' + QByteArray::number(kFormatVersion) + ' ' + publicKey.toBase64() + ' ' + signature.toBase64() + '\n';
}

Signature parseSignatureFile(const QByteArray &file, const QString &name)
{
    const QList<QByteArray> fields = taggedLine(file, kSignatureTag, 2, name);
    if (fields.size() != 2 || fields.at(0).size() != qsizetype(kPublicKeySize) || fields.at(1).size() != qsizetype(kSignatureSize)) {
        notOne(name, aSignatureFile());
    }
    return {fields.at(0), fields.at(1)};
}

} // namespace BreachAdvisor::BundleKeys
