#include "ChecklistEngine.h"
#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"
#include "PlanModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;

// The plan as a tree of sections and steps, with a "Set aside" section.
class TestPlanModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void sectionsHoldEveryStepOnce();
    void setAsideStepsMoveToTheirOwnSection();
    void firstOpenStepIsHighlighted();

private:
    static Plan plan();
};

Plan TestPlanModel::plan()
{
    const ChecklistEngine engine(ChecklistRules::bundled(), DataClassTaxonomy::bundled());
    PlanContext context;
    context.regions = {QStringLiteral("GB")};
    PlanReason reason;
    reason.breach = QStringLiteral("WhatsAppNumberList2022");
    reason.title = QStringLiteral("WhatsApp list");
    reason.domain = QStringLiteral("whatsapp.com");
    reason.date = QDate(2022, 11, 16);
    reason.fields = {QStringLiteral("Phone numbers"), QStringLiteral("Names"), QStringLiteral("Passwords")};
    context.reasons << reason;
    Plan plan;
    plan.context = context;
    plan.items = engine.plan(context);
    return plan;
}

void TestPlanModel::passesTheModelTester()
{
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan());
    Plan changed = plan();
    changed.items[0].status = StepStatus::Skipped;
    model.setPlan(changed);
    model.setPlan(Plan());
    QCOMPARE(model.rowCount(), 0);
}

void TestPlanModel::sectionsHoldEveryStepOnce()
{
    const Plan original = plan();
    QVERIFY(original.items.size() >= 5);
    PlanModel model;
    model.setPlan(original);
    QSet<QString> seen;
    for (int section = 0; section < model.rowCount(); ++section) {
        const QModelIndex heading = model.index(section, 0);
        QVERIFY(heading.data(PlanModel::IsSectionRole).toBool());
        QVERIFY(!heading.data().toString().isEmpty());
        for (int row = 0; row < model.rowCount(heading); ++row) {
            const QModelIndex step = model.index(row, 0, heading);
            QVERIFY(model.item(step));
            QVERIFY(!seen.contains(step.data(PlanModel::StepIdRole).toString()));
            seen.insert(step.data(PlanModel::StepIdRole).toString());
            // Status is a word, with an icon beside it: never a colour alone.
            QVERIFY(!model.index(row, PlanModel::StatusColumn, heading).data().toString().isEmpty());
            QVERIFY(!model.index(row, PlanModel::StatusColumn, heading).data(Qt::DecorationRole).isNull());
        }
    }
    QCOMPARE(seen.size(), original.items.size());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Do these first"));
}

void TestPlanModel::setAsideStepsMoveToTheirOwnSection()
{
    Plan changed = plan();
    changed.items[1].status = StepStatus::Skipped;
    changed.items[2].status = StepStatus::NotApplicable;
    changed.items[3].status = StepStatus::Done;
    PlanModel model;
    model.setPlan(changed);
    const QModelIndex last = model.index(model.rowCount() - 1, 0);
    QCOMPARE(last.data().toString(), QStringLiteral("Set aside"));
    QCOMPARE(model.rowCount(last), 2);
    QCOMPARE(model.index(0, 0, last).data(PlanModel::StepIdRole).toString(), changed.items[1].step->id);
    QCOMPARE(model.index(1, PlanModel::StatusColumn, last).data().toString(), QStringLiteral("Does not apply"));
    // A done step stays in its section, counted.
    const QModelIndex done = model.indexOf(changed.items[3].step->id);
    QVERIFY(done.parent() != last);
    QVERIFY(model.index(done.parent().row(), PlanModel::StatusColumn).data().toString().startsWith(QLatin1String("1 of")));
}

void TestPlanModel::firstOpenStepIsHighlighted()
{
    Plan changed = plan();
    changed.items[0].status = StepStatus::Done;
    PlanModel model;
    model.setPlan(changed);
    const QModelIndex first = model.firstOpenIndex();
    QCOMPARE(first.data(PlanModel::StepIdRole).toString(), changed.items[1].step->id);
    QVERIFY(first.data(PlanModel::IsFirstRole).toBool());
    QVERIFY(first.data().toString().contains(QLatin1String("start here")));
    QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.indexOf(changed.items[2].step->id).data(PlanModel::IsFirstRole).toBool());
}

QTEST_MAIN(TestPlanModel)
#include "TestPlanModel.moc"
