#pragma once

#include "KeyStore.h"
#include "MainWindow.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace BreachAdvisor::GuiTest {

// The real main window on a vault in a temporary folder, with its own settings file
// and an in-memory keychain (there is no OS keychain on the test machines).
struct Fixture
{
    QTemporaryDir temp;
    std::shared_ptr<MemoryKeyStore> keys = std::make_shared<MemoryKeyStore>();
    std::unique_ptr<Ui::MainWindow> window;

    QString vaultDirectory() const { return temp.filePath(QStringLiteral("vault")); }
    // A window over no vault yet: the first-run wizard.
    void openOnNewVault();
    // A window over the demo vault (fictional people and leak), locked.
    void openOnDemoVault();
    // A window over a new, empty vault (fast key derivation), locked.
    void openOnEmptyVault(const QString &passphrase);
    // Types the passphrase on the unlock screen and waits for the workspace; false if it did not open.
    bool unlock(const QString &passphrase);
};

// Opens every screen and dialog of the app on the demo vault, one after another, and
// calls check(root, where) on each while it shows: the unlock screen, a person's plan
// (list and guided), what leaked, quick check, import (and its mapping), the catalog,
// Settings, and the person, "I was told", change-passphrase and recovery-key dialogs.
// The fixture's window must be open on the demo vault, locked.
void walkEveryScreen(Fixture &fixture, const std::function<void(QWidget *root, const QString &where)> &check);

// Runs action on the next modal dialog as soon as it is up (modal dialogs block the
// test's own code, so it is answered from the event loop).
void onNextModal(std::function<void(QWidget *dialog)> action);
// Waits for a condition while the event loop runs; false after the timeout.
bool waitFor(const std::function<bool()> &condition, int milliseconds = 20000);
// Every visible widget that takes keyboard focus and has no accessible name, as the
// accessibility framework reports it ("ClassName objectName" each).
QStringList unnamedFocusableWidgets(QWidget *root);
// Text a person would see in a window: every label, button, list, tree and editor.
QString visibleText(QWidget *root);

} // namespace BreachAdvisor::GuiTest
