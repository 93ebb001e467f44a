#include "GuiTestSupport.h"
#include "InlineMessage.h"
#include "PassphraseEdit.h"
#include "PasswordCheckPage.h"
#include "PasswordList.h"
#include "PeopleModel.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "QuickCheckPage.h"
#include "SessionRunner.h"
#include "TestSupport.h"
#include "Translator.h"
#include "VaultSession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

namespace {

const QString kLeakedPassword = QStringLiteral("Tr0ub4dor&3-leaked");
const QString kUnknownPassword = QStringLiteral("never-in-any-list-7c1e");

QByteArray sha1Hex(const QString &password)
{
    return QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha1).toHex().toUpper();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The "Check a password" page: importing the list, checking a password for nobody or for a
// person (whose plan then starts with changing it), and the password going nowhere.
class TestGuiPasswordCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importThenCheckForAPerson();
    void cancelledImportKeepsTheListAsItWas();
    void reachedFromThePersonAndTheQuickCheck();
    void lockEmptiesTheField();
    void languageChangeWaitsForTheListImport();

private:
    // A Pwned Passwords file (ordered by hash) with the leaked password seen 52,000 times
    // among random hashes, outside the app's folders.
    QString writeCorpus(int randomLines = 20000);
    PasswordCheckPage *openPage();
    qint64 firstPersonId() const;

    std::unique_ptr<QTemporaryDir> m_downloads;
    std::unique_ptr<Fixture> m_fixture;
};

void TestGuiPasswordCheck::init()
{
    m_downloads = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<Fixture>();
    m_fixture->openOnDemoVault();
    QVERIFY(m_fixture->unlock(QStringLiteral("demo")));
}

void TestGuiPasswordCheck::cleanup()
{
    Translator::install(QStringLiteral("en"));
    m_fixture.reset();
    m_downloads.reset();
}

QString TestGuiPasswordCheck::writeCorpus(int randomLines)
{
    QList<QByteArray> lines;
    lines << sha1Hex(kLeakedPassword) + ":52000";
    QRandomGenerator random(7);
    for (int i = 0; i < randomLines; ++i) {
        QByteArray bytes(20, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 5);
        lines << bytes.toHex().toUpper() + ':' + QByteArray::number(1 + random.bounded(100));
    }
    std::sort(lines.begin(), lines.end());
    const QString path = m_downloads->filePath(QStringLiteral("pwned-passwords-sha1-ordered-by-hash.txt"));
    TestSupport::writeFile(path, lines.join("\r\n") + "\r\n");
    return path;
}

PasswordCheckPage *TestGuiPasswordCheck::openPage()
{
    m_fixture->window->showPage(MainWindow::Page::PasswordCheck);
    return m_fixture->window->passwordCheckPage();
}

qint64 TestGuiPasswordCheck::firstPersonId() const
{
    PeoplePage *people = m_fixture->window->peoplePage();
    waitFor([&] { return people->model()->rowCount() > 0; });
    return people->model()->index(0).data(PeopleModel::PersonIdRole).toLongLong();
}

void TestGuiPasswordCheck::importThenCheckForAPerson()
{
    MainWindow &window = *m_fixture->window;
    PasswordCheckPage *page = openPage();
    QVERIFY2(page->listStatusText().contains(QLatin1String("no list")), qPrintable(page->listStatusText()));

    // Checking without a list says what to do, and the password is gone from the field anyway.
    QLineEdit *field = page->passwordField()->lineEdit();
    QTest::keyClicks(field, kLeakedPassword);
    page->findChild<QPushButton *>(QStringLiteral("checkPasswordButton"))->click();
    QVERIFY(field->text().isEmpty());
    QVERIFY2(page->answerText().contains(QLatin1String("Import the list")), qPrintable(page->answerText()));

    // The import: progress shown while it runs, then what was imported.
    QSignalSpy imported(page, &PasswordCheckPage::importFinished);
    page->importList(writeCorpus());
    QVERIFY(page->isImporting());
    QVERIFY(page->findChild<QProgressBar *>(QStringLiteral("passwordImportProgress"))->isVisible());
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.first().first().toBool(), true);
    QVERIFY(!page->isImporting());
    QVERIFY2(page->listStatusText().contains(QLatin1String("20,001 leaked passwords (SHA-1)")), qPrintable(page->listStatusText()));
    QVERIFY(QFile::exists(PasswordList::pathIn(m_fixture->vaultDirectory())));

    // For nobody: the answer in words, nothing kept.
    QTest::keyClicks(field, kUnknownPassword);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(field->text().isEmpty());
    QVERIFY2(page->answerText().contains(QLatin1String("Not in the list of leaked passwords")), qPrintable(page->answerText()));

    // For a person, with the services that use it: kept with them, and their plan leads with it.
    const qint64 personId = firstPersonId();
    page->setPerson(personId);
    QCOMPARE(page->person(), personId);
    page->findChild<QCheckBox *>(QStringLiteral("passwordService_google"))->setChecked(true);
    QTest::keyClicks(field, kLeakedPassword);
    QSignalSpy peopleChanged(&window.context().events, &VaultEvents::peopleChanged);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(field->text().isEmpty());
    QVERIFY2(page->answerText().contains(QLatin1String("seen at least 10,000 times")), qPrintable(page->answerText()));
    QVERIFY(!page->answerText().contains(kLeakedPassword));
    QVERIFY(peopleChanged.wait(10000));
    auto *kept = page->findChild<InlineMessage *>(QStringLiteral("passwordKept"));
    QVERIFY(waitFor([&] { return window.context().runner.pending() == 0; }));
    QVERIFY(kept->isVisible()); // still there after the page read the people again
    QVERIFY2(kept->text().contains(QLatin1String("a password of theirs is known")), qPrintable(kept->text()));
    const Plan plan = window.context().runner.runAndWait([personId](VaultSession &session) {
        const QList<Person> people = session.people();
        return session.planFor(*std::find_if(people.cbegin(), people.cend(), [&](const Person &p) { return p.id == personId; }));
    });
    QCOMPARE(plan.items.first().step->id, QStringLiteral("change-known-password"));
    QVERIFY(plan.items.first().doFirst);
    QVERIFY2(plan.items.first().why.contains(QLatin1String("Google")), qPrintable(plan.items.first().why));

    // "Open their plan": the person's page, with the step first.
    page->findChild<QPushButton *>(QStringLiteral("openPlanButton"))->click();
    QCOMPARE(window.page(), MainWindow::Page::People);
    PersonView *view = window.peoplePage()->personView();
    QVERIFY(waitFor([&] { return view->report().person && view->report().person->id == personId
                                 && view->report().plan.item(QStringLiteral("change-known-password")); }));
    QVERIFY2(view->summaryText().contains(QLatin1String("A password you use is in the list of leaked passwords")), qPrintable(view->summaryText()));

    // Copying from the field gives nothing: it hides what is typed.
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    openPage();
    QTest::keyClicks(field, kLeakedPassword);
    field->selectAll();
    QTest::keySequence(field, QKeySequence::Copy);
    QTest::keySequence(field, QKeySequence::Cut);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    page->clear();

    // The password is in no file the app wrote (vault, settings, the list), in no encoding and
    // not as its SHA-1; nor in the process's arguments.
    window.lock();
    QVERIFY(waitFor([&] { return !window.context().runner.isOpen() && window.context().runner.pending() == 0; }));
    QVERIFY(waitFor([&] { return !QFile::exists(m_fixture->vaultDirectory() + QStringLiteral("/vault.db-journal")); }));
    const QList<QByteArray> secrets{kLeakedPassword.toUtf8(), QByteArray(reinterpret_cast<const char *>(kLeakedPassword.utf16()), kLeakedPassword.size() * 2),
                                    sha1Hex(kLeakedPassword), sha1Hex(kLeakedPassword).toLower(),
                                    QCryptographicHash::hash(kLeakedPassword.toUtf8(), QCryptographicHash::Sha1),
                                    kUnknownPassword.toUtf8(), sha1Hex(kUnknownPassword).toLower()};
    int scanned = 0;
    QDirIterator files(m_fixture->temp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!bytes.contains(secret), qPrintable(path));
        }
        ++scanned;
    }
    QVERIFY(scanned >= 3); // vault.db, vault.header, the list (and the settings)
    QFile cmdline(QStringLiteral("/proc/self/cmdline"));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray arguments = cmdline.readAll();
    for (const QByteArray &secret : secrets) {
        QVERIFY(!arguments.contains(secret));
    }
}

void TestGuiPasswordCheck::cancelledImportKeepsTheListAsItWas()
{
    PasswordCheckPage *page = openPage();
    QSignalSpy imported(page, &PasswordCheckPage::importFinished);
    page->importList(writeCorpus(1000));
    QVERIFY(imported.wait(60000));
    const QByteArray before = readFile(PasswordList::pathIn(m_fixture->vaultDirectory()));
    const QString status = page->listStatusText();

    imported.clear();
    page->importList(writeCorpus(3000));
    page->cancelImport();
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.first().first().toBool(), false);
    auto *message = page->findChild<InlineMessage *>(QStringLiteral("passwordListMessage"));
    QVERIFY2(message->text().contains(QLatin1String("cancelled")), qPrintable(message->text()));
    QCOMPARE(readFile(PasswordList::pathIn(m_fixture->vaultDirectory())), before);
    QCOMPARE(page->listStatusText(), status);

    // A malformed file: refused naming its line, the list as it was.
    const QString bad = m_downloads->filePath(QStringLiteral("bad.txt"));
    TestSupport::writeFile(bad, sha1Hex(QStringLiteral("a")) + ":1\nnot a hash\n");
    imported.clear();
    page->importList(bad);
    QVERIFY(imported.wait(60000));
    QVERIFY2(message->text().contains(QLatin1String("line 2")), qPrintable(message->text()));
    QCOMPARE(readFile(PasswordList::pathIn(m_fixture->vaultDirectory())), before);
}

void TestGuiPasswordCheck::reachedFromThePersonAndTheQuickCheck()
{
    MainWindow &window = *m_fixture->window;
    const qint64 personId = firstPersonId();
    window.peoplePage()->selectPerson(personId);
    PersonView *view = window.peoplePage()->personView();
    QVERIFY(waitFor([&] { return view->report().person.has_value(); }));
    view->findChild<QPushButton *>(QStringLiteral("personCheckPasswordButton"))->click();
    QCOMPARE(window.page(), MainWindow::Page::PasswordCheck);
    QCOMPARE(window.passwordCheckPage()->person(), personId);
    QVERIFY(window.passwordCheckPage()->findChild<QWidget *>(QStringLiteral("passwordServices"))->isVisible());

    window.showPage(MainWindow::Page::QuickCheck);
    window.quickCheckPage()->findChild<QPushButton *>(QStringLiteral("quickCheckPasswordButton"))->click();
    QCOMPARE(window.page(), MainWindow::Page::PasswordCheck);
    QCOMPARE(window.passwordCheckPage()->person(), qint64(0)); // nobody: nothing is kept
    QVERIFY(!window.passwordCheckPage()->findChild<QWidget *>(QStringLiteral("passwordServices"))->isVisible());
}

void TestGuiPasswordCheck::lockEmptiesTheField()
{
    MainWindow &window = *m_fixture->window;
    PasswordCheckPage *page = openPage();
    page->setPerson(firstPersonId());
    QTest::keyClicks(page->passwordField()->lineEdit(), kLeakedPassword);
    window.lock();
    QVERIFY(page->passwordField()->isEmpty());
    QCOMPARE(page->person(), qint64(0));
    // The people's names went with the vault.
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("passwordPerson"))->count(), 1);

    // Leaving the page empties it too.
    QVERIFY(m_fixture->unlock(QStringLiteral("demo")));
    page = openPage();
    QTest::keyClicks(page->passwordField()->lineEdit(), kLeakedPassword);
    window.showPage(MainWindow::Page::People);
    QVERIFY(page->passwordField()->isEmpty());
}

void TestGuiPasswordCheck::languageChangeWaitsForTheListImport()
{
    // A new language builds the pages again. The list's import runs on a thread of its own:
    // building the page again used to cancel it. Now the language waits for it, and the
    // new page says what was imported, in the new language.
    MainWindow &window = *m_fixture->window;
    PasswordCheckPage *page = openPage();
    QSignalSpy imported(page, &PasswordCheckPage::importFinished);
    bool retranslated = false;
    connect(&window, &MainWindow::retranslated, this, [&retranslated] { retranslated = true; });
    page->importList(writeCorpus(300000));
    QVERIFY(page->isImporting());
    Translator::install(QStringLiteral("fr"));
    QVERIFY(waitFor([&] { return retranslated; }, 120000));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.first().first().toBool(), true);

    QCOMPARE(window.page(), MainWindow::Page::PasswordCheck);
    page = window.passwordCheckPage();
    QVERIFY(!page->isImporting());
    QVERIFY2(page->listStatusText().contains(QLatin1String("SHA-1")), qPrintable(page->listStatusText()));
    const QString message = page->findChild<InlineMessage *>(QStringLiteral("passwordListMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("hachages de mots de passe (SHA-1) importés depuis pwned-passwords-sha1-ordered-by-hash.txt")),
             qPrintable(message));
    QVERIFY(QFile::exists(PasswordList::pathIn(m_fixture->vaultDirectory())));
}

QTEST_MAIN(TestGuiPasswordCheck)
#include "TestGuiPasswordCheck.moc"
