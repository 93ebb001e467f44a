#include "ChecklistEngine.h"
#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

namespace {

// The countries whose people get country-specific text for reporting scams: the 14 first
// covered, and the five where the 2021 Facebook scrape hit hardest among the rest
// (Morocco, Colombia, South Africa, Algeria, Malaysia).
const char *const kReportingCountries[] = {"US", "GB", "DE", "FR", "IT", "ES", "EG", "SA", "TR", "IN",
                                           "BR", "AU", "CA", "NG", "MA", "CO", "ZA", "DZ", "MY"};

// The longest instruction text in words. Most texts stay under 60 words; a few name several
// carriers or channels and need a little more. Longer than this is a page, not a step.
constexpr qsizetype kMaxInstructionWords = 70;

// Every text a person reads for a step, in every country, with where it is from.
QList<QPair<QString, QString>> visibleTexts(const ChecklistStep &step)
{
    QList<QPair<QString, QString>> texts{{step.id + QStringLiteral(" title"), step.title}, {step.id + QStringLiteral(" why"), step.why}};
    for (auto it = step.text.instructions.constBegin(); it != step.text.instructions.constEnd(); ++it) {
        texts.append({step.id + QLatin1Char(' ') + it.key(), it.value()});
    }
    for (auto region = step.byRegion.constBegin(); region != step.byRegion.constEnd(); ++region) {
        for (auto it = region->instructions.constBegin(); it != region->instructions.constEnd(); ++it) {
            texts.append({step.id + QLatin1Char(' ') + region.key() + QLatin1Char(' ') + it.key(), it.value()});
        }
    }
    return texts;
}

} // namespace

class TestChecklistRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledRulesAreSound();
    void validationFindsProblems_data();
    void validationFindsProblems();
    void countsAndFactsNeedSources_data();
    void countsAndFactsNeedSources();
    void sourcesAreSortedByCountry();
    void oneTextForAllNamesNoPlatform();
    void everyCategoryIsUsed();
    void everyServiceHasTwoStepSessionsAndPrivacy();
    void everyRequiredCountryGetsSimAndReportingSteps();
    void everyCountryHasItsOwnReportingText();
    void everyStepAndCountryTextHasSourceAndReviewedDate();
    void instructionsAreShort();
    void noUnexplainedJargon();
    void creditFreezeOnlyWhereItExists();
    void ruleStringsAreExtractedForTranslation();
    void personalMailProvidersAreKnown_data();
    void personalMailProvidersAreKnown();
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
    QTest::newRow("action not verb:target") << QByteArray("[" + QByteArray(good).replace("\"when\"", "\"does\": [\"Two Step\"], \"when\"") + "]")
                                            << QStringLiteral("\"does\" entry \"Two Step\" is not a verb or verb:target");
    QTest::newRow("leads for an unknown class") << QByteArray("[" + QByteArray(good).replace("\"when\"", "\"leads\": [\"Pasword\"], \"when\"") + "]")
                                                << QStringLiteral("unknown data class \"Pasword\"");
    QTest::newRow("why_for without a why")
        << QByteArray("[" + QByteArray(good).replace("\"when\"", "\"why_for\": [{\"fields\": [\"Passwords\"], \"why\": \"\"}], \"when\"") + "]")
        << QStringLiteral("each why_for needs fields and a why");
    QTest::newRow("names the account without %1")
        << QByteArray("[" + QByteArray(good).replace("\"when\"", "\"names_account\": true, \"when\"") + "]")
        << QStringLiteral("names_account needs %1 in the title");
    QTest::newRow("unknown mailbox") << QByteArray("[" + QByteArray(good).replace("\"leaked_any\"", "\"mailbox\": [\"office\"], \"leaked_any\"") + "]")
                                     << QStringLiteral("mailbox is \"work\" or \"personal\", not \"office\"");
}

void TestChecklistRules::countsAndFactsNeedSources_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("user count without source")
        << QByteArray(R"({"services": [{"id": "s", "name": "S", "users": [{"count": 100, "date": "2020-01"}]}]})")
        << QStringLiteral("service \"s\" users: a count needs a number above 0, a date (2019-09 or 2019) and an https source");
    QTest::newRow("user count without date")
        << QByteArray(R"({"services": [{"id": "s", "name": "S", "users": [{"count": 100, "source": "https://example.org/"}]}]})")
        << QStringLiteral("a count needs a number above 0, a date");
    QTest::newRow("country count in an unknown region")
        << QByteArray(R"({"breach_facts": [{"breach": "B", "per_country": {"XX": {"count": 5, "date": "2021", "source": "https://example.org/"}}}]})")
        << QStringLiteral("breach facts \"B\": unknown region \"XX\"");
    QTest::newRow("what a breach is, without a source")
        << QByteArray(R"({"breach_facts": [{"breach": "B", "about": "a resale"}]})")
        << QStringLiteral("breach facts \"B\": needs the breach's name, and sources for \"about\"");
}

void TestChecklistRules::countsAndFactsNeedSources()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir temp;
    TestSupport::writeFile(temp.filePath(QStringLiteral("facts.json")), json);
    const QStringList problems = ChecklistRules::load(temp.path()).problems(DataClassTaxonomy::bundled());
    QVERIFY2(problems.filter(expected).size() == 1, qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
}

void TestChecklistRules::sourcesAreSortedByCountry()
{
    const ChecklistRules &rules = ChecklistRules::bundled();
    QCOMPARE(rules.countryOfSource(QStringLiteral("https://www.ncsc.gov.uk/guidance/data-breaches")), QStringLiteral("GB"));
    QCOMPARE(rules.countryOfSource(QStringLiteral("https://www.identitytheft.gov/databreach")), QStringLiteral("US"));
    QCOMPARE(rules.countryOfSource(QStringLiteral("https://www.annualcreditreport.com")), QStringLiteral("US"));
    QCOMPARE(rules.countryOfSource(QStringLiteral("https://www.wradio.com.co/2025/08/15/x/")), QStringLiteral("CO"));
    QCOMPARE(rules.countryOfSource(QStringLiteral("https://www.facebook.com/help/148233965247823")), QString());
    QCOMPARE(rules.countryOfSource(QStringLiteral("https://faq.whatsapp.com/1131652977717250")), QString());
}

void TestChecklistRules::oneTextForAllNamesNoPlatform()
{
    // A text for every platform must not send an Android user down the desktop path: "In the
    // app ...", "On an iPhone ..." belong in the platform's own text.
    const QRegularExpression platformWords(QStringLiteral("\\b(Android|iPhone|In the app|in the app|On a computer)\\b"));
    QStringList found;
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        QList<const StepText *> texts{&step.text};
        for (const StepText &text : step.byRegion) {
            texts << &text;
        }
        for (const StepText *text : texts) {
            const QString all = text->instructions.value(QStringLiteral("all"));
            const QRegularExpressionMatch match = platformWords.match(all);
            if (match.hasMatch()) {
                found << QStringLiteral("%1: \"%2\" in the text for all platforms").arg(step.id, match.captured());
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
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

void TestChecklistRules::personalMailProvidersAreKnown_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("personal");
    QTest::newRow("Gmail, a service's mail domain") << QStringLiteral("gmail.com") << true;
    QTest::newRow("Orange in France") << QStringLiteral("orange.fr") << true;
    QTest::newRow("Yahoo under a country's ending") << QStringLiteral("yahoo.co.uk") << true;
    QTest::newRow("Hotmail in Turkey") << QStringLiteral("hotmail.com.tr") << true;
    QTest::newRow("upper case") << QStringLiteral("Libero.IT") << true;
    QTest::newRow("a company") << QStringLiteral("smalloffice.example") << false;
    QTest::newRow("a university") << QStringLiteral("cs.example.edu") << false;
    QTest::newRow("a brand's name inside a company's domain") << QStringLiteral("live.bigcorp.com") << false;
    QTest::newRow("a brand's name as a company's subdomain") << QStringLiteral("yahoo.example.com") << false;
}

void TestChecklistRules::personalMailProvidersAreKnown()
{
    QFETCH(QString, domain);
    QFETCH(bool, personal);
    QCOMPARE(ChecklistRules::bundled().isPersonalMailDomain(domain), personal);
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
                                      QDate(2024, 1, 1), {QStringLiteral("Phone numbers"), QStringLiteral("Email addresses")}, Evidence::Confirmed, {}};
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
                                      {QStringLiteral("Phone numbers"), QStringLiteral("Names")}, Evidence::Confirmed, {}};
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

void TestChecklistRules::everyStepAndCountryTextHasSourceAndReviewedDate()
{
    const QRegularExpression yearMonth(QStringLiteral("^20\\d\\d-(0[1-9]|1[0-2])$"));
    QStringList missing;
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        if (!yearMonth.match(step.reviewed).hasMatch()) {
            missing << step.id + QStringLiteral(": no reviewed date");
        }
        if (!step.onlyInListedRegions && step.text.sources.isEmpty()) {
            missing << step.id + QStringLiteral(": no source");
        }
        for (auto it = step.byRegion.constBegin(); it != step.byRegion.constEnd(); ++it) {
            if (it->sources.isEmpty()) {
                missing << step.id + QLatin1Char(' ') + it.key() + QStringLiteral(": no source");
            }
            if (!yearMonth.match(it->reviewed).hasMatch()) {
                missing << step.id + QLatin1Char(' ') + it.key() + QStringLiteral(": no reviewed date");
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestChecklistRules::instructionsAreShort()
{
    QStringList tooLong;
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        for (const auto &[where, text] : visibleTexts(step)) {
            const qsizetype words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
            if (words > kMaxInstructionWords) {
                tooLong << QStringLiteral("%1: %2 words").arg(where).arg(words);
            }
        }
    }
    QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QLatin1Char('\n'))));
}

void TestChecklistRules::noUnexplainedJargon()
{
    // "port-out" stays in the step id sim-port-out-lock (ids never change) but not in what
    // people read: say "moving your number to another company".
    QStringList found;
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        for (const auto &[where, text] : visibleTexts(step)) {
            if (text.contains(QLatin1String("port-out"), Qt::CaseInsensitive)) {
                found << QStringLiteral("%1: say \"moving your number to another company\", not \"port-out\"").arg(where);
            }
            // Abbreviations that need a few words of explanation: the term is itself inside the
            // brackets of an explanation, or an explanation in brackets follows it.
            for (const QString &term : {QStringLiteral("TAFCOP"), QStringLiteral("DSGVO"), QStringLiteral("GDPR")}) {
                const qsizetype at = text.indexOf(term);
                if (at < 0) {
                    continue;
                }
                const bool insideBrackets = text.lastIndexOf(QLatin1Char('('), at) > text.lastIndexOf(QLatin1Char(')'), at);
                const bool explainedAfter = text.mid(at + term.size(), 2) == QLatin1String(" (");
                if (!insideBrackets && !explainedAfter) {
                    found << QStringLiteral("%1: explain %2").arg(where, term);
                }
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
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
                                      {QStringLiteral("Passport numbers")}, Evidence::Confirmed, {}};
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
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        for (const WhyVariant &variant : step.whyFor) {
            expect(variant.why);
        }
    }
    for (const BreachFacts &facts : ChecklistRules::bundled().breachFacts()) {
        if (!facts.about.isEmpty()) {
            expect(facts.about);
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
