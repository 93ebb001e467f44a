#pragma once

#include <QLocale>

namespace BreachAdvisor::Translations {

// Installs the app's translations for a locale (compiled from translations/*.ts into
// the resources). English has a file too: its singular and plural forms of the
// messages that count things ("1 step", "2 steps"). Call once, after the application
// object exists.
void install(const QLocale &locale);

} // namespace BreachAdvisor::Translations
