#pragma once

#include "NormalizedIdentifier.h"

#include <QString>

namespace BreachAdvisor {

// E-mail addresses: trimmed, NFKC-normalized and case-folded (HIBP matches e-mail
// case-insensitively); the domain in Unicode form, whatever form it was typed in.
// Invalid syntax is reported, never repaired by guessing.
namespace EmailAddress {
NormalizedIdentifier normalize(const QString &text);
}

// Usernames: trimmed, NFKC-normalized, case-folded; one leading "@" dropped so
// "@alice" and "alice" match; inner white space collapsed.
namespace Username {
NormalizedIdentifier normalize(const QString &text);
}

} // namespace BreachAdvisor
