#include "AppSettings.h"
#include "ChangePassphraseDialog.h"
#include "GuiTestSupport.h"
#include "IdleLock.h"
#include "InlineMessage.h"
#include "PassphraseEdit.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "QuickCheckPage.h"
#include "SessionRunner.h"
#include "TestSupport.h"
#include "UnlockPage.h"
#include "VaultSession.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

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
    void lockLeavesNoIdentifierInTheWindow();
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

namespace {

// Where a window still holds one of these identifiers (compared without spaces, dashes,
// dots in numbers, brackets or direction marks, and without case): every widget's texts
// and accessible texts, a line edit's undo history, every text document and its undo
// history, every item model's data in every role, every action. "Class objectName: what".
QStringList identifiersHeldBy(QWidget *window, const QStringList &identifiers)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-()\\x{200e}\\x{200f}\\x{2066}-\\x{2069}\\x{202a}-\\x{202e}]"));
    QStringList found;
    const auto check = [&](const QObject *holder, const QString &what, const QString &text) {
        const QString plain = QString(text).remove(separators).toCaseFolded();
        for (const QString &identifier : identifiers) {
            if (plain.contains(QString(identifier).remove(separators).toCaseFolded())) {
                found << QStringLiteral("%1 %2: %3 holds %4").arg(QLatin1String(holder->metaObject()->className()), holder->objectName(), what, identifier);
            }
        }
    };
    QList<QObject *> objects = window->findChildren<QObject *>();
    objects.prepend(window);
    for (QWidget *widget : QApplication::allWidgets()) {
        if (!objects.contains(widget)) {
            objects << widget; // dialogs, pop-ups and menus of the app too
        }
    }
    for (QObject *object : std::as_const(objects)) {
        for (const QByteArray &name : object->dynamicPropertyNames()) {
            check(object, QString::fromLatin1(name), object->property(name).toString());
        }
        if (auto *widget = qobject_cast<QWidget *>(object)) {
            check(widget, QStringLiteral("window title"), widget->windowTitle());
            check(widget, QStringLiteral("tool tip"), widget->toolTip());
            check(widget, QStringLiteral("status tip"), widget->statusTip());
            check(widget, QStringLiteral("what's this"), widget->whatsThis());
            check(widget, QStringLiteral("accessible name"), widget->accessibleName());
            check(widget, QStringLiteral("accessible description"), widget->accessibleDescription());
            if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget)) {
                for (QAccessible::Text text : {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help}) {
                    check(widget, QStringLiteral("accessible text %1").arg(int(text)), accessible->text(text));
                }
            }
        }
        if (auto *label = qobject_cast<QLabel *>(object)) {
            check(label, QStringLiteral("text"), label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(object)) {
            check(button, QStringLiteral("text"), button->text());
        } else if (auto *line = qobject_cast<QLineEdit *>(object)) {
            check(line, QStringLiteral("text"), line->text());
            check(line, QStringLiteral("placeholder"), line->placeholderText());
            for (int step = 0; line->isUndoAvailable() && step < 1000; ++step) {
                line->undo();
                check(line, QStringLiteral("undo history"), line->text());
            }
        } else if (auto *document = qobject_cast<QTextDocument *>(object)) {
            check(document, QStringLiteral("text"), document->toPlainText());
            for (int step = 0; document->isUndoAvailable() && step < 1000; ++step) {
                document->undo();
                check(document, QStringLiteral("undo history"), document->toPlainText());
            }
        } else if (auto *model = qobject_cast<QAbstractItemModel *>(object)) {
            const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; row < model->rowCount(parent); ++row) {
                    for (int column = 0; column < std::max(1, model->columnCount(parent)); ++column) {
                        const QModelIndex index = model->index(row, column, parent);
                        for (int role = 0; role < Qt::UserRole + 64; ++role) {
                            const QVariant value = index.data(role);
                            check(model, QStringLiteral("row %1 column %2 role %3").arg(row).arg(column).arg(role),
                                  value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(' ')) : value.toString());
                        }
                    }
                    walk(model->index(row, 0, parent));
                }
            };
            walk(QModelIndex());
        } else if (auto *action = qobject_cast<QAction *>(object)) {
            check(action, QStringLiteral("text"), action->text() + QLatin1Char(' ') + action->toolTip() + QLatin1Char(' ') + action->statusTip());
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace

void TestGuiUnlock::lockLeavesNoIdentifierInTheWindow()
{
    // Issue 21 (7): after Lock, identifiers stayed in the app's memory: line edits' undo
    // history, models and views of pages not on screen. The demo's people: Amira (an Egyptian
    // mobile), Max (a German mobile, an e-mail address), Jo (a British mobile, an e-mail
    // address); every screen and dialog that shows them is visited first.
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    const QStringList identifiers = {QStringLiteral("100 123 4567"), QStringLiteral("151 23456789"), QStringLiteral("7400 123456"),
                                     QStringLiteral("max.beispiel@example.com"), QStringLiteral("jo.example@example.org"),
                                     QStringLiteral("Amira")};
    // The app's own examples happen to use the demo's numbers: what it holds before any vault
    // is open is not a person's.
    const QStringList before = identifiersHeldBy(&window, identifiers);
    walkEveryScreen(fixture, [](QWidget *, const QString &) {});
    // Typed, as a person would: a step's note and the quick check keep what was typed for undo.
    window.showPage(MainWindow::Page::People);
    auto *note = window.peoplePage()->findChild<QLineEdit *>(QStringLiteral("guidedNote")); // the step the guided view shows
    QVERIFY(note && note->isEnabled());
    QTest::keyClicks(note, QStringLiteral("new SIM for 0100 123 4567"));
    window.showPage(MainWindow::Page::QuickCheck);
    auto *quickCheck = window.quickCheckPage()->findChild<QPlainTextEdit *>();
    QVERIFY(quickCheck);
    QTest::keyClicks(quickCheck, QStringLiteral("jo.example@example.org"));
    QVERIFY(identifiersHeldBy(&window, identifiers).size() > before.size()); // the walk left them on its pages
    // The vault locks (the idle lock, say) while someone's details are open in their dialog.
    window.showPage(MainWindow::Page::People);
    PeoplePage *people = window.peoplePage();
    const qint64 second = people->model()->index(1).data(PeopleModel::PersonIdRole).toLongLong();
    people->selectPerson(second);
    QVERIFY(waitFor([&] { return people->personView()->report().person && people->personView()->report().person->id == second; }));
    bool dialogStayedOpen = true;
    onNextModal([&](QWidget *dialog) {
        window.lock();
        dialogStayedOpen = dialog->isVisible();
        if (dialogStayedOpen) {
            static_cast<QDialog *>(dialog)->reject(); // so that the test goes on
        }
    });
    people->personView()->findChild<QPushButton *>(QStringLiteral("editPersonButton"))->click();
    QVERIFY2(!dialogStayedOpen, "a person's dialog stayed open over the locked window");
    QCOMPARE(window.screen(), MainWindow::Screen::Unlock);
    QVERIFY(waitFor([&] { return !window.context().runner.isOpen() && window.context().runner.pending() == 0; }));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QStringList held = identifiersHeldBy(&window, identifiers);
    for (const QString &fromTheApp : before) {
        held.removeAll(fromTheApp);
    }
    QVERIFY2(held.isEmpty(), qPrintable(held.join(QLatin1Char('\n'))));
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
