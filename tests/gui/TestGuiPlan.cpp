#include "GuiTestSupport.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "PlanModel.h"
#include "PlanWidget.h"
#include "StepView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

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
    void wheelOverThePlatformTabsScrollsThePage();
    void detailsNeverShowWhatIsNoLongerChosen();

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
    auto *previous = guided->findChild<QPushButton *>(QStringLiteral("guidedPreviousButton"));
    auto *next = guided->findChild<QPushButton *>(QStringLiteral("guidedNextButton"));
    const QList<PlanItem> &items = plan->model()->plan().items;
    const auto positionOf = [&](const QString &stepId) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).step->id == stepId) {
                return QStringLiteral("Step %1 of %2").arg(i + 1).arg(items.size());
            }
        }
        return QString();
    };
    // It starts at the step to do first, numbered as in the plan.
    const QString first = guided->stepId();
    QCOMPARE(first, plan->model()->firstOpenIndex().data(PlanModel::StepIdRole).toString());
    QCOMPARE(position->text(), positionOf(first));
    next->click();
    QVERIFY(guided->stepId() != first);
    QCOMPARE(position->text(), positionOf(guided->stepId()));
    previous->click();
    QCOMPARE(guided->stepId(), first);
    // Amira has an Android phone: its instructions come first where a step has several.
    for (int i = 0; i < 30; ++i) {
        if (guided->platformTabs()->count() > 1) {
            QCOMPARE(guided->platformTabs()->tabText(0), QStringLiteral("Android"));
            break;
        }
        next->click();
    }
    // Marking done saves it and goes on to the next open step; the count stays the plan's,
    // and Previous goes back to the step just marked.
    const QString step = guided->stepId();
    const QString stepPosition = position->text();
    guided->findChild<QPushButton *>(QStringLiteral("guidedDoneButton"))->click();
    QVERIFY(waitFor([&] { return plan->model()->item(plan->model()->indexOf(step))->status == StepStatus::Done; }));
    QVERIFY(waitFor([&] { return guided->stepId() != step; }));
    QCOMPARE(position->text(), positionOf(guided->stepId()));
    QVERIFY(plan->model()->item(plan->model()->indexOf(guided->stepId()))->isOpen());
    QVERIFY(previous->isEnabled());
    while (guided->stepId() != step && previous->isEnabled()) {
        previous->click();
    }
    QCOMPARE(guided->stepId(), step);
    QCOMPARE(position->text(), stepPosition);
    // The undo names what was done, in words.
    auto *undo = guided->findChild<QPushButton *>(QStringLiteral("guidedUndoButton"));
    QVERIFY2(undo->text().endsWith(QLatin1String("\" marked done")), qPrintable(undo->text()));
    // The first step has no Previous, the last no Next.
    for (int i = 0; i < items.size() && previous->isEnabled(); ++i) {
        previous->click();
    }
    QCOMPARE(position->text(), QStringLiteral("Step 1 of %1").arg(items.size()));
    QVERIFY(!previous->isEnabled());
}

void TestGuiPlan::wheelOverThePlatformTabsScrollsThePage()
{
    PlanWidget *plan = openAmira();
    m_fixture->window->resize(1024, 500); // short enough that a step scrolls
    plan->findChild<QPushButton *>(QStringLiteral("guidedModeButton"))->click();
    StepView *guided = plan->guidedView();
    QTabBar *tabs = guided->platformTabs();
    for (int i = 0; i < 30 && tabs->count() < 2; ++i) {
        guided->findChild<QPushButton *>(QStringLiteral("guidedNextButton"))->click();
    }
    QVERIFY2(tabs->count() > 1, "Amira's plan has a step with instructions for several platforms");
    auto *scroll = qobject_cast<QScrollArea *>(guided->parentWidget()->parentWidget());
    QVERIFY(scroll);
    QVERIFY(waitFor([&] { return scroll->verticalScrollBar()->maximum() > 0; }));
    const int tab = tabs->currentIndex();
    const int scrolled = scroll->verticalScrollBar()->value();
    const QPoint over = tabs->tabRect(tabs->count() - 1).center();
    QWheelEvent wheel(over, tabs->mapToGlobal(over), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(tabs, &wheel);
    QCOMPARE(tabs->currentIndex(), tab);
    QVERIFY2(scroll->verticalScrollBar()->value() > scrolled, "the wheel scrolled the page down");
}

void TestGuiPlan::detailsNeverShowWhatIsNoLongerChosen()
{
    PlanWidget *plan = openAmira();
    StepView *details = plan->findChild<StepView *>(QStringLiteral("stepView"));
    QVERIFY(!details->stepId().isEmpty());
    // A section's heading chosen: no step is shown as if it were.
    const QModelIndex section = plan->model()->index(0, 0);
    plan->view()->setCurrentIndex(section);
    QVERIFY(details->stepId().isEmpty());
    QVERIFY(!details->findChild<QPushButton *>(QStringLiteral("stepDoneButton"))->isEnabled());
    // Another person chosen: nothing of the first one stays while theirs loads.
    PeoplePage *people = m_fixture->window->peoplePage();
    const QString firstName = people->personView()->report().person->name;
    people->selectPerson(people->model()->index(1).data(PeopleModel::PersonIdRole).toLongLong());
    QVERIFY(!people->personView()->report().person.has_value() || people->personView()->report().person->name != firstName);
    QVERIFY(!visibleText(people->personView()).contains(firstName));
    QVERIFY(waitFor([&] { return people->personView()->report().person.has_value(); }));
    QVERIFY(people->personView()->report().person->name != firstName);
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
