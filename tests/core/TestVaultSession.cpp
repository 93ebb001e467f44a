#include "BreachCatalog.h"
#include "Error.h"
#include "SqlCipher.h"
#include "TestSupport.h"
#include "Vault.h"
#include "VaultSession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

// The session API both front ends use: opening, the catalog, the leak index staying
// current, checks one by one and in batches, people and plans.
class TestVaultSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createOpenAndWrongCredentials();
    void openingRefreshesTheBundledCatalog();
    void indexStaysCurrentAfterImportAndRemoval();
    void checkSummaryIsHonest();
    void batchCheckOfAThousandIdentifiers();
    void batchCheckReportsProgressAndCancels();
    void cancellingAnImportYieldsCancelled();
    void removingAnImportCanBeCancelled();
    void personValidation();
    void editAndRemovePeople();
    void planSectionsAndProgress();
    void regionsAreChecked();

private:
    QString vaultDirectory() const { return m_temp->filePath(QStringLiteral("vault")); }
    LeakImportOptions leakFile(const QByteArray &csv, const QString &breach = QStringLiteral("Facebook"));
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<VaultSession> m_session;
};

void TestVaultSession::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_session = VaultSession::create(vaultDirectory(), TestSupport::secret("pass"), KdfParams::minimum()).session;
}

void TestVaultSession::cleanup()
{
    m_session.reset();
    m_temp.reset();
}

LeakImportOptions TestVaultSession::leakFile(const QByteArray &csv, const QString &breach)
{
    static int counter = 0;
    LeakImportOptions options;
    options.path = m_temp->filePath(QStringLiteral("leak-%1.csv").arg(++counter));
    TestSupport::writeFile(options.path, csv);
    options.breach = breach;
    options.phoneFormat = PhoneFormat::International;
    options.progressIntervalMs = 0;
    return options;
}

void TestVaultSession::createOpenAndWrongCredentials()
{
    const VaultInfo info = m_session->info();
    QVERIFY(info.breaches >= 956);
    QVERIFY(!info.bundledCatalogVersion.isEmpty());
    QVERIFY(info.cipherVersion.startsWith(QLatin1String("4.")));
    m_session.reset();

    QCOMPARE(TestSupport::failureOf([&] { VaultSession::open(vaultDirectory(), TestSupport::secret("wrong")); }),
             std::optional(ErrorKind::WrongCredentials));
    QCOMPARE(TestSupport::failureOf([&] { VaultSession::open(m_temp->filePath(QStringLiteral("none")), TestSupport::secret("pass")); }),
             std::optional(ErrorKind::NotFound));
    m_session = VaultSession::open(vaultDirectory(), TestSupport::secret("pass"));
    QCOMPARE(m_session->info().vaultId, info.vaultId);
    // A second session on the same vault waits for the first to close.
    QCOMPARE(TestSupport::failureOf([&] { VaultSession::open(vaultDirectory(), TestSupport::secret("pass")); }),
             std::optional(ErrorKind::VaultInUse));
}

void TestVaultSession::openingRefreshesTheBundledCatalog()
{
    m_session.reset();
    {
        // An older app's vault: an old bundled catalog, missing a breach.
        auto vault = Vault::open(vaultDirectory(), TestSupport::secret("pass"));
        vault->database().exec("UPDATE meta SET value = '2000-01-01' WHERE key = 'bundled_catalog_version';");
        vault->database().exec("DELETE FROM breach_data_class WHERE breach_id = (SELECT id FROM breach WHERE name = 'Adobe');");
        vault->database().exec("DELETE FROM breach WHERE name = 'Adobe';");
        QVERIFY(!BreachCatalog(vault->database()).find(QStringLiteral("Adobe")));
    }
    m_session = VaultSession::open(vaultDirectory(), TestSupport::secret("pass"));
    QVERIFY(m_session->breach(QStringLiteral("Adobe")));
    QCOMPARE(m_session->info().bundledCatalogVersion, BreachCatalog::bundledVersion());
}

void TestVaultSession::indexStaysCurrentAfterImportAndRemoval()
{
    const QList<IdentifierInput> amira = {{IdentifierKind::Phone, QStringLiteral("+20 100 123 4567")}};
    QVERIFY(!m_session->check(amira).identifiers.first().found());

    const LeakImportReport report = m_session->importLeak(leakFile("phone,name\n201001234567,Amira\n"));
    const CheckReport found = m_session->check(amira); // the same session sees the import
    QVERIFY(found.identifiers.first().found());
    QCOMPARE(found.identifiers.first().matches.first().breach.name, QStringLiteral("Facebook"));
    QCOMPARE(found.identifiers.first().matches.first().breach.pwnCount, qint64(509458528)); // the match carries its breach
    QCOMPARE(m_session->indexStats().records, 1);
    QCOMPARE(m_session->indexStats().imports.first().breachName, QStringLiteral("Facebook"));

    m_session->removeImport(report.importId);
    QVERIFY(!m_session->check(amira).identifiers.first().found());
    QCOMPARE(m_session->indexStats().records, 0);
    QCOMPARE(TestSupport::failureOf([&] { m_session->removeImport(report.importId); }), std::optional(ErrorKind::NotFound));
}

void TestVaultSession::checkSummaryIsHonest()
{
    const QList<IdentifierInput> inputs = {{IdentifierKind::Phone, QStringLiteral("+20 100 123 4567")},
                                           {IdentifierKind::Email, QStringLiteral("someone@example.com")},
                                           {IdentifierKind::Phone, QStringLiteral("12")}};
    // Nothing imported: said plainly, never "nothing found".
    CheckSummary summary = m_session->check(inputs).summary;
    QCOMPARE(summary.imports, 0);
    QVERIFY2(summary.sentences().first().contains(QLatin1String("No leak files are imported")), qPrintable(summary.sentences().join(u' ')));
    QCOMPARE(summary.notChecked, 1);
    QVERIFY(summary.sentences().last().contains(QLatin1String("1 of 3 could not be checked")));

    m_session->importLeak(leakFile("phone,email\n201001234567,someone@example.com\n"));
    summary = m_session->check(inputs).summary;
    QCOMPARE(summary.found, 2);
    QCOMPARE(summary.total, 3);
    QCOMPARE(summary.breaches.size(), 1);
    QVERIFY2(summary.sentences().first().startsWith(QLatin1String("Found 2 of 3 in: Facebook.")), qPrintable(summary.sentences().first()));

    summary = m_session->check({{IdentifierKind::Email, QStringLiteral("other@example.com")}}).summary;
    QVERIFY(summary.sentences().first().contains(QLatin1String("None of these were found")));
    QVERIFY(summary.sentences().at(1).contains(QLatin1String("does not mean they never leaked")));
}

void TestVaultSession::batchCheckOfAThousandIdentifiers()
{
    QByteArray csv = "phone\n";
    for (int i = 0; i < 500; ++i) {
        csv += "2010" + QByteArray::number(10000000 + i * 13) + "\n";
    }
    m_session->importLeak(leakFile(csv));

    // 500 numbers from the file as people type them, 450 others, 40 repeats, 10 invalid.
    QList<IdentifierInput> inputs;
    for (int i = 0; i < 500; ++i) {
        inputs << IdentifierInput{IdentifierKind::Phone, QStringLiteral("0%1").arg(10LL * 100000000 + 10000000 + i * 13)};
    }
    for (int i = 0; i < 450; ++i) {
        inputs << IdentifierInput{IdentifierKind::Phone, QStringLiteral("+20 12 %1").arg(20000000 + i)};
    }
    for (int i = 0; i < 40; ++i) {
        inputs << inputs.at(i);
    }
    for (int i = 0; i < 10; ++i) {
        inputs << IdentifierInput{IdentifierKind::Phone, QStringLiteral("99%1").arg(i)};
    }
    QCOMPARE(inputs.size(), 1000);
    const CheckReport report = m_session->check(inputs, QStringLiteral("EG"));
    QCOMPARE(report.identifiers.size(), 1000);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QCOMPARE(report.identifiers.at(i).identifier.input, inputs.at(i).text); // in the order given
        const bool inFile = i < 500 || (i >= 950 && i < 990);
        QVERIFY2(report.identifiers.at(i).found() == inFile, qPrintable(inputs.at(i).text));
    }
    QCOMPARE(report.summary.found, 540);
    QCOMPARE(report.summary.notChecked, 10);
}

void TestVaultSession::batchCheckReportsProgressAndCancels()
{
    QList<IdentifierInput> inputs;
    for (int i = 0; i < 1000; ++i) {
        inputs << IdentifierInput{IdentifierKind::Email, QStringLiteral("person%1@example.com").arg(i)};
    }
    QList<qint64> seen;
    WorkControl control;
    control.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, 1000);
        seen << done;
    };
    m_session->check(inputs, {}, control);
    QVERIFY(seen.size() >= 2); // how many in between depends on how the threads share the work
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 1000);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

    // Cancelled as soon as it starts: whatever the threads did, it ends as cancelled.
    std::atomic_bool cancel = false;
    control.cancel = &cancel;
    control.progress = [&](qint64, qint64) { cancel = true; };
    QCOMPARE(TestSupport::failureOf([&] { m_session->check(inputs, {}, control); }), std::optional(ErrorKind::Cancelled));
}

void TestVaultSession::cancellingAnImportYieldsCancelled()
{
    QByteArray csv = "phone\n";
    for (int i = 0; i < 50000; ++i) {
        csv += "2010" + QByteArray::number(10000000 + i) + "\n";
    }
    std::atomic_bool cancel = false;
    const auto onProgress = [&](const LeakImportProgress &) { cancel = true; };
    try {
        m_session->importLeak(leakFile(csv), onProgress, &cancel);
        QFAIL("the import ran to its end");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Cancelled);
        QVERIFY(error.message().contains(QLatin1String("Nothing was changed")));
    }
    QVERIFY(m_session->indexStats().imports.isEmpty());
    // The session still works, and the next import goes through.
    QCOMPARE(m_session->importLeak(leakFile("phone\n201001234567\n")).records, 1);
    QVERIFY(m_session->check({{IdentifierKind::Phone, QStringLiteral("+201001234567")}}).identifiers.first().found());
}

void TestVaultSession::removingAnImportCanBeCancelled()
{
    QByteArray csv = "phone\n";
    for (int i = 0; i < 200000; ++i) {
        csv += "2010" + QByteArray::number(10000000 + i * 3) + "\n";
    }
    const LeakImportReport report = m_session->importLeak(leakFile(csv));
    std::atomic_bool cancel = false;
    WorkControl control;
    control.cancel = &cancel;
    QList<qint64> seen;
    control.progress = [&](qint64 done, qint64) {
        seen << done;
        cancel = done > 0;
    };
    QCOMPARE(TestSupport::failureOf([&] { m_session->removeImport(report.importId, control); }), std::optional(ErrorKind::Cancelled));
    QVERIFY(seen.size() >= 2);
    QCOMPARE(m_session->indexStats().records, 200000);
    QVERIFY(m_session->check({{IdentifierKind::Phone, QStringLiteral("+201010000003")}}).identifiers.first().found());

    control.cancel = nullptr;
    m_session->removeImport(report.importId, control);
    QVERIFY(m_session->indexStats().imports.isEmpty());
}

void TestVaultSession::personValidation()
{
    Person person;
    QVERIFY(People::problems(person).first().contains(QLatin1String("needs a name")));
    person.name = QStringLiteral("Amira");
    person.country = QStringLiteral("XX");
    person.platforms = {QStringLiteral("windows")};
    person.uses = {QStringLiteral("MySpace")};
    person.identifiers = {{IdentifierKind::Phone, QStringLiteral("0100 123")}, {IdentifierKind::Email, QStringLiteral("amira@")}};
    const QStringList problems = People::problems(person);
    QCOMPARE(problems.size(), 5);
    QVERIFY(problems.at(0).contains(QLatin1String("\"XX\"")));
    QVERIFY(problems.at(1).contains(QLatin1String("windows")));
    QVERIFY(problems.at(2).contains(QLatin1String("MySpace")));
    QVERIFY(problems.at(3).startsWith(QLatin1String("0100 123:")));
    QVERIFY(problems.at(4).startsWith(QLatin1String("amira@:")));
    try {
        m_session->addPerson(person);
        QFAIL("an invalid person was saved");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY(error.message().contains(QLatin1String("Nothing was saved")));
    }
    QVERIFY(m_session->people().isEmpty());

    // The same national number is right with the person's country.
    person.country = QStringLiteral("eg");
    person.platforms = {QStringLiteral("android")};
    person.uses = {QStringLiteral("whatsapp")};
    person.identifiers = {{IdentifierKind::Phone, QStringLiteral("0100 123 4567")}};
    QVERIFY(People::problems(person).isEmpty());
    QCOMPARE(m_session->addPerson(person).country, QStringLiteral("EG"));
}

void TestVaultSession::editAndRemovePeople()
{
    Person amira;
    amira.name = QStringLiteral("Amira");
    amira.identifiers = {{IdentifierKind::Phone, QStringLiteral("+20 100 123 4567")}};
    Person saved = m_session->addPerson(amira);
    Person other = amira;
    other.name = QStringLiteral("Max");
    other = m_session->addPerson(other);

    saved.name = QStringLiteral("Amira H.");
    saved.identifiers << IdentifierInput{IdentifierKind::Email, QStringLiteral("amira@example.com")};
    const Person updated = m_session->updatePerson(saved);
    QCOMPARE(updated.id, saved.id);
    QCOMPARE(updated.identifiers.size(), 2);
    QVERIFY(!m_session->person(QStringLiteral("Amira")));
    saved.name = QStringLiteral("max");
    QCOMPARE(TestSupport::failureOf([&] { m_session->updatePerson(saved); }), std::optional(ErrorKind::AlreadyExists));

    m_session->removePerson(updated);
    QCOMPARE(m_session->people().size(), 1);
    QCOMPARE(TestSupport::failureOf([&] { m_session->removePerson(updated); }), std::optional(ErrorKind::NotFound));
    QCOMPARE(TestSupport::failureOf([&] { m_session->requirePerson(QStringLiteral("Amira H.")); }), std::optional(ErrorKind::NotFound));
}

void TestVaultSession::planSectionsAndProgress()
{
    m_session->importLeak(leakFile("phone,name\n447400123456,Jo\n", QStringLiteral("WhatsAppNumberList2022")));
    Person jo;
    jo.name = QStringLiteral("Jo");
    jo.platforms = {QStringLiteral("android")};
    jo.identifiers = {{IdentifierKind::Phone, QStringLiteral("+44 7400 123456")}};
    jo = m_session->addPerson(jo);

    Plan plan = m_session->planFor(jo);
    const QList<PlanSection> sections = plan.sections();
    QVERIFY(sections.size() >= 2);
    QCOMPARE(sections.first().kind, PlanSection::Kind::DoFirst);
    QCOMPARE(sections.first().title(), QStringLiteral("Do these first"));
    qsizetype covered = 0;
    for (const PlanSection &section : sections) {
        covered += section.items.size();
        for (const qsizetype index : section.items) {
            QVERIFY(index >= 0 && index < plan.items.size());
        }
    }
    QCOMPARE(covered, plan.items.size()); // every item in exactly one section, in order
    QCOMPARE(plan.firstOpen(), &plan.items.first());

    const QString first = plan.items.first().step->id;
    m_session->markStep(jo, first, StepStatus::Done);
    plan = m_session->planFor(jo);
    QCOMPARE(plan.finishedCount(), 1);
    QCOMPARE(plan.sections().first().finished, 1);
    QVERIFY(plan.firstOpen()->step->id != first);

    const QList<PersonSummary> summaries = m_session->peopleSummaries();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().finished, 1);
    QCOMPARE(summaries.first().steps, int(plan.items.size()));

    // Text for a platform: its own when the step has one, else the general one.
    for (const PlanItem &item : plan.items) {
        QVERIFY2(!item.instructionsFor(QStringLiteral("android")).isEmpty() || !item.platformsWithOwnText().isEmpty(), qPrintable(item.step->id));
    }
}

void TestVaultSession::regionsAreChecked()
{
    QCOMPARE(TestSupport::failureOf([&] { m_session->check({{IdentifierKind::Phone, QStringLiteral("0100 123 4567")}}, QStringLiteral("XX")); }),
             std::optional(ErrorKind::Usage));
    QVERIFY(m_session->check({{IdentifierKind::Phone, QStringLiteral("0100 123 4567")}}, QStringLiteral("eg")).identifiers.first().identifier.valid);
    LeakImportOptions options = leakFile("phone\n01001234567\n");
    options.phoneFormat = PhoneFormat::National;
    options.region = QStringLiteral("ZZ");
    QCOMPARE(TestSupport::failureOf([&] { m_session->importLeak(options); }), std::optional(ErrorKind::Usage));
}

QTEST_GUILESS_MAIN(TestVaultSession)
#include "TestVaultSession.moc"
