#include "ChecklistEngine.h"
#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace BreachAdvisor;

// Who gets the steps of the second round of advice: the free credit report beside the
// credit freeze, the scams that follow a phone-number leak with the country's place to
// report them, the password breach alerts the person's own devices have, and the warning
// never to download a leaked file.
class TestChecklistAudiences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale::c()); }
    void usPersonWhoseSsnLeakedGetsTheFreeReportBesideTheFreeze();
    void phoneNumberLeakBringsTheScamSteps_data();
    void phoneNumberLeakBringsTheScamSteps();
    void scamStepsComeFirstAmongTheWatchOutSteps();
    void noPhoneNumberNoScamSteps();
    void passwordLeakBringsTheAlertsOfTheirPlatforms();
    void anyLeakWarnsNotToDownloadTheFile();
    void noStepTellsAnyoneToReplyToAnUnknownSender();

private:
    static QList<PlanItem> planFor(const QStringList &fields, const QString &region, const QStringList &platforms = {});
    static QStringList ids(const QList<PlanItem> &items);
    static QString instructions(const PlanItem &item);
};

namespace {

const QStringList kScamSteps{QStringLiteral("scam-code-sent-by-mistake"), QStringLiteral("scam-new-number-relative"),
                             QStringLiteral("scam-parcel-toll-texts"), QStringLiteral("scam-spoofed-bank-police-calls"),
                             QStringLiteral("scam-account-suspension")};

} // namespace

QList<PlanItem> TestChecklistAudiences::planFor(const QStringList &fields, const QString &region, const QStringList &platforms)
{
    PlanReason reason;
    reason.breach = QStringLiteral("ExampleBreach");
    reason.title = QStringLiteral("ExampleBreach");
    reason.domain = QStringLiteral("example.com");
    reason.date = QDate(2025, 3, 1);
    reason.fields = fields;
    reason.evidence = Evidence::Confirmed;
    PlanContext context;
    context.reasons << reason;
    context.regions = region.isEmpty() ? QStringList() : QStringList{region};
    context.platforms = platforms;
    return ChecklistEngine(ChecklistRules::bundled(), DataClassTaxonomy::bundled()).plan(context);
}

QStringList TestChecklistAudiences::ids(const QList<PlanItem> &items)
{
    QStringList list;
    for (const PlanItem &item : items) {
        list << item.step->id;
    }
    return list;
}

QString TestChecklistAudiences::instructions(const PlanItem &item)
{
    return item.text.instructions.values().join(QLatin1Char(' '));
}

void TestChecklistAudiences::usPersonWhoseSsnLeakedGetsTheFreeReportBesideTheFreeze()
{
    const QList<PlanItem> items = planFor({QStringLiteral("Names"), QStringLiteral("Social security numbers"), QStringLiteral("Dates of birth")},
                                          QStringLiteral("US"));
    const QStringList planned = ids(items);
    QVERIFY2(planned.contains(QLatin1String("credit-freeze")), qPrintable(planned.join(QLatin1Char(' '))));
    QVERIFY2(planned.contains(QLatin1String("check-credit-reports")), qPrintable(planned.join(QLatin1Char(' '))));
    const PlanItem *report = TestSupport::planItem(items, QStringLiteral("check-credit-reports"));
    QVERIFY(instructions(*report).contains(QLatin1String("AnnualCreditReport.com")));
    // A family: the freeze says a child's file can be frozen too.
    const PlanItem *freeze = TestSupport::planItem(items, QStringLiteral("credit-freeze"));
    QVERIFY2(instructions(*freeze).contains(QLatin1String("child")), qPrintable(instructions(*freeze)));
    // Without an identity document leaked, no credit steps.
    QVERIFY(!ids(planFor({QStringLiteral("Email addresses")}, QStringLiteral("US"))).contains(QLatin1String("check-credit-reports")));
}

void TestChecklistAudiences::phoneNumberLeakBringsTheScamSteps_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("reportTo"); // where the country's text says to report
    QTest::newRow("United States") << QStringLiteral("US") << QStringLiteral("7726");
    QTest::newRow("United Kingdom") << QStringLiteral("GB") << QStringLiteral("7726");
    QTest::newRow("France") << QStringLiteral("FR") << QStringLiteral("33700");
    QTest::newRow("Spain") << QStringLiteral("ES") << QStringLiteral("017");
    QTest::newRow("Saudi Arabia") << QStringLiteral("SA") << QStringLiteral("330330");
    QTest::newRow("India") << QStringLiteral("IN") << QStringLiteral("1930");
    QTest::newRow("Nigeria") << QStringLiteral("NG") << QStringLiteral("622");
    QTest::newRow("Egypt") << QStringLiteral("EG") << QStringLiteral("155");
}

void TestChecklistAudiences::phoneNumberLeakBringsTheScamSteps()
{
    QFETCH(QString, region);
    QFETCH(QString, reportTo);
    const QList<PlanItem> items = planFor({QStringLiteral("Phone numbers"), QStringLiteral("Names")}, region);
    const QStringList planned = ids(items);
    for (const QString &id : kScamSteps) {
        QVERIFY2(planned.contains(id), qPrintable(id + QStringLiteral(" missing from ") + planned.join(QLatin1Char(' '))));
    }
    // The country's place to report is in the scam texts it gets.
    const PlanItem *code = TestSupport::planItem(items, QStringLiteral("scam-code-sent-by-mistake"));
    QVERIFY2(instructions(*code).contains(reportTo), qPrintable(instructions(*code)));
    for (const QString &id : kScamSteps) {
        QVERIFY(!TestSupport::planItem(items, id)->text.sources.isEmpty());
    }
}

void TestChecklistAudiences::scamStepsComeFirstAmongTheWatchOutSteps()
{
    const QStringList planned = ids(planFor({QStringLiteral("Phone numbers"), QStringLiteral("Names")}, QStringLiteral("GB")));
    const qsizetype general = planned.indexOf(QLatin1String("scam-calls-and-texts"));
    QVERIFY(general >= 0);
    for (const QString &id : kScamSteps) {
        QVERIFY2(planned.indexOf(id) < general, qPrintable(planned.join(QLatin1Char(' '))));
    }
}

void TestChecklistAudiences::noPhoneNumberNoScamSteps()
{
    const QStringList planned = ids(planFor({QStringLiteral("Email addresses"), QStringLiteral("Passwords")}, QStringLiteral("GB")));
    for (const QString &id : kScamSteps) {
        QVERIFY2(!planned.contains(id), qPrintable(id));
    }
}

void TestChecklistAudiences::passwordLeakBringsTheAlertsOfTheirPlatforms()
{
    const QList<PlanItem> android = planFor({QStringLiteral("Email addresses"), QStringLiteral("Passwords")}, QStringLiteral("DE"), {QStringLiteral("android")});
    const PlanItem *alerts = TestSupport::planItem(android, QStringLiteral("use-built-in-password-alerts"));
    QVERIFY2(alerts, qPrintable(ids(android).join(QLatin1Char(' '))));
    QVERIFY2(alerts->instructionsFor(QStringLiteral("android")).contains(QLatin1String("Password Checkup")), qPrintable(alerts->instructionsFor(QStringLiteral("android"))));
    QVERIFY(alerts->instructionsFor(QStringLiteral("iphone")).contains(QLatin1String("Security Recommendations")));
    const QString computer = alerts->instructionsFor(QStringLiteral("computer"));
    QVERIFY2(computer.contains(QLatin1String("Firefox")) && computer.contains(QLatin1String("Edge")), qPrintable(computer));
    QVERIFY(!ids(planFor({QStringLiteral("Phone numbers")}, QStringLiteral("DE"))).contains(QLatin1String("use-built-in-password-alerts")));
}

void TestChecklistAudiences::anyLeakWarnsNotToDownloadTheFile()
{
    for (const QStringList &fields : {QStringList{QStringLiteral("Phone numbers")}, QStringList{QStringLiteral("Email addresses"), QStringLiteral("Passwords")}}) {
        const QList<PlanItem> items = planFor(fields, QStringLiteral("FR"));
        const PlanItem *warning = TestSupport::planItem(items, QStringLiteral("do-not-download-leaked-files"));
        QVERIFY2(warning, qPrintable(ids(items).join(QLatin1Char(' '))));
        QVERIFY(warning->why.contains(QLatin1String("malware")));
    }
}

// A reply, even "STOP", tells a scammer the number is live: any sentence that speaks of
// replying must say not to.
void TestChecklistAudiences::noStepTellsAnyoneToReplyToAnUnknownSender()
{
    static const QRegularExpression reply(QStringLiteral("\\brepl(y|ies|ying)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression negation(QStringLiteral("\\b(not|never|only confirms)\\b"), QRegularExpression::CaseInsensitiveOption);
    QStringList offending;
    int sentencesAboutReplying = 0;
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        QList<StepText> texts{step.text};
        texts << step.byRegion.values();
        for (const StepText &text : std::as_const(texts)) {
            for (const QString &instructions : text.instructions) {
                for (const QString &sentence : instructions.split(QRegularExpression(QStringLiteral("(?<=[.!?])\\s+")))) {
                    if (!sentence.contains(reply)) {
                        continue;
                    }
                    ++sentencesAboutReplying;
                    if (!sentence.contains(negation)) {
                        offending << QStringLiteral("%1: %2").arg(step.id, sentence);
                    }
                }
            }
        }
    }
    QVERIFY2(offending.isEmpty(), qPrintable(offending.join(QLatin1Char('\n'))));
    QVERIFY(sentencesAboutReplying > 5); // the check reads the texts that warn against replying
}

QTEST_GUILESS_MAIN(TestChecklistAudiences)
#include "TestChecklistAudiences.moc"
