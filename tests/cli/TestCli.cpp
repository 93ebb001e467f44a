#include "TestSupport.h"
#include "Vault.h"

#include <QDir>
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

private:
    Run cli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment());
    Run vaultCli(const QStringList &arguments);
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

Run TestCli::cli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    env.remove(QStringLiteral("BREACH_ADVISOR_PASSPHRASE"));
    if (environment.contains(QStringLiteral("BREACH_ADVISOR_PASSPHRASE"))) {
        env.insert(QStringLiteral("BREACH_ADVISOR_PASSPHRASE"), environment.value(QStringLiteral("BREACH_ADVISOR_PASSPHRASE")));
    }
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    // A session of its own: no controlling terminal, so the CLI can never prompt on the
    // terminal of whoever runs the tests.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(TestSupport::cliPath(), arguments);
    if (!process.waitForFinished(120000)) {
        qWarning() << "CLI did not finish:" << arguments;
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Run TestCli::vaultCli(const QStringList &arguments)
{
    return cli(QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile} + arguments);
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
    QVERIFY(info.json().object().value(QLatin1String("cipher_version")).toString().startsWith(QLatin1String("3.")));

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
    QVERIFY2(broken.err.contains((leak + QStringLiteral(":3:")).toUtf8()), broken.err.constData());

    const Run noColumn = vaultCli(base + QStringList{QStringLiteral("--phone"), QStringLiteral("mobile")});
    QCOMPARE(noColumn.exitCode, 2);
    QVERIFY(noColumn.err.contains("no such column"));

    const Run noBreach = vaultCli({QStringLiteral("import"), leak});
    QCOMPARE(noBreach.exitCode, 2);
    const Run missing = vaultCli({QStringLiteral("import"), m_temp->filePath(QStringLiteral("none.csv")), QStringLiteral("--breach"),
                                  QStringLiteral("Facebook")});
    QCOMPARE(missing.exitCode, 4);

    const Run stats = vaultCli({QStringLiteral("index"), QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.json().object().value(QLatin1String("records")).toInt(), 0);
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
    const Run check = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+201010000000"), QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
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
    // The global help lists every command.
    const Run all = cli({QStringLiteral("--help")});
    for (const char *command : {"init", "vault info", "catalog list", "normalize", "import FILE", "check", "person add", "plan --person",
                                "step done", "index stats"}) {
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
    const Run unknownService = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("07400 123456"), QStringLiteral("--uses"),
                                         QStringLiteral("MySpace"), QStringLiteral("--json")});
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

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
