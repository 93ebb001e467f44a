#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace BreachAdvisor;

// passwords import | check | info through the real CLI: the list imported beside the vault,
// passwords read from standard input only, answers as JSON Lines, and a checked password in
// no file the CLI wrote.
class TestCliPasswords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importCheckAndInfo();
    void passwordsNeverComeFromArguments();
    void badLineIsNamedAndNothingWritten();
    void foundPasswordIsKeptWithThePerson();

private:
    TestSupport::CliRun cli(const QStringList &arguments, const QByteArray &input = {});
    QString path(const char *name) const { return m_temp->filePath(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_temp;
};

namespace {

constexpr char kLeaked[] = "Lamborghini1";
constexpr char kUnleaked[] = "kept secret 4 real!";

} // namespace

void TestCliPasswords::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    std::map<QByteArray, int> hashes{{QCryptographicHash::hash(kLeaked, QCryptographicHash::Sha1).toHex().toUpper(), 52000}};
    for (int i = 0; hashes.size() < 5000; ++i) {
        hashes[QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1).toHex().toUpper()] = 1 + i % 7;
    }
    QByteArray list;
    for (const auto &[hash, seen] : hashes) {
        list += hash + ':' + QByteArray::number(seen) + "\r\n";
    }
    TestSupport::writeFile(path("pwned-passwords-sha1-ordered-by-hash-v8.txt"), list);
}

TestSupport::CliRun TestCliPasswords::cli(const QStringList &arguments, const QByteArray &input)
{
    return TestSupport::runCli(QStringList{QStringLiteral("--vault"), path("vault")} + arguments, {}, input);
}

void TestCliPasswords::importCheckAndInfo()
{
    const TestSupport::CliRun imported =
        cli({QStringLiteral("passwords"), QStringLiteral("import"), path("pwned-passwords-sha1-ordered-by-hash-v8.txt"), QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    QCOMPARE(report.value(QLatin1String("kind")).toString(), QStringLiteral("sha1"));
    QCOMPARE(report.value(QLatin1String("lines")).toInt(), 5000);
    QCOMPARE(report.value(QLatin1String("hashes")).toInt(), 5000);

    // One a line on standard input: found with how often (coarsely), not found, empty.
    const TestSupport::CliRun checked = cli({QStringLiteral("passwords"), QStringLiteral("check"), QStringLiteral("--json")},
                                            QByteArray(kLeaked) + "\n" + kUnleaked + "\r\n\n12\n");
    QVERIFY2(checked.exitCode == 0, checked.err.constData());
    const QList<QByteArray> lines = checked.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const auto line = [&](int i) { return QJsonDocument::fromJson(lines.at(i)).object(); };
    QCOMPARE(line(0).value(QLatin1String("line")).toInt(), 1);
    QCOMPARE(line(0).value(QLatin1String("found")).toBool(), true);
    QCOMPARE(line(0).value(QLatin1String("seen")).toInt(), 10000);
    QCOMPARE(line(1).value(QLatin1String("found")).toBool(), false);
    QCOMPARE(line(1).value(QLatin1String("seen")).toInt(), 0);
    QCOMPARE(line(2).value(QLatin1String("checked")).toBool(), false);
    QCOMPARE(line(3).value(QLatin1String("found")).toBool(), true); // the list holds the numbers from 0 up
    // In words, too.
    const TestSupport::CliRun words = cli({QStringLiteral("passwords"), QStringLiteral("check")}, QByteArray(kLeaked) + "\n");
    QVERIFY2(words.out.contains("seen at least 10,000 times"), words.out.constData());

    const QJsonObject info = QJsonDocument::fromJson(cli({QStringLiteral("passwords"), QStringLiteral("info"), QStringLiteral("--json")}).out).object();
    QCOMPARE(info.value(QLatin1String("hashes")).toInt(), 5000);
    QCOMPARE(info.value(QLatin1String("kind")).toString(), QStringLiteral("sha1"));
    QCOMPARE(info.value(QLatin1String("source")).toString(), QStringLiteral("pwned-passwords-sha1-ordered-by-hash-v8.txt"));
    QVERIFY(info.value(QLatin1String("bytes_per_hash")).toDouble() > 0);
    QVERIFY(QDateTime::fromString(info.value(QLatin1String("imported_at")).toString(), Qt::ISODateWithMs).isValid());

    // Neither password is in any file below the folder, in any form the CLI could write.
    const QByteArray everything = TestSupport::allBytesBelow(path("vault"));
    for (const QByteArray &password : {QByteArray(kLeaked), QByteArray(kUnleaked)}) {
        QVERIFY(!everything.contains(password));
        QVERIFY(!checked.out.contains(password) && !checked.err.contains(password));
        QVERIFY(!everything.contains(QCryptographicHash::hash(password, QCryptographicHash::Sha1).toHex().toUpper()));
    }
}

void TestCliPasswords::passwordsNeverComeFromArguments()
{
    QCOMPARE(cli({QStringLiteral("passwords"), QStringLiteral("import"), path("pwned-passwords-sha1-ordered-by-hash-v8.txt")}).exitCode, 0);
    const TestSupport::CliRun refused = cli({QStringLiteral("passwords"), QStringLiteral("check"), QString::fromLatin1(kLeaked)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("never taken from the command line"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    // And there is no option that takes one.
    QVERIFY(cli({QStringLiteral("passwords"), QStringLiteral("check"), QStringLiteral("--password"), QStringLiteral("x")}).exitCode != 0);
}

void TestCliPasswords::badLineIsNamedAndNothingWritten()
{
    TestSupport::writeFile(path("bad.txt"), "0000A1B2C3D4E5F60718293A4B5C6D7E8F901234:5\nnot a hash\n");
    const TestSupport::CliRun bad = cli({QStringLiteral("passwords"), QStringLiteral("import"), path("bad.txt")});
    QCOMPARE(bad.exitCode, 4);
    QVERIFY2(bad.err.contains("bad.txt, line 2"), bad.err.constData());
    QVERIFY(!QFileInfo::exists(QDir(path("vault")).filePath(QStringLiteral("pwned-passwords.idx"))));
    const TestSupport::CliRun none = cli({QStringLiteral("passwords"), QStringLiteral("check")}, "x\n");
    QVERIFY(none.exitCode != 0);
    QVERIFY2(none.err.contains("import one first"), none.err.constData());
}

void TestCliPasswords::foundPasswordIsKeptWithThePerson()
{
    QCOMPARE(cli({QStringLiteral("passwords"), QStringLiteral("import"), path("pwned-passwords-sha1-ordered-by-hash-v8.txt")}).exitCode, 0);
    const QHash<QString, QString> passphrase{{QStringLiteral("BREACH_ADVISOR_PASSPHRASE"), QStringLiteral("vault passphrase 9")}};
    const auto vaultCli = [&](const QStringList &arguments, const QByteArray &input = {}) {
        return TestSupport::runCli(QStringList{QStringLiteral("--vault"), path("vault")} + arguments, passphrase, input);
    };
    QCOMPARE(vaultCli({QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    QCOMPARE(vaultCli({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("Amira"), QStringLiteral("--email"),
                       QStringLiteral("amira@example.com")}).exitCode, 0);

    // --uses needs --person; an unknown service is refused before anything is read.
    QCOMPARE(cli({QStringLiteral("passwords"), QStringLiteral("check"), QStringLiteral("--uses"), QStringLiteral("google")}, "x\n").exitCode, 2);
    QCOMPARE(vaultCli({QStringLiteral("passwords"), QStringLiteral("check"), QStringLiteral("--person"), QStringLiteral("Amira"),
                       QStringLiteral("--uses"), QStringLiteral("nosuchservice")}, "x\n").exitCode, 2);

    const TestSupport::CliRun checked = vaultCli({QStringLiteral("passwords"), QStringLiteral("check"), QStringLiteral("--person"), QStringLiteral("Amira"),
                                                  QStringLiteral("--uses"), QStringLiteral("google"), QStringLiteral("--json")},
                                                 QByteArray(kUnleaked) + "\n" + kLeaked + "\n");
    QVERIFY2(checked.exitCode == 0, checked.err.constData());
    const QList<QByteArray> lines = checked.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QLatin1String("kept")).toBool(), false);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QLatin1String("kept")).toBool(), true);

    // Her plan now starts with changing it, naming where she uses it.
    const TestSupport::CliRun plan = vaultCli({QStringLiteral("plan"), QStringLiteral("--person"), QStringLiteral("Amira"), QStringLiteral("--json")});
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    const QJsonObject first = QJsonDocument::fromJson(plan.out).object().value(QLatin1String("plan")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("change-known-password"));
    QVERIFY2(first.value(QLatin1String("why")).toString().contains(QLatin1String("Google")), plan.out.constData());

    // Nothing of either password in the vault's folder.
    const QByteArray everything = TestSupport::allBytesBelow(path("vault"));
    for (const QByteArray &password : {QByteArray(kLeaked), QByteArray(kUnleaked)}) {
        QVERIFY(!everything.contains(password) && !checked.out.contains(password));
    }
}

QTEST_GUILESS_MAIN(TestCliPasswords)
#include "TestCliPasswords.moc"
