#include "Error.h"
#include "SqlCipher.h"
#include "SqlCipher3Vault.h"
#include "TestSupport.h"
#include "Vault.h"
#include "VaultSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

namespace {

constexpr char kFixturePassphrase[] = "correct horse battery";

} // namespace

// Vaults made before the move to SQLCipher 4 (Debian's 3.4.1) open, and their database
// is rewritten in SQLCipher 4's format once, beside the old file and renamed over it, so
// that nothing is lost on the way. (Killed at 20 moments: TestCliSecurity.)
class TestVaultMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void vaultFromTheLastReleaseOpensAndIsMigratedOnce();
    void importsAndLookupsSurviveTheMigration();
    void damagedOldDatabaseIsNotMigrated();
    void leftoverOfAnInterruptedMigrationIsRemoved();

private:
    // The vault committed in tests/data/vault-sqlcipher3, made by the release before
    // SQLCipher 4: a person (Amira) with a finished step, and the demo leak imported.
    QString copyOfTheLastReleasesVault();
    QStringList filesIn(const QString &directory) const;

    std::unique_ptr<QTemporaryDir> m_temp;
};

void TestVaultMigration::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
}

QString TestVaultMigration::copyOfTheLastReleasesVault()
{
    const QString directory = m_temp->filePath(QStringLiteral("vault"));
    QDir().mkpath(directory);
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const char *name : {"vault.header", "vault.db"}) {
        const QString target = directory + QLatin1Char('/') + QLatin1String(name);
        if (!QFile::copy(TestSupport::testDataFile(QStringLiteral("vault-sqlcipher3/") + QLatin1String(name)), target)) {
            qFatal("cannot copy the SQLCipher 3 vault fixture");
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return directory;
}

QStringList TestVaultMigration::filesIn(const QString &directory) const
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void TestVaultMigration::vaultFromTheLastReleaseOpensAndIsMigratedOnce()
{
    const QString directory = copyOfTheLastReleasesVault();
    QCOMPARE(TestSupport::databaseFormat(directory, kFixturePassphrase), 3);
    {
        auto session = VaultSession::open(directory, TestSupport::secret(kFixturePassphrase));
        const VaultInfo info = session->info();
        QVERIFY2(info.cipherVersion.startsWith(QLatin1String("4.")), qPrintable(info.cipherVersion));
        QVERIFY2(info.sqliteVersion.startsWith(QLatin1String("3.5")), qPrintable(info.sqliteVersion));
        QCOMPARE(info.schemaVersion, 8);
        QVERIFY(info.breaches >= 956);

        const Person amira = session->requirePerson(QStringLiteral("Amira"));
        const Plan plan = session->planFor(amira);
        const PlanItem *pin = TestSupport::planItem(plan.items, QStringLiteral("whatsapp-two-step-pin"));
        QVERIFY(pin);
        QCOMPARE(pin->status, StepStatus::Done);
        QCOMPARE(pin->note, QStringLiteral("done with help desk"));
    }
    QCOMPARE(TestSupport::databaseFormat(directory, kFixturePassphrase), 4);
    QCOMPARE(filesIn(directory), (QStringList{QStringLiteral("vault.db"), QStringLiteral("vault.header")}));
    QCOMPARE(QFileInfo(Vault::databasePath(directory)).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // Once: the next open finds SQLCipher 4's format and leaves the file's bytes alone.
    const QByteArray migrated = TestSupport::fingerprintOf(directory);
    VaultSession::open(directory, TestSupport::secret(kFixturePassphrase));
    QCOMPARE(TestSupport::fingerprintOf(directory), migrated);
}

void TestVaultMigration::importsAndLookupsSurviveTheMigration()
{
    const QString directory = copyOfTheLastReleasesVault();
    auto session = VaultSession::open(directory, TestSupport::secret(kFixturePassphrase));
    const CheckReport amira = session->check({{IdentifierKind::Phone, QStringLiteral("+20 100 123 4567")}});
    QVERIFY(amira.identifiers.first().found());
    QCOMPARE(amira.identifiers.first().matches.first().breach.name, QStringLiteral("Facebook"));
    QVERIFY(!session->check({{IdentifierKind::Phone, QStringLiteral("+20 100 765 4321")}}).identifiers.first().found());
    const IndexStats stats = session->indexStats();
    QCOMPARE(stats.imports.size(), 1);

    // And a vault of today, taken back to SQLCipher 3's format by the test, comes back whole.
    const QString second = m_temp->filePath(QStringLiteral("second"));
    Person omar;
    omar.name = QStringLiteral("Omar");
    VaultSession::create(second, TestSupport::secret("pass"), KdfParams::minimum()).session->addPerson(omar);
    TestSupport::downgradeToSqlCipher3(second, "pass");
    auto reopened = VaultSession::open(second, TestSupport::secret("pass"));
    QVERIFY(reopened->person(QStringLiteral("Omar")).has_value());
    QCOMPARE(TestSupport::databaseFormat(second, "pass"), 4);
}

void TestVaultMigration::damagedOldDatabaseIsNotMigrated()
{
    // Page 1 decrypts, a later page does not: the copy stops, and the old file stays as it was.
    const QString directory = copyOfTheLastReleasesVault();
    QFile database(Vault::databasePath(directory));
    QVERIFY(database.open(QIODevice::ReadWrite));
    QVERIFY(database.seek(20 * Database::kPageSize + 100));
    QVERIFY(database.write("damage") == 6);
    database.close();
    const QByteArray before = TestSupport::fingerprintOf(directory);

    try {
        VaultSession::open(directory, TestSupport::secret(kFixturePassphrase));
        QFAIL("a damaged database was opened");
    } catch (const Error &error) {
        QVERIFY2(error.kind() == ErrorKind::Damaged, qPrintable(error.message()));
    }
    QCOMPARE(filesIn(directory), (QStringList{QStringLiteral("vault.db"), QStringLiteral("vault.header")}));
    QCOMPARE(TestSupport::fingerprintOf(directory), before);
}

void TestVaultMigration::leftoverOfAnInterruptedMigrationIsRemoved()
{
    const QString directory = copyOfTheLastReleasesVault();
    const QString leftover = Vault::databasePath(directory) + QStringLiteral(".sqlcipher4");
    TestSupport::writeFile(leftover, QByteArray(3 * Database::kPageSize, 'x'));
    TestSupport::writeFile(leftover + QStringLiteral("-journal"), "half a journal");
    auto session = VaultSession::open(directory, TestSupport::secret(kFixturePassphrase));
    QVERIFY(session->person(QStringLiteral("Amira")).has_value());
    QVERIFY(!QFileInfo::exists(leftover));
    QVERIFY(!QFileInfo::exists(leftover + QStringLiteral("-journal")));
}

QTEST_GUILESS_MAIN(TestVaultMigration)
#include "TestVaultMigration.moc"
