#include "CountryNames.h"

#include <QLocale>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace BreachAdvisor::CountryNames {

QString name(const QString &code)
{
    const QByteArray country = code.trimmed().toUpper().toLatin1();
    if (country.size() != 2) {
        return code;
    }
    const QByteArray language = QLocale().name().section(QLatin1Char('_'), 0, 0).toLatin1();
    const icu::Locale territory("", country.constData());
    const icu::Locale reader(language.isEmpty() || language == "C" ? "en" : language.constData());
    icu::UnicodeString text;
    territory.getDisplayCountry(reader, text);
    // ICU answers with the code itself for a country it has no name for.
    if (text.isEmpty() || text == icu::UnicodeString(country.constData(), int32_t(country.size()), US_INV)) {
        return code;
    }
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace BreachAdvisor::CountryNames
