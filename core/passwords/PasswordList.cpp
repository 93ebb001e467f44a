#include "PasswordList.h"

#include "PasswordIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace BreachAdvisor::PasswordList {

QString pathIn(const QString &vaultDirectory)
{
    return QDir(vaultDirectory).filePath(QLatin1String(kFileName));
}

std::uint64_t seenAtLeast(int seenClass)
{
    return PasswordSeen::kAtLeast[std::clamp(seenClass, 0, PasswordSeen::kClasses - 1)];
}

QString verdict(std::optional<int> seenClass)
{
    if (!seenClass) {
        return QCoreApplication::translate("PasswordList", "Not in the list of leaked passwords. That does not make it strong: a password "
                                                           "manager makes and keeps a different one for every account.");
    }
    if (*seenClass == 0) {
        return QCoreApplication::translate("PasswordList", "This password has been seen in a leak: criminals may try it. Change it "
                                                           "everywhere you use it.");
    }
    return QCoreApplication::translate("PasswordList", "This password has been seen at least %1 times in leaks: criminals try it first. "
                                                       "Change it everywhere you use it.")
        .arg(QLocale().toString(qulonglong(seenAtLeast(*seenClass))));
}

} // namespace BreachAdvisor::PasswordList
