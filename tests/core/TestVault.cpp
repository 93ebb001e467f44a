#include "BreachCatalog.h"
#include "Error.h"
#include "IdentifierHasher.h"
#include "KeyStore.h"
#include "SqlCipher.h"
#include "TestSupport.h"
#include "Vault.h"
#include "VaultSession.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

#include <sys/stat.h>

using namespace BreachAdvisor;
using TestSupport::secret;

using TestSupport::failureOf;

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createAndReopen();
    void onlySqlCipherServesThisProcess();
    void wrongPassphraseWritesNothing();
    void createRefusesNonEmptyFolder();
    void openMissingVault();
    void corruptHeaderIsLeftUntouched();
    void corruptDatabaseIsLeftUntouched();
    void plaintextSqliteIsRefused();
    void changePassphraseRewrapsWithoutReencrypting();
    void recoveryKeyOpensAndResetsPassphrase();
    void replacedRecoveryKeyInvalidatesOldOne();
    void recoveryKeyNotKeptLeavesTheOldOne();
    void secondOpenIsRefusedWhileInUse();
    void emptyLockLeftByAKillIsTakenOver();
    void rememberedKeyOpensVault();
    void noKeychainFallsBackToPassphrase();
    void schemaIsMigratedAndVersioned();
    void newerSchemaIsRefused();
    void nothingIsStoredInPlaintext();
    void emptyCutShortOrForeignDatabaseIsDamagedAndUntouched_data();
    void emptyCutShortOrForeignDatabaseIsDamagedAndUntouched();
    void folderOthersCanWriteToIsRefused();
    void everythingIsPrivateFromTheStart();
    void worldWritableFolderIsMadePrivate();
    void readableVaultIsMadePrivateOnOpen();
    void failedCreateLeavesNothingBehind();
    void discardedVaultLeavesNothingBehind();
    void leftoverSpillFilesAreRemovedOnOpen();
    void typedPassphraseIsNormalized();
    void keyStoreKeepsItsOwnCopyAndWipesShared();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dir;
};

void TestVault::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = m_temp->filePath(QStringLiteral("vault"));
}

void TestVault::createAndReopen()
{
    QString id;
    {
        Vault::Created created = Vault::create(m_dir, secret("correct horse"), KdfParams::minimum());
        QVERIFY(created.vault);
        QCOMPARE(created.recoveryKey.size(), size_t(39));
        id = created.vault->vaultId();
        QVERIFY(created.vault->cipherVersion().startsWith(QLatin1String("4.")));
        Statement insert = created.vault->database().prepare("INSERT INTO meta(key, value) VALUES ('probe', 'kept');");
        insert.run();
    }
    QVERIFY(Vault::existsAt(m_dir));
    QVERIFY(QFile::exists(Vault::headerPath(m_dir)));
    QVERIFY(!QFile::exists(m_dir + QStringLiteral("/vault.lock"))); // released on close
    QCOMPARE(QFile::permissions(Vault::databasePath(m_dir)) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    auto vault = Vault::open(m_dir, secret("correct horse"));
    QCOMPARE(vault->vaultId(), id);
    Statement query = vault->database().prepare("SELECT value FROM meta WHERE key = 'probe';");
    QVERIFY(query.step());
    QCOMPARE(query.columnText(0), QStringLiteral("kept"));
}

void TestVault::onlySqlCipherServesThisProcess()
{
    // Two SQLite copies in one process make SQLCipher silently write plaintext.
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        QSKIP("no /proc/self/maps on this system");
    }
    const QByteArray mapped = maps.readAll();
    QVERIFY2(!mapped.contains("libsqlite3") && !mapped.contains("libsqlcipher"), "a shared SQLite library is loaded");
    // The SQLCipher built in (deps/sqlcipher.pin) keeps its symbols out of the global table:
    // a SQLite loaded later can neither take its calls nor hand it theirs.
    QCOMPARE(::dlsym(RTLD_DEFAULT, "sqlite3_open_v2"), nullptr);
    QCOMPARE(::dlsym(RTLD_DEFAULT, "sqlite3_key"), nullptr);
    Vault::Created created = Vault::create(m_dir, secret("correct horse"), KdfParams::minimum());
    QVERIFY2(created.vault->cipherVersion().startsWith(QLatin1String("4.")), qPrintable(created.vault->cipherVersion()));
    QVERIFY(Database::sqliteVersion().startsWith(QLatin1String("3.5")));
}

void TestVault::wrongPassphraseWritesNothing()
{
    Vault::create(m_dir, secret("correct horse"), KdfParams::minimum());
    const QByteArray before = TestSupport::fingerprintOf(m_dir);
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("correct hors")); }), std::optional(ErrorKind::WrongCredentials));
    QCOMPARE(TestSupport::fingerprintOf(m_dir), before);
    QVERIFY(Vault::open(m_dir, secret("correct horse")));
}

void TestVault::createRefusesNonEmptyFolder()
{
    QVERIFY(QDir().mkpath(m_dir));
    TestSupport::writeFile(m_dir + QStringLiteral("/notes.txt"), "mine");
    QCOMPARE(failureOf([&] { Vault::create(m_dir, secret("x"), KdfParams::minimum()); }), std::optional(ErrorKind::Usage));
    QCOMPARE(QDir(m_dir).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});

    const QString other = m_temp->filePath(QStringLiteral("other"));
    Vault::create(other, secret("x"), KdfParams::minimum());
    QCOMPARE(failureOf([&] { Vault::create(other, secret("x"), KdfParams::minimum()); }), std::optional(ErrorKind::Usage));
    QCOMPARE(failureOf([&] { Vault::create(m_temp->filePath(QStringLiteral("third")), secret(""), KdfParams::minimum()); }),
             ErrorKind::Usage);

    // The leaked-password list imported before there was a vault is no obstacle, and stays.
    const QString withList = m_temp->filePath(QStringLiteral("with-list"));
    QVERIFY(QDir().mkpath(withList));
    const QString list = withList + QLatin1Char('/') + QLatin1String(Vault::kPasswordListFile);
    TestSupport::writeFile(list, "public list");
    QVERIFY(Vault::create(withList, secret("x"), KdfParams::minimum()).vault);
    QVERIFY(Vault::existsAt(withList));
    QVERIFY(QFile::exists(list));
}

void TestVault::openMissingVault()
{
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("x")); }), std::optional(ErrorKind::NotFound));
    QVERIFY(!QFile::exists(m_dir));
}

void TestVault::corruptHeaderIsLeftUntouched()
{
    Vault::create(m_dir, secret("correct horse"), KdfParams::minimum());
    TestSupport::writeFile(Vault::headerPath(m_dir), "{ this is not json");
    const QByteArray before = TestSupport::fingerprintOf(m_dir);
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("correct horse")); }), std::optional(ErrorKind::Damaged));
    QCOMPARE(TestSupport::fingerprintOf(m_dir), before);

    TestSupport::writeFile(Vault::headerPath(m_dir), R"({"format":"something-else","version":1})");
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("correct horse")); }), std::optional(ErrorKind::Damaged));
}

void TestVault::corruptDatabaseIsLeftUntouched()
{
    Vault::create(m_dir, secret("correct horse"), KdfParams::minimum());
    QFile db(Vault::databasePath(m_dir));
    QVERIFY(db.open(QIODevice::ReadWrite));
    QByteArray bytes = db.readAll();
    for (int i = 0; i < 64; ++i) {
        bytes[i] = char(~bytes[i]); // damage the first page
    }
    db.seek(0);
    db.write(bytes);
    db.close();
    const QByteArray before = TestSupport::fingerprintOf(m_dir);
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("correct horse")); }), std::optional(ErrorKind::Damaged));
    QCOMPARE(TestSupport::fingerprintOf(m_dir), before);
}

void TestVault::plaintextSqliteIsRefused()
{
    Vault::create(m_dir, secret("correct horse"), KdfParams::minimum());
    QByteArray plain("SQLite format 3");
    plain.append('\0');
    plain.append(QByteArray(4080, '\0'));
    TestSupport::writeFile(Vault::databasePath(m_dir), plain);
    const QByteArray before = TestSupport::fingerprintOf(m_dir);
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("correct horse")); }), std::optional(ErrorKind::Damaged));
    QCOMPARE(TestSupport::fingerprintOf(m_dir), before);
}

void TestVault::changePassphraseRewrapsWithoutReencrypting()
{
    Vault::create(m_dir, secret("old passphrase"), KdfParams::minimum());
    QFile db(Vault::databasePath(m_dir));
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray databaseBefore = db.readAll();
    db.close();
    KdfParams stronger = KdfParams::minimum();
    stronger.opsLimit += 1;
    {
        auto vault = Vault::open(m_dir, secret("old passphrase"));
        vault->changePassphrase(secret("new passphrase"), stronger);
        QCOMPARE(vault->kdf().opsLimit, stronger.opsLimit);
        // Without a strength given, the vault keeps its own (not the default).
        vault->changePassphrase(secret("new passphrase"));
        QCOMPARE(vault->kdf().opsLimit, stronger.opsLimit);
        QCOMPARE(vault->kdf().memLimit, stronger.memLimit);
    }
    QCOMPARE(VaultHeader::load(Vault::headerPath(m_dir)).passphrase.kdf.opsLimit, stronger.opsLimit);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), databaseBefore);
    db.close();
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("old passphrase")); }), std::optional(ErrorKind::WrongCredentials));
    QVERIFY(Vault::open(m_dir, secret("new passphrase")));
}

void TestVault::recoveryKeyOpensAndResetsPassphrase()
{
    Vault::Created created = Vault::create(m_dir, secret("forgotten"), KdfParams::minimum());
    const SecureBuffer recoveryKey = SecureBuffer::copyOf(created.recoveryKey.data(), created.recoveryKey.size());
    created.vault.reset();

    {
        auto vault = Vault::openWithRecoveryKey(m_dir, recoveryKey.view());
        vault->changePassphrase(secret("remembered this time"), KdfParams::minimum());
    }
    QVERIFY(Vault::open(m_dir, secret("remembered this time")));
    QVERIFY(Vault::openWithRecoveryKey(m_dir, recoveryKey.view())); // still valid after the reset

    const SecureBuffer otherKey = VaultKeys::formatRecoveryKey(SecureBuffer::random(VaultKeys::kRecoveryKeySize));
    QCOMPARE(failureOf([&] { Vault::openWithRecoveryKey(m_dir, otherKey.view()); }), std::optional(ErrorKind::WrongCredentials));
}

void TestVault::replacedRecoveryKeyInvalidatesOldOne()
{
    Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    const SecureBuffer oldKey = SecureBuffer::copyOf(created.recoveryKey.data(), created.recoveryKey.size());
    const SecureBuffer newKey = created.vault->prepareRecoveryKey();
    created.vault->finishRecoveryKey();
    created.vault.reset();
    QCOMPARE(failureOf([&] { Vault::openWithRecoveryKey(m_dir, oldKey.view()); }), std::optional(ErrorKind::WrongCredentials));
    QVERIFY(Vault::openWithRecoveryKey(m_dir, newKey.view()));
}

void TestVault::recoveryKeyNotKeptLeavesTheOldOne()
{
    // Issue 21 (3): the new recovery key was in the header before the person saw it; killed
    // while it was shown, the vault's only recovery key was one nobody had kept.
    Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    const SecureBuffer oldKey = SecureBuffer::copyOf(created.recoveryKey.data(), created.recoveryKey.size());
    created.vault.reset();
    const auto headerBytes = [this] {
        QFile file(Vault::headerPath(m_dir));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray header = headerBytes();
    SecureBuffer newKey;
    {
        auto vault = Vault::open(m_dir, secret("pass"));
        newKey = vault->prepareRecoveryKey();
        QCOMPARE(vault->database().integrityCheck(), QStringLiteral("ok"));
        // The process ends here, while the new key is shown.
    }
    QCOMPARE(headerBytes(), header);
    QVERIFY(Vault::openWithRecoveryKey(m_dir, oldKey.view()));
    QCOMPARE(failureOf([&] { Vault::openWithRecoveryKey(m_dir, newKey.view()); }), std::optional(ErrorKind::WrongCredentials));
    {
        auto vault = Vault::open(m_dir, secret("pass"));
        QCOMPARE(failureOf([&] { vault->finishRecoveryKey(); }), std::optional(ErrorKind::Usage)); // nothing prepared in this process
    }
}

void TestVault::secondOpenIsRefusedWhileInUse()
{
    Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("pass")); }), std::optional(ErrorKind::VaultInUse));
    created.vault.reset();
    QVERIFY(Vault::open(m_dir, secret("pass")));
}

namespace {

// MemoryKeyStore answers before its calls return: no event loop is needed here.
KeyStore::Result remember(const Vault &vault, KeyStore &store)
{
    KeyStore::Result answer{KeyStore::Status::Failed, QStringLiteral("no answer")};
    vault.remember(store, [&](const KeyStore::Result &result) { answer = result; });
    return answer;
}

KeyStore::Result forget(const Vault &vault, KeyStore &store)
{
    KeyStore::Result answer{KeyStore::Status::Failed, QStringLiteral("no answer")};
    vault.forget(store, [&](const KeyStore::Result &result) { answer = result; });
    return answer;
}

std::pair<KeyStore::Result, SecureBuffer> load(KeyStore &store, const QString &directory)
{
    std::pair<KeyStore::Result, SecureBuffer> answer;
    answer.first = {KeyStore::Status::Failed, QStringLiteral("no answer")};
    store.load(Vault::vaultIdAt(directory), [&](const KeyStore::Result &result, SecureBuffer key) {
        answer.first = result;
        answer.second = std::move(key);
    });
    return answer;
}

std::unique_ptr<Vault> openRemembered(KeyStore &store, const QString &directory)
{
    auto [result, key] = load(store, directory);
    if (result.status != KeyStore::Status::Ok) {
        throw Error(ErrorKind::WrongCredentials, result.message);
    }
    return Vault::openRemembered(directory, std::move(key));
}

} // namespace

void TestVault::emptyLockLeftByAKillIsTakenOver()
{
    // Killed between creating vault.lock and writing its process id: an empty file no
    // process holds. It used to keep the vault shut for good ("process 0").
    Vault::create(m_dir, secret("correct horse"), KdfParams::minimum());
    const QString lockFile = m_dir + QStringLiteral("/vault.lock");
    TestSupport::writeFile(lockFile, QByteArray());
    {
        QFile lock(lockFile);
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-10), QFileDevice::FileModificationTime));
    }
    auto vault = Vault::open(m_dir, secret("correct horse"));
    QVERIFY(vault);
    // And while it is open, a second open is still refused.
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("correct horse")); }), std::optional(ErrorKind::VaultInUse));
    vault.reset();

    // Opened at once after the kill: the lock is too young to tell from a program between
    // its two steps, so the open waits for it to be a second old instead of refusing the
    // vault as "open in another program (process 0)" (TestCliSecurity's re-key kills met it).
    TestSupport::writeFile(lockFile, QByteArray());
    QElapsedTimer clock;
    clock.start();
    vault = Vault::open(m_dir, secret("correct horse"));
    QVERIFY(vault);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestVault::rememberedKeyOpensVault()
{
    MemoryKeyStore store;
    {
        Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
        QCOMPARE(remember(*created.vault, store).status, KeyStore::Status::Ok);
    }
    QVERIFY(openRemembered(store, m_dir));

    // A remembered key for a replaced vault does not open the new one; its id differs,
    // and a key of the right size that is not this vault's is refused too.
    const SecureBuffer oldKey = std::move(load(store, m_dir).second);
    QVERIFY(QDir(m_dir).removeRecursively());
    Vault::Created replacement = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    replacement.vault.reset();
    QCOMPARE(load(store, m_dir).first.status, KeyStore::Status::NotFound);
    QCOMPARE(failureOf([&] { Vault::openRemembered(m_dir, SecureBuffer::copyOf(oldKey.data(), oldKey.size())); }),
             std::optional(ErrorKind::WrongCredentials));
    QCOMPARE(failureOf([&] { Vault::openRemembered(m_dir, SecureBuffer::random(7)); }), std::optional(ErrorKind::WrongCredentials));

    {
        auto vault = Vault::open(m_dir, secret("pass"));
        QCOMPARE(remember(*vault, store).status, KeyStore::Status::Ok);
        QCOMPARE(forget(*vault, store).status, KeyStore::Status::Ok);
    }
    QCOMPARE(failureOf([&] { openRemembered(store, m_dir); }), std::optional(ErrorKind::WrongCredentials));
}

void TestVault::noKeychainFallsBackToPassphrase()
{
    MemoryKeyStore store;
    store.setAvailable(false);
    Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    const KeyStore::Result result = remember(*created.vault, store);
    QCOMPARE(result.status, KeyStore::Status::Unavailable);
    QVERIFY(result.message.contains(QLatin1String("passphrase")));
    created.vault.reset();
    const auto [loaded, key] = load(store, m_dir);
    QCOMPARE(loaded.status, KeyStore::Status::Unavailable);
    QVERIFY(loaded.message.contains(QLatin1String("no keychain")));
    QVERIFY(key.isEmpty());
    QVERIFY(Vault::open(m_dir, secret("pass")));
}

void TestVault::schemaIsMigratedAndVersioned()
{
    Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    const int latest = int(QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}).size());
    QVERIFY(latest >= 1);
    QCOMPARE(created.vault->schemaVersion(), latest);
    Statement version = created.vault->database().prepare("PRAGMA user_version;");
    QVERIFY(version.step());
    QCOMPARE(int(version.columnInt64(0)), latest);
    // Migration files are numbered 0001, 0002, ... without gaps.
    const QStringList files = QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (int i = 0; i < files.size(); ++i) {
        QCOMPARE(files.at(i).left(4).toInt(), i + 1);
    }
}

void TestVault::newerSchemaIsRefused()
{
    {
        Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
        created.vault->database().exec("PRAGMA user_version = 999;");
    }
    const QByteArray before = TestSupport::fingerprintOf(m_dir);
    try {
        Vault::open(m_dir, secret("pass"));
        QFAIL("opened a vault from the future");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Damaged);
        QVERIFY(error.message().contains(QLatin1String("newer version")));
    }
    QCOMPARE(TestSupport::fingerprintOf(m_dir), before);
}

void TestVault::nothingIsStoredInPlaintext()
{
    const QStringList identifiers = {QStringLiteral("+4915123456789"), QStringLiteral("4915123456789"),
                                     QStringLiteral("alice.example@example.org"), QStringLiteral("alice_in_chains")};
    {
        Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
        Database &db = created.vault->database();
        db.exec("CREATE TABLE probe_identifier (kind TEXT, value TEXT, hash BLOB);");
        const IdentifierHasher hasher(created.vault->identifierKey());
        Statement insert = db.prepare("INSERT INTO probe_identifier VALUES (?, ?, ?);");
        for (const QString &identifier : identifiers) {
            insert.bind(1, QStringLiteral("probe")).bind(2, identifier)
                .bindBlob(3, hasher.hash(IdentifierKind::Phone, identifier)).run();
        }
        BreachCatalog(db).updateFromBundled();
    }
    const QByteArray everything = TestSupport::allBytesBelow(m_dir);
    QVERIFY(everything.size() > 100000);
    for (const QString &identifier : identifiers) {
        QVERIFY2(!everything.contains(identifier.toUtf8()), qPrintable(identifier));
        QVERIFY2(!everything.contains(QByteArray(reinterpret_cast<const char *>(identifier.utf16()),
                                                 identifier.size() * 2)),
                 qPrintable(identifier));
    }
    // Nor the catalog, nor SQLite's own header: the whole file is ciphertext.
    QVERIFY(!everything.contains("Facebook"));
    QVERIFY(!everything.contains("SQLite format 3"));
}

void TestVault::emptyCutShortOrForeignDatabaseIsDamagedAndUntouched_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("cut mid-page") << QStringLiteral("1000");
    QTest::newRow("cut to half its pages") << QStringLiteral("half");
    QTest::newRow("cut to its first page") << QStringLiteral("4096");
    QTest::newRow("random bytes") << QStringLiteral("foreign");
    QTest::newRow("another vault's database") << QStringLiteral("other");
}

void TestVault::emptyCutShortOrForeignDatabaseIsDamagedAndUntouched()
{
    // An empty vault.db used to become a new, empty vault: people and imports gone
    // without a word. A vault's header says its database must be there, whole.
    QFETCH(QString, change);
    Vault::create(m_dir, secret("correct horse"), KdfParams::minimum());
    const QString path = Vault::databasePath(m_dir);
    QFile db(path);
    if (change == QLatin1String("empty")) {
        TestSupport::writeFile(path, QByteArray());
    } else if (change == QLatin1String("missing")) {
        QVERIFY(db.remove());
    } else if (change == QLatin1String("half")) {
        QVERIFY(db.resize(db.size() / 2 / 4096 * 4096));
    } else if (change == QLatin1String("foreign")) {
        QByteArray noise(3 * 4096, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        TestSupport::writeFile(path, noise);
    } else if (change == QLatin1String("other")) {
        const QString other = m_temp->filePath(QStringLiteral("other"));
        Vault::create(other, secret("correct horse"), KdfParams::minimum());
        QVERIFY(db.remove());
        QVERIFY(QFile::copy(Vault::databasePath(other), path));
    } else {
        QVERIFY(db.resize(change.toInt()));
    }
    const QByteArray before = TestSupport::fingerprintOf(m_dir);
    QCOMPARE(failureOf([&] { VaultSession::open(m_dir, secret("correct horse")); }), std::optional(ErrorKind::Damaged));
    QCOMPARE(TestSupport::fingerprintOf(m_dir), before);
    QCOMPARE(QFileInfo::exists(path), change != QLatin1String("missing"));
}

void TestVault::folderOthersCanWriteToIsRefused()
{
    Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    const QFile::Permissions mine = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    for (const QFile::Permissions others : {QFile::Permissions(QFile::WriteGroup | QFile::ExeGroup),
                                            QFile::Permissions(QFile::WriteOther | QFile::ExeOther)}) {
        QVERIFY(QFile::setPermissions(m_dir, mine | others));
        const QByteArray before = TestSupport::fingerprintOf(m_dir);
        QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("pass")); }), std::optional(ErrorKind::Damaged));
        QCOMPARE(TestSupport::fingerprintOf(m_dir), before);
    }
    // Others may read and enter the folder (its files are 0600): not a reason to refuse.
    QVERIFY(QFile::setPermissions(m_dir, mine | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(Vault::open(m_dir, secret("pass")));
}

void TestVault::everythingIsPrivateFromTheStart()
{
    // Under a permissive umask, nothing is readable by others at any moment: files are
    // made private when created, not tightened at the end.
    const mode_t previous = ::umask(0);
    Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    created.vault->database().exec("BEGIN IMMEDIATE; INSERT INTO meta(key, value) VALUES ('probe', 'x');");
    const QString journal = Vault::databasePath(m_dir) + QStringLiteral("-journal");
    const QStringList files = {Vault::headerPath(m_dir), Vault::databasePath(m_dir), m_dir + QStringLiteral("/vault.lock"), journal};
    QMap<QString, QFile::Permissions> permissions;
    for (const QString &file : files) {
        permissions.insert(file, QFileInfo(file).permissions());
    }
    created.vault->database().exec("ROLLBACK;");
    ::umask(previous);

    const QFile::Permissions user = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    QCOMPARE(QFileInfo(m_dir).permissions() & ~user, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const QString &file : files) {
        QVERIFY2(QFileInfo::exists(file) || file == journal, qPrintable(file));
        if (QFileInfo::exists(file) || permissions.value(file)) {
            QVERIFY2((permissions.value(file) & ~user) == (QFile::ReadOwner | QFile::WriteOwner), qPrintable(file));
        }
    }
}

void TestVault::worldWritableFolderIsMadePrivate()
{
    QVERIFY(QDir().mkpath(m_dir));
    QVERIFY(QFile::setPermissions(m_dir, QFile::Permissions(0x7777)));
    Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    const QFile::Permissions user = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    QCOMPARE(QFileInfo(m_dir).permissions() & ~user, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestVault::readableVaultIsMadePrivateOnOpen()
{
    // Issue 21, finding 10: a vault that had become readable by others (copied, put back from a
    // backup, a chmod) stayed so; it is made private again when it opens, and says so.
    Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    const QStringList files = {Vault::headerPath(m_dir), Vault::databasePath(m_dir)};
    QVERIFY(QFile::setPermissions(m_dir, QFile::Permissions(0x7755)));
    for (const QString &file : files) {
        QVERIFY(QFile::setPermissions(file, QFile::Permissions(0x6644)));
    }
    // A wrong passphrase changes nothing, permissions included.
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("wrong")); }), std::optional(ErrorKind::WrongCredentials));
    QCOMPARE(QFileInfo(m_dir).permissions() & QFile::ReadOther, QFile::ReadOther);
    std::unique_ptr<Vault> vault = Vault::open(m_dir, secret("pass"));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(m_dir).permissions() & others, QFile::Permissions());
    for (const QString &file : files) {
        QCOMPARE(QFileInfo(file).permissions() & others, QFile::Permissions());
    }
    QCOMPARE(vault->notices().size(), 1);
    const QString notice = vault->notices().constFirst();
    QVERIFY2(notice.contains(m_dir) && notice.contains(QLatin1String("the folder, vault.db, vault.header")), qPrintable(notice));
    vault.reset();
    QCOMPARE(Vault::open(m_dir, secret("pass"))->notices(), QStringList()); // nothing more to say
}

void TestVault::failedCreateLeavesNothingBehind()
{
    // Fails after the folder, the lock and the keys exist: a key strength out of range.
    const KdfParams tooWeak{KdfParams::minimum().opsLimit, 1024};
    QCOMPARE(failureOf([&] { Vault::create(m_dir, secret("pass"), tooWeak); }), std::optional(ErrorKind::Usage));
    QVERIFY(!QFileInfo::exists(m_dir));
    // A folder that was there before stays, empty.
    QVERIFY(QDir().mkpath(m_dir));
    QCOMPARE(failureOf([&] { Vault::create(m_dir, secret("pass"), tooWeak); }), std::optional(ErrorKind::Usage));
    QVERIFY(QDir(m_dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
    QVERIFY(Vault::create(m_dir, secret("pass"), KdfParams::minimum()).vault);
}

void TestVault::discardedVaultLeavesNothingBehind()
{
    Vault::Created created = Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    Vault::discardCreated(std::move(created.vault));
    QVERIFY(!QFileInfo::exists(m_dir));
    // Only a vault just created can be discarded, never one that was opened.
    Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    QCOMPARE(failureOf([&] { Vault::discardCreated(Vault::open(m_dir, secret("pass"))); }), std::optional(ErrorKind::Usage));
    QVERIFY(Vault::existsAt(m_dir));
}

void TestVault::leftoverSpillFilesAreRemovedOnOpen()
{
    Vault::create(m_dir, secret("pass"), KdfParams::minimum());
    const QString temporary = Vault::temporaryDirectory(m_dir);
    QVERIFY(QDir().mkpath(temporary));
    TestSupport::writeFile(temporary + QStringLiteral("/import-4242-7.part"), QByteArray(4096, 'x'));
    const QString halfWrittenHeader = Vault::headerPath(m_dir) + QStringLiteral(".new-4242");
    TestSupport::writeFile(halfWrittenHeader, "{\"format\":");
    // A wrong passphrase writes nothing, not even the clean-up.
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("wrong")); }), std::optional(ErrorKind::WrongCredentials));
    QCOMPARE(QDir(temporary).entryList(QDir::Files).size(), 1);
    QVERIFY(Vault::open(m_dir, secret("pass")));
    QVERIFY(QDir(temporary).entryList(QDir::Files).isEmpty());
    QVERIFY(!QFileInfo::exists(halfWrittenHeader));
}

void TestVault::typedPassphraseIsNormalized()
{
    // The same text typed on a Mac (decomposed) and on Linux or Windows (composed).
    Vault::create(m_dir, secret("Gr\xC3\xBC\xC3\x9F Gott, Andr\xC3\xA9"), KdfParams::minimum());
    QVERIFY(Vault::open(m_dir, secret("Gru\xCC\x88\xC3\x9F Gott, Andre\xCC\x81")));
    QVERIFY(Vault::open(m_dir, secret("Gr\xC3\xBC\xC3\x9F Gott, Andr\xC3\xA9")));
    QCOMPARE(failureOf([&] { Vault::open(m_dir, secret("Gruss Gott, Andre")); }), std::optional(ErrorKind::WrongCredentials));
}

void TestVault::keyStoreKeepsItsOwnCopyAndWipesShared()
{
    // A store keeps a copy in secure memory: the caller's key can be gone.
    MemoryKeyStore store;
    {
        SecureBuffer key = SecureBuffer::copyOf("0123456789abcdef0123456789abcdef", 32);
        store.store(QStringLiteral("vault"), key, [](const KeyStore::Result &) {});
    }
    SecureBuffer loaded;
    store.load(QStringLiteral("vault"), [&](const KeyStore::Result &, SecureBuffer key) { loaded = std::move(key); });
    QCOMPARE(QByteArray(loaded.chars(), qsizetype(loaded.size())), QByteArray("0123456789abcdef0123456789abcdef"));
    store.remove(QStringLiteral("vault"), [](const KeyStore::Result &) {});
    store.load(QStringLiteral("vault"), [&](const KeyStore::Result &result, SecureBuffer) { QCOMPARE(result.status, KeyStore::Status::NotFound); });

    // QtKeychain's API takes a QByteArray and its job keeps a shared copy: wiping ours
    // wipes the job's too (what OsKeyStore does when the job ends).
    QByteArray handedOver("0123456789abcdef0123456789abcdef");
    const QByteArray jobsCopy = handedOver; // shared, as QtKeychain's job holds it
    wipeShared(handedOver);
    QCOMPARE(jobsCopy, QByteArray(32, '\0'));
}

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
