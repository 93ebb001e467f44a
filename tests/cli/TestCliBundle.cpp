#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

// bundle keygen | sign | verify through the real CLI: the files it writes, the checks of
// a signature, and OpenSSL agreeing with them.
class TestCliBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keygenWritesPrivateFilesAndNeverOverwrites();
    void signedFileVerifiesAndChangesAreCaught();
    void opensslVerifiesTheSameSignature();

private:
    TestSupport::CliRun cli(const QStringList &arguments, const QByteArray &passphrase = "help desk passphrase 7");
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

QTEST_GUILESS_MAIN(TestCliBundle)
#include "TestCliBundle.moc"
