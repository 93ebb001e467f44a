#pragma once

#include "BundleKeys.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QSaveFile;

// A help desk's bundle, as a file: what it signs and encrypts, streamed so that a bundle of
// any size takes constant memory.
//
//   "breach-advisor-bundle\n"   magic (22 bytes)
//   u32 format, u32 n           big-endian; the format this code writes is kFormatVersion
//   n bytes of header JSON      signer (base64), created_at, bundle_id, content_key_id, summary
//   24 bytes                    the secretstream header (XChaCha20-Poly1305, the content key)
//   { u32 n, n bytes }...       the messages, encrypted; the last is tagged final
//   64 bytes                    Ed25519ph signature of every byte before it
//
// The signature is checked over the whole file before a byte of content is decrypted, and
// again while reading (a file changed between the two passes is refused at the end).
namespace BreachAdvisor::BundleFile {

struct CipherState; // libsodium's secretstream and signature states (BundleFile.cpp)

constexpr int kFormatVersion = 1;
constexpr qsizetype kMaxMessageSize = 4 << 20;
constexpr qsizetype kMaxHeaderSize = 64 * 1024;

struct Header
{
    int format = 0;
    QByteArray signer; // Ed25519 public key
    QDateTime createdAt;
    QString bundleId;
    QByteArray contentKeyId; // names the content key without revealing it
    QJsonObject summary;     // what the help desk says is inside (counts), for the person to see
};

// A keyed hash of a constant under the content key: an agent's key is told from another
// before anything is decrypted.
QByteArray contentKeyId(const SecureBuffer &contentKey);

class Writer
{
public:
    // Throws Error(Internal) when the file cannot be written; nothing is left at path
    // until finish() (QSaveFile).
    Writer(const QString &path, const BundleKeys::HelpDeskKeys &keys, const QJsonObject &summary);
    ~Writer();
    void add(const QByteArray &message, bool last = false); // at most kMaxMessageSize
    Header finish(); // add(…, true) must have been called
    const Header &header() const { return m_header; }

private:
    void write(const void *data, qsizetype size);

    std::unique_ptr<QSaveFile> m_file;
    const BundleKeys::HelpDeskKeys &m_keys;
    Header m_header;
    std::unique_ptr<CipherState> m_state;
    bool m_finished = false;
    QByteArray m_cipher;
};

// Reads the header alone (not yet trusted: check the signer, then verify()). Throws
// Error(RejectedInput) naming the file for one that is not a bundle, or of a newer format.
Header readHeader(const QString &path, const QString &name);

// Checks the signature over the whole file against this public key; throws
// Error(RejectedInput) naming the file when it does not hold (changed, cut short, or signed
// by another key).
void verify(const QString &path, const QString &name, const QByteArray &publicKey);

class Reader
{
public:
    // After verify() with the same trusted key: opens the content with the agent's key.
    // Throws RejectedInput when the bundle was made for another content key, or now names
    // another signer.
    Reader(const QString &path, const QString &name, const QByteArray &trustedSigner, const SecureBuffer &contentKey);
    ~Reader();
    // The next message; nullopt after the last. Throws RejectedInput when the content is
    // damaged, cut short, or the file changed since verify().
    std::optional<QByteArray> next();
    const Header &header() const { return m_header; }

private:
    QByteArray read(qint64 size);
    [[noreturn]] void damaged() const;

    QFile m_file;
    QString m_name;
    Header m_header;
    qint64 m_contentEnd = 0;
    std::unique_ptr<CipherState> m_state;
    bool m_done = false;
};

} // namespace BreachAdvisor::BundleFile
