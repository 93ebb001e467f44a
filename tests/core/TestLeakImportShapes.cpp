#include "BreachCatalog.h"
#include "Error.h"
#include "IdentifierHasher.h"
#include "IdentityCheck.h"
#include "LeakFormatPreset.h"
#include "LeakImporter.h"
#include "LeakIndex.h"
#include "LeakIndexWriter.h"
#include "SiteRegistry.h"
#include "SqlCipher.h"
#include "TestSupport.h"
#include "Vault.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

// Leak files in the shapes they circulate in (issue 22): logins that are e-mail addresses,
// phone numbers or usernames; stealer logs; the same counts every time; a dry run that
// gives the import's verdict.
class TestLeakImportShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loginColumnKeepsEachValueAsWhatItIs();
    void loginPasswordComboList();
    void stealerUrlLoginPasswordLines();
    void stealerRedlineBlocks();
    void hostOfAnAddress_data();
    void hostOfAnAddress();
    void stealerLogsKeepTheSiteOfEachLogin();
    void sameFileGivesTheSameCountsEveryTime();
    void dryRunGivesTheImportsCountsAndWritesNothing();
    void dryRunRefusesWhatTheImportRefuses();
    void headerThatLooksLikeDataIsMaskedInTheRefusal();

private:
    QString write(const QByteArray &bytes, const char *name = "leak.csv");
    LeakImportReport import(const QString &path, LeakImportOptions options);
    LeakImportOptions preset(const char *name);
    // The data classes a check finds for one identifier in the index; empty when not found.
    QStringList found(IdentifierKind kind, const QString &value);
    // The sites a check names for one identifier, sorted.
    QStringList sites(IdentifierKind kind, const QString &value);

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<Vault> m_vault;
};

void TestLeakImportShapes::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = Vault::create(m_temp->filePath(QStringLiteral("vault")), TestSupport::secret("pass"), KdfParams::minimum()).vault;
    BreachCatalog(m_vault->database()).updateFromBundled();
}

void TestLeakImportShapes::cleanup()
{
    m_vault.reset();
    m_temp.reset();
}

QString TestLeakImportShapes::write(const QByteArray &bytes, const char *name)
{
    const QString path = m_temp->filePath(QLatin1String(name));
    TestSupport::writeFile(path, bytes);
    return path;
}

LeakImportReport TestLeakImportShapes::import(const QString &path, LeakImportOptions options)
{
    options.path = path;
    if (options.breach.isEmpty()) {
        options.breach = QStringLiteral("Facebook");
    }
    return LeakImporter(*m_vault, options).run();
}

LeakImportOptions TestLeakImportShapes::preset(const char *name)
{
    LeakImportOptions options;
    const std::optional<LeakFormatPreset> layout = LeakFormatPreset::find(QLatin1String(name));
    if (!layout) {
        qFatal("no preset %s", name);
    }
    layout->applyTo(options);
    return options;
}

QStringList TestLeakImportShapes::found(IdentifierKind kind, const QString &value)
{
    const BreachCatalog catalog(m_vault->database());
    LeakIndex index(m_vault->database());
    const IdentifierHasher hasher(m_vault->identifierKey());
    const QList<CheckedIdentifier> checked = IdentityCheck(catalog, index, hasher).check({{kind, value}}, QString());
    QStringList fields;
    for (const auto &match : checked.first().matches) {
        fields << match.fields;
    }
    fields.sort();
    return fields;
}

QStringList TestLeakImportShapes::sites(IdentifierKind kind, const QString &value)
{
    const BreachCatalog catalog(m_vault->database());
    LeakIndex index(m_vault->database());
    const IdentifierHasher hasher(m_vault->identifierKey());
    const QList<CheckedIdentifier> checked = IdentityCheck(catalog, index, hasher).check({{kind, value}}, QString());
    QStringList hosts;
    for (const auto &match : checked.first().matches) {
        hosts << match.sites;
    }
    hosts.sort();
    return hosts;
}

void TestLeakImportShapes::loginColumnKeepsEachValueAsWhatItIs()
{
    const QString path = write("login,password\n"
                               "alice@example.com,x\n"
                               "+20 100 123 4567,y\n"
                               "bob99,z\n"
                               "carol@home,\n"   // not an e-mail address: a username
                               "00201001234568,w\n");
    const LeakImportReport report = import(path, {});
    QCOMPARE(report.plan.mapping.identifiers.size(), 1);
    QCOMPARE(report.plan.mapping.identifiers.first().kind, IdentifierKind::Username);
    QCOMPARE(report.imported, 5);
    QCOMPARE(report.loginKinds, (std::array<std::int64_t, 3>{2, 1, 2}));
    QCOMPARE(found(IdentifierKind::Email, QStringLiteral("Alice@Example.com")),
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Passwords")}));
    QCOMPARE(found(IdentifierKind::Phone, QStringLiteral("+201001234567")),
             (QStringList{QStringLiteral("Passwords"), QStringLiteral("Phone numbers")}));
    QCOMPARE(found(IdentifierKind::Phone, QStringLiteral("+201001234568")),
             (QStringList{QStringLiteral("Passwords"), QStringLiteral("Phone numbers")}));
    QCOMPARE(found(IdentifierKind::Username, QStringLiteral("bob99")),
             (QStringList{QStringLiteral("Passwords"), QStringLiteral("Usernames")}));
    QCOMPARE(found(IdentifierKind::Username, QStringLiteral("carol@home")), QStringList{QStringLiteral("Usernames")});
    // An e-mail address in a login column is not also a username.
    QVERIFY(found(IdentifierKind::Username, QStringLiteral("alice@example.com")).isEmpty());
    const QJsonObject json = report.toJson().value(QLatin1String("login_values")).toObject();
    QCOMPARE(json.value(QLatin1String("email")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("phone")).toInt(), 2);

    // Without a phone number among the logins, the import does not claim phone numbers
    // leaked (Adobe's catalog entry lists e-mail addresses and usernames, not phone numbers).
    LeakImportOptions adobe;
    adobe.breach = QStringLiteral("Adobe");
    const LeakImportReport second = import(write("login\ndave@example.com\neve\n", "second.csv"), adobe);
    QCOMPARE(second.plan.newDataClasses, QStringList());
    const LeakImportReport third = import(write("login\n+201001234599\n", "third.csv"), adobe);
    QCOMPARE(third.plan.newDataClasses, QStringList{QStringLiteral("Phone numbers")});
}

void TestLeakImportShapes::loginPasswordComboList()
{
    const QString path = write("alice@example.com:hunter2\n"
                               "bob99:pa:ss:word\n"
                               "+201001234567:\"quoted\n"
                               "nopassword\n",
                               "combo.txt");
    LeakImportOptions options = preset("combo");
    options.maxBadRows.rows = 1;
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.rows, 4);
    QCOMPARE(report.imported, 3);
    QCOMPARE(report.misfitRows, 1);
    QCOMPARE(found(IdentifierKind::Email, QStringLiteral("alice@example.com")),
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Passwords")}));
    QCOMPARE(found(IdentifierKind::Username, QStringLiteral("bob99")), (QStringList{QStringLiteral("Passwords"), QStringLiteral("Usernames")}));
    QCOMPARE(found(IdentifierKind::Phone, QStringLiteral("+20 100 123 4567")),
             (QStringList{QStringLiteral("Passwords"), QStringLiteral("Phone numbers")}));
    const QByteArray stored = TestSupport::allBytesBelow(m_vault->directory());
    QVERIFY(!stored.contains("hunter2") && !stored.contains("pa:ss:word"));
}

void TestLeakImportShapes::stealerUrlLoginPasswordLines()
{
    const QString path = write("https://accounts.example.com/signin/v2:alice@example.com:hunter2\n"
                               "android://Xx1_Ab==@com.whatsapp/:+201001234567:pa:ss\n"
                               "http://192.0.2.7:8080:admin99:admin\n"
                               "www.example.org|bob99|pw|with|bars\n"
                               "this line has no login\n"
                               "https://shop.example.net/account:carol@example.net:\n",
                               "stealer.txt");
    LeakImportOptions options = preset("stealer-url-login-password");
    options.maxBadRows.rows = 1;
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.rows, 6);
    QCOMPARE(report.imported, 5);
    QCOMPARE(report.misfitRows, 1);
    QCOMPARE(report.misfitExamples.first().line, 5);
    QCOMPARE(found(IdentifierKind::Email, QStringLiteral("alice@example.com")),
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Passwords")}));
    QCOMPARE(found(IdentifierKind::Phone, QStringLiteral("+201001234567")),
             (QStringList{QStringLiteral("Passwords"), QStringLiteral("Phone numbers")}));
    QVERIFY(!found(IdentifierKind::Username, QStringLiteral("admin99")).isEmpty());
    QVERIFY(!found(IdentifierKind::Username, QStringLiteral("bob99")).isEmpty());
    // An empty password: the login leaked, no password with it.
    QCOMPARE(found(IdentifierKind::Email, QStringLiteral("carol@example.net")), QStringList{QStringLiteral("Email addresses")});
    // The site is read from the address.
    LeakFileReader reader(path, options.file);
    RowBatch batch;
    QVERIFY(reader.next(&batch));
    QCOMPARE(reader.columns(), (QStringList{QStringLiteral("site"), QStringLiteral("login"), QStringLiteral("password")}));
    QCOMPARE(batch.displayText(0, 0), QStringLiteral("accounts.example.com"));
    QCOMPARE(batch.displayText(1, 0), QStringLiteral("com.whatsapp"));
    QCOMPARE(batch.displayText(1, 2), QStringLiteral("pa:ss"));
    QCOMPARE(batch.displayText(2, 0), QStringLiteral("192.0.2.7"));
    QCOMPARE(batch.displayText(2, 1), QStringLiteral("admin99"));
    QCOMPARE(batch.displayText(3, 2), QStringLiteral("pw|with|bars"));
    const QByteArray stored = TestSupport::allBytesBelow(m_vault->directory());
    QVERIFY(!stored.contains("hunter2") && !stored.contains("accounts.example.com"));
}

void TestLeakImportShapes::stealerRedlineBlocks()
{
    const QString path = write("*****************************\n"
                               "URL: https://accounts.example.com/\n"
                               "Username: alice@example.com\n"
                               "Password: hunter2\n"
                               "Application: Google_[Chrome]_Default\n"
                               "===============\n"
                               "\n"
                               "Host: https://login.example.org/\n"
                               "Login: bob99\n"
                               "Password: p: a: ss\n"
                               "URL: https://other.example.org/\n" // a record without a separator
                               "USER: +201001234567\n"
                               "PASS: pw\n"
                               "Profile: 3\n"                        // a key the layout does not have
                               "===============\n"
                               "just some text\n"                    // not Key: value
                               "URL: https://nobody.example.com/\n"
                               "Password: orphan\n",
                               "Passwords.txt");
    LeakImportOptions options = preset("stealer-redline");
    options.maxBadRows.rows = 1;
    const LeakImportReport report = import(path, options);
    QCOMPARE(report.rows, 5); // four records and the line that is not "Key: value"
    QCOMPARE(report.imported, 3);
    QCOMPARE(report.misfitRows, 1);
    QCOMPARE(report.misfitExamples.first().line, 16);
    QCOMPARE(report.rowsWithUnreadKeys, 1);
    QCOMPARE(report.unreadKeys, QStringList{QStringLiteral("profile")});
    QCOMPARE(found(IdentifierKind::Email, QStringLiteral("alice@example.com")),
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Passwords")}));
    QCOMPARE(found(IdentifierKind::Username, QStringLiteral("bob99")), (QStringList{QStringLiteral("Passwords"), QStringLiteral("Usernames")}));
    QCOMPARE(found(IdentifierKind::Phone, QStringLiteral("+201001234567")),
             (QStringList{QStringLiteral("Passwords"), QStringLiteral("Phone numbers")}));
    QVERIFY(!TestSupport::allBytesBelow(m_vault->directory()).contains("hunter2"));

    // Without the layout, the keys of the first records are the columns.
    LeakFileReader::Options plain;
    plain.format = LeakFileFormat::Blocks;
    LeakFileReader reader(path, plain);
    QCOMPARE(reader.columns().mid(0, 4), (QStringList{QStringLiteral("url"), QStringLiteral("username"), QStringLiteral("password"),
                                                      QStringLiteral("application")}));
}

void TestLeakImportShapes::hostOfAnAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::newRow("url") << "https://Accounts.Example.com/signin?next=/x" << "accounts.example.com";
    QTest::newRow("user and port") << "ftp://bob:secret@files.example.org:2121/pub" << "files.example.org";
    QTest::newRow("no scheme") << "www.example.org/login" << "www.example.org";
    QTest::newRow("android app") << "android://Xx1_Ab==@com.whatsapp/" << "com.whatsapp";
    QTest::newRow("ip and port") << "http://192.0.2.7:8080/" << "192.0.2.7";
    QTest::newRow("ipv6") << "https://[2001:db8::1]:443/" << "[2001:db8::1]";
    QTest::newRow("trailing dot") << " https://example.com./ " << "example.com";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("no host") << "https:///path" << "";
    QTest::newRow("not an address") << "chrome://<settings>" << "";
    QTest::newRow("too long") << QString(QStringLiteral("a").repeated(254)) << "";
}

void TestLeakImportShapes::hostOfAnAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, host);
    QCOMPARE(QString::fromStdString(SiteRegistry::hostOf(address.toStdString())), host);
}

void TestLeakImportShapes::stealerLogsKeepTheSiteOfEachLogin()
{
    // The same login at two sites.
    const QString lines = write("https://accounts.example.com/signin:alice@example.com:hunter2\n"
                                "https://MAIL.example.com/inbox:alice@example.com:hunter3\n"
                                "android://Xx1_Ab==@com.whatsapp/:+201001234567:pa:ss\n"
                                "https://accounts.example.com/:bob99:pw\n",
                                "stealer.txt");
    const LeakImportReport report = import(lines, preset("stealer-url-login-password"));
    QCOMPARE(report.imported, 4);
    QCOMPARE(report.plan.mapping.siteColumn, 0);
    QCOMPARE(report.sites, 3);
    QCOMPARE(report.rowsWithoutSite, 0);
    QCOMPARE(report.rowsPastSiteLimit, 0);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("sites")).toInt(), 3);
    QCOMPARE(json.value(QLatin1String("rows_without_site")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("mapping")).toObject().value(QLatin1String("site")).toString(), QStringLiteral("site"));
    QCOMPARE(sites(IdentifierKind::Email, QStringLiteral("alice@example.com")),
             (QStringList{QStringLiteral("accounts.example.com"), QStringLiteral("mail.example.com")}));
    QCOMPARE(found(IdentifierKind::Email, QStringLiteral("alice@example.com")),
             (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Passwords")}));
    QCOMPARE(sites(IdentifierKind::Phone, QStringLiteral("+201001234567")), QStringList{QStringLiteral("com.whatsapp")});
    QCOMPARE(sites(IdentifierKind::Username, QStringLiteral("bob99")), QStringList{QStringLiteral("accounts.example.com")});
    // Only the host is kept, and (like everything in the vault) encrypted.
    const QByteArray stored = TestSupport::allBytesBelow(m_vault->directory());
    QVERIFY(!stored.contains("signin") && !stored.contains("inbox") && !stored.contains("accounts.example.com"));

    // RedLine blocks: the URL key's host; a record whose address holds none is imported without.
    const QString blocks = write("URL: https://login.example.org/path\nUsername: dave99\nPassword: x\n\n"
                                 "URL: https://shop.example.net/\nUsername: dave99\nPassword: y\n\n"
                                 "URL: chrome://<settings>\nUsername: carol99\nPassword: z\n",
                                 "Passwords.txt");
    const LeakImportReport redline = import(blocks, preset("stealer-redline"));
    QCOMPARE(redline.imported, 3);
    QCOMPARE(redline.sites, 2);
    QCOMPARE(redline.rowsWithoutSite, 1);
    QCOMPARE(sites(IdentifierKind::Username, QStringLiteral("carol99")), QStringList());
    QVERIFY(!found(IdentifierKind::Username, QStringLiteral("carol99")).isEmpty());
    QCOMPARE(sites(IdentifierKind::Username, QStringLiteral("dave99")),
             (QStringList{QStringLiteral("login.example.org"), QStringLiteral("shop.example.net")}));

    // A file without a site column stores entries as before, and a check names no site.
    const LeakImportReport plain = import(write("email\nerin@example.com\n", "plain.csv"), {});
    QCOMPARE(plain.plan.mapping.siteColumn, -1);
    QVERIFY(!plain.toJson().value(QLatin1String("mapping")).toObject().contains(QLatin1String("site")));
    QCOMPARE(LeakIndex(m_vault->database()).import(plain.importId)->entrySize, 7);
    QCOMPARE(LeakIndex(m_vault->database()).import(report.importId)->entrySize, 9);
    QCOMPARE(sites(IdentifierKind::Email, QStringLiteral("erin@example.com")), QStringList());

    // Removing an import removes its sites.
    const auto siteRows = [this] {
        Statement count = m_vault->database().prepare("SELECT count(*) FROM leak_import_site;");
        count.step();
        return count.columnInt64(0);
    };
    QCOMPARE(siteRows(), 5);
    QVERIFY(LeakIndexWriter(m_vault->database()).removeImport(report.importId));
    QCOMPARE(siteRows(), 2);
    QCOMPARE(sites(IdentifierKind::Email, QStringLiteral("alice@example.com")), QStringList());
    QCOMPARE(sites(IdentifierKind::Username, QStringLiteral("dave99")).size(), 2);
}

void TestLeakImportShapes::sameFileGivesTheSameCountsEveryTime()
{
    // Numbers of a few countries with random digits and lengths: inside a range, some valid
    // and some not, in batches the threads share.
    QByteArray content = "phone\n";
    QRandomGenerator random(22);
    const char *codes[] = {"39", "49", "44", "90", "55", "7", "33", "61"};
    for (int row = 0; row < 200000; ++row) {
        content += codes[random.bounded(int(std::size(codes)))];
        content += char('1' + random.bounded(9));
        const int digits = 7 + random.bounded(4);
        for (int i = 0; i < digits; ++i) {
            content += char('0' + random.bounded(10));
        }
        content += '\n';
    }
    const QString path = write(content);
    QList<std::array<std::int64_t, 3>> counts;
    for (int run = 0; run < 3; ++run) {
        LeakImportOptions options;
        options.phoneFormat = PhoneFormat::International;
        options.threads = run == 2 ? 1 : 2;
        options.dryRun = true;
        const LeakImportReport report = import(path, options);
        counts << std::array<std::int64_t, 3>{report.imported, report.invalidIdentifiers, report.records};
        QVERIFY(report.invalidPhonesEstimated);
    }
    QVERIFY2(counts.at(0)[1] > 0, "the file has invalid numbers");
    QCOMPARE(counts.at(1), counts.at(0));
    QCOMPARE(counts.at(2), counts.at(0));
}

void TestLeakImportShapes::dryRunGivesTheImportsCountsAndWritesNothing()
{
    const QString path = write("phone,name\n201001234567,Amira\n2010,Short\n201001234568,\nnot,a,row\n");
    LeakImportOptions options;
    options.phoneFormat = PhoneFormat::International;
    options.maxBadRows.rows = 1;
    options.dryRun = true;
    const LeakImportReport dry = import(path, options);
    QVERIFY(dry.dryRun);
    QCOMPARE(dry.importId, 0);
    QVERIFY(LeakIndex(m_vault->database()).imports().isEmpty());
    QVERIFY(dry.toJson().value(QLatin1String("dry_run")).toBool());
    options.dryRun = false;
    const LeakImportReport real = import(path, options);
    QVERIFY(!real.dryRun);
    QCOMPARE(dry.rows, real.rows);
    QCOMPARE(dry.imported, real.imported);
    QCOMPARE(dry.skipped, real.skipped);
    QCOMPARE(dry.misfitRows, real.misfitRows);
    QCOMPARE(dry.invalidIdentifiers, real.invalidIdentifiers);
    QCOMPARE(dry.records, real.records);
}

void TestLeakImportShapes::dryRunRefusesWhatTheImportRefuses()
{
    // Half the rows do not fit: the plan alone saw nothing wrong; the whole read does.
    QByteArray content = "phone,name\n";
    for (int i = 0; i < 200; ++i) {
        content += "2010012345" + QByteArray::number(10 + i % 80) + (i % 2 ? ",A\n" : ",A,extra\n");
    }
    LeakImportOptions options;
    options.phoneFormat = PhoneFormat::International;
    options.dryRun = true;
    QString dryError;
    try {
        import(write(content), options);
    } catch (const Error &error) {
        dryError = error.message();
    }
    QVERIFY2(dryError.contains(QLatin1String("did not fit")), qPrintable(dryError));
    options.dryRun = false;
    QVERIFY_THROWS_EXCEPTION(Error, import(m_temp->filePath(QStringLiteral("leak.csv")), options));
    QVERIFY(LeakIndex(m_vault->database()).imports().isEmpty());
}

void TestLeakImportShapes::headerThatLooksLikeDataIsMaskedInTheRefusal()
{
    // A username:password list without a header: its first line is taken for one, nothing
    // is recognized, and the refusal must not print that line.
    const QString path = write("alice99:hunter2secret\nbob:pw\n", "list.txt");
    LeakImportOptions options;
    options.file.delimiter = ':';
    try {
        import(path, options);
        QFAIL("a file without an identifier column was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(!error.message().contains(QLatin1String("hunter2")) && !error.message().contains(QLatin1String("alice99")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("al")), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestLeakImportShapes)
#include "TestLeakImportShapes.moc"
