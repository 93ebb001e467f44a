#include "ImportsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;

// Past imports, newest first.
class TestImportsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void newestFirstWithTheirIds();
};

namespace {

IndexStats::PerImport import(qint64 id, const char *file, qint64 records)
{
    IndexStats::PerImport entry;
    entry.import.id = id;
    entry.import.sourceName = QString::fromLatin1(file);
    entry.import.records = records;
    entry.import.bytes = records * 8;
    entry.import.importedAt = QDateTime(QDate(2026, 11, int(id)), QTime(10, 0), Qt::UTC);
    entry.breachName = QStringLiteral("Facebook");
    entry.breachTitle = QStringLiteral("Facebook (2019)");
    return entry;
}

} // namespace

void TestImportsModel::passesTheModelTester()
{
    ImportsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setImports({import(1, "a.csv", 10), import(2, "b.csv.gz", 20000)});
    model.setImports({});
    QCOMPARE(model.rowCount(), 0);
}

void TestImportsModel::newestFirstWithTheirIds()
{
    ImportsModel model;
    model.setImports({import(1, "a.csv", 10), import(2, "b.csv.gz", 20000)});
    QCOMPARE(model.index(0, ImportsModel::FileColumn).data().toString(), QStringLiteral("b.csv.gz"));
    QCOMPARE(model.index(0, ImportsModel::BreachColumn).data().toString(), QStringLiteral("Facebook (2019)")); // its title, not its key
    QCOMPARE(model.index(0, 0).data(ImportsModel::ImportIdRole).toLongLong(), 2);
    QCOMPARE(model.index(0, ImportsModel::RecordsColumn).data().toString(), QLocale().toString(20000));
    QVERIFY(!model.index(1, ImportsModel::SizeColumn).data().toString().isEmpty());
    QCOMPARE(model.entry(model.index(1, 0))->import.id, 1);
}

QTEST_MAIN(TestImportsModel)
#include "TestImportsModel.moc"
