#include "ChecklistRules.h"
#include "TestPaths.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace BreachAdvisor;

// Every step of the advice stands on a page that says so: a regulator's, a government's,
// the police's or the vendor's own, or one of a short list of other pages reviewed one by
// one (resources/checklist/sources.json) — never a news article. And it was checked
// against its sources within the last year.
class TestChecklistSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStepCitesASource();
    void everySourceIsOfficialOrReviewed();
    void everyStepWasReviewedThisYear();
    void theCheckKnowsANewsSiteFromAnOfficialPage();

private:
    bool acceptable(const QString &address) const;

    QStringList m_officialEndings;
    QStringList m_reviewedThirdParty;
};

void TestChecklistSources::initTestCase()
{
    QFile file(QStringLiteral(BREACH_ADVISOR_SOURCE_DIR "/resources/checklist/sources.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &ending : root.value(QLatin1String("official_hosts")).toArray()) {
        m_officialEndings << ending.toString().toLower();
    }
    for (const QJsonValue &entry : root.value(QLatin1String("reviewed_third_party")).toArray()) {
        // Each with why it may stand: a short list, each entry argued for.
        QVERIFY2(!entry[QLatin1String("why")].toString().isEmpty(), qPrintable(entry[QLatin1String("host")].toString()));
        m_reviewedThirdParty << entry[QLatin1String("host")].toString().toLower();
    }
    QVERIFY(m_officialEndings.size() > 10);
    QVERIFY(m_reviewedThirdParty.size() <= 15);
}

bool TestChecklistSources::acceptable(const QString &address) const
{
    const QString host = QUrl(address).host().toLower();
    if (host.isEmpty()) {
        return false;
    }
    const auto endsWith = [&host](const QString &ending) { return host == ending || host.endsWith(QLatin1Char('.') + ending); };
    return std::any_of(m_officialEndings.cbegin(), m_officialEndings.cend(), endsWith)
           || std::any_of(m_reviewedThirdParty.cbegin(), m_reviewedThirdParty.cend(), endsWith);
}

void TestChecklistSources::everyStepCitesASource()
{
    QStringList problems;
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        if (!step.onlyInListedRegions && step.text.sources.isEmpty()) {
            problems << step.id;
        }
        for (auto it = step.byRegion.cbegin(); it != step.byRegion.cend(); ++it) {
            if (it->sources.isEmpty()) {
                problems << step.id + QLatin1Char('/') + it.key();
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("without a source: ") + problems.join(QStringLiteral(", "))));
}

void TestChecklistSources::everySourceIsOfficialOrReviewed()
{
    QStringList problems;
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        QList<QPair<QString, StepText>> texts{{step.id, step.text}};
        for (auto it = step.byRegion.cbegin(); it != step.byRegion.cend(); ++it) {
            texts.append({step.id + QLatin1Char('/') + it.key(), *it});
        }
        for (const auto &[where, text] : std::as_const(texts)) {
            for (const QString &source : text.sources) {
                if (!acceptable(source)) {
                    problems << where + QStringLiteral(": ") + source;
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("not a regulator's, government's or vendor's page, nor reviewed "
                                                           "(resources/checklist/sources.json):\n")
                                            + problems.join(QLatin1Char('\n'))));
}

void TestChecklistSources::everyStepWasReviewedThisYear()
{
    const QDate yearAgo = QDate::currentDate().addMonths(-12);
    QStringList problems;
    for (const ChecklistStep &step : ChecklistRules::bundled().steps()) {
        const QDate reviewed = QDate::fromString(step.reviewed + QStringLiteral("-01"), Qt::ISODate);
        if (!reviewed.isValid() || reviewed.addMonths(1) <= yearAgo) {
            problems << QStringLiteral("%1 (%2)").arg(step.id, step.reviewed.isEmpty() ? QStringLiteral("never") : step.reviewed);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("not checked against its sources for over a year: ") + problems.join(QStringLiteral(", "))));
}

void TestChecklistSources::theCheckKnowsANewsSiteFromAnOfficialPage()
{
    QVERIFY(acceptable(QStringLiteral("https://www.identitytheft.gov/databreach")));
    QVERIFY(acceptable(QStringLiteral("https://faq.whatsapp.com/1131652977717250")));
    QVERIFY(acceptable(QStringLiteral("https://www.cybermalveillance.gouv.fr/tous-nos-contenus")));
    QVERIFY(!acceptable(QStringLiteral("https://www.eltiempo.com/justicia/servicios/asi-es-el-paso")));
    QVERIFY(!acceptable(QStringLiteral("https://www.malaymail.com/news/malaysia/2026/03/03/call-997")));
    QVERIFY(!acceptable(QStringLiteral("https://notgov.example/gov")));
    QVERIFY(!acceptable(QStringLiteral("not an address")));
}

QTEST_GUILESS_MAIN(TestChecklistSources)
#include "TestChecklistSources.moc"
