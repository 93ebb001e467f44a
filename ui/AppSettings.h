#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace BreachAdvisor::Ui {

// The app's own settings: where the vault is, text size, colours, idle lock, language. None of
// them is personal data (that lives only in the vault); they are kept with QSettings.
class AppSettings
{
public:
    // Tests give a file of their own; the app uses the platform's usual place.
    explicit AppSettings(const QString &file = QString());

    QString vaultDirectory() const;
    void setVaultDirectory(const QString &directory);
    // Text size in percent of the system font (100 to 200).
    int textScale() const;
    void setTextScale(int percent);
    // "system", "light" or "dark" (Theme::name).
    QString theme() const;
    void setTheme(const QString &theme);
    // Lock after this many minutes without input; 0: never.
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    // "de", "ar", ...; empty: the system's language.
    QString language() const;
    void setLanguage(const QString &language);
    // The vault's key is in the OS keychain ("remember on this computer").
    bool rememberVault() const;
    void setRememberVault(bool remember);
    // Shown on handouts printed by a help desk.
    QString helperName() const;
    void setHelperName(const QString &name);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace BreachAdvisor::Ui
