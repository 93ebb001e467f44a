#include "TestSupport.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace BreachAdvisor;
using TestSupport::CliRun;

// The command line in the reader's language: the seed scenario (a number from the 2021
// Facebook scrape, a WhatsApp user in Egypt) in Arabic, French and Spanish from the
// terminal's LANG, --language on every command, the JSON saying its language, and a
// person's handout printed in the language they read, with its font embedded.
class TestCliLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theTerminalsLanguage_data();
    void theTerminalsLanguage();
    void lcAllWinsOverLang();
    void languageOptionOnEveryCommand();
    void aLanguageNotOfferedIsAnError();
    void jsonSaysItsLanguage();
    void handoutInThePersonsLanguage();
    void handoutLanguageOptionWins_data();
    void handoutLanguageOptionWins();

private:
    CliRun vaultCli(const QStringList &arguments, const QHash<QString, QString> &variables = {}, const QByteArray &input = {});
    // What the checklist says in a language: the text the CLI must print.
    static QString translated(const QString &code, const char *context, const char *text);
    // The words of text that would only be there in English, once names, addresses,
    // identifiers and step ids are set aside (empty: none).
    static QStringList englishWords(const QString &code, QString text);
    // The offered languages but English, and what aLanguageNotOfferedIsAnError lists.
    static QStringList translatedLanguages();
    static QString pdfText(const QString &pdf);
    static QString pdfFonts(const QString &pdf);

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_vault;
    QString m_passphraseFile;
};

void TestCliLanguages::initTestCase()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = m_temp->filePath(QStringLiteral("vault"));
    m_passphraseFile = m_temp->filePath(QStringLiteral("passphrase.txt"));
    TestSupport::writeFile(m_passphraseFile, "correct horse battery\n");
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    // Two lines of the 2021 scrape's Egyptian file, as it circulates.
    const QString scrape = m_temp->filePath(QStringLiteral("Egypt.txt"));
    TestSupport::writeFile(scrape, "201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com:\n"
                                   "201001234568:100001234567891:Omar:Said:male:Giza, Egypt:Giza::::omar@example.com:\n");
    QCOMPARE(vaultCli({QStringLiteral("import"), scrape, QStringLiteral("--preset"), QStringLiteral("facebook-2021")}).exitCode, 0);
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Amira"), QStringLiteral("--phone"), QStringLiteral("0100 123 4567"),
                       QStringLiteral("--country"), QStringLiteral("EG"), QStringLiteral("--uses"), QStringLiteral("WhatsApp"), QStringLiteral("--platform"),
                       QStringLiteral("android")})
                 .exitCode,
             0);
}

void TestCliLanguages::cleanup()
{
    Translations::install(QStringLiteral("en"));
}

CliRun TestCliLanguages::vaultCli(const QStringList &arguments, const QHash<QString, QString> &variables, const QByteArray &input)
{
    QHash<QString, QString> environment{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}, {QStringLiteral("LC_ALL"), QString()},
                                        {QStringLiteral("LC_MESSAGES"), QString()}};
    environment.insert(variables);
    return TestSupport::runCli(QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile} + arguments,
                               environment, input);
}

QString TestCliLanguages::translated(const QString &code, const char *context, const char *text)
{
    Translations::install(code);
    const QString result = QCoreApplication::translate(context, text);
    Translations::install(QStringLiteral("en"));
    return result;
}

QStringList TestCliLanguages::translatedLanguages()
{
    QStringList codes;
    for (const Translations::Language &language : Translations::offered()) {
        if (language.code != QLatin1String("en")) {
            codes << language.code;
        }
    }
    return codes;
}

QStringList TestCliLanguages::englishWords(const QString &code, QString text)
{
    // Names and codes that stay as written: brands, breach titles, step ids, addresses.
    text.remove(QRegularExpression(QStringLiteral("\\[[a-z0-9-]+\\]|https?://\\S+|\\S+@\\S+|\\S+\\.(com|org|gov|example)\\S*")));
    // "end-to-end" is how WhatsApp says it in Italian, Malay and more.
    for (const char *name : {"“WhatsApp” phone number list", "Breach Advisor", "Have I Been Pwned", "Facebook", "WhatsApp", "Amira", "end-to-end"}) {
        text.remove(QLatin1String(name));
    }
    const QRegularExpression english = TestSupport::englishWordsIn(code);
    QStringList found;
    auto it = english.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), match.capturedStart()) + 1;
        found << QStringLiteral("\"%1\" in: %2").arg(match.captured(0), text.mid(lineStart, 100));
    }
    return found;
}

void TestCliLanguages::theTerminalsLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("code");
    // Each offered language as a terminal of one of its countries sets it.
    static const QHash<QString, QString> terminals{
        {QStringLiteral("ar"), QStringLiteral("ar_EG.UTF-8")}, {QStringLiteral("fr"), QStringLiteral("fr_FR.UTF-8")},
        {QStringLiteral("es"), QStringLiteral("es_MX.UTF-8")}, {QStringLiteral("it"), QStringLiteral("it_IT.UTF-8")},
        {QStringLiteral("tr"), QStringLiteral("tr_TR.UTF-8")}, {QStringLiteral("ms"), QStringLiteral("ms_MY.UTF-8")},
        {QStringLiteral("ru"), QStringLiteral("ru_RU.UTF-8")}, {QStringLiteral("pt_BR"), QStringLiteral("pt_BR.UTF-8")},
        {QStringLiteral("de"), QStringLiteral("de_DE.UTF-8")}, {QStringLiteral("hi"), QStringLiteral("hi_IN.UTF-8")}};
    for (const QString &code : translatedLanguages()) {
        QVERIFY2(terminals.contains(code), qPrintable(code + QStringLiteral(": say which terminal setting reads it")));
        QTest::newRow(qPrintable(code)) << terminals.value(code) << code;
    }
}

void TestCliLanguages::theTerminalsLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, code);
    const QHash<QString, QString> terminal{{QStringLiteral("LANG"), lang}};
    const CliRun check = vaultCli({QStringLiteral("check"), QStringLiteral("--region"), QStringLiteral("EG"), QStringLiteral("--phone"), QStringLiteral("0100 123 4567")},
                                  terminal);
    QCOMPARE(check.exitCode, 0);
    const CliRun plan = vaultCli({QStringLiteral("plan"), QStringLiteral("--person"), QStringLiteral("Amira")}, terminal);
    QCOMPARE(plan.exitCode, 0);
    const CliRun show = vaultCli({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("Amira")}, terminal);
    QCOMPARE(show.exitCode, 0);
    const QString output = QString::fromUtf8(check.out + plan.out + show.out);
    // The plan's steps in the language, with their instructions for her Android phone.
    QVERIFY2(output.contains(translated(code, "checklist", "Turn on two-step verification in WhatsApp")), qPrintable(output.left(2000)));
    QVERIFY2(output.contains(translated(code, "ChecklistRules", "Android")), qPrintable(output.left(2000)));
    const QStringList english = englishWords(code, output);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    QVERIFY(check.err.isEmpty());
    if (code == QLatin1String("ar")) {
        // Her number reads left to right inside the Arabic lines.
        QVERIFY2(output.contains(QString(QChar(0x2066)) + QStringLiteral("0100 123 4567")), qPrintable(output.left(600)));
    }
}

void TestCliLanguages::lcAllWinsOverLang()
{
    const CliRun run = vaultCli({QStringLiteral("plan"), QStringLiteral("--person"), QStringLiteral("Amira")},
                                {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}, {QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8")}});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QString::fromUtf8(run.out).contains(translated(QStringLiteral("es"), "checklist", "Turn on two-step verification in WhatsApp")));
    // A language not offered falls back to English, as for the C locale.
    const CliRun dutch = vaultCli({QStringLiteral("plan"), QStringLiteral("--person"), QStringLiteral("Amira")}, {{QStringLiteral("LANG"), QStringLiteral("nl_NL.UTF-8")}});
    QCOMPARE(dutch.exitCode, 0);
    QVERIFY(dutch.out.contains("Turn on two-step verification in WhatsApp"));
}

void TestCliLanguages::languageOptionOnEveryCommand()
{
    const QHash<QString, QString> french{{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}};
    // --language wins over the terminal's, for check (which refused it once) and the rest.
    const CliRun check = vaultCli({QStringLiteral("check"), QStringLiteral("--region"), QStringLiteral("EG"), QStringLiteral("--phone"), QStringLiteral("0100 123 4567"),
                                   QStringLiteral("--language"), QStringLiteral("es")},
                                  french);
    QCOMPARE(check.exitCode, 0);
    QVERIFY(QString::fromUtf8(check.out).contains(translated(QStringLiteral("es"), "checklist", "Turn on two-factor authentication for Facebook")));
    for (const QStringList &command : {QStringList{QStringLiteral("vault"), QStringLiteral("info")}, QStringList{QStringLiteral("catalog"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("index"), QStringLiteral("stats")}, QStringList{QStringLiteral("person"), QStringLiteral("list")}}) {
        const CliRun run = vaultCli(command + QStringList{QStringLiteral("--language"), QStringLiteral("ar")});
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(run.err)));
    }
    // Help follows it too.
    const CliRun help = TestSupport::runCli({QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("fr")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(!help.out.contains("Finds out which breaches hold your data"));
    // In the shell, --language holds for its command only.
    const CliRun shell = vaultCli({QStringLiteral("shell")}, {}, "plan --person Amira --language fr\nplan --person Amira\n");
    QCOMPARE(shell.exitCode, 0);
    const QString both = QString::fromUtf8(shell.out);
    QVERIFY(both.contains(translated(QStringLiteral("fr"), "checklist", "Turn on two-step verification in WhatsApp")));
    QVERIFY(both.contains(QLatin1String("Turn on two-step verification in WhatsApp")));
}

void TestCliLanguages::aLanguageNotOfferedIsAnError()
{
    const QByteArray offered = (QStringList{QStringLiteral("en")} + translatedLanguages()).join(QStringLiteral(", ")).toUtf8();
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("zz"), QStringLiteral("klingon")}) {
        const CliRun run = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+20 100 123 4567"), QStringLiteral("--language"), language});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty()); // never English printed in its place
        QVERIFY2(run.err.contains(language.toUtf8()) && run.err.contains(offered), run.err.constData());
    }
    const CliRun person = vaultCli({QStringLiteral("person"), QStringLiteral("edit"), QStringLiteral("Amira"), QStringLiteral("--language"), QStringLiteral("nl")});
    QCOMPARE(person.exitCode, 2);
    QVERIFY(person.err.contains(offered));
}

void TestCliLanguages::jsonSaysItsLanguage()
{
    const QStringList check{QStringLiteral("check"), QStringLiteral("--region"), QStringLiteral("EG"), QStringLiteral("--phone"), QStringLiteral("0100 123 4567"),
                            QStringLiteral("--json")};
    const CliRun english = vaultCli(check);
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(english.out).object().value(QLatin1String("language")).toString(), QStringLiteral("en"));
    const CliRun french = vaultCli(check, {{QStringLiteral("LANG"), QStringLiteral("fr_CA.UTF-8")}});
    const QJsonObject report = QJsonDocument::fromJson(french.out).object();
    QCOMPARE(report.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
    // Keys and ids stay English; the human text inside follows the language.
    QVERIFY(report.contains(QLatin1String("plan")) || report.contains(QLatin1String("identifiers")));
    QVERIFY(QString::fromUtf8(french.out).contains(translated(QStringLiteral("fr"), "checklist", "Turn on two-factor authentication for Facebook")));
    QVERIFY(french.out.contains("\"facebook-two-factor\""));
}

QString TestCliLanguages::pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    text.waitForFinished(60000);
    // Ligatures ("ﬁ") come back as one character: compare them as letters.
    return QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QString TestCliLanguages::pdfFonts(const QString &pdf)
{
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    fonts.waitForFinished(60000);
    return QString::fromUtf8(fonts.readAllStandardOutput());
}

void TestCliLanguages::handoutInThePersonsLanguage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext and pdffonts (poppler-utils) are needed: scripts/setup-debian.sh installs them");
    }
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("edit"), QStringLiteral("Amira"), QStringLiteral("--language"), QStringLiteral("ar")}).exitCode, 0);
    const CliRun shown = vaultCli({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("Amira"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QLatin1String("person_language")).toString(), QStringLiteral("ar"));

    // The help desk's terminal is in English; Amira reads Arabic: her handout is in Arabic.
    const QString pdf = m_temp->filePath(QStringLiteral("amira.pdf"));
    const CliRun handout = vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Amira"), QStringLiteral("--out"), pdf, QStringLiteral("--json")});
    QVERIFY2(handout.exitCode == 0, handout.err.constData());
    QCOMPARE(QJsonDocument::fromJson(handout.out).object().value(QLatin1String("language")).toString(), QStringLiteral("ar"));
    const QString fonts = pdfFonts(pdf);
    QVERIFY2(fonts.contains(QLatin1String("Arabic")), qPrintable(fonts));
    // Every font embedded ("emb" yes): no box for a missing glyph on a machine without it.
    for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (!line.trimmed().isEmpty()) {
            QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line));
        }
    }
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("[\\x{0621}-\\x{064A}\\x{FE70}-\\x{FEFF}]{3,}"))), qPrintable(text.left(500)));
    QVERIFY(!text.contains(QLatin1String("Turn on two-step verification")));
    // What the help desk reads stays in its own language.
    const CliRun told = vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Amira"), QStringLiteral("--out"), pdf});
    QVERIFY(told.out.contains("handout"));
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("edit"), QStringLiteral("Amira"), QStringLiteral("--language"), QString()}).exitCode, 0);
}

void TestCliLanguages::handoutLanguageOptionWins_data()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : translatedLanguages()) {
        QTest::newRow(qPrintable(code)) << code;
    }
}

void TestCliLanguages::handoutLanguageOptionWins()
{
    QFETCH(QString, code);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext and pdffonts (poppler-utils) are needed: scripts/setup-debian.sh installs them");
    }
    const QString pdf = m_temp->filePath(QStringLiteral("handout-%1.pdf").arg(code));
    const CliRun handout = vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Amira"), QStringLiteral("--out"), pdf,
                                     QStringLiteral("--language"), code});
    QVERIFY2(handout.exitCode == 0, handout.err.constData());
    const QString text = pdfText(pdf).simplified();
    QVERIFY(!text.contains(QLatin1String("Turn on two-step verification")));
    if (code != QLatin1String("ar") && code != QLatin1String("hi")) {
        // Latin and Cyrillic read back as written (Arabic comes back in presentation forms,
        // Devanagari's conjuncts as glyphs).
        QVERIFY2(text.contains(translated(code, "checklist", "Turn on two-step verification in WhatsApp").simplified()), qPrintable(text.left(800)));
    }
    const QString fonts = pdfFonts(pdf);
    QVERIFY(fonts.contains(QLatin1String("yes")));
    if (code == QLatin1String("hi")) {
        // Devanagari in a font that has it, embedded: the PDF reads the same on any machine.
        QVERIFY2(fonts.contains(QLatin1String("Devanagari")), qPrintable(fonts));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("[\\x{0900}-\\x{097F}]"))), qPrintable(text.left(800)));
    }
}

QTEST_GUILESS_MAIN(TestCliLanguages)
#include "TestCliLanguages.moc"
