#include "GuiTestSupport.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "PlanModel.h"
#include "PlanWidget.h"
#include "StepView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTest>
#include <QTreeView>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// A person's plan: done, skip, restore, undo; the guided mode.
class TestGuiPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void markDoneSkipRestoreAndUndo();
    void guidedModeWalksTheSteps();
    void laterIsFoldedAway();

private:
    PlanWidget *openAmira();
    std::unique_ptr<Fixture> m_fixture;
};

void TestGuiPlan::init()
{
    m_fixture = std::make_unique<Fixture>();
    m_fixture->openOnDemoVault();
    QVERIFY(m_fixture->unlock(QStringLiteral("demo")));
}

void TestGuiPlan::cleanup()
{
    m_fixture.reset();
}

PlanWidget *TestGuiPlan::openAmira()
{
    PeoplePage *people = m_fixture->window->peoplePage();
    waitFor([&] { return people->model()->rowCount() == 3; });
    people->selectPerson(people->model()->index(0).data(PeopleModel::PersonIdRole).toLongLong());
    waitFor([&] { return people->personView()->report().person.has_value(); });
    people->personView()->showTab(PersonView::Tab::Plan);
    return people->personView()->planWidget();
}

void TestGuiPlan::markDoneSkipRestoreAndUndo()
{
    PlanWidget *plan = openAmira();
    PlanModel *model = plan->model();
    StepView *details = plan->stepView();
    QVERIFY(plan->progressText().startsWith(QLatin1String("1 of")));
    // The step to do first is chosen and shown.
    const QString first = model->firstOpenIndex().data(PlanModel::StepIdRole).toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(details->stepId(), first);

    details->findChild<QPushButton *>(QStringLiteral("stepDoneButton"))->click();
    QVERIFY(waitFor([&] { return plan->progressText().startsWith(QLatin1String("2 of")); }));
    QCOMPARE(model->item(model->indexOf(first))->status, StepStatus::Done);
    // Undo is its own action, and it puts the step back.
    auto *undo = details->findChild<QPushButton *>(QStringLiteral("stepUndoButton"));
    QVERIFY(undo->isVisible());
    QVERIFY(undo->text().contains(QLatin1String("Undo")));
    undo->click();
    QVERIFY(waitFor([&] { return plan->progressText().startsWith(QLatin1String("1 of")); }));
    QCOMPARE(model->item(model->indexOf(first))->status, StepStatus::Open);

    // Later: the step moves to "Set aside", still reachable, and comes back from there.
    plan->view()->setCurrentIndex(model->indexOf(first));
    details->findChild<QPushButton *>(QStringLiteral("stepLaterButton"))->click();
    QVERIFY(waitFor([&] { return model->item(model->indexOf(first)) && model->item(model->indexOf(first))->status == StepStatus::Skipped; }));
    const QModelIndex setAside = model->indexOf(first).parent();
    QCOMPARE(setAside.data().toString(), QStringLiteral("Set aside"));
    plan->view()->setCurrentIndex(model->indexOf(first));
    QCOMPARE(details->stepId(), first);
    auto *restore = details->findChild<QPushButton *>(QStringLiteral("stepReopenButton"));
    QVERIFY(restore->isVisible());
    restore->click();
    QVERIFY(waitFor([&] { return model->item(model->indexOf(first))->status == StepStatus::Open; }));
    QVERIFY(model->indexOf(first).parent().data().toString() != QLatin1String("Set aside"));

    // A note is kept with the step.
    plan->view()->setCurrentIndex(model->indexOf(first));
    QTest::keyClicks(details->findChild<QLineEdit *>(QStringLiteral("stepNote")), QStringLiteral("asked EE"));
    details->findChild<QPushButton *>(QStringLiteral("stepNotApplicableButton"))->click();
    QVERIFY(waitFor([&] { return model->item(model->indexOf(first))->status == StepStatus::NotApplicable; }));
    QCOMPARE(model->item(model->indexOf(first))->note, QStringLiteral("asked EE"));
}

void TestGuiPlan::guidedModeWalksTheSteps()
{
    PlanWidget *plan = openAmira();
    plan->findChild<QPushButton *>(QStringLiteral("guidedModeButton"))->click();
    QVERIFY(plan->isGuided());
    StepView *guided = plan->guidedView();
    auto *position = guided->findChild<QLabel *>(QStringLiteral("guidedPosition"));
    QVERIFY2(position->text().startsWith(QLatin1String("Step 1 of")), qPrintable(position->text()));
    const QString first = guided->stepId();
    QCOMPARE(first, plan->model()->firstOpenIndex().data(PlanModel::StepIdRole).toString());
    guided->findChild<QPushButton *>(QStringLiteral("guidedNextButton"))->click();
    QVERIFY(position->text().startsWith(QLatin1String("Step 2 of")));
    QVERIFY(guided->stepId() != first);
    guided->findChild<QPushButton *>(QStringLiteral("guidedPreviousButton"))->click();
    QCOMPARE(guided->stepId(), first);
    // Amira has an Android phone: its instructions come first where a step has several.
    for (int i = 0; i < 30; ++i) {
        if (guided->platformTabs()->count() > 1) {
            QCOMPARE(guided->platformTabs()->tabText(0), QStringLiteral("Android"));
            break;
        }
        guided->findChild<QPushButton *>(QStringLiteral("guidedNextButton"))->click();
    }
    // Marking done in the guided mode saves it too.
    const QString step = guided->stepId();
    guided->findChild<QPushButton *>(QStringLiteral("guidedDoneButton"))->click();
    QVERIFY(waitFor([&] { return plan->model()->item(plan->model()->indexOf(step))->status == StepStatus::Done; }));
}

// The plan opens on what to do this week; "Later" is folded until it is opened.
void TestGuiPlan::laterIsFoldedAway()
{
    PlanWidget *plan = openAmira();
    auto *view = plan->findChild<QTreeView *>(QStringLiteral("planView"));
    auto *model = qobject_cast<PlanModel *>(view->model());
    QVERIFY(waitFor([&] { return model->rowCount() > 0; }));
    QModelIndex later;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex section = model->index(row, 0);
        if (section.data().toString().startsWith(QLatin1String("Later"))) {
            later = section;
        } else {
            QVERIFY2(view->isExpanded(section), qPrintable(section.data().toString()));
        }
    }
    QVERIFY2(later.isValid(), "Amira's plan is longer than a week's");
    QVERIFY(!view->isExpanded(later));
    QCOMPARE(model->collapsedSections(), QList<QModelIndex>{later});
    int thisWeek = 0;
    for (const PlanItem &item : model->plan().items) {
        thisWeek += item.doFirst || item.thisWeek ? 1 : 0;
    }
    QVERIFY(thisWeek <= PlanSection::kMaxThisWeek);

    // Opened from the keyboard: the heading, then the right arrow.
    view->setFocus();
    view->setCurrentIndex(later);
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->isExpanded(later));
}

QTEST_MAIN(TestGuiPlan)
#include "TestGuiPlan.moc"
