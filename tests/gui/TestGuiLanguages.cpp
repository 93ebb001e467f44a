#include "AppSettings.h"
#include "ChangePassphraseDialog.h"
#include "FirstRunWizard.h"
#include "GuiTestSupport.h"
#include "ImportPage.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonDialog.h"
#include "PersonView.h"
#include "PlanWidget.h"
#include "QuickCheckPage.h"
#include "RecoveryKeyDialog.h"
#include "ReportBreachDialog.h"
#include "SessionRunner.h"
#include "SettingsPage.h"
#include "TestPaths.h"
#include "TestSupport.h"
#include "Translations.h"
#include "Translator.h"
#include "UnlockPage.h"
#include "VaultSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <QWizard>
#include <QXmlStreamReader>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// Every window and dialog in every offered language, as a person reading that
// language sees them: no English left, no text cut off, every control named for a
// screen reader, and Arabic laid out right to left. And a language chosen in Settings
// takes effect at once.
class TestGuiLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyScreenInTheLanguage_data();
    void everyScreenInTheLanguage();
    void firstRunOffersTheLanguageFirst();
    void settingsSwitchesTheLanguageAtOnce();
    void handoutInThePersonsLanguage();

private:
    void checkScreen(QWidget *root, const QString &where);

    void readEnglishSources();

    QString m_code;
    QSet<QString> m_englishSources; // the language's: every English text it translates otherwise, mnemonics removed
    QStringList m_names;            // what stays as written: breach titles, brands, demo people
};

namespace {

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
    return text.trimmed();
}

// The texts a person sees in a window, each with where it is.
QList<QPair<QString, QWidget *>> shownTexts(QWidget *root)
{
    QList<QPair<QString, QWidget *>> texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) && widget != root) {
            continue;
        }
        if (widget->isWindow()) texts << qMakePair(widget->windowTitle(), widget);
        if (auto *label = qobject_cast<QLabel *>(widget)) texts << qMakePair(label->text(), widget);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget)) texts << qMakePair(button->text(), widget);
        else if (auto *group = qobject_cast<QGroupBox *>(widget)) texts << qMakePair(group->title(), widget);
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) texts << qMakePair(combo->currentText(), widget);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) texts << qMakePair(tabs->tabText(i), widget);
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) texts << qMakePair(line->placeholderText(), widget);
        else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) texts << qMakePair(header->model()->headerData(i, header->orientation()).toString(), widget);
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i) texts << qMakePair(list->item(i)->text(), widget);
        }
    }
    return texts;
}

// A one-line label or a button narrower than its text cuts it off.
bool isCut(QWidget *widget)
{
    auto *label = qobject_cast<QLabel *>(widget);
    auto *button = qobject_cast<QAbstractButton *>(widget);
    return ((label && !label->wordWrap()) || button) && widget->isVisible() && widget->sizeHint().width() > widget->width() + 1;
}

} // namespace

void TestGuiLanguages::initTestCase()
{
    // The cut-off check finds a label too narrow for its words.
    QWidget window;
    auto *narrow = new QLabel(QStringLiteral("a label with more words than room"), &window);
    narrow->setFixedWidth(40);
    window.show();
    QVERIFY(isCut(narrow));
    narrow->setFixedWidth(narrow->sizeHint().width());
    QVERIFY(!isCut(narrow));

    // Names stay as written in every language.
    QFile catalog(QStringLiteral(BREACH_ADVISOR_SOURCE_DIR "/resources/catalog/breaches.json"));
    QVERIFY(catalog.open(QIODevice::ReadOnly));
    const QJsonDocument breaches = QJsonDocument::fromJson(catalog.readAll());
    const QJsonArray list = breaches.isArray() ? breaches.array() : breaches.object().value(QLatin1String("breaches")).toArray();
    for (const QJsonValue &breach : list) {
        m_names << breach[QLatin1String("Title")].toString() << breach[QLatin1String("title")].toString();
    }
    m_names << QStringLiteral("Have I Been Pwned") << QStringLiteral("Breach Advisor") << QStringLiteral("Amira") << QStringLiteral("Max")
            << QStringLiteral("Jo");
    m_names.removeAll(QString());
    // Longest first, so "The Zoo" goes before "Zoo".
    std::sort(m_names.begin(), m_names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void TestGuiLanguages::readEnglishSources()
{
    // The English texts this language translates into something else, from its file;
    // a text that is also a translation here ("Date" in French) is no sign of English.
    m_englishSources.clear();
    QSet<QString> translations;
    QFile ts(QStringLiteral(BREACH_ADVISOR_SOURCE_DIR "/translations/breach-advisor_%1.ts").arg(m_code));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == QLatin1String("source")) {
            source = withoutMnemonic(xml.readElementText());
        } else if (xml.name() == QLatin1String("translation") && xml.attributes().value(QLatin1String("numerus")) != QLatin1String("yes")) {
            const QString translation = withoutMnemonic(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            translations << translation;
            if (translation != source && source.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}")))) {
                m_englishSources << source;
            }
        }
    }
    m_englishSources -= translations;
}

void TestGuiLanguages::cleanup()
{
    Translator::install(QStringLiteral("en"));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestGuiLanguages::checkScreen(QWidget *root, const QString &where)
{
    QCoreApplication::processEvents();
    const QString place = m_code + QStringLiteral(", ") + where;
    const QStringList unnamed = unnamedFocusableWidgets(root);
    QVERIFY2(unnamed.isEmpty(), qPrintable(place + QStringLiteral(": without an accessible name: ") + unnamed.join(QStringLiteral(", "))));

    QStringList english;
    QStringList cut;
    const QRegularExpression englishWords = TestSupport::englishWordsIn(m_code);
    for (const auto &[text, widget] : shownTexts(root)) {
        const QString shown = withoutMnemonic(text);
        if (shown.isEmpty()) {
            continue;
        }
        if (m_englishSources.contains(shown)) {
            english << shown;
            continue;
        }
        QString words = shown;
        words.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // rich text's tags
        for (const QString &name : std::as_const(m_names)) {
            words.remove(name, Qt::CaseInsensitive);
        }
        words.remove(QRegularExpression(QStringLiteral("\\S+@\\S+|https?://\\S+|\\S+\\.(com|org|gov|example)\\S*")));
        const QRegularExpressionMatch match = englishWords.match(words);
        if (match.hasMatch()) {
            english << shown.left(120) + QStringLiteral("  <- \"") + match.captured(0) + QLatin1Char('"');
        }
        if (isCut(widget)) {
            cut << QStringLiteral("%1 (%2 < %3)").arg(shown.left(60)).arg(widget->width()).arg(widget->sizeHint().width());
        }
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(place + QStringLiteral(": English on screen:\n") + english.join(QLatin1Char('\n'))));
    QVERIFY2(cut.isEmpty(), qPrintable(place + QStringLiteral(": text cut off:\n") + cut.join(QLatin1Char('\n'))));
    if (m_code == QLatin1String("ar")) {
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            QVERIFY2(widget->layoutDirection() == Qt::RightToLeft,
                     qPrintable(place + QStringLiteral(": left to right: ") + QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ')
                                + widget->objectName()));
        }
    }
}

void TestGuiLanguages::everyScreenInTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    for (const Translations::Language &language : Translations::offered()) {
        if (language.code != QLatin1String("en")) {
            QTest::newRow(qPrintable(language.code)) << language.code;
        }
    }
}

void TestGuiLanguages::everyScreenInTheLanguage()
{
    QFETCH(QString, code);
    m_code = code;
    readEnglishSources();
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    bool retranslated = false;
    connect(&window, &MainWindow::retranslated, this, [&retranslated] { retranslated = true; });
    Translator::install(code);
    QVERIFY(waitFor([&] { return retranslated; }));
    window.resize(1100, 760);
    walkEveryScreen(fixture, [this](QWidget *root, const QString &where) { checkScreen(root, where); });
}

void TestGuiLanguages::firstRunOffersTheLanguageFirst()
{
    Fixture fixture;
    fixture.openOnNewVault();
    FirstRunWizard *wizard = fixture.window->firstRunWizard();
    auto *language = wizard->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(language);
    // The first thing on the page, and every language named in its own script.
    QList<QWidget *> focusable;
    for (QWidget *widget : wizard->currentPage()->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(wizard) && widget->focusPolicy() != Qt::NoFocus && !widget->inherits("QScrollBar")
            && !widget->inherits("QScrollArea")) {
            focusable << widget;
        }
    }
    QVERIFY(!focusable.isEmpty());
    QCOMPARE(focusable.first(), language);
    QVERIFY(language->findText(QStringLiteral("العربية")) > 0);
    QVERIFY(language->findText(QStringLiteral("Français")) > 0);
    QVERIFY(language->findText(QStringLiteral("Español")) > 0);
    // "The computer's language", then the languages offered, and only those (languages.json:
    // a language is listed when it is complete).
    QCOMPARE(language->count(), Translations::offered().size() + 1);
    for (const Translations::Language &offered : Translations::offered()) {
        QVERIFY2(language->findData(offered.code) > 0, qPrintable(offered.code));
    }
    QCOMPARE(language->findData(QStringLiteral("nl")), -1);

    // Choosing Arabic turns the wizard into Arabic, right to left, at once.
    language->setCurrentIndex(language->findData(QStringLiteral("ar")));
    Q_EMIT language->activated(language->currentIndex());
    QVERIFY(waitFor([&] { return fixture.window->firstRunWizard() && fixture.window->firstRunWizard() != wizard; }));
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    auto *again = fixture.window->firstRunWizard()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(again->currentData().toString(), QStringLiteral("ar"));
    QCOMPARE(fixture.window->firstRunWizard()->currentPage()->title(), QCoreApplication::translate("BreachAdvisor::Ui::FirstRunWizard", "Welcome to Breach Advisor"));
    QVERIFY(fixture.window->firstRunWizard()->currentPage()->title() != QStringLiteral("Welcome to Breach Advisor"));
    m_code = QStringLiteral("ar");
    readEnglishSources();
    checkScreen(fixture.window.get(), QStringLiteral("first run, welcome"));
    fixture.window->firstRunWizard()->button(QWizard::NextButton)->click();
    checkScreen(fixture.window.get(), QStringLiteral("first run, passphrase"));
}

void TestGuiLanguages::settingsSwitchesTheLanguageAtOnce()
{
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    window.showPage(MainWindow::Page::Settings);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("People"));
    auto *language = window.settingsPage()->findChild<QComboBox *>(QStringLiteral("languageSetting"));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    Q_EMIT language->activated(language->currentIndex());
    QVERIFY(waitFor([&] {
        auto *now = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        return now && now->item(0)->text() != QStringLiteral("People");
    }));
    // Still on Settings, the vault still open, and the choice kept for the next start.
    QCOMPARE(window.page(), MainWindow::Page::Settings);
    QCOMPARE(window.screen(), MainWindow::Screen::Workspace);
    QCOMPARE(window.context().settings.language(), QStringLiteral("fr"));
    QCOMPARE(Translations::current(), QStringLiteral("fr"));
    QCOMPARE(QLocale().language(), QLocale::French);
    m_code = QStringLiteral("fr");
    readEnglishSources();
    checkScreen(&window, QStringLiteral("settings after switching"));
    QVERIFY(waitFor([&] { return window.peoplePage()->model()->rowCount() == 3; }));
}

void TestGuiLanguages::handoutInThePersonsLanguage()
{
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    // Amira reads Arabic; the help desk's app is in English.
    window.context().runner.runAndWait([](VaultSession &session) {
        Person amira = session.person(QStringLiteral("Amira")).value();
        amira.language = QStringLiteral("ar");
        session.updatePerson(amira);
    });
    PeoplePage *people = window.peoplePage();
    people->reload();
    QVERIFY(waitFor([&] { return people->model()->rowCount() == 3; }));
    people->selectPerson(window.context().runner.runAndWait([](VaultSession &session) { return session.person(QStringLiteral("Amira"))->id; }));
    QVERIFY(waitFor([&] { return people->personView()->report().person.has_value() && people->personView()->report().person->name == QStringLiteral("Amira"); }));
    QVERIFY(waitFor([&] { return window.context().runner.pending() == 0; }));
    bool retranslated = false;
    connect(&window, &MainWindow::retranslated, this, [&retranslated] { retranslated = true; });
    const QString html = people->personView()->handoutHtml();
    QVERIFY(html.contains(QLatin1String("dir=\"rtl\"")));
    QVERIFY(!html.contains(QLatin1String("Turn on two-step verification in WhatsApp")));
    // The app itself stayed in English all along: its screens were not built again.
    QTest::qWait(100);
    QVERIFY(!retranslated);
    Translations::install(QStringLiteral("ar"));
    const QString arabicTitle = QCoreApplication::translate("checklist", "Turn on two-step verification in WhatsApp");
    Translations::install(QStringLiteral("en"));
    QVERIFY2(html.contains(arabicTitle), qPrintable(html.left(400)));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigationList"))->item(0)->text(), QStringLiteral("People"));
}

QTEST_MAIN(TestGuiLanguages)
#include "TestGuiLanguages.moc"
