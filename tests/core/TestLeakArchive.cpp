#include "ArchiveWriter.h"
#include "BreachCatalog.h"
#include "Error.h"
#include "IdentifierHasher.h"
#include "IdentityCheck.h"
#include "LeakArchive.h"
#include "LeakImporter.h"
#include "LeakIndex.h"
#include "SqlCipher.h"
#include "TestSupport.h"
#include "Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace BreachAdvisor;
using TestSupport::ArchiveEntry;

namespace {

QByteArray phoneRows(int first, int count)
{
    QByteArray rows = "phone,name\n";
    for (int i = first; i < first + count; ++i) {
        rows += "2010" + QByteArray::number(10000000 + i) + ",Name" + QByteArray::number(i) + "\n";
    }
    return rows;
}

QString phoneOf(int i)
{
    return QStringLiteral("+2010") + QString::number(10000000 + i);
}

} // namespace

// Leak files inside archives: zip, 7z, tar in its compressed forms, single compressed
// files; members chosen, listed, streamed; encrypted archives, bombs and damage refused.
class TestLeakArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void zipMembersAreImportedEachOnItsOwn();
    void everyArchiveFormat_data();
    void everyArchiveFormat();
    void singleCompressedFileIsAPlainImport_data();
    void singleCompressedFileIsAPlainImport();
    void notArchives();
    void memberGlobPicksOne();
    void dryRunListsAndPlansWithoutWriting();
    void encryptedZipIsRefused();
    void bombIsRefusedAndEarlierMembersRemoved();
    void unpackedLimitIsRefused();
    void bombAtDefaultLimits();
    void truncatedArchiveIsRefused_data();
    void truncatedArchiveIsRefused();
    void errorsNameTheMemberAndLine();
    void archiveWithoutLeakFilesIsRefused();
    void reimportOfAMemberIsRecognized();

private:
    LeakImportOptions options(const QString &path) const;
    LeakArchiveReport importArchive(const QString &path, LeakImportOptions o = {});
    int matches(const QString &phone);
    void assertIndexEmpty();

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<Vault> m_vault;
};

void TestLeakArchive::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = Vault::create(m_temp->filePath(QStringLiteral("vault")), TestSupport::secret("pass"), KdfParams::minimum()).vault;
    BreachCatalog(m_vault->database()).updateFromBundled();
}

void TestLeakArchive::cleanup()
{
    m_vault.reset();
    m_temp.reset();
}

LeakImportOptions TestLeakArchive::options(const QString &path) const
{
    LeakImportOptions o;
    o.path = path;
    o.breach = QStringLiteral("Facebook");
    o.phoneFormat = PhoneFormat::International;
    return o;
}

LeakArchiveReport TestLeakArchive::importArchive(const QString &path, LeakImportOptions o)
{
    const LeakImportOptions defaults = options(path);
    o.path = defaults.path;
    o.breach = defaults.breach;
    o.phoneFormat = defaults.phoneFormat;
    return LeakArchiveImporter(*m_vault, o).run();
}

int TestLeakArchive::matches(const QString &phone)
{
    const BreachCatalog catalog(m_vault->database());
    LeakIndex index(m_vault->database());
    const IdentifierHasher hasher(m_vault->identifierKey());
    return int(IdentityCheck(catalog, index, hasher).check({IdentifierInput{IdentifierKind::Phone, phone}}, QString()).first().matches.size());
}

void TestLeakArchive::assertIndexEmpty()
{
    QVERIFY(LeakIndex(m_vault->database()).imports().isEmpty());
    Statement tables = m_vault->database().prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'leak_bucket_%';");
    QVERIFY(tables.step());
    QCOMPARE(tables.columnInt64(0), 0);
    QVERIFY(QDir(m_vault->directory() + QStringLiteral("/tmp")).entryList(QDir::Files).isEmpty());
}

void TestLeakArchive::zipMembersAreImportedEachOnItsOwn()
{
    const QString path = m_temp->filePath(QStringLiteral("leaks.zip"));
    TestSupport::writeArchive(path, QStringLiteral("zip"),
                              {{QStringLiteral("dump/"), {}, true},
                               {QStringLiteral("dump/users.csv"), phoneRows(0, 50)},
                               {QStringLiteral("README.txt"), "Greetings from the leaker\n"},
                               {QStringLiteral("logo.png"), QByteArray("\x89PNG\r\n\x1a\n", 8)},
                               {QStringLiteral("more.tsv"), "phone\tcity\n201099999999\tCairo\n"}});
    QVERIFY(LeakArchive::isArchive(path));
    const LeakArchiveReport report = importArchive(path);
    QCOMPARE(report.members.size(), 5);
    QCOMPARE(report.chosen, (QStringList{QStringLiteral("dump/users.csv"), QStringLiteral("more.tsv")}));
    QCOMPARE(report.reports.size(), 2);
    QCOMPARE(report.reports.at(0).imported, 50);
    QCOMPARE(report.reports.at(1).imported, 1);
    QCOMPARE(report.reports.at(1).plan.delimiter, '\t'); // the member's own format, by its name
    // Every member that is not read says why.
    for (const LeakArchiveMember &member : report.members) {
        QCOMPARE(member.chosen, report.chosen.contains(member.name));
        QCOMPARE(member.reason.isEmpty(), member.chosen);
    }
    QCOMPARE(report.members.at(0).reason, QStringLiteral("a folder"));
    QCOMPARE(report.members.at(2).reason, QStringLiteral("a read-me or licence"));
    QCOMPARE(report.members.at(1).size, phoneRows(0, 50).size());

    const QList<LeakIndex::ImportInfo> imports = LeakIndex(m_vault->database()).imports();
    QCOMPARE(imports.size(), 2);
    QStringList sources;
    for (const LeakIndex::ImportInfo &info : imports) {
        sources << info.sourceName;
    }
    sources.sort();
    QCOMPARE(sources, (QStringList{QStringLiteral("leaks.zip/dump/users.csv"), QStringLiteral("leaks.zip/more.tsv")}));
    QCOMPARE(matches(phoneOf(7)), 1);
    QCOMPARE(matches(QStringLiteral("+201099999999")), 1);
    QCOMPARE(matches(phoneOf(70)), 0);

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("members")).toArray().size(), 5);
    const QJsonObject readme = json.value(QLatin1String("members")).toArray().at(2).toObject();
    QCOMPARE(readme.value(QLatin1String("name")).toString(), QStringLiteral("README.txt"));
    QCOMPARE(readme.value(QLatin1String("chosen")).toBool(), false);
    const QJsonArray imported = json.value(QLatin1String("imports")).toArray();
    QCOMPARE(imported.size(), 2);
    QCOMPARE(imported.at(0).toObject().value(QLatin1String("member")).toString(), QStringLiteral("dump/users.csv"));
    QCOMPARE(imported.at(0).toObject().value(QLatin1String("imported")).toInt(), 50);
}

void TestLeakArchive::everyArchiveFormat_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"tar", "tar.gz", "tar.bz2", "tar.xz", "tar.zst", "7z", "zip"}) {
        QTest::newRow(kind) << QString::fromLatin1(kind);
    }
}

void TestLeakArchive::everyArchiveFormat()
{
    QFETCH(QString, kind);
    const QString path = m_temp->filePath(QStringLiteral("leaks.") + kind);
    // Big enough for several blocks of every compressor, in two members.
    TestSupport::writeArchive(path, kind, {{QStringLiteral("a.csv"), phoneRows(0, 40000)}, {QStringLiteral("b.csv"), phoneRows(40000, 10)}});
    QVERIFY(LeakArchive::isArchive(path));
    const LeakArchiveReport report = importArchive(path);
    QCOMPARE(report.reports.size(), 2);
    QCOMPARE(report.reports.at(0).imported, 40000);
    QCOMPARE(report.reports.at(1).imported, 10);
    QCOMPARE(matches(phoneOf(39999)), 1);
    QCOMPARE(matches(phoneOf(40009)), 1);
}

void TestLeakArchive::singleCompressedFileIsAPlainImport_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"bz2", "xz", "zst"}) {
        QTest::newRow(kind) << QString::fromLatin1(kind);
    }
}

void TestLeakArchive::singleCompressedFileIsAPlainImport()
{
    QFETCH(QString, kind);
    const QByteArray content = phoneRows(0, 20000);
    const QString path = m_temp->filePath(QStringLiteral("leak.csv.") + kind);
    TestSupport::writeArchive(path, kind, {{QStringLiteral("leak.csv"), content}});
    QVERIFY(!LeakArchive::isArchive(path));
    QCOMPARE(leakFileFormatFromPath(path), LeakFileFormat::Csv);
    const LeakImportReport report = LeakImporter(*m_vault, options(path)).run();
    QCOMPARE(report.imported, 20000);
    QCOMPARE(LeakIndex(m_vault->database()).imports().first().sourceName, QFileInfo(path).fileName());
    QCOMPARE(matches(phoneOf(19999)), 1);

    // The digest is of the unpacked bytes: the plain file is the same import.
    const QString plain = m_temp->filePath(QStringLiteral("leak.csv"));
    TestSupport::writeFile(plain, content);
    QVERIFY(LeakImporter(*m_vault, options(plain)).run().alreadyImported);
}

void TestLeakArchive::notArchives()
{
    const QString csv = m_temp->filePath(QStringLiteral("leak.csv"));
    TestSupport::writeFile(csv, phoneRows(0, 10));
    QVERIFY(!LeakArchive::isArchive(csv));
    QVERIFY(!LeakArchive::openCompressed(csv));
    const QString gz = m_temp->filePath(QStringLiteral("leak.csv.gz"));
    gzFile file = gzopen(QFile::encodeName(gz).constData(), "wb");
    const QByteArray rows = phoneRows(0, 10);
    gzwrite(file, rows.constData(), unsigned(rows.size()));
    gzclose(file);
    QVERIFY(!LeakArchive::isArchive(gz)); // zlib's, as before
    QVERIFY(!LeakArchive::openCompressed(gz));
    const QString empty = m_temp->filePath(QStringLiteral("empty.csv"));
    TestSupport::writeFile(empty, {});
    QVERIFY(!LeakArchive::isArchive(empty));
    QVERIFY(!LeakArchive::isArchive(m_temp->filePath(QStringLiteral("missing.zip"))));
}

void TestLeakArchive::memberGlobPicksOne()
{
    const QString path = m_temp->filePath(QStringLiteral("leaks.tar.gz"));
    TestSupport::writeArchive(path, QStringLiteral("tar.gz"),
                              {{QStringLiteral("x/users.csv"), phoneRows(0, 5)},
                               {QStringLiteral("x/other.csv"), phoneRows(100, 5)},
                               {QStringLiteral("x/users.dat"), phoneRows(200, 5)}});
    LeakImportOptions o;
    o.members = QStringList{QStringLiteral("users.*")};
    const LeakArchiveReport report = importArchive(path, o);
    // A glob picks a member whatever its name says (users.dat), matched on its file name.
    QCOMPARE(report.chosen, (QStringList{QStringLiteral("x/users.csv"), QStringLiteral("x/users.dat")}));
    QCOMPARE(report.members.at(1).reason, QStringLiteral("not picked by --member"));
    QCOMPARE(matches(phoneOf(0)), 1);
    QCOMPARE(matches(phoneOf(100)), 0);
    QCOMPARE(matches(phoneOf(200)), 1);
}

void TestLeakArchive::dryRunListsAndPlansWithoutWriting()
{
    const QString path = m_temp->filePath(QStringLiteral("leaks.7z"));
    TestSupport::writeArchive(path, QStringLiteral("7z"),
                              {{QStringLiteral("users.csv"), phoneRows(0, 5)}, {QStringLiteral("notes.doc"), "x"}});
    const QByteArray before = TestSupport::fingerprintOf(m_vault->directory());
    const LeakArchiveReport report = LeakArchiveImporter(*m_vault, options(path)).plan();
    QCOMPARE(report.members.size(), 2);
    QCOMPARE(report.plans.size(), 1);
    QVERIFY(report.reports.isEmpty());
    QCOMPARE(report.plans.first().columns, (QStringList{QStringLiteral("phone"), QStringLiteral("name")}));
    QVERIFY(report.members.at(1).reason.startsWith(QLatin1String("not a leak file by its name")));
    QVERIFY(report.toJson().contains(QLatin1String("plans")));
    QCOMPARE(TestSupport::fingerprintOf(m_vault->directory()), before);
}

void TestLeakArchive::encryptedZipIsRefused()
{
    const QString path = m_temp->filePath(QStringLiteral("locked.zip"));
    TestSupport::writeArchive(path, QStringLiteral("zip"), {{QStringLiteral("users.csv"), phoneRows(0, 5)}}, "secret");
    const QByteArray before = TestSupport::fingerprintOf(m_vault->directory());
    try {
        importArchive(path);
        QFAIL("an encrypted archive was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("locked.zip/users.csv is encrypted")), qPrintable(error.message()));
    }
    QCOMPARE(TestSupport::fingerprintOf(m_vault->directory()), before);
}

void TestLeakArchive::bombIsRefusedAndEarlierMembersRemoved()
{
    // The same row over and over packs far better than any real leak file.
    QByteArray bomb = "phone\n";
    while (bomb.size() < (4 << 20)) {
        bomb += "201001234567\n";
    }
    const QString path = m_temp->filePath(QStringLiteral("bomb.zip"));
    TestSupport::writeArchive(path, QStringLiteral("zip"), {{QStringLiteral("fine.csv"), phoneRows(0, 10)}, {QStringLiteral("bomb.csv"), bomb}});
    LeakImportOptions o;
    o.archiveLimits.maxRatio = 50;
    try {
        importArchive(path, o);
        QFAIL("a bomb was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("bomb.zip/bomb.csv unpacks to over 50 times")), qPrintable(error.message()));
    }
    assertIndexEmpty(); // fine.csv was imported first, and removed again
    QCOMPARE(matches(phoneOf(0)), 0);
}

void TestLeakArchive::unpackedLimitIsRefused()
{
    const QString path = m_temp->filePath(QStringLiteral("big.tar.xz"));
    TestSupport::writeArchive(path, QStringLiteral("tar.xz"),
                              {{QStringLiteral("a.csv"), phoneRows(0, 60000)}, {QStringLiteral("b.csv"), phoneRows(60000, 60000)}});
    LeakImportOptions o;
    o.archiveLimits.maxUnpackedBytes = 2 << 20; // each member is under it, the two are not
    try {
        importArchive(path, o);
        QFAIL("past the limit and imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("big.tar.xz/b.csv: more than 2")), qPrintable(error.message()));
    }
    assertIndexEmpty(); // a.csv was imported first, and removed again
}

void TestLeakArchive::bombAtDefaultLimits()
{
    // 24 MiB of one row packs to a few KiB with xz: refused at the default 1000:1.
    QByteArray bomb = "phone\n";
    bomb.reserve(24 << 20);
    while (bomb.size() < (24 << 20)) {
        bomb += "201001234567\n";
    }
    const QString path = m_temp->filePath(QStringLiteral("bomb.tar.xz"));
    TestSupport::writeArchive(path, QStringLiteral("tar.xz"), {{QStringLiteral("rows.csv"), bomb}});
    QVERIFY(QFileInfo(path).size() * 1000 < bomb.size());
    const QByteArray before = TestSupport::fingerprintOf(m_vault->directory());
    const auto kind = TestSupport::failureOf([&] { importArchive(path); });
    QCOMPARE(kind, std::optional<ErrorKind>(ErrorKind::RejectedInput));
    QCOMPARE(TestSupport::fingerprintOf(m_vault->directory()), before);
}

void TestLeakArchive::truncatedArchiveIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"zip", "tar.gz", "7z", "tar.bz2"}) {
        QTest::newRow(kind) << QString::fromLatin1(kind);
    }
}

void TestLeakArchive::truncatedArchiveIsRefused()
{
    QFETCH(QString, kind);
    const QString path = m_temp->filePath(QStringLiteral("cut.") + kind);
    TestSupport::writeArchive(path, kind, {{QStringLiteral("users.csv"), phoneRows(0, 100000)}});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    QVERIFY(LeakArchive::isArchive(path)); // broken, still an archive: not read as text
    const QByteArray before = TestSupport::fingerprintOf(m_vault->directory());
    try {
        importArchive(path);
        QFAIL("a truncated archive was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("truncated or corrupt")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QCOMPARE(TestSupport::fingerprintOf(m_vault->directory()), before);
}

void TestLeakArchive::errorsNameTheMemberAndLine()
{
    const QString path = m_temp->filePath(QStringLiteral("leaks.zip"));
    TestSupport::writeArchive(path, QStringLiteral("zip"),
                              {{QStringLiteral("users.jsonl"), "{\"phone\":\"201001234567\"}\n{\"phone\":\"201001234568\"}\n[1,2]\n"}});
    try {
        importArchive(path);
        QFAIL("a broken member was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().startsWith(path + QStringLiteral("/users.jsonl:3: ")), qPrintable(error.message()));
    }
    assertIndexEmpty();
}

void TestLeakArchive::archiveWithoutLeakFilesIsRefused()
{
    const QString path = m_temp->filePath(QStringLiteral("photos.zip"));
    TestSupport::writeArchive(path, QStringLiteral("zip"), {{QStringLiteral("a.jpg"), "x"}, {QStringLiteral("b.csv.gz"), "y"}});
    try {
        importArchive(path);
        QFAIL("nothing to import, and no error");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("none of the archive's 2 member(s)")), qPrintable(error.message()));
    }
}

void TestLeakArchive::reimportOfAMemberIsRecognized()
{
    const QString path = m_temp->filePath(QStringLiteral("leaks.zip"));
    TestSupport::writeArchive(path, QStringLiteral("zip"), {{QStringLiteral("users.csv"), phoneRows(0, 10)}});
    QVERIFY(!importArchive(path).reports.first().alreadyImported);
    const LeakArchiveReport again = importArchive(path);
    QVERIFY(again.reports.first().alreadyImported);
    QCOMPARE(LeakIndex(m_vault->database()).imports().size(), 1);
}

QTEST_GUILESS_MAIN(TestLeakArchive)
#include "TestLeakArchive.moc"
