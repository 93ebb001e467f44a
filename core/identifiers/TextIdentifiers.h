#pragma once

#include "NormalizedIdentifier.h"

#include <QString>

#include <string>
#include <string_view>

namespace BreachAdvisor {

// E-mail addresses: trimmed, NFKC-normalized and case-folded (HIBP matches e-mail
// case-insensitively); the domain in Unicode form, whatever form it was typed in.
// Invalid syntax is reported, never repaired by guessing.
namespace EmailAddress {
NormalizedIdentifier normalize(const QString &text);
// The common case fast (a leak file's millions of rows): an all-ASCII address that
// normalize() finds valid, normalized the same way without leaving UTF-8. False for
// anything else (non-ASCII, an "xn--" domain, an invalid address): ask normalize().
bool normalizeAscii(std::string_view text, std::string *normalized);
}

// Usernames: trimmed, NFKC-normalized, case-folded; one leading "@" dropped so
// "@alice" and "alice" match; inner white space collapsed.
namespace Username {
NormalizedIdentifier normalize(const QString &text);
// As EmailAddress::normalizeAscii: the same result as normalize() for a valid all-ASCII
// username, false for anything else.
bool normalizeAscii(std::string_view text, std::string *normalized);
}

} // namespace BreachAdvisor
