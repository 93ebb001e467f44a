#pragma once

#include <QString>

namespace BreachAdvisor::Ui {

// Puts the app in a language: Qt's own translations and the app's, the locale of numbers
// and dates, and the layout direction (right to left for Arabic). language: an offered
// code ("fr"); empty, or one not offered, means the computer's language when it is
// offered, else English. Installing sends every widget a LanguageChange event: the main
// window then builds its screens again in the new language. Returns the code installed.
class Translator
{
public:
    static QString install(const QString &language);
};

} // namespace BreachAdvisor::Ui
