#include "Translations.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace BreachAdvisor::Translations {

namespace {

const QString kDirectory = QStringLiteral(":/i18n");

} // namespace

bool install(const QLocale &locale)
{
    // English's singular and plural forms stay installed beneath every language: what a
    // language has not translated yet falls back to them, not to "1 step(s)".
    static QPointer<QTranslator> english;
    if (!english) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral("breach-advisor_en"), kDirectory)) {
            QCoreApplication::installTranslator(translator);
            english = translator;
        } else {
            delete translator;
        }
    }
    static QPointer<QTranslator> installed;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    if (locale.language() == QLocale::C || locale.language() == QLocale::English) {
        return true;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    // A file with nothing translated yet (the skeletons translators start from) is no translation.
    if (!translator->load(locale, QStringLiteral("breach-advisor"), QStringLiteral("_"), kDirectory) || translator->isEmpty()) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
    return true;
}

} // namespace BreachAdvisor::Translations
