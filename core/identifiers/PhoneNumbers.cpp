#include "PhoneNumbers.h"

#include <QCoreApplication>

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>

#include <algorithm>
#include <memory>
#include <set>

namespace BreachAdvisor {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const i18n::phonenumbers::PhoneNumberOfflineGeocoder &geocoder()
{
    // Loading the geocoding tables is slow: once per process.
    static const auto instance = std::make_unique<i18n::phonenumbers::PhoneNumberOfflineGeocoder>();
    return *instance;
}

QString typeName(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE: return QStringLiteral("fixed_line");
    case PhoneNumberUtil::MOBILE: return QStringLiteral("mobile");
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return QStringLiteral("fixed_line_or_mobile");
    case PhoneNumberUtil::TOLL_FREE: return QStringLiteral("toll_free");
    case PhoneNumberUtil::PREMIUM_RATE: return QStringLiteral("premium_rate");
    case PhoneNumberUtil::SHARED_COST: return QStringLiteral("shared_cost");
    case PhoneNumberUtil::VOIP: return QStringLiteral("voip");
    case PhoneNumberUtil::PERSONAL_NUMBER: return QStringLiteral("personal_number");
    case PhoneNumberUtil::PAGER: return QStringLiteral("pager");
    case PhoneNumberUtil::UAN: return QStringLiteral("uan");
    case PhoneNumberUtil::VOICEMAIL: return QStringLiteral("voicemail");
    case PhoneNumberUtil::UNKNOWN: break;
    }
    return QStringLiteral("unknown");
}

void setError(NormalizedIdentifier &result, const char *code, const QString &message)
{
    result.valid = false;
    result.errorCode = QString::fromLatin1(code);
    result.error = message;
}

// The country code of a number written with one but without "+" or "00"
// ("20 100 123 4567"): its digits when the number is valid read that way, else empty.
QString countryCodeWithoutPlus(const QString &cleaned)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse("+" + cleaned.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR || !util.IsValidNumber(number)) {
        return QString();
    }
    return QString::number(number.country_code());
}

void describeParseError(NormalizedIdentifier &result, PhoneNumberUtil::ErrorType error, bool countryCodeGiven, const QString &cleaned)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (countryCodeGiven) {
            setError(result, "invalid_country_code", QCoreApplication::translate("PhoneNumbers", "The country code is not valid."));
        } else if (const QString code = countryCodeWithoutPlus(cleaned); !code.isEmpty()) {
            setError(result, "missing_region",
                     QCoreApplication::translate("PhoneNumbers", "If %1 is the country code, add a + before it (+%1…), or say which "
                                                                 "country the number is from.")
                         .arg(code));
        } else {
            setError(result, "missing_region",
                     QCoreApplication::translate("PhoneNumbers", "Add the country code (like +44) or say which country the number is from."));
        }
        return;
    case PhoneNumberUtil::NOT_A_NUMBER: setError(result, "not_a_number", QCoreApplication::translate("PhoneNumbers", "This is not a phone number.")); return;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN: setError(result, "too_short", QCoreApplication::translate("PhoneNumbers", "The number is too short.")); return;
    case PhoneNumberUtil::TOO_LONG_NSN: setError(result, "too_long", QCoreApplication::translate("PhoneNumbers", "The number is too long.")); return;
    case PhoneNumberUtil::NO_PARSING_ERROR: return;
    }
}

} // namespace

QString PhoneNumbers::asciiDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)) {
            continue; // direction marks that right-to-left text puts around numbers
        }
        if (c.isDigit() && c.digitValue() >= 0) {
            out.append(QLatin1Char(char('0' + c.digitValue())));
        } else {
            out.append(c);
        }
    }
    return out;
}

bool PhoneNumbers::isKnownRegion(const QString &region)
{
    static const std::set<std::string> regions = [] {
        std::set<std::string> all;
        PhoneNumberUtil::GetInstance()->GetSupportedRegions(&all);
        return all;
    }();
    return regions.count(region.toUpper().toStdString()) > 0;
}

PhoneNumbers::Example PhoneNumbers::exampleMobile(const QString &region)
{
    if (!isKnownRegion(region)) {
        return {};
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!util.GetExampleNumberForType(region.toUpper().toStdString(), PhoneNumberUtil::MOBILE, &number)) {
        return {};
    }
    std::string national;
    std::string international;
    util.Format(number, PhoneNumberUtil::NATIONAL, &national);
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
    return {QString::fromStdString(national), QString::fromStdString(international)};
}

int PhoneNumbers::countryCodeLength(const QString &e164)
{
    if (!e164.startsWith(QLatin1Char('+'))) {
        return 0;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    // Country codes are 1 to 3 digits and prefix-free.
    for (int length = 1; length <= 3 && length < e164.size(); ++length) {
        bool ok = false;
        const int code = e164.mid(1, length).toInt(&ok);
        std::string region;
        util.GetRegionCodeForCountryCode(code, &region);
        if (ok && region != "ZZ") {
            return length;
        }
    }
    return 0;
}

NormalizedIdentifier PhoneNumbers::normalize(const QString &text, const QString &defaultRegion, const QString &language)
{
    return parse(text, defaultRegion, &language);
}

NormalizedIdentifier PhoneNumbers::toE164(const QString &text, const QString &defaultRegion)
{
    return parse(text, defaultRegion, nullptr);
}

NormalizedIdentifier PhoneNumbers::parse(const QString &text, const QString &defaultRegion, const QString *detailsLanguage)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    NormalizedIdentifier result;
    result.kind = IdentifierKind::Phone;
    result.input = text;

    const QString region = defaultRegion.trimmed().toUpper();
    if (!region.isEmpty() && !isKnownRegion(region)) {
        setError(result, "unknown_region", QCoreApplication::translate("PhoneNumbers", "\"%1\" is not a known country code (use two letters, like DE).").arg(region));
        return result;
    }
    // Nothing longer can be a phone number: refused before libphonenumber's regular
    // expressions, which take far more than linear time on long input.
    if (text.size() > kMaxInputLength * 4) {
        setError(result, "too_long", QCoreApplication::translate("PhoneNumbers", "The number is too long."));
        return result;
    }
    const QString cleaned = asciiDigits(text.normalized(QString::NormalizationForm_KC)).trimmed();
    if (cleaned.isEmpty()) {
        setError(result, "empty", QCoreApplication::translate("PhoneNumbers", "The phone number is empty."));
        return result;
    }
    if (cleaned.size() > kMaxInputLength || std::count_if(cleaned.cbegin(), cleaned.cend(), [](QChar c) { return c.isDigit(); }) > kMaxDigits) {
        setError(result, "too_long", QCoreApplication::translate("PhoneNumbers", "The number is too long."));
        return result;
    }

    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    PhoneNumber number;
    PhoneNumberUtil::ErrorType parseError = util.Parse(cleaned.toStdString(), regionCode, &number);
    bool valid = parseError == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(number);

    // "00" is the international prefix in most of the world, but not in every default
    // region (the US dials 011): read a leading 00 as "+" when the number made no sense.
    if (!valid && cleaned.startsWith(QLatin1String("00"))) {
        PhoneNumber international;
        const std::string plus = "+" + cleaned.mid(2).toStdString();
        if (util.Parse(plus, regionCode, &international) == PhoneNumberUtil::NO_PARSING_ERROR
            && util.IsValidNumber(international)) {
            number = international;
            parseError = PhoneNumberUtil::NO_PARSING_ERROR;
            valid = true;
        }
    }

    if (parseError != PhoneNumberUtil::NO_PARSING_ERROR) {
        // With a default region or a written "+"/"00", the country code itself was wrong;
        // otherwise the number simply did not say which country it is from.
        const bool countryCodeGiven = !region.isEmpty() || cleaned.startsWith(QLatin1Char('+'))
                                   || cleaned.startsWith(QLatin1String("00"));
        describeParseError(result, parseError, countryCodeGiven, cleaned);
        return result;
    }
    result.extension = QString::fromStdString(number.extension());
    if (!valid) {
        switch (util.IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT: setError(result, "too_short", QCoreApplication::translate("PhoneNumbers", "The number is too short.")); break;
        case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
            setError(result, "too_short", QCoreApplication::translate("PhoneNumbers", "The number is too short: add the area code."));
            break;
        case PhoneNumberUtil::TOO_LONG: setError(result, "too_long", QCoreApplication::translate("PhoneNumbers", "The number is too long.")); break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            setError(result, "invalid_country_code", QCoreApplication::translate("PhoneNumbers", "The country code is not valid."));
            break;
        default: {
            std::string numberRegion;
            util.GetRegionCodeForCountryCode(number.country_code(), &numberRegion);
            setError(result, "invalid_number",
                     QCoreApplication::translate("PhoneNumbers", "This is not a valid number for %1.").arg(QString::fromStdString(numberRegion)));
        }
        }
        return result;
    }

    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    std::string numberRegion;
    util.GetRegionCodeForNumber(number, &numberRegion);
    result.valid = true;
    result.normalized = QString::fromStdString(e164);
    result.region = QString::fromStdString(numberRegion);
    if (detailsLanguage) {
        result.type = typeName(util.GetNumberType(number));
        const icu::Locale locale(detailsLanguage->toStdString().c_str());
        result.description = QString::fromStdString(geocoder().GetDescriptionForNumber(number, locale));
    }
    return result;
}

} // namespace BreachAdvisor
