#include "AppSettings.h"
#include "ChangePassphraseDialog.h"
#include "GuiTestSupport.h"
#include "IdleLock.h"
#include "InlineMessage.h"
#include "PassphraseEdit.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "SessionRunner.h"
#include "TestSupport.h"
#include "UnlockPage.h"
#include "VaultSession.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// Unlocking with the passphrase, the recovery key or the keychain; locking on demand
// and when idle, with nothing personal left on screen.
class TestGuiUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongThenRightPassphrase();
    void lockShowsNothingPersonal();
    void idleTimeLocks();
    void recoveryKeyOpensAndAsksForANewPassphrase();
    void keychainOpensTheVault();
};

void TestGuiUnlock::wrongThenRightPassphrase()
{
    Fixture fixture;
    fixture.openOnEmptyVault(QStringLiteral("right one"));
    MainWindow &window = *fixture.window;
    QCOMPARE(window.screen(), MainWindow::Screen::Unlock);
    auto *edit = window.unlockPage()->findChild<PassphraseEdit *>(QStringLiteral("passphraseEdit"));
    auto *message = window.unlockPage()->findChild<InlineMessage *>(QStringLiteral("unlockMessage"));
    QVERIFY(waitFor([&] { return QApplication::focusWidget() == edit->lineEdit(); }));
    QTest::keyClicks(edit->lineEdit(), QStringLiteral("wrong one"));
    QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
    QVERIFY(waitFor([&] { return message->isVisible(); }));
    QVERIFY2(message->text().contains(QLatin1String("does not open this vault")), qPrintable(message->text()));
    QCOMPARE(window.screen(), MainWindow::Screen::Unlock);
    QCOMPARE(QApplication::focusWidget(), edit->lineEdit()); // focus back in the field
    QTest::keyClicks(edit->lineEdit(), QStringLiteral("right one"));
    QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
    QVERIFY(waitFor([&] { return window.screen() == MainWindow::Screen::Workspace; }));
    QVERIFY(window.windowTitle().contains(QLatin1String("People")));
}

void TestGuiUnlock::lockShowsNothingPersonal()
{
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    PeoplePage *people = window.peoplePage();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 3; }));
    people->selectPerson(people->model()->index(0).data(PeopleModel::PersonIdRole).toLongLong());
    QVERIFY(waitFor([&] { return people->personView()->report().person.has_value(); }));
    QVERIFY(visibleText(&window).contains(QLatin1String("Amira")));

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(window.screen(), MainWindow::Screen::Unlock);
    QVERIFY(window.windowTitle().contains(QLatin1String("Locked")));
    const QString shown = visibleText(&window);
    for (const char *personal : {"Amira", "Beispiel", "+20", "0100", "Demo sports club"}) {
        QVERIFY2(!shown.contains(QLatin1String(personal)), personal);
    }
    QCOMPARE(people->model()->rowCount(), 0); // not only hidden: gone
    QVERIFY(waitFor([&] { return !window.context().runner.isOpen() && window.context().runner.pending() == 0; }));
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 3; }));
}

void TestGuiUnlock::idleTimeLocks()
{
    Fixture fixture;
    fixture.openOnEmptyVault(QStringLiteral("pass"));
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("pass")));
    window.idleLock()->setInterval(300);
    QVERIFY(waitFor([&] { return window.screen() == MainWindow::Screen::Unlock; }, 5000));
}

void TestGuiUnlock::recoveryKeyOpensAndAsksForANewPassphrase()
{
    Fixture fixture;
    SecureBuffer recoveryKey;
    {
        VaultSession::Created created = VaultSession::create(fixture.vaultDirectory(), TestSupport::secret("forgotten"), KdfParams::minimum());
        recoveryKey = std::move(created.recoveryKey);
    }
    fixture.openOnNewVault();
    MainWindow &window = *fixture.window;
    window.unlockPage()->findChild<QPushButton *>(QStringLiteral("showRecoveryButton"))->click();
    auto *keyEdit = window.unlockPage()->findChild<QLineEdit *>(QStringLiteral("recoveryKeyEdit"));
    QVERIFY(keyEdit->isVisible());
    QTest::keyClicks(keyEdit, QString::fromLatin1(recoveryKey.chars(), qsizetype(recoveryKey.size())).toLower()); // any case
    bool asked = false;
    onNextModal([&](QWidget *dialog) {
        auto *change = qobject_cast<ChangePassphraseDialog *>(dialog);
        asked = change != nullptr;
        QTest::keyClicks(change->first()->lineEdit(), QStringLiteral("remembered now"));
        QTest::keyClicks(change->second()->lineEdit(), QStringLiteral("remembered now"));
        change->accept();
    });
    window.unlockPage()->findChild<QPushButton *>(QStringLiteral("recoveryUnlockButton"))->click();
    QVERIFY(waitFor([&] { return asked && window.context().runner.pending() == 0; }));
    QCOMPARE(window.screen(), MainWindow::Screen::Workspace);
    QCOMPARE(window.page(), MainWindow::Page::Settings);
    fixture.window.reset();
    QVERIFY(VaultSession::open(fixture.vaultDirectory(), TestSupport::secret("remembered now")));
}

void TestGuiUnlock::keychainOpensTheVault()
{
    Fixture fixture;
    {
        VaultSession::Created created = VaultSession::create(fixture.vaultDirectory(), TestSupport::secret("pass"), KdfParams::minimum());
        created.session->remember(*fixture.keys, [](const KeyStore::Result &) {});
    }
    fixture.openOnNewVault();
    MainWindow &window = *fixture.window;
    auto *keychain = window.unlockPage()->findChild<QPushButton *>(QStringLiteral("keychainButton"));
    QVERIFY(!keychain->isVisible()); // only when this computer remembers the vault
    window.context().settings.setRememberVault(true);
    window.unlockPage()->reset();
    QVERIFY(keychain->isVisible());
    keychain->click();
    QVERIFY(waitFor([&] { return window.screen() == MainWindow::Screen::Workspace; }));

    // A keychain that forgot it: the passphrase is asked for, said plainly.
    window.lock();
    fixture.keys->setAvailable(false);
    keychain->click();
    auto *message = window.unlockPage()->findChild<InlineMessage *>(QStringLiteral("unlockMessage"));
    QVERIFY(waitFor([&] { return message->isVisible(); }));
    QVERIFY(message->text().contains(QLatin1String("passphrase")));
    QCOMPARE(window.screen(), MainWindow::Screen::Unlock);
}

QTEST_MAIN(TestGuiUnlock)
#include "TestGuiUnlock.moc"
