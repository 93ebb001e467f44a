#include "ArchiveWriter.h"
#include "Error.h"
#include "PasswordCorpusImporter.h"
#include "PasswordHash.h"
#include "PasswordIndex.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sodium.h>
#include <zlib.h>

#include <map>

using namespace BreachAdvisor;

// The leaked-password list: Have I Been Pwned's layouts imported, known passwords found with
// how often they were seen (coarsely), others not; bad lines, cut files and a changed index
// refused, the index as it was kept.
class TestPasswordList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void layoutsImportAndPasswordsAreFound_data();
    void layoutsImportAndPasswordsAreFound();
    void badListsAreRefusedByLine_data();
    void badListsAreRefusedByLine();
    void changedIndexIsRefused();
    void senselessIndexWithValidDigestsIsRefused();
    void cancelKeepsTheIndexAsItWas();
    void seenClassesAreOrdersOfMagnitude();
    void ntlmHashesUtf16();

private:
    // The list as HIBP serves it: every hash (upper-case hex) with its count, in hash order.
    std::map<QByteArray, std::uint64_t> corpus(PasswordHashKind kind, int size = 30000);
    QByteArray text(const std::map<QByteArray, std::uint64_t> &hashes, bool lowerCase, const char *lineEnd);
    QString write(const QString &name, const QByteArray &bytes);
    QString writeGzip(const QString &name, const QByteArray &bytes);
    QString indexPath() const { return m_temp->filePath(QStringLiteral("passwords.idx")); }

    std::unique_ptr<QTemporaryDir> m_temp;
};

namespace {

struct Known
{
    const char *password;
    std::uint64_t seen;
};
const Known kKnown[] = {{"123456", 37359195}, {"password", 9545824}, {"Lamborghini1", 52000}, {"correct horse battery", 12},
                        {"Pässwörd🔑", 1}};
const char *const kUnknown[] = {"this one is not in the list", "Lamborghini2", "", "123457"};

QByteArray hashOf(PasswordHashKind kind, const QString &password)
{
    if (kind == PasswordHashKind::Sha1) {
        return QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha1).toHex().toUpper();
    }
    QByteArray units;
    for (const QChar c : password) {
        units.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    }
    return QCryptographicHash::hash(units, QCryptographicHash::Md4).toHex().toUpper();
}

std::optional<int> lookUp(PasswordIndex &index, const char *password)
{
    return index.find(passwordKey(index.info().kind, SecureBuffer::fromText(QString::fromUtf8(password))));
}

} // namespace

void TestPasswordList::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
}

std::map<QByteArray, std::uint64_t> TestPasswordList::corpus(PasswordHashKind kind, int size)
{
    std::map<QByteArray, std::uint64_t> hashes;
    for (const Known &known : kKnown) {
        hashes[hashOf(kind, QString::fromUtf8(known.password))] = known.seen;
    }
    QRandomGenerator random(25);
    const int digits = kind == PasswordHashKind::Sha1 ? 20 : 16;
    while (hashes.size() < std::size_t(size)) {
        QByteArray bytes(digits, '\0');
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), digits / 4);
        hashes[bytes.toHex().toUpper()] = 1 + random.bounded(5000);
    }
    return hashes;
}

QByteArray TestPasswordList::text(const std::map<QByteArray, std::uint64_t> &hashes, bool lowerCase, const char *lineEnd)
{
    QByteArray out;
    for (const auto &[hash, seen] : hashes) {
        out += (lowerCase ? hash.toLower() : hash) + ':' + QByteArray::number(quint64(seen)) + lineEnd;
    }
    return out;
}

QString TestPasswordList::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_temp->filePath(name);
    TestSupport::writeFile(path, bytes);
    return path;
}

QString TestPasswordList::writeGzip(const QString &name, const QByteArray &bytes)
{
    const QString path = m_temp->filePath(name);
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!file || gzwrite(file, bytes.constData(), unsigned(bytes.size())) != int(bytes.size()) || gzclose(file) != Z_OK) {
        return {};
    }
    return path;
}

void TestPasswordList::layoutsImportAndPasswordsAreFound_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("lowerCase");
    QTest::addColumn<QString>("lineEnd");
    QTest::addColumn<QString>("layout");
    for (const PasswordHashKind kind : {PasswordHashKind::Sha1, PasswordHashKind::Ntlm}) {
        const char *name = kind == PasswordHashKind::Sha1 ? "sha1" : "ntlm";
        QTest::addRow("%s upper LF", name) << int(kind) << false << QStringLiteral("\n") << QStringLiteral("text");
        QTest::addRow("%s lower CRLF", name) << int(kind) << true << QStringLiteral("\r\n") << QStringLiteral("text");
        QTest::addRow("%s gzip", name) << int(kind) << false << QStringLiteral("\r\n") << QStringLiteral("gzip");
        QTest::addRow("%s 7z", name) << int(kind) << false << QStringLiteral("\r\n") << QStringLiteral("7z");
        QTest::addRow("%s prefix files", name) << int(kind) << true << QStringLiteral("\n") << QStringLiteral("prefixes");
    }
}

void TestPasswordList::layoutsImportAndPasswordsAreFound()
{
    QFETCH(int, kind);
    QFETCH(bool, lowerCase);
    QFETCH(QString, lineEnd);
    QFETCH(QString, layout);
    // A folder holds a file per hash at this size: fewer of them keep the test quick.
    const std::map<QByteArray, std::uint64_t> hashes = corpus(PasswordHashKind(kind), layout == QLatin1String("prefixes") ? 3000 : 30000);
    const QByteArray end = lineEnd.toLatin1();
    QString source;
    if (layout == QLatin1String("text")) {
        source = write(QStringLiteral("pwned-passwords-ordered-by-hash.txt"), text(hashes, lowerCase, end.constData()));
    } else if (layout == QLatin1String("gzip")) {
        source = writeGzip(QStringLiteral("pwned-passwords.txt.gz"), text(hashes, lowerCase, end.constData()));
    } else if (layout == QLatin1String("7z")) {
        source = m_temp->filePath(QStringLiteral("pwned-passwords-ordered-by-hash.7z"));
        TestSupport::writeArchive(source, QStringLiteral("7z"),
                                  {{QStringLiteral("pwned-passwords-ordered-by-hash.txt"), text(hashes, lowerCase, end.constData())},
                                   {QStringLiteral("readme.md"), "not the list\n"}});
    } else {
        // The downloader's folder: one file per 5-hex prefix, lines of the rest, no last newline.
        source = m_temp->filePath(QStringLiteral("pwned"));
        QDir().mkpath(source);
        std::map<QByteArray, QByteArray> files;
        for (const auto &[hash, seen] : hashes) {
            QByteArray &file = files[hash.left(5)];
            file += (lowerCase ? hash.mid(5).toLower() : hash.mid(5)) + ':' + QByteArray::number(quint64(seen)) + end;
        }
        for (auto &[prefix, lines] : files) {
            lines.chop(end.size());
            TestSupport::writeFile(QDir(source).filePath(QString::fromLatin1(prefix) + QStringLiteral(".txt")), lines);
        }
        TestSupport::writeFile(QDir(source).filePath(QStringLiteral("README.md")), "not a prefix file\n");
    }
    QVERIFY(!source.isEmpty());
    const PasswordImportReport report = PasswordCorpusImporter::run(source, indexPath());
    QCOMPARE(int(report.kind), kind);
    QCOMPARE(report.lines, std::uint64_t(hashes.size()));
    QCOMPARE(report.hashes + report.merged, report.lines);
    if (layout == QLatin1String("prefixes")) {
        QVERIFY(report.prefixFiles > 2900);
    }
    if (layout == QLatin1String("prefixes") || layout == QLatin1String("7z")) {
        QCOMPARE(report.otherFiles, 1); // counted, not read
    }

    // Private like everything in the vault's folder: a list readable by others made the next
    // open of the vault warn "Other users could read the vault" about public data.
    QCOMPARE(QFileInfo(indexPath()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    PasswordIndex index(indexPath());
    QCOMPARE(int(index.info().kind), kind);
    QCOMPARE(index.info().hashes, report.hashes);
    QCOMPARE(index.info().bytes, report.bytes);
    for (const Known &known : kKnown) {
        QCOMPARE(lookUp(index, known.password), std::optional<int>(PasswordSeen::classOf(known.seen)));
    }
    for (const char *unknown : kUnknown) {
        QVERIFY2(!lookUp(index, unknown), unknown);
    }
    // Every hash of the list, by its first 64 bits.
    for (const auto &[hash, seen] : hashes) {
        const std::optional<int> found = index.find(hash.left(16).toULongLong(nullptr, 16));
        QVERIFY2(found && *found >= PasswordSeen::classOf(seen), hash.constData());
    }
    index.verifyAll();
}

void TestPasswordList::badListsAreRefusedByLine_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QString>("line");
    const QByteArray a = "0000A1B2C3D4E5F60718293A4B5C6D7E8F901234:5\n";
    const QByteArray b = "7C4A8D09CA3762AF61E59520943DC26494F8941B:37359195\n";
    QTest::newRow("not hex") << a + "7C4A8D09CA3762AF61E59520943DC26494F894XB:3\n" << QStringLiteral("line 2");
    QTest::newRow("no count") << a + "7C4A8D09CA3762AF61E59520943DC26494F8941B\n" << QStringLiteral("line 2");
    QTest::newRow("count not a number") << a + b + "FFFF8D09CA3762AF61E59520943DC26494F8941B:12a\n" << QStringLiteral("line 3");
    QTest::newRow("too short") << a + "7C4A8D09CA3762AF61E59520943DC26494F89:3\n" << QStringLiteral("line 2");
    QTest::newRow("NTLM among SHA-1") << a + "32ED87BDB5FDC5E9CBA88547376818D4:3\n" << QStringLiteral("line 2");
    QTest::newRow("out of order") << b + a << QStringLiteral("line 2");
    QTest::newRow("the same twice") << a + a << QStringLiteral("line 2");
    QTest::newRow("cut in a hash") << a + b + "FFFF8D09CA3762AF61E5" << QStringLiteral("line 3");
    QTest::newRow("a long line") << a + QByteArray(100000, 'F') + ":1\n" << QStringLiteral("line 2");
    QTest::newRow("binary") << a + QByteArray("\x00\x01\x02:1\n", 7) << QStringLiteral("line 2");
}

void TestPasswordList::badListsAreRefusedByLine()
{
    QFETCH(QByteArray, list);
    QFETCH(QString, line);
    // An index made before stays as it was.
    PasswordCorpusImporter::run(write(QStringLiteral("good.txt"), "7C4A8D09CA3762AF61E59520943DC26494F8941B:37359195\n"), indexPath());
    const QByteArray before = TestSupport::fingerprintOf(m_temp->path());
    const QString path = write(QStringLiteral("bad.txt"), list);
    const QByteArray withBad = TestSupport::fingerprintOf(m_temp->path());
    try {
        PasswordCorpusImporter::run(path, indexPath());
        QFAIL("a bad list was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(path) && error.message().contains(line), qPrintable(error.message()));
    }
    QCOMPARE(TestSupport::fingerprintOf(m_temp->path()), withBad);
    QVERIFY(before != withBad);
    PasswordIndex index(indexPath());
    QCOMPARE(index.info().hashes, std::uint64_t(1));
}

void TestPasswordList::changedIndexIsRefused()
{
    const std::map<QByteArray, std::uint64_t> hashes = corpus(PasswordHashKind::Sha1);
    PasswordCorpusImporter::run(write(QStringLiteral("list.txt"), text(hashes, false, "\n")), indexPath());
    QFile file(indexPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    const auto refused = [&](const QByteArray &bytes) {
        TestSupport::writeFile(indexPath(), bytes);
        return TestSupport::failureOf([&] {
            PasswordIndex index(indexPath());
            index.verifyAll();
        });
    };
    // A byte changed in the header, in the data, in the directory, in the digests; cut short.
    for (const qsizetype at : {qsizetype(40), qsizetype(5000), original.size() / 2, original.size() - 100, original.size() - 1}) {
        QByteArray changed = original;
        changed[at] = char(changed.at(at) ^ 0x10);
        QVERIFY2(refused(changed) == ErrorKind::RejectedInput, qPrintable(QString::number(at)));
    }
    QCOMPARE(refused(original.left(original.size() - 16)), ErrorKind::RejectedInput);
    QCOMPARE(refused(original.left(100)), ErrorKind::RejectedInput);
    // A changed data byte is caught when a lookup first reads its chunk, too.
    QByteArray changed = original;
    const qsizetype at = 4096 + 8;
    changed[at] = char(changed.at(at) ^ 0x01);
    TestSupport::writeFile(indexPath(), changed);
    PasswordIndex index(indexPath()); // the header and directory are intact
    QCOMPARE(TestSupport::failureOf([&] { index.find(0); }), ErrorKind::RejectedInput);
    QCOMPARE(refused(original), std::nullopt);
}

void TestPasswordList::senselessIndexWithValidDigestsIsRefused()
{
    // Someone who rewrites the data can rewrite its digests too: the digests catch accidents,
    // and the reader must still never step outside a partition. Here a partition's unary
    // bitmap is all ones (no zero to find) and the digests are made to match.
    std::map<QByteArray, std::uint64_t> hashes;
    QRandomGenerator random(3);
    while (hashes.size() < 2000) {
        QByteArray bytes(20, '\0');
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 5);
        hashes[bytes.toHex().toUpper()] = 1;
    }
    PasswordCorpusImporter::run(write(QStringLiteral("list.txt"), text(hashes, false, "\n")), indexPath());
    QFile file(indexPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    QVERIFY(original.size() > qsizetype(PasswordIndexFormat::kHeaderSize));
    std::vector<unsigned char> bytes(original.begin(), original.end());
    unsigned char *const at = bytes.data();
    const quint64 dataSize = qFromLittleEndian<quint64>(at + 64), directory = qFromLittleEndian<quint64>(at + 72),
                  digests = qFromLittleEndian<quint64>(at + 80);
    QCOMPARE(quint64(PasswordIndexFormat::kHeaderSize) + dataSize, directory);
    // The first partition's whole bitmap: all ones.
    const quint64 firstOffset = qFromLittleEndian<quint64>(at + directory);
    const quint64 count = qFromLittleEndian<quint32>(at + directory + 8);
    const int lowBits = at[directory + 12];
    const int universe = 64 - int(qFromLittleEndian<quint32>(at + 48));
    const quint64 upperBytes = 8 * ((count + (quint64(1) << (universe - lowBits)) + 63) / 64);
    std::fill_n(at + PasswordIndexFormat::kHeaderSize + firstOffset, upperBytes, 0xff);
    for (quint64 chunk = 0; chunk * PasswordIndexFormat::kChunkSize < dataSize; ++chunk) {
        const quint64 length = std::min<quint64>(PasswordIndexFormat::kChunkSize, dataSize - chunk * PasswordIndexFormat::kChunkSize);
        crypto_generichash(at + digests + chunk * PasswordIndexFormat::kChunkDigestSize, PasswordIndexFormat::kChunkDigestSize,
                           at + PasswordIndexFormat::kHeaderSize + chunk * PasswordIndexFormat::kChunkSize, length, nullptr, 0);
    }
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, at, PasswordIndexFormat::kHeaderSize - 32);
    crypto_generichash_update(&state, at + directory, bytes.size() - directory);
    crypto_generichash_final(&state, at + PasswordIndexFormat::kHeaderSize - 32, 32);
    TestSupport::writeFile(indexPath(), QByteArray(reinterpret_cast<const char *>(at), qsizetype(bytes.size())));

    PasswordIndex index(indexPath()); // the digests hold
    // Keys all over the first partition: each is an answer or a refusal, never a read outside it.
    int refused = 0;
    for (std::uint64_t i = 0; i < 256; ++i) {
        const std::uint64_t key = (i << 56) >> (64 - universe); // the partition's own range
        try {
            index.find(key);
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::RejectedInput);
            ++refused;
        }
    }
    QVERIFY(refused > 0);
}

void TestPasswordList::cancelKeepsTheIndexAsItWas()
{
    PasswordCorpusImporter::run(write(QStringLiteral("small.txt"), "7C4A8D09CA3762AF61E59520943DC26494F8941B:3\n"), indexPath());
    const std::map<QByteArray, std::uint64_t> hashes = corpus(PasswordHashKind::Sha1);
    const QString big = write(QStringLiteral("big.txt"), text(hashes, false, "\n")); // 30,000 lines
    const QByteArray before = TestSupport::fingerprintOf(m_temp->path());
    std::atomic_bool cancel = true;
    WorkControl control;
    control.cancel = &cancel;
    QCOMPARE(TestSupport::failureOf([&] { PasswordCorpusImporter::run(big, indexPath(), control); }), ErrorKind::Cancelled);
    QCOMPARE(TestSupport::fingerprintOf(m_temp->path()), before);
}

void TestPasswordList::seenClassesAreOrdersOfMagnitude()
{
    QCOMPARE(PasswordSeen::classOf(0), 0);
    QCOMPARE(PasswordSeen::classOf(1), 0);
    QCOMPARE(PasswordSeen::classOf(2), 1);
    QCOMPARE(PasswordSeen::classOf(9), 1);
    QCOMPARE(PasswordSeen::classOf(10), 2);
    QCOMPARE(PasswordSeen::classOf(52000), 5);
    QCOMPARE(PasswordSeen::classOf(999999), 6);
    QCOMPARE(PasswordSeen::classOf(37359195), 7);
    QCOMPARE(PasswordSeen::classOf(~std::uint64_t(0)), 7);
}

void TestPasswordList::ntlmHashesUtf16()
{
    // Known NT hashes: "password" and a non-Latin password beyond the BMP.
    QCOMPARE(passwordKey(PasswordHashKind::Ntlm, SecureBuffer::fromText(QStringLiteral("password"))), 0x8846F7EAEE8FB117ULL);
    QCOMPARE(passwordKey(PasswordHashKind::Sha1, SecureBuffer::fromText(QStringLiteral("password"))), 0x5BAA61E4C9B93F3FULL);
    QCOMPARE(passwordKey(PasswordHashKind::Ntlm, SecureBuffer::fromText(QString::fromUtf8("Pässwörd🔑"))),
             hashOf(PasswordHashKind::Ntlm, QString::fromUtf8("Pässwörd🔑")).left(16).toULongLong(nullptr, 16));
    const char invalid[] = "\xff\xfe";
    QCOMPARE(TestSupport::failureOf([&] { passwordKey(PasswordHashKind::Ntlm, SecureBuffer::copyOf(invalid, 2)); }), ErrorKind::Usage);
}

QTEST_GUILESS_MAIN(TestPasswordList)
#include "TestPasswordList.moc"
