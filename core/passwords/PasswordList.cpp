#include "PasswordList.h"

#include "PasswordCorpusImporter.h"
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

QStringList importSummary(const PasswordImportReport &report, const QString &source)
{
    const QLocale locale;
    const double perHash = report.hashes > 0 ? double(report.bytes) / double(report.hashes) : 0.0;
    QStringList sentences;
    sentences << QCoreApplication::translate("PasswordList", "Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.")
                     .arg(locale.toString(qulonglong(report.hashes)), passwordHashKindName(report.kind), source,
                          locale.toString(report.seconds, 'f', 1), locale.formattedDataSize(report.bytes), locale.toString(perHash, 'f', 2));
    if (report.merged > 0) {
        sentences << QCoreApplication::translate("PasswordList", "Hashes alike in their first 64 bits to the one before, kept once: %1.")
                         .arg(locale.toString(qulonglong(report.merged)));
    }
    if (report.blankLines > 0) {
        sentences << QCoreApplication::translate("PasswordList", "Empty lines skipped: %1.").arg(locale.toString(qulonglong(report.blankLines)));
    }
    if (report.prefixFiles > 0 && report.prefixFiles < PasswordCorpusImporter::kPrefixFiles) {
        sentences << QCoreApplication::translate("PasswordList", "Only %1 of the %2 prefix files were there: the list is partial, and passwords "
                                                                 "in the missing ones are reported as not seen.")
                         .arg(locale.toString(report.prefixFiles), locale.toString(PasswordCorpusImporter::kPrefixFiles));
    }
    if (report.otherFiles > 0) {
        sentences << QCoreApplication::translate("PasswordList", "Other files in that folder, not read: %1.").arg(report.otherFiles);
    }
    return sentences;
}

} // namespace BreachAdvisor::PasswordList
