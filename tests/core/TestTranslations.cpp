#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace BreachAdvisor;

// Translations: a language, and English's plural forms beneath it.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishHasItsPluralForms();
    void untranslatedTextFallsBackToEnglishForms_data();
    void untranslatedTextFallsBackToEnglishForms();
    void localeNamesFindTheOfferedLanguage_data();
    void localeNamesFindTheOfferedLanguage();
    void everyOfferedLanguageInstallsWithItsPluralForms();
};

namespace {

QString skippedRows(int n)
{
    return QCoreApplication::translate("LeakImport", "Left out %Ln row(s), for example:", nullptr, n);
}

} // namespace

void TestTranslations::englishHasItsPluralForms()
{
    QVERIFY(Translations::install(QLocale::c()));
    QCOMPARE(skippedRows(1), QStringLiteral("Left out 1 row, for example:"));
    QCOMPARE(skippedRows(2), QStringLiteral("Left out 2 rows, for example:"));
}

void TestTranslations::untranslatedTextFallsBackToEnglishForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("not offered") << QStringLiteral("nl");
    QTest::newRow("not offered, with a country") << QStringLiteral("ja_JP");
}

void TestTranslations::untranslatedTextFallsBackToEnglishForms()
{
    QFETCH(QString, language);
    QVERIFY(!Translations::install(QLocale(language)));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QCOMPARE(skippedRows(1), QStringLiteral("Left out 1 row, for example:"));
    QCOMPARE(skippedRows(3), QStringLiteral("Left out 3 rows, for example:"));
    Translations::install(QLocale::c());
}

void TestTranslations::localeNamesFindTheOfferedLanguage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("terminal") << "fr_FR.UTF-8@euro" << "fr";
    QTest::newRow("BCP 47") << "es-419" << "es";
    QTest::newRow("language and country") << "pt_BR.UTF-8" << "pt_BR";
    QTest::newRow("BCP 47, language and country") << "pt-BR" << "pt_BR";
    QTest::newRow("the country's variant is the closest") << "pt_PT" << "pt_BR";
    QTest::newRow("language alone") << "hi" << "hi";
    QTest::newRow("not offered") << "nl_NL.UTF-8" << "";
}

void TestTranslations::localeNamesFindTheOfferedLanguage()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QCOMPARE(Translations::offeredCode(name), code);
}

void TestTranslations::everyOfferedLanguageInstallsWithItsPluralForms()
{
    for (const Translations::Language &language : Translations::offered()) {
        if (language.code == QLatin1String("en")) {
            continue;
        }
        QVERIFY2(Translations::install(language.code), qPrintable(language.code));
        QCOMPARE(Translations::current(), language.code);
        QVERIFY2(skippedRows(2) != QStringLiteral("Left out 2 rows, for example:"), qPrintable(language.code));
    }
    Translations::install(QLocale::c());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
