#include "Error.h"
#include "TestSupport.h"
#include "VaultSession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

// People saved in a vault and their plans, through the session both front ends use.
class TestPersonalPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void peopleAreSavedInTheVault();
    void planFromImportedLeak();
    void progressIsKeptAndReopensAfterANewBreach();
    void notesSurviveAndStepsCanBeUndone();
    void reportedBreachesBuildThePlan();
    void servicesTheyUseAddMayHaveLeaked();
    void emailAddressImpliesTheMailService();
    void unknownServiceOrStepIsRefused();

private:
    void importLeak(const QByteArray &csv, const QString &breach, const QList<LeakMappingRequest::Field> &fields);
    Person savedJo(const QString &phone = QStringLiteral("+44 7400 123456"));
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<VaultSession> m_session;
};

void TestPersonalPlan::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_session = VaultSession::create(m_temp->filePath(QStringLiteral("vault")), TestSupport::secret("pass"), KdfParams::minimum()).session;
}

void TestPersonalPlan::cleanup()
{
    m_session.reset();
    m_temp.reset();
}

void TestPersonalPlan::importLeak(const QByteArray &csv, const QString &breach, const QList<LeakMappingRequest::Field> &fields)
{
    static int counter = 0;
    LeakImportOptions options;
    options.path = m_temp->filePath(QStringLiteral("leak-%1.csv").arg(++counter));
    TestSupport::writeFile(options.path, csv);
    options.breach = breach;
    options.mapping.identifiers = {{IdentifierKind::Phone, QStringLiteral("phone")}};
    options.mapping.fields = fields;
    options.phoneFormat = PhoneFormat::International;
    m_session->importLeak(options);
}

Person TestPersonalPlan::savedJo(const QString &phone)
{
    Person jo;
    jo.name = QStringLiteral("Jo");
    jo.identifiers = {{IdentifierKind::Phone, phone}};
    return m_session->addPerson(jo);
}

void TestPersonalPlan::peopleAreSavedInTheVault()
{
    Person jo;
    jo.name = QStringLiteral("Jo");
    jo.country = QStringLiteral("gb");
    jo.platforms = {QStringLiteral("iphone")};
    jo.uses = {QStringLiteral("whatsapp")};
    jo.identifiers = {{IdentifierKind::Phone, QStringLiteral("07400 123456")}, {IdentifierKind::Email, QStringLiteral("jo@example.org")}};
    const Person saved = m_session->addPerson(jo);
    QVERIFY(saved.id > 0);
    QCOMPARE(saved.country, QStringLiteral("GB"));
    QCOMPARE(saved.identifiers.size(), 2);
    QCOMPARE(m_session->person(QStringLiteral("jo"))->platforms, QStringList{QStringLiteral("iphone")});
    QCOMPARE(TestSupport::failureOf([&] { m_session->addPerson(jo); }), std::optional(ErrorKind::AlreadyExists));
    QCOMPARE(m_session->people().size(), 1);
    m_session.reset();
    QVERIFY(!TestSupport::allBytesBelow(m_temp->filePath(QStringLiteral("vault"))).contains("jo@example.org"));
}

void TestPersonalPlan::planFromImportedLeak()
{
    importLeak("phone,name,about\n447400123456,Jo,Hey\n", QStringLiteral("WhatsAppNumberList2022"),
               {{QStringLiteral("Names"), {QStringLiteral("name")}}, {QStringLiteral("Bios"), {QStringLiteral("about")}}});
    const Plan plan = m_session->planFor(savedJo());
    QCOMPARE(plan.context.regions, QStringList{QStringLiteral("GB")}); // from the number
    QVERIFY(plan.item(QStringLiteral("whatsapp-two-step-pin")));
    QVERIFY(plan.item(QStringLiteral("report-scam-messages"))->instructionsFor(QStringLiteral("android")).contains(QLatin1String("7726")));
    QCOMPARE(plan.items.first().status, StepStatus::Open);
    QCOMPARE(plan.identifiers.first().matches.first().breach.name, QStringLiteral("WhatsAppNumberList2022"));
}

void TestPersonalPlan::progressIsKeptAndReopensAfterANewBreach()
{
    importLeak("phone,password\n447400123456,x\n", QStringLiteral("Adobe"), {{QStringLiteral("Passwords"), {QStringLiteral("password")}}});
    const Person jo = savedJo();
    m_session->markStep(jo, QStringLiteral("change-breached-password"), StepStatus::Done, QStringLiteral("new one in the manager"));
    m_session->markStep(jo, QStringLiteral("sim-port-out-lock"), StepStatus::Done);
    m_session->markStep(jo, QStringLiteral("use-password-manager"), StepStatus::Skipped);

    Plan plan = m_session->planFor(jo);
    QCOMPARE(plan.item(QStringLiteral("change-breached-password"))->status, StepStatus::Done);
    QCOMPARE(plan.item(QStringLiteral("change-breached-password"))->note, QStringLiteral("new one in the manager"));
    QCOMPARE(plan.item(QStringLiteral("use-password-manager"))->status, StepStatus::Skipped);
    QVERIFY(plan.item(QStringLiteral("use-password-manager"))->isSetAside());
    QCOMPARE(plan.finishedCount(), 2);

    // The password leaks again, in another breach.
    importLeak("phone,password\n447400123456,y\n", QStringLiteral("LinkedIn"), {{QStringLiteral("Passwords"), {QStringLiteral("password")}}});
    plan = m_session->planFor(jo);
    const PlanItem *password = plan.item(QStringLiteral("change-breached-password"));
    QCOMPARE(password->status, StepStatus::Reopened);
    QVERIFY(password->isOpen());
    QCOMPARE(password->newReasons, QStringList{QStringLiteral("LinkedIn")});
    QVERIFY(password->why.contains(QLatin1String("LinkedIn")));
    // A SIM lock stays done: a new leak of the number does not undo it. A skipped step
    // stays skipped: it does not come back unasked.
    QCOMPARE(plan.item(QStringLiteral("sim-port-out-lock"))->status, StepStatus::Done);
    QCOMPARE(plan.item(QStringLiteral("use-password-manager"))->status, StepStatus::Skipped);

    m_session->markStep(jo, QStringLiteral("change-breached-password"), StepStatus::Done);
    QCOMPARE(m_session->planFor(jo).item(QStringLiteral("change-breached-password"))->status, StepStatus::Done);
}

void TestPersonalPlan::notesSurviveAndStepsCanBeUndone()
{
    importLeak("phone\n447400123456\n", QStringLiteral("WhatsAppNumberList2022"), {});
    const Person jo = savedJo();
    const QString step = QStringLiteral("sim-port-out-lock");
    QVERIFY(!m_session->markStep(jo, step, StepStatus::Skipped, QStringLiteral("ask EE on Monday")));
    const std::optional<StepProgress> beforeDone = m_session->markStep(jo, step, StepStatus::Done);
    QVERIFY(beforeDone);
    QCOMPARE(beforeDone->status, StepStatus::Skipped);
    QCOMPARE(m_session->planFor(jo).item(step)->note, QStringLiteral("ask EE on Monday")); // kept without a new note

    // Undo puts back what was there, and then nothing at all.
    m_session->restoreStep(jo, step, beforeDone);
    QCOMPARE(m_session->planFor(jo).item(step)->status, StepStatus::Skipped);
    m_session->restoreStep(jo, step, std::nullopt);
    QCOMPARE(m_session->planFor(jo).item(step)->status, StepStatus::Open);
    QVERIFY(m_session->planFor(jo).item(step)->note.isEmpty());

    // Back to to-do keeps the note.
    m_session->markStep(jo, step, StepStatus::Done, QStringLiteral("PIN set"));
    m_session->markStep(jo, step, StepStatus::Open);
    const PlanItem *item = m_session->planFor(jo).item(step);
    QCOMPARE(item->status, StepStatus::Open);
    QCOMPARE(item->note, QStringLiteral("PIN set"));
}

void TestPersonalPlan::reportedBreachesBuildThePlan()
{
    // Nothing imported: a notice said her Adobe password and e-mail address leaked.
    Person amira;
    amira.name = QStringLiteral("Amira");
    amira.identifiers = {{IdentifierKind::Email, QStringLiteral("amira@example.com")}};
    amira = m_session->addPerson(amira);
    QVERIFY(m_session->planFor(amira).context.reasons.isEmpty());

    m_session->reportBreach(amira, QStringLiteral("Adobe"), {QStringLiteral("email addresses"), QStringLiteral("Passwords")});
    const QList<QPair<Breach, ReportedBreach>> reported = m_session->reportedBreaches(amira);
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.first().first.name, QStringLiteral("Adobe"));
    QCOMPARE(reported.first().second.fields, (QStringList{QStringLiteral("Email addresses"), QStringLiteral("Passwords")}));

    const Plan plan = m_session->planFor(amira);
    QCOMPARE(plan.context.reasons.size(), 1);
    QCOMPARE(plan.context.reasons.first().evidence, Evidence::Reported);
    const PlanItem *password = plan.item(QStringLiteral("change-breached-password"));
    QVERIFY(password);
    QCOMPARE(password->reasons.first().evidence, Evidence::Reported);
    // What the notice did not name is not assumed: Adobe also leaked password hints.
    QVERIFY(!plan.context.reasons.first().fields.contains(QStringLiteral("Password hints")));

    QCOMPARE(TestSupport::failureOf([&] { m_session->reportBreach(amira, QStringLiteral("NoSuchBreach"), {QStringLiteral("Names")}); }),
             std::optional(ErrorKind::NotFound));
    QCOMPARE(TestSupport::failureOf([&] { m_session->reportBreach(amira, QStringLiteral("Adobe"), {}); }), std::optional(ErrorKind::Usage));
    m_session->forgetReportedBreach(amira, QStringLiteral("Adobe"));
    QVERIFY(m_session->planFor(amira).context.reasons.isEmpty());
}

void TestPersonalPlan::servicesTheyUseAddMayHaveLeaked()
{
    const Plan plan = m_session->planFor({{IdentifierKind::Phone, QStringLiteral("+20 100 123 4567")}}, {}, {QStringLiteral("Facebook")}, {});
    QVERIFY(plan.identifiers.first().matches.isEmpty()); // nothing imported
    bool facebook = false;
    for (const PlanReason &reason : plan.context.reasons) {
        facebook = facebook || (reason.breach == QLatin1String("Facebook") && reason.evidence == Evidence::Possible);
    }
    QVERIFY(facebook);
    const PlanItem *twoFactor = plan.item(QStringLiteral("facebook-two-factor"));
    QVERIFY(twoFactor);
    QVERIFY(twoFactor->why.contains(QLatin1String("may also be in Facebook (2019), a leak at a service you use")));
}

void TestPersonalPlan::emailAddressImpliesTheMailService()
{
    const Plan plan = m_session->planFor({{IdentifierKind::Email, QStringLiteral("someone@gmail.com")}}, {}, {}, {});
    QVERIFY(plan.context.uses.contains(QStringLiteral("google")));
}

void TestPersonalPlan::unknownServiceOrStepIsRefused()
{
    QCOMPARE(TestSupport::failureOf([&] { m_session->planFor({}, {}, {QStringLiteral("MySpace")}, {}); }), std::optional(ErrorKind::Usage));
    QCOMPARE(TestSupport::failureOf([&] { m_session->planFor({}, {}, {}, {QStringLiteral("windows")}); }), std::optional(ErrorKind::Usage));
    importLeak("phone\n447400123456\n", QStringLiteral("WhatsAppNumberList2022"), {});
    const Person jo = savedJo();
    QCOMPARE(TestSupport::failureOf([&] { m_session->markStep(jo, QStringLiteral("no-such-step"), StepStatus::Done); }),
             std::optional(ErrorKind::Usage));
    // A real step that is not in Jo's plan (nothing about card numbers leaked).
    QCOMPARE(TestSupport::failureOf([&] { m_session->markStep(jo, QStringLiteral("replace-payment-card"), StepStatus::Done); }),
             std::optional(ErrorKind::Usage));
}

QTEST_GUILESS_MAIN(TestPersonalPlan)
#include "TestPersonalPlan.moc"
