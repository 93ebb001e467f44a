#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace BreachAdvisor {

// What an identifier is. Its own header so that people, plans and front ends can name
// a kind without pulling in the hashing code.
enum class IdentifierKind : std::uint8_t { Phone = 1, Email = 2, Username = 3 };

// "phone", "email", "username": the names the vault, the CLI and JSON use.
QString identifierKindName(IdentifierKind kind);
std::optional<IdentifierKind> identifierKindFromName(const QString &name);

} // namespace BreachAdvisor
