#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace BreachAdvisor::Translations {

// A language the app and the command line offer: its code ("ar") and its name in its
// own script ("العربية"). The list lives in translations/languages.json (:/i18n); a
// language is there only when its translation is complete.
struct Language
{
    QString code;
    QString name;
};

// English first, then the others as the file lists them.
QList<Language> offered();

// The offered language a locale name or code stands for ("fr_FR.UTF-8", "es-419",
// "ar_EG", "fr"): its code, or empty when that language is not offered.
QString offeredCode(const QString &localeName);

// An offered language's name in its own script ("Français"); the code itself otherwise.
QString nativeName(const QString &code);

// The offered codes as a person reads them in a message: "en, ar, es, fr".
QString offeredList();

// The language the computer's user interface is in (QLocale::uiLanguages, in order of
// preference): the first that is offered, else English.
QString systemLanguage();

// The language of a terminal's environment, as gettext reads it: LC_ALL, then
// LC_MESSAGES, then LANG (the first that is set and not empty). The offered language it
// names, else English ("C", "POSIX", or a language not offered yet).
QString environmentLanguage();

// The locale numbers and dates are written in for a language: the computer's own when it
// is in that language (its country's conventions), else the language's usual one.
QLocale localeFor(const QString &code);

// Installs the app's translations for an offered language code and makes its locale the
// default (numbers, dates, text direction). English has a file too: its singular and
// plural forms ("1 step", "2 steps"), installed beneath every language. A later call
// replaces the language an earlier one installed. False for a code that is not offered.
bool install(const QString &code);

// The code of the language install() put in place ("en" before any call).
QString current();

// Compatibility for callers that have a locale: installs its language when offered,
// else English. False when the locale's language is not offered.
bool install(const QLocale &locale);

} // namespace BreachAdvisor::Translations
