#include "ChangePassphraseDialog.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "ImportPage.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonDialog.h"
#include "PersonView.h"
#include "PlanWidget.h"
#include "QuickCheckPage.h"
#include "RecoveryKeyDialog.h"
#include "ReportBreachDialog.h"
#include "SessionRunner.h"
#include "TestSupport.h"
#include "UnlockPage.h"
#include "VaultSession.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QWizard>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// Every window and dialog, walked: each widget that takes keyboard focus has a name a
// screen reader can say; right-to-left does not break the screens.
class TestGuiAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunPagesAreNamed();
    void everyScreenAndDialogIsNamed();
    void unlockTabOrder();
    void rightToLeftLaysOut();

private:
    void expectNamed(QWidget *root, const QString &where);
};

void TestGuiAccessibility::expectNamed(QWidget *root, const QString &where)
{
    QCoreApplication::processEvents();
    const QStringList unnamed = unnamedFocusableWidgets(root);
    QVERIFY2(unnamed.isEmpty(), qPrintable(where + QStringLiteral(": ") + unnamed.join(QStringLiteral(", "))));
}

void TestGuiAccessibility::firstRunPagesAreNamed()
{
    Fixture fixture;
    fixture.openOnNewVault();
    FirstRunWizard *wizard = fixture.window->firstRunWizard();
    expectNamed(fixture.window.get(), QStringLiteral("welcome"));
    wizard->button(QWizard::NextButton)->click();
    expectNamed(fixture.window.get(), QStringLiteral("passphrase"));
}

void TestGuiAccessibility::everyScreenAndDialogIsNamed()
{
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    expectNamed(&window, QStringLiteral("unlock"));
    window.unlockPage()->findChild<QPushButton *>(QStringLiteral("showRecoveryButton"))->click();
    expectNamed(&window, QStringLiteral("unlock with the recovery key"));
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    PeoplePage *people = window.peoplePage();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 3; }));
    people->selectPerson(people->model()->index(0).data(PeopleModel::PersonIdRole).toLongLong());
    QVERIFY(waitFor([&] { return people->personView()->report().person.has_value(); }));
    people->personView()->showTab(PersonView::Tab::Plan);
    expectNamed(&window, QStringLiteral("people, plan list"));
    people->personView()->planWidget()->setGuided(true);
    expectNamed(&window, QStringLiteral("people, guided step"));
    people->personView()->showTab(PersonView::Tab::Results);
    expectNamed(&window, QStringLiteral("people, what leaked"));

    window.showPage(MainWindow::Page::QuickCheck);
    window.quickCheckPage()->setInput(QStringLiteral("+20 100 123 4567"));
    window.quickCheckPage()->check();
    QVERIFY(waitFor([&] { return window.quickCheckPage()->results()->isVisible(); }));
    expectNamed(&window, QStringLiteral("quick check"));
    window.showPage(MainWindow::Page::Import);
    expectNamed(&window, QStringLiteral("import"));
    const QString leak = fixture.temp.filePath(QStringLiteral("leak.csv"));
    TestSupport::writeFile(leak, "phone,name\n201001234567,Amira\n");
    window.importPage()->openFile(leak);
    QVERIFY(waitFor([&] { return window.importPage()->step() == ImportPage::Step::Map; }));
    expectNamed(&window, QStringLiteral("import, mapping"));
    window.showPage(MainWindow::Page::Catalog);
    expectNamed(&window, QStringLiteral("catalog"));
    window.showPage(MainWindow::Page::Settings);
    expectNamed(&window, QStringLiteral("settings"));

    PersonDialog person(window.context(), people->personView()->report().person.value(), &window);
    person.show();
    expectNamed(&person, QStringLiteral("person dialog"));
    ReportBreachDialog report(window.context(), {*people->personView()->report().person}, {}, 0, &window);
    report.show();
    expectNamed(&report, QStringLiteral("I was told dialog"));
    ChangePassphraseDialog change(&window);
    change.show();
    expectNamed(&change, QStringLiteral("change passphrase dialog"));
    RecoveryKeyDialog recovery(TestSupport::secret("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"), &window);
    recovery.show();
    expectNamed(&recovery, QStringLiteral("recovery key dialog"));
}

void TestGuiAccessibility::unlockTabOrder()
{
    Fixture fixture;
    fixture.openOnEmptyVault(QStringLiteral("pass"));
    QVERIFY(waitFor([&] { return QApplication::focusWidget() != nullptr; }));
    QWidget *passphrase = QApplication::focusWidget();
    QCOMPARE(passphrase->objectName(), QString()); // the line edit inside the passphrase field
    QTest::keyClick(passphrase, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Show the passphrase"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("unlockButton"));
}

void TestGuiAccessibility::rightToLeftLaysOut()
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    QVERIFY(waitFor([&] { return window.peoplePage()->model()->rowCount() == 3; }));
    // The navigation is on the right-hand side, mirrored.
    QWidget *navigation = window.findChild<QWidget *>(QStringLiteral("navigationList"));
    QVERIFY(navigation->mapTo(&window, QPoint(0, 0)).x() > window.width() / 2);
    QVERIFY(!window.grab().isNull());
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(TestGuiAccessibility)
#include "TestGuiAccessibility.moc"
