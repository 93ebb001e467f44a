#include "AppSettings.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "PassphraseEdit.h"
#include "PersonDialog.h"
#include "TestSupport.h"
#include "VaultSession.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// The first run: the wizard from nothing to a created vault.
class TestGuiFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunCreatesTheVault();
    void capsLockIsWarnedAbout();
    void aRepetitionThatDiffersIsSaid();
};

void TestGuiFirstRun::firstRunCreatesTheVault()
{
    Fixture fixture;
    fixture.openOnNewVault();
    MainWindow &window = *fixture.window;
    QCOMPARE(window.screen(), MainWindow::Screen::FirstRun);
    FirstRunWizard *wizard = window.firstRunWizard();
    QVERIFY(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QCOMPARE(next->text().remove(QLatin1Char('&')), QStringLiteral("Continue"));
    next->click();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::PassphrasePageId));

    // Continue waits for two passphrases that agree.
    auto *first = wizard->findChild<PassphraseEdit *>(QStringLiteral("newPassphraseEdit"));
    auto *second = wizard->findChild<PassphraseEdit *>(QStringLiteral("repeatPassphraseEdit"));
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(first->lineEdit(), QStringLiteral("tulip motor quietly canyon"));
    QTest::keyClicks(second->lineEdit(), QStringLiteral("tulip motor quietly canyo"));
    QVERIFY(!next->isEnabled());
    QVERIFY(wizard->findChild<QLabel *>() != nullptr);
    QTest::keyClicks(second->lineEdit(), QStringLiteral("n"));
    QVERIFY(next->isEnabled());
    // The strength is said in words.
    bool strengthShown = false;
    for (const QLabel *label : first->findChildren<QLabel *>()) {
        strengthShown = strengthShown || label->text().startsWith(QLatin1String("Good")) || label->text().startsWith(QLatin1String("Strong"));
    }
    QVERIFY(strengthShown);
    wizard->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->setChecked(true);

    next->click(); // creates the vault, then goes on by itself
    QVERIFY(waitFor([&] { return wizard->currentId() == FirstRunWizard::RecoveryKeyPageId; }));
    QVERIFY(QRegularExpression(QStringLiteral("^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$")).match(wizard->recoveryKeyText()).hasMatch());
    QVERIFY(VaultSession::existsAt(fixture.vaultDirectory()));
    QVERIFY(first->isEmpty()); // the passphrase left the field
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
    // Continue waits for "I have kept the key".
    QVERIFY(!next->isEnabled());
    wizard->findChild<QCheckBox *>(QStringLiteral("recoveryKeySavedCheckBox"))->setChecked(true);
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::DonePageId));

    // Start: the workspace, asking for the first person.
    bool askedForPerson = false;
    onNextModal([&](QWidget *dialog) {
        askedForPerson = qobject_cast<PersonDialog *>(dialog) != nullptr;
        static_cast<QDialog *>(dialog)->reject();
    });
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(waitFor([&] { return askedForPerson; }));
    QCOMPARE(window.screen(), MainWindow::Screen::Workspace);

    // "Remember on this computer": the key went to the keychain.
    QVERIFY(waitFor([&] { return window.context().settings.rememberVault(); }));
    bool remembered = false;
    fixture.keys->load(VaultSession::vaultIdAt(fixture.vaultDirectory()),
                       [&](const KeyStore::Result &result, SecureBuffer key) { remembered = result.status == KeyStore::Status::Ok && key.size() == 32; });
    QVERIFY(remembered);

    fixture.window.reset();
    QVERIFY(VaultSession::open(fixture.vaultDirectory(), TestSupport::secret("tulip motor quietly canyon")));
}

void TestGuiFirstRun::capsLockIsWarnedAbout()
{
    Fixture fixture;
    fixture.openOnNewVault();
    FirstRunWizard *wizard = fixture.window->firstRunWizard();
    wizard->button(QWizard::NextButton)->click();
    auto *first = wizard->findChild<PassphraseEdit *>(QStringLiteral("newPassphraseEdit"));
    first->lineEdit()->setFocus();
    QVERIFY(!first->capsLockWarningShown());
    QTest::keyClick(first->lineEdit(), 'A', Qt::NoModifier); // a capital without Shift: Caps Lock
    QVERIFY(first->capsLockWarningShown());
    QTest::keyClick(first->lineEdit(), 'b', Qt::NoModifier);
    QVERIFY(!first->capsLockWarningShown());
}

void TestGuiFirstRun::aRepetitionThatDiffersIsSaid()
{
    Fixture fixture;
    fixture.openOnNewVault();
    FirstRunWizard *wizard = fixture.window->firstRunWizard();
    wizard->button(QWizard::NextButton)->click();
    auto *first = wizard->findChild<PassphraseEdit *>(QStringLiteral("newPassphraseEdit"));
    auto *second = wizard->findChild<PassphraseEdit *>(QStringLiteral("repeatPassphraseEdit"));
    fixture.window->activateWindow(); // so that leaving a field is a focus change
    QVERIFY(QTest::qWaitForWindowActive(fixture.window.get()));
    QTest::keyClicks(first->lineEdit(), QStringLiteral("tulip motor quietly canyon"));
    second->lineEdit()->setFocus();
    // The beginning of it, while typing: nothing to say yet.
    QTest::keyClicks(second->lineEdit(), QStringLiteral("tulip motor"));
    QVERIFY(second->mismatchText().isEmpty());
    // A letter that cannot fit: said at once, and to a screen reader.
    QTest::keyClicks(second->lineEdit(), QStringLiteral("x"));
    QCOMPARE(second->mismatchText(), QStringLiteral("This is not the same as the passphrase above."));
    QCOMPARE(second->lineEdit()->accessibleDescription(), second->mismatchText());
    QTest::keyClick(second->lineEdit(), Qt::Key_Backspace);
    QVERIFY(second->mismatchText().isEmpty());
    // Leaving the field with only the beginning typed: said then.
    first->lineEdit()->setFocus();
    QVERIFY(!second->mismatchText().isEmpty());
    // Changing the first one to what the second holds: nothing to say.
    first->lineEdit()->setText(QStringLiteral("tulip motor"));
    QVERIFY(second->mismatchText().isEmpty());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestGuiFirstRun)
#include "TestGuiFirstRun.moc"
