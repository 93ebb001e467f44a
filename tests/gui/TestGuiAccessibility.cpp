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
    walkEveryScreen(fixture, [this](QWidget *root, const QString &where) { expectNamed(root, where); });
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
