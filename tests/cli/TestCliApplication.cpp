#include "BuildInfo.h"
#include "CliApplication.h"
#include "Command.h"
#include "KeyStore.h"
#include "TestSupport.h"
#include "VaultSession.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Cli;

namespace {

// An OS keychain's manners without one: answers later, through the event loop.
class LaterKeyStore final : public KeyStore
{
public:
    void store(const QString &vaultId, const SecureBuffer &key, Done done) override
    {
        m_memory.store(vaultId, key, [done](const Result &result) { QTimer::singleShot(0, [done, result] { done(result); }); });
    }
    void load(const QString &vaultId, Loaded done) override
    {
        m_memory.load(vaultId, [done](const Result &result, SecureBuffer key) {
            auto shared = std::make_shared<SecureBuffer>(std::move(key));
            QTimer::singleShot(0, [done, result, shared] { done(result, std::move(*shared)); });
        });
    }
    void remove(const QString &vaultId, Done done) override
    {
        m_memory.remove(vaultId, [done](const Result &result) { QTimer::singleShot(0, [done, result] { done(result); }); });
    }
    void setAvailable(bool available) { m_memory.setAvailable(available); }
    bool remembers(const QString &vaultId)
    {
        bool found = false;
        m_memory.load(vaultId, [&](const Result &result, SecureBuffer) { found = result.status == Status::Ok; });
        return found;
    }

private:
    MemoryKeyStore m_memory;
};

struct Ran
{
    int status = -1;
    QString out;
    QString err;
};

} // namespace

// The command-line library in this process: what needs a fake (the keychain) or every
// command's definition (the help).
class TestCliApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void helpNamesEveryCommandAndOption();
    void versionNamesTheBuildsCommit();
    void keychainRemembersTheKeyAndForgetsIt();
    void shellUnlocksWithTheKeychain();
    void unavailableKeychainFallsBackToThePassphrase();
    void removingAsksAtATerminal();

private:
    Ran run(const QStringList &arguments, const QByteArray &input = {}, bool interactive = false);
    QStringList withVault(const char *passphrase, const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_vault;
    LaterKeyStore m_store;
};

void TestCliApplication::initTestCase()
{
    qunsetenv("BREACH_ADVISOR_PASSPHRASE");
}

void TestCliApplication::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = m_temp->filePath(QStringLiteral("vault"));
    VaultSession::create(m_vault, TestSupport::secret("correct horse"), KdfParams::minimum());
    TestSupport::writeFile(m_temp->filePath(QStringLiteral("right")), "correct horse\n");
    TestSupport::writeFile(m_temp->filePath(QStringLiteral("wrong")), "wrong horse\n");
    m_store.remove(VaultSession::vaultIdAt(m_vault), [](const KeyStore::Result &) {});
    m_store.setAvailable(true);
}

Ran TestCliApplication::run(const QStringList &arguments, const QByteArray &input, bool interactive)
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QBuffer err;
    err.open(QIODevice::WriteOnly);
    int status = -1;
    {
        CliApplication application(&in, &out, &err, &m_store, interactive);
        status = application.run(arguments);
    }
    return {status, QString::fromUtf8(out.data()), QString::fromUtf8(err.data())};
}

QStringList TestCliApplication::withVault(const char *passphrase, const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_temp->filePath(QLatin1String(passphrase))}
         + arguments;
}

void TestCliApplication::helpNamesEveryCommandAndOption()
{
    QBuffer in;
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const CliApplication application(&in, &out, &err, &m_store, false);
    const QString global = run({QStringLiteral("--help")}).out;
    for (const std::unique_ptr<Command> &command : application.commands()) {
        const QString help = command->help();
        QVERIFY2(global.contains(QStringLiteral("  ") + command->name() + QLatin1Char(' ')), qPrintable(command->name()));
        for (const QString &option : command->valueOptions() + command->flagOptions()) {
            const QString flag = QStringLiteral("--") + option;
            // Its own help, and the global one, name every option the command takes
            // (--region of person is the old spelling of --country, kept for scripts).
            if (command->name() == QLatin1String("person") && option == QLatin1String("region")) {
                continue;
            }
            QVERIFY2(help.contains(flag), qPrintable(command->name() + QLatin1Char(' ') + flag));
            QVERIFY2(global.contains(flag), qPrintable(command->name() + QLatin1Char(' ') + flag));
        }
    }
    for (const char *flag : {"--vault", "--passphrase-file", "--keychain", "--json", "--mask", "--yes", "--help", "--version"}) {
        QVERIFY2(global.contains(QLatin1String(flag)), flag);
    }
}

void TestCliApplication::versionNamesTheBuildsCommit()
{
    const Ran version = run({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    // "breach-advisor-cli 0.1.0 (3f2a9c1b7e04)": CMake's version, then the commit (a
    // "-dirty" tree says so; a build without git says "unknown").
    static const QRegularExpression line(QStringLiteral("^breach-advisor-cli %1 \\(([0-9a-f]{7,40}(-dirty)?|unknown)\\)\n$")
                                             .arg(QRegularExpression::escape(QLatin1String(BuildInfo::version()))));
    QVERIFY2(line.match(version.out).hasMatch(), qPrintable(version.out));
    QVERIFY(version.out.contains(QLatin1String(BuildInfo::commit())));
}

void TestCliApplication::keychainRemembersTheKeyAndForgetsIt()
{
    const QString vaultId = VaultSession::vaultIdAt(m_vault);
    const QStringList stats = {QStringLiteral("index"), QStringLiteral("stats")};

    const Ran first = run(withVault("right", QStringList{QStringLiteral("--keychain")} + stats));
    QCOMPARE(first.status, 0);
    QVERIFY2(first.err.contains(QLatin1String("now remembers")), qPrintable(first.err));
    QVERIFY(m_store.remembers(vaultId));

    // Now the keychain's key opens the vault: the (wrong) passphrase is never read.
    QCOMPARE(run(withVault("wrong", QStringList{QStringLiteral("--keychain")} + stats)).status, 0);
    QCOMPARE(run(withVault("wrong", stats)).status, 3); // without --keychain it is

    const Ran forget = run({QStringLiteral("--vault"), m_vault, QStringLiteral("keychain"), QStringLiteral("forget")});
    QCOMPARE(forget.status, 0);
    QVERIFY(!m_store.remembers(vaultId));
    QCOMPARE(run(withVault("wrong", QStringList{QStringLiteral("--keychain")} + stats)).status, 3);
}

void TestCliApplication::shellUnlocksWithTheKeychain()
{
    QCOMPARE(run(withVault("right", {QStringLiteral("--keychain"), QStringLiteral("index"), QStringLiteral("stats")})).status, 0);
    const Ran shell = run(withVault("wrong", {QStringLiteral("--keychain"), QStringLiteral("shell")}),
                          "person add Jo --phone +447400123456\nperson list --json\ncheck --phone +447400123456 --mask\n");
    QCOMPARE(shell.status, 0);
    QVERIFY2(shell.out.contains(QLatin1String("\"name\":\"Jo\"")), qPrintable(shell.out));
    QVERIFY2(shell.out.contains(QStringLiteral("+44 ••• ••• 3456")), qPrintable(shell.out));
}

void TestCliApplication::unavailableKeychainFallsBackToThePassphrase()
{
    m_store.setAvailable(false);
    const Ran ran = run(withVault("right", {QStringLiteral("--keychain"), QStringLiteral("index"), QStringLiteral("stats")}));
    QCOMPARE(ran.status, 0);
    QVERIFY2(ran.err.contains(QLatin1String("the keychain cannot be used")), qPrintable(ran.err));
    QCOMPARE(run(withVault("wrong", {QStringLiteral("--keychain"), QStringLiteral("index"), QStringLiteral("stats")})).status, 3);
}

void TestCliApplication::removingAsksAtATerminal()
{
    QCOMPARE(run(withVault("right", {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Jo"), QStringLiteral("--phone"),
                                     QStringLiteral("+447400123456")}))
                 .status,
             0);
    const QStringList remove = withVault("right", {QStringLiteral("person"), QStringLiteral("remove"), QStringLiteral("Jo")});
    const Ran declined = run(remove, "n\n", true);
    QCOMPARE(declined.status, 1);
    QVERIFY2(declined.err.contains(QLatin1String("Remove Jo, their identifiers and their progress from the vault? [y/N]")), qPrintable(declined.err));
    QVERIFY2(declined.out.contains(QLatin1String("Nothing was removed")), qPrintable(declined.out));
    QCOMPARE(run(withVault("right", {QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("Jo")})).status, 0);
    QCOMPARE(run(remove, "", true).status, 1); // no answer is no
    QCOMPARE(run(remove, "yes\n", true).status, 0);
    QCOMPARE(run(withVault("right", {QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("Jo")})).status, 1);

    // --yes: not asked, even at a terminal.
    QCOMPARE(run(withVault("right", {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Mo"), QStringLiteral("--phone"),
                                     QStringLiteral("+447400123457")}))
                 .status,
             0);
    const Ran yes = run(withVault("right", {QStringLiteral("person"), QStringLiteral("remove"), QStringLiteral("Mo"), QStringLiteral("--yes")}), "", true);
    QCOMPARE(yes.status, 0);
    QVERIFY(!yes.err.contains(QLatin1String("[y/N]")));
}

QTEST_GUILESS_MAIN(TestCliApplication)
#include "TestCliApplication.moc"
