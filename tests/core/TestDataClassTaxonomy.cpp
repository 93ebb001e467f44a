#include "DataClassTaxonomy.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace BreachAdvisor;

namespace {

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty()) {
            lines << QString::fromUtf8(line.trimmed());
        }
    }
    return lines;
}

} // namespace

class TestDataClassTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversEveryHibpDataClass();
    void coversClassesSeenInSharedData();
    void entriesAreWellFormed();
    void lookupForgivesSpelling();
    void unknownClassIsKeptNeutral();
};

void TestDataClassTaxonomy::coversEveryHibpDataClass()
{
    // tests/data/hibp-dataclasses.txt: the 168 names HIBP's /api/v3/dataClasses listed.
    const QStringList hibp = linesOf(TestSupport::testDataFile(QStringLiteral("hibp-dataclasses.txt")));
    QCOMPARE(hibp.size(), 168);
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();
    for (const QString &name : hibp) {
        QVERIFY2(taxonomy.isKnown(name), qPrintable(name));
    }
}

void TestDataClassTaxonomy::coversClassesSeenInSharedData()
{
    const QString derived = TestSupport::sharedDataFile(QStringLiteral("hibp-dataclasses-derived.json"));
    if (derived.isEmpty()) {
        QSKIP("../shared/data is not here: the derived data-class list is checked only beside it");
    }
    QFile file(derived);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray names = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(names.size() > 150);
    for (const QJsonValue &name : names) {
        QVERIFY2(DataClassTaxonomy::bundled().isKnown(name.toString()), qPrintable(name.toString()));
    }
}

void TestDataClassTaxonomy::entriesAreWellFormed()
{
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();
    QVERIFY(taxonomy.classes().size() >= 168);
    QSet<QString> seen;
    for (const DataClassInfo &info : taxonomy.classes()) {
        QVERIFY(info.known);
        QVERIFY2(taxonomy.categories().contains(info.category), qPrintable(info.name));
        QVERIFY2(!seen.contains(DataClassTaxonomy::normalizedKey(info.name)), qPrintable(info.name));
        seen.insert(DataClassTaxonomy::normalizedKey(info.name));
    }
    QCOMPARE(taxonomy.describe(QStringLiteral("Passwords")).severity, Severity::Critical);
    QCOMPARE(taxonomy.describe(QStringLiteral("Passwords")).category, QStringLiteral("credentials"));
    QCOMPARE(taxonomy.describe(QStringLiteral("Phone numbers")).category, QStringLiteral("contact"));
    QCOMPARE(taxonomy.describe(QStringLiteral("Social security numbers")).category, QStringLiteral("government-id"));
    QCOMPARE(taxonomy.describe(QStringLiteral("Genders")).severity, Severity::Low);
}

void TestDataClassTaxonomy::lookupForgivesSpelling()
{
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();
    // HIBP's class list writes ’ and "License Plates"; its breach records write ' and "Licence plates".
    QCOMPARE(taxonomy.describe(QStringLiteral("Driver's licenses")).name, QStringLiteral("Driver’s licenses"));
    QCOMPARE(taxonomy.describe(QStringLiteral("Licence plates")).name, QStringLiteral("License Plates"));
    QCOMPARE(taxonomy.describe(QStringLiteral("Telecommunications carrier")).name, QStringLiteral("Telecommunications carriers"));
    QCOMPARE(taxonomy.describe(QStringLiteral("  phone   NUMBERS ")).name, QStringLiteral("Phone numbers"));
}

void TestDataClassTaxonomy::unknownClassIsKeptNeutral()
{
    const DataClassInfo info = DataClassTaxonomy::bundled().describe(QStringLiteral("Quantum states"));
    QVERIFY(!info.known);
    QCOMPARE(info.name, QStringLiteral("Quantum states"));
    QCOMPARE(info.category, QStringLiteral("unknown"));
    QCOMPARE(info.severity, Severity::Medium);
}

QTEST_GUILESS_MAIN(TestDataClassTaxonomy)
#include "TestDataClassTaxonomy.moc"
