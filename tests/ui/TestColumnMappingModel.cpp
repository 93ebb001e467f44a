#include "ColumnMappingModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;

// What each column of a leak file holds: suggested, changed by the person, and handed
// to the importer by column number.
class TestColumnMappingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void startsFromTheSuggestion();
    void choicesBecomeTheRequest();

private:
    static LeakImportPlan plan();
};

LeakImportPlan TestColumnMappingModel::plan()
{
    LeakImportPlan plan;
    plan.columns = {QStringLiteral("mobile"), QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("mail")};
    plan.sampleRows = {{QStringLiteral("201001234567"), QString(), QStringLiteral("x"), QString()},
                       {QStringLiteral("201112345678"), QStringLiteral("Amira"), QString(), QStringLiteral("a@example.com")}};
    plan.mapping.identifiers = {{IdentifierKind::Phone, 0}};
    plan.mapping.fields = {{QStringLiteral("Names"), {1}}};
    return plan;
}

void TestColumnMappingModel::passesTheModelTester()
{
    ColumnMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan());
    QVERIFY(model.setRole(3, QStringLiteral("email")));
    model.setPlan(LeakImportPlan());
    QCOMPARE(model.rowCount(), 0);
}

void TestColumnMappingModel::startsFromTheSuggestion()
{
    ColumnMappingModel model;
    model.setPlan(plan());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.roleOf(0), QStringLiteral("phone"));
    QCOMPARE(model.roleOf(1), QStringLiteral("Names"));
    QCOMPARE(model.roleOf(2), QString());
    // The first non-empty value shows what the column holds.
    QCOMPARE(model.index(1, ColumnMappingModel::ExampleColumn).data().toString(), QStringLiteral("Amira"));
    QCOMPARE(model.index(2, ColumnMappingModel::HoldsColumn).data().toString(), QStringLiteral("Not used"));
    QVERIFY(model.flags(model.index(0, ColumnMappingModel::HoldsColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(model.index(0, ColumnMappingModel::NameColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(model.hasIdentifierColumn());
}

void TestColumnMappingModel::choicesBecomeTheRequest()
{
    ColumnMappingModel model;
    model.setPlan(plan());
    QVERIFY(model.setRole(3, QStringLiteral("email")));
    QVERIFY(model.setRole(2, QStringLiteral("Names")));
    QVERIFY(!model.setRole(2, QStringLiteral("Not a data class")));
    const LeakMappingRequest request = model.request();
    QCOMPARE(request.identifiers.size(), 2);
    QCOMPARE(request.identifiers.at(0).kind, IdentifierKind::Phone);
    QCOMPARE(request.identifiers.at(0).column, QStringLiteral("1"));
    QCOMPARE(request.identifiers.at(1).kind, IdentifierKind::Email);
    QCOMPARE(request.identifiers.at(1).column, QStringLiteral("4"));
    QCOMPARE(request.fields.size(), 1);
    QCOMPARE(request.fields.first().columns, (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
    // The request means the same to the importer.
    const LeakMapping mapping = LeakMapping::fromRequest(plan().columns, request);
    QCOMPARE(mapping.identifiers.size(), 2);
    QVERIFY(model.setRole(0, QString()));
    QVERIFY(model.setRole(3, QString()));
    QVERIFY(!model.hasIdentifierColumn());
}

QTEST_MAIN(TestColumnMappingModel)
#include "TestColumnMappingModel.moc"
