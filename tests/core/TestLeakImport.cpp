#include "BreachCatalog.h"
#include "Error.h"
#include "IdentifierHasher.h"
#include "IdentityCheck.h"
#include "LeakFormatPreset.h"
#include "LeakImporter.h"
#include "LeakIndex.h"
#include "LeakIndexWriter.h"
#include "SqlCipher.h"
#include "TestSupport.h"
#include "Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace BreachAdvisor;

namespace {

// The same fictional person's number in the shapes leaks and people write it.
const QStringList kEgyptianNumberInputs = {
    QStringLiteral("+20 100 123 4567"), QStringLiteral("+201001234567"),   QStringLiteral("00201001234567"),
    QStringLiteral("0100 123 4567"),    QStringLiteral("(0100) 123-4567"), QStringLiteral("٠١٠٠١٢٣٤٥٦٧"),
    QStringLiteral("tel:+20-100-123-4567"),
};

} // namespace

class TestLeakImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void threePhoneShapes_data();
    void threePhoneShapes();
    void fieldsAreExactlyTheNonEmptyMappedColumns();
    void severalIdentifiersPerRow();
    void skippedRowsAreReportedWithLines();
    void reimportChangesNothing();
    void gzipAndJsonLines();
    void spillingToDiskGivesTheSameIndex();
    void cancelWhileReadingLeavesIndexUnchanged();
    void cancelWhileWritingLeavesIndexUnchanged();
    void brokenFileLeavesIndexUnchanged();
    void ambiguousPhoneFormatIsRefused();
    void unknownBreachIsRefused();
    void removeImport();
    void importHashedWithAnotherVaultsKeyIsFound();
    void compactGivesTheSpaceBack();
    void longValuesFinishAtOnce();
    void truncatedGzipChangesNothing();
    void nestedJsonLinesAreFound();
    void facebookPresetImportsAndIsFound();
    void presetRowsThatDoNotFitAreCounted();
    void comboListWithAnyPassword();
    void windows1252FileIsFound();
    void semicolonExportWithGermanHeadersMapsItself();
    void invalidIdentifiersAreReportedByKind();
    void newDataClassesAreReported();
    void nothingImportableIsRejected_data();
    void nothingImportableIsRejected();
    void forumSqlPresetReadsTheUsersTable();
    void jsonArrayImportsAndIsFound();

private:
    QString write(const QByteArray &bytes, const char *name = "leak.csv");
    LeakImportReport import(const QString &path, LeakImportOptions options = {});
    QList<CheckedIdentifier> check(const QStringList &phones, const QString &region = {});
    QList<CheckedIdentifier> check(const QList<IdentifierInput> &inputs, const QString &region);
    void assertIndexEmpty();

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<Vault> m_vault;
};

void TestLeakImport::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = Vault::create(m_temp->filePath(QStringLiteral("vault")), TestSupport::secret("pass"), KdfParams::minimum()).vault;
    BreachCatalog(m_vault->database()).updateFromBundled();
}

void TestLeakImport::cleanup()
{
    m_vault.reset();
    m_temp.reset();
}

QString TestLeakImport::write(const QByteArray &bytes, const char *name)
{
    const QString path = m_temp->filePath(QLatin1String(name));
    TestSupport::writeFile(path, bytes);
    return path;
}

LeakImportReport TestLeakImport::import(const QString &path, LeakImportOptions options)
{
    options.path = path;
    if (options.breach.isEmpty()) {
        options.breach = QStringLiteral("Facebook");
    }
    if (options.preset.isEmpty()) {
        options.file.format = leakFileFormatFromPath(path);
    }
    return LeakImporter(*m_vault, options).run();
}

QList<CheckedIdentifier> TestLeakImport::check(const QStringList &phones, const QString &region)
{
    QList<IdentifierInput> inputs;
    for (const QString &phone : phones) {
        inputs << IdentifierInput{IdentifierKind::Phone, phone};
    }
    return check(inputs, region);
}

QList<CheckedIdentifier> TestLeakImport::check(const QList<IdentifierInput> &inputs, const QString &region)
{
    const BreachCatalog catalog(m_vault->database());
    LeakIndex index(m_vault->database());
    const IdentifierHasher hasher(m_vault->identifierKey());
    return IdentityCheck(catalog, index, hasher).check(inputs, region);
}

void TestLeakImport::assertIndexEmpty()
{
    QVERIFY(LeakIndex(m_vault->database()).imports().isEmpty());
    Statement tables = m_vault->database().prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'leak_bucket_%';");
    QVERIFY(tables.step());
    QCOMPARE(tables.columnInt64(0), 0);
    QVERIFY(QDir(m_vault->directory() + QStringLiteral("/tmp")).entryList(QDir::Files).isEmpty());
}

void TestLeakImport::threePhoneShapes_data()
{
    QTest::addColumn<QByteArray>("phones");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("region");
    QTest::newRow("digits with country code (Facebook files)") << QByteArray("201001234567\n4915123456789") << "international" << "";
    QTest::newRow("with + and 00") << QByteArray("+20 100 123 4567\n0049 151 23456789") << "international" << "";
    QTest::newRow("detected: digits with country code") << QByteArray("201001234567\n201112345678\n201223456789\n4915123456789")
                                                      << "auto" << "";
    QTest::newRow("national with region") << QByteArray("0100 123 4567\n\"+49 151 23456789\"") << "national" << "EG";
    QTest::newRow("national, Arabic-Indic digits") << QByteArray("٠١٠٠١٢٣٤٥٦٧\n+4915123456789") << "national" << "EG";
    QTest::newRow("detected: national") << QByteArray("0100 123 4567\n0111 234 5678\n0122 345 6789\n+4915123456789")
                                        << "auto" << "EG";
}

void TestLeakImport::threePhoneShapes()
{
    QFETCH(QByteArray, phones);
    QFETCH(QString, format);
    QFETCH(QString, region);
    LeakImportOptions options;
    phoneFormatFromName(format, &options.phoneFormat);
    options.region = region;
    const LeakImportReport report = import(write("phone\n" + phones + "\n"), options);
    QCOMPARE(report.skipped, 0);
    QCOMPARE(report.imported, report.rows);

    // Every way of writing the number finds it.
    for (const QString &input : kEgyptianNumberInputs) {
        const auto results = check({input}, QStringLiteral("EG"));
        QVERIFY2(results.first().identifier.valid, qPrintable(input));
        QCOMPARE(results.first().identifier.normalized, QStringLiteral("+201001234567"));
        QCOMPARE(results.first().matches.size(), 1);
        QCOMPARE(results.first().matches.first().breach.name, QStringLiteral("Facebook"));
    }
    QCOMPARE(check({QStringLiteral("0151 23456789")}, QStringLiteral("DE")).first().matches.size(), 1);
    QCOMPARE(check({QStringLiteral("+20 100 765 4321")}).first().matches.size(), 0);
}

void TestLeakImport::fieldsAreExactlyTheNonEmptyMappedColumns()
{
    const QString path = write("phone,first,last,gender,city,about,photo,secret\n"
                               "201001234567,Amira,Hassan,female,,\"Hi, I use WhatsApp\",,x\n"
                               "201112345678,,,,Cairo,  ,pic.jpg,y\n");
    LeakImportOptions options;
    options.mapping.identifiers = {{IdentifierKind::Phone, QStringLiteral("phone")}};
    options.mapping.fields = {{QStringLiteral("Names"), {QStringLiteral("first"), QStringLiteral("last")}},
                              {QStringLiteral("Genders"), {QStringLiteral("gender")}},
                              {QStringLiteral("Geographic locations"), {QStringLiteral("city")}},
                              {QStringLiteral("Bios"), {QStringLiteral("about")}},
                              {QStringLiteral("Profile photos"), {QStringLiteral("photo")}}};
    import(path, options);
    const auto results = check({QStringLiteral("+201001234567"), QStringLiteral("+201112345678")});
    const BreachMatch first = results.at(0).matches.first();
    QCOMPARE(first.fields, (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Names"), QStringLiteral("Genders"),
                                        QStringLiteral("Bios")}));
    QCOMPARE(results.at(1).matches.first().fields,
             (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Geographic locations"), QStringLiteral("Profile photos")}));
    QVERIFY(first.breach.dataClasses.contains(QStringLiteral("Relationship statuses"))); // the breach as a whole
    QVERIFY(!first.fields.contains(QStringLiteral("Relationship statuses")));
}

void TestLeakImport::severalIdentifiersPerRow()
{
    const QString path = write("mobile,work_phone,email,login\n"
                               "201001234567,4930123456,Amira@Example.com,@amira_h\n");
    LeakImportOptions options;
    options.mapping.identifiers = {{IdentifierKind::Phone, QStringLiteral("mobile")},
                                   {IdentifierKind::Phone, QStringLiteral("work_phone")},
                                   {IdentifierKind::Email, QStringLiteral("email")},
                                   {IdentifierKind::Username, QStringLiteral("login")}};
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.records, 4);
    const QList<IdentifierInput> inputs = {{IdentifierKind::Phone, QStringLiteral("030 123456")},
                                          {IdentifierKind::Email, QStringLiteral("amira@example.com")},
                                          {IdentifierKind::Username, QStringLiteral("Amira_H")},
                                          {IdentifierKind::Username, QStringLiteral("amira@example.com")}};
    const auto results = check(inputs, QStringLiteral("DE"));
    QCOMPARE(results.at(0).matches.size(), 1);
    QCOMPARE(results.at(1).matches.size(), 1);
    QCOMPARE(results.at(2).matches.size(), 1);
    QCOMPARE(results.at(3).matches.size(), 0); // kinds never match each other
    QCOMPARE(results.at(1).matches.first().fields,
             (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Email addresses"), QStringLiteral("Usernames")}));
}

void TestLeakImport::skippedRowsAreReportedWithLines()
{
    const QString path = write("phone,name\n"
                               "201001234567,Amira\n"
                               "2010,Short\n"
                               ",Nobody\n"
                               "\"multi\nline\",Broken\n"
                               "9991234567890,Nowhere\n"
                               "4915123456789,Max\n");
    LeakImportOptions options;
    options.phoneFormat = PhoneFormat::International;
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.rows, 6);
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.skipped, 4);
    QCOMPARE(report.skippedExamples.size(), 4);
    QCOMPARE(report.skippedExamples.at(0).line, 3);
    QVERIFY2(report.skippedExamples.at(0).reason.contains(QLatin1String("too short")), qPrintable(report.skippedExamples.at(0).reason));
    QCOMPARE(report.skippedExamples.at(1).line, 4);
    QVERIFY(report.skippedExamples.at(1).reason.contains(QLatin1String("no phone number")));
    QCOMPARE(report.skippedExamples.at(2).line, 5);
    QCOMPARE(report.skippedExamples.at(3).line, 7);
    // Values are masked: the report never repeats a leaked number.
    QVERIFY2(!report.skippedExamples.at(3).reason.contains(QLatin1String("9991234567890")), qPrintable(report.skippedExamples.at(3).reason));
    QVERIFY(report.skippedExamples.at(3).reason.contains(QLatin1String("99")));
}

void TestLeakImport::reimportChangesNothing()
{
    const QByteArray content = "phone,name\n201001234567,Amira\n4915123456789,Max\n";
    const QString path = write(content);
    const LeakImportReport first = import(path);
    QVERIFY(!first.alreadyImported);
    QCOMPARE(first.records, 2);
    // The import's bigger write cache is given back: lookups keep their usual cache.
    Statement cache = m_vault->database().prepare("PRAGMA cache_size;");
    QVERIFY(cache.step());
    QCOMPARE(cache.columnInt64(0), -qint64(Database::kDefaultCacheKiB));
    const QByteArray before = TestSupport::fingerprintOf(m_vault->directory());

    const LeakImportReport second = import(path);
    QVERIFY(second.alreadyImported);
    QCOMPARE(second.importId, first.importId);
    QCOMPARE(LeakIndex(m_vault->database()).imports().size(), 1);

    // The same rows compressed are the same file.
    const QString compressed = m_temp->filePath(QStringLiteral("copy.csv.gz"));
    gzFile file = gzopen(QFile::encodeName(compressed).constData(), "wb");
    gzwrite(file, content.constData(), unsigned(content.size()));
    gzclose(file);
    QVERIFY(import(compressed).alreadyImported);
    QCOMPARE(TestSupport::fingerprintOf(m_vault->directory()), before);

    // Into another breach it is another import.
    LeakImportOptions options;
    options.breach = QStringLiteral("WhatsAppNumberList2022");
    QVERIFY(!import(path, options).alreadyImported);
    const auto results = check({QStringLiteral("+201001234567")});
    QCOMPARE(results.first().matches.size(), 2);
}

void TestLeakImport::gzipAndJsonLines()
{
    const QByteArray lines = "{\"phone_number\": 201001234567, \"full_name\": \"Amira\", \"email\": null}\n"
                             "{\"phone_number\": \"4915123456789\", \"full_name\": \"\", \"email\": \"max@example.de\"}\n";
    const QString path = m_temp->filePath(QStringLiteral("leak.jsonl.gz"));
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    gzwrite(file, lines.constData(), unsigned(lines.size()));
    gzclose(file);
    LeakImportOptions options;
    options.phoneFormat = PhoneFormat::International;
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.rows, 2);
    QCOMPARE(report.records, 3);
    // JSON keys come in alphabetical order: email, full_name, phone_number.
    QCOMPARE(report.plan.mapping.dataClasses(),
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Phone numbers"), QStringLiteral("Names")}));
    QCOMPARE(check({QStringLiteral("+4915123456789")}).first().matches.first().fields,
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Phone numbers")}));
    QCOMPARE(check({QStringLiteral("+201001234567")}).first().matches.first().fields,
             (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Names")}));
}

void TestLeakImport::spillingToDiskGivesTheSameIndex()
{
    QByteArray content = "phone\n";
    for (int i = 0; i < 20000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i * 397) + "\n";
    }
    const QString path = write(content);
    LeakImportOptions tight;
    tight.memoryBudget = 16 * 1024; // a few hundred records in memory: the rest spill
    const LeakImportReport report = import(path, tight);
    QCOMPARE(report.records, 20000);
    QVERIFY(QDir(m_vault->directory() + QStringLiteral("/tmp")).entryList(QDir::Files).isEmpty()); // cleaned up
    for (int i = 0; i < 20000; i += 1999) {
        const QString number = QStringLiteral("+2010%1").arg(10000000 + i * 397);
        QCOMPARE(check({number}).first().matches.size(), 1);
    }
}

void TestLeakImport::cancelWhileReadingLeavesIndexUnchanged()
{
    QByteArray content = "phone\n";
    for (int i = 0; i < 50000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i) + "\n";
    }
    LeakImportOptions options;
    options.path = write(content);
    options.breach = QStringLiteral("Facebook");
    options.progressIntervalMs = 0;
    std::atomic_bool cancel = false;
    LeakImporter importer(*m_vault, options);
    const auto onProgress = [&](const LeakImportProgress &progress) {
        if (progress.phase == LeakImportProgress::Phase::Reading) {
            cancel = true;
        }
    };
    QCOMPARE(TestSupport::failureOf([&] { importer.run(onProgress, &cancel); }), std::optional(ErrorKind::Cancelled));
    assertIndexEmpty();
}

void TestLeakImport::cancelWhileWritingLeavesIndexUnchanged()
{
    import(write("phone\n201001234567\n"));
    QByteArray content = "phone\n";
    for (int i = 0; i < 50000; ++i) {
        content += "2011" + QByteArray::number(10000000 + i) + "\n";
    }
    LeakImportOptions options;
    options.path = write(content, "second.csv");
    options.breach = QStringLiteral("Facebook");
    options.progressIntervalMs = 0;
    std::atomic_bool cancel = false;
    bool sawWriting = false;
    LeakImporter importer(*m_vault, options);
    const auto onProgress = [&](const LeakImportProgress &progress) {
        if (progress.phase == LeakImportProgress::Phase::Writing && progress.bytesDone > 100) {
            sawWriting = true;
            cancel = true; // half the buckets are written inside the transaction
        }
    };
    QCOMPARE(TestSupport::failureOf([&] { importer.run(onProgress, &cancel); }), std::optional(ErrorKind::Cancelled));
    QVERIFY(sawWriting);
    QCOMPARE(LeakIndex(m_vault->database()).imports().size(), 1); // only the first import
    QCOMPARE(check({QStringLiteral("+201110000000")}).first().matches.size(), 0);
    QCOMPARE(check({QStringLiteral("+201001234567")}).first().matches.size(), 1);
    Statement integrity = m_vault->database().prepare("PRAGMA integrity_check;");
    QVERIFY(integrity.step());
    QCOMPARE(integrity.columnText(0), QStringLiteral("ok"));
}

void TestLeakImport::brokenFileLeavesIndexUnchanged()
{
    // 2 % of the rows do not fit (a password with the delimiter, a quote never closed): over
    // the default 1 %, so the file is refused whole; allowed 5 %, they are skipped and counted.
    QByteArray content = "phone,name\n";
    for (int i = 0; i < 4900; ++i) {
        content += "2010" + QByteArray::number(10000000 + i) + (i % 49 == 48 ? ",x,y\n" : ",x\n");
    }
    content += "201099999999,\"never closed\n";
    const QString path = write(content);
    try {
        import(path);
        QFAIL("a file with 2 % of its rows broken was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().startsWith(path + QStringLiteral(": 101 row(s) of 4,901 did not fit")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("(the first: line 50, 3 fields where the header has 2)")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("more than the 1 % of the rows allowed")), qPrintable(error.message()));
    }
    assertIndexEmpty();

    LeakImportOptions tolerant;
    tolerant.maxBadRows.percent = 5;
    const LeakImportReport report = import(path, tolerant);
    QCOMPARE(report.rows, 4901);
    QCOMPARE(report.misfitRows, 101);
    QCOMPARE(report.imported, 4800);
    QCOMPARE(report.misfitExamples.size(), LeakFileReader::kExamples); // the first ones, with their lines
    QCOMPARE(report.misfitExamples.first().line, 50);

    // The same limit as a number of rows.
    LeakImportOptions counted;
    counted.maxBadRows.rows = 100;
    QCOMPARE(TestSupport::failureOf([&] { import(path, counted); }), std::optional(ErrorKind::RejectedInput));
}

void TestLeakImport::ambiguousPhoneFormatIsRefused()
{
    // German numbers without "+": valid read with the country code, and valid as
    // German national numbers too. Guessing would be wrong either way.
    const QString path = write("phone\n4915123456789\n4917612345678\n4930123456\n");
    LeakImportOptions options;
    options.region = QStringLiteral("DE");
    try {
        import(path, options);
        QFAIL("guessed an ambiguous format");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(error.message().contains(QLatin1String("international")), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QLatin1String("--")), qPrintable(error.message()));
    }
    assertIndexEmpty();
    options.phoneFormat = PhoneFormat::International;
    QCOMPARE(import(path, options).imported, 3);
}

void TestLeakImport::unknownBreachIsRefused()
{
    LeakImportOptions options;
    options.breach = QStringLiteral("NoSuchBreach");
    QCOMPARE(TestSupport::failureOf([&] { import(write("phone\n201001234567\n"), options); }), std::optional(ErrorKind::NotFound));
    assertIndexEmpty();
}

void TestLeakImport::removeImport()
{
    const LeakImportReport report = import(write("phone\n201001234567\n"));
    LeakIndexWriter writer(m_vault->database());
    QVERIFY(writer.removeImport(report.importId));
    QVERIFY(!writer.removeImport(report.importId));
    assertIndexEmpty();
    QCOMPARE(check({QStringLiteral("+201001234567")}).first().matches.size(), 0);
}

void TestLeakImport::importHashedWithAnotherVaultsKeyIsFound()
{
    // A help desk's bundle carries imports its own vault hashed: they keep that vault's key.
    import(write("phone\n201001234567\n"));
    const QByteArray keyBytes(32, '\x5a');
    const IdentifierHasher helpDesk(SecureBuffer::copyOf(keyBytes.constData(), std::size_t(keyBytes.size())));
    const auto facebook = BreachCatalog(m_vault->database()).find(QStringLiteral("Facebook"));
    QVERIFY(facebook);
    qint64 importId = 0;
    {
        LeakIndexWriter writer(m_vault->database());
        LeakIndexWriter::ImportHeader header;
        header.breachId = facebook->id;
        header.sourceName = QStringLiteral("help-desk.csv");
        header.contentDigest = QByteArray(32, '\x01');
        header.settings = QStringLiteral("{}");
        header.rows = 2;
        header.dataClasses = {QStringLiteral("Phone numbers"), QStringLiteral("Names")};
        header.fieldSets = {3};
        header.recordsAtMost = 2;
        header.keyId = writer.keyIdFor(SecureBuffer::copyOf(keyBytes.constData(), std::size_t(keyBytes.size())));
        QCOMPARE(writer.keyIdFor(SecureBuffer::copyOf(keyBytes.constData(), std::size_t(keyBytes.size()))), header.keyId); // kept once
        std::vector<LeakIndexFormat::Record> records = {
            LeakIndexFormat::recordOf(helpDesk.hash(IdentifierKind::Phone, std::string_view("+201001234567"))),
            LeakIndexFormat::recordOf(helpDesk.hash(IdentifierKind::Phone, std::string_view("+4915123456789")))};
        std::sort(records.begin(), records.end());
        writer.begin(header);
        writer.add(records);
        importId = writer.commit().importId;
    }
    QCOMPARE(LeakIndex(m_vault->database()).import(importId)->keyId, qint64(1));

    const QList<CheckedIdentifier> results = check({QStringLiteral("+201001234567"), QStringLiteral("+4915123456789"), QStringLiteral("+33612345678")});
    QCOMPARE(results.at(0).matches.size(), 1); // in both imports of the one breach, fields merged
    QCOMPARE(results.at(0).matches.first().fields, (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Names")}));
    QCOMPARE(results.at(1).matches.size(), 1); // only in the help desk's import
    QCOMPARE(results.at(1).matches.first().breach.name, QStringLiteral("Facebook"));
    QCOMPARE(results.at(2).matches.size(), 0);

    // The key goes with the last import that needs it.
    QVERIFY(LeakIndexWriter(m_vault->database()).removeImport(importId));
    Statement keys = m_vault->database().prepare("SELECT count(*) FROM index_key;");
    QVERIFY(keys.step());
    QCOMPARE(keys.columnInt64(0), qint64(0));
    QCOMPARE(check({QStringLiteral("+4915123456789")}).first().matches.size(), 0);
}

void TestLeakImport::compactGivesTheSpaceBack()
{
    QByteArray content = "phone\n";
    for (int i = 0; i < 100000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i * 7) + "\n";
    }
    const LeakImportReport big = import(write(content));
    import(write("phone\n4915123456789\n", "small.csv"));
    QVERIFY(LeakIndexWriter(m_vault->database()).removeImport(big.importId));
    const qint64 before = QFileInfo(Vault::databasePath(m_vault->directory())).size();
    const qint64 freed = LeakIndexWriter(m_vault->database()).compact();
    const qint64 after = QFileInfo(Vault::databasePath(m_vault->directory())).size();
    QVERIFY2(freed > 500000 && before - after == freed, qPrintable(QStringLiteral("%1 -> %2, %3").arg(before).arg(after).arg(freed)));
    // The copy VACUUM makes has the vault's page size (SQLCipher 3 would give it its own
    // default and read past its buffers) and the result is whole.
    {
        Statement integrity = m_vault->database().prepare("PRAGMA integrity_check;");
        QVERIFY(integrity.step());
        QCOMPARE(integrity.columnText(0), QStringLiteral("ok"));
        Statement pageSize = m_vault->database().prepare("PRAGMA cipher_page_size;");
        QVERIFY(pageSize.step());
        QCOMPARE(pageSize.columnInt64(0), 4096);
    }
    QCOMPARE(check({QStringLiteral("+4915123456789")}).first().matches.size(), 1);
    QCOMPARE(check({QStringLiteral("+201010000007")}).first().matches.size(), 0);
    // Reopened, the vault reads as before.
    const QString directory = m_vault->directory();
    m_vault.reset();
    m_vault = Vault::open(directory, TestSupport::secret("pass"));
    QCOMPARE(check({QStringLiteral("+4915123456789")}).first().matches.size(), 1);
}

void TestLeakImport::longValuesFinishAtOnce()
{
    // No phone format given: the sample that decides it holds a 300,000-digit "number".
    const QByteArray digits(300000, '7');
    const QString path = write("phone,email,login\n201001234567,amira@example.com,amira\n" + digits + ",x" + QByteArray(300000, 'y')
                               + "@example.com," + QByteArray(300000, 'z') + "\n201112345678,,\n");
    QElapsedTimer clock;
    clock.start();
    const LeakImportReport report = import(path);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(report.invalidByKind, (std::array<std::int64_t, 3>{1, 1, 1}));
    QCOMPARE(report.invalidExamples.size(), 3);
    const QString reason = report.invalidExamples.first().reason;
    QVERIFY2(reason.contains(QLatin1String("too long")) && reason.contains(QLocale().toString(300000) + QStringLiteral(" characters"))
                 && reason.size() < 100,
             qPrintable(reason.left(200)));

    // A 10 MB line is refused whole, as quickly, naming its line.
    const QString huge = write("phone\n201001234567\n" + QByteArray(10 << 20, '7') + "\n", "huge.csv");
    clock.restart();
    try {
        import(huge);
        QFAIL("a 10 MB line was read");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().startsWith(huge + QStringLiteral(": 1 row(s) of 2 did not fit")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("line 3, a row longer than 1 MiB")), qPrintable(error.message()));
    }
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(LeakIndex(m_vault->database()).imports().size(), 1);
}

void TestLeakImport::truncatedGzipChangesNothing()
{
    QByteArray content = "phone,name\n";
    for (int i = 0; i < 150000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i) + ",Name" + QByteArray::number(i) + "\n";
    }
    const QString path = m_temp->filePath(QStringLiteral("leak.csv.gz"));
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    gzwrite(file, content.constData(), unsigned(content.size()));
    gzclose(file);
    QFile compressed(path);
    QVERIFY(compressed.open(QIODevice::ReadWrite));
    QVERIFY(compressed.resize(compressed.size() - 20)); // the trailer and a little data: gzip -t says "unexpected end of file"
    compressed.close();
    const QByteArray before = TestSupport::fingerprintOf(m_vault->directory());
    try {
        import(path);
        QFAIL("a truncated file was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("the compressed file is truncated or corrupt")), qPrintable(error.message()));
    }
    assertIndexEmpty();
    QCOMPARE(TestSupport::fingerprintOf(m_vault->directory()), before);
}

void TestLeakImport::nestedJsonLinesAreFound()
{
    const QString path = write("{\"user\":{\"contact\":{\"phone\":\"+201001234567\",\"email\":\"amira@example.com\"},\"name\":\"Amira\"},"
                               "\"tags\":[\"x\"]}\n"
                               "{\"user\":{\"contact\":{\"phone\":\"+4915123456789\"}}}\n",
                               "nested.jsonl");
    const LeakImportReport detected = import(path);
    QCOMPARE(detected.plan.mapping.dataClasses(),
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Phone numbers"), QStringLiteral("Names")}));
    QCOMPARE(detected.imported, 2);
    QCOMPARE(detected.invalidIdentifiers, 0); // no JSON text taken for a username
    const auto results = check({{IdentifierKind::Phone, QStringLiteral("+201001234567")}, {IdentifierKind::Email, QStringLiteral("amira@example.com")},
                                {IdentifierKind::Phone, QStringLiteral("+4915123456789")}},
                               QString());
    QCOMPARE(results.at(0).matches.first().fields,
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Phone numbers"), QStringLiteral("Names")}));
    QCOMPARE(results.at(1).matches.size(), 1);
    QCOMPARE(results.at(2).matches.first().fields, QStringList{QStringLiteral("Phone numbers")});

    // Named by dotted path; a list in an identifier column (after the lines that named
    // the columns) is an invalid value, never JSON text hashed.
    QByteArray lines;
    for (int i = 0; i < 1000; ++i) {
        lines += "{\"user\":{\"phone\":\"+2011" + QByteArray::number(10000000 + i) + "\"}}\n";
    }
    const QString lists = write(lines + "{\"user\":{\"phone\":[\"+201223456789\"]}}\n", "lists.jsonl");
    LeakImportOptions options;
    options.breach = QStringLiteral("WhatsAppNumberList2022");
    options.mapping.identifiers = {{IdentifierKind::Phone, QStringLiteral("user.phone")}};
    const LeakImportReport named = import(lists, options);
    QCOMPARE(named.imported, 1000);
    QCOMPARE(named.invalidByKind[0], 1);
    QVERIFY2(named.invalidExamples.first().reason.contains(QLatin1String("a list")), qPrintable(named.invalidExamples.first().reason));
}

void TestLeakImport::facebookPresetImportsAndIsFound()
{
    // The scrape's own shape: no header, colons, a last-seen time with colons of its own, often empty.
    const QString path = write("201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:"
                               "10/15/2019 12:00:00 AM:amira@example.com:\n"
                               "201112345678:100001234567891:Omar:Ali:male:Giza::Single:::omar@example.com:1/2/1990\n"
                               "201223456789:100001234567892:Mona::female:::::10/15/2019 12:00:00 AM::\n",
                               "EG.txt");
    const std::optional<LeakFormatPreset> preset = LeakFormatPreset::find(QStringLiteral("facebook-2021"));
    QVERIFY(preset);
    LeakImportOptions options;
    preset->applyTo(options);
    QCOMPARE(options.breach, QStringLiteral("Facebook"));
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.imported, 3);
    QCOMPARE(report.misfitRows, 0);
    QCOMPARE(report.invalidIdentifiers, 0); // an e-mail column holding "00" would not be valid
    QVERIFY(report.plan.newDataClasses.isEmpty());
    QCOMPARE(report.plan.preset, QStringLiteral("facebook-2021"));

    const QList<IdentifierInput> inputs = {{IdentifierKind::Phone, QStringLiteral("0100 123 4567")},
                                          {IdentifierKind::Email, QStringLiteral("amira@example.com")},
                                          {IdentifierKind::Email, QStringLiteral("omar@example.com")},
                                          {IdentifierKind::Phone, QStringLiteral("+20 122 345 6789")}};
    const auto results = check(inputs, QStringLiteral("EG"));
    QCOMPARE(results.at(0).matches.first().fields,
             (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Email addresses"), QStringLiteral("Names"), QStringLiteral("Genders"),
                          QStringLiteral("Geographic locations"), QStringLiteral("Relationship statuses"), QStringLiteral("Employers")}));
    QCOMPARE(results.at(1).matches.size(), 1);
    QVERIFY(results.at(2).matches.first().fields.contains(QStringLiteral("Dates of birth")));
    QCOMPARE(results.at(3).matches.first().fields,
             (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Names"), QStringLiteral("Genders")}));
}

void TestLeakImport::presetRowsThatDoNotFitAreCounted()
{
    const QString path = write("201001234567:1:Amira:Hassan:female:Cairo:Alexandria:Married:Acme::amira@example.com:\n"
                               "201112345678:2:Omar:Ali:male:Giza\n"                                         // 6 fields
                               "201223456789:3:Mona:Said:female:Cairo::::12:00 noon:mona@example.com:\n",   // a time it cannot read
                               "EG.txt");
    LeakImportOptions options;
    LeakFormatPreset::find(QStringLiteral("facebook-2021"))->applyTo(options);
    options.maxBadRows.rows = 2; // a sample of three rows, two of them misfits
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.skipped, 2);
    QCOMPARE(report.misfitRows, 2);
    QCOMPARE(report.skippedExamples.size(), 2);
    QCOMPARE(report.skippedExamples.at(0).line, 2);
    QCOMPARE(report.skippedExamples.at(0).reason, QStringLiteral("6 fields where the layout has 12"));
    QCOMPARE(report.skippedExamples.at(1).line, 3);
    QCOMPARE(check({QStringLiteral("+201223456789")}).first().matches.size(), 0); // never mis-mapped

    // A file of another shape altogether is refused, and nothing is left behind.
    const QString other = write("phone,name\n201001234567,Amira\n", "other.csv");
    QCOMPARE(TestSupport::failureOf([&] { import(other, options); }), std::optional(ErrorKind::RejectedInput));
    QCOMPARE(LeakIndex(m_vault->database()).imports().size(), 1);
}

void TestLeakImport::comboListWithAnyPassword()
{
    // Issue 22: passwords with the delimiter or quotes in them, a line without one.
    const QString path = write("alice@example.com:hunter2\n"
                               "bob@example.org:pa:ss:word\n"
                               "carol@example.net:\"quoted\n"
                               "dave@example.com\n",
                               "combo.txt");
    LeakImportOptions options;
    LeakFormatPreset::find(QStringLiteral("combo"))->applyTo(options);
    options.maxBadRows.rows = 1;
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.rows, 4);
    QCOMPARE(report.imported, 3);
    QCOMPARE(report.misfitRows, 1); // dave: no password field at all
    QCOMPARE(report.misfitExamples.first().line, 4);
    const QList<CheckedIdentifier> bob = check({{IdentifierKind::Email, QStringLiteral("bob@example.org")}}, QString());
    QStringList bobFields = bob.first().matches.first().fields;
    bobFields.sort();
    QCOMPARE(bobFields, (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Passwords")}));
    QVERIFY(!check({{IdentifierKind::Email, QStringLiteral("carol@example.net")}}, QString()).first().matches.isEmpty());
    // The passwords themselves are nowhere in the vault.
    const QByteArray stored = TestSupport::allBytesBelow(m_vault->directory());
    QVERIFY(!stored.contains("hunter2") && !stored.contains("pa:ss:word"));
}

void TestLeakImport::windows1252FileIsFound()
{
    // Saved by a spreadsheet on Windows: "Müller", "Zoë" in Windows-1252 bytes.
    const QString path = write("username;email\nM\xfc" "ller;mueller@example.de\nZo\xeb;zoe@example.com\n");
    const LeakImportReport report = import(path);
    QCOMPARE(report.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(report.recodedRows, 2);
    QCOMPARE(report.plan.encoding, QStringLiteral("windows-1252"));
    const auto results = check({{IdentifierKind::Username, QStringLiteral("müller")}, {IdentifierKind::Username, QStringLiteral("ZOË")}}, QString());
    QCOMPARE(results.at(0).matches.size(), 1);
    QCOMPARE(results.at(1).matches.size(), 1);
}

void TestLeakImport::semicolonExportWithGermanHeadersMapsItself()
{
    const QString path = write("Vorname;Nachname;Handynummer;E-Mail-Adresse;Geburtsdatum;Ort\n"
                               "Max;Müller;0151 23456789;max@example.de;01.02.1980;Köln\n"
                               "Eva;Schmidt, geb. Maier;0176 12345678;;;Berlin\n");
    LeakImportOptions options;
    options.region = QStringLiteral("DE");
    options.breach = QStringLiteral("WhatsAppNumberList2022");
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.plan.delimiter, ';');
    QVERIFY(report.plan.delimiterDetected);
    QVERIFY(report.plan.mappingDetected);
    QVERIFY(report.plan.mapping.unusedColumns.isEmpty());
    QCOMPARE(report.plan.phoneFormat, PhoneFormat::National);
    QCOMPARE(report.imported, 2);
    const auto results = check({{IdentifierKind::Phone, QStringLiteral("+49 176 12345678")}, {IdentifierKind::Email, QStringLiteral("max@example.de")}},
                               QString());
    QCOMPARE(results.at(0).matches.first().fields,
             (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Names"), QStringLiteral("Geographic locations")}));
    QVERIFY(results.at(1).matches.first().fields.contains(QStringLiteral("Dates of birth")));
}

void TestLeakImport::invalidIdentifiersAreReportedByKind()
{
    QByteArray content = "phone,email\n";
    for (int i = 0; i < 5; ++i) {
        content += "20100123456" + QByteArray::number(i) + ",person" + QByteArray::number(i) + "-at-example.com\n";
    }
    content += "2010,ok@example.com\n";
    LeakImportOptions options;
    options.phoneFormat = PhoneFormat::International;
    const LeakImportReport report = import(write(content), options);
    QCOMPARE(report.rows, 6);
    QCOMPARE(report.imported, 6);
    QCOMPARE(report.invalidIdentifiers, 6);
    QCOMPARE(report.invalidByKind, (std::array<std::int64_t, 3>{1, 5, 0}));
    QCOMPARE(report.invalidExamples.size(), 6);
    QCOMPARE(report.invalidExamples.first().line, 2);
    QCOMPARE(report.invalidExamples.first().kind, IdentifierKind::Email);
    QVERIFY2(!report.invalidExamples.first().reason.contains(QLatin1String("person0-at")), qPrintable(report.invalidExamples.first().reason));
    QCOMPARE(report.invalidExamples.last().kind, IdentifierKind::Phone);
    QCOMPARE(report.toJson().value(QLatin1String("invalid_by_kind")).toObject().value(QLatin1String("email")).toInt(), 5);
}

void TestLeakImport::newDataClassesAreReported()
{
    LeakImportOptions options;
    options.mapping.identifiers = {{IdentifierKind::Phone, QStringLiteral("phone")}};
    options.mapping.fields = {{QStringLiteral("Names"), {QStringLiteral("name")}}, {QStringLiteral("Bios"), {QStringLiteral("about")}}};
    const LeakImportReport report = import(write("phone,name,about\n201001234567,Amira,Hi\n"), options);
    QCOMPARE(report.plan.newDataClasses, QStringList{QStringLiteral("Bios")}); // the catalog's Facebook breach has no bios
    QCOMPARE(report.toJson().value(QLatin1String("new_data_classes")).toArray().size(), 1);
    // Kept with the import: the record says what the file holds.
    QCOMPARE(check({QStringLiteral("+201001234567")}).first().matches.first().fields,
             (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Names"), QStringLiteral("Bios")}));
}

void TestLeakImport::nothingImportableIsRejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("only a header") << QByteArray("phone,name\n") << QStringLiteral("the file has a header but no rows");
    QTest::newRow("only a header and blank lines") << QByteArray("phone,name\r\n\r\n\n") << QStringLiteral("the file has a header but no rows");
    // (The count's plural comes from the English translation, which this test does not load.)
    QTest::newRow("no valid identifier") << QByteArray("phone,name\n2010,Short\n,Nobody\n") << QStringLiteral("none of its 2 row");
}

void TestLeakImport::nothingImportableIsRejected()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = write(content);
    LeakImportOptions options;
    options.phoneFormat = PhoneFormat::International;
    try {
        import(path, options);
        QFAIL("a file without anything to import was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().startsWith(path + QStringLiteral(": ") + expected), qPrintable(error.message()));
        QVERIFY2(error.message().endsWith(QLatin1String("Nothing was imported.")), qPrintable(error.message()));
        if (expected.startsWith(QLatin1String("none of its"))) {
            QVERIFY2(error.message().contains(QLatin1String("has a valid phone number, e-mail address or username (line 2: invalid phone number")),
                     qPrintable(error.message()));
        }
    }
    assertIndexEmpty();
}

void TestLeakImport::forumSqlPresetReadsTheUsersTable()
{
    // tests/data/forum-phpbb-users.sql: a made-up phpBB dump, users between two other tables.
    const QString path = m_temp->filePath(QStringLiteral("forum.sql"));
    QVERIFY(QFile::copy(TestSupport::testDataFile(QStringLiteral("forum-phpbb-users.sql")), path));
    LeakImportOptions options;
    LeakFormatPreset::find(QStringLiteral("forum-sql-users"))->applyTo(options);
    options.breach = QStringLiteral("Facebook");
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.plan.table, QStringLiteral("phpbb_users"));
    QVERIFY(!report.plan.tableDetected);
    QCOMPARE(report.plan.format, QStringLiteral("sql"));
    QCOMPARE(report.rows, 4);
    QCOMPARE(report.imported, 4); // Anonymous is a username too
    QCOMPARE(report.rowsInOtherTables, 4);
    QCOMPARE(report.otherTables.size(), 2);
    QCOMPARE(report.otherTables.at(0).name, QStringLiteral("phpbb_posts"));
    QCOMPARE(report.otherTables.at(1).rows, 1);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("rows_in_other_tables")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("table")).toString(), QStringLiteral("phpbb_users"));
    QCOMPARE(json.value(QStringLiteral("other_tables")).toArray().at(0).toObject().value(QStringLiteral("rows")).toInt(), 3);

    const QList<CheckedIdentifier> quill = check({{IdentifierKind::Email, QStringLiteral("quill.keeper@example.com")}}, QString());
    QCOMPARE(quill.first().matches.size(), 1);
    QCOMPARE(quill.first().matches.first().fields,
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Usernames"), QStringLiteral("Passwords"), QStringLiteral("Dates of birth"),
                          QStringLiteral("IP addresses")}));
    const QList<CheckedIdentifier> moss = check({{IdentifierKind::Username, QStringLiteral("Moss_Fern")}}, QString());
    QCOMPARE(moss.first().matches.first().fields,
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Usernames"), QStringLiteral("Passwords"), QStringLiteral("IP addresses")}));
    const QByteArray stored = TestSupport::allBytesBelow(m_vault->directory());
    QVERIFY(!stored.contains("quill.keeper") && !stored.contains("$2y$10$"));

    // Another table of the same dump is another import, not "imported before".
    LeakImportOptions posts;
    posts.file.format = LeakFileFormat::Sql;
    posts.file.tables = QStringList{QStringLiteral("phpbb_zebra")};
    posts.mapping.identifiers << LeakMappingRequest::Identifier{IdentifierKind::Username, QStringLiteral("user_id")};
    const LeakImportReport zebra = import(path, posts);
    QVERIFY(!zebra.alreadyImported);
    QCOMPARE(zebra.rowsInOtherTables, 7);
}

void TestLeakImport::jsonArrayImportsAndIsFound()
{
    const QString path = write("[\n {\"user\": {\"email\": \"ann@example.com\", \"name\": \"Ann\"}},\n {\"user\": {\"email\": \"ben@example.com\"}}\n]\n",
                               "leak.json");
    const LeakImportReport report = import(path);
    QCOMPARE(report.plan.format, QStringLiteral("json"));
    QCOMPARE(report.imported, 2);
    QCOMPARE(check({{IdentifierKind::Email, QStringLiteral("ben@example.com")}}, QString()).first().matches.size(), 1);
}

QTEST_GUILESS_MAIN(TestLeakImport)
#include "TestLeakImport.moc"
