#include "PhoneColumnNormalizer.h"

#include "PhoneNumbers.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <set>
#include <unordered_map>

namespace BreachAdvisor {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// A fine range's verdict is trusted once this many of its numbers agreed.
constexpr int kSamplesPerRange = 3;
// A coarse range is trusted only to be valid, and only after this many valid numbers
// and no invalid one. Trusting a coarse range wrongly can only store a number that
// libphonenumber would reject (harmless: no lookup ever produces it), never skip a
// number it accepts: "invalid" is decided at the finest level or number by number.
constexpr int kCoarseSamples = 8;
// Ranges by this many leading national digits (with country code and length), from
// coarse to fine; a range whose numbers disagree defers to the finer one, and numbers
// of a range mixed even at the finest level are checked one by one. (Validity can
// hang on the third digit: German "151" is a mobile range, "153" is not.)
constexpr std::size_t kLevelDigits[] = {3, 6};

enum class Verdict : std::uint8_t { Sampling, Valid, Invalid, Mixed };

const std::array<bool, 1000> &callingCodes()
{
    static const std::array<bool, 1000> table = [] {
        std::array<bool, 1000> codes{};
        const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
        std::set<std::string> regions;
        util.GetSupportedRegions(&regions);
        for (const std::string &region : regions) {
            codes[std::size_t(util.GetCountryCodeForRegion(region))] = true;
        }
        std::set<int> global;
        util.GetSupportedGlobalNetworkCallingCodes(&global);
        for (int code : global) {
            codes[std::size_t(code)] = true;
        }
        return codes;
    }();
    return table;
}

// Digits of a plainly written number: ASCII digits with spaces and - . ( ) / between
// them, and an optional leading "+". Anything else returns false (full path).
bool plainDigits(std::string_view raw, std::string &digits, bool &plus)
{
    digits.clear();
    plus = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
        } else if (c == '+' && digits.empty() && !plus) {
            plus = true;
        } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/' && c != '\t') {
            return false;
        }
    }
    return true;
}

// libphonenumber's verdict on a number given as country code and national digits,
// without parsing text (≈ 2 µs instead of ≈ 12 µs).
bool isValidNumber(int callingCode, std::string_view nationalDigits)
{
    if (nationalDigits.empty() || nationalDigits.size() > 17) {
        return false;
    }
    PhoneNumber number;
    number.set_country_code(callingCode);
    std::size_t zeros = 0;
    while (zeros < nationalDigits.size() && nationalDigits[zeros] == '0') {
        ++zeros;
    }
    if (zeros > 0) {
        number.set_italian_leading_zero(true);
        if (zeros > 1) {
            number.set_number_of_leading_zeros(int(std::min(zeros, nationalDigits.size() - 1)));
        }
    }
    std::uint64_t value = 0;
    for (const char digit : nationalDigits) {
        value = value * 10 + std::uint64_t(digit - '0');
    }
    number.set_national_number(value);
    return PhoneNumberUtil::GetInstance()->IsValidNumber(number);
}

const char *reasonFor(const NormalizedIdentifier &result)
{
    static const std::array<const char *, 9> codes = {"empty", "not_a_number", "missing_region", "unknown_region",
                                                       "invalid_country_code", "too_short", "too_long",
                                                       "invalid_number", "not_a_number"};
    for (const char *code : codes) {
        if (result.errorCode == QLatin1String(code)) {
            return code;
        }
    }
    return "invalid_number";
}

} // namespace

QString phoneFormatName(PhoneFormat format)
{
    switch (format) {
    case PhoneFormat::International: return QStringLiteral("international");
    case PhoneFormat::National: return QStringLiteral("national");
    case PhoneFormat::Auto: return QStringLiteral("auto");
    }
    return QString();
}

bool phoneFormatFromName(const QString &name, PhoneFormat *format)
{
    for (PhoneFormat candidate : {PhoneFormat::International, PhoneFormat::National, PhoneFormat::Auto}) {
        if (name == phoneFormatName(candidate)) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

struct PhoneColumnNormalizer::Memo
{
    struct Range
    {
        Verdict verdict = Verdict::Sampling;
        Verdict firstSeen = Verdict::Sampling;
        std::uint8_t samples = 0;
        std::uint8_t strip = 0;        // national: leading digits to drop (trunk prefix)
        std::uint16_t callingCode = 0; // national: the country code to put in front

        // One more number of this range went the full way: trust the range once
        // kSamplesPerRange numbers agreed, check number by number once two disagreed.
        void learn(Verdict observed, std::uint8_t observedStrip, std::uint16_t observedCode, bool coarse)
        {
            if (verdict != Verdict::Sampling) {
                return;
            }
            if (coarse && observed != Verdict::Valid) {
                verdict = Verdict::Mixed;
                return;
            }
            if (observed == Verdict::Mixed) {
                verdict = Verdict::Mixed;
                return;
            }
            if (samples == 0) {
                firstSeen = observed;
                strip = observedStrip;
                callingCode = observedCode;
            } else if (firstSeen != observed || strip != observedStrip || callingCode != observedCode) {
                verdict = Verdict::Mixed;
                return;
            }
            if (++samples >= (coarse ? kCoarseSamples : kSamplesPerRange)) {
                verdict = firstSeen;
            }
        }
    };
    // Ranges by (country code or 0, number length, prefix length, prefix digits).
    struct Key
    {
        std::uint64_t code;
        std::string digits; // the prefix, length and prefix length folded in
        bool operator==(const Key &other) const { return code == other.code && digits == other.digits; }
    };
    struct KeyHash
    {
        std::size_t operator()(const Key &key) const
        {
            return std::hash<std::string>()(key.digits) ^ (key.code * 0x9e3779b97f4a7c15ULL);
        }
    };
    std::unordered_map<Key, Range, KeyHash> ranges;
    std::string scratch;
    Key probe;

    Range &range(std::uint64_t code, std::string_view digits, std::size_t prefixDigits)
    {
        probe.code = code;
        probe.digits.assign(1, char(digits.size()));
        probe.digits.append(digits.substr(0, std::min(prefixDigits, digits.size())));
        return ranges[probe];
    }

    // Teaches every level up to the first one still sampling (the finer levels are
    // reached only through a coarser mixed one).
    void learn(Range *const *levels, Verdict verdict, std::uint8_t strip, std::uint16_t code)
    {
        for (std::size_t level = 0; level < std::size(kLevelDigits); ++level) {
            const bool wasSampling = levels[level]->verdict == Verdict::Sampling;
            levels[level]->learn(verdict, strip, code, level + 1 < std::size(kLevelDigits));
            if (wasSampling && levels[level]->verdict != Verdict::Mixed) {
                return;
            }
        }
    }
};

PhoneColumnNormalizer::PhoneColumnNormalizer(PhoneFormat format, const QString &region, bool exact)
    : m_format(format)
    , m_region(region.trimmed().toUpper().toStdString())
    , m_exact(exact)
    , m_memo(std::make_unique<Memo>())
{
    if (!m_region.empty()) {
        m_regionCallingCode = PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(m_region);
        PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(m_region, true, &m_nationalPrefix);
    }
    callingCodes(); // build the table before any thread needs it
}

PhoneColumnNormalizer::~PhoneColumnNormalizer() = default;

void PhoneColumnNormalizer::forgetLearned()
{
    m_memo->ranges.clear();
}

PhoneColumnNormalizer::Result PhoneColumnNormalizer::fullPath(std::string_view raw, std::string *e164)
{
    if (raw.size() > std::size_t(PhoneNumbers::kMaxInputLength) * 4) {
        return {false, "too_long"}; // PhoneNumbers would refuse it too, without the copies
    }
    ++m_fullChecks;
    QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size())).trimmed();
    const QString region = QString::fromStdString(m_region);
    NormalizedIdentifier result;
    if (m_format == PhoneFormat::International) {
        const QString digitsFirst = PhoneNumbers::asciiDigits(text).trimmed();
        // The Facebook files' shape: the country code without "+".
        if (!digitsFirst.startsWith(QLatin1Char('+')) && !digitsFirst.startsWith(QLatin1String("00"))
            && !digitsFirst.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
            text = QLatin1Char('+') + digitsFirst;
        }
        result = PhoneNumbers::toE164(text, QString());
    } else {
        result = PhoneNumbers::toE164(text, region);
    }
    if (!result.valid) {
        return {false, reasonFor(result)};
    }
    *e164 = result.normalized.toStdString();
    return {true, nullptr};
}

PhoneColumnNormalizer::Result PhoneColumnNormalizer::normalize(std::string_view raw, std::string *e164)
{
    std::string &digits = m_memo->scratch;
    bool plus = false;
    if (m_exact || !plainDigits(raw, digits, plus)) {
        return fullPath(raw, e164);
    }
    if (digits.empty()) {
        return {false, raw.find_first_not_of(" \t") == std::string_view::npos ? "empty" : "not_a_number"};
    }
    if (plus || m_format == PhoneFormat::International) {
        std::string_view international(digits);
        if (!plus && international.substr(0, 2) == "00") {
            international.remove_prefix(2); // international dialling prefix
        }
        return PhoneColumnNormalizer::international(international, e164);
    }
    if (digits.size() >= 2 && digits.compare(0, 2, "00") == 0) {
        return fullPath(raw, e164); // "00" may be an IDD here: let libphonenumber decide
    }
    return national(digits, e164);
}

PhoneColumnNormalizer::Result PhoneColumnNormalizer::international(std::string_view digits, std::string *e164)
{
    if (digits.size() < 7) {
        return {false, "too_short"};
    }
    if (digits.size() > 15) {
        return {false, "too_long"};
    }
    // Calling codes are prefix-free: at most one of the 1-, 2- and 3-digit prefixes is one.
    int callingCode = 0;
    std::size_t codeLength = 0;
    for (std::size_t length = 1; length <= 3; ++length) {
        int code = 0;
        for (std::size_t i = 0; i < length; ++i) {
            code = code * 10 + (digits[i] - '0');
        }
        if (callingCodes()[std::size_t(code)]) {
            callingCode = code;
            codeLength = length;
            break;
        }
    }
    if (codeLength == 0) {
        return {false, "invalid_country_code"};
    }
    const std::string_view nationalDigits = digits.substr(codeLength);
    Memo::Range *ranges[std::size(kLevelDigits)];
    const auto rangeAt = [&](std::size_t level) {
        return &m_memo->range(std::uint64_t(callingCode), nationalDigits, kLevelDigits[level]);
    };
    std::size_t level = 0;
    for (; level < std::size(kLevelDigits); ++level) {
        ranges[level] = rangeAt(level);
        if (ranges[level]->verdict == Verdict::Valid) {
            e164->assign(1, '+');
            e164->append(digits);
            return {true, nullptr};
        }
        if (ranges[level]->verdict == Verdict::Invalid) {
            return {false, "invalid_number"};
        }
        if (ranges[level]->verdict == Verdict::Sampling) {
            break;
        }
    }
    for (std::size_t finer = level + 1; finer < std::size(kLevelDigits); ++finer) {
        ranges[finer] = rangeAt(finer);
    }
    ++m_fullChecks;
    if (isValidNumber(callingCode, nationalDigits)) {
        m_memo->learn(ranges, Verdict::Valid, 0, 0);
        e164->assign(1, '+');
        e164->append(digits);
        return {true, nullptr};
    }
    // Not valid as written. With a national prefix after the country code, as in
    // "+44 (0)7400...", libphonenumber's parser still reads it: ask it, and check those
    // ranges number by number.
    std::string nationalPrefix;
    std::string mainRegion;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(callingCode, &mainRegion);
    PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(mainRegion, true, &nationalPrefix);
    if (nationalPrefix.empty() || nationalDigits.substr(0, nationalPrefix.size()) != nationalPrefix) {
        m_memo->learn(ranges, Verdict::Invalid, 0, 0);
        return {false, "invalid_number"};
    }
    std::string withPlus = "+";
    withPlus.append(digits);
    const Result full = fullPath(withPlus, e164);
    m_memo->learn(ranges, full.valid ? Verdict::Mixed : Verdict::Invalid, 0, 0);
    return full;
}

PhoneColumnNormalizer::Result PhoneColumnNormalizer::national(std::string_view digits, std::string *e164)
{
    if (m_region.empty()) {
        return {false, "missing_region"};
    }
    if (digits.size() > 17) {
        return {false, "too_long"};
    }
    Memo::Range *ranges[std::size(kLevelDigits)];
    // One digit more than for international numbers: the trunk prefix ("0").
    const auto rangeAt = [&](std::size_t level) { return &m_memo->range(0, digits, kLevelDigits[level] + 1); };
    std::size_t level = 0;
    for (; level < std::size(kLevelDigits); ++level) {
        ranges[level] = rangeAt(level);
        const Memo::Range &range = *ranges[level];
        if (range.verdict == Verdict::Valid) {
            e164->assign(1, '+');
            e164->append(std::to_string(range.callingCode));
            e164->append(digits.substr(range.strip));
            return {true, nullptr};
        }
        if (range.verdict == Verdict::Invalid) {
            return {false, "invalid_number"};
        }
        if (range.verdict == Verdict::Sampling) {
            break;
        }
    }
    for (std::size_t finer = level + 1; finer < std::size(kLevelDigits); ++finer) {
        ranges[finer] = rangeAt(finer);
    }
    // The national prefix ("0") dropped, the rest checked as it is; a number that is not
    // valid that way goes through libphonenumber's parser, which knows carrier codes and
    // other national habits.
    if (!m_nationalPrefix.empty() && digits.substr(0, m_nationalPrefix.size()) == m_nationalPrefix) {
        const std::string_view rest = digits.substr(m_nationalPrefix.size());
        ++m_fullChecks;
        if (isValidNumber(m_regionCallingCode, rest)) {
            m_memo->learn(ranges, Verdict::Valid, std::uint8_t(m_nationalPrefix.size()), std::uint16_t(m_regionCallingCode));
            e164->assign(1, '+');
            e164->append(std::to_string(m_regionCallingCode));
            e164->append(rest);
            return {true, nullptr};
        }
    } else {
        // No national prefix written (regions without one, NANP numbers without their "1").
        ++m_fullChecks;
        if (isValidNumber(m_regionCallingCode, digits)) {
            m_memo->learn(ranges, Verdict::Valid, 0, std::uint16_t(m_regionCallingCode));
            e164->assign(1, '+');
            e164->append(std::to_string(m_regionCallingCode));
            e164->append(digits);
            return {true, nullptr};
        }
    }
    const Result full = fullPath(digits, e164);
    // What a trusted verdict would have produced: country code + the digits minus a
    // fixed number of leading ones. If libphonenumber did more (carrier codes, inserted
    // digits), the range is checked number by number.
    Verdict verdict = Verdict::Invalid;
    std::uint8_t strip = 0;
    if (full.valid) {
        verdict = Verdict::Mixed;
        const std::string code = std::to_string(m_regionCallingCode);
        if (e164->compare(1, code.size(), code) == 0) {
            const std::string_view nationalNumber = std::string_view(*e164).substr(1 + code.size());
            if (nationalNumber.size() <= digits.size()
                && digits.substr(digits.size() - nationalNumber.size()) == nationalNumber) {
                verdict = Verdict::Valid;
                strip = std::uint8_t(digits.size() - nationalNumber.size());
            }
        }
    }
    m_memo->learn(ranges, verdict, strip, std::uint16_t(m_regionCallingCode));
    return full;
}

PhoneColumnNormalizer::Detection PhoneColumnNormalizer::detect(const QStringList &sample, const QString &region)
{
    Detection detection;
    int nonEmpty = 0;
    int withPrefix = 0;
    int validInternational = 0;
    int validNational = 0;
    for (const QString &value : sample) {
        const QString text = PhoneNumbers::asciiDigits(value).trimmed();
        if (text.isEmpty()) {
            continue;
        }
        ++nonEmpty;
        if (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1String("00"))) {
            ++withPrefix;
        }
        const QString international = text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1String("00"))
                                          ? text
                                          : QLatin1Char('+') + text;
        validInternational += PhoneNumbers::toE164(international).valid ? 1 : 0;
        if (!region.isEmpty()) {
            validNational += PhoneNumbers::toE164(text, region).valid ? 1 : 0;
        }
    }
    if (nonEmpty == 0) {
        detection.explanation = QCoreApplication::translate("PhoneColumnNormalizer", "The sample has no phone numbers; assuming the "
                                                                                     "international format.");
        return detection;
    }
    const auto percent = [nonEmpty](int count) { return 100 * count / nonEmpty; };
    if (withPrefix * 10 >= nonEmpty * 9) {
        detection.format = PhoneFormat::International;
        detection.certain = true;
        detection.explanation = QCoreApplication::translate("PhoneColumnNormalizer", "%1% of the sample starts with + or 00: international "
                                                                                     "format.")
                                    .arg(percent(withPrefix));
        return detection;
    }
    // The reading under which clearly more of the sample is valid wins; when both fit
    // about as well, only the person can tell (and must: the E.164 forms differ).
    const int international = percent(validInternational);
    const int national = region.isEmpty() ? 0 : percent(validNational);
    detection.format = national > international ? PhoneFormat::National : PhoneFormat::International;
    detection.certain = std::max(international, national) >= 50 && std::abs(international - national) >= 20;
    detection.explanation = region.isEmpty()
                                ? QCoreApplication::translate("PhoneColumnNormalizer", "Read with the country code, %1% of the sample are "
                                                                                       "valid numbers.")
                                      .arg(percent(validInternational))
                                : QCoreApplication::translate("PhoneColumnNormalizer", "Read with the country code, %1% of the sample are "
                                                                                       "valid numbers; read as %2 national numbers, %3%.")
                                      .arg(percent(validInternational))
                                      .arg(region)
                                      .arg(percent(validNational));
    return detection;
}

} // namespace BreachAdvisor
