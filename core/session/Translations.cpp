#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace BreachAdvisor::Translations {

void install(const QLocale &locale)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    const QString directory = QStringLiteral(":/i18n");
    bool loaded = translator->load(locale, QStringLiteral("breach-advisor"), QStringLiteral("_"), directory);
    if (!loaded && (locale.language() == QLocale::C || locale.language() == QLocale::English)) {
        loaded = translator->load(QStringLiteral("breach-advisor_en"), directory);
    }
    if (loaded) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace BreachAdvisor::Translations
