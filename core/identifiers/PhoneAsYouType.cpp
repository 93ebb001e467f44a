#include "PhoneAsYouType.h"

#include "PhoneNumbers.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>

namespace BreachAdvisor {

using i18n::phonenumbers::PhoneNumberUtil;

struct PhoneAsYouType::Formatter
{
    std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> formatter;
};

PhoneAsYouType::PhoneAsYouType(const QString &region)
    : m_formatter(std::make_unique<Formatter>())
{
    const QString code = region.isEmpty() || !PhoneNumbers::isKnownRegion(region) ? QStringLiteral("ZZ") : region.toUpper();
    m_formatter->formatter.reset(PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(code.toStdString()));
}

PhoneAsYouType::~PhoneAsYouType() = default;

QString PhoneAsYouType::format(const QString &typed)
{
    const QString digits = PhoneNumbers::asciiDigits(typed).trimmed();
    for (const QChar c : digits) {
        const bool allowed = c.isDigit() || c.isSpace() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('(')
                          || c == QLatin1Char(')') || c == QLatin1Char('.') || c == QLatin1Char('/');
        if (!allowed) {
            return typed; // an extension, letters: not ours to reformat
        }
    }
    auto &formatter = *m_formatter->formatter;
    formatter.Clear();
    std::string result;
    bool first = true;
    for (const QChar c : digits) {
        if (c.isDigit() || (first && c == QLatin1Char('+'))) {
            formatter.InputDigit(c.unicode(), &result);
            first = false;
        }
    }
    return QString::fromStdString(result);
}

QStringList PhoneAsYouType::supportedRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList list;
    for (const std::string &region : regions) {
        list << QString::fromStdString(region);
    }
    return list;
}

} // namespace BreachAdvisor
