#pragma once

#include <QString>

namespace BreachAdvisor {

struct TextIdentifierResult
{
    QString input;
    bool valid = false;
    QString normalized; // the form that is hashed and matched
    QString errorCode;  // machine-readable reason when invalid
    QString error;      // the reason for a person
};

// E-mail addresses: trimmed, NFKC-normalized and case-folded (HIBP matches e-mail
// case-insensitively); the domain in Unicode form, whatever form it was typed in.
// Invalid syntax is reported, never repaired by guessing.
namespace EmailAddress {
TextIdentifierResult normalize(const QString &text);
}

// Usernames: trimmed, NFKC-normalized, case-folded; one leading "@" dropped so
// "@alice" and "alice" match; inner white space collapsed.
namespace Username {
TextIdentifierResult normalize(const QString &text);
}

} // namespace BreachAdvisor
