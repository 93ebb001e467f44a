#include "GuiTestSupport.h"

#include "ChangePassphraseDialog.h"
#include "ImportPage.h"
#include "PasswordCheckPage.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonDialog.h"
#include "PersonView.h"
#include "PlanWidget.h"
#include "QuickCheckPage.h"
#include "RecoveryKeyDialog.h"
#include "ReportBreachDialog.h"
#include "TestSupport.h"

#include "DemoVault.h"
#include "PassphraseEdit.h"
#include "SessionRunner.h"
#include "Translations.h"
#include "UnlockPage.h"
#include "VaultSession.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>

namespace BreachAdvisor::GuiTest {

void Fixture::openOnNewVault()
{
    // English's singular and plural forms, as the app loads them ("1 step", "2 steps").
    static const bool translated = [] {
        Translations::install(QLocale::c());
        return true;
    }();
    Q_UNUSED(translated)
    Ui::MainWindow::Options options;
    options.settingsFile = temp.filePath(QStringLiteral("settings.ini"));
    options.vaultDirectory = vaultDirectory();
    options.keyStore = keys;
    window = std::make_unique<Ui::MainWindow>(options);
    window->show();
}

void Fixture::openOnDemoVault()
{
    Ui::DemoVault::create(vaultDirectory());
    openOnNewVault();
}

void Fixture::openOnEmptyVault(const QString &passphrase)
{
    const QByteArray utf8 = passphrase.toUtf8();
    VaultSession::create(vaultDirectory(), SecureBuffer::copyOf(utf8.constData(), size_t(utf8.size())), KdfParams::minimum());
    openOnNewVault();
}

bool Fixture::unlock(const QString &passphrase)
{
    auto *edit = window->unlockPage()->findChild<Ui::PassphraseEdit *>(QStringLiteral("passphraseEdit"));
    edit->lineEdit()->setText(passphrase);
    window->unlockPage()->findChild<QPushButton *>(QStringLiteral("unlockButton"))->click();
    return waitFor([this] { return window->screen() == Ui::MainWindow::Screen::Workspace && window->context().runner.pending() == 0; });
}

void walkEveryScreen(Fixture &fixture, const std::function<void(QWidget *root, const QString &where)> &check)
{
    Ui::MainWindow &window = *fixture.window;
    check(&window, QStringLiteral("unlock"));
    window.unlockPage()->findChild<QPushButton *>(QStringLiteral("showRecoveryButton"))->click();
    check(&window, QStringLiteral("unlock with the recovery key"));
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    Ui::PeoplePage *people = window.peoplePage();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 3; }));
    people->selectPerson(people->model()->index(0).data(Ui::PeopleModel::PersonIdRole).toLongLong());
    QVERIFY(waitFor([&] { return people->personView()->report().person.has_value(); }));
    people->personView()->showTab(Ui::PersonView::Tab::Plan);
    check(&window, QStringLiteral("people, plan list"));
    people->personView()->planWidget()->setGuided(true);
    check(&window, QStringLiteral("people, guided step"));
    people->personView()->showTab(Ui::PersonView::Tab::Results);
    check(&window, QStringLiteral("people, what leaked"));

    window.showPage(Ui::MainWindow::Page::QuickCheck);
    window.quickCheckPage()->setInput(QStringLiteral("+20 100 123 4567"));
    window.quickCheckPage()->check();
    QVERIFY(waitFor([&] { return window.quickCheckPage()->results()->isVisible(); }));
    check(&window, QStringLiteral("quick check"));
    window.showPage(Ui::MainWindow::Page::PasswordCheck);
    Ui::PasswordCheckPage *passwords = window.passwordCheckPage();
    passwords->setPerson(people->model()->index(0).data(Ui::PeopleModel::PersonIdRole).toLongLong());
    QVERIFY(waitFor([&] { return passwords->person() != 0; }));
    passwords->passwordField()->lineEdit()->setText(QStringLiteral("not checked: there is no list"));
    passwords->check();
    check(&window, QStringLiteral("password check"));
    window.showPage(Ui::MainWindow::Page::Import);
    check(&window, QStringLiteral("import"));
    const QString leak = fixture.temp.filePath(QStringLiteral("leak.csv"));
    TestSupport::writeFile(leak, "phone,nombre\n201001234567,Amira\n");
    window.importPage()->openFile(leak);
    QVERIFY(waitFor([&] { return window.importPage()->step() == Ui::ImportPage::Step::Map; }));
    check(&window, QStringLiteral("import, mapping"));
    window.showPage(Ui::MainWindow::Page::Catalog);
    check(&window, QStringLiteral("catalog"));
    window.showPage(Ui::MainWindow::Page::Settings);
    check(&window, QStringLiteral("settings"));

    const Person person = people->personView()->report().person.value();
    Ui::PersonDialog personDialog(window.context(), person, &window);
    personDialog.show();
    check(&personDialog, QStringLiteral("person dialog"));
    Ui::ReportBreachDialog report(window.context(), {person}, {}, 0, &window);
    report.show();
    check(&report, QStringLiteral("I was told dialog"));
    Ui::ChangePassphraseDialog change(&window);
    change.show();
    check(&change, QStringLiteral("change passphrase dialog"));
    Ui::RecoveryKeyDialog recovery(TestSupport::secret("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"), &window);
    recovery.show();
    check(&recovery, QStringLiteral("recovery key dialog"));
}

void onNextModal(std::function<void(QWidget *dialog)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        }
    });
    timer->start();
}

bool waitFor(const std::function<bool()> &condition, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

QStringList unnamedFocusableWidgets(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) || !widget->isEnabled() || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy()) {
            continue;
        }
        // Viewports and scroll bars are parts of their view, named through it.
        if (widget->inherits("QScrollBar") || (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractScrollArea")
                                               && static_cast<QWidget *>(widget) == qobject_cast<QAbstractScrollArea *>(widget->parentWidget())->viewport())) {
            continue;
        }
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            unnamed << QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
        }
    }
    return unnamed;
}

QString visibleText(QWidget *root)
{
    QStringList texts;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root)) {
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(widget)) texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget)) texts << button->text();
        else if (auto *line = qobject_cast<QLineEdit *>(widget)) texts << line->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) texts << plain->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(widget)) texts << rich->toPlainText();
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int row = 0; row < view->model()->rowCount(parent); ++row) {
                    for (int column = 0; column < view->model()->columnCount(parent); ++column) {
                        texts << view->model()->index(row, column, parent).data().toString();
                    }
                    walk(view->model()->index(row, 0, parent));
                }
            };
            walk(QModelIndex());
        }
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace BreachAdvisor::GuiTest
