// breach-advisor-screenshots OUTDIR: renders every main screen of the desktop app to PNG
// (offscreen: QWidget::grab), on a demo vault with fictional people and a fictional
// leak, for docs/screenshots and for a person to look at. scripts/screenshots.sh runs it.
#include "CatalogModel.h"
#include "CatalogPage.h"
#include "ColumnMappingModel.h"
#include "DemoVault.h"
#include "FirstRunWizard.h"
#include "ImportPage.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "PassphraseEdit.h"
#include "PasswordCheckPage.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonDialog.h"
#include "PersonView.h"
#include "PhoneNumberEdit.h"
#include "PlanWidget.h"
#include "QuickCheckPage.h"
#include "ReportBreachDialog.h"
#include "SessionRunner.h"
#include "Theme.h"
#include "HandoutPrinter.h"
#include "Translations.h"
#include "Translator.h"
#include "UnlockPage.h"
#include "VaultSession.h"

#include <QApplication>
#include <QPalette>
#include <QScrollBar>
#include <QScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWizard>

#include <cstdio>
#include <functional>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;

namespace {

QString g_out;
int g_failures = 0;

bool waitFor(const std::function<bool()> &condition, int milliseconds = 20000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle(int milliseconds = 150)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

void shoot(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "screenshots: could not write %s\n", qPrintable(path));
        ++g_failures;
        return;
    }
    std::printf("%s\n", qPrintable(path));
}

void expect(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "screenshots: %s did not happen\n", what);
        ++g_failures;
    }
}

// Runs code once the next modal dialog is up (it may open after work on the session
// thread), then grabs it and closes it.
void shootNextDialog(const QString &name, const std::function<void(QWidget *)> &prepare = {}, int triesLeft = 500)
{
    QTimer::singleShot(triesLeft == 500 ? 0 : 20, [name, prepare, triesLeft] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) {
            if (triesLeft > 0) {
                shootNextDialog(name, prepare, triesLeft - 1);
            } else {
                ++g_failures;
            }
            return;
        }
        dialog->resize(dialog->sizeHint().expandedTo(QSize(640, 480)));
        if (prepare) {
            prepare(dialog);
        }
        shoot(dialog, name);
        dialog->close();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("breach-advisor-screenshots"));
    Translations::install(QLocale::c()); // English, as the app shows it
    if (argc < 2) {
        std::fprintf(stderr, "usage: breach-advisor-screenshots OUTDIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_out);
    QTemporaryDir temp;

    // 1. First run, on a folder with no vault.
    {
        MainWindow::Options options;
        options.settingsFile = temp.filePath(QStringLiteral("first-run.ini"));
        options.vaultDirectory = temp.filePath(QStringLiteral("new-vault"));
        options.keyStore = std::make_shared<MemoryKeyStore>();
        MainWindow window(options);
        window.resize(1000, 720);
        window.show();
        FirstRunWizard *wizard = window.firstRunWizard();
        shoot(&window, QStringLiteral("01-first-run-welcome"));
        wizard->next();
        auto *first = wizard->findChild<PassphraseEdit *>(QStringLiteral("newPassphraseEdit"));
        auto *second = wizard->findChild<PassphraseEdit *>(QStringLiteral("repeatPassphraseEdit"));
        first->lineEdit()->setText(QStringLiteral("tulip motor quietly canyon"));
        second->lineEdit()->setText(QStringLiteral("tulip motor quietly canyon"));
        shoot(&window, QStringLiteral("02-first-run-passphrase"));
        wizard->next();
        expect(waitFor([&] { return wizard->currentId() == FirstRunWizard::RecoveryKeyPageId; }), "vault creation");
        shoot(&window, QStringLiteral("03-first-run-recovery-key"));
    }

    // 2. The demo vault.
    const QString demoVault = temp.filePath(QStringLiteral("demo-vault"));
    DemoVault::create(demoVault);
    MainWindow::Options options;
    options.settingsFile = temp.filePath(QStringLiteral("demo.ini"));
    options.vaultDirectory = demoVault;
    options.keyStore = std::make_shared<MemoryKeyStore>();
    options.demo = true;
    MainWindow window(options);
    window.resize(1200, 800);
    window.show();
    shoot(&window, QStringLiteral("04-unlock"));
    auto *passphrase = window.unlockPage()->findChild<PassphraseEdit *>(QStringLiteral("passphraseEdit"));
    passphrase->lineEdit()->setText(QStringLiteral("wrong guess"));
    window.unlockPage()->findChild<QPushButton *>(QStringLiteral("unlockButton"))->click();
    expect(waitFor([&] { return passphrase->isEnabled() && window.context().runner.pending() == 0; }), "wrong passphrase refused");
    shoot(&window, QStringLiteral("05-unlock-wrong-passphrase"));
    passphrase->lineEdit()->setText(QString::fromLatin1(DemoVault::kPassphrase));
    window.unlockPage()->findChild<QPushButton *>(QStringLiteral("unlockButton"))->click();
    expect(waitFor([&] { return window.screen() == MainWindow::Screen::Workspace && window.peoplePage()->model()->rowCount() == 3; }),
           "unlock");

    PeoplePage *people = window.peoplePage();
    const auto personId = [&](const QString &name) {
        // The page of the window's current language: it is built again in a new one.
        const PeopleModel *model = window.peoplePage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (index.data(PeopleModel::NameRole).toString() == name) {
                return index.data(PeopleModel::PersonIdRole).toLongLong();
            }
        }
        return qint64(0);
    };
    people->selectPerson(personId(QStringLiteral("Amira")));
    expect(waitFor([&] { return people->personView()->report().person.has_value(); }), "Amira's plan");
    people->personView()->showTab(PersonView::Tab::Plan);
    shoot(&window, QStringLiteral("06-person-plan"));
    people->personView()->planWidget()->setGuided(true);
    shoot(&window, QStringLiteral("07-person-guided-step"));
    people->personView()->planWidget()->setGuided(false);
    people->personView()->showTab(PersonView::Tab::Results);
    shoot(&window, QStringLiteral("08-person-what-leaked"));

    people->selectPerson(personId(QStringLiteral("Max")));
    expect(waitFor([&] { return people->personView()->report().person && people->personView()->report().person->name == QLatin1String("Max"); }),
           "Max's results");
    people->personView()->showTab(PersonView::Tab::Results);
    shoot(&window, QStringLiteral("09-person-reported-breach"));

    shootNextDialog(QStringLiteral("10-add-person"), [](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("Grandpa Joe"));
        auto *phone = dialog->findChild<PhoneNumberEdit *>(QStringLiteral("phoneEdit0"));
        phone->setRegion(QStringLiteral("EG"));
        phone->lineEdit()->setFocus();
        for (const QChar key : QStringLiteral("0100123")) {
            phone->lineEdit()->insert(QString(key));
            Q_EMIT phone->lineEdit()->textEdited(phone->lineEdit()->text());
        }
    });
    people->addPerson();

    QList<Person> everyone;
    for (int row = 0; row < people->model()->rowCount(); ++row) {
        everyone << people->model()->summary(people->model()->index(row))->person;
    }
    QList<Breach> breaches;
    bool loaded = false;
    window.context().runner.run([](VaultSession &session) { return session.breaches(); }, [&](const QList<Breach> &all) {
        breaches = all;
        loaded = true;
    });
    waitFor([&] { return loaded; });
    {
        ReportBreachDialog dialog(window.context(), everyone, breaches, personId(QStringLiteral("Jo")), &window);
        dialog.resize(620, 720);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("reportSearchEdit"))->setText(QStringLiteral("linked"));
        dialog.selectBreach(QStringLiteral("LinkedIn"));
        dialog.setFieldChecked(QStringLiteral("Email addresses"), true);
        dialog.setFieldChecked(QStringLiteral("Passwords"), true);
        shoot(&dialog, QStringLiteral("11-i-was-told"));
    }

    window.showPage(MainWindow::Page::QuickCheck);
    window.quickCheckPage()->setInput(QStringLiteral("+20 100 123 4567\njo.example@example.org\n0100 123"));
    window.quickCheckPage()->check();
    expect(waitFor([&] { return window.quickCheckPage()->results()->isVisible(); }), "quick check");
    shoot(&window, QStringLiteral("12-quick-check"));

    // A password of Amira's, checked against a small list made here (the real one is tens of
    // gigabytes): found, kept with her as "a password of theirs is known".
    {
        const QByteArray known = QCryptographicHash::hash("letmein2024", QCryptographicHash::Sha1).toHex().toUpper();
        QByteArrayList lines{known + ":52341"};
        for (int i = 0; i < 2000; ++i) {
            lines << QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1).toHex().toUpper() + ':' + QByteArray::number(i % 97 + 1);
        }
        std::sort(lines.begin(), lines.end());
        const QString corpus = temp.filePath(QStringLiteral("pwned-passwords-sha1-ordered-by-hash-v8.txt"));
        QFile file(corpus);
        expect(file.open(QIODevice::WriteOnly) && file.write(lines.join('\n') + '\n') > 0, "a password list");
        file.close();
        window.showPage(MainWindow::Page::PasswordCheck);
        PasswordCheckPage *passwords = window.passwordCheckPage();
        passwords->importList(corpus);
        expect(waitFor([&] { return !passwords->isImporting(); }), "password list import");
        passwords->setPerson(personId(QStringLiteral("Amira")));
        passwords->findChild<QCheckBox *>(QStringLiteral("passwordService_whatsapp"))->setChecked(true);
        passwords->findChild<QCheckBox *>(QStringLiteral("passwordService_facebook"))->setChecked(true);
        passwords->passwordField()->lineEdit()->setText(QStringLiteral("letmein2024"));
        passwords->check();
        expect(waitFor([&] { return window.context().runner.pending() == 0; }), "password kept");
        shoot(&window, QStringLiteral("12-password-check"));
    }

    window.showPage(MainWindow::Page::Import);
    shoot(&window, QStringLiteral("13-import-choose"));
    const QString leak = temp.filePath(QStringLiteral("club-members.csv"));
    {
        // The demo leak again, with the rows real files have: a number too short to be
        // right and a row with nothing to look up, so the summary shows what it reports.
        QFile demo(QStringLiteral(":/demo/fictional-leak.csv"));
        expect(demo.open(QIODevice::ReadOnly), "the demo leak");
        QFile copy(leak);
        expect(copy.open(QIODevice::WriteOnly), "a copy of the demo leak");
        QByteArray rows = demo.readAll();
        if (!rows.endsWith('\n')) {
            rows += '\n';
        }
        rows += "2010,Tiny,Number,,,,\n,No,Identifiers,,Leeds,,\n";
        expect(copy.write(rows) == rows.size(), "a copy of the demo leak");
    }
    window.importPage()->openFile(leak);
    expect(waitFor([&] { return window.importPage()->step() == ImportPage::Step::Map; }), "import preview");
    window.importPage()->breachCombo()->setCurrentIndex(window.importPage()->breachCombo()->findData(QStringLiteral("DemoSportsClub2025")));
    shoot(&window, QStringLiteral("13-import-mapping"));
    window.importPage()->startImport();
    expect(waitFor([&] { return window.importPage()->step() == ImportPage::Step::Summary; }), "import summary");
    shoot(&window, QStringLiteral("14-import-summary"));

    // A help desk's bundle, signed by a key this vault does not trust yet.
    {
        const QString desk = temp.filePath(QStringLiteral("help-desk"));
        auto deskSession = VaultSession::create(desk, SecureBuffer::fromText(QStringLiteral("help desk")), KdfParams::minimum()).session;
        DemoVault::fill(*deskSession, temp.path()); // its leak files are what the help desk hands out
        const QString bundle = temp.filePath(QStringLiteral("city-help-desk-2026-12.bundle"));
        deskSession->exportBundle(bundle, BundleKeys::generate(), {});
        shootNextDialog(QStringLiteral("14-bundle-import"));
        window.importPage()->openBundle(bundle);
        expect(waitFor([&] { return window.context().runner.pending() == 0 && !QApplication::activeModalWidget(); }), "bundle dialog");
    }

    window.showPage(MainWindow::Page::Catalog);
    expect(waitFor([&] { return window.catalogPage()->model()->rowCount() > 900; }), "catalog");
    window.catalogPage()->searchEdit()->setText(QStringLiteral("whatsapp"));
    window.catalogPage()->view()->selectRow(0);
    shoot(&window, QStringLiteral("15-catalog"));

    window.showPage(MainWindow::Page::Settings);
    shoot(&window, QStringLiteral("16-settings"));

    // Larger text (the app's own setting) and right-to-left must not break a screen.
    window.showPage(MainWindow::Page::People);
    people->selectPerson(personId(QStringLiteral("Amira")));
    expect(waitFor([&] { return people->personView()->report().person && people->personView()->report().person->name == QLatin1String("Amira"); }),
           "Amira again");
    people->personView()->showTab(PersonView::Tab::Plan);
    window.applyTextScale(150);
    shoot(&window, QStringLiteral("18-large-text"));
    // The largest text, 200 %, in a window 1024 pixels wide: the plan and a guided step.
    window.resize(1024, 768);
    window.applyTextScale(200);
    // The person's page scrolls at this size: down to the plan, as a person would.
    const auto scrollToPlan = [&] {
        QCoreApplication::processEvents();
        auto *tabs = people->personView()->findChild<QWidget *>(QStringLiteral("personTabs"));
        if (auto *area = people->personView()->findChild<QScrollArea *>()) {
            area->verticalScrollBar()->setValue(tabs->mapTo(area->widget(), QPoint(0, 0)).y());
        }
    };
    scrollToPlan();
    shoot(&window, QStringLiteral("18-plan-200"));
    PlanWidget *plan = people->personView()->planWidget();
    plan->findChild<QPushButton *>(QStringLiteral("guidedModeButton"))->click();
    scrollToPlan();
    shoot(&window, QStringLiteral("19-guided-step-200"));
    window.applyTextScale(100);

    // The dark colours of Settings (Theme): the app draws with the palette's roles, never fixed colours.
    Theme::apply(Theme::Choice::Dark);
    shoot(&window, QStringLiteral("20-dark-guided-step"));
    plan->findChild<QPushButton *>(QStringLiteral("listModeButton"))->click();
    shoot(&window, QStringLiteral("20-dark-palette"));
    Theme::apply(Theme::Choice::System);
    window.resize(1200, 800);

    // A person's plan in every offered language, switched as Settings does (the window is
    // built again in the new language); the other main screens in Arabic, French and
    // Spanish; and the first page of an Arabic and an Italian handout.
    const QStringList everyScreen{QStringLiteral("ar"), QStringLiteral("fr"), QStringLiteral("es")};
    const QStringList handouts{QStringLiteral("ar"), QStringLiteral("it")};
    for (const Translations::Language &offered : Translations::offered()) {
        const QString language = offered.code;
        if (language == QLatin1String("en")) {
            continue;
        }
        bool rebuilt = false;
        const QMetaObject::Connection done = QObject::connect(&window, &MainWindow::retranslated, [&rebuilt] { rebuilt = true; });
        Translator::install(language);
        expect(waitFor([&] { return rebuilt; }), "the window in another language");
        QObject::disconnect(done);
        PeoplePage *inLanguage = window.peoplePage();
        window.showPage(MainWindow::Page::People);
        expect(waitFor([&] { return inLanguage->model()->rowCount() == 3; }), "people in another language");
        inLanguage->selectPerson(personId(QStringLiteral("Amira")));
        expect(waitFor([&] { return inLanguage->personView()->report().person.has_value(); }), "Amira's plan in another language");
        inLanguage->personView()->showTab(PersonView::Tab::Plan);
        shoot(&window, QStringLiteral("%1-person-plan").arg(language));
        if (handouts.contains(language)) {
            // scripts/screenshots.sh turns its first page into a PNG.
            QString error;
            expect(HandoutPrinter::write(inLanguage->personView()->handoutHtml(), g_out + QStringLiteral("/%1-handout.pdf").arg(language),
                                         HandoutPrinter::Format::Pdf, &error),
                   "a handout in another language");
        }
        if (!everyScreen.contains(language)) {
            continue;
        }
        inLanguage->personView()->planWidget()->setGuided(true);
        shoot(&window, QStringLiteral("%1-person-guided-step").arg(language));
        inLanguage->personView()->planWidget()->setGuided(false);
        window.showPage(MainWindow::Page::Import);
        // A file of its own (the same one again is "already imported"): the summary with
        // its findings and examples, in the language.
        const QString again = temp.filePath(QStringLiteral("club-members-%1.csv").arg(language));
        expect(QFile::copy(leak, again), "a copy of the leak");
        {
            QFile extra(again);
            expect(extra.open(QIODevice::Append), "a copy of the leak");
            extra.write(QStringLiteral("2010,Short,%1,,,,\n").arg(language).toUtf8());
        }
        window.importPage()->openFile(again);
        expect(waitFor([&] { return window.importPage()->step() == ImportPage::Step::Map; }), "import preview in another language");
        window.importPage()->breachCombo()->setCurrentIndex(window.importPage()->breachCombo()->findData(QStringLiteral("DemoSportsClub2025")));
        window.importPage()->startImport();
        expect(waitFor([&] { return window.importPage()->step() == ImportPage::Step::Summary; }), "import summary in another language");
        shoot(&window, QStringLiteral("%1-import-summary").arg(language));
        window.showPage(MainWindow::Page::Settings);
        shoot(&window, QStringLiteral("%1-settings").arg(language));
    }
    Translator::install(QStringLiteral("en"));

    window.lock();
    shoot(&window, QStringLiteral("17-locked"));
    return g_failures == 0 ? 0 : 1;
}
