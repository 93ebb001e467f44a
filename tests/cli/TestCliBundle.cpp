#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

// bundle keygen | sign | verify | export | trust | import through the real CLI: the files
// it writes, the checks of a signature, OpenSSL agreeing with them, and a help desk's
// bundle going from its vault to an agent's.
class TestCliBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keygenWritesPrivateFilesAndNeverOverwrites();
    void signedFileVerifiesAndChangesAreCaught();
    void opensslVerifiesTheSameSignature();
    void bundleGoesFromDeskToAgent();
    void refusedBundlesLeaveTheVaultAsItWas();
    void olderBundleNeedsAllowOlder();

private:
    TestSupport::CliRun cli(const QStringList &arguments, const QByteArray &passphrase = "help desk passphrase 7");
    // The CLI on a vault of this folder, made on first use ("desk": with one leak file in it).
    TestSupport::CliRun vaultCli(const char *vault, const QStringList &arguments);
    // Exports the desk's vault (with one leak file in it) to a new bundle file.
    QString exportDesk(const char *name);
    QJsonObject indexOf(const char *vault);
    QString path(const char *name) const { return m_temp.filePath(QLatin1String(name)); }

    QTemporaryDir m_temp;
};

TestSupport::CliRun TestCliBundle::cli(const QStringList &arguments, const QByteArray &passphrase)
{
    return TestSupport::runCli(arguments, {{QStringLiteral("BREACH_ADVISOR_BUNDLE_PASSPHRASE"), QString::fromUtf8(passphrase)}});
}

void TestCliBundle::initTestCase()
{
    QVERIFY(m_temp.isValid());
    const TestSupport::CliRun keygen = cli({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--out"), path("desk"),
                                            QStringLiteral("--kdf-strength"), QStringLiteral("interactive"), QStringLiteral("--json")});
    QVERIFY2(keygen.exitCode == 0, keygen.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(keygen.out).object();
    QCOMPARE(json.value(QLatin1String("secret")).toString(), path("desk.secret"));
    QCOMPARE(json.value(QLatin1String("public")).toString(), path("desk.pub"));
    QCOMPARE(json.value(QLatin1String("agent")).toString(), path("desk.agent"));
    QCOMPARE(json.value(QLatin1String("pem")).toString(), path("desk.pem"));
    QCOMPARE(json.value(QLatin1String("fingerprint")).toString().size(), 39);
}

void TestCliBundle::keygenWritesPrivateFilesAndNeverOverwrites()
{
    for (const char *name : {"desk.secret", "desk.agent", "desk.pub", "desk.pem"}) {
        QVERIFY2(QFileInfo(path(name)).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser), name);
    }
    // The passphrase is in none of them.
    QVERIFY(!TestSupport::allBytesBelow(m_temp.path()).contains("help desk passphrase 7"));
    const QByteArray before = TestSupport::fingerprintOf(m_temp.path());
    const TestSupport::CliRun again = cli({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--out"), path("desk")});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("desk.secret") && again.err.contains("never overwritten"), again.err.constData());
    QCOMPARE(TestSupport::fingerprintOf(m_temp.path()), before);
}

void TestCliBundle::signedFileVerifiesAndChangesAreCaught()
{
    TestSupport::writeFile(path("SHA256SUMS"), "0123abcd  breach-advisor_0.1.0-1_amd64.deb\n");
    const TestSupport::CliRun wrong = cli({QStringLiteral("bundle"), QStringLiteral("sign"), path("SHA256SUMS"), QStringLiteral("--key"),
                                           path("desk.secret")},
                                          "not the passphrase");
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(!QFileInfo::exists(path("SHA256SUMS.sig")));
    const TestSupport::CliRun sign = cli({QStringLiteral("bundle"), QStringLiteral("sign"), path("SHA256SUMS"), QStringLiteral("--key"), path("desk.secret")});
    QVERIFY2(sign.exitCode == 0, sign.err.constData());
    const QStringList verify{QStringLiteral("bundle"), QStringLiteral("verify"), path("SHA256SUMS"), QStringLiteral("--signer"), path("desk.pub"),
                             QStringLiteral("--json")};
    const TestSupport::CliRun good = cli(verify);
    QCOMPARE(good.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(good.out).object().value(QLatin1String("verified")).toBool(), true);

    // One byte changed: exit 4, and the JSON says so.
    TestSupport::writeFile(path("SHA256SUMS"), "0123abce  breach-advisor_0.1.0-1_amd64.deb\n");
    const TestSupport::CliRun changed = cli(verify);
    QCOMPARE(changed.exitCode, 4);
    QCOMPARE(QJsonDocument::fromJson(changed.out).object().value(QLatin1String("verified")).toBool(), false);
    QVERIFY2(changed.err.contains("changed after it was signed"), changed.err.constData());
    TestSupport::writeFile(path("SHA256SUMS"), "0123abcd  breach-advisor_0.1.0-1_amd64.deb\n");

    // Another help desk's key is not trusted for it.
    QVERIFY(cli({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--out"), path("other"), QStringLiteral("--kdf-strength"),
                 QStringLiteral("interactive")})
                .exitCode
            == 0);
    const TestSupport::CliRun stranger = cli({QStringLiteral("bundle"), QStringLiteral("verify"), path("SHA256SUMS"), QStringLiteral("--signer"),
                                              path("other.pub")});
    QCOMPARE(stranger.exitCode, 4);
    QVERIFY2(stranger.err.contains("was not signed by the key in"), stranger.err.constData());
    // A file that is not a key is named as such.
    const TestSupport::CliRun notKey = cli({QStringLiteral("bundle"), QStringLiteral("verify"), path("SHA256SUMS"), QStringLiteral("--signer"),
                                            path("SHA256SUMS")});
    QCOMPARE(notKey.exitCode, 4);
    QVERIFY2(notKey.err.contains("is not a public key file"), notKey.err.constData());
}

void TestCliBundle::opensslVerifiesTheSameSignature()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QSKIP("openssl is needed (scripts/setup-debian.sh installs it)");
    }
    TestSupport::writeFile(path("notes.txt"), "release notes\n");
    QCOMPARE(cli({QStringLiteral("bundle"), QStringLiteral("sign"), path("notes.txt"), QStringLiteral("--key"), path("desk.secret")}).exitCode, 0);
    QFile signature(path("notes.txt.sig"));
    QVERIFY(signature.open(QIODevice::ReadOnly));
    TestSupport::writeFile(path("notes.raw"), QByteArray::fromBase64(signature.readAll().trimmed().split(' ').value(3)));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                                              path("desk.pem"), QStringLiteral("-rawin"), QStringLiteral("-in"), path("notes.txt"),
                                              QStringLiteral("-sigfile"), path("notes.raw")});
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    // … and rejects it for other bytes.
    TestSupport::writeFile(path("notes.txt"), "release notes!\n");
    openssl.start();
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY(openssl.exitCode() != 0);
}

TestSupport::CliRun TestCliBundle::vaultCli(const char *vault, const QStringList &arguments)
{
    const QString directory = path(vault);
    const QStringList common{QStringLiteral("--vault"), directory};
    const QHash<QString, QString> variables{{QStringLiteral("BREACH_ADVISOR_PASSPHRASE"), QStringLiteral("vault passphrase 9")},
                                            {QStringLiteral("BREACH_ADVISOR_BUNDLE_PASSPHRASE"), QStringLiteral("help desk passphrase 7")}};
    if (!QFileInfo::exists(directory)) {
        const TestSupport::CliRun init =
            TestSupport::runCli(common + QStringList{QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}, variables);
        if (init.exitCode != 0) {
            return init;
        }
        if (qstrcmp(vault, "desk") == 0) {
            TestSupport::writeFile(path("leak.csv"), "phone,name\n201001234567,Amira\n33612345678,Jean\n");
            const TestSupport::CliRun import = TestSupport::runCli(
                common + QStringList{QStringLiteral("import"), path("leak.csv"), QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                     QStringLiteral("--phone-format"), QStringLiteral("international")},
                variables);
            if (import.exitCode != 0) {
                return import;
            }
        }
    }
    return TestSupport::runCli(common + arguments, variables);
}

QString TestCliBundle::exportDesk(const char *name)
{
    const TestSupport::CliRun run = vaultCli("desk", {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--key"), path("desk.secret"),
                                                      QStringLiteral("--out"), path(name), QStringLiteral("--json")});
    if (run.exitCode != 0) {
        qWarning("export failed: %s", run.err.constData());
        return {};
    }
    return QJsonDocument::fromJson(run.out).object().value(QLatin1String("file")).toString();
}

QJsonObject TestCliBundle::indexOf(const char *vault)
{
    return QJsonDocument::fromJson(vaultCli(vault, {QStringLiteral("index"), QStringLiteral("list"), QStringLiteral("--json")}).out).object();
}

void TestCliBundle::bundleGoesFromDeskToAgent()
{
    const TestSupport::CliRun exported = vaultCli("desk", {QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--key"),
                                                           path("desk.secret"), QStringLiteral("--out"), path("round.bundle"), QStringLiteral("--json")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QJsonObject made = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(made.value(QLatin1String("imports")).toInt(), 1);
    QCOMPARE(made.value(QLatin1String("records")).toInt(), 2);
    // Keyed hashes only: no identifier is in the bundle, in any form.
    const QByteArray bytes = TestSupport::allBytesBelow(path("round.bundle"));
    for (const char *identifier : {"201001234567", "+201001234567", "33612345678", "Amira"}) {
        QVERIFY2(!bytes.contains(identifier), identifier);
    }

    const TestSupport::CliRun trust = vaultCli("agent", {QStringLiteral("bundle"), QStringLiteral("trust"), path("desk.pub"), QStringLiteral("--name"),
                                                         QStringLiteral("City help desk"), QStringLiteral("--json")});
    QVERIFY2(trust.exitCode == 0, trust.err.constData());
    const QString fingerprint = QJsonDocument::fromJson(trust.out).object().value(QLatin1String("fingerprint")).toString();
    QCOMPARE(fingerprint, made.value(QLatin1String("fingerprint")).toString());

    const QStringList import{QStringLiteral("bundle"), QStringLiteral("import"), path("round.bundle"), QStringLiteral("--agent-key"),
                             path("desk.agent"), QStringLiteral("--json")};
    const TestSupport::CliRun imported = vaultCli("agent", import);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    QCOMPARE(report.value(QLatin1String("imports_added")).toInt(), 1);
    QCOMPARE(report.value(QLatin1String("records")).toInt(), 2);
    QCOMPARE(report.value(QLatin1String("older")).toBool(), false);
    QCOMPARE(report.value(QLatin1String("bundle_id")).toString(), made.value(QLatin1String("bundle_id")).toString());
    QCOMPARE(report.value(QLatin1String("signer")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("City help desk"));

    // The agent finds what the desk finds.
    const QStringList check{QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("--json")};
    const QJsonObject deskCheck = QJsonDocument::fromJson(vaultCli("desk", check).out).object();
    const QJsonObject agentCheck = QJsonDocument::fromJson(vaultCli("agent", check).out).object();
    const QJsonArray matches = deskCheck.value(QLatin1String("identifiers")).toArray().first().toObject().value(QLatin1String("matches")).toArray();
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().toObject().value(QLatin1String("breach")).toString(), QStringLiteral("Facebook"));
    QCOMPARE(agentCheck.value(QLatin1String("identifiers")), deskCheck.value(QLatin1String("identifiers")));

    // Again: nothing new.
    const QJsonObject again = QJsonDocument::fromJson(vaultCli("agent", import).out).object();
    QCOMPARE(again.value(QLatin1String("imports_already_present")).toInt(), 1);
    QCOMPARE(again.value(QLatin1String("imports_added")).toInt(), 0);
}

void TestCliBundle::refusedBundlesLeaveTheVaultAsItWas()
{
    const QString bundle = exportDesk("refused.bundle");
    QVERIFY(!bundle.isEmpty());
    QCOMPARE(vaultCli("refusing", {QStringLiteral("bundle"), QStringLiteral("signers")}).exitCode, 0); // makes the vault
    const QJsonObject before = indexOf("refusing");
    const auto importOf = [&](const QString &file, const char *agentKey) {
        return vaultCli("refusing", {QStringLiteral("bundle"), QStringLiteral("import"), file, QStringLiteral("--agent-key"), path(agentKey)});
    };

    // Signed by a help desk this vault does not trust.
    const TestSupport::CliRun untrusted = importOf(bundle, "desk.agent");
    QCOMPARE(untrusted.exitCode, 4);
    QVERIFY2(untrusted.err.contains("does not trust"), untrusted.err.constData());
    QCOMPARE(indexOf("refusing"), before);

    QCOMPARE(vaultCli("refusing", {QStringLiteral("bundle"), QStringLiteral("trust"), path("desk.pub")}).exitCode, 0);
    // One byte changed, in the middle.
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    QByteArray bytes = original;
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
    TestSupport::writeFile(path("changed.bundle"), bytes);
    const TestSupport::CliRun changed = importOf(path("changed.bundle"), "desk.agent");
    QCOMPARE(changed.exitCode, 4);
    QVERIFY2(changed.err.contains("changed.bundle"), changed.err.constData());
    // Cut short.
    TestSupport::writeFile(path("cut.bundle"), original.left(original.size() - 64));
    QCOMPARE(importOf(path("cut.bundle"), "desk.agent").exitCode, 4);
    // Another help desk's agent key.
    QCOMPARE(cli({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--out"), path("third"), QStringLiteral("--kdf-strength"),
                  QStringLiteral("interactive")})
                 .exitCode,
             0);
    const TestSupport::CliRun wrongKey = importOf(bundle, "third.agent");
    QCOMPARE(wrongKey.exitCode, 4);
    QCOMPARE(indexOf("refusing"), before);
}

void TestCliBundle::olderBundleNeedsAllowOlder()
{
    const QString monday = exportDesk("monday.bundle");
    QTest::qWait(20); // bundles are dated to the millisecond
    const QString tuesday = exportDesk("tuesday.bundle");
    QVERIFY(!monday.isEmpty() && !tuesday.isEmpty());
    QCOMPARE(vaultCli("replayed", {QStringLiteral("bundle"), QStringLiteral("trust"), path("desk.pub")}).exitCode, 0);
    const auto importOf = [&](const QString &file, const QStringList &more = {}) {
        return vaultCli("replayed", QStringList{QStringLiteral("bundle"), QStringLiteral("import"), file, QStringLiteral("--agent-key"),
                                             path("desk.agent"), QStringLiteral("--json")}
                                     + more);
    };
    QCOMPARE(importOf(tuesday).exitCode, 0);
    const TestSupport::CliRun replayed = importOf(monday);
    QCOMPARE(replayed.exitCode, 4);
    QVERIFY2(replayed.err.contains("played back"), replayed.err.constData());
    const TestSupport::CliRun allowed = importOf(monday, {QStringLiteral("--allow-older")});
    QCOMPARE(allowed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(allowed.out).object().value(QLatin1String("older")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestCliBundle)
#include "TestCliBundle.moc"
