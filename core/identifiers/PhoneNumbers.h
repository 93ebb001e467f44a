#pragma once

#include <QString>

namespace BreachAdvisor {

struct PhoneNumberResult
{
    QString input;
    bool valid = false;
    QString e164;        // "+4915123456789"; empty when invalid
    QString region;      // ISO 3166 code of the number, e.g. "DE"
    QString type;        // "mobile", "fixed_line", "fixed_line_or_mobile", "toll_free", ...
    QString description; // where the number is from, in the caller's language ("Berlin", "Germany")
    QString extension;   // "123" for "... ext. 123"; not part of E.164
    QString errorCode;   // machine-readable reason when invalid, e.g. "too_short"
    QString error;       // the reason for a person
};

// Phone numbers in any human format through libphonenumber: national formats for the
// default region, "+" and "00" international prefixes, "tel:" URIs, extensions,
// Arabic-Indic and other Unicode digits.
class PhoneNumbers
{
public:
    // defaultRegion: ISO 3166 code ("DE") used for numbers written without a country code.
    // language: for the geographic description ("en", "de", ...).
    static PhoneNumberResult normalize(const QString &text, const QString &defaultRegion = {},
                                       const QString &language = QStringLiteral("en"));
    // The same without type and geographic description (which cost more than the parse).
    static PhoneNumberResult toE164(const QString &text, const QString &defaultRegion = {});
    static bool isKnownRegion(const QString &region);
    // Replaces every Unicode decimal digit by its ASCII digit and drops bidi marks.
    static QString asciiDigits(const QString &text);

private:
    static PhoneNumberResult parse(const QString &text, const QString &defaultRegion, const QString *detailsLanguage);
};

} // namespace BreachAdvisor
