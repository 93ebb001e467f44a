#pragma once

#include <QLocale>

namespace BreachAdvisor::Translations {

// Installs the app's translations for a locale (compiled from translations/*.ts into
// the resources). English has a file too: its singular and plural forms of the
// messages that count things ("1 step", "2 steps"). Call after the application object
// exists; a later call replaces the translation an earlier one installed. False when
// there is no translation for the locale's language (the text stays in English).
bool install(const QLocale &locale);

} // namespace BreachAdvisor::Translations
