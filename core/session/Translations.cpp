#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTranslator>

namespace BreachAdvisor::Translations {

namespace {

const QString kDirectory = QStringLiteral(":/i18n");
const QString kEnglish = QStringLiteral("en");

QString installedCode = kEnglish;

QList<Language> readOffered()
{
    QList<Language> languages{{kEnglish, QStringLiteral("English")}};
    QFile file(kDirectory + QStringLiteral("/languages.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return languages; // a build without translations: English only
    }
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("offered")).toArray();
    for (const QJsonValue &entry : entries) {
        const Language language{entry[QLatin1String("code")].toString(), entry[QLatin1String("name")].toString()};
        if (!language.code.isEmpty() && language.code != kEnglish) {
            languages.append(language);
        }
    }
    return languages;
}

} // namespace

QList<Language> offered()
{
    static const QList<Language> languages = readOffered();
    return languages;
}

QString offeredCode(const QString &localeName)
{
    // "fr_FR.UTF-8@euro" -> "fr_FR" -> "fr"; "es-419" -> "es".
    QString name = localeName.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString language = name.section(QLatin1Char('_'), 0, 0).toLower();
    // The language and country first ("pt_BR"), then the language ("fr_CA" -> "fr"), then a
    // language offered for one country only ("pt_PT" -> "pt_BR": closer than English).
    for (const Language &offeredLanguage : offered()) {
        if (offeredLanguage.code.compare(name, Qt::CaseInsensitive) == 0) {
            return offeredLanguage.code;
        }
    }
    for (const Language &offeredLanguage : offered()) {
        if (offeredLanguage.code == language) {
            return offeredLanguage.code;
        }
    }
    for (const Language &offeredLanguage : offered()) {
        if (offeredLanguage.code.section(QLatin1Char('_'), 0, 0) == language) {
            return offeredLanguage.code;
        }
    }
    return {};
}

QString nativeName(const QString &code)
{
    for (const Language &language : offered()) {
        if (language.code == code) {
            return language.name;
        }
    }
    return code;
}

QString offeredList()
{
    QStringList codes;
    for (const Language &language : offered()) {
        codes << language.code;
    }
    return codes.join(QStringLiteral(", "));
}

QString systemLanguage()
{
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &name : preferred) {
        const QString code = offeredCode(name);
        if (!code.isEmpty()) {
            return code;
        }
    }
    return kEnglish;
}

QString environmentLanguage()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty()) {
            const QString code = offeredCode(value);
            return code.isEmpty() ? kEnglish : code;
        }
    }
    return kEnglish;
}

QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale(code).language() || (code == kEnglish && system.language() == QLocale::C)) {
        return system;
    }
    return code == kEnglish ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(code);
}

bool install(const QString &code)
{
    if (!code.isEmpty() && offeredCode(code) != code) {
        return false;
    }
    // English's singular and plural forms stay installed beneath every language.
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
    const QString wanted = code.isEmpty() ? kEnglish : code;
    installedCode = kEnglish;
    QLocale::setDefault(localeFor(wanted));
    if (wanted == kEnglish) {
        return true;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral("breach-advisor_") + wanted, kDirectory) || translator->isEmpty()) {
        delete translator;
        QLocale::setDefault(localeFor(kEnglish));
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
    installedCode = wanted;
    return true;
}

QString current()
{
    return installedCode;
}

bool install(const QLocale &locale)
{
    if (locale.language() == QLocale::C) {
        return install(kEnglish);
    }
    const QString code = offeredCode(locale.name());
    return install(code.isEmpty() ? kEnglish : code) && !code.isEmpty();
}

} // namespace BreachAdvisor::Translations
