#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every offered language is complete and faithful to the English: read from the .ts files
// in translations/ and the glossaries in translations/glossary/, the way a reviewer would
// check them. Each failure names the language, the context and the English text.
class TestTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offeredLanguagesHaveFilesAndGlossaries();
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void everySourceStringIsInTheFile();
    void translationsKeepPlaceholdersTagsAndMnemonics_data();
    void translationsKeepPlaceholdersTagsAndMnemonics();
    void noTranslationIsTheEnglishUnchanged_data();
    void noTranslationIsTheEnglishUnchanged();
    void pluralsHaveEveryFormTheLanguageNeeds_data();
    void pluralsHaveEveryFormTheLanguageNeeds();
    void arrowsPointTheWayTheLanguageReads_data();
    void arrowsPointTheWayTheLanguageReads();
    void glossaryTermsAreUsed_data();
    void glossaryTermsAreUsed();
    void theCheckerCatchesWhatItShould();

public:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type; // unfinished, obsolete, vanished; empty when finished
        QStringList forms; // one, or the plural forms
    };
    struct Term
    {
        QString english;
        QStringList forms;
        QStringList with; // applies only when the English names one of these brands
    };

    // The problems one translated message has, in words (empty: none).
    static QStringList placeholderProblems(const Message &message);
    static QStringList glossaryProblems(const Message &message, const QList<Term> &terms);

private:
    struct Language
    {
        QString code;
        int pluralForms = 2;
        QList<Message> messages;
        QList<Term> terms;
        QSet<QString> keep;
    };
    static QList<Message> readTs(const QString &path, QString *error);
    const Language &language(const QString &code) const;
    void addLanguageRows();

    QList<Language> m_languages;
};

namespace {

const QString kTranslations = QStringLiteral(BREACH_ADVISOR_SOURCE_DIR "/translations");

QString describe(const TestTranslationFiles::Message &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source.left(90).replace(QLatin1Char('\n'), QLatin1String("\\n")));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression &pattern, const QString &text, int group = 0)
{
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        found << it.next().captured(group);
    }
    return found;
}

// %1…%9 and %L1…: each must survive translation (%n is the count's own).
const QRegularExpression kPlaceholder(QStringLiteral("%L?[1-9]"));
const QRegularExpression kCount(QStringLiteral("%L?n"));
const QRegularExpression kTag(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
const QRegularExpression kEntity(QStringLiteral("&[a-zA-Z#0-9]+;"));
// A keyboard mnemonic: & before a character, not an entity, not a literal && .
const QRegularExpression kMnemonic(QStringLiteral("(?<!&)&(?![a-zA-Z#0-9]+;)(?!&)\\S"));
const QRegularExpression kMnemonicInsideJoinedWord(QStringLiteral("[\\x{0620}-\\x{064A}\\x{0640}]&[\\x{0620}-\\x{064A}]"));

QString leading(const QString &text)
{
    return QRegularExpression(QStringLiteral("^\\s*")).match(text).captured(0);
}

QString trailing(const QString &text)
{
    return QRegularExpression(QStringLiteral("\\s*$")).match(text).captured(0);
}

bool hasWords(const QString &text)
{
    QString stripped = text;
    stripped.remove(kPlaceholder).remove(kCount).remove(kTag).remove(kEntity);
    return stripped.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
}

} // namespace

QList<TestTranslationFiles::Message> TestTranslationFiles::readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment") || name == QLatin1String("extracomment")) {
            message.comment += xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    message.forms << xml.readElementText();
                }
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return messages;
}

void TestTranslationFiles::initTestCase()
{
    QFile list(kTranslations + QStringLiteral("/languages.json"));
    QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.errorString()));
    const QJsonArray offered = QJsonDocument::fromJson(list.readAll()).object().value(QLatin1String("offered")).toArray();
    QVERIFY(offered.size() >= 4);
    QJsonArray checked = offered;
    // A language being translated, before it is offered: BREACH_ADVISOR_CHECK_LANGUAGES=it:2,tr:1
    // (code:plural forms) checks its file and glossary too.
    for (const QString &candidate : qEnvironmentVariable("BREACH_ADVISOR_CHECK_LANGUAGES").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = candidate.split(QLatin1Char(':'));
        checked.append(QJsonObject{{QLatin1String("code"), parts.first().trimmed()},
                                   {QLatin1String("plural_forms"), parts.value(1, QStringLiteral("2")).toInt()}});
    }
    for (const QJsonValue &entry : std::as_const(checked)) {
        Language language;
        language.code = entry[QLatin1String("code")].toString();
        language.pluralForms = entry[QLatin1String("plural_forms")].toInt();
        if (language.code == QLatin1String("en")) {
            continue; // the source language
        }
        QString error;
        language.messages = readTs(kTranslations + QStringLiteral("/breach-advisor_%1.ts").arg(language.code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile glossaryFile(kTranslations + QStringLiteral("/glossary/%1.json").arg(language.code));
        if (glossaryFile.open(QIODevice::ReadOnly)) {
            const QJsonObject glossary = QJsonDocument::fromJson(glossaryFile.readAll()).object();
            for (const QJsonValue &term : glossary.value(QLatin1String("terms")).toArray()) {
                Term glossaryTerm{term[QLatin1String("en")].toString(), {}, {}};
                for (const QJsonValue &form : term[QLatin1String("forms")].toArray()) {
                    glossaryTerm.forms << form.toString();
                }
                for (const QJsonValue &brand : term[QLatin1String("with")].toArray()) {
                    glossaryTerm.with << brand.toString();
                }
                language.terms << glossaryTerm;
            }
            for (const QJsonValue &kept : glossary.value(QLatin1String("keep")).toArray()) {
                language.keep << kept.toString();
            }
        }
        m_languages << language;
    }
}

const TestTranslationFiles::Language &TestTranslationFiles::language(const QString &code) const
{
    for (const Language &language : m_languages) {
        if (language.code == code) {
            return language;
        }
    }
    qFatal("no such language");
}

void TestTranslationFiles::addLanguageRows()
{
    QTest::addColumn<QString>("code");
    for (const Language &language : std::as_const(m_languages)) {
        QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void TestTranslationFiles::offeredLanguagesHaveFilesAndGlossaries()
{
    for (const Language &language : std::as_const(m_languages)) {
        QVERIFY2(language.messages.size() > 1000, qPrintable(language.code));
        QVERIFY2(language.terms.size() >= 10, qPrintable(language.code + QStringLiteral(": a glossary of the vendors' terms is needed")));
        QVERIFY2(language.pluralForms >= 1 && language.pluralForms <= 6, qPrintable(language.code));
    }
}

void TestTranslationFiles::everyEntryIsFinished_data()
{
    addLanguageRows();
}

void TestTranslationFiles::everyEntryIsFinished()
{
    QFETCH(QString, code);
    QStringList problems;
    for (const Message &message : language(code).messages) {
        if (!message.type.isEmpty()) {
            problems << message.type + QLatin1Char(' ') + describe(message);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(code + QStringLiteral(": ") + problems.join(QStringLiteral("\n"))));
}

void TestTranslationFiles::everySourceStringIsInTheFile()
{
    // lupdate over today's sources: a string added to the code and not to an offered
    // language's file would show in English.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QStringList sources;
    for (const char *folder : {"core", "app", "ui"}) {
        QDirIterator files(QStringLiteral(BREACH_ADVISOR_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            sources << files.next();
        }
    }
    sources.removeDuplicates();
    sources << kTranslations + QStringLiteral("/checklist_strings.cpp");
    const QString ts = temp.filePath(QStringLiteral("now.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(BREACH_ADVISOR_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")}
                      << sources << QStringLiteral("-ts") << ts);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> now = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(now.size() > 1000);
    for (const Language &language : std::as_const(m_languages)) {
        QSet<QString> have;
        for (const Message &message : language.messages) {
            have << message.context + QLatin1Char('\x1f') + message.source;
        }
        QStringList missing;
        for (const Message &message : now) {
            if (!have.contains(message.context + QLatin1Char('\x1f') + message.source)) {
                missing << describe(message);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(language.code + QStringLiteral(": not in the file yet (run the update_translations target "
                                                                             "and translate): ") + missing.join(QStringLiteral("\n"))));
    }
}

QStringList TestTranslationFiles::placeholderProblems(const Message &message)
{
    QStringList problems;
    const QString &source = message.source;
    for (const QString &form : message.forms) {
        if (sorted(matches(kPlaceholder, form)) != sorted(matches(kPlaceholder, source))) {
            problems << QStringLiteral("placeholders differ");
        }
        if (!message.numerus && form.contains(kCount)) {
            problems << QStringLiteral("%n in a message that counts nothing");
        }
        if (sorted(matches(kTag, form, 1)) != sorted(matches(kTag, source, 1))) {
            problems << QStringLiteral("HTML tags differ");
        }
        if (sorted(matches(kEntity, form)) != sorted(matches(kEntity, source))) {
            problems << QStringLiteral("HTML entities differ");
        }
        if (matches(kMnemonic, form).size() != matches(kMnemonic, source).size()) {
            problems << QStringLiteral("keyboard mnemonics (&) differ");
        }
        // Inside an Arabic word the & splits its joined letters, and the label is drawn
        // wider than Qt measured it: cut off. It goes before the word.
        if (form.contains(kMnemonicInsideJoinedWord)) {
            problems << QStringLiteral("a keyboard mnemonic (&) inside a joined word: put it before the word");
        }
        if (leading(form) != leading(source) || trailing(form) != trailing(source)) {
            problems << QStringLiteral("leading or trailing spaces or line breaks differ");
        }
    }
    if (message.numerus && std::none_of(message.forms.cbegin(), message.forms.cend(), [](const QString &form) { return form.contains(kCount); })) {
        problems << QStringLiteral("the count (%n) is in no plural form");
    }
    problems.removeDuplicates();
    return problems;
}

void TestTranslationFiles::translationsKeepPlaceholdersTagsAndMnemonics_data()
{
    addLanguageRows();
}

void TestTranslationFiles::translationsKeepPlaceholdersTagsAndMnemonics()
{
    QFETCH(QString, code);
    QStringList problems;
    for (const Message &message : language(code).messages) {
        if (!message.type.isEmpty()) {
            continue; // unfinished: everyEntryIsFinished says so
        }
        for (const QString &problem : placeholderProblems(message)) {
            problems << problem + QStringLiteral(": ") + describe(message);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(code + QStringLiteral(":\n") + problems.join(QStringLiteral("\n"))));
}

void TestTranslationFiles::noTranslationIsTheEnglishUnchanged_data()
{
    addLanguageRows();
}

void TestTranslationFiles::noTranslationIsTheEnglishUnchanged()
{
    QFETCH(QString, code);
    const Language &checked = language(code);
    QStringList problems;
    for (const Message &message : checked.messages) {
        for (const QString &form : message.forms) {
            if (message.type.isEmpty() && form == message.source && hasWords(message.source) && !checked.keep.contains(message.source)) {
                problems << describe(message);
                break;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(code + QStringLiteral(": still in English (brand names and codes go in the glossary's \"keep\"):\n")
                                            + problems.join(QStringLiteral("\n"))));
}

void TestTranslationFiles::pluralsHaveEveryFormTheLanguageNeeds_data()
{
    addLanguageRows();
}

void TestTranslationFiles::pluralsHaveEveryFormTheLanguageNeeds()
{
    QFETCH(QString, code);
    const Language &checked = language(code);
    QStringList problems;
    for (const Message &message : checked.messages) {
        if (!message.numerus || !message.type.isEmpty()) {
            continue;
        }
        const bool complete = message.forms.size() == checked.pluralForms
                              && std::none_of(message.forms.cbegin(), message.forms.cend(), [](const QString &form) { return form.trimmed().isEmpty(); });
        if (!complete) {
            problems << QStringLiteral("%1 of %2 forms: ").arg(message.forms.size()).arg(checked.pluralForms) + describe(message);
        }
        if (std::any_of(message.forms.cbegin(), message.forms.cend(), [](const QString &form) { return form.contains(QLatin1String("(s)")); })) {
            problems << QStringLiteral("\"(s)\" in a plural form: ") + describe(message);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(code + QStringLiteral(":\n") + problems.join(QStringLiteral("\n"))));
}

void TestTranslationFiles::arrowsPointTheWayTheLanguageReads_data()
{
    addLanguageRows();
}

void TestTranslationFiles::arrowsPointTheWayTheLanguageReads()
{
    // "← Previous step" reads "→ الخطوة السابقة" right to left: the arrow points back.
    QFETCH(QString, code);
    const bool rightToLeft = QLocale(code).textDirection() == Qt::RightToLeft;
    const QChar back = rightToLeft ? QChar(0x2192) : QChar(0x2190);
    const QChar forward = rightToLeft ? QChar(0x2190) : QChar(0x2192);
    QStringList problems;
    for (const Message &message : language(code).messages) {
        const QString form = message.forms.value(0);
        if ((message.source.contains(QChar(0x2190)) && !form.contains(back)) || (message.source.contains(QChar(0x2192)) && !form.contains(forward))) {
            problems << describe(message) + QStringLiteral(" -> ") + form;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(code + QStringLiteral(": arrows that point the wrong way:\n") + problems.join(QLatin1Char('\n'))));
}

QStringList TestTranslationFiles::glossaryProblems(const Message &message, const QList<Term> &terms)
{
    QStringList problems;
    const QString joined = message.forms.join(QLatin1Char('\n'));
    const auto mentions = [&message](const QStringList &brands) {
        return std::any_of(brands.cbegin(), brands.cend(), [&message](const QString &brand) { return message.source.contains(brand, Qt::CaseInsensitive); });
    };
    for (const Term &term : terms) {
        const QRegularExpression english(QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(term.english)),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        const qsizetype uses = matches(english, message.source).size();
        if (uses == 0) {
            continue;
        }
        if (!term.with.isEmpty() && !mentions(term.with)) {
            continue;
        }
        // A term of a brand the text names wins over the general one.
        if (term.with.isEmpty() && std::any_of(terms.cbegin(), terms.cend(), [&](const Term &other) {
                return !other.with.isEmpty() && other.english.compare(term.english, Qt::CaseInsensitive) == 0 && mentions(other.with);
            })) {
            continue;
        }
        // Every use kept as written (a command such as "vault info") needs no translation.
        if (joined.count(term.english) >= uses) {
            continue;
        }
        const bool used = std::any_of(term.forms.cbegin(), term.forms.cend(), [&joined](const QString &form) { return joined.contains(form, Qt::CaseInsensitive); });
        if (!used) {
            problems << QStringLiteral("\"%1\" is not translated with the glossary's %2").arg(term.english, term.forms.join(QStringLiteral(" / ")));
        }
    }
    return problems;
}

void TestTranslationFiles::glossaryTermsAreUsed_data()
{
    addLanguageRows();
}

void TestTranslationFiles::glossaryTermsAreUsed()
{
    QFETCH(QString, code);
    const Language &checked = language(code);
    QStringList problems;
    for (const Message &message : checked.messages) {
        if (!message.type.isEmpty()) {
            continue;
        }
        for (const QString &problem : glossaryProblems(message, checked.terms)) {
            problems << problem + QStringLiteral(": ") + describe(message);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(code + QStringLiteral(":\n") + problems.join(QStringLiteral("\n"))));
}

void TestTranslationFiles::theCheckerCatchesWhatItShould()
{
    // The checks above on made-up messages: each kind of mistake is found, and a faithful
    // translation passes.
    const auto message = [](const QString &source, const QStringList &forms, bool numerus = false) {
        return Message{QStringLiteral("Test"), source, {}, numerus, {}, forms};
    };
    QVERIFY(placeholderProblems(message(QStringLiteral("Saved %1."), {QStringLiteral("%1 enregistré.")})).isEmpty());
    QVERIFY(!placeholderProblems(message(QStringLiteral("Saved %1."), {QStringLiteral("Enregistré.")})).isEmpty());
    QVERIFY(!placeholderProblems(message(QStringLiteral("Saved %1."), {QStringLiteral("%2 enregistré.")})).isEmpty());
    QVERIFY(!placeholderProblems(message(QStringLiteral("%L1 rows"), {QStringLiteral("%1 lignes")})).isEmpty());
    QVERIFY(!placeholderProblems(message(QStringLiteral("<b>%1</b> leaked"), {QStringLiteral("%1 a fuité")})).isEmpty());
    QVERIFY(!placeholderProblems(message(QStringLiteral("A &amp; B"), {QStringLiteral("A et B")})).isEmpty());
    QVERIFY(!placeholderProblems(message(QStringLiteral("&Continue"), {QStringLiteral("Continuer")})).isEmpty());
    QVERIFY(placeholderProblems(message(QStringLiteral("&Continue"), {QStringLiteral("&Continuer")})).isEmpty());
    QVERIFY(!placeholderProblems(message(QStringLiteral("&Language:"), {QStringLiteral("ال&لغة:")})).isEmpty());
    QVERIFY(placeholderProblems(message(QStringLiteral("&Language:"), {QStringLiteral("&اللغة:")})).isEmpty());
    QVERIFY(!placeholderProblems(message(QStringLiteral("  --json  output\n"), {QStringLiteral("--json  sortie")})).isEmpty());
    QVERIFY(!placeholderProblems(message(QStringLiteral("%n step(s)"), {QStringLiteral("une étape"), QStringLiteral("des étapes")}, true)).isEmpty());
    QVERIFY(placeholderProblems(message(QStringLiteral("%n step(s)"), {QStringLiteral("%n étape"), QStringLiteral("%n étapes")}, true)).isEmpty());

    const QList<Term> terms{{QStringLiteral("vault"), {QStringLiteral("coffre-fort")}, {}},
                            {QStringLiteral("two-step verification"), {QStringLiteral("validation en deux étapes")}, {QStringLiteral("Google")}},
                            {QStringLiteral("two-step verification"), {QStringLiteral("vérification en deux étapes")}, {}}};
    QVERIFY(glossaryProblems(message(QStringLiteral("Open the vault."), {QStringLiteral("Ouvrez le coffre-fort.")}), terms).isEmpty());
    QVERIFY(!glossaryProblems(message(QStringLiteral("Open the vault."), {QStringLiteral("Ouvrez le coffre.")}), terms).isEmpty());
    QVERIFY(glossaryProblems(message(QStringLiteral("Use vault info."), {QStringLiteral("Utilisez vault info.")}), terms).isEmpty());
    QVERIFY(glossaryProblems(message(QStringLiteral("--vault DIR"), {QStringLiteral("--vault DOSSIER")}), terms).isEmpty());
    QVERIFY(glossaryProblems(message(QStringLiteral("Google two-step verification"), {QStringLiteral("Validation en deux étapes de Google")}), terms)
                .isEmpty());
    QVERIFY(!glossaryProblems(message(QStringLiteral("Google two-step verification"), {QStringLiteral("Vérification en deux étapes de Google")}), terms)
                 .isEmpty());
    QVERIFY(glossaryProblems(message(QStringLiteral("Turn on two-step verification"), {QStringLiteral("Activez la vérification en deux étapes")}), terms)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
