#include "MainWindow.h"

#include "Accessibility.h"
#include "AppSettings.h"
#include "CatalogPage.h"
#include "FirstRunWizard.h"
#include "HeadingLabel.h"
#include "IdleLock.h"
#include "ImportPage.h"
#include "KeyStore.h"
#include "PassphraseEdit.h"
#include "PasswordCheckPage.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "QuickCheckPage.h"
#include "SessionRunner.h"
#include "SettingsPage.h"
#include "Theme.h"
#include "Translations.h"
#include "UiText.h"
#include "UnlockPage.h"
#include "VaultSession.h"
#include "WheelGuard.h"

#include <QAction>
#include <QEvent>
#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_settings(std::make_unique<AppSettings>(options.settingsFile))
    , m_keyStore(options.keyStore ? options.keyStore : std::make_shared<OsKeyStore>())
    , m_runner(std::make_unique<SessionRunner>())
    , m_events(std::make_unique<VaultEvents>())
    , m_idleLock(new IdleLock(this))
    , m_baseFont(QApplication::font())
{
    setObjectName(QStringLiteral("mainWindow"));
    new WheelGuard(this);
    if (!options.vaultDirectory.isEmpty()) {
        m_settings->setVaultDirectory(options.vaultDirectory);
    }
    m_context = std::make_unique<AppContext>(AppContext{*m_runner, *m_settings, *m_keyStore, *m_events});
    applyTextScale(m_settings->textScale());
    Theme::apply(Theme::fromName(m_settings->theme()));

    // Shortcuts outlive the screens, which are built again in a new language.
    auto *lockAction = new QAction(this);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addAction(lockAction);
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);
    for (int i = 0; i < 6; ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
        addAction(go);
    }
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    m_idleLock->setMinutes(m_settings->idleLockMinutes());
    connect(m_runner.get(), &SessionRunner::pendingChanged, this, [this](int pending) {
        if (pending == 0 && m_rebuildWaiting) {
            rebuildInNewLanguage();
        }
    });

    buildScreens();
    if (VaultSession::existsAt(m_settings->vaultDirectory())) {
        showScreen(Screen::Unlock);
    } else {
        showScreen(Screen::FirstRun);
    }
    resize(1100, 760);
}

void MainWindow::buildScreens()
{
    m_builtLanguage = Translations::current();
    m_screens = new QStackedWidget(this);
    m_workspace = new QWidget(m_screens);
    m_navigation = new QListWidget(m_workspace);
    m_pages = new QStackedWidget(m_workspace);
    m_activity = new QLabel(m_workspace);
    m_wizard = nullptr;

    m_unlock = new UnlockPage(*m_context, m_screens);
    m_unlock->setHint(m_options.demo ? tr("This is the demo vault: its passphrase is \"demo\".") : m_options.unlockHint);
    m_people = new PeoplePage(*m_context, m_pages);
    m_quickCheck = new QuickCheckPage(*m_context, m_pages);
    m_passwordCheck = new PasswordCheckPage(*m_context, m_pages);
    m_import = new ImportPage(*m_context, m_pages);
    m_catalog = new CatalogPage(*m_context, m_pages);
    m_settingsPage = new SettingsPage(*m_context, m_pages);

    // The workspace: navigation on the leading side, the page beside it.
    auto *top = new QHBoxLayout;
    m_lockButton = new QPushButton(UiText::icon("lock"), tr("&Lock"), m_workspace);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_lockButton->setToolTip(tr("Lock the vault now (Ctrl+L): nothing personal stays on screen"));
    // What is going on, or a notice about the vault: wrapped, so that a long one never
    // widens the window.
    m_activity->setWordWrap(true);
    m_activity->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    top->addWidget(m_activity, 1);
    top->addWidget(m_lockButton);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setSpacing(2);
    const struct
    {
        const char *icon;
        QString text;
        QWidget *page;
    } sections[] = {
        {"people", tr("People"), m_people},
        {"quick-check", tr("Quick check"), m_quickCheck},
        {"password", tr("Check a password"), m_passwordCheck},
        {"import", tr("Import a leak"), m_import},
        {"catalog", tr("Breach catalog"), m_catalog},
        {"settings", tr("Settings"), m_settingsPage},
    };
    for (const auto &section : sections) {
        auto *item = new QListWidgetItem(UiText::icon(section.icon), section.text);
        item->setData(Qt::UserRole, QByteArray(section.icon));
        m_navigation->addItem(item);
        m_pages->addWidget(section.page);
    }
    fitNavigation();
    m_navigation->setCurrentRow(0);
    Accessibility::currentFollowsSelection(m_navigation);
    auto *body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    auto *workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->addLayout(top);
    workspaceLayout->addLayout(body, 1);

    m_screens->addWidget(m_unlock);
    m_screens->addWidget(m_workspace);
    setCentralWidget(m_screens); // deletes the screens of the language before
    m_activity->setObjectName(QStringLiteral("activityLabel"));

    connect(m_lockButton, &QPushButton::clicked, this, &MainWindow::lock);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (m_pages->currentWidget() == m_settingsPage) {
            m_settingsPage->reload();
        }
        updateTitle();
    });
    connect(m_unlock, &UnlockPage::unlocked, this, [this](bool withRecoveryKey) {
        enterWorkspace();
        if (withRecoveryKey) {
            showPage(Page::Settings);
            m_settingsPage->changePassphrase();
        }
    });
    connect(m_import, &ImportPage::activity, this, [this](const QString &text) { m_activity->setText(text); });
    connect(m_passwordCheck, &PasswordCheckPage::activity, this, [this](const QString &text) { m_activity->setText(text); });
    // The list's import runs on a thread of its own, not the runner's: a language change waits
    // for it too. Queued: the rebuild deletes the page that sends this.
    connect(m_passwordCheck, &PasswordCheckPage::importFinished, this, [this] {
        if (m_rebuildWaiting) {
            QTimer::singleShot(0, this, &MainWindow::rebuildInNewLanguage);
        }
    });
    // A password of a person's, from their plan; anyone's (nobody's), from the quick check.
    connect(m_people->personView(), &PersonView::passwordCheckRequested, this, [this] { checkPasswordOf(m_people->selectedPersonId()); });
    connect(m_quickCheck, &QuickCheckPage::passwordCheckRequested, this, [this] { checkPasswordOf(0); });
    connect(m_passwordCheck, &PasswordCheckPage::planRequested, this, [this](qint64 personId) {
        showPage(Page::People);
        m_people->selectPerson(personId);
    });
    connect(m_catalog, &CatalogPage::reportRequested, this, [this](const QString &name) {
        showPage(Page::People);
        m_people->reportBreach(name);
    });
    connect(m_settingsPage, &SettingsPage::textScaleChanged, this, &MainWindow::applyTextScale);
    connect(m_settingsPage, &SettingsPage::idleLockChanged, m_idleLock, &IdleLock::setMinutes);

    if (!VaultSession::existsAt(m_settings->vaultDirectory())) {
        m_wizard = new FirstRunWizard(*m_context, m_screens);
        m_wizard->setWindowFlags(Qt::Widget); // a page of the window, not a window of its own
        m_screens->insertWidget(0, m_wizard);
        connect(m_wizard, &FirstRunWizard::textScaleChosen, this, [this](int percent) {
            m_settings->setTextScale(percent);
            applyTextScale(percent);
        });
        connect(m_wizard, &QWizard::finished, this, [this] {
            enterWorkspace();
            showPage(Page::People);
            m_people->addPerson();
        });
    }
}

void MainWindow::checkPasswordOf(qint64 personId)
{
    m_passwordCheck->setPerson(personId);
    showPage(Page::PasswordCheck);
    m_passwordCheck->passwordField()->lineEdit()->setFocus();
}

void MainWindow::rebuildInNewLanguage()
{
    // Pages hand their work to the session runner and wait for its answer: they are
    // built again once nothing is running (an import finishes in the language it began in;
    // so does an import of the leaked-password list, which building again would cancel).
    if (m_runner->pending() > 0 || m_passwordCheck->isImporting()) {
        m_rebuildWaiting = true;
        return;
    }
    m_rebuildWaiting = false;
    if (Translations::current() == m_builtLanguage) {
        return; // back in the language it is built in (a handout printed in another)
    }
    const Screen was = screen();
    const Page page = this->page();
    const auto passwordListImported = m_passwordCheck->lastImport();
    buildScreens();
    if (was == Screen::Workspace) {
        showScreen(Screen::Workspace);
        m_people->reload();
        m_passwordCheck->reload();
        if (passwordListImported) {
            m_passwordCheck->showImported(*passwordListImported);
        }
        m_import->reload();
        m_catalog->reload();
        showPage(page);
        m_settingsPage->reload();
    } else {
        showScreen(m_wizard ? Screen::FirstRun : Screen::Unlock);
    }
    Q_EMIT retranslated();
}

MainWindow::~MainWindow()
{
    // Pages hold callbacks into the runner: it goes first, on its own thread.
    m_runner.reset();
}

MainWindow::Screen MainWindow::screen() const
{
    if (m_screens->currentWidget() == m_workspace) return Screen::Workspace;
    if (m_wizard && m_screens->currentWidget() == m_wizard) return Screen::FirstRun;
    return Screen::Unlock;
}

void MainWindow::showScreen(Screen screen)
{
    switch (screen) {
    case Screen::FirstRun: m_screens->setCurrentWidget(m_wizard); break;
    case Screen::Unlock:
        m_screens->setCurrentWidget(m_unlock);
        m_unlock->reset();
        break;
    case Screen::Workspace: m_screens->setCurrentWidget(m_workspace); break;
    }
    updateTitle();
}

void MainWindow::enterWorkspace()
{
    showScreen(Screen::Workspace);
    if (m_wizard) {
        m_screens->removeWidget(m_wizard);
        m_wizard->deleteLater();
        m_wizard = nullptr;
    }
    m_idleLock->setArmed(true);
    // What opening did that the person should know (a vault others could read was made private).
    m_runner->run([](VaultSession &session) { return session.notices(); },
                  [this](const QStringList &notices) {
                      if (!notices.isEmpty()) {
                          m_activity->setText(notices.join(QLatin1Char('\n')));
                      }
                  });
    m_people->reload();
    m_passwordCheck->reload();
    m_import->reload();
    m_catalog->reload();
    m_settingsPage->reload();
    m_navigation->setFocus();
    Q_EMIT unlocked();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::page() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::lock()
{
    if (screen() != Screen::Workspace) {
        return;
    }
    m_idleLock->setArmed(false);
    // A dialog over the window (a person's details, a question that names them, a recovery
    // key) closes unanswered: the idle lock can come while one is open.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isWindow() && dialog->isVisible()) {
            dialog->reject();
        }
    }
    QToolTip::hideText();
    m_import->clear(); // cancels a running import: nothing is changed
    m_people->clear();
    m_quickCheck->forget();
    m_passwordCheck->clear(); // the field, the answer, the people's names; a list import stops
    m_catalog->clear();
    m_settingsPage->clear();
    m_activity->clear();
    m_runner->close();
    showScreen(Screen::Unlock);
    Q_EMIT locked();
}

void MainWindow::applyTextScale(int percent)
{
    QFont font = m_baseFont;
    font.setPointSizeF(m_baseFont.pointSizeF() * percent / 100.0);
    QApplication::setFont(font);
    // Qt tells only windows, which pass the new font on to children that have none of
    // their own; widgets that size their own font from the application's (HeadingLabel)
    // are told here.
    QEvent change(QEvent::ApplicationFontChange);
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (!widget->isWindow()) {
            QCoreApplication::sendEvent(widget, &change);
        }
    }
    fitNavigation();
}

void MainWindow::fitNavigation()
{
    // As wide as its longest entry in the current text size: never cut off.
    if (!m_navigation) {
        return;
    }
    const QFontMetrics metrics(QApplication::font());
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    }
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 48);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateIcons(); // one-colour icons follow the text's colour (light or dark palette)
    }
    if (event->type() == QEvent::LanguageChange && !m_rebuildQueued) {
        // Qt sends one for each translator installed or removed: build once, after them.
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_rebuildQueued = false;
            rebuildInNewLanguage();
        });
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateIcons()
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        item->setIcon(UiText::icon(item->data(Qt::UserRole).toByteArray().constData()));
    }
    m_lockButton->setIcon(UiText::icon("lock"));
}

void MainWindow::updateTitle()
{
    QString where;
    switch (screen()) {
    case Screen::FirstRun: where = tr("Set up"); break;
    case Screen::Unlock: where = tr("Locked"); break;
    case Screen::Workspace: where = m_navigation->currentItem() ? m_navigation->currentItem()->text() : QString(); break;
    }
    setWindowTitle(tr("%1 - Breach Advisor").arg(where));
}

} // namespace BreachAdvisor::Ui
