#include "ChecklistEngine.h"
#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

namespace {

// The countries whose people get country-specific text for reporting scams: the 14 first
// covered, and the five where the 2021 Facebook scrape hit hardest among the rest
// (Morocco, Colombia, South Africa, Algeria, Malaysia).
const char *const kReportingCountries[] = {"US", "GB", "DE", "FR", "IT", "ES", "EG", "SA", "TR", "IN",
                                           "BR", "AU", "CA", "NG", "MA", "CO", "ZA", "DZ", "MY"};

} // namespace

class TestChecklistRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledRulesAreSound();
    void validationFindsProblems_data();
    void validationFindsProblems();
    void everyCategoryIsUsed();
    void everyServiceHasTwoStepSessionsAndPrivacy();
    void everyRequiredCountryGetsSimAndReportingSteps();
    void everyCountryHasItsOwnReportingText();
    void creditFreezeOnlyWhereItExists();
    void ruleStringsAreExtractedForTranslation();
};

void TestChecklistRules::bundledRulesAreSound()
{
    const ChecklistRules &rules = ChecklistRules::bundled();
    QVERIFY(rules.steps().size() >= 40);
    const QStringList problems = rules.problems(DataClassTaxonomy::bundled());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestChecklistRules::validationFindsProblems_data()
{
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<QString>("expected");
    const QByteArray good = R"({"id": "a", "category": "password", "title": "T", "why": "W", "instructions": {"all": "I"},
                               "sources": ["https://example.org/"], "when": {"leaked_any": ["Passwords"]}})";
    QTest::newRow("duplicate id") << QByteArray("[" + good + "," + good + "]") << QStringLiteral("step \"a\": missing or duplicate id");
    QTest::newRow("unknown category") << QByteArray("[" + QByteArray(good).replace("password", "passwords") + "]")
                                      << QStringLiteral("unknown category \"passwords\"");
    QTest::newRow("no source") << QByteArray("[" + QByteArray(good).replace("\"https://example.org/\"", "") + "]")
                               << QStringLiteral("step \"a\": no source");
    QTest::newRow("source not https") << QByteArray("[" + QByteArray(good).replace("https://", "http://") + "]")
                                      << QStringLiteral("is not an https address");
    QTest::newRow("unknown class") << QByteArray("[" + QByteArray(good).replace("Passwords", "Pasword") + "]")
                                   << QStringLiteral("unknown data class \"Pasword\"");
    QTest::newRow("class misspelt") << QByteArray("[" + QByteArray(good).replace("Passwords", "passwords") + "]")
                                    << QStringLiteral("write \"passwords\" as \"Passwords\"");
    QTest::newRow("unknown service") << QByteArray("[" + QByteArray(good).replace("\"leaked_any\"", "\"services\": [\"myspace\"], \"leaked_any\"") + "]")
                                     << QStringLiteral("unknown service \"myspace\"");
    QTest::newRow("unknown region") << QByteArray("[" + QByteArray(good).replace("\"leaked_any\"", "\"regions\": [\"XX\"], \"leaked_any\"") + "]")
                                    << QStringLiteral("unknown region \"XX\"");
    QTest::newRow("unknown platform") << QByteArray("[" + QByteArray(good).replace("\"all\"", "\"windows\"") + "]")
                                      << QStringLiteral("instructions for unknown platform \"windows\"");
    QTest::newRow("reviewed date not a year-month")
        << QByteArray("[" + QByteArray(good).replace("\"when\"", "\"reviewed\": \"2026-13\", \"when\"") + "]")
        << QStringLiteral("reviewed date \"2026-13\" is not a year-month");
    QTest::newRow("country text's reviewed date not a year-month")
        << QByteArray("[" + QByteArray(good).replace("\"when\"", "\"by_region\": {\"FR\": {\"instructions\": {\"all\": \"I\"}, "
                                                                  "\"sources\": [\"https://example.org/\"], \"reviewed\": \"Nov 2026\"}}, \"when\"") + "]")
        << QStringLiteral("in FR: reviewed date \"Nov 2026\" is not a year-month");
    QTest::newRow("never shown") << QByteArray("[" + QByteArray(good).replace("\"when\": {\"leaked_any\": [\"Passwords\"]}", "\"when\": []") + "]")
                                 << QStringLiteral("has no \"when\"");
    QTest::newRow("class without step or reason") << QByteArray("[" + good + "]")
                                                  << QStringLiteral("data class \"Phone numbers\" leads to no step");
}

void TestChecklistRules::validationFindsProblems()
{
    QFETCH(QByteArray, steps);
    QFETCH(QString, expected);
    QTemporaryDir temp;
    TestSupport::writeFile(temp.filePath(QStringLiteral("rules.json")), "{\"steps\": " + steps + "}");
    const QStringList problems = ChecklistRules::load(temp.path()).problems(DataClassTaxonomy::bundled());
    QVERIFY2(problems.filter(expected).size() >= 1, qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
    QVERIFY2(problems.filter(QStringLiteral("rules.json")).size() >= 1 || expected.startsWith(QLatin1String("data class")),
             "problems name the file");
}

void TestChecklistRules::everyCategoryIsUsed()
{
    QSet<QString> used;
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        used.insert(step.category);
    }
    for (const QString &category : ChecklistRules::kCategories) {
        QVERIFY2(used.contains(category), qPrintable(category));
    }
}

void TestChecklistRules::everyServiceHasTwoStepSessionsAndPrivacy()
{
    const ChecklistRules &rules = ChecklistRules::bundled();
    const QStringList required = {QStringLiteral("whatsapp"), QStringLiteral("facebook"), QStringLiteral("instagram"),
                                  QStringLiteral("linkedin"), QStringLiteral("telegram"), QStringLiteral("signal"),
                                  QStringLiteral("x"), QStringLiteral("google"), QStringLiteral("apple"), QStringLiteral("microsoft")};
    const ChecklistEngine engine(rules, DataClassTaxonomy::bundled());
    for (const QString &service : required) {
        QVERIFY2(rules.service(service), qPrintable(service));
        // A breach at the service that leaked a phone number and e-mail address.
        PlanContext context;
        context.reasons << PlanReason{QStringLiteral("Test"), QStringLiteral("Test"), rules.service(service)->domains.value(0),
                                      QDate(2024, 1, 1), {QStringLiteral("Phone numbers"), QStringLiteral("Email addresses")}, true, {}};
        context.reasons.first().breach = rules.service(service)->breaches.value(0, QStringLiteral("Test"));
        QSet<QString> categories;
        bool mentionsService = false;
        bool endsSessions = false;
        for (const PlanItem &item : engine.plan(context)) {
            for (const StepCondition &condition : item.step->when) {
                if (condition.services.contains(service)) {
                    categories.insert(item.step->category);
                    mentionsService = true;
                    endsSessions = endsSessions || item.step->id.contains(QLatin1String("sessions"))
                                || item.step->id.contains(QLatin1String("devices"));
                }
            }
        }
        QVERIFY2(mentionsService, qPrintable(service));
        QVERIFY2(categories.contains(QStringLiteral("account-2sv")), qPrintable(service));
        QVERIFY2(categories.contains(QStringLiteral("privacy-settings")), qPrintable(service));
        // Ending sessions: a "sessions" step, or a privacy step whose (released, so unchangeable) id
        // says it also ends sessions or unlinks devices, like "telegram-sessions-and-number".
        QVERIFY2(categories.contains(QStringLiteral("sessions")) || endsSessions, qPrintable(service));
    }
}

void TestChecklistRules::everyRequiredCountryGetsSimAndReportingSteps()
{
    const ChecklistEngine engine(ChecklistRules::bundled(), DataClassTaxonomy::bundled());
    for (const char *region : kReportingCountries) {
        PlanContext context;
        context.regions << QString::fromLatin1(region);
        context.reasons << PlanReason{QStringLiteral("Leak"), QStringLiteral("Leak"), QString(), QDate(2021, 4, 3),
                                      {QStringLiteral("Phone numbers"), QStringLiteral("Names")}, true, {}};
        QSet<QString> categories;
        for (const PlanItem &item : engine.plan(context)) {
            categories.insert(item.step->category);
            QVERIFY(!item.text.instructions.isEmpty());
            QVERIFY(!item.text.sources.isEmpty());
        }
        QVERIFY2(categories.contains(QStringLiteral("sim-protection")), region);
        QVERIFY2(categories.contains(QStringLiteral("report-fraud")), region);
        QVERIFY2(categories.contains(QStringLiteral("scam-awareness")), region);
    }
}

void TestChecklistRules::everyCountryHasItsOwnReportingText()
{
    const ChecklistStep *report = ChecklistRules::bundled().step(QStringLiteral("report-scam-messages"));
    QVERIFY(report);
    for (const char *region : kReportingCountries) {
        const QString country = QString::fromLatin1(region);
        QVERIFY2(report->byRegion.contains(country), region);
        const StepText &text = report->textFor({country});
        QVERIFY2(&text != &report->text, region);
        QVERIFY2(!text.instructions.value(QStringLiteral("all")).isEmpty(), region);
    }
}

void TestChecklistRules::creditFreezeOnlyWhereItExists()
{
    const ChecklistRules &rules = ChecklistRules::bundled();
    const ChecklistStep *freeze = rules.step(QStringLiteral("credit-freeze"));
    QVERIFY(freeze);
    QVERIFY(freeze->onlyInListedRegions);
    const ChecklistEngine engine(rules, DataClassTaxonomy::bundled());
    for (const char *region : {"US", "EG"}) {
        PlanContext context;
        context.regions << QString::fromLatin1(region);
        context.reasons << PlanReason{QStringLiteral("Leak"), QStringLiteral("Leak"), QString(), QDate(2021, 4, 3),
                                      {QStringLiteral("Passport numbers")}, true, {}};
        bool hasFreeze = false;
        for (const PlanItem &item : engine.plan(context)) {
            hasFreeze = hasFreeze || item.step->id == QLatin1String("credit-freeze");
        }
        QCOMPARE(hasFreeze, qstrcmp(region, "US") == 0);
    }
}

void TestChecklistRules::ruleStringsAreExtractedForTranslation()
{
    QFile file(QStringLiteral(BREACH_ADVISOR_SOURCE_DIR "/translations/checklist_strings.cpp"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString extracted = QString::fromUtf8(file.readAll());
    const auto escaped = [](QString text) {
        return QLatin1Char('"')
             + text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""))
                   .replace(QLatin1Char('\n'), QLatin1String("\\n"))
             + QLatin1Char('"');
    };
    QStringList missing;
    const auto expect = [&](const QString &text) {
        if (!extracted.contains(escaped(text))) {
            missing << text.left(60);
        }
    };
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        expect(step.title);
        expect(step.why);
        for (const QString &text : step.text.instructions) {
            expect(text);
        }
        for (const StepText &variant : step.byRegion) {
            for (const QString &text : variant.instructions) {
                expect(text);
            }
        }
    }
    for (const NoActionNote &note : ChecklistRules::bundled().noActionNotes()) {
        expect(note.reason);
    }
    for (const DataClassInfo &info : DataClassTaxonomy::bundled().classes()) {
        if (!info.phrase.isEmpty()) {
            expect(info.phrase);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run scripts/extract-rule-strings.py; missing: ") + missing.join(QStringLiteral(" | "))));
}

QTEST_GUILESS_MAIN(TestChecklistRules)
#include "TestChecklistRules.moc"
