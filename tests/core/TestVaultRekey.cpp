#include "Error.h"
#include "IdentifierHasher.h"
#include "KeyStore.h"
#include "TestSupport.h"
#include "Vault.h"
#include "VaultSession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;
using TestSupport::failureOf;
using TestSupport::secret;

// "My passphrase was compromised": a re-key replaces the data key, re-encrypts the
// database and replaces every credential, and an interrupted one still opens with the
// old credentials or the new ones. (Killed at random moments: TestCliSecurity.)
class TestVaultRekey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void passphraseChangeLeavesOldHeaderWorking();
    void rekeyRetiresEveryOldCredential();
    void indexAndPeopleSurviveARekey();
    void interruptedBeforeReencryptingOpensWithEither();
    void interruptedAfterReencryptingOpensWithTheNew();
    void newRecoveryKeyFinishesAnInterruptedRekey();
    void killedBeforeTheNewKeyWasShownChangesNothing();
    void cancelledRekeyChangesNothing();
    void rekeyKeepsTheKeyStrengthUnlessAsked();

private:
    QByteArray readFile(const QString &path);
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dir;
    SecureBuffer m_recoveryKey;
};

void TestVaultRekey::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_dir = m_temp->filePath(QStringLiteral("vault"));
    Vault::Created created = Vault::create(m_dir, secret("old passphrase"), KdfParams::minimum());
    m_recoveryKey = SecureBuffer::copyOf(created.recoveryKey.data(), created.recoveryKey.size());
    created.vault->database().exec("INSERT INTO meta(key, value) VALUES ('probe', 'kept');");
}

QByteArray TestVaultRekey::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

namespace {

QString probe(Vault &vault)
{
    Statement query = vault.database().prepare("SELECT value FROM meta WHERE key = 'probe';");
    return query.step() ? query.columnText(0) : QString();
}

} // namespace

void TestVaultRekey::passphraseChangeLeavesOldHeaderWorking()
{
    // What a plain passphrase change does not protect against (docs/security.md): the
    // data key stays, so an old copy of the header opens the vault with the old passphrase.
    const QByteArray oldHeader = readFile(Vault::headerPath(m_dir));
    Vault::open(m_dir, secret("old passphrase"))->changePassphrase(secret("new passphrase"));
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("old passphrase")); }), std::optional(ErrorKind::WrongCredentials));
    TestSupport::writeFile(Vault::headerPath(m_dir), oldHeader);
    QCOMPARE(probe(*Vault::open(m_dir, secret("old passphrase"))), QStringLiteral("kept"));
}

void TestVaultRekey::rekeyRetiresEveryOldCredential()
{
    const QByteArray oldHeader = readFile(Vault::headerPath(m_dir));
    const QByteArray oldDatabase = readFile(Vault::databasePath(m_dir));
    MemoryKeyStore keychain;
    SecureBuffer newRecoveryKey;
    {
        auto vault = Vault::open(m_dir, secret("old passphrase"));
        vault->remember(keychain, [](const KeyStore::Result &) {});
        newRecoveryKey = vault->prepareRekey(secret("new passphrase"));
        QVERIFY(!vault->rekeyPending()); // nothing written before the new key was shown
        vault->commitRekey();
        QVERIFY(vault->rekeyPending());
        vault->finishRekey();
        QVERIFY(!vault->rekeyPending());
        QCOMPARE(probe(*vault), QStringLiteral("kept"));
        QCOMPARE(vault->database().integrityCheck(), QStringLiteral("ok"));
    }
    QVERIFY(readFile(Vault::databasePath(m_dir)) != oldDatabase); // re-encrypted

    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("old passphrase")); }), std::optional(ErrorKind::WrongCredentials));
    QCOMPARE(failureOf([&] { Vault::openWithRecoveryKey(m_dir, m_recoveryKey.view()); }), std::optional(ErrorKind::WrongCredentials));
    std::optional<ErrorKind> remembered;
    keychain.load(Vault::vaultIdAt(m_dir), [&](const KeyStore::Result &, SecureBuffer key) {
        remembered = failureOf([&] { Vault::openRemembered(m_dir, std::move(key)); });
    });
    QCOMPARE(remembered, std::optional(ErrorKind::WrongCredentials));

    QCOMPARE(probe(*Vault::open(m_dir, secret("new passphrase"))), QStringLiteral("kept"));
    QCOMPARE(probe(*Vault::openWithRecoveryKey(m_dir, newRecoveryKey.view())), QStringLiteral("kept"));

    // The old header with the old passphrase no longer decrypts anything.
    const QByteArray newHeader = readFile(Vault::headerPath(m_dir));
    TestSupport::writeFile(Vault::headerPath(m_dir), oldHeader);
    QVERIFY(failureOf([&] { Vault::open(m_dir, secret("old passphrase")); }).has_value());
    TestSupport::writeFile(Vault::headerPath(m_dir), newHeader);
    QVERIFY(Vault::open(m_dir, secret("new passphrase")));
}

void TestVaultRekey::indexAndPeopleSurviveARekey()
{
    // The identifiers' keyed hashes were made with a key derived from the old data key:
    // they must still match after it is gone.
    const QString leak = m_temp->filePath(QStringLiteral("leak.csv"));
    TestSupport::writeFile(leak, "phone,name\n201001234567,Amira\n");
    LeakImportOptions options;
    options.path = leak;
    options.breach = QStringLiteral("Facebook");
    options.phoneFormat = PhoneFormat::International;
    const QList<IdentifierInput> amira = {{IdentifierKind::Phone, QStringLiteral("+20 100 123 4567")}};
    {
        auto session = VaultSession::open(m_dir, secret("old passphrase"));
        session->importLeak(options);
        Person person;
        person.name = QStringLiteral("Amira");
        person.identifiers = amira;
        session->addPerson(person);
        QVERIFY(session->check(amira).identifiers.first().found());
        session->prepareRekey(secret("new passphrase"));
        session->commitRekey();
        QVERIFY(session->info().rekeyPending);
        session->finishRekey();
        QVERIFY(!session->info().rekeyPending);
        QVERIFY(session->check(amira).identifiers.first().found()); // the same session, on the reopened database
    }
    auto session = VaultSession::open(m_dir, secret("new passphrase"));
    QVERIFY(session->check(amira).identifiers.first().found());
    QVERIFY(session->person(QStringLiteral("Amira")));
    QCOMPARE(session->indexStats().records, 1);
}

void TestVaultRekey::interruptedBeforeReencryptingOpensWithEither()
{
    {
        auto vault = Vault::open(m_dir, secret("old passphrase"));
        vault->prepareRekey(secret("new passphrase"));
        vault->commitRekey();
        // The process ends here: the new slots are written, the database is untouched.
    }
    {
        auto vault = Vault::open(m_dir, secret("old passphrase"));
        QCOMPARE(probe(*vault), QStringLiteral("kept"));
        QVERIFY(vault->rekeyPending()); // kept, so that the new credentials still work
    }
    {
        auto vault = Vault::open(m_dir, secret("new passphrase")); // finishes the re-key
        QVERIFY(!vault->rekeyPending());
        QCOMPARE(probe(*vault), QStringLiteral("kept"));
        QCOMPARE(vault->database().integrityCheck(), QStringLiteral("ok"));
    }
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("old passphrase")); }), std::optional(ErrorKind::WrongCredentials));
}

void TestVaultRekey::interruptedAfterReencryptingOpensWithTheNew()
{
    // Killed after the database was re-encrypted and before the header dropped the old
    // slots: the header written by commitRekey beside the re-encrypted database.
    QByteArray preparedHeader;
    {
        auto vault = Vault::open(m_dir, secret("old passphrase"));
        vault->prepareRekey(secret("new passphrase"));
        vault->commitRekey();
        preparedHeader = readFile(Vault::headerPath(m_dir));
        vault->finishRekey();
    }
    TestSupport::writeFile(Vault::headerPath(m_dir), preparedHeader);
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("old passphrase")); }), std::optional(ErrorKind::WrongCredentials));
    {
        auto vault = Vault::open(m_dir, secret("new passphrase"));
        QVERIFY(!vault->rekeyPending());
        QCOMPARE(probe(*vault), QStringLiteral("kept"));
    }
    QVERIFY(readFile(Vault::headerPath(m_dir)) != preparedHeader); // the old slots are gone
    QVERIFY(Vault::open(m_dir, secret("new passphrase")));
}

void TestVaultRekey::newRecoveryKeyFinishesAnInterruptedRekey()
{
    SecureBuffer newRecoveryKey;
    {
        auto vault = Vault::open(m_dir, secret("old passphrase"));
        newRecoveryKey = vault->prepareRekey(secret("new passphrase"));
        vault->commitRekey();
    }
    QCOMPARE(probe(*Vault::openWithRecoveryKey(m_dir, newRecoveryKey.view())), QStringLiteral("kept"));
    QCOMPARE(failureOf([&] { Vault::openWithRecoveryKey(m_dir, m_recoveryKey.view()); }), std::optional(ErrorKind::WrongCredentials));
    QVERIFY(Vault::open(m_dir, secret("new passphrase")));
}

void TestVaultRekey::killedBeforeTheNewKeyWasShownChangesNothing()
{
    // Issue 21 (3): prepareRekey wrote the new slots before the new recovery key was shown.
    // Killed then, the new passphrase (which the person typed) opened the vault and finished
    // the re-key, leaving a recovery key nobody had seen as the only one.
    const QByteArray header = readFile(Vault::headerPath(m_dir));
    SecureBuffer unseenRecoveryKey;
    {
        auto vault = Vault::open(m_dir, secret("old passphrase"));
        unseenRecoveryKey = vault->prepareRekey(secret("new passphrase"));
        // The process ends here, before the new recovery key was shown.
    }
    QCOMPARE(readFile(Vault::headerPath(m_dir)), header);
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("new passphrase")); }), std::optional(ErrorKind::WrongCredentials));
    QCOMPARE(failureOf([&] { Vault::openWithRecoveryKey(m_dir, unseenRecoveryKey.view()); }), std::optional(ErrorKind::WrongCredentials));
    QCOMPARE(probe(*Vault::openWithRecoveryKey(m_dir, m_recoveryKey.view())), QStringLiteral("kept"));
    auto vault = Vault::open(m_dir, secret("old passphrase"));
    QVERIFY(!vault->rekeyPending());
    QCOMPARE(probe(*vault), QStringLiteral("kept"));
}

void TestVaultRekey::cancelledRekeyChangesNothing()
{
    const QByteArray header = readFile(Vault::headerPath(m_dir));
    {
        auto vault = Vault::open(m_dir, secret("old passphrase"));
        vault->prepareRekey(secret("new passphrase"));
        vault->cancelRekey();
        QVERIFY(!vault->rekeyPending());
        QCOMPARE(failureOf([&] { vault->finishRekey(); }), std::optional(ErrorKind::Usage));
    }
    QCOMPARE(readFile(Vault::headerPath(m_dir)), header);
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("new passphrase")); }), std::optional(ErrorKind::WrongCredentials));
    QVERIFY(Vault::openWithRecoveryKey(m_dir, m_recoveryKey.view()));
}

void TestVaultRekey::rekeyKeepsTheKeyStrengthUnlessAsked()
{
    KdfParams stronger = KdfParams::minimum();
    stronger.opsLimit += 1;
    {
        auto vault = Vault::open(m_dir, secret("old passphrase"));
        vault->changePassphrase(secret("old passphrase"), stronger);
        vault->prepareRekey(secret("new passphrase"));
        vault->finishRekey();
        QCOMPARE(vault->kdf().opsLimit, stronger.opsLimit);
    }
    QCOMPARE(VaultHeader::load(Vault::headerPath(m_dir)).passphrase.kdf.opsLimit, stronger.opsLimit);
}

QTEST_GUILESS_MAIN(TestVaultRekey)
#include "TestVaultRekey.moc"
