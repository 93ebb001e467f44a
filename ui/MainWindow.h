#pragma once

#include "AppContext.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace BreachAdvisor {
class KeyStore;
}

namespace BreachAdvisor::Ui {

class AppSettings;
class CatalogPage;
class FirstRunWizard;
class IdleLock;
class ImportPage;
class PasswordCheckPage;
class PeoplePage;
class QuickCheckPage;
class SessionRunner;
class SettingsPage;
class UnlockPage;

// The app's one window: the first-run wizard when there is no vault yet, the unlock
// screen while locked (showing nothing personal), and otherwise the workspace — People,
// Quick check, Check a password, Import a leak, Breach catalog, Settings — with a Lock button. Locks after
// the idle time the settings give.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString settingsFile;               // empty: the platform's usual place
        QString vaultDirectory;             // overrides the settings' (e.g. --vault DIR)
        std::shared_ptr<KeyStore> keyStore; // empty: the OS keychain
        QString unlockHint;                 // shown on the unlock screen
        bool demo = false;                  // the demo vault: the unlock screen gives its passphrase
    };
    enum class Screen { FirstRun, Unlock, Workspace };
    enum class Page { People, QuickCheck, PasswordCheck, Import, Catalog, Settings };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Screen screen() const;
    void showPage(Page page);
    Page page() const;
    AppContext &context() { return *m_context; }

    // Hides everything personal at once, stops long work (nothing is changed) and
    // closes the vault.
    void lock();
    void applyTextScale(int percent);

    PeoplePage *peoplePage() const { return m_people; }
    QuickCheckPage *quickCheckPage() const { return m_quickCheck; }
    PasswordCheckPage *passwordCheckPage() const { return m_passwordCheck; }
    ImportPage *importPage() const { return m_import; }
    CatalogPage *catalogPage() const { return m_catalog; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    UnlockPage *unlockPage() const { return m_unlock; }
    FirstRunWizard *firstRunWizard() const { return m_wizard; }
    IdleLock *idleLock() const { return m_idleLock; }

Q_SIGNALS:
    void locked();
    void unlocked();
    // The screens were built again in a new language (Settings, the first run's language).
    void retranslated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildScreens();
    void rebuildInNewLanguage();
    // The password page, for this saved person (0: nobody, nothing is kept), its field focused.
    void checkPasswordOf(qint64 personId);
    void showScreen(Screen screen);
    void updateIcons();
    void enterWorkspace();
    void updateTitle();
    void fitNavigation();

    Options m_options;
    QString m_builtLanguage; // the language the screens are in
    bool m_rebuildQueued = false;
    bool m_rebuildWaiting = false; // a language change waits for the runner's work and the list's import
    std::unique_ptr<AppSettings> m_settings;
    std::shared_ptr<KeyStore> m_keyStore;
    std::unique_ptr<SessionRunner> m_runner;
    std::unique_ptr<VaultEvents> m_events;
    std::unique_ptr<AppContext> m_context;
    IdleLock *m_idleLock;
    QFont m_baseFont;

    // Built by buildScreens, again in each new language.
    QStackedWidget *m_screens = nullptr;
    FirstRunWizard *m_wizard = nullptr;
    UnlockPage *m_unlock = nullptr;
    QWidget *m_workspace = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_activity = nullptr;
    QPushButton *m_lockButton = nullptr;
    PeoplePage *m_people = nullptr;
    QuickCheckPage *m_quickCheck = nullptr;
    PasswordCheckPage *m_passwordCheck = nullptr;
    ImportPage *m_import = nullptr;
    CatalogPage *m_catalog = nullptr;
    SettingsPage *m_settingsPage = nullptr;
};

} // namespace BreachAdvisor::Ui
