#pragma once

#include "NormalizedIdentifier.h"

#include <QString>

namespace BreachAdvisor {

// Phone numbers in any human format through libphonenumber: national formats for the
// default region, "+" and "00" international prefixes, "tel:" URIs, extensions,
// Arabic-Indic and other Unicode digits.
class PhoneNumbers
{
public:
    // Longer input, or more digits, is "too_long" at once: E.164 has at most 15
    // digits, and an international prefix and an extension add a few.
    static constexpr qsizetype kMaxInputLength = 250;
    static constexpr qsizetype kMaxDigits = 24;

    // defaultRegion: ISO 3166 code ("DE") used for numbers written without a country code.
    // language: for the geographic description ("en", "de", ...).
    static NormalizedIdentifier normalize(const QString &text, const QString &defaultRegion = {},
                                       const QString &language = QStringLiteral("en"));
    // The same without type and geographic description (which cost more than the parse).
    static NormalizedIdentifier toE164(const QString &text, const QString &defaultRegion = {});
    static bool isKnownRegion(const QString &region);
    // A made-up mobile number of that country (libphonenumber's example), as written there
    // ("07400 123456") and as written from abroad ("+44 7400 123456"); empty for an unknown
    // region.
    struct Example
    {
        QString national;
        QString international;
    };
    static Example exampleMobile(const QString &region);
    // The digits of the country code in an E.164 number ("+20..." → 2); 0 when none fits.
    static int countryCodeLength(const QString &e164);
    // Replaces every Unicode decimal digit by its ASCII digit and drops bidi marks.
    static QString asciiDigits(const QString &text);

private:
    static NormalizedIdentifier parse(const QString &text, const QString &defaultRegion, const QString *detailsLanguage);
};

} // namespace BreachAdvisor
