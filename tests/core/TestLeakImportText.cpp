#include "LeakFormatPreset.h"
#include "LeakImportText.h"
#include "Translations.h"

#include <QTest>

using namespace BreachAdvisor;

// An import's report in words: every finding, each count in full, one or many.
class TestLeakImportText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "3,000,000,000"
        Translations::install(QLocale::c());
    }
    void everyFindingIsSaid();
    void oneOrMany();
    void billionsAreCountedInFull();
    void plainHeadlineWhenNothingIsLost();
};

namespace {

QStringList texts(const LeakImportReport &report)
{
    QStringList lines;
    for (const LeakImportTextSection &section : LeakImportText::report(report, QStringLiteral("Facebook"))) {
        lines << section.text;
    }
    return lines;
}

} // namespace

void TestLeakImportText::everyFindingIsSaid()
{
    LeakImportReport report;
    report.rows = 10;
    report.imported = 5;
    report.skipped = 5;
    report.invalidIdentifiers = 3;
    report.invalidByKind = { 2, 1, 0 };
    report.invalidExamples = { { 4, IdentifierKind::Phone, QStringLiteral("invalid phone number •••• (too short)") } };
    report.skippedExamples = { { 4, QStringLiteral("invalid phone number •••• (too short)") } };
    report.misfitRows = 2;
    report.plan.preset = QStringLiteral("facebook-2021");
    report.recodedRows = 2;
    report.rowsWithUnreadKeys = 2;
    report.unreadKeys = { QStringLiteral("extra") };
    const QList<LeakImportTextSection> sections = LeakImportText::report(report, QStringLiteral("Facebook"));
    QCOMPARE(sections.size(), 6);
    QCOMPARE(sections.at(0).text, QStringLiteral("Imported 5 of 10 rows into \"Facebook\"."));
    report.records = 1;
    QVERIFY2(LeakImportText::report(report, QStringLiteral("Facebook")).first().text.contains(QLatin1String("the 1 record they hold.")),
             qPrintable(LeakImportText::report(report, QStringLiteral("Facebook")).first().text));
    QCOMPARE(sections.at(1).text, QStringLiteral("Text: 2 rows not valid UTF-8, read as windows-1252."));
    QCOMPARE(sections.at(2).text,
        QStringLiteral(
            "Left out 3 phone numbers, e-mail addresses or usernames that cannot be right (phone numbers: 2, e-mail addresses: 1), for example:"));
    QCOMPARE(sections.at(2).examples, QStringList { QStringLiteral("line 4: invalid phone number •••• (too short)") });
    QCOMPARE(sections.at(3).text,
        QStringLiteral("Left out 2 rows that did not have the fields of the layout \"%1\".").arg(LeakFormatPreset::find(QStringLiteral("facebook-2021"))->title));
    QVERIFY(!sections.at(3).text.contains(QLatin1String("facebook-2021"))); // the layout's title, not its internal name
    QCOMPARE(sections.at(4).text, QStringLiteral("Left out 5 rows, for example:"));
    QCOMPARE(sections.at(5).text,
        QStringLiteral("2 lines had fields the first lines did not have, and those fields were not read: extra"));
}

void TestLeakImportText::oneOrMany()
{
    LeakImportReport report;
    report.rows = 2;
    report.imported = 1;
    report.skipped = 1;
    report.invalidIdentifiers = 1;
    report.invalidByKind = { 1, 0, 0 };
    const QStringList lines = texts(report);
    QVERIFY2(lines.contains(QStringLiteral("Left out 1 phone number, e-mail address or username that cannot be right (phone numbers: 1), for example:")),
        qPrintable(lines.join(u'\n')));
    QVERIFY2(
        lines.contains(QStringLiteral("Left out 1 row with no phone number, e-mail address or username that can be right, for example:")),
        qPrintable(lines.join(u'\n')));
}

void TestLeakImportText::billionsAreCountedInFull()
{
    // A combination list of billions of lines: more than an int holds.
    LeakImportReport report;
    report.rows = 3'200'000'000;
    report.imported = 200'000'000;
    report.skipped = 3'000'000'000;
    report.invalidIdentifiers = 2'500'000'000;
    report.invalidByKind = { 2'500'000'000, 0, 0 };
    const QStringList lines = texts(report);
    QVERIFY2(lines.contains(QStringLiteral(
                 "Left out 3,000,000,000 rows with no phone number, e-mail address or username that can be right, for example:")),
        qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(QStringLiteral(
                 "Left out 2,500,000,000 phone numbers, e-mail addresses or usernames that cannot be right (phone numbers: 2,500,000,000), for example:")),
        qPrintable(lines.join(u'\n')));
}

void TestLeakImportText::plainHeadlineWhenNothingIsLost()
{
    LeakImportReport report;
    report.rows = 3;
    report.imported = 3;
    QCOMPARE(texts(report).size(), 1);
    report.alreadyImported = true;
    report.importId = 7;
    QCOMPARE(texts(report),
        QStringList { QStringLiteral(
            "This file was imported into \"Facebook\" before with the same settings (import 7). Nothing changed.") });
}

QTEST_GUILESS_MAIN(TestLeakImportText)
#include "TestLeakImportText.moc"
