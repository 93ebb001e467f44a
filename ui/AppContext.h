#pragma once

#include <QObject>

namespace BreachAdvisor {
class KeyStore;
}

namespace BreachAdvisor::Ui {

class AppSettings;
class SessionRunner;

// Tells the pages what changed in the open vault, so each reloads what it shows.
class VaultEvents : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void peopleChanged(); // a person added, edited, removed, or their progress changed
    void catalogChanged();
    void indexChanged(); // an import added or removed
};

// What every page works with: the session (through its runner), the settings, the
// keychain, and the change notices. Owned by the main window.
struct AppContext
{
    SessionRunner &runner;
    AppSettings &settings;
    KeyStore &keyStore;
    VaultEvents &events;
};

} // namespace BreachAdvisor::Ui
