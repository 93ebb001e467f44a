#include "ArchiveWriter.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

// import ARCHIVE through the real breach-advisor-cli: the member list, --member, the
// per-member JSON reports, refusals with their exit status.
class TestCliArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void dryRunListsMembersThenPlans();
    void importReportsEachMember();
    void memberGlobAndItsMisuse();
    void encryptedArchiveExitsFour();

private:
    TestSupport::CliRun vaultCli(const QStringList &arguments);
    QString writeZip(const char *passphrase = nullptr);

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_vault;
    QString m_passphraseFile;
};

void TestCliArchive::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = m_temp->filePath(QStringLiteral("vault"));
    m_passphraseFile = m_temp->filePath(QStringLiteral("passphrase.txt"));
    TestSupport::writeFile(m_passphraseFile, "correct horse battery\n");
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
}

TestSupport::CliRun TestCliArchive::vaultCli(const QStringList &arguments)
{
    return TestSupport::runCli(QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_passphraseFile} + arguments);
}

QString TestCliArchive::writeZip(const char *passphrase)
{
    const QString path = m_temp->filePath(QStringLiteral("leaks.zip"));
    TestSupport::writeArchive(path, QStringLiteral("zip"),
                              {{QStringLiteral("users.csv"), "phone,name\n201001234567,Amira\n201112345678,Omar\n"},
                               {QStringLiteral("README.txt"), "hello\n"},
                               {QStringLiteral("extra/more.jsonl"), "{\"user\":{\"phone\":\"4915123456789\"}}\n"}},
                              passphrase);
    return path;
}

void TestCliArchive::dryRunListsMembersThenPlans()
{
    const QString zip = writeZip();
    const TestSupport::CliRun human = vaultCli({QStringLiteral("import"), zip, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                                QStringLiteral("--dry-run")});
    QCOMPARE(human.exitCode, 0);
    // Each member's plan as it is read (on stderr, as an import's), then the list of members
    // and each chosen one's dry-run report.
    const QString err = QString::fromUtf8(human.err);
    const QString out = QString::fromUtf8(human.out);
    QVERIFY2(err.contains(QStringLiteral("Importing %1/users.csv into").arg(zip)), human.err.constData());
    QVERIFY2(err.contains(QStringLiteral("Importing %1/extra/more.jsonl into").arg(zip)), human.err.constData());
    QVERIFY2(out.contains(zip + QStringLiteral(" holds 3 members:")), human.out.constData());
    QVERIFY2(out.contains(QStringLiteral("README.txt, 6 bytes: skipped (a read-me or licence)")), human.out.constData());
    const qsizetype list = out.indexOf(QStringLiteral("users.csv, "));
    const qsizetype report = out.indexOf(QStringLiteral("Dry run"));
    QVERIFY2(list >= 0 && report > list, human.out.constData());

    const TestSupport::CliRun json = vaultCli({QStringLiteral("import"), zip, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                               QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(QLatin1String("archive")).toString(), zip);
    const QJsonArray members = object.value(QLatin1String("members")).toArray();
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("README.txt"));
    QCOMPARE(members.at(1).toObject().value(QLatin1String("size")).toInt(), 6);
    QCOMPARE(members.at(1).toObject().value(QLatin1String("chosen")).toBool(), false);
    QVERIFY(!members.at(1).toObject().value(QLatin1String("reason")).toString().isEmpty());
    QVERIFY(members.at(0).toObject().value(QLatin1String("reason")).isNull());
    const QJsonArray plans = object.value(QLatin1String("plans")).toArray();
    QCOMPARE(plans.size(), 2);
    QCOMPARE(plans.at(1).toObject().value(QLatin1String("member")).toString(), QStringLiteral("extra/more.jsonl"));
    QCOMPARE(plans.at(1).toObject().value(QLatin1String("columns")).toArray().first().toString(), QStringLiteral("user.phone"));
    // The dry run read each chosen member through: its counts, nothing written.
    QCOMPARE(object.value(QLatin1String("dry_run")).toBool(), true);
    const QJsonArray imports = object.value(QLatin1String("imports")).toArray();
    QCOMPARE(imports.size(), 2);
    QCOMPARE(imports.at(0).toObject().value(QLatin1String("member")).toString(), QStringLiteral("users.csv"));
    QCOMPARE(imports.at(0).toObject().value(QLatin1String("imported")).toInt(), 2);
    QCOMPARE(imports.at(0).toObject().value(QLatin1String("dry_run")).toBool(), true);

    // Nothing was imported.
    const TestSupport::CliRun stats = vaultCli({QStringLiteral("index"), QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(QLatin1String("records")).toInt(), 0);
}

void TestCliArchive::importReportsEachMember()
{
    const QString zip = writeZip();
    const TestSupport::CliRun run = vaultCli({QStringLiteral("import"), zip, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                              QStringLiteral("--phone-format"), QStringLiteral("international"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(QLatin1String("members")).toArray().size(), 3);
    const QJsonArray imports = object.value(QLatin1String("imports")).toArray();
    QCOMPARE(imports.size(), 2);
    QCOMPARE(imports.at(0).toObject().value(QLatin1String("member")).toString(), QStringLiteral("users.csv"));
    QCOMPARE(imports.at(0).toObject().value(QLatin1String("imported")).toInt(), 2);
    QCOMPARE(imports.at(1).toObject().value(QLatin1String("imported")).toInt(), 1);
    QVERIFY(imports.at(1).toObject().value(QLatin1String("import_id")).toInt() > 0);

    const TestSupport::CliRun check = vaultCli({QStringLiteral("check"), QStringLiteral("--phone"), QStringLiteral("+49 151 23456789"),
                                                QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(check.out).object().value(QLatin1String("identifiers")).toArray().first().toObject()
                 .value(QLatin1String("matches")).toArray().size(),
             1);

    // The text report names each member.
    const TestSupport::CliRun human = vaultCli({QStringLiteral("import"), zip, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                                QStringLiteral("--phone-format"), QStringLiteral("international")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("\nusers.csv:\n") && human.out.contains("\nextra/more.jsonl:\n"), human.out.constData());
    QVERIFY2(human.out.contains("README.txt"), human.out.constData());
}

void TestCliArchive::memberGlobAndItsMisuse()
{
    const QString zip = writeZip();
    const TestSupport::CliRun run = vaultCli({QStringLiteral("import"), zip, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                              QStringLiteral("--member"), QStringLiteral("*.jsonl"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray imports = QJsonDocument::fromJson(run.out).object().value(QLatin1String("imports")).toArray();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.at(0).toObject().value(QLatin1String("member")).toString(), QStringLiteral("extra/more.jsonl"));

    const QString csv = m_temp->filePath(QStringLiteral("plain.csv"));
    TestSupport::writeFile(csv, "phone\n201001234567\n");
    const TestSupport::CliRun misuse = vaultCli({QStringLiteral("import"), csv, QStringLiteral("--breach"), QStringLiteral("Facebook"),
                                                 QStringLiteral("--member"), QStringLiteral("*.csv")});
    QCOMPARE(misuse.exitCode, 2);
    QVERIFY2(misuse.err.contains("--member"), misuse.err.constData());
}

void TestCliArchive::encryptedArchiveExitsFour()
{
    const QString zip = writeZip("secret");
    const TestSupport::CliRun run = vaultCli({QStringLiteral("import"), zip, QStringLiteral("--breach"), QStringLiteral("Facebook")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("leaks.zip/users.csv is encrypted"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliArchive)
#include "TestCliArchive.moc"
