#pragma once

#include "IdentifierKind.h"

#include <QString>

#include <optional>

namespace BreachAdvisor {

// An identifier as a person typed it.
struct IdentifierInput
{
    IdentifierKind kind = IdentifierKind::Phone;
    QString text;
    bool operator==(const IdentifierInput &other) const = default;
};

// An identifier after normalization: the form that is hashed and matched, or why it
// cannot be. One type for every kind; the phone-only details are empty otherwise.
struct NormalizedIdentifier
{
    IdentifierKind kind = IdentifierKind::Phone;
    QString input;
    bool valid = false;
    QString normalized; // E.164 for phone numbers ("+4915123456789"); empty when invalid
    QString errorCode;  // machine-readable reason when invalid, e.g. "too_short"
    QString error;      // the reason for a person

    // Phone numbers only.
    QString region;      // ISO 3166 code of the number, e.g. "DE"
    QString type;        // "mobile", "fixed_line", ... (only when details were asked for)
    QString description; // where the number is from, in the caller's language ("Berlin")
    QString extension;   // "123" for "... ext. 123"; not part of E.164

    // For handouts and shared screens: enough to recognize, not enough to use.
    // "+20 ••• ••• 4567", "a•••@gmail.com", "j•••"; an invalid one keeps only its ends.
    QString masked() const;
};

namespace Identifiers {

// Normalizes any kind. defaultRegion: the country of phone numbers written without
// a country code. language: when set, phone numbers also get their type and
// description in that language (they cost more than the parse).
NormalizedIdentifier normalize(const IdentifierInput &input, const QString &defaultRegion = {},
                               const QString &language = {});

// One identifier from a line of a list a person pasted or a file: "phone:", "email:" or
// "username:" in front says the kind; otherwise a line with an @ inside is an e-mail
// address, one of digits and phone punctuation (at least 5 digits) is a phone number,
// and anything else a username. nullopt for a blank line.
std::optional<IdentifierInput> inputFromLine(const QString &line);

} // namespace Identifiers
} // namespace BreachAdvisor
