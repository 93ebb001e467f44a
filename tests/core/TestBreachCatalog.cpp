#include "BreachCatalog.h"
#include "BreachJson.h"
#include "DataClassTaxonomy.h"
#include "Error.h"
#include "SqlCipher.h"
#include "TestSupport.h"
#include "Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

namespace {

QByteArray breachJson(const char *name, const char *modified = "2024-01-01T00:00:00Z",
                      const char *classes = R"(["Email addresses","Passwords"])", qint64 count = 1000)
{
    return QStringLiteral(R"({"Name":"%1","Title":"%1 Inc","Domain":"%2.example","BreachDate":"2023-05-01",
        "AddedDate":"2023-06-01T10:00:00Z","ModifiedDate":"%3","PwnCount":%4,
        "Description":"Their prose about %1.","DataClasses":%5,"IsVerified":true,"IsFabricated":false,
        "IsSensitive":false,"IsRetired":false,"IsSpamList":false,"IsMalware":false,"IsStealerLog":false,
        "IsSubscriptionFree":false,"Attribution":null,"DisclosureUrl":null,"LogoPath":"x"})")
        .arg(QLatin1String(name), QString::fromLatin1(name).toLower(), QLatin1String(modified))
        .arg(count)
        .arg(QLatin1String(classes))
        .toUtf8();
}

} // namespace

class TestBreachCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newVaultHasBundledCatalog();
    void bundledCatalogCarriesFactsNotHibpProse();
    void bundledUpdateRunsOnce();
    void realHibpFileImports();
    void reimportIsIdempotent();
    void reimportUpdatesFactsAndKeepsOurFields();
    void olderFileNeverRollsBack();
    void unknownDataClassesAreKept();
    void badFilesAreRejectedWithLine_data();
    void badFilesAreRejectedWithLine();
    void addByHand();
    void factualSummary();

private:
    QString writeTemp(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<Vault> m_vault;
};

void TestBreachCatalog::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = Vault::create(m_temp->filePath(QStringLiteral("vault")), TestSupport::secret("pass"), KdfParams::minimum()).vault;
}

void TestBreachCatalog::cleanup()
{
    m_vault.reset();
    m_temp.reset();
}

QString TestBreachCatalog::writeTemp(const QByteArray &bytes)
{
    static int counter = 0;
    const QString path = m_temp->filePath(QStringLiteral("catalog-%1.json").arg(++counter));
    TestSupport::writeFile(path, bytes);
    return path;
}

void TestBreachCatalog::newVaultHasBundledCatalog()
{
    BreachCatalog catalog(m_vault->database());
    QCOMPARE(catalog.count(), 0);
    const auto summary = catalog.updateFromBundled();
    QVERIFY(summary);
    QVERIFY(summary->added >= 956);
    QVERIFY(summary->unknownDataClasses.isEmpty());
    QCOMPARE(catalog.bundledVersionInVault(), BreachCatalog::bundledVersion());

    const std::optional<Breach> facebook = catalog.find(QStringLiteral("facebook")); // names match case-insensitively
    QVERIFY(facebook);
    QCOMPARE(facebook->pwnCount, 509458528);
    QCOMPARE(facebook->breachDate, QDate(2019, 8, 1));
    QVERIFY(facebook->dataClasses.contains(QStringLiteral("Phone numbers")));
    QVERIFY(facebook->provenanceNotes.contains(QLatin1String("WhatsApp")));
    QCOMPARE(facebook->origin, Breach::Origin::Bundled);
    QCOMPARE(facebook->factsSource, QStringLiteral("hibp"));

    const std::optional<Breach> whatsapp = catalog.find(QStringLiteral("WhatsAppNumberList2022"));
    QVERIFY(whatsapp);
    QCOMPARE(whatsapp->dataClasses, QStringList{QStringLiteral("Phone numbers")});
    QVERIFY(!whatsapp->isVerified);
    QVERIFY(whatsapp->provenanceNotes.contains(QLatin1String("Not a WhatsApp breach")));
    QCOMPARE(whatsapp->factsSource, QStringLiteral("breach-advisor"));
    QVERIFY(!whatsapp->provenanceSources.isEmpty());
}

void TestBreachCatalog::bundledCatalogCarriesFactsNotHibpProse()
{
    BreachCatalog catalog(m_vault->database());
    catalog.updateFromBundled();
    for (const Breach &breach : catalog.list()) {
        QVERIFY2(breach.sourceDescription.isEmpty(), qPrintable(breach.name));
    }
}

void TestBreachCatalog::bundledUpdateRunsOnce()
{
    BreachCatalog catalog(m_vault->database());
    QVERIFY(catalog.updateFromBundled());
    QVERIFY(!catalog.updateFromBundled());
}

void TestBreachCatalog::realHibpFileImports()
{
    const QString path = TestSupport::sharedDataFile(QStringLiteral("hibp-breaches-2026-02.json"));
    if (path.isEmpty()) {
        QSKIP("../shared/data/hibp-breaches-2026-02.json is not here; the real-file import is checked only beside it");
    }
    BreachCatalog catalog(m_vault->database());
    const BreachCatalog::ImportSummary first = catalog.importFile(path);
    QCOMPARE(first.added, 955);
    QCOMPARE(catalog.count(), 955);
    QVERIFY(first.unknownDataClasses.isEmpty());
    const Breach adobe = *catalog.find(QStringLiteral("Adobe"));
    QVERIFY(adobe.sourceDescription.contains(QLatin1String("Adobe"))); // their prose, kept as theirs
    QVERIFY(adobe.dataClasses.contains(QStringLiteral("Password hints")));

    const BreachCatalog::ImportSummary second = catalog.importFile(path);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.updated, 0);
    QCOMPARE(second.unchanged, 955);
    QCOMPARE(catalog.count(), 955);
}

void TestBreachCatalog::reimportIsIdempotent()
{
    BreachCatalog catalog(m_vault->database());
    const QString path = writeTemp("[" + breachJson("Alpha") + "," + breachJson("Beta") + "]");
    QCOMPARE(catalog.importFile(path).added, 2);
    const qint64 alphaId = *catalog.idOf(QStringLiteral("Alpha"));
    const QList<Breach> before = catalog.list();
    const BreachCatalog::ImportSummary again = catalog.importFile(path);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(catalog.list(), before);
    QCOMPARE(*catalog.idOf(QStringLiteral("Alpha")), alphaId);
}

void TestBreachCatalog::reimportUpdatesFactsAndKeepsOurFields()
{
    BreachCatalog catalog(m_vault->database());
    catalog.updateFromBundled();
    const qint64 facebookId = *catalog.idOf(QStringLiteral("Facebook"));
    const Breach bundled = *catalog.find(QStringLiteral("Facebook"));
    QByteArray update = breachJson("Facebook", "2030-01-01T00:00:00Z", R"(["Phone numbers","Names"])", 600000000);
    const BreachCatalog::ImportSummary summary = catalog.importFile(writeTemp("[" + update + "]"));
    QCOMPARE(summary.updated, 1);
    const Breach updated = *catalog.find(QStringLiteral("Facebook"));
    QCOMPARE(*catalog.idOf(QStringLiteral("Facebook")), facebookId); // the index refers to this id
    QCOMPARE(updated.pwnCount, 600000000);
    QCOMPARE(updated.dataClasses, (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Names")}));
    QCOMPARE(updated.ourDescription, bundled.ourDescription);
    QCOMPARE(updated.provenanceNotes, bundled.provenanceNotes);
    QCOMPARE(updated.provenanceSources, bundled.provenanceSources);
    QCOMPARE(updated.origin, Breach::Origin::Imported);
}

void TestBreachCatalog::olderFileNeverRollsBack()
{
    BreachCatalog catalog(m_vault->database());
    catalog.importFile(writeTemp("[" + breachJson("Alpha", "2025-01-01T00:00:00Z", R"(["Names"])", 5) + "]"));
    const BreachCatalog::ImportSummary summary =
        catalog.importFile(writeTemp("[" + breachJson("Alpha", "2024-01-01T00:00:00Z", R"(["Names"])", 3) + "]"));
    QCOMPARE(summary.unchanged, 1);
    QCOMPARE(catalog.find(QStringLiteral("Alpha"))->pwnCount, 5);
}

void TestBreachCatalog::unknownDataClassesAreKept()
{
    BreachCatalog catalog(m_vault->database());
    const BreachCatalog::ImportSummary summary = catalog.importFile(
        writeTemp("[" + breachJson("Future", "2030-01-01T00:00:00Z", R"(["Email addresses","Neural implant IDs"])") + "]"));
    QCOMPARE(summary.unknownDataClasses, QStringList{QStringLiteral("Neural implant IDs")});
    const Breach future = *catalog.find(QStringLiteral("Future"));
    QCOMPARE(future.dataClasses, (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Neural implant IDs")}));
    const QJsonObject json = BreachJson::toJson(future, DataClassTaxonomy::bundled());
    const QJsonObject unknown = json.value(QLatin1String("DataClassDetails")).toArray().at(1).toObject();
    QCOMPARE(unknown.value(QLatin1String("known")).toBool(), false);
    QCOMPARE(unknown.value(QLatin1String("name")).toString(), QStringLiteral("Neural implant IDs"));
}

void TestBreachCatalog::badFilesAreRejectedWithLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // in the message, after the file name
    QTest::newRow("not json") << QByteArray("[\n{\"Name\": \"A\",\n  oops\n}]") << QStringLiteral(":3: not valid JSON");
    QTest::newRow("not a list") << QByteArray("{\"Name\":\"A\"}") << QStringLiteral(":1: not a breach catalog");
    QTest::newRow("missing name") << QByteArray("[\n" + breachJson("A") + ",\n{\"Title\":\"x\",\"BreachDate\":\"2020-01-01\",\"DataClasses\":[]}\n]")
                                  << QStringLiteral(":7: breach #2: Name is missing");
    QTest::newRow("bad date") << QByteArray("[\n" + breachJson("A").replace("2023-05-01", "May 2023") + "\n]")
                              << QStringLiteral(":2: breach #1: \"A\": BreachDate \"May 2023\" is not a date");
    QTest::newRow("negative count") << QByteArray("[" + breachJson("A", "2024-01-01T00:00:00Z", R"(["Names"])", -5) + "]")
                                    << QStringLiteral(":1: breach #1: \"A\": PwnCount is not a whole number");
    QTest::newRow("classes not a list") << QByteArray("[" + breachJson("A", "2024-01-01T00:00:00Z", "\"Names\"") + "]")
                                        << QStringLiteral("DataClasses is missing or not a list");
    QTest::newRow("flag not bool") << QByteArray("[" + breachJson("A").replace("\"IsVerified\":true", "\"IsVerified\":\"yes\"") + "]")
                                   << QStringLiteral("IsVerified is not true or false");
    QTest::newRow("duplicate name") << QByteArray("[\n" + breachJson("A") + ",\n" + breachJson("a") + "\n]")
                                    << QStringLiteral(":7: breach #2: the name \"a\" appears twice");
}

void TestBreachCatalog::badFilesAreRejectedWithLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    BreachCatalog catalog(m_vault->database());
    catalog.importFile(writeTemp("[" + breachJson("Existing") + "]"));
    const QList<Breach> before = catalog.list();
    const QString path = writeTemp(content);
    try {
        catalog.importFile(path);
        QFAIL("a bad file was accepted");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().startsWith(path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    }
    QCOMPARE(catalog.list(), before);
}

void TestBreachCatalog::addByHand()
{
    BreachCatalog catalog(m_vault->database());
    Breach breach;
    breach.name = QStringLiteral("LocalGym2025");
    breach.title = QStringLiteral("Local gym members");
    breach.breachDate = QDate(2025, 3, 1);
    breach.dataClasses = {QStringLiteral("Phone numbers"), QStringLiteral("Names")};
    breach.origin = Breach::Origin::Added;
    catalog.add(breach);
    const Breach stored = *catalog.find(QStringLiteral("LocalGym2025"));
    QCOMPARE(stored.origin, Breach::Origin::Added);
    QCOMPARE(stored.dataClasses, breach.dataClasses);
    QCOMPARE(TestSupport::failureOf([&] { catalog.add(breach); }), std::optional(ErrorKind::AlreadyExists));
    breach.name = QStringLiteral("Other");
    breach.dataClasses.clear();
    QCOMPARE(TestSupport::failureOf([&] { catalog.add(breach); }), std::optional(ErrorKind::Usage));
    QCOMPARE(catalog.count(), 1);
}

void TestBreachCatalog::factualSummary()
{
    Breach breach;
    breach.title = QStringLiteral("Example");
    breach.domain = QStringLiteral("example.com");
    breach.breachDate = QDate(2021, 4, 3);
    breach.pwnCount = 1234567;
    breach.dataClasses = {QStringLiteral("Email addresses"), QStringLiteral("Names"), QStringLiteral("Passwords")};
    breach.isVerified = true;
    QCOMPARE(breach.factualSummary(), QStringLiteral("Data of 1,234,567 accounts at Example (example.com) leaked in "
                                                     "April 2021. It included email addresses, names and passwords."));
    breach.isVerified = false;
    QVERIFY(breach.factualSummary().endsWith(QLatin1String("It has not been confirmed as genuine.")));
}

QTEST_GUILESS_MAIN(TestBreachCatalog)
#include "TestBreachCatalog.moc"
