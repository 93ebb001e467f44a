#pragma once

#include <QLocale>

namespace BreachAdvisor::Translations {

// Installs the app's translations for a locale (compiled from translations/*.ts into
// the resources). English has a file too: its singular and plural forms of the
// messages that count things ("1 step", "2 steps"), installed beneath every language
// so that what a language has not translated yet reads as English does. Call after the
// application object exists; a later call replaces the language an earlier one
// installed. False when the locale's language has no translation, or only a file with
// nothing translated yet (the text stays in English).
bool install(const QLocale &locale);

} // namespace BreachAdvisor::Translations
