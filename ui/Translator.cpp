#include "Translator.h"

#include "Translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace BreachAdvisor::Ui {

QString Translator::install(const QString &language)
{
    const QString code = language.isEmpty() || Translations::offeredCode(language).isEmpty() ? Translations::systemLanguage()
                                                                                            : Translations::offeredCode(language);
    // Qt's own words (the wizard's Back and Next, a line edit's menu) in the same language.
    static QPointer<QTranslator> qt;
    if (qt) {
        QCoreApplication::removeTranslator(qt);
        delete qt;
    }
    auto *translator = new QTranslator(qApp);
    if (translator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(translator);
        qt = translator;
    } else {
        delete translator;
    }
    Translations::install(code);
    QApplication::setLayoutDirection(QLocale(code).textDirection());
    return code;
}

} // namespace BreachAdvisor::Ui
