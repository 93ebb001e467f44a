#include "Error.h"
#include "TestSupport.h"
#include "VaultSession.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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
    void unknownServiceIsWarnedAboutAndLeftOut();
    void unknownPlatformOrStepIsRefused();
    void egyptianGrandmotherGetsAShortPlan();
    void foundNowhereGetsGoodHabits();
    void handFlaggedStealerLogCleansTheDevice();
    void knownPasswordLeadsThePlanAndKeepsNothingOfIt();

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
    QCOMPARE(password->newReasonTitles(), QStringList{QStringLiteral("LinkedIn (2012)")}); // as a person reads it
    QVERIFY(password->why.contains(QLatin1String("LinkedIn")));
    // The note was written when the step was done, before the new breach.
    QVERIFY(password->noteIsFromBefore());
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
    const Plan plan = m_session->planFor(jo);
    const PlanItem *item = plan.item(step);
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
    QCOMPARE(twoFactor->reasons.first().likelihood, Likelihood::Likely);
    QVERIFY2(twoFactor->reasons.first().likelihoodText.startsWith(QLatin1String("about 44.8 million of its records came from Egypt, as reported")),
             qPrintable(twoFactor->reasons.first().likelihoodText));
    // Told in full with the first step, then in short.
    QVERIFY2(plan.items.first().why.contains(QLatin1String("may have leaked in Facebook (2019): about 44.8 million")), qPrintable(plan.items.first().why));
    QVERIFY2(twoFactor->why.contains(QLatin1String("may have leaked in Facebook (2019), which is likely.")), qPrintable(twoFactor->why));
}

void TestPersonalPlan::emailAddressImpliesTheMailService()
{
    const Plan plan = m_session->planFor({{IdentifierKind::Email, QStringLiteral("someone@gmail.com")}}, {}, {}, {});
    QVERIFY(plan.context.uses.contains(QStringLiteral("google")));
}

void TestPersonalPlan::unknownServiceIsWarnedAboutAndLeftOut()
{
    const Plan plan = m_session->planFor({{IdentifierKind::Phone, QStringLiteral("+44 7400 123456")}}, {},
                                         {QStringLiteral("MySpace"), QStringLiteral("WhatsApp")}, {});
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY2(plan.warnings.first().startsWith(QLatin1String("\"MySpace\" is not a service the checklist knows")), qPrintable(plan.warnings.first()));
    QCOMPARE(plan.context.uses, QStringList{QStringLiteral("whatsapp")}); // the rest of the request still counts
    QVERIFY(plan.item(QStringLiteral("whatsapp-two-step-pin")));
}

void TestPersonalPlan::unknownPlatformOrStepIsRefused()
{
    QCOMPARE(TestSupport::failureOf([&] { m_session->planFor({}, {}, {}, {QStringLiteral("windows")}); }), std::optional(ErrorKind::Usage));
    importLeak("phone\n447400123456\n", QStringLiteral("WhatsAppNumberList2022"), {});
    const Person jo = savedJo();
    QCOMPARE(TestSupport::failureOf([&] { m_session->markStep(jo, QStringLiteral("no-such-step"), StepStatus::Done); }),
             std::optional(ErrorKind::Usage));
    // A real step that is not in Jo's plan (nothing about card numbers leaked).
    QCOMPARE(TestSupport::failureOf([&] { m_session->markStep(jo, QStringLiteral("replace-payment-card"), StepStatus::Done); }),
             std::optional(ErrorKind::Usage));
}

void TestPersonalPlan::egyptianGrandmotherGetsAShortPlan()
{
    // Her number, name and gender are in the 2021 Facebook scrape; she uses WhatsApp and Facebook on Android.
    importLeak("phone,name,gender\n201001234567,Amira,female\n", QStringLiteral("Facebook"),
               {{QStringLiteral("Names"), {QStringLiteral("name")}}, {QStringLiteral("Genders"), {QStringLiteral("gender")}}});
    Person amira;
    amira.name = QStringLiteral("Amira");
    amira.country = QStringLiteral("EG");
    amira.uses = {QStringLiteral("WhatsApp"), QStringLiteral("Facebook")};
    amira.platforms = {QStringLiteral("android")};
    amira.identifiers = {{IdentifierKind::Phone, QStringLiteral("0100 123 4567")}};
    const Plan plan = m_session->planFor(m_session->addPerson(amira));

    // No password or e-mail of hers leaked: no password step, and Facebook Marketplace (77,267
    // accounts) is one "if you used" line.
    int minutes = 0;
    for (const PlanItem &item : plan.items) {
        QVERIFY2(item.step->category != QLatin1String("password") || item.step->general, qPrintable(item.step->id));
        minutes += item.step->minutes;
    }
    // Before: 21 steps, 137 minutes, password steps first. Now 15 caused by what leaked, and the general
    // tips, and the five short steps, one per scam that follows a phone-number leak (issue 18).
    QVERIFY2(plan.items.size() - plan.evidenceCounts().general <= 20, qPrintable(QString::number(plan.items.size())));
    QVERIFY2(minutes < 137, qPrintable(QString::number(minutes)));
    QCOMPARE(plan.ifYouUsed.size(), 1);
    QCOMPARE(plan.ifYouUsed.first().reason.breach, QStringLiteral("FacebookMarketplace"));

    // First: WhatsApp's PIN and the SIM lock for her number, and Facebook's two-factor.
    QStringList first;
    for (const PlanItem &item : plan.items) {
        if (item.doFirst) {
            first << item.step->id;
        }
    }
    QCOMPARE(first, (QStringList{QStringLiteral("whatsapp-two-step-pin"), QStringLiteral("sim-port-out-lock"), QStringLiteral("facebook-two-factor")}));
    // The confirmed record comes before the possibility, which says what the 2022 list is.
    const PlanItem *pin = plan.item(QStringLiteral("whatsapp-two-step-pin"));
    QCOMPARE(pin->reasons.first().evidence, Evidence::Confirmed);
    // The 2022 list resold the 2021 scrape she was found in: one event, named together.
    QVERIFY2(pin->why.contains(QStringLiteral("Your phone number leaked in Facebook (2019), the same leak as “WhatsApp” phone number list (2022).")),
             qPrintable(pin->why));
    QCOMPARE(pin->reasons.size(), 1);
    QVERIFY(plan.item(QStringLiteral("facebook-two-factor"))->instructionsFor(QStringLiteral("android")).startsWith(QLatin1String("In the Facebook app")));
    QVERIFY(plan.evidenceSummary().contains(QLatin1String("from leaks your details were found in")));
}

void TestPersonalPlan::foundNowhereGetsGoodHabits()
{
    const Plan plan = m_session->planFor({{IdentifierKind::Email, QStringLiteral("someone@example.org")}}, {},
                                         {QStringLiteral("Google"), QStringLiteral("Apple"), QStringLiteral("Microsoft")}, {});
    QVERIFY(plan.context.reasons.isEmpty());
    QVERIFY(plan.isBaseline());
    QVERIFY(plan.items.size() >= 3);
    QVERIFY(plan.item(QStringLiteral("password-manager-general")));
}

void TestPersonalPlan::handFlaggedStealerLogCleansTheDevice()
{
    // A breach the catalog does not have, added by hand as a stealer log.
    Breach logs;
    logs.name = QStringLiteral("CourierLogs2026");
    logs.title = QStringLiteral("Courier stealer logs");
    logs.breachDate = QDate(2026, 3, 1);
    logs.dataClasses = {QStringLiteral("Phone numbers"), QStringLiteral("Passwords")};
    logs.isStealerLog = true;
    const Breach added = m_session->addBreach(logs);
    QVERIFY(added.isStealerLog);
    QVERIFY(m_session->breach(QStringLiteral("CourierLogs2026"))->isStealerLog);

    importLeak("phone,password\n447400123456,x\n", QStringLiteral("CourierLogs2026"), {{QStringLiteral("Passwords"), {QStringLiteral("password")}}});
    const Plan plan = m_session->planFor(savedJo());
    QCOMPARE(plan.items.first().step->id, QStringLiteral("clean-infected-device"));
    QVERIFY(plan.items.first().doFirst);
    QVERIFY(!plan.item(QStringLiteral("change-breached-password"))); // cleaning the device includes it
}

void TestPersonalPlan::knownPasswordLeadsThePlanAndKeepsNothingOfIt()
{
    // Found nowhere, but a password she checked is in the list of leaked passwords.
    Person amira;
    amira.name = QStringLiteral("Amira");
    amira.identifiers = {{IdentifierKind::Email, QStringLiteral("amira@example.com")}};
    amira = m_session->addPerson(amira);
    QVERIFY(!m_session->knownPassword(amira));
    QVERIFY(!m_session->planFor(amira).item(QStringLiteral("change-known-password")));

    m_session->recordKnownPassword(amira, 5, {QStringLiteral("google"), QStringLiteral("Facebook")});
    const std::optional<KnownPassword> known = m_session->knownPassword(amira);
    QVERIFY(known);
    QCOMPARE(known->seenClass, 5);
    QCOMPARE(known->usedAt, (QStringList{QStringLiteral("google"), QStringLiteral("facebook")}));
    QVERIFY(known->foundAt.isValid());

    Plan plan = m_session->planFor(amira);
    const PlanItem *change = plan.item(QStringLiteral("change-known-password"));
    QVERIFY(change);
    QVERIFY(change->doFirst);
    QCOMPARE(plan.items.first().step->id, QStringLiteral("change-known-password"));
    QVERIFY2(change->why.contains(QStringLiteral("10,000")), qPrintable(change->why));
    QVERIFY2(change->why.contains(QStringLiteral("Google, Facebook")), qPrintable(change->why));
    // It is no breach: no breach's steps come from it (no "change your password at ..."), and
    // the person's services' steps come only from what they use.
    QVERIFY(!plan.item(QStringLiteral("change-breached-password")));
    QVERIFY(!plan.item(QStringLiteral("review-sessions-after-password-leak")));
    QVERIFY(plan.item(QStringLiteral("use-password-manager")));
    QVERIFY(!plan.isBaseline());

    // Found again: the higher class and both sets of services are kept.
    m_session->recordKnownPassword(amira, 2, {QStringLiteral("x")});
    QCOMPARE(m_session->knownPassword(amira)->seenClass, 5);
    QCOMPARE(m_session->knownPassword(amira)->usedAt, (QStringList{QStringLiteral("google"), QStringLiteral("facebook"), QStringLiteral("x")}));
    QCOMPARE(TestSupport::failureOf([&] { m_session->recordKnownPassword(amira, 8, {}); }), std::optional(ErrorKind::Usage));
    QCOMPARE(TestSupport::failureOf([&] { m_session->recordKnownPassword(amira, 1, {QStringLiteral("nosuchservice")}); }),
             std::optional(ErrorKind::Usage));

    // Marked done, it stays done; a password of theirs found after that reopens it (they
    // still use a leaked one somewhere); forgotten, the step goes.
    m_session->markStep(amira, QStringLiteral("change-known-password"), StepStatus::Done);
    QCOMPARE(m_session->planFor(amira).item(QStringLiteral("change-known-password"))->status, StepStatus::Done);
    QThread::msleep(5); // the finding is timed to the millisecond
    m_session->recordKnownPassword(amira, 1, {});
    const Plan again = m_session->planFor(amira);
    QCOMPARE(again.item(QStringLiteral("change-known-password"))->status, StepStatus::Reopened);
    QCOMPARE(again.item(QStringLiteral("change-known-password"))->newReasons, QStringList{QLatin1String(PlanReason::kKnownPassword)});
    QCOMPARE(again.item(QStringLiteral("change-known-password"))->newReasonTitles(), QStringList{QStringLiteral("the list of leaked passwords")});
    m_session->markStep(amira, QStringLiteral("change-known-password"), StepStatus::Done);
    QCOMPARE(m_session->planFor(amira).item(QStringLiteral("change-known-password"))->status, StepStatus::Done);
    m_session->forgetKnownPassword(amira);
    QVERIFY(!m_session->knownPassword(amira));
    QVERIFY(!m_session->planFor(amira).item(QStringLiteral("change-known-password")));
}

QTEST_GUILESS_MAIN(TestPersonalPlan)
#include "TestPersonalPlan.moc"
