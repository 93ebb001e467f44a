#include "BundleFile.h"
#include "Error.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

// A help desk's bundle as a file: signed over every byte, encrypted with the content key,
// read back message by message; anything changed, cut, swapped or foreign is refused.
class TestBundleFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void messagesRoundTrip();
    void everyChangedByteIsRefused();
    void everyCutIsRefused();
    void anotherSignerIsRefused();
    void anotherAgentKeyIsRefused();
    void newerFormatIsRefusedByName();
    void fileSwappedAfterVerifyIsRefused();
    void unfinishedBundleLeavesNoFile();

private:
    QString writeBundle(const QString &name, const QList<QByteArray> &messages);
    QByteArray readFile(const QString &path);
    // Verifies with the help desk's key and reads every message: the messages, or the failure.
    std::optional<ErrorKind> failureReading(const QString &path, QList<QByteArray> *messages = nullptr);

    std::unique_ptr<QTemporaryDir> m_temp;
    std::optional<BundleKeys::HelpDeskKeys> m_keys;
};

void TestBundleFile::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    if (!m_keys) {
        m_keys = BundleKeys::generate();
    }
}

QString TestBundleFile::writeBundle(const QString &name, const QList<QByteArray> &messages)
{
    const QString path = m_temp->filePath(name);
    BundleFile::Writer writer(path, *m_keys, QJsonObject{{QStringLiteral("imports"), 2}});
    for (qsizetype i = 0; i < messages.size(); ++i) {
        writer.add(messages.at(i), i + 1 == messages.size());
    }
    writer.finish();
    return path;
}

QByteArray TestBundleFile::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<ErrorKind> TestBundleFile::failureReading(const QString &path, QList<QByteArray> *messages)
{
    return TestSupport::failureOf([&] {
        const BundleFile::Header header = BundleFile::readHeader(path, QStringLiteral("desk.bundle"));
        BundleFile::verify(path, QStringLiteral("desk.bundle"), m_keys->publicKey);
        BundleFile::Reader reader(path, QStringLiteral("desk.bundle"), m_keys->publicKey, m_keys->contentKey);
        QCOMPARE(reader.header().bundleId, header.bundleId);
        while (const std::optional<QByteArray> message = reader.next()) {
            if (messages) {
                *messages << *message;
            }
        }
    });
}

void TestBundleFile::messagesRoundTrip()
{
    const QList<QByteArray> sent = {QByteArray("{\"breaches\":[]}"), QByteArray(), QByteArray(BundleFile::kMaxMessageSize, '\x7f'),
                                    QByteArray("end")};
    const QString path = writeBundle(QStringLiteral("a.bundle"), sent);
    const BundleFile::Header header = BundleFile::readHeader(path, QStringLiteral("a.bundle"));
    QCOMPARE(header.signer, m_keys->publicKey);
    QCOMPARE(header.format, 1);
    QCOMPARE(header.summary.value(QLatin1String("imports")).toInt(), 2);
    QVERIFY(qAbs(header.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QList<QByteArray> received;
    QCOMPARE(failureReading(path, &received), std::nullopt);
    QCOMPARE(received, sent);
    // The content is not in the file as it is.
    QVERIFY(!readFile(path).contains("breaches"));
    // Two bundles of the same content differ (bundle id, nonces).
    QVERIFY(BundleFile::readHeader(writeBundle(QStringLiteral("b.bundle"), sent), QStringLiteral("b")).bundleId != header.bundleId);
}

void TestBundleFile::everyChangedByteIsRefused()
{
    const QString path = writeBundle(QStringLiteral("a.bundle"), {QByteArray("first message"), QByteArray("last")});
    const QByteArray original = readFile(path);
    const QString changed = m_temp->filePath(QStringLiteral("changed.bundle"));
    for (qsizetype at = 0; at < original.size(); ++at) {
        QByteArray bytes = original;
        bytes[at] = char(bytes.at(at) ^ 0x01);
        TestSupport::writeFile(changed, bytes);
        QVERIFY2(failureReading(changed) == ErrorKind::RejectedInput, qPrintable(QStringLiteral("byte %1 of %2").arg(at).arg(original.size())));
    }
}

void TestBundleFile::everyCutIsRefused()
{
    const QString path = writeBundle(QStringLiteral("a.bundle"), {QByteArray("first message"), QByteArray("last")});
    const QByteArray original = readFile(path);
    const QString cut = m_temp->filePath(QStringLiteral("cut.bundle"));
    for (qsizetype size = 0; size < original.size(); ++size) {
        TestSupport::writeFile(cut, original.left(size));
        QVERIFY2(failureReading(cut) == ErrorKind::RejectedInput, qPrintable(QStringLiteral("%1 of %2 bytes").arg(size).arg(original.size())));
    }
    // Bytes after the signature are refused too.
    TestSupport::writeFile(cut, original + "x");
    QCOMPARE(failureReading(cut), ErrorKind::RejectedInput);
}

void TestBundleFile::anotherSignerIsRefused()
{
    const QString path = writeBundle(QStringLiteral("a.bundle"), {QByteArray("last")});
    const BundleKeys::HelpDeskKeys other = BundleKeys::generate();
    QCOMPARE(TestSupport::failureOf([&] { BundleFile::verify(path, QStringLiteral("a.bundle"), other.publicKey); }), ErrorKind::RejectedInput);
    // A reader told to trust another key refuses the bundle even after a verify against its own.
    QCOMPARE(TestSupport::failureOf([&] { BundleFile::Reader(path, QStringLiteral("a.bundle"), other.publicKey, m_keys->contentKey); }),
             ErrorKind::RejectedInput);
}

void TestBundleFile::anotherAgentKeyIsRefused()
{
    const QString path = writeBundle(QStringLiteral("a.bundle"), {QByteArray("last")});
    BundleFile::verify(path, QStringLiteral("a.bundle"), m_keys->publicKey);
    try {
        BundleFile::Reader reader(path, QStringLiteral("a.bundle"), m_keys->publicKey, SecureBuffer::random(BundleKeys::kContentKeySize));
        QFAIL("a foreign content key opened the bundle");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("another agent key")), qPrintable(error.message()));
    }
}

void TestBundleFile::newerFormatIsRefusedByName()
{
    const QString path = writeBundle(QStringLiteral("a.bundle"), {QByteArray("last")});
    QByteArray bytes = readFile(path);
    bytes[25] = 2; // the format's low byte, after the 22-byte magic
    TestSupport::writeFile(path, bytes);
    try {
        BundleFile::readHeader(path, QStringLiteral("a.bundle"));
        QFAIL("a newer format was read");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("newer version")) && error.message().contains(QLatin1String("a.bundle")),
                 qPrintable(error.message()));
    }
}

void TestBundleFile::fileSwappedAfterVerifyIsRefused()
{
    // Verified, then replaced by a bundle of the same help desk with other content made by
    // someone holding the content key but not the signing key: the reader's second pass sees it.
    const QString path = writeBundle(QStringLiteral("a.bundle"), {QByteArray("the real one")});
    BundleFile::verify(path, QStringLiteral("a.bundle"), m_keys->publicKey);
    QByteArray forged = readFile(writeBundle(QStringLiteral("b.bundle"), {QByteArray("the forged one")}));
    forged[forged.size() - 1] = char(forged.at(forged.size() - 1) ^ 0x01); // its signature cannot be made without the key
    TestSupport::writeFile(path, forged);
    QCOMPARE(TestSupport::failureOf([&] {
                 BundleFile::Reader reader(path, QStringLiteral("a.bundle"), m_keys->publicKey, m_keys->contentKey);
                 while (reader.next()) {
                 }
             }),
             ErrorKind::RejectedInput);
}

void TestBundleFile::unfinishedBundleLeavesNoFile()
{
    const QString path = m_temp->filePath(QStringLiteral("a.bundle"));
    {
        BundleFile::Writer writer(path, *m_keys, {});
        writer.add(QByteArray("not the last"));
        QCOMPARE(TestSupport::failureOf([&] { writer.finish(); }), ErrorKind::Internal);
    }
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestBundleFile)
#include "TestBundleFile.moc"
