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
    QTest::newRow("no file") << QStringLiteral("fr");
    QTest::newRow("a file with nothing translated yet") << QStringLiteral("de");
}

void TestTranslations::untranslatedTextFallsBackToEnglishForms()
{
    QFETCH(QString, language);
    if (Translations::install(QLocale(language))) {
        QSKIP("this language is translated now: its own forms apply");
    }
    QCOMPARE(skippedRows(1), QStringLiteral("Left out 1 row, for example:"));
    QCOMPARE(skippedRows(3), QStringLiteral("Left out 3 rows, for example:"));
    Translations::install(QLocale::c());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
