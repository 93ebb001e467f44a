#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace BreachAdvisor::PasswordList {

// The leaked-password list's file in a vault's folder (public data, beside the vault).
constexpr char kFileName[] = "pwned-passwords.idx";
QString pathIn(const QString &vaultDirectory);

// The fewest times a password of this seen class was seen (PasswordSeen::kAtLeast).
std::uint64_t seenAtLeast(int seenClass);
// The answer in words, for any front end: how often it was seen and what to do; or that it
// is not in the list, which does not make it strong.
QString verdict(std::optional<int> seenClass);

} // namespace BreachAdvisor::PasswordList
