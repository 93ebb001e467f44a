#include "BundleFile.h"

#include "Error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <sodium.h>

namespace BreachAdvisor::BundleFile {

struct CipherState
{
    crypto_secretstream_xchacha20poly1305_state stream;
    crypto_sign_state signature;
    ~CipherState() { sodium_memzero(&stream, sizeof stream); }
};

namespace {

constexpr char kMagic[] = "breach-advisor-bundle\n";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
constexpr qsizetype kFixedSize = kMagicSize + 8; // magic, format, header length
constexpr qsizetype kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kTagSize = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kSignatureSize = crypto_sign_BYTES;
constexpr qint64 kReadBlock = 1 << 20;
constexpr char kKeyIdContext[] = "breach-advisor-bundle-content-key-id";

static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == BundleKeys::kContentKeySize);

void putU32(unsigned char *out, quint32 value)
{
    out[0] = static_cast<unsigned char>(value >> 24);
    out[1] = static_cast<unsigned char>(value >> 16);
    out[2] = static_cast<unsigned char>(value >> 8);
    out[3] = static_cast<unsigned char>(value);
}

quint32 getU32(const char *in)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(in);
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | quint32(bytes[3]);
}

[[noreturn]] void notABundle(const QString &name)
{
    throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("BundleKeys", "%1 is not %2.")
                                              .arg(name, QCoreApplication::translate("BundleKeys", "a help desk's bundle (bundle export)")));
}

[[noreturn]] void notSigned(const QString &name)
{
    throw Error(ErrorKind::RejectedInput,
                QCoreApplication::translate("BundleKeys", "%1 does not match its signature: it was changed or cut short after it was "
                                                          "signed. Nothing was imported; ask the help desk for the bundle again.")
                    .arg(name));
}

// Reads and checks the magic, the format and the header; each byte read goes to signature.
Header parseHeader(QFile &file, const QString &name, crypto_sign_state *signature)
{
    const QByteArray fixed = file.read(kFixedSize);
    if (fixed.size() != kFixedSize || !fixed.startsWith(QByteArray(kMagic, kMagicSize))) {
        notABundle(name);
    }
    Header header;
    const quint32 format = getU32(fixed.constData() + kMagicSize);
    if (format == 0 || format > quint32(kFormatVersion)) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("BundleKeys", "%1 was made by a newer version of Breach Advisor "
                                                                                       "(format %2; this version reads %3). Update the app to read it.")
                                                  .arg(name)
                                                  .arg(qulonglong(format))
                                                  .arg(kFormatVersion));
    }
    header.format = int(format);
    const quint32 length = getU32(fixed.constData() + kMagicSize + 4);
    if (length == 0 || length > quint32(kMaxHeaderSize)) {
        notABundle(name);
    }
    const QByteArray json = file.read(qint64(length));
    if (json.size() != qsizetype(length)) {
        notSigned(name);
    }
    crypto_sign_update(signature, reinterpret_cast<const unsigned char *>(fixed.constData()), std::size_t(fixed.size()));
    crypto_sign_update(signature, reinterpret_cast<const unsigned char *>(json.constData()), std::size_t(json.size()));
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    header.signer = QByteArray::fromBase64(object.value(QLatin1String("signer")).toString().toLatin1());
    header.createdAt = QDateTime::fromString(object.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    header.bundleId = object.value(QLatin1String("bundle_id")).toString();
    header.contentKeyId = QByteArray::fromHex(object.value(QLatin1String("content_key_id")).toString().toLatin1());
    header.summary = object.value(QLatin1String("summary")).toObject();
    if (error.error != QJsonParseError::NoError || header.signer.size() != qsizetype(BundleKeys::kPublicKeySize)
        || !header.createdAt.isValid() || header.bundleId.isEmpty() || header.contentKeyId.size() != 16) {
        notABundle(name);
    }
    return header;
}

} // namespace

QByteArray contentKeyId(const SecureBuffer &contentKey)
{
    QByteArray id(16, '\0');
    if (crypto_generichash(reinterpret_cast<unsigned char *>(id.data()), std::size_t(id.size()),
                           reinterpret_cast<const unsigned char *>(kKeyIdContext), sizeof(kKeyIdContext) - 1, contentKey.data(),
                           contentKey.size())
        != 0) {
        throw Error(ErrorKind::Internal, QStringLiteral("BLAKE2b failed"));
    }
    return id;
}

Writer::Writer(const QString &path, const BundleKeys::HelpDeskKeys &keys, const QJsonObject &summary)
    : m_file(std::make_unique<QSaveFile>(path))
    , m_keys(keys)
    , m_state(std::make_unique<CipherState>())
{
    if (keys.contentKey.size() != BundleKeys::kContentKeySize || keys.signingKey.size() != BundleKeys::kSigningKeySize) {
        throw Error(ErrorKind::Internal, QStringLiteral("bundle keys of the wrong size"));
    }
    if (!m_file->open(QIODevice::WriteOnly)) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(path, m_file->errorString()));
    }
    crypto_sign_init(&m_state->signature);
    m_header.format = kFormatVersion;
    m_header.signer = keys.publicKey;
    m_header.createdAt = QDateTime::currentDateTimeUtc();
    QByteArray id(16, '\0');
    randombytes_buf(id.data(), std::size_t(id.size()));
    m_header.bundleId = QString::fromLatin1(id.toHex());
    m_header.contentKeyId = contentKeyId(keys.contentKey);
    m_header.summary = summary;
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("signer"), QString::fromLatin1(keys.publicKey.toBase64())},
                                                      {QStringLiteral("created_at"), m_header.createdAt.toString(Qt::ISODateWithMs)},
                                                      {QStringLiteral("bundle_id"), m_header.bundleId},
                                                      {QStringLiteral("content_key_id"), QString::fromLatin1(m_header.contentKeyId.toHex())},
                                                      {QStringLiteral("summary"), summary}})
                                .toJson(QJsonDocument::Compact);
    unsigned char fixed[8];
    putU32(fixed, quint32(kFormatVersion));
    putU32(fixed + 4, quint32(json.size()));
    write(kMagic, kMagicSize);
    write(fixed, sizeof fixed);
    write(json.constData(), json.size());
    unsigned char streamHeader[kStreamHeaderSize];
    if (crypto_secretstream_xchacha20poly1305_init_push(&m_state->stream, streamHeader, keys.contentKey.data()) != 0) {
        throw Error(ErrorKind::Internal, QStringLiteral("secretstream init failed"));
    }
    write(streamHeader, sizeof streamHeader);
}

Writer::~Writer()
{
    // Not finished: QSaveFile's destructor discards the temporary file, so no half bundle is left.
}

void Writer::write(const void *data, qsizetype size)
{
    crypto_sign_update(&m_state->signature, static_cast<const unsigned char *>(data), std::size_t(size));
    if (m_file->write(static_cast<const char *>(data), size) != size) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
    }
}

void Writer::add(const QByteArray &message, bool last)
{
    if (m_finished || message.size() > kMaxMessageSize) {
        throw Error(ErrorKind::Internal, QStringLiteral("bundle message after the last, or too large"));
    }
    m_cipher.resize(message.size() + kTagSize);
    unsigned long long cipherSize = 0;
    if (crypto_secretstream_xchacha20poly1305_push(&m_state->stream, reinterpret_cast<unsigned char *>(m_cipher.data()), &cipherSize,
                                                   reinterpret_cast<const unsigned char *>(message.constData()), std::size_t(message.size()),
                                                   nullptr, 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0)
        != 0) {
        throw Error(ErrorKind::Internal, QStringLiteral("secretstream push failed"));
    }
    unsigned char length[4];
    putU32(length, quint32(cipherSize));
    write(length, sizeof length);
    write(m_cipher.constData(), qsizetype(cipherSize));
    m_finished = last;
}

Header Writer::finish()
{
    if (!m_finished) {
        throw Error(ErrorKind::Internal, QStringLiteral("bundle finished without its last message"));
    }
    unsigned char signature[kSignatureSize];
    if (crypto_sign_final_create(&m_state->signature, signature, nullptr, m_keys.signingKey.data()) != 0) {
        throw Error(ErrorKind::Internal, QStringLiteral("signing failed"));
    }
    if (m_file->write(reinterpret_cast<const char *>(signature), kSignatureSize) != kSignatureSize || !m_file->commit()) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
    }
    return m_header;
}

Header readHeader(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(name, file.errorString()));
    }
    crypto_sign_state ignored;
    crypto_sign_init(&ignored);
    return parseHeader(file, name, &ignored);
}

void verify(const QString &path, const QString &name, const QByteArray &publicKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(name, file.errorString()));
    }
    const qint64 size = file.size();
    if (size < kFixedSize + kStreamHeaderSize + kSignatureSize || publicKey.size() != qsizetype(BundleKeys::kPublicKeySize)) {
        notSigned(name);
    }
    crypto_sign_state state;
    crypto_sign_init(&state);
    qint64 left = size - kSignatureSize;
    QByteArray block;
    while (left > 0) {
        block = file.read(std::min(left, kReadBlock));
        if (block.isEmpty()) {
            notSigned(name);
        }
        crypto_sign_update(&state, reinterpret_cast<const unsigned char *>(block.constData()), std::size_t(block.size()));
        left -= block.size();
    }
    QByteArray signature = file.read(kSignatureSize);
    if (signature.size() != kSignatureSize
        || crypto_sign_final_verify(&state, reinterpret_cast<unsigned char *>(signature.data()),
                                    reinterpret_cast<const unsigned char *>(publicKey.constData()))
               != 0) {
        notSigned(name);
    }
}

Reader::Reader(const QString &path, const QString &name, const QByteArray &trustedSigner, const SecureBuffer &contentKey)
    : m_file(path)
    , m_name(name)
    , m_state(std::make_unique<CipherState>())
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(name, m_file.errorString()));
    }
    m_contentEnd = m_file.size() - kSignatureSize;
    crypto_sign_init(&m_state->signature);
    m_header = parseHeader(m_file, name, &m_state->signature);
    if (m_header.signer != trustedSigner) {
        damaged(); // swapped since verify()
    }
    if (contentKey.size() != BundleKeys::kContentKeySize || contentKeyId(contentKey) != m_header.contentKeyId) {
        throw Error(ErrorKind::RejectedInput,
                    QCoreApplication::translate("BundleKeys", "%1 was made for another agent key: ask the help desk that signed it for "
                                                              "the key of its bundles (PREFIX.agent).")
                        .arg(name));
    }
    const QByteArray streamHeader = read(kStreamHeaderSize);
    if (crypto_secretstream_xchacha20poly1305_init_pull(&m_state->stream, reinterpret_cast<const unsigned char *>(streamHeader.constData()),
                                                        contentKey.data())
        != 0) {
        damaged();
    }
}

Reader::~Reader() = default;

void Reader::damaged() const
{
    notSigned(m_name);
}

QByteArray Reader::read(qint64 size)
{
    if (size < 0 || m_file.pos() + size > m_contentEnd) {
        damaged();
    }
    const QByteArray bytes = m_file.read(size);
    if (bytes.size() != size) {
        damaged();
    }
    crypto_sign_update(&m_state->signature, reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(bytes.size()));
    return bytes;
}

std::optional<QByteArray> Reader::next()
{
    if (m_done) {
        return std::nullopt;
    }
    const quint32 cipherSize = getU32(read(4).constData());
    if (cipherSize < quint32(kTagSize) || cipherSize > quint32(kMaxMessageSize + kTagSize)) {
        damaged();
    }
    const QByteArray cipher = read(qint64(cipherSize));
    QByteArray message(qsizetype(cipherSize) - kTagSize, '\0');
    unsigned long long messageSize = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->stream, reinterpret_cast<unsigned char *>(message.data()), &messageSize, &tag,
                                                   reinterpret_cast<const unsigned char *>(cipher.constData()), cipher.size(), nullptr, 0)
        != 0) {
        damaged();
    }
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        // The last message: nothing may follow but the signature, which must still hold (the
        // file could have changed since verify()).
        QByteArray signature = m_file.read(kSignatureSize);
        if (m_file.pos() != m_contentEnd + kSignatureSize || signature.size() != kSignatureSize || !m_file.atEnd()
            || crypto_sign_final_verify(&m_state->signature, reinterpret_cast<unsigned char *>(signature.data()),
                                        reinterpret_cast<const unsigned char *>(m_header.signer.constData()))
                   != 0) {
            damaged();
        }
        m_done = true;
    }
    message.resize(qsizetype(messageSize));
    return message;
}

} // namespace BreachAdvisor::BundleFile
