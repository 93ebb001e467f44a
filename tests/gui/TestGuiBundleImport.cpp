#include "BundleImportDialog.h"
#include "GuiTestSupport.h"
#include "ImportPage.h"
#include "ImportsModel.h"
#include "InlineMessage.h"
#include "SessionRunner.h"
#include "TestSupport.h"
#include "VaultSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// A help desk's bundle imported in the app: a help desk not trusted yet is trusted only with
// the public key that signed the bundle; an older bundle needs the person's say-so.
class TestGuiBundleImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void trustTheDeskThenImport();
    void olderBundleAsksFirst();

private:
    // The help desk's vault, with one leak file, exported as a bundle; its key files beside it.
    QString makeBundle(const QString &name);
    QString keyFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<Fixture> m_fixture;
    ImportPage *m_page = nullptr;
    std::optional<BundleKeys::HelpDeskKeys> m_keys;
    std::unique_ptr<VaultSession> m_desk;
};

void TestGuiBundleImport::init()
{
    m_fixture = std::make_unique<Fixture>();
    m_fixture->openOnEmptyVault(QStringLiteral("pass"));
    QVERIFY(m_fixture->unlock(QStringLiteral("pass")));
    m_fixture->window->showPage(MainWindow::Page::Import);
    m_page = m_fixture->window->importPage();
    m_keys = BundleKeys::generate();
    m_desk = VaultSession::create(m_fixture->temp.filePath(QStringLiteral("desk")), TestSupport::secret("desk"), KdfParams::minimum()).session;
    LeakImportOptions options;
    options.path = m_fixture->temp.filePath(QStringLiteral("leak.csv"));
    TestSupport::writeFile(options.path, "phone,name\n201001234567,Amira\n33612345678,Jean\n");
    options.breach = QStringLiteral("Facebook");
    options.phoneFormat = PhoneFormat::International;
    m_desk->importLeak(options);
    keyFile(QStringLiteral("desk.pub"), BundleKeys::publicKeyFile(m_keys->publicKey));
    const SecureBuffer agent = BundleKeys::agentKeyFile(m_keys->contentKey);
    keyFile(QStringLiteral("desk.agent"), QByteArray(agent.chars(), qsizetype(agent.size())));
    keyFile(QStringLiteral("other.pub"), BundleKeys::publicKeyFile(BundleKeys::generate().publicKey));
}

void TestGuiBundleImport::cleanup()
{
    m_desk.reset();
    m_fixture.reset();
}

QString TestGuiBundleImport::keyFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_fixture->temp.filePath(name);
    TestSupport::writeFile(path, bytes);
    return path;
}

QString TestGuiBundleImport::makeBundle(const QString &name)
{
    const QString path = m_fixture->temp.filePath(name);
    m_desk->exportBundle(path, *m_keys, {});
    return path;
}

void TestGuiBundleImport::trustTheDeskThenImport()
{
    const QString bundle = makeBundle(QStringLiteral("desk.bundle"));
    QString untrustedText;
    QString wrongKeyMessage;
    QStringList unnamed;
    onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<BundleImportDialog *>(widget);
        QVERIFY(dialog);
        untrustedText = dialog->findChild<QLabel *>(QStringLiteral("untrustedSigner"))->text();
        unnamed = unnamedFocusableWidgets(dialog);
        dialog->setAgentKeyPath(m_fixture->temp.filePath(QStringLiteral("desk.agent")));
        // Another help desk's public key: refused, nothing trusted.
        dialog->setPublicKeyPath(m_fixture->temp.filePath(QStringLiteral("other.pub")));
        dialog->findChild<QPushButton *>(QStringLiteral("importBundleButton"))->click();
        QVERIFY(waitFor([&] { return dialog->findChild<InlineMessage *>()->kind() == InlineMessage::Kind::Error; }));
        wrongKeyMessage = dialog->messageText();
        dialog->setPublicKeyPath(m_fixture->temp.filePath(QStringLiteral("desk.pub")));
        dialog->findChild<QLineEdit *>(QStringLiteral("signerName"))->setText(QStringLiteral("City help desk"));
        dialog->findChild<QPushButton *>(QStringLiteral("importBundleButton"))->click();
    });
    QSignalSpy imported(m_page, &ImportPage::bundleImported);
    m_page->openBundle(bundle);
    QVERIFY(imported.wait(30000));

    QCOMPARE(untrustedText, BundleKeys::fingerprint(m_keys->publicKey));
    QVERIFY2(wrongKeyMessage.contains(QLatin1String("is not the one that signed")), qPrintable(wrongKeyMessage));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    QCOMPARE(m_page->step(), ImportPage::Step::Summary);
    QVERIFY2(m_page->summaryText().contains(QLatin1String("signed by City help desk")), qPrintable(m_page->summaryText()));
    QVERIFY2(m_page->summaryText().contains(QLatin1String("1 added with 2 records")), qPrintable(m_page->summaryText()));
    QVERIFY(waitFor([&] { return m_page->imports()->rowCount() == 1; }));
    QVERIFY(waitFor([&] { return m_fixture->window->context().runner.pending() == 0; }));
}

void TestGuiBundleImport::olderBundleAsksFirst()
{
    const QString monday = makeBundle(QStringLiteral("monday.bundle"));
    QTest::qWait(20); // bundles are dated to the millisecond
    const QString tuesday = makeBundle(QStringLiteral("tuesday.bundle"));
    // Tuesday's first, the help desk trusted on the way.
    onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<BundleImportDialog *>(widget);
        QVERIFY(dialog);
        dialog->setAgentKeyPath(m_fixture->temp.filePath(QStringLiteral("desk.agent")));
        dialog->setPublicKeyPath(m_fixture->temp.filePath(QStringLiteral("desk.pub")));
        dialog->accept();
    });
    QSignalSpy imported(m_page, &ImportPage::bundleImported);
    m_page->openBundle(tuesday);
    QVERIFY(imported.wait(30000));

    // Monday's is older: refused unless the person ticks the box.
    QString refusal;
    bool asked = false;
    onNextModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<BundleImportDialog *>(widget);
        QVERIFY(dialog);
        asked = dialog->findChild<QCheckBox *>(QStringLiteral("allowOlderCheckBox")) != nullptr;
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("untrustedSigner"))); // trusted now
        dialog->setAgentKeyPath(m_fixture->temp.filePath(QStringLiteral("desk.agent")));
        dialog->accept();
        QVERIFY(waitFor([&] { return dialog->findChild<InlineMessage *>()->kind() == InlineMessage::Kind::Error; }));
        refusal = dialog->messageText();
        dialog->setAllowOlder(true);
        dialog->accept();
    });
    m_page->openBundle(monday);
    QVERIFY(imported.wait(30000));
    QVERIFY(asked);
    QVERIFY2(refusal.contains(QLatin1String("played back")), qPrintable(refusal));
    QVERIFY2(m_page->summaryText().contains(QLatin1String("older than the last bundle")), qPrintable(m_page->summaryText()));
    QVERIFY(waitFor([&] { return m_fixture->window->context().runner.pending() == 0; }));
}

QTEST_MAIN(TestGuiBundleImport)
#include "TestGuiBundleImport.moc"
