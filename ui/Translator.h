#pragma once

#include <QString>

namespace BreachAdvisor::Ui {

// Loads Qt's own translations and the app's for a language ("de", "ar"; empty: the
// system's), and turns the layout right-to-left for languages written that way.
class Translator
{
public:
    static void install(const QString &language);
};

} // namespace BreachAdvisor::Ui
