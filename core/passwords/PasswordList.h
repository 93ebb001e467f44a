#pragma once

#include "Vault.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace BreachAdvisor {
struct PasswordImportReport;
}

namespace BreachAdvisor::PasswordList {

// The leaked-password list's file in a vault's folder (public data, beside the vault).
constexpr const char *kFileName = Vault::kPasswordListFile;
QString pathIn(const QString &vaultDirectory);

// The fewest times a password of this seen class was seen (PasswordSeen::kAtLeast).
std::uint64_t seenAtLeast(int seenClass);
// The answer in words, for any front end: how often it was seen and what to do; or that it
// is not in the list, which does not make it strong.
QString verdict(std::optional<int> seenClass);
// What an import did, for any front end: the headline (how many hashes, from where, how
// big), then one sentence for each thing not kept as read (merged hashes, blank lines, a
// partial prefix folder, other files not read).
QStringList importSummary(const PasswordImportReport &report, const QString &source);

} // namespace BreachAdvisor::PasswordList
