#pragma once

#include <QString>

namespace BreachAdvisor::CountryNames {

// A country's name in the language of the default locale (QLocale(), which the chosen
// language sets): "Égypte" in French, "مصر" in Arabic, "Egypt" in English. From ICU's
// locale data, which names every ISO 3166 country in every language we offer; the code
// itself when ICU does not know it.
QString name(const QString &code);

} // namespace BreachAdvisor::CountryNames
