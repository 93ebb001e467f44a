#include "AppSettings.h"

#include "PrivateFile.h"
#include "SharedSettings.h"
#include "VaultSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

namespace BreachAdvisor::Ui {

namespace {

// The settings name the vault's folder: readable by their owner only, from the start.
// QSettings rewrites the file with the permissions it finds there, so a file made 0600
// (or tightened to it) stays so. Where this cannot be done, QSettings cannot write the
// file either, and reports that through its status().
void keepPrivate(const QString &file)
{
    if (!QFileInfo::exists(file) && QDir().mkpath(QFileInfo(file).absolutePath())) {
        QFile made(file);
        if (made.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            made.close();
        }
    }
    PrivateFile::keepToOwner(file);
}

} // namespace

AppSettings::AppSettings(const QString &file)
    : m_store(file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat))
{
    keepPrivate(m_store->fileName());
}

QString AppSettings::vaultDirectory() const
{
    return m_store->value(QStringLiteral("vault/directory"), VaultSession::defaultDirectory()).toString();
}

void AppSettings::setVaultDirectory(const QString &directory)
{
    m_store->setValue(QStringLiteral("vault/directory"), directory);
}

int AppSettings::textScale() const
{
    return qBound(100, m_store->value(QStringLiteral("display/textScale"), 100).toInt(), 200);
}

void AppSettings::setTextScale(int percent)
{
    m_store->setValue(QStringLiteral("display/textScale"), qBound(100, percent, 200));
}

QString AppSettings::theme() const
{
    return m_store->value(QStringLiteral("display/theme"), QStringLiteral("system")).toString();
}

void AppSettings::setTheme(const QString &theme)
{
    m_store->setValue(QStringLiteral("display/theme"), theme);
}

int AppSettings::idleLockMinutes() const
{
    return SharedSettings::idleLockMinutes(*m_store); // the CLI's shell follows it too
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    SharedSettings::setIdleLockMinutes(*m_store, minutes);
}

QString AppSettings::language() const
{
    return m_store->value(QStringLiteral("display/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_store->setValue(QStringLiteral("display/language"), language);
}

bool AppSettings::rememberVault() const
{
    return m_store->value(QStringLiteral("vault/remember"), false).toBool();
}

void AppSettings::setRememberVault(bool remember)
{
    m_store->setValue(QStringLiteral("vault/remember"), remember);
}

QString AppSettings::helperName() const
{
    return m_store->value(QStringLiteral("helpdesk/helperName")).toString();
}

void AppSettings::setHelperName(const QString &name)
{
    m_store->setValue(QStringLiteral("helpdesk/helperName"), name);
}

} // namespace BreachAdvisor::Ui
