#include "BreachCatalog.h"
#include "Error.h"
#include "IdentifierHasher.h"
#include "IdentityCheck.h"
#include "LeakImporter.h"
#include "LeakIndex.h"
#include "LeakIndexWriter.h"
#include "SqlCipher.h"
#include "TestSupport.h"
#include "Vault.h"

#include <QDir>
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
    options.file.format = leakFileFormatFromPath(path);
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
    QByteArray content = "phone,name\n";
    for (int i = 0; i < 5000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i) + ",x\n";
    }
    content += "201099999999,\"never closed\n";
    const QString path = write(content);
    try {
        import(path);
        QFAIL("a broken file was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(path + QStringLiteral(":5002:")), qPrintable(error.message()));
    }
    assertIndexEmpty();
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

QTEST_GUILESS_MAIN(TestLeakImport)
#include "TestLeakImport.moc"
