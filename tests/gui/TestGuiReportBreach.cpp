#include "CatalogModel.h"
#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "ReportBreachDialog.h"

#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// "I was told I'm in a breach": a notice becomes a reported breach and a plan.
class TestGuiReportBreach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNoticeMakesAPlan();
    void eachBreachShowsItsYearSizeAndWhatLeaked();
};

void TestGuiReportBreach::aNoticeMakesAPlan()
{
    Fixture fixture;
    fixture.openOnDemoVault();
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    PeoplePage *people = fixture.window->peoplePage();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 3; }));
    qint64 jo = 0;
    for (int row = 0; row < 3; ++row) {
        if (people->model()->index(row).data(PeopleModel::NameRole).toString() == QLatin1String("Jo")) {
            jo = people->model()->index(row).data(PeopleModel::PersonIdRole).toLongLong();
        }
    }
    people->selectPerson(jo);
    QVERIFY(waitFor([&] { return people->personView()->report().person && people->personView()->report().person->id == jo; }));
    const auto hasAdobe = [&] {
        for (const PlanReason &reason : people->personView()->report().plan.context.reasons) {
            if (reason.breach == QLatin1String("Adobe") && reason.evidence == Evidence::Reported) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(!hasAdobe());

    QString refusal;
    onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<ReportBreachDialog *>(widget);
        QCOMPARE(dialog->personId(), jo);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reportSearchEdit")), QStringLiteral("adobe"));
        dialog->selectBreach(QStringLiteral("Adobe"));
        // Nothing ticked: refused, said why.
        dialog->findChild<QPushButton *>(QStringLiteral("reportOkButton"))->click();
        refusal = dialog->findChild<InlineMessage *>()->text();
        dialog->setFieldChecked(QStringLiteral("Email addresses"), true);
        dialog->setFieldChecked(QStringLiteral("Passwords"), true);
        dialog->findChild<QPushButton *>(QStringLiteral("reportOkButton"))->click();
    });
    people->findChild<QPushButton *>(QStringLiteral("reportBreachButton"))->click();
    QVERIFY(waitFor(hasAdobe));
    QVERIFY(refusal.contains(QLatin1String("Tick at least one")));
    const Plan &plan = people->personView()->report().plan;
    const PlanItem *password = plan.item(QStringLiteral("change-breached-password"));
    QVERIFY(password);
    bool reported = false;
    for (const PlanReason &reason : password->reasons) {
        reported = reported || (reason.breach == QLatin1String("Adobe") && reason.evidence == Evidence::Reported);
    }
    QVERIFY(reported);
    QVERIFY(people->personView()->summaryText().contains(QLatin1String("You were told about 1 breach.")));
}

void TestGuiReportBreach::eachBreachShowsItsYearSizeAndWhatLeaked()
{
    Fixture fixture;
    fixture.openOnDemoVault();
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    PeoplePage *people = fixture.window->peoplePage();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 3; }));
    QString shown;
    int itemHeight = 0;
    int lineHeight = 0;
    onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<ReportBreachDialog *>(widget);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reportSearchEdit")), QStringLiteral("abandonia"));
        auto *list = dialog->findChild<QListView *>(QStringLiteral("reportBreachList"));
        const QModelIndex first = list->model()->index(0, CatalogModel::TitleColumn);
        shown = first.data(CatalogModel::ChoiceTextRole).toString();
        itemHeight = list->visualRect(first).height();
        lineHeight = list->fontMetrics().height();
        dialog->reject();
    });
    people->findChild<QPushButton *>(QStringLiteral("reportBreachButton"))->click();
    QVERIFY(waitFor([&] { return !shown.isEmpty(); }));
    // Two breaches of one name are told apart: the year once, the accounts, what leaked.
    QVERIFY2(shown.startsWith(QStringLiteral("Abandonia (2015) · ")) && shown.contains(QLatin1String(" accounts\n")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Email addresses")) || shown.contains(QLatin1String("E-mail addresses")), qPrintable(shown));
    QVERIFY2(itemHeight >= 2 * lineHeight, qPrintable(QStringLiteral("%1 < 2 × %2").arg(itemHeight).arg(lineHeight)));
}

QTEST_MAIN(TestGuiReportBreach)
#include "TestGuiReportBreach.moc"
