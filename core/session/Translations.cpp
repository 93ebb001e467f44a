#include "Translations.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace BreachAdvisor::Translations {

bool install(const QLocale &locale)
{
    static QPointer<QTranslator> installed;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    const QString directory = QStringLiteral(":/i18n");
    bool loaded = translator->load(locale, QStringLiteral("breach-advisor"), QStringLiteral("_"), directory);
    if (!loaded && (locale.language() == QLocale::C || locale.language() == QLocale::English)) {
        loaded = translator->load(QStringLiteral("breach-advisor_en"), directory);
    }
    if (!loaded) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
    return true;
}

} // namespace BreachAdvisor::Translations
