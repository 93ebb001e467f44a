#include "BreachCatalog.h"
#include "Error.h"
#include "LeakImporter.h"
#include "People.h"
#include "PersonalPlan.h"
#include "TestSupport.h"
#include "Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;


class TestPersonalPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void peopleAreSavedInTheVault();
    void planFromImportedLeak();
    void progressIsKeptAndReopensAfterANewBreach();
    void servicesTheyUseAddMayHaveLeaked();
    void emailAddressImpliesTheMailService();
    void unknownServiceOrStepIsRefused();

private:
    void importLeak(const QByteArray &csv, const QString &breach, const QStringList &fields);
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<Vault> m_vault;
};

void TestPersonalPlan::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = Vault::create(m_temp->filePath(QStringLiteral("vault")), TestSupport::secret("pass"), KdfParams::minimum()).vault;
    BreachCatalog(m_vault->database()).updateFromBundled();
}

void TestPersonalPlan::cleanup()
{
    m_vault.reset();
    m_temp.reset();
}

void TestPersonalPlan::importLeak(const QByteArray &csv, const QString &breach, const QStringList &fields)
{
    static int counter = 0;
    LeakImportOptions options;
    options.path = m_temp->filePath(QStringLiteral("leak-%1.csv").arg(++counter));
    TestSupport::writeFile(options.path, csv);
    options.breach = breach;
    options.phoneColumns = {QStringLiteral("phone")};
    options.fieldSpecs = fields;
    options.phoneFormat = PhoneFormat::International;
    LeakImporter(*m_vault, options).run();
}

void TestPersonalPlan::peopleAreSavedInTheVault()
{
    People people(m_vault->database());
    Person jo;
    jo.name = QStringLiteral("Jo");
    jo.country = QStringLiteral("gb");
    jo.platforms = {QStringLiteral("iphone")};
    jo.uses = {QStringLiteral("whatsapp")};
    jo.identifiers = {qMakePair(IdentifierKind::Phone, QStringLiteral("07400 123456")),
                      qMakePair(IdentifierKind::Email, QStringLiteral("jo@example.org"))};
    const Person saved = people.add(jo);
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.country, QStringLiteral("GB"));
    QCOMPARE(saved.identifiers.size(), 2);
    QCOMPARE(people.find(QStringLiteral("jo"))->platforms, QStringList{QStringLiteral("iphone")});
    QCOMPARE(TestSupport::failureOf([&] { people.add(jo); }), std::optional(ErrorKind::Usage));
    QCOMPARE(people.list().size(), 1);
    m_vault.reset();
    QVERIFY(!TestSupport::allBytesBelow(m_temp->filePath(QStringLiteral("vault"))).contains("jo@example.org"));
}

void TestPersonalPlan::planFromImportedLeak()
{
    importLeak("phone,name,about\n447400123456,Jo,Hey\n", QStringLiteral("WhatsAppNumberList2022"),
               {QStringLiteral("Names=name"), QStringLiteral("Bios=about")});
    Person jo;
    jo.name = QStringLiteral("Jo");
    jo.identifiers = {qMakePair(IdentifierKind::Phone, QStringLiteral("+44 7400 123456"))};
    const Person saved = People(m_vault->database()).add(jo);
    const PersonalPlan::Result result = PersonalPlan(*m_vault).buildFor(saved);
    QCOMPARE(result.context.regions, QStringList{QStringLiteral("GB")}); // from the number
    QVERIFY(TestSupport::planItem(result.items, QStringLiteral("whatsapp-two-step-pin")));
    QVERIFY(TestSupport::planItem(result.items, QStringLiteral("report-scam-messages"))->text.instructions.value(QStringLiteral("all")).contains(QLatin1String("7726")));
    QCOMPARE(result.items.first().status, QStringLiteral("todo"));
}

void TestPersonalPlan::progressIsKeptAndReopensAfterANewBreach()
{
    importLeak("phone,password\n447400123456,x\n", QStringLiteral("Adobe"), {QStringLiteral("Passwords=password")});
    Person jo;
    jo.name = QStringLiteral("Jo");
    jo.identifiers = {qMakePair(IdentifierKind::Phone, QStringLiteral("+44 7400 123456"))};
    const Person saved = People(m_vault->database()).add(jo);
    PersonalPlan planner(*m_vault);
    planner.mark(saved, QStringLiteral("change-breached-password"), QStringLiteral("done"), QStringLiteral("new one in the manager"));
    planner.mark(saved, QStringLiteral("sim-port-out-lock"), QStringLiteral("done"), QString());
    planner.mark(saved, QStringLiteral("use-password-manager"), QStringLiteral("skipped"), QString());

    QList<PlanItem> items = planner.buildFor(saved).items;
    QCOMPARE(TestSupport::planItem(items, QStringLiteral("change-breached-password"))->status, QStringLiteral("done"));
    QCOMPARE(TestSupport::planItem(items, QStringLiteral("change-breached-password"))->note, QStringLiteral("new one in the manager"));
    QCOMPARE(TestSupport::planItem(items, QStringLiteral("use-password-manager"))->status, QStringLiteral("skipped"));

    // The password leaks again, in another breach.
    importLeak("phone,password\n447400123456,y\n", QStringLiteral("LinkedIn"), {QStringLiteral("Passwords=password")});
    items = planner.buildFor(saved).items;
    const PlanItem *password = TestSupport::planItem(items, QStringLiteral("change-breached-password"));
    QCOMPARE(password->status, QStringLiteral("reopened"));
    QCOMPARE(password->newReasons, QStringList{QStringLiteral("LinkedIn")});
    QVERIFY(password->why.contains(QLatin1String("LinkedIn")));
    // A SIM lock stays done: a new leak of the number does not undo it.
    QCOMPARE(TestSupport::planItem(items, QStringLiteral("sim-port-out-lock"))->status, QStringLiteral("done"));

    planner.mark(saved, QStringLiteral("change-breached-password"), QStringLiteral("done"), QString());
    QCOMPARE(TestSupport::planItem(planner.buildFor(saved).items, QStringLiteral("change-breached-password"))->status, QStringLiteral("done"));
}

void TestPersonalPlan::servicesTheyUseAddMayHaveLeaked()
{
    PersonalPlan::Request request;
    request.inputs = {{IdentifierKind::Phone, QStringLiteral("+20 100 123 4567")}};
    request.uses = {QStringLiteral("Facebook")};
    const PersonalPlan::Result result = PersonalPlan(*m_vault).build(request);
    QVERIFY(result.identifiers.first().matches.isEmpty()); // nothing imported
    bool facebook = false;
    for (const PlanReason &reason : result.context.reasons) {
        facebook = facebook || (reason.breach == QLatin1String("Facebook") && !reason.certain);
    }
    QVERIFY(facebook);
    const PlanItem *twoFactor = TestSupport::planItem(result.items, QStringLiteral("facebook-two-factor"));
    QVERIFY(twoFactor);
    QVERIFY(twoFactor->why.contains(QLatin1String("may also be in Facebook (2019), a leak at a service you use")));
}

void TestPersonalPlan::emailAddressImpliesTheMailService()
{
    PersonalPlan::Request request;
    request.inputs = {{IdentifierKind::Email, QStringLiteral("someone@gmail.com")}};
    const PersonalPlan::Result result = PersonalPlan(*m_vault).build(request);
    QVERIFY(result.context.uses.contains(QStringLiteral("google")));
}

void TestPersonalPlan::unknownServiceOrStepIsRefused()
{
    PersonalPlan::Request request;
    request.uses = {QStringLiteral("MySpace")};
    QCOMPARE(TestSupport::failureOf([&] { PersonalPlan(*m_vault).build(request); }), std::optional(ErrorKind::Usage));
    request.uses.clear();
    request.platforms = {QStringLiteral("windows")};
    QCOMPARE(TestSupport::failureOf([&] { PersonalPlan(*m_vault).build(request); }), std::optional(ErrorKind::Usage));
    Person jo;
    jo.name = QStringLiteral("Jo");
    const Person saved = People(m_vault->database()).add(jo);
    QCOMPARE(TestSupport::failureOf([&] { PersonalPlan(*m_vault).mark(saved, QStringLiteral("no-such-step"), QStringLiteral("done"), {}); }),
             std::optional(ErrorKind::Usage));
}

QTEST_GUILESS_MAIN(TestPersonalPlan)
#include "TestPersonalPlan.moc"
