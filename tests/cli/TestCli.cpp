#include "TestSupport.h"
#include "Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>
#include <zlib.h>

using namespace BreachAdvisor;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

// Runs the real breach-advisor-cli binary, as help desks and end-to-end checks do.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void helpAndUsageErrors();
    void initCreatesVaultWithCatalog();
    void wrongPassphraseExitsThree();
    void vaultInUseExitsThree();
    void passphraseFromEnvironment();
    void noPassphraseSourceIsUsageError();
    void catalogImportAndReimport();
    void rejectedCatalogFileExitsFour();
    void catalogListAndShow();
    void catalogAdd();
    void normalizeContract();
    void normalizeInvalid();
    void recoverWithRecoveryKey();
    void importCheckAndStatsContract();
    void importErrorsExitWithTheirStatus();
    void killedImportLeavesIndexWholeOrUnchanged();
    void interruptedImportExits130AndChangesNothing();
    void commandHelp();
    void planContract();
    void longValuesAndLongLines();
    void fileWithoutHeaderKeepsItsFirstRow();
    void truncatedGzipExitsFourAndChangesNothing();
    void nestedJsonAndPresets();
    void encodingsAndGermanHeaders();
    void importSaysWhatIsLost();
    void importSqlDumpTable();
    void nothingImportableExitsFour();
    void checkFromFileAndMask();
    void peopleShowEditRemove();
    void stepsReopenAndKeepNotes();
    void exitStatusesFollowTheContract();
    void indexRemoveFreesTheSpace();
    void shellRunsManyCommandsOnOneUnlock();
    void shellScriptStopsAtTheFirstFailure();
    void handoutWritesPdfAndHtml();

private:
    Run cli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment(), const QByteArray &input = {});
    Run vaultCli(const QStringList &arguments, const QByteArray &input = {});
    void initVault();
    QString importArgumentsFile(const QByteArray &content, const char *name = "leak.csv");
    QString m_vault;
    QString m_passphraseFile;
    std::unique_ptr<QTemporaryDir> m_temp;
};

void TestCli::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = m_temp->filePath(QStringLiteral("vault"));
    m_passphraseFile = m_temp->filePath(QStringLiteral("passphrase.txt"));
    TestSupport::writeFile(m_passphraseFile, "correct horse battery\n");
}

Run TestCli::cli(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    env.remove(QStringLiteral("BREACH_ADVISOR_PASSPHRASE"));
    if (environment.contains(QStringLiteral("BREACH_ADVISOR_PASSPHRASE"))) {
        env.insert(QStringLiteral("BREACH_ADVISOR_PASSPHRASE"), environment.value(QStringLiteral("BREACH_ADVISOR_PASSPHRASE")));
    }
    process.setProcessEnvironment(env);
    if (input.isNull()) {
        process.setStandardInputFile(QProcess::nullDevice());
    }
    // A session of its own: no controlling terminal, so the CLI can never prompt on the
    // terminal of whoever runs the tests.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(TestSupport::cliPath(), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120000)) {
        qWarning() << "CLI did not finish:" << arguments;
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Run TestCli::vaultCli(const QStringList &arguments, const QByteArray &input)
{
    return cli(QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile} + arguments, {}, input);
}

void TestCli::initVault()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
}

QString TestCli::importArgumentsFile(const QByteArray &content, const char *name)
{
    const QString path = m_temp->filePath(QLatin1String(name));
    TestSupport::writeFile(path, content);
    return path;
}

void TestCli::helpAndUsageErrors()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("catalog import FILE"));
    QVERIFY(help.out.contains("normalize --phone TEXT"));

    const Run unknownCommand = cli({QStringLiteral("frobnicate")});
    QCOMPARE(unknownCommand.exitCode, 2);
    QVERIFY(unknownCommand.err.contains("Unknown command"));
    QCOMPARE(unknownCommand.err.count('\n'), 1); // one clear line

    QCOMPARE(cli({QStringLiteral("normalize"), QStringLiteral("--bogus")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("normalize"), QStringLiteral("--phone")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("normalize"), QStringLiteral("--phone"), QStringLiteral("1"), QStringLiteral("--region"),
                  QStringLiteral("XX")}).exitCode,
             2);
    QCOMPARE(vaultCli({QStringLiteral("catalog"), QStringLiteral("show")}).exitCode, 2);
}

void TestCli::initCreatesVaultWithCatalog()
{
    const Run init = vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")});
    QCOMPARE(init.exitCode, 0);
    QVERIFY(init.out.contains("recovery key"));
    QVERIFY(QRegularExpression(QStringLiteral("([A-Z2-7]{4}-){7}[A-Z2-7]{4}")).match(QString::fromUtf8(init.out)).hasMatch());
    QVERIFY(Vault::existsAt(m_vault));

    const Run info = vaultCli({QStringLiteral("vault"), QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.json().object().value(QLatin1String("breaches")).toInt() >= 956);
    QVERIFY(info.json().object().value(QLatin1String("cipher_version")).toString().startsWith(QLatin1String("4.")));

    const Run again = vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("already a vault"));
}

void TestCli::wrongPassphraseExitsThree()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    const QByteArray before = TestSupport::fingerprintOf(m_vault);
    TestSupport::writeFile(m_passphraseFile, "wrong horse\n");
    const Run run = vaultCli({QStringLiteral("catalog"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("passphrase"));
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(TestSupport::fingerprintOf(m_vault), before);
}

void TestCli::vaultInUseExitsThree()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    {
        // This test process holds the vault: the CLI is the second process.
        auto held = Vault::open(m_vault, TestSupport::secret("correct horse battery"));
        const Run run = vaultCli({QStringLiteral("catalog"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("open in another program"), run.err.constData());
    }
    QCOMPARE(vaultCli({QStringLiteral("catalog"), QStringLiteral("list")}).exitCode, 0);
}

void TestCli::passphraseFromEnvironment()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BREACH_ADVISOR_PASSPHRASE"), QStringLiteral("correct horse battery"));
    const Run run = cli({QStringLiteral("--vault"), m_vault, QStringLiteral("vault"), QStringLiteral("info")}, env);
    QCOMPARE(run.exitCode, 0);
    env.insert(QStringLiteral("BREACH_ADVISOR_PASSPHRASE"), QStringLiteral("nope"));
    QCOMPARE(cli({QStringLiteral("--vault"), m_vault, QStringLiteral("vault"), QStringLiteral("info")}, env).exitCode, 3);
}

void TestCli::noPassphraseSourceIsUsageError()
{
    // No file, no variable, no terminal to ask on.
    const Run run = cli({QStringLiteral("--vault"), m_vault, QStringLiteral("init")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--passphrase-file"), run.err.constData());
    QVERIFY(!Vault::existsAt(m_vault));
}

void TestCli::catalogImportAndReimport()
{
    const QString path = TestSupport::sharedDataFile(QStringLiteral("hibp-breaches-2026-02.json"));
    if (path.isEmpty()) {
        QSKIP("../shared/data/hibp-breaches-2026-02.json is not here; the real-file import is checked only beside it");
    }
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    const Run first = vaultCli({QStringLiteral("catalog"), QStringLiteral("import"), path, QStringLiteral("--json")});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject summary = first.json().object();
    QCOMPARE(summary.value(QLatin1String("breaches")).toInt(), 955);
    // The bundled catalog has the same facts: the real file only adds HIBP's own prose.
    QCOMPARE(summary.value(QLatin1String("added")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1String("updated")).toInt() + summary.value(QLatin1String("unchanged")).toInt(), 955);

    const Run second = vaultCli({QStringLiteral("catalog"), QStringLiteral("import"), path, QStringLiteral("--json")});
    QCOMPARE(second.json().object().value(QLatin1String("unchanged")).toInt(), 955);
    const Run list = vaultCli({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().size(), 956);
    const Run adobe = vaultCli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("Adobe")});
    QVERIFY(adobe.out.contains("From the imported catalog file: In October 2013"));
    QVERIFY(!adobe.out.contains("<a href")); // shown as plain text
}

void TestCli::rejectedCatalogFileExitsFour()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    const QByteArray before = TestSupport::fingerprintOf(m_vault);
    const QString bad = m_temp->filePath(QStringLiteral("bad.json"));
    TestSupport::writeFile(bad, "[\n{\"Name\":\"A\",\"BreachDate\":\"yesterday\",\"DataClasses\":[]}\n]\n");
    const Run run = vaultCli({QStringLiteral("catalog"), QStringLiteral("import"), bad});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains((bad + QStringLiteral(":2:")).toUtf8()), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(TestSupport::fingerprintOf(m_vault), before);

    const Run missing = vaultCli({QStringLiteral("catalog"), QStringLiteral("import"), m_temp->filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 4);
}

void TestCli::catalogListAndShow()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    const Run list = vaultCli({QStringLiteral("catalog"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("Have I Been Pwned"));
    QVERIFY(list.out.contains("Facebook"));

    const Run show = vaultCli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("Facebook"), QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject facebook = show.json().object();
    for (const char *key : {"Name", "Title", "Domain", "BreachDate", "AddedDate", "ModifiedDate", "PwnCount", "DataClasses",
                            "IsVerified", "IsFabricated", "IsSensitive", "IsRetired", "IsSpamList", "IsMalware",
                            "IsStealerLog", "IsSubscriptionFree", "Attribution", "DisclosureUrl", "OurDescription",
                            "ProvenanceNotes", "DataClassDetails"}) {
        QVERIFY2(facebook.contains(QLatin1String(key)), key);
    }
    QCOMPARE(facebook.value(QLatin1String("PwnCount")).toInteger(), 509458528);

    const Run human = vaultCli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("WhatsAppNumberList2022")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("Not a WhatsApp breach"));

    const Run missing = vaultCli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("NoSuchBreach")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("NoSuchBreach"));
}

void TestCli::catalogAdd()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    const QStringList add = {QStringLiteral("catalog"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("TownClinic2025"),
                             QStringLiteral("--title"), QStringLiteral("Town clinic"), QStringLiteral("--date"), QStringLiteral("2025-02-03"),
                             QStringLiteral("--domain"), QStringLiteral("clinic.example"), QStringLiteral("--classes"),
                             QStringLiteral("phone numbers; Names;Driver's licenses"), QStringLiteral("--json")};
    const Run run = vaultCli(add);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject added = run.json().object();
    QCOMPARE(added.value(QLatin1String("DataClasses")).toArray().toVariantList(),
             (QVariantList{QStringLiteral("Phone numbers"), QStringLiteral("Names"), QStringLiteral("Driver’s licenses")}));
    QCOMPARE(added.value(QLatin1String("Origin")).toString(), QStringLiteral("added"));
    const Run again = vaultCli(add);
    QCOMPARE(again.exitCode, 1); // the name is taken: a failure, not a usage error
    QVERIFY(again.err.contains("already has a breach"));

    QStringList badDate = add;
    badDate[1 + badDate.indexOf(QStringLiteral("--date"))] = QStringLiteral("03/02/2025");
    badDate[1 + badDate.indexOf(QStringLiteral("--name"))] = QStringLiteral("Other");
    QCOMPARE(vaultCli(badDate).exitCode, 2);

    // Flags by hand: a stealer log the catalog does not have.
    QStringList logs = add;
    logs[1 + logs.indexOf(QStringLiteral("--name"))] = QStringLiteral("CourierLogs");
    logs << QStringLiteral("--flags") << QStringLiteral("stealer_log;sensitive");
    const Run flagged = vaultCli(logs);
    QCOMPARE(flagged.exitCode, 0);
    QVERIFY(flagged.json().object().value(QLatin1String("IsStealerLog")).toBool());
    QVERIFY(flagged.json().object().value(QLatin1String("IsSensitive")).toBool());
    QVERIFY(!flagged.json().object().value(QLatin1String("IsSpamList")).toBool());
    logs[1 + logs.indexOf(QStringLiteral("--name"))] = QStringLiteral("Other");
    logs.last() = QStringLiteral("stealer");
    const Run badFlag = vaultCli(logs);
    QCOMPARE(badFlag.exitCode, 2);
    QVERIFY(badFlag.err.contains("\"stealer\" is not a flag"));
}

void TestCli::normalizeContract()
{
    const Run run = cli({QStringLiteral("normalize"), QStringLiteral("--phone"), QStringLiteral("0151 23456789"),
                         QStringLiteral("--region"), QStringLiteral("DE"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = run.json().object();
    QCOMPARE(result.value(QLatin1String("input")).toString(), QStringLiteral("0151 23456789"));
    QCOMPARE(result.value(QLatin1String("valid")).toBool(), true);
    QCOMPARE(result.value(QLatin1String("e164")).toString(), QStringLiteral("+4915123456789"));
    QCOMPARE(result.value(QLatin1String("region")).toString(), QStringLiteral("DE"));
    QCOMPARE(result.value(QLatin1String("type")).toString(), QStringLiteral("mobile"));
    QVERIFY(result.contains(QLatin1String("error")));
    QVERIFY(result.value(QLatin1String("error")).isNull());

    const Run human = cli({QStringLiteral("normalize"), QStringLiteral("--phone"), QStringLiteral("+20 100 123 4567")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("+201001234567"));

    const Run email = cli({QStringLiteral("normalize"), QStringLiteral("--email"), QStringLiteral("Alice@Example.COM"), QStringLiteral("--json")});
    QCOMPARE(email.json().object().value(QLatin1String("normalized")).toString(), QStringLiteral("alice@example.com"));
}

void TestCli::normalizeInvalid()
{
    const Run run = cli({QStringLiteral("normalize"), QStringLiteral("--phone"), QStringLiteral("0151 23456789"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = run.json().object();
    QCOMPARE(result.value(QLatin1String("valid")).toBool(), false);
    QVERIFY(result.value(QLatin1String("e164")).isNull());
    QVERIFY(!result.value(QLatin1String("error")).toString().isEmpty());
    QCOMPARE(result.value(QLatin1String("error_code")).toString(), QStringLiteral("missing_region"));
}

void TestCli::recoverWithRecoveryKey()
{
    const Run init = vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive"), QStringLiteral("--json")});
    QCOMPARE(init.exitCode, 0);
    const QString recoveryKeyFile = m_temp->filePath(QStringLiteral("recovery.txt"));
    TestSupport::writeFile(recoveryKeyFile, init.json().object().value(QLatin1String("recovery_key")).toString().toLatin1());
    const QString newPassphraseFile = m_temp->filePath(QStringLiteral("new.txt"));
    TestSupport::writeFile(newPassphraseFile, "a new passphrase\n");

    const Run recover = cli({QStringLiteral("--vault"), m_vault, QStringLiteral("vault"), QStringLiteral("recover"),
                             QStringLiteral("--recovery-key-file"), recoveryKeyFile, QStringLiteral("--new-passphrase-file"),
                             newPassphraseFile, QStringLiteral("--kdf-strength"), QStringLiteral("interactive")});
    QCOMPARE(recover.exitCode, 0);
    QCOMPARE(vaultCli({QStringLiteral("vault"), QStringLiteral("info")}).exitCode, 3); // the old passphrase is gone
    QCOMPARE(cli({QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), newPassphraseFile,
                  QStringLiteral("vault"), QStringLiteral("info")}).exitCode,
             0);
}

void TestCli::importCheckAndStatsContract()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    const QString leak = m_temp->filePath(QStringLiteral("leak.csv"));
    TestSupport::writeFile(leak, "phone,first,last,about,extra\n"
                                 "201001234567,Amira,Hassan,Hi,x\n"
                                 "2010,Short,,,\n"
                                 "4915123456789,,,,y\n");
    const Run import = vaultCli({QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                 QStringLiteral("--phone"), QStringLiteral("phone"), QStringLiteral("--field"),
                                 QStringLiteral("Names=first,last"), QStringLiteral("--field"), QStringLiteral("Bios=about"),
                                 QStringLiteral("--phone-format"), QStringLiteral("international"), QStringLiteral("--json")});
    QCOMPARE(import.exitCode, 0);
    const QJsonObject report = import.json().object();
    QCOMPARE(report.value(QLatin1String("rows")).toInt(), 3);
    QCOMPARE(report.value(QLatin1String("imported")).toInt(), 2);
    QCOMPARE(report.value(QLatin1String("skipped")).toInt(), 1);
    const QJsonObject example = report.value(QLatin1String("skipped_examples")).toArray().first().toObject();
    QCOMPARE(example.value(QLatin1String("line")).toInt(), 3);
    QVERIFY(!example.value(QLatin1String("reason")).toString().isEmpty());

    const Run again = vaultCli({QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                QStringLiteral("--phone"), QStringLiteral("phone"), QStringLiteral("--field"),
                                QStringLiteral("Names=first,last"), QStringLiteral("--field"), QStringLiteral("Bios=about"),
                                QStringLiteral("--phone-format"), QStringLiteral("international"), QStringLiteral("--json")});
    QCOMPARE(again.json().object().value(QLatin1String("already_imported")).toBool(), true);

    const Run check = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("0100 123 4567"),
                                QStringLiteral("--phone"), QStringLiteral("+1 415 555 2671"), QStringLiteral("--email"),
                                QStringLiteral("nobody@example.com"), QStringLiteral("--region"), QStringLiteral("EG"),
                                QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
    const QJsonArray identifiers = check.json().object().value(QLatin1String("identifiers")).toArray();
    QCOMPARE(identifiers.size(), 3);
    const QJsonObject found = identifiers.at(0).toObject();
    QCOMPARE(found.value(QLatin1String("kind")).toString(), QStringLiteral("phone"));
    QCOMPARE(found.value(QLatin1String("input")).toString(), QStringLiteral("0100 123 4567"));
    QCOMPARE(found.value(QLatin1String("normalized")).toString(), QStringLiteral("+201001234567"));
    QCOMPARE(found.value(QLatin1String("valid")).toBool(), true);
    const QJsonObject match = found.value(QLatin1String("matches")).toArray().first().toObject();
    QCOMPARE(match.value(QLatin1String("breach")).toString(), QStringLiteral("Facebook"));
    QCOMPARE(match.value(QLatin1String("fields")).toArray().toVariantList(),
             (QVariantList{QStringLiteral("Phone numbers"), QStringLiteral("Names"), QStringLiteral("Bios")}));
    QVERIFY(match.value(QLatin1String("breach_classes")).toArray().contains(QStringLiteral("Dates of birth")));
    QVERIFY(identifiers.at(1).toObject().value(QLatin1String("matches")).toArray().isEmpty());
    QCOMPARE(identifiers.at(2).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("email"));

    const Run human = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+20 100 123 4567")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.startsWith("Found 1 of 1"), human.out.constData()); // the summary comes first

    const Run stats = vaultCli({QStringLiteral("index"), QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject figures = stats.json().object();
    QCOMPARE(figures.value(QLatin1String("records")).toInt(), 2);
    QVERIFY(figures.value(QLatin1String("bytes")).toInt() > 0);
    const QJsonObject perBreach = figures.value(QLatin1String("breaches")).toArray().first().toObject();
    QCOMPARE(perBreach.value(QLatin1String("breach")).toString(), QStringLiteral("Facebook"));
    QCOMPARE(perBreach.value(QLatin1String("records")).toInt(), 2);
}

void TestCli::importErrorsExitWithTheirStatus()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    const QString leak = m_temp->filePath(QStringLiteral("leak.csv"));
    TestSupport::writeFile(leak, "phone,name\n201001234567,Amira\n201112345678,\"open\n");
    const QStringList base = {QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("Facebook")};

    const Run broken = vaultCli(base);
    QCOMPARE(broken.exitCode, 4);
    QVERIFY2(broken.err.contains((leak + QStringLiteral(": 1 row of 2 did not fit")).toUtf8()), broken.err.constData());
    QVERIFY2(broken.err.contains("line 3, a quoted field is never closed"), broken.err.constData());
    // Allowed, the row is skipped and counted with its line.
    const Run allowed = vaultCli(base + QStringList{QStringLiteral("--max-bad-rows"), QStringLiteral("50%"), QStringLiteral("--json")});
    QCOMPARE(allowed.exitCode, 0);
    QCOMPARE(allowed.json().object().value(QLatin1String("rows_not_fitting_layout")).toInt(), 1);
    QCOMPARE(allowed.json().object().value(QLatin1String("imported")).toInt(), 1);
    QCOMPARE(vaultCli(base + QStringList{QStringLiteral("--max-bad-rows"), QStringLiteral("many")}).exitCode, 2);

    const Run noColumn = vaultCli(base + QStringList{QStringLiteral("--phone"), QStringLiteral("mobile")});
    QCOMPARE(noColumn.exitCode, 2);
    QVERIFY(noColumn.err.contains("no such column"));

    const Run noBreach = vaultCli({QStringLiteral("import"), leak});
    QCOMPARE(noBreach.exitCode, 2);
    const Run missing = vaultCli({QStringLiteral("import"), m_temp->filePath(QStringLiteral("none.csv")), QStringLiteral("--breach"),
                                  QStringLiteral("Facebook")});
    QCOMPARE(missing.exitCode, 4);

    const Run stats = vaultCli({QStringLiteral("index"), QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.json().object().value(QLatin1String("records")).toInt(), 1); // only the import that allowed its bad row
}

void TestCli::killedImportLeavesIndexWholeOrUnchanged()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    QByteArray content = "phone\n";
    const int rows = 300000;
    for (int i = 0; i < rows; ++i) {
        content += "2010" + QByteArray::number(10000000 + i * 7) + "\n";
    }
    const QString leak = m_temp->filePath(QStringLiteral("big.csv"));
    TestSupport::writeFile(leak, content);
    // Killed at several moments of the import: afterwards the index holds all of it or none.
    for (const int delayMs : {150, 400, 700}) {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(TestSupport::cliPath(), {QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile,
                                               QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                               QStringLiteral("--phone-format"), QStringLiteral("international")});
        QVERIFY(process.waitForStarted());
        QTest::qWait(delayMs);
        process.kill();
        process.waitForFinished();

        const Run stats = vaultCli({QStringLiteral("index"), QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0); // the dead process's lock is taken over
        const QJsonArray imports = stats.json().object().value(QLatin1String("imports")).toArray();
        QVERIFY(imports.size() <= 1);
        if (imports.size() == 1) {
            QCOMPARE(imports.first().toObject().value(QLatin1String("records")).toInt(), rows);
            QCOMPARE(vaultCli({QStringLiteral("index"), QStringLiteral("remove"),
                               QString::number(imports.first().toObject().value(QLatin1String("id")).toInt())}).exitCode,
                     0);
        }
        QVERIFY(QDir(m_vault + QStringLiteral("/tmp")).entryList({QStringLiteral("*.part")}, QDir::Files).size() <= 256);
    }
    // Every import was removed again: the vault opens and says there was nothing to check in.
    const Run check = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+201010000000"), QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 5);
    QCOMPARE(check.json().object().value(QLatin1String("checked")).toObject().value(QLatin1String("leak_files")).toInt(), 0);
}

void TestCli::interruptedImportExits130AndChangesNothing()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    QByteArray content = "phone\n";
    for (int i = 0; i < 2000000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i * 3) + "\n";
    }
    const QString leak = m_temp->filePath(QStringLiteral("big.csv"));
    TestSupport::writeFile(leak, content);
    const QByteArray before = TestSupport::fingerprintOf(m_vault);
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(TestSupport::cliPath(), {QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile,
                                           QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                           QStringLiteral("--phone-format"), QStringLiteral("international")});
    QVERIFY(process.waitForStarted());
    // Ctrl-C once the import is under way (its mapping is printed when reading starts).
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Phone numbers:") || process.state() == QProcess::NotRunning,
                             60000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    if (process.exitCode() == 0) {
        QSKIP("the import finished before Ctrl-C arrived");
    }
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains("Nothing was changed"), err.constData());
    QCOMPARE(TestSupport::fingerprintOf(m_vault), before);
}

void TestCli::commandHelp()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("import"), QStringLiteral("--help")},
                                         QStringList{QStringLiteral("import"), QStringLiteral("-h")},
                                         QStringList{QStringLiteral("help"), QStringLiteral("import")}}) {
        const Run help = cli(arguments);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith("Usage: breach-advisor-cli"), help.out.constData());
        QVERIFY(help.out.contains("--phone-format"));
        QVERIFY(help.out.contains("--exact-phone-validation")); // its details, not only the usage line
        QVERIFY(!help.out.contains("catalog import FILE"));     // only this command
    }
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--help")});
    QVERIFY(check.out.contains("--uses SERVICE"));
    QVERIFY(check.out.contains("--from FILE|-"));
    QVERIFY(check.out.contains("--mask"));
    for (const char *command : {"person", "step", "index", "shell", "keychain", "plan"}) {
        const Run help = cli({QLatin1String(command), QStringLiteral("-h")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith("Usage: breach-advisor-cli"), command);
    }
    QVERIFY(cli({QStringLiteral("person"), QStringLiteral("--help")}).out.contains("person remove NAME [--yes]"));
    QVERIFY(cli({QStringLiteral("step"), QStringLiteral("--help")}).out.contains("reopen"));
    // The global help lists every command.
    const Run all = cli({QStringLiteral("--help")});
    for (const char *command : {"init", "vault info", "catalog list", "normalize", "import FILE", "check", "person add", "plan --person",
                                "step done", "index stats", "person show", "person edit", "person remove", "step done|skip|na|reopen",
                                "import --list-presets", "shell", "keychain forget", "--keychain"}) {
        QVERIFY2(all.out.contains(command), command);
    }
}

void TestCli::planContract()
{
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    const QString leak = m_temp->filePath(QStringLiteral("leak.csv"));
    TestSupport::writeFile(leak, "phone,name,about,photo\n447400123456,Jo,Hi,p.jpg\n");
    QCOMPARE(vaultCli({QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("WhatsAppNumberList2022"),
                       QStringLiteral("--phone"), QStringLiteral("phone"), QStringLiteral("--field"), QStringLiteral("Names=name"),
                       QStringLiteral("--field"), QStringLiteral("Bios=about"), QStringLiteral("--field"),
                       QStringLiteral("Profile photos=photo"), QStringLiteral("--phone-format"), QStringLiteral("international")})
                 .exitCode,
             0);

    const Run check = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("07400 123456"), QStringLiteral("--region"),
                                QStringLiteral("GB"), QStringLiteral("--uses"), QStringLiteral("WhatsApp"), QStringLiteral("--platform"),
                                QStringLiteral("android"), QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
    const QJsonArray plan = check.json().object().value(QLatin1String("plan")).toArray();
    QVERIFY(plan.size() >= 8);
    const QJsonObject first = plan.first().toObject();
    for (const char *key : {"id", "category", "title", "why", "priority", "minutes", "instructions", "sources", "reasons", "status"}) {
        QVERIFY2(first.contains(QLatin1String(key)), key);
    }
    QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("whatsapp-two-step-pin"));
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("todo"));
    const QJsonObject instructions = first.value(QLatin1String("instructions")).toObject();
    QVERIFY(instructions.value(QLatin1String("android")).toString().contains(QLatin1String("Two-step verification")));
    QVERIFY(instructions.contains(QLatin1String("iphone")));
    QVERIFY(instructions.contains(QLatin1String("computer")));
    const QJsonObject reason = first.value(QLatin1String("reasons")).toArray().first().toObject();
    QCOMPARE(reason.value(QLatin1String("breach")).toString(), QStringLiteral("WhatsAppNumberList2022"));
    QVERIFY(reason.value(QLatin1String("fields")).toArray().contains(QStringLiteral("Phone numbers")));
    QVERIFY(!first.value(QLatin1String("sources")).toArray().isEmpty());
    // An unknown service is left out with a warning, not a refusal of the whole check.
    const Run unknownService = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("07400 123456"), QStringLiteral("--region"),
                                         QStringLiteral("GB"), QStringLiteral("--uses"), QStringLiteral("MySpace"), QStringLiteral("--json")});
    QCOMPARE(unknownService.exitCode, 0);
    QVERIFY(unknownService.err.contains("\"MySpace\" is not a service the checklist knows"));
    QCOMPARE(unknownService.json().object().value(QLatin1String("warnings")).toArray().size(), 1);
    const QJsonObject counts = check.json().object().value(QLatin1String("evidence_counts")).toObject();
    QVERIFY(counts.value(QLatin1String("confirmed")).toInt() >= 1);
    QCOMPARE(first.value(QLatin1String("evidence")).toString(), QStringLiteral("confirmed"));
    QVERIFY(first.value(QLatin1String("do_first")).toBool());

    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Jo"), QStringLiteral("--phone"),
                       QStringLiteral("07400 123456"), QStringLiteral("--country"), QStringLiteral("GB")}).exitCode,
             0);
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Typo"), QStringLiteral("--phone"),
                       QStringLiteral("07400")}).exitCode,
             2);
    QCOMPARE(vaultCli({QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("sim-port-out-lock"), QStringLiteral("--person"),
                       QStringLiteral("Jo"), QStringLiteral("--note"), QStringLiteral("PIN set with EE")}).exitCode,
             0);
    QCOMPARE(vaultCli({QStringLiteral("step"), QStringLiteral("na"), QStringLiteral("whatsapp-two-step-pin"), QStringLiteral("--person"),
                       QStringLiteral("Jo")}).exitCode,
             0);
    QCOMPARE(vaultCli({QStringLiteral("step"), QStringLiteral("done"), QStringLiteral("no-such-step"), QStringLiteral("--person"),
                       QStringLiteral("Jo")}).exitCode,
             2);
    const Run planned = vaultCli({QStringLiteral("plan"), QStringLiteral("--person"), QStringLiteral("Jo"), QStringLiteral("--json")});
    QCOMPARE(planned.exitCode, 0);
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue &item : planned.json().object().value(QLatin1String("plan")).toArray()) {
        byId.insert(item.toObject().value(QLatin1String("id")).toString(), item.toObject());
    }
    QCOMPARE(byId.value(QStringLiteral("sim-port-out-lock")).value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(byId.value(QStringLiteral("sim-port-out-lock")).value(QLatin1String("note")).toString(), QStringLiteral("PIN set with EE"));
    QCOMPARE(byId.value(QStringLiteral("whatsapp-two-step-pin")).value(QLatin1String("status")).toString(), QStringLiteral("not_applicable"));

    const Run human = vaultCli({QStringLiteral("plan"), QStringLiteral("--person"), QStringLiteral("Jo")});
    QVERIFY2(human.out.contains("[x]"), human.out.constData());
    const Run list = vaultCli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().first().toObject().value(QLatin1String("done")).toInt(), 2);
    QCOMPARE(vaultCli({QStringLiteral("plan"), QStringLiteral("--person"), QStringLiteral("Nobody")}).exitCode, 1);
}

void TestCli::fileWithoutHeaderKeepsItsFirstRow()
{
    // Issue 22: a combo list has no header; its first row was taken for one and lost.
    initVault();
    const QString combo = importArgumentsFile("alice@example.com,hunter2\nbob@example.org,pw\ncarol@example.net,x:y\n", "combo.csv");
    const QStringList import = {QStringLiteral("import"), combo, QStringLiteral("--breach"), QStringLiteral("Facebook")};
    const Run dryRun = vaultCli(import + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(dryRun.exitCode, 0);
    QVERIFY2(dryRun.err.contains("No header: the first line looks like data"), dryRun.err.constData());
    QVERIFY2(dryRun.err.contains("1: Email addresses (looked up)"), dryRun.err.constData());
    QVERIFY(!dryRun.err.contains("hunter2") && !dryRun.out.contains("hunter2"));
    const Run json = vaultCli(import + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(json.json().object().value(QLatin1String("has_header")).toBool(), false);
    QCOMPARE(json.json().object().value(QLatin1String("header_detected")).toBool(), true);

    // Told there is a header, the first row names the columns: nothing to look up in them.
    const Run forced = vaultCli(import + QStringList{QStringLiteral("--header"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(forced.json().object().value(QLatin1String("has_header")).toBool(), true);
    QCOMPARE(vaultCli(import + QStringList{QStringLiteral("--header"), QStringLiteral("--no-header")}).exitCode, 2);

    const Run imported = vaultCli(import + QStringList{QStringLiteral("--json")});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json().object().value(QLatin1String("imported")).toInt(), 3);
    const Run alice = vaultCli({QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("alice@example.com"), QStringLiteral("--json")});
    QCOMPARE(alice.json().object().value(QLatin1String("identifiers")).toArray().first().toObject().value(QLatin1String("matches")).toArray().size(), 1);
}

void TestCli::longValuesAndLongLines()
{
    initVault();
    // No --phone-format: the rows that decide it hold a 300,000-digit "number".
    const QString leak = importArgumentsFile("phone,name\n201001234567,Amira\n" + QByteArray(300000, '7') + ",Long\n201112345678,Omar\n");
    QElapsedTimer clock;
    clock.start();
    const Run import = vaultCli({QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("Facebook"), QStringLiteral("--json")});
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed()))); // unlocking included
    const QJsonObject report = import.json().object();
    QCOMPARE(report.value(QLatin1String("imported")).toInt(), 2);
    QCOMPARE(report.value(QLatin1String("invalid_by_kind")).toObject().value(QLatin1String("phone")).toInt(), 1);
    QVERIFY(!import.out.contains(QByteArray(40, '7'))); // masked

    const QString huge = importArgumentsFile("phone\n201001234567\n" + QByteArray(10 << 20, '7') + "\n", "huge.csv");
    clock.restart();
    const Run refused = vaultCli({QStringLiteral("import"), huge, QStringLiteral("--breach"), QStringLiteral("Facebook")});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains((huge + QStringLiteral(": 1 row of 2 did not fit")).toUtf8()), refused.err.constData());
    QVERIFY2(refused.err.contains("line 3, a row longer than 1 MiB"), refused.err.constData());
    QVERIFY(refused.err.trimmed().split('\n').last().contains("Nothing was imported."));
    QVERIFY(!refused.err.contains(QByteArray(40, '7'))); // the row itself is never shown
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestCli::truncatedGzipExitsFourAndChangesNothing()
{
    initVault();
    QByteArray content = "phone,name\n";
    for (int i = 0; i < 150000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i) + ",Name\n";
    }
    const QString leak = m_temp->filePath(QStringLiteral("leak.csv.gz"));
    gzFile file = gzopen(QFile::encodeName(leak).constData(), "wb");
    QCOMPARE(gzwrite(file, content.constData(), unsigned(content.size())), int(content.size()));
    QCOMPARE(gzclose(file), Z_OK);
    QFile compressed(leak);
    QVERIFY(compressed.open(QIODevice::ReadWrite));
    QVERIFY(compressed.resize(compressed.size() * 2 / 3)); // what an interrupted download leaves
    compressed.close();
    const QByteArray before = TestSupport::fingerprintOf(m_vault);
    const Run run = vaultCli({QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("Facebook")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("the compressed file is truncated or corrupt"), run.err.constData());
    QVERIFY(run.out.isEmpty()); // no "Imported ..."
    QCOMPARE(TestSupport::fingerprintOf(m_vault), before);
}

void TestCli::nestedJsonAndPresets()
{
    initVault();
    const QString nested = importArgumentsFile("{\"user\":{\"contact\":{\"phone\":\"+201001234567\",\"email\":\"amira@example.com\"}}}\n"
                                               "{\"user\":{\"contact\":{\"phone\":\"+201112345678\",\"email\":\"omar@example.com\"}}}\n",
                                               "nested.jsonl");
    const Run detected = vaultCli({QStringLiteral("import"), nested, QStringLiteral("--breach"), QStringLiteral("Facebook"), QStringLiteral("--json")});
    QCOMPARE(detected.exitCode, 0);
    const QJsonObject mapping = detected.json().object().value(QLatin1String("mapping")).toObject();
    QCOMPARE(mapping.value(QLatin1String("phone")).toArray().first().toString(), QStringLiteral("user.contact.phone"));
    QCOMPARE(mapping.value(QLatin1String("email")).toArray().first().toString(), QStringLiteral("user.contact.email"));
    QVERIFY(mapping.value(QLatin1String("username")).toArray().isEmpty()); // no JSON object taken for a username
    const Run found = vaultCli({QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("omar@example.com"), QStringLiteral("--json")});
    QCOMPARE(found.json().object().value(QLatin1String("identifiers")).toArray().first().toObject().value(QLatin1String("matches")).toArray().size(), 1);
    // Named by dotted path, in --field too.
    const Run named = vaultCli({QStringLiteral("import"), nested, QStringLiteral("--breach"), QStringLiteral("WhatsAppNumberList2022"),
                                QStringLiteral("--phone"), QStringLiteral("user.contact.phone"), QStringLiteral("--field"),
                                QStringLiteral("Email addresses=user.contact.email"), QStringLiteral("--json")});
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(named.json().object().value(QLatin1String("records")).toInt(), 2);

    // The 2021 Facebook scrape's own lines, with and without the last-seen time.
    const Run presets = cli({QStringLiteral("import"), QStringLiteral("--list-presets")});
    QCOMPARE(presets.exitCode, 0);
    QVERIFY2(presets.out.contains("facebook-2021"), presets.out.constData());
    const QString scrape = importArgumentsFile("201223456789:100001234567890:Mona:Said:female:Cairo, Egypt:Giza:Married:Acme:"
                                               "10/15/2019 12:00:00 AM:mona@example.com:\n"
                                               "201234567890:100001234567891:Hany:Aziz:male:Giza::::::3/4/1990\n"
                                               "201244444444:1:Broken:Row\n",
                                               "EG.txt");
    const Run preset = vaultCli({QStringLiteral("import"), scrape, QStringLiteral("--preset"), QStringLiteral("facebook-2021"),
                                 QStringLiteral("--max-bad-rows"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(preset.exitCode, 0);
    const QJsonObject report = preset.json().object();
    QCOMPARE(report.value(QLatin1String("imported")).toInt(), 2);
    QCOMPARE(report.value(QLatin1String("rows_not_fitting_layout")).toInt(), 1);
    QCOMPARE(report.value(QLatin1String("invalid_identifiers")).toInt(), 0);
    QCOMPARE(report.value(QLatin1String("preset")).toString(), QStringLiteral("facebook-2021"));
    const Run check = vaultCli({QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("mona@example.com"), QStringLiteral("--phone"),
                                QStringLiteral("0123 456 7890"), QStringLiteral("--region"), QStringLiteral("EG"), QStringLiteral("--json")});
    const QJsonArray identifiers = check.json().object().value(QLatin1String("identifiers")).toArray();
    // Phone numbers come first, then e-mail addresses.
    QVERIFY2(identifiers.at(0).toObject().value(QLatin1String("matches")).toArray().first().toObject().value(QLatin1String("fields")).toArray()
                 .contains(QStringLiteral("Dates of birth")),
             check.out.constData());
    QVERIFY2(identifiers.at(1).toObject().value(QLatin1String("matches")).toArray().first().toObject().value(QLatin1String("fields")).toArray()
                 .contains(QStringLiteral("Employers")),
             check.out.constData());
    const Run text = vaultCli({QStringLiteral("import"), scrape, QStringLiteral("--preset"), QStringLiteral("facebook-2021"), QStringLiteral("--breach"),
                               QStringLiteral("WhatsAppNumberList2022"), QStringLiteral("--max-bad-rows"), QStringLiteral("1")});
    QVERIFY2(text.out.contains("Left out 1 row that did not have the fields of the layout"), text.out.constData());
    QVERIFY2(text.out.contains("line 3: 4 fields where the layout has 12"), text.out.constData());

    QCOMPARE(vaultCli({QStringLiteral("import"), scrape, QStringLiteral("--preset"), QStringLiteral("facebook-2021"), QStringLiteral("--delimiter"),
                       QStringLiteral(",")}).exitCode,
             2);
    QCOMPARE(vaultCli({QStringLiteral("import"), scrape, QStringLiteral("--preset"), QStringLiteral("myspace-2008")}).exitCode, 2);
}

void TestCli::encodingsAndGermanHeaders()
{
    initVault();
    const QString latin1 = importArgumentsFile("username,email\nM\xfc" "ller,mueller@example.de\n", "latin1.csv");
    const Run import = vaultCli({QStringLiteral("import"), latin1, QStringLiteral("--breach"), QStringLiteral("Facebook"), QStringLiteral("--json")});
    QCOMPARE(import.exitCode, 0);
    QCOMPARE(import.json().object().value(QLatin1String("encoding")).toString(), QStringLiteral("windows-1252"));
    const Run check = vaultCli({QStringLiteral("check"), QStringLiteral("--username"), QStringLiteral("müller")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.startsWith("Found 1 of 1"), check.out.constData());
    QCOMPARE(vaultCli({QStringLiteral("import"), latin1, QStringLiteral("--breach"), QStringLiteral("WhatsAppNumberList2022"), QStringLiteral("--encoding"),
                       QStringLiteral("utf-8")}).exitCode,
             4);
    QCOMPARE(vaultCli({QStringLiteral("import"), latin1, QStringLiteral("--breach"), QStringLiteral("Facebook"), QStringLiteral("--encoding"),
                       QStringLiteral("ebcdic")}).exitCode,
             2);

    // A German spreadsheet's export: semicolons, German headers, national numbers.
    const QString german = importArgumentsFile("Vorname;Nachname;Handynummer;E-Mail-Adresse\nMax;Müller;0151 23456789;max@example.de\n", "kunden.csv");
    const Run dryRun = vaultCli({QStringLiteral("import"), german, QStringLiteral("--breach"), QStringLiteral("Facebook"), QStringLiteral("--region"),
                                 QStringLiteral("DE"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dryRun.exitCode, 0);
    const QJsonObject plan = dryRun.json().object();
    QCOMPARE(plan.value(QLatin1String("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(plan.value(QLatin1String("delimiter_detected")).toBool(), true);
    QCOMPARE(plan.value(QLatin1String("mapping")).toObject().value(QLatin1String("phone")).toArray().first().toString(), QStringLiteral("Handynummer"));
    QCOMPARE(plan.value(QLatin1String("mapping")).toObject().value(QLatin1String("email")).toArray().first().toString(),
             QStringLiteral("E-Mail-Adresse"));
    QCOMPARE(plan.value(QLatin1String("phone_format")).toString(), QStringLiteral("national"));
    const Run human = vaultCli({QStringLiteral("import"), german, QStringLiteral("--breach"), QStringLiteral("Facebook"), QStringLiteral("--region"),
                                QStringLiteral("DE")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.err.contains("Fields separated by \";\" (detected)."), human.err.constData());
    QCOMPARE(vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+49 151 23456789"), QStringLiteral("--json")})
                 .json().object().value(QLatin1String("identifiers")).toArray().first().toObject().value(QLatin1String("matches")).toArray().size(),
             1);

    // Nothing recognized: the columns seen are listed.
    const Run unknown = vaultCli({QStringLiteral("import"), importArgumentsFile("colour,size\nred,L\n", "shop.csv"), QStringLiteral("--breach"),
                                  QStringLiteral("Facebook")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("Its columns are: colour, size"), unknown.err.constData());
}

void TestCli::importSaysWhatIsLost()
{
    initVault();
    QByteArray content = "phone,email,about\n";
    for (int i = 0; i < 5; ++i) {
        content += "20100123456" + QByteArray::number(i) + ",not-an-address-" + QByteArray::number(i) + ",hi\n";
    }
    const QString leak = importArgumentsFile(content);
    const QStringList base = {QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("Facebook"), QStringLiteral("--phone"),
                              QStringLiteral("phone"), QStringLiteral("--email"), QStringLiteral("email"), QStringLiteral("--field"),
                              QStringLiteral("Bios=about"), QStringLiteral("--phone-format"), QStringLiteral("international")};
    const Run dry = vaultCli(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dry.json().object().value(QLatin1String("new_data_classes")).toArray(), QJsonArray{QStringLiteral("Bios")});
    const Run run = vaultCli(base);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Imported 5 of 5 rows"), run.out.constData());
    QVERIFY2(run.out.contains("Left out 5 phone numbers, e-mail addresses or usernames that cannot be right (e-mail addresses: 5)"), run.out.constData());
    QVERIFY2(run.out.contains("line 2: invalid e-mail address"), run.out.constData());
    QVERIFY2(!run.out.contains("not-an-address-0"), run.out.constData()); // masked
    QVERIFY2(run.err.contains("the catalog does not list Bios for \"Facebook\""), run.err.constData());
    // Recorded with the import.
    const QJsonObject import = vaultCli({QStringLiteral("index"), QStringLiteral("stats"), QStringLiteral("--json")})
                                   .json().object().value(QLatin1String("imports")).toArray().first().toObject();
    QVERIFY(import.value(QLatin1String("data_classes")).toArray().contains(QStringLiteral("Bios")));

    // One column, two kinds of identifier: refused before anything is read.
    const Run twice = vaultCli({QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("WhatsAppNumberList2022"),
                                QStringLiteral("--phone"), QStringLiteral("1"), QStringLiteral("--email"), QStringLiteral("1")});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains("not both"), twice.err.constData());
}

void TestCli::importSqlDumpTable()
{
    initVault();
    const QString dump = importArgumentsFile("CREATE TABLE `posts` (`id` int, `body` text);\n"
                                             "INSERT INTO `posts` VALUES (1,'a; b'),(2,'c),(d');\n"
                                             "CREATE TABLE `members` (`id` int, `email` varchar(100), `password` varchar(60));\n"
                                             "INSERT INTO `members` VALUES (1,'ann@example.com','x'),(2,'ben@example.com',NULL);\n"
                                             "CREATE TABLE `contacts` (`id` int, `mail` varchar(100));\n"
                                             "INSERT INTO `contacts` VALUES (1,'cy@example.com');\n",
                                             "forum.sql");
    const QStringList base = {QStringLiteral("import"), dump, QStringLiteral("--breach"), QStringLiteral("Facebook")};
    const Run dry = vaultCli(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.json().object().value(QLatin1String("table")).toString(), QStringLiteral("members"));
    QCOMPARE(dry.json().object().value(QLatin1String("table_detected")).toBool(), true);
    QCOMPARE(dry.json().object().value(QLatin1String("format")).toString(), QStringLiteral("sql"));
    const Run json = vaultCli(base + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = json.json().object();
    QCOMPARE(report.value(QLatin1String("imported")).toInt(), 2);
    QCOMPARE(report.value(QLatin1String("rows_in_other_tables")).toInt(), 3);
    const QJsonArray others = report.value(QLatin1String("other_tables")).toArray();
    QCOMPARE(others.size(), 2);
    QCOMPARE(others.at(1).toObject().value(QLatin1String("table")).toString(), QStringLiteral("contacts"));
    QCOMPARE(others.at(1).toObject().value(QLatin1String("identifiers")).toBool(), true);

    // --table reads another one; the words say what was not read.
    const Run contacts = vaultCli(base + QStringList{QStringLiteral("--table"), QStringLiteral("contacts")});
    QCOMPARE(contacts.exitCode, 0);
    QVERIFY2(contacts.out.contains("Imported 1 of 1 rows"), contacts.out.constData());
    QVERIFY2(contacts.out.contains("in other tables of the dump: posts (2), members (2)."), contacts.out.constData());
    QVERIFY2(contacts.err.contains("Reading the table contacts of the SQL dump."), contacts.err.constData());
    const Run none = vaultCli(base + QStringList{QStringLiteral("--table"), QStringLiteral("nosuch")});
    QCOMPARE(none.exitCode, 4);
    const Run csv = vaultCli({QStringLiteral("import"), importArgumentsFile("email\na@example.com\n"), QStringLiteral("--breach"),
                              QStringLiteral("Facebook"), QStringLiteral("--table"), QStringLiteral("users")});
    QCOMPARE(csv.exitCode, 2);
}

void TestCli::nothingImportableExitsFour()
{
    initVault();
    const QByteArray before = TestSupport::fingerprintOf(m_vault);
    for (const QByteArray &content : {QByteArray("phone,name\n"), QByteArray("phone,name\n2010,Short\n,Nobody\n")}) {
        const Run run = vaultCli({QStringLiteral("import"), importArgumentsFile(content), QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                  QStringLiteral("--phone-format"), QStringLiteral("international")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("Nothing was imported"), run.err.constData());
    }
    QCOMPARE(TestSupport::fingerprintOf(m_vault), before);
}

void TestCli::checkFromFileAndMask()
{
    initVault();
    QCOMPARE(vaultCli({QStringLiteral("import"), importArgumentsFile("phone,email\n201001234567,amira@gmail.com\n"), QStringLiteral("--breach"),
                       QStringLiteral("Facebook"), QStringLiteral("--phone-format"), QStringLiteral("international")}).exitCode,
             0);
    const QString list = importArgumentsFile("# the client's details\n0100 123 4567\namira@gmail.com\nusername:bob@home\n@amira\nphone:12\n", "ids.txt");
    const Run fromFile = vaultCli({QStringLiteral("check"), QStringLiteral("--from"), list, QStringLiteral("--region"), QStringLiteral("EG"),
                                   QStringLiteral("--json")});
    QCOMPARE(fromFile.exitCode, 0);
    const QJsonArray identifiers = fromFile.json().object().value(QLatin1String("identifiers")).toArray();
    QCOMPARE(identifiers.size(), 5);
    QStringList kinds;
    for (const QJsonValue &identifier : identifiers) {
        kinds << identifier.toObject().value(QLatin1String("kind")).toString();
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"), QStringLiteral("username"),
                                 QStringLiteral("phone")}));
    QCOMPARE(identifiers.at(0).toObject().value(QLatin1String("matches")).toArray().size(), 1);

    // From standard input, masked: nothing of the number or the address is printed.
    const Run masked = vaultCli({QStringLiteral("check"), QStringLiteral("--from"), QStringLiteral("-"), QStringLiteral("--region"), QStringLiteral("EG"),
                                 QStringLiteral("--mask")},
                                "0100 123 4567\namira@gmail.com\nphone:12\n");
    QCOMPARE(masked.exitCode, 0);
    QVERIFY2(masked.out.contains("+20 \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2 \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2 4567"), masked.out.constData());
    QVERIFY2(masked.out.contains("a\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2@gmail.com"), masked.out.constData());
    QVERIFY2(!masked.out.contains("1001234") && !masked.out.contains("amira"), masked.out.constData());
    QVERIFY2(masked.out.contains("1 of 3 could not be checked"), masked.out.constData());
    const Run maskedJson = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+201001234567"), QStringLiteral("--mask"),
                                     QStringLiteral("--json")});
    QVERIFY2(!maskedJson.out.contains("1001234"), maskedJson.out.constData());
    QCOMPARE(maskedJson.json().object().value(QLatin1String("identifiers")).toArray().first().toObject().value(QLatin1String("input")).toString(),
             QStringLiteral("+20 ••• ••• 4567"));

    // A number with its country code but no "+": say where the + goes, not "add the country code".
    const Run noPlus = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("201001234567")});
    QVERIFY2(noPlus.out.contains("add a + before it (+20"), noPlus.out.constData());
    QVERIFY2(!noPlus.out.contains("Add the country code"), noPlus.out.constData());

    QCOMPARE(vaultCli({QStringLiteral("check"), QStringLiteral("--from"), m_temp->filePath(QStringLiteral("none.txt"))}).exitCode, 2);
}

void TestCli::peopleShowEditRemove()
{
    initVault();
    const Run add = vaultCli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Amira"), QStringLiteral("--from"), QStringLiteral("-"),
                              QStringLiteral("--country"), QStringLiteral("EG")},
                             "0100 123 4567\namira@example.com\n");
    QCOMPARE(add.exitCode, 0);
    const Run show = vaultCli({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("Amira"), QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject person = show.json().object();
    QCOMPARE(person.value(QLatin1String("name")).toString(), QStringLiteral("Amira"));
    QCOMPARE(person.value(QLatin1String("country")).toString(), QStringLiteral("EG"));
    QCOMPARE(person.value(QLatin1String("identifiers")).toArray().size(), 2);
    QVERIFY(person.contains(QLatin1String("steps")));
    const Run maskedShow = vaultCli({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("Amira"), QStringLiteral("--mask")});
    QVERIFY2(maskedShow.out.contains("+20 \xe2\x80\xa2") && !maskedShow.out.contains("123 4567"), maskedShow.out.constData());

    const Run edit = vaultCli({QStringLiteral("person"), QStringLiteral("edit"), QStringLiteral("Amira"), QStringLiteral("--rename"),
                               QStringLiteral("Amira H"), QStringLiteral("--phone"), QStringLiteral("+4915123456789"), QStringLiteral("--uses"),
                               QStringLiteral("WhatsApp")});
    QCOMPARE(edit.exitCode, 0);
    const QJsonObject edited = vaultCli({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("Amira H"), QStringLiteral("--json")})
                                   .json().object();
    QCOMPARE(edited.value(QLatin1String("identifiers")).toArray().size(), 1);
    QCOMPARE(edited.value(QLatin1String("identifiers")).toArray().first().toObject().value(QLatin1String("normalized")).toString(),
             QStringLiteral("+4915123456789"));
    QCOMPARE(edited.value(QLatin1String("uses")).toArray(), QJsonArray{QStringLiteral("WhatsApp")});
    QCOMPARE(edited.value(QLatin1String("country")).toString(), QStringLiteral("EG")); // not given: kept
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("edit"), QStringLiteral("Amira H")}).exitCode, 2); // nothing to change
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("edit"), QStringLiteral("Amira H"), QStringLiteral("--phone"), QStringLiteral("12")})
                 .exitCode,
             2); // checked before saving
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("Amira")}).exitCode, 1);

    // Without a terminal nobody is asked: a script says what it means.
    const Run remove = vaultCli({QStringLiteral("person"), QStringLiteral("remove"), QStringLiteral("Amira H")});
    QCOMPARE(remove.exitCode, 0);
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("remove"), QStringLiteral("Amira H"), QStringLiteral("--yes")}).exitCode, 1);
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 0);
}

void TestCli::stepsReopenAndKeepNotes()
{
    initVault();
    QCOMPARE(vaultCli({QStringLiteral("import"), importArgumentsFile("phone\n447400123456\n"), QStringLiteral("--breach"),
                       QStringLiteral("WhatsAppNumberList2022"), QStringLiteral("--phone-format"), QStringLiteral("international")}).exitCode,
             0);
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Jo"), QStringLiteral("--phone"), QStringLiteral("+447400123456"),
                       QStringLiteral("--uses"), QStringLiteral("WhatsApp")}).exitCode,
             0);
    const auto item = [&](const QString &id) {
        const QJsonArray plan = vaultCli({QStringLiteral("plan"), QStringLiteral("--person"), QStringLiteral("Jo"), QStringLiteral("--json")})
                                    .json().object().value(QLatin1String("plan")).toArray();
        for (const QJsonValue &entry : plan) {
            if (entry.toObject().value(QLatin1String("id")).toString() == id) {
                return entry.toObject();
            }
        }
        return QJsonObject();
    };
    const QString step = QStringLiteral("sim-port-out-lock");
    QCOMPARE(vaultCli({QStringLiteral("step"), QStringLiteral("skip"), step, QStringLiteral("--person"), QStringLiteral("Jo"), QStringLiteral("--note"),
                       QStringLiteral("call EE on Monday")}).exitCode,
             0);
    QCOMPARE(vaultCli({QStringLiteral("step"), QStringLiteral("done"), step, QStringLiteral("--person"), QStringLiteral("Jo")}).exitCode, 0);
    QCOMPARE(item(step).value(QLatin1String("status")).toString(), QStringLiteral("done"));
    QCOMPARE(item(step).value(QLatin1String("note")).toString(), QStringLiteral("call EE on Monday")); // the note survives
    const Run reopen = vaultCli({QStringLiteral("step"), QStringLiteral("reopen"), step, QStringLiteral("--person"), QStringLiteral("Jo")});
    QCOMPARE(reopen.exitCode, 0);
    QCOMPARE(item(step).value(QLatin1String("status")).toString(), QStringLiteral("todo"));
    QCOMPARE(item(step).value(QLatin1String("note")).toString(), QStringLiteral("call EE on Monday"));
    QCOMPARE(vaultCli({QStringLiteral("step"), QStringLiteral("done"), step, QStringLiteral("--person"), QStringLiteral("Jo"), QStringLiteral("--note"),
                       QStringLiteral("PIN set")}).exitCode,
             0);
    QCOMPARE(item(step).value(QLatin1String("note")).toString(), QStringLiteral("PIN set")); // replaced when given
    QCOMPARE(vaultCli({QStringLiteral("step"), QStringLiteral("reopen"), QStringLiteral("no-such-step"), QStringLiteral("--person"), QStringLiteral("Jo")})
                 .exitCode,
             2);

    // Skipped and does-not-apply look different in the text plan.
    QCOMPARE(vaultCli({QStringLiteral("step"), QStringLiteral("skip"), QStringLiteral("whatsapp-two-step-pin"), QStringLiteral("--person"),
                       QStringLiteral("Jo")}).exitCode,
             0);
    QCOMPARE(vaultCli({QStringLiteral("step"), QStringLiteral("na"), QStringLiteral("check-call-forwarding"), QStringLiteral("--person"),
                       QStringLiteral("Jo")}).exitCode,
             0);
    const QString plan = QString::fromUtf8(vaultCli({QStringLiteral("plan"), QStringLiteral("--person"), QStringLiteral("Jo")}).out);
    const QRegularExpression skipped(QStringLiteral("^\\[-\\] \\d+\\. .*\\[whatsapp-two-step-pin\\] - skipped$"), QRegularExpression::MultilineOption);
    const QRegularExpression notApplicable(QStringLiteral("^\\[/\\] \\d+\\. .*\\[check-call-forwarding\\] - does not apply$"),
                                           QRegularExpression::MultilineOption);
    QVERIFY2(skipped.match(plan).hasMatch(), qPrintable(plan));
    QVERIFY2(notApplicable.match(plan).hasMatch(), qPrintable(plan));
}

void TestCli::exitStatusesFollowTheContract()
{
    initVault();
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Jo"), QStringLiteral("--phone"), QStringLiteral("+447400123456")})
                 .exitCode,
             0);
    const Run duplicate = vaultCli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Jo"), QStringLiteral("--phone"),
                                    QStringLiteral("+447400123456")});
    QCOMPARE(duplicate.exitCode, 1); // a failure, not a usage error
    const QString leak = importArgumentsFile("phone\n447400123456\n");
    const Run unknownBreach = vaultCli({QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("NoSuchBreach")});
    QCOMPARE(unknownBreach.exitCode, 1);
    QVERIFY2(unknownBreach.err.contains("NoSuchBreach"), unknownBreach.err.constData());
    QCOMPARE(vaultCli({QStringLiteral("import"), leak, QStringLiteral("--breach"), QStringLiteral("NoSuchBreach"), QStringLiteral("--dry-run")}).exitCode,
             1);

    // A damaged database is never exit 0: its pages overwritten after the first.
    QByteArray content = "phone\n";
    for (int i = 0; i < 200000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i * 7) + "\n";
    }
    QCOMPARE(vaultCli({QStringLiteral("import"), importArgumentsFile(content, "big.csv"), QStringLiteral("--breach"), QStringLiteral("Facebook"),
                       QStringLiteral("--phone-format"), QStringLiteral("international")}).exitCode,
             0);
    QFile database(m_vault + QStringLiteral("/vault.db"));
    QVERIFY(database.open(QIODevice::ReadWrite));
    for (qint64 page = 1; page < database.size() / 4096; ++page) { // all but the first
        database.seek(page * 4096 + 100);
        database.write(QByteArray(64, '\x5a'));
    }
    database.close();
    for (const QStringList &command : {QStringList{QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+201010000007")},
                                       QStringList{QStringLiteral("person"), QStringLiteral("list")}}) {
        const Run run = vaultCli(command);
        QVERIFY2(run.exitCode != 0, run.out.constData());
        QVERIFY2(run.err.contains("malformed") || run.err.contains("damaged") || run.err.contains("could not be decrypted"), run.err.constData());
    }
}

void TestCli::indexRemoveFreesTheSpace()
{
    initVault();
    QByteArray content = "phone\n";
    for (int i = 0; i < 200000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i * 7) + "\n";
    }
    const Run import = vaultCli({QStringLiteral("import"), importArgumentsFile(content), QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                 QStringLiteral("--phone-format"), QStringLiteral("international"), QStringLiteral("--json")});
    QCOMPARE(import.exitCode, 0);
    const QString id = QString::number(import.json().object().value(QLatin1String("import_id")).toInt());
    const qint64 before = QFileInfo(m_vault + QStringLiteral("/vault.db")).size();
    QCOMPARE(vaultCli({QStringLiteral("index"), QStringLiteral("remove"), QStringLiteral("99")}).exitCode, 1);
    const Run remove = vaultCli({QStringLiteral("index"), QStringLiteral("remove"), id, QStringLiteral("--yes")});
    QCOMPARE(remove.exitCode, 0);
    const qint64 after = QFileInfo(m_vault + QStringLiteral("/vault.db")).size();
    QVERIFY2(before - after > 1000000, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after))); // 200,000 records' worth
    QVERIFY2(remove.out.contains("smaller"), remove.out.constData());
    const Run stats = vaultCli({QStringLiteral("index"), QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.json().object().value(QLatin1String("records")).toInt(), 0);
    // Its records are gone, and with no leak file left a check says it could check nothing.
    QCOMPARE(vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+201010000007")}).exitCode, 5);
}

void TestCli::shellRunsManyCommandsOnOneUnlock()
{
    initVault();
    QProcess process;
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(TestSupport::cliPath(), {QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("shell")});
    QVERIFY(process.waitForStarted());
    process.write("index stats --json\n");
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"records\""), 60000);
    // The passphrase is gone now: the commands that follow run on the unlock the shell did.
    TestSupport::writeFile(m_passphraseFile, "wrong horse\n");
    process.write("# comments and blank lines are skipped\n\n"
                  "person add \"Jo Smith\" --phone '+44 7400 123456'\n"
                  "vault info\n"
                  "vault change-passphrase\n"
                  "person list --json\n"
                  "exit\n"
                  "person list\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    out += process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(out.contains("breaches in the catalog"), out.constData()); // vault info reads the open vault
    QCOMPARE(process.exitCode(), 2); // a script stops at its first failure: a passphrase change unlocks its own way
    QVERIFY2(err.contains("vault change-passphrase does not run inside the shell"), err.constData());
    QVERIFY2(out.contains("Saved Jo Smith"), out.constData());
    QVERIFY2(!out.contains("\"done\""), out.constData()); // nothing after the failure ran
    const Run list = cli({QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile, QStringLiteral("person"),
                          QStringLiteral("list")});
    QCOMPARE(list.exitCode, 3); // the wrong passphrase really is wrong
}

void TestCli::shellScriptStopsAtTheFirstFailure()
{
    initVault();
    const Run ok = vaultCli({QStringLiteral("shell")}, "person add Jo --phone +447400123456\nperson list --json\n");
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains("\"name\":\"Jo\""), ok.out.constData()); // JSON Lines in the shell
    const Run failing = vaultCli({QStringLiteral("shell")}, "person add Jo --phone +447400123456\nperson add Mo --phone +447400123457\n");
    QCOMPARE(failing.exitCode, 1); // Jo exists already
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);
    QCOMPARE(vaultCli({QStringLiteral("shell")}, "check --phone \"unclosed\n").exitCode, 2);
    QCOMPARE(vaultCli({QStringLiteral("shell")}, "index stats --vault elsewhere\n").exitCode, 2);
    QCOMPARE(vaultCli({QStringLiteral("shell")}, "check --from -\n").exitCode, 2); // the input is the script
}

void TestCli::handoutWritesPdfAndHtml()
{
    initVault();
    const QString identifiers = importArgumentsFile("phone:+20 100 123 4567\nmona@example.com\n", "mona.txt");
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Mona"), QStringLiteral("--from"), identifiers,
                       QStringLiteral("--country"), QStringLiteral("EG"), QStringLiteral("--uses"), QStringLiteral("whatsapp"),
                       QStringLiteral("--platform"), QStringLiteral("android")})
                 .exitCode,
             0);

    const QString pdf = m_temp->filePath(QStringLiteral("mona.pdf"));
    const Run written = vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Mona"), QStringLiteral("--out"), pdf});
    QCOMPARE(written.exitCode, 0);
    QVERIFY2(written.out.startsWith("Wrote Mona's handout ("), written.out.constData());
    QVERIFY2(written.err.isEmpty(), written.err.constData()); // no graphics-library chatter on a machine without a display
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY(file.size() > 10000);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());

    // The same content as the app's handout: the plan for their phone, identifiers masked.
    const QString html = m_temp->filePath(QStringLiteral("mona.html"));
    const Run json = vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Mona"), QStringLiteral("--out"), html,
                               QStringLiteral("--helper"), QStringLiteral("Help desk 7"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = json.json().object();
    QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("html"));
    QCOMPARE(report.value(QLatin1String("person")).toString(), QStringLiteral("Mona"));
    QVERIFY(report.value(QLatin1String("steps")).toInt() > 3);
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(page.contains(QLatin1String("Turn on two-step verification in WhatsApp")));
    QVERIFY(page.contains(QLatin1String("Help desk 7")));
    QVERIFY(page.contains(QLatin1String("Android:")));
    QVERIFY(!page.contains(QLatin1String("iPhone:")));
    QVERIFY(!page.contains(QLatin1String("1001234567")));
    QVERIFY(!page.contains(QLatin1String("mona@example.com")));

    // A language that is not offered is refused, naming the ones that are.
    const Run dutch = vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Mona"), QStringLiteral("--out"), html,
                                QStringLiteral("--language"), QStringLiteral("nl")});
    QCOMPARE(dutch.exitCode, 2);
    QVERIFY2(dutch.err.contains("en, ar, de, es, fr"), dutch.err.constData());

    QCOMPARE(vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Mona"), QStringLiteral("--out"),
                       m_temp->filePath(QStringLiteral("mona.txt"))})
                 .exitCode,
             2);
    QCOMPARE(vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Mona"), QStringLiteral("--out"), pdf,
                       QStringLiteral("--language"), QStringLiteral("zz")})
                 .exitCode,
             2);
    QCOMPARE(vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Nobody"), QStringLiteral("--out"), pdf}).exitCode, 1);
    QCOMPARE(vaultCli({QStringLiteral("handout"), QStringLiteral("--person"), QStringLiteral("Mona"), QStringLiteral("--out"),
                       m_temp->filePath(QStringLiteral("no-such-folder/mona.pdf"))})
                 .exitCode,
             1);

    // Inside the shell too: one unlock, many handouts.
    const QString fromShell = m_temp->filePath(QStringLiteral("shell.pdf"));
    const Run shell = vaultCli({QStringLiteral("shell")}, "handout --person Mona --out '" + fromShell.toUtf8() + "'\n");
    QCOMPARE(shell.exitCode, 0);
    QVERIFY(QFileInfo(fromShell).size() > 10000);
    // --language is for that handout only: the shell's next command is in the language from before.
    const Run french = vaultCli({QStringLiteral("shell")}, "handout --person Mona --out '" + html.toUtf8() + "' --language fr\n"
                                                             "catalog show Facebook\n");
    QCOMPARE(french.exitCode, 0);
    QVERIFY2(french.out.contains("509,458,528"), french.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
