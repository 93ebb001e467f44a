#include "Vault.h"

#include "Error.h"
#include "KeyStore.h"
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <optional>

#if defined(Q_OS_UNIX)
#include <sys/file.h>
#include <sys/stat.h>
#endif

namespace BreachAdvisor {

namespace {

constexpr char kHeaderFile[] = "vault.header";
constexpr char kDatabaseFile[] = "vault.db";
constexpr char kLockFile[] = "vault.lock";
constexpr char kTemporaryFolder[] = "tmp";
constexpr char kIdentifierKeyName[] = "identifier_key";
constexpr QFile::Permissions kPrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOthers =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// Schema migrations are data: resources/schema/NNNN-what.sql, applied in order.
QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &file : files) {
        file.prepend(QStringLiteral(":/schema/"));
    }
    return files;
}

// Files made while it lives are private whatever the process's umask (QLockFile has no
// permissions parameter). Process-wide, so held only around one creation.
class PrivateUmask
{
public:
    PrivateUmask()
    {
#if defined(Q_OS_UNIX)
        m_previous = unsigned(::umask(077));
#endif
    }
    ~PrivateUmask()
    {
#if defined(Q_OS_UNIX)
        ::umask(mode_t(m_previous));
#endif
    }
    PrivateUmask(const PrivateUmask &) = delete;
    PrivateUmask &operator=(const PrivateUmask &) = delete;

private:
    unsigned m_previous = 0;
};

// Whoever else can write to the folder could have swapped the header or the database.
void requirePrivateFolder(const QString &directory)
{
    if (QFileInfo(directory).permissions() & (QFile::WriteGroup | QFile::WriteOther)) {
        throw Error(ErrorKind::Damaged, QCoreApplication::translate("Vault", "Other users can write to the vault folder %1, so its files cannot be "
                                                                             "trusted. Make it yours alone (chmod 700), check its files, and try "
                                                                             "again. The vault was left untouched.")
                                            .arg(directory));
    }
}

// 0700, whatever the folder was; refused when that cannot be done (someone else's folder).
void makePrivate(const QString &directory)
{
    if (!QFile::setPermissions(directory, kPrivateFolder) || (QFileInfo(directory).permissions() & kOthers)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "The folder %1 cannot be made private to you (is it someone else's?). "
                                                                           "Choose another folder for the vault.")
                                          .arg(directory));
    }
}

// How old (ms) an empty vault.lock that no process holds is; nothing when it names a
// process or one holds it.
std::optional<qint64> unheldEmptyLockAge(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 0) {
        return std::nullopt;
    }
#if defined(Q_OS_UNIX)
    // QLockFile also holds an flock on the file while it owns it.
    if (::flock(file.handle(), LOCK_EX | LOCK_NB) != 0) {
        return std::nullopt;
    }
    ::flock(file.handle(), LOCK_UN);
#endif
    return file.fileTime(QFileDevice::FileModificationTime).msecsTo(QDateTime::currentDateTime());
}

// A lock file that names no process and that no process holds: what a program killed
// between creating vault.lock and writing its process id into it leaves (QLockFile
// creates the file, then locks and writes). With a stale-lock time of 0, QLockFile never
// takes it over, and the vault could not be opened again. A second's age rules out a
// program that is between those two steps right now: a younger one is waited for (at most
// that second) and looked at again, so that opening right after a crash works instead of
// naming "process 0".
bool isAbandonedLock(const QString &path)
{
    constexpr qint64 kSettleMs = 1000;
    std::optional<qint64> age = unheldEmptyLockAge(path);
    if (age && *age < kSettleMs) {
        QThread::msleep(static_cast<unsigned long>(kSettleMs - std::max<qint64>(*age, 0)));
        age = unheldEmptyLockAge(path);
    }
    return age && *age >= kSettleMs;
}

// What create() may have made, for a create that failed or whose recovery key could not be shown.
void removeCreatedFiles(const QString &directory, bool removeFolder)
{
    for (const char *name : {kHeaderFile, kDatabaseFile, "vault.db-journal", kLockFile}) {
        QFile::remove(directory + QLatin1Char('/') + QLatin1String(name));
    }
    QDir(Vault::temporaryDirectory(directory)).removeRecursively();
    if (removeFolder) {
        QDir().rmdir(directory); // only when empty: anything else in it is not ours
    }
}

// A vault made private once may have become readable since (copied, put back from a
// backup, a chmod): the folder and everything in it are made the owner's alone again, and
// the person is told; also what cannot be (someone else's file). Links are not followed.
QStringList makeEverythingPrivate(const QString &directory)
{
    QStringList madePrivate;
    QStringList notices;
    const auto keepToOwner = [&](const QString &path, const QString &name) {
        switch (PrivateFile::keepToOwner(path)) {
        case PrivateFile::Access::Private: break;
        case PrivateFile::Access::MadePrivate: madePrivate << name; break;
        case PrivateFile::Access::CannotBeMadePrivate:
            notices << QCoreApplication::translate("Vault", "Other users can read %1, and it cannot be made private to you (is it someone else's?).")
                           .arg(path);
            break;
        }
    };
    keepToOwner(QFileInfo(directory).canonicalFilePath(), QCoreApplication::translate("Vault", "the folder"));
    const QDir::Filters everything = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;
    for (const QFileInfo &entry : QDir(directory).entryInfoList(everything, QDir::Name)) {
        keepToOwner(entry.filePath(), entry.fileName());
    }
    if (!madePrivate.isEmpty()) {
        notices.prepend(QCoreApplication::translate("Vault", "Other users could read the vault in %1 (%2): it is now private to you.")
                            .arg(directory, madePrivate.join(QLatin1String(", "))));
    }
    return notices;
}

// What a killed process left: an import's spill files (useless without the key that
// died with it) and a header it was about to put in place. A file that cannot be
// removed now is tried again at the next open.
void removeTemporaryFiles(const QString &directory)
{
    const QString temporary = Vault::temporaryDirectory(directory);
    for (const QString &name : QDir(temporary).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile::remove(temporary + QLatin1Char('/') + name);
    }
    for (const QString &name : QDir(directory).entryList({QLatin1String(kHeaderFile) + QStringLiteral(".new-*")}, QDir::Files | QDir::Hidden)) {
        QFile::remove(directory + QLatin1Char('/') + name);
    }
}

SecureBuffer unwrapOrEmpty(const QByteArray &wrapped, const SecureBuffer &wrappingKey, const QByteArray &additionalData)
{
    try {
        return VaultKeys::unwrap(wrapped, wrappingKey, additionalData);
    } catch (const Error &error) {
        if (error.kind() != ErrorKind::WrongCredentials) {
            throw;
        }
        return {};
    }
}

SecureBuffer tryPassphrase(const VaultHeader &header, const VaultHeader::PassphraseSlot &slot, const SecureBuffer &typed,
                           const SecureBuffer &normalized)
{
    const SecureBuffer key = VaultKeys::deriveFromPassphrase(slot.normalized ? normalized : typed, slot.salt, slot.kdf);
    return unwrapOrEmpty(slot.wrappedKey, key, header.additionalData("passphrase"));
}

SecureBuffer tryRecoveryKey(const VaultHeader &header, const VaultHeader::RecoverySlot &slot, const SecureBuffer &recoveryKey)
{
    return unwrapOrEmpty(slot.wrappedKey, VaultKeys::deriveFromRecoveryKey(recoveryKey, slot.salt), header.additionalData("recovery"));
}

VaultHeader::PassphraseSlot passphraseSlot(const VaultHeader &header, const SecureBuffer &dataKey, const SecureBuffer &passphrase,
                                           const KdfParams &kdf)
{
    if (passphrase.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "The passphrase must not be empty."));
    }
    if (!kdf.isAcceptable()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "That key strength is out of the range this version accepts."));
    }
    VaultHeader::PassphraseSlot slot;
    slot.kdf = kdf;
    slot.salt = VaultKeys::randomSalt();
    slot.normalized = true;
    const SecureBuffer passKey = VaultKeys::deriveFromPassphrase(VaultKeys::normalizePassphrase(passphrase), slot.salt, kdf);
    slot.wrappedKey = VaultKeys::wrap(dataKey, passKey, header.additionalData("passphrase"));
    return slot;
}

VaultHeader::RecoverySlot recoverySlot(const VaultHeader &header, const SecureBuffer &dataKey, const SecureBuffer &recoveryKey)
{
    VaultHeader::RecoverySlot slot{VaultKeys::randomSalt(), {}};
    slot.wrappedKey = VaultKeys::wrap(dataKey, VaultKeys::deriveFromRecoveryKey(recoveryKey, slot.salt), header.additionalData("recovery"));
    return slot;
}

Error wrongCredentials()
{
    return Error(ErrorKind::WrongCredentials, QCoreApplication::translate("Vault", "The passphrase or key is not correct for this vault."));
}

} // namespace

Vault::Vault(QString directory, std::unique_ptr<QLockFile> lock, VaultHeader header, SecureBuffer dataKey, Database db)
    : m_directory(std::move(directory))
    , m_lock(std::move(lock))
    , m_header(std::move(header))
    , m_dataKey(std::move(dataKey))
    , m_db(std::move(db))
{
    migrate();
    loadIdentifierKey();
}

Vault::~Vault() = default;

QString Vault::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/breach-advisor/vault");
}

bool Vault::existsAt(const QString &directory)
{
    return QFile::exists(headerPath(directory));
}

QString Vault::headerPath(const QString &directory)
{
    return directory + QLatin1Char('/') + QLatin1String(kHeaderFile);
}

QString Vault::databasePath(const QString &directory)
{
    return directory + QLatin1Char('/') + QLatin1String(kDatabaseFile);
}

QString Vault::temporaryDirectory(const QString &directory)
{
    return directory + QLatin1Char('/') + QLatin1String(kTemporaryFolder);
}

std::unique_ptr<QLockFile> Vault::lockDirectory(const QString &directory)
{
    auto lock = std::make_unique<QLockFile>(directory + QLatin1Char('/') + QLatin1String(kLockFile));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    bool locked = false;
    {
        const PrivateUmask privateFiles;
        locked = lock->tryLock(0);
        if (!locked && lock->error() == QLockFile::LockFailedError && isAbandonedLock(lock->fileName())) {
            lock->removeStaleLockFile();
            locked = lock->tryLock(0);
        }
    }
    if (!locked) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString app;
            lock->getLockInfo(&pid, &host, &app);
            throw Error(ErrorKind::VaultInUse,
                        QCoreApplication::translate("Vault", "This vault is open in another program (process %1). Close it there first.").arg(pid));
        }
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Vault", "Cannot lock the vault in %1: the folder is not writable, or the disk is "
                                                                              "full. The vault was left untouched.")
                                             .arg(directory));
    }
    return lock;
}

Database Vault::openDatabase(const QString &directory, const SecureBuffer &dataKey, Database::Mode mode)
{
    Database db = Database::open(databasePath(directory), VaultKeys::deriveSubkey(dataKey, VaultKeys::Subkey::Database), mode);
    if (mode == Database::Mode::OpenExisting) {
        // A vault's database has its schema from the moment the vault exists.
        Statement version = db.prepare("PRAGMA user_version;");
        if (!version.step() || version.columnInt64(0) <= 0) {
            throw Error(ErrorKind::Damaged, QCoreApplication::translate("Vault", "%1 holds no vault data: it is damaged or not this vault's database. "
                                                                                 "It was left untouched.")
                                                .arg(databasePath(directory)));
        }
    }
    return db;
}

Vault::Created Vault::create(const QString &directory, const SecureBuffer &passphrase, const KdfParams &kdf)
{
    if (passphrase.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "The passphrase must not be empty."));
    }
    Database::requireSqlCipher(); // before anything is written
    QDir dir(directory);
    const bool folderExisted = dir.exists();
    QStringList present = folderExisted ? dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System) : QStringList();
    present.removeOne(QLatin1String(kPasswordListFile)); // imported before there was a vault
    if (!present.isEmpty()) {
        throw Error(ErrorKind::Usage,
                    existsAt(directory) ? QCoreApplication::translate("Vault", "There is already a vault in %1.").arg(directory)
                                        : QCoreApplication::translate("Vault", "%1 is not empty: choose an empty or new folder for the vault.")
                                              .arg(directory));
    }
    if (!folderExisted
        && (!QDir().mkpath(QFileInfo(directory).absolutePath()) || !QDir().mkdir(directory, kPrivateFolder))) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Vault", "Cannot create the folder %1.").arg(directory));
    }
    try {
        makePrivate(directory);
        auto lock = lockDirectory(directory);

        VaultHeader header;
        header.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SecureBuffer dataKey = SecureBuffer::random(VaultKeys::kKeySize);
        header.passphrase = passphraseSlot(header, dataKey, passphrase, kdf);
        const SecureBuffer recoveryKey = SecureBuffer::random(VaultKeys::kRecoveryKeySize);
        header.recovery = recoverySlot(header, dataKey, recoveryKey);

        // Database first, header last: a half-made vault has no header and is not a vault.
        Database db = openDatabase(directory, dataKey, Database::Mode::Create);
        std::unique_ptr<Vault> vault(new Vault(directory, std::move(lock), header, std::move(dataKey), std::move(db)));
        vault->m_created = true;
        vault->m_createdFolder = !folderExisted;
        header.save(headerPath(directory));
        return {std::move(vault), VaultKeys::formatRecoveryKey(recoveryKey)};
    } catch (...) {
        removeCreatedFiles(directory, !folderExisted); // the vault and its lock are closed by now
        throw;
    }
}

void Vault::discardCreated(std::unique_ptr<Vault> vault)
{
    if (!vault || !vault->m_created) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "Only a vault that was just created can be discarded."));
    }
    const QString directory = vault->m_directory;
    const bool removeFolder = vault->m_createdFolder;
    vault.reset();
    removeCreatedFiles(directory, removeFolder);
}

std::unique_ptr<Vault> Vault::open(const QString &directory, const SecureBuffer &passphrase)
{
    const SecureBuffer normalized = VaultKeys::normalizePassphrase(passphrase);
    return unlock(directory, [&](const VaultHeader &header) {
        Unwrapped keys;
        keys.current = tryPassphrase(header, header.passphrase, passphrase, normalized);
        if (header.rekey) {
            keys.next = tryPassphrase(header, header.rekey->passphrase, passphrase, normalized);
        }
        return keys;
    });
}

std::unique_ptr<Vault> Vault::openWithRecoveryKey(const QString &directory, std::string_view recoveryKeyText)
{
    const SecureBuffer recoveryKey = VaultKeys::parseRecoveryKey(recoveryKeyText);
    return unlock(directory, [&](const VaultHeader &header) {
        if (!header.recovery && !header.rekey) {
            throw Error(ErrorKind::WrongCredentials, QCoreApplication::translate("Vault", "This vault has no recovery key."));
        }
        Unwrapped keys;
        if (header.recovery) {
            keys.current = tryRecoveryKey(header, *header.recovery, recoveryKey);
        }
        if (header.rekey) {
            keys.next = tryRecoveryKey(header, header.rekey->recovery, recoveryKey);
        }
        return keys;
    });
}

std::unique_ptr<Vault> Vault::openRemembered(const QString &directory, SecureBuffer rememberedKey)
{
    if (rememberedKey.size() != VaultKeys::kKeySize) {
        throw Error(ErrorKind::WrongCredentials, QCoreApplication::translate("Vault", "The key remembered for this vault is not valid."));
    }
    return unlock(
        directory, [&rememberedKey](const VaultHeader &) { return Unwrapped{std::move(rememberedKey), {}}; }, true);
}

QString Vault::vaultIdAt(const QString &directory)
{
    return VaultHeader::load(headerPath(directory)).vaultId;
}

std::unique_ptr<Vault> Vault::unlock(const QString &directory, const Unwrap &unwrap, bool remembered)
{
    Database::requireSqlCipher();
    VaultHeader::load(headerPath(directory)); // "no vault here" or "damaged" before anything else
    requirePrivateFolder(directory);
    auto lock = lockDirectory(directory);
    VaultHeader header = VaultHeader::load(headerPath(directory)); // re-read under the lock
    Unwrapped keys = unwrap(header);
    if (keys.current.isEmpty() && keys.next.isEmpty()) {
        throw wrongCredentials();
    }
    std::unique_ptr<Vault> vault = openUnlocked(directory, std::move(lock), std::move(header), std::move(keys), remembered);
    removeTemporaryFiles(directory);
    vault->m_notices = makeEverythingPrivate(directory);
    return vault;
}

std::unique_ptr<Vault> Vault::openUnlocked(const QString &directory, std::unique_ptr<QLockFile> lock, VaultHeader header,
                                           Unwrapped keys, bool remembered)
{
    if (!keys.next.isEmpty()) {
        // The new credentials of an unfinished re-key: the database is under the next key
        // once its re-encryption committed, else still under the previous one.
        SecureBuffer previous = VaultKeys::unwrap(header.rekey->previousKey, keys.next, header.additionalData("previous"));
        try {
            Database db = openDatabase(directory, keys.next, Database::Mode::OpenExisting);
            std::unique_ptr<Vault> vault(new Vault(directory, std::move(lock), std::move(header), std::move(keys.next), std::move(db)));
            vault->promoteRekey();
            return vault;
        } catch (const Error &error) {
            if (error.kind() != ErrorKind::Damaged || !lock) {
                throw;
            }
        }
        Database db = openDatabase(directory, previous, Database::Mode::OpenExisting);
        std::unique_ptr<Vault> vault(new Vault(directory, std::move(lock), std::move(header), std::move(previous), std::move(db)));
        vault->m_nextDataKey = std::move(keys.next);
        vault->finishRekey();
        return vault;
    }
    try {
        Database db = openDatabase(directory, keys.current, Database::Mode::OpenExisting);
        return std::unique_ptr<Vault>(new Vault(directory, std::move(lock), std::move(header), std::move(keys.current), std::move(db)));
    } catch (const Error &error) {
        // A key that decrypts nothing after a re-key committed: stale, not damage.
        if (error.kind() == ErrorKind::Damaged && remembered) {
            throw Error(ErrorKind::WrongCredentials, QCoreApplication::translate("Vault", "The key remembered for this vault no longer fits it."));
        }
        if (error.kind() == ErrorKind::Damaged && header.rekey) {
            throw Error(ErrorKind::WrongCredentials, QCoreApplication::translate("Vault", "This passphrase or recovery key was replaced when the "
                                                                                          "vault was re-keyed."));
        }
        throw;
    }
}

void Vault::saveHeader(VaultHeader header)
{
    header.save(headerPath(m_directory));
    m_header = std::move(header);
}

void Vault::changePassphrase(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &newKdf)
{
    VaultHeader updated = m_header;
    updated.passphrase = passphraseSlot(updated, m_dataKey, newPassphrase, newKdf.value_or(m_header.passphrase.kdf));
    saveHeader(std::move(updated));
}

SecureBuffer Vault::prepareRecoveryKey()
{
    m_preparedRecoveryKey = SecureBuffer::random(VaultKeys::kRecoveryKeySize);
    return VaultKeys::formatRecoveryKey(m_preparedRecoveryKey);
}

void Vault::finishRecoveryKey()
{
    if (m_preparedRecoveryKey.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "No new recovery key has been prepared."));
    }
    VaultHeader updated = m_header;
    updated.recovery = recoverySlot(updated, m_dataKey, m_preparedRecoveryKey);
    saveHeader(std::move(updated));
    m_preparedRecoveryKey = SecureBuffer();
}

SecureBuffer Vault::prepareRekey(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &kdf)
{
    pinIdentifierKey(); // the index's hashes must outlive the data key they were derived from
    SecureBuffer next = SecureBuffer::random(VaultKeys::kKeySize);
    const SecureBuffer recoveryKey = SecureBuffer::random(VaultKeys::kRecoveryKeySize);
    // Kept in memory only: the header learns of the new keys in commitRekey, once the
    // person has the new recovery key.
    m_preparedRekey = VaultHeader::Rekey{passphraseSlot(m_header, next, newPassphrase, kdf.value_or(m_header.passphrase.kdf)),
                                         recoverySlot(m_header, next, recoveryKey),
                                         VaultKeys::wrap(m_dataKey, next, m_header.additionalData("previous"))};
    m_nextDataKey = std::move(next);
    return VaultKeys::formatRecoveryKey(recoveryKey);
}

void Vault::commitRekey()
{
    if (!m_preparedRekey) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "No re-key has been prepared."));
    }
    VaultHeader updated = m_header;
    updated.rekey = m_preparedRekey;
    saveHeader(std::move(updated));
    m_preparedRekey.reset();
}

void Vault::finishRekey()
{
    if (m_preparedRekey) {
        commitRekey();
    }
    if (!m_header.rekey || m_nextDataKey.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "No re-key has been prepared."));
    }
    std::optional<Error> failure;
    try {
        m_db.rekey(VaultKeys::deriveSubkey(m_nextDataKey, VaultKeys::Subkey::Database));
    } catch (const Error &error) {
        failure = error;
    }
    // Whatever SQLCipher said, the file tells: reopened under the next key if the
    // re-encryption committed, else under the current one, as it was.
    m_db.close();
    try {
        m_db = openDatabase(m_directory, m_nextDataKey, Database::Mode::OpenExisting);
    } catch (const Error &) {
        m_db = openDatabase(m_directory, m_dataKey, Database::Mode::OpenExisting);
        throw failure.value_or(Error(ErrorKind::Internal, QCoreApplication::translate("Vault", "The database could not be re-encrypted. It is "
                                                                                                "under its old key and opens as before.")));
    }
    m_dataKey = std::move(m_nextDataKey);
    m_nextDataKey = SecureBuffer();
    promoteRekey();
}

void Vault::promoteRekey()
{
    VaultHeader updated = m_header;
    updated.passphrase = updated.rekey->passphrase;
    updated.recovery = updated.rekey->recovery;
    updated.rekey.reset();
    saveHeader(std::move(updated));
}

void Vault::cancelRekey()
{
    if (m_preparedRekey) {
        m_preparedRekey.reset(); // never written: nothing to undo on disk
        m_nextDataKey = SecureBuffer();
        return;
    }
    if (!m_header.rekey) {
        return;
    }
    VaultHeader updated = m_header;
    updated.rekey.reset();
    saveHeader(std::move(updated));
    m_nextDataKey = SecureBuffer();
}

void Vault::remember(KeyStore &store, KeyStore::Done done) const
{
    store.store(m_header.vaultId, m_dataKey, std::move(done));
}

void Vault::forget(KeyStore &store, KeyStore::Done done) const
{
    store.remove(m_header.vaultId, std::move(done));
}

SecureBuffer Vault::identifierKey() const
{
    return SecureBuffer::copyOf(m_identifierKey.data(), m_identifierKey.size());
}

void Vault::loadIdentifierKey()
{
    Statement query = m_db.prepare("SELECT value FROM meta WHERE key = ?;");
    query.bind(1, QString::fromLatin1(kIdentifierKeyName));
    if (!query.step()) {
        m_identifierKey = VaultKeys::deriveSubkey(m_dataKey, VaultKeys::Subkey::IdentifierHmac);
        return;
    }
    SecureBuffer key = query.columnSecret(0);
    if (key.size() != VaultKeys::kKeySize) {
        throw Error(ErrorKind::Damaged, QCoreApplication::translate("Vault", "The vault's identifier key has the wrong size: the vault is damaged."));
    }
    m_identifierKey = std::move(key);
}

void Vault::pinIdentifierKey()
{
    Statement insert = m_db.prepare("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?);");
    insert.bind(1, QString::fromLatin1(kIdentifierKeyName)).bindBlob(2, m_identifierKey.data(), int(m_identifierKey.size()));
    insert.run();
}

void Vault::migrate()
{
    Statement versionQuery = m_db.prepare("PRAGMA user_version;");
    versionQuery.step();
    const int current = int(versionQuery.columnInt64(0));
    const QStringList files = migrationFiles();
    const int latest = int(files.size());
    if (current > latest) {
        throw Error(ErrorKind::Damaged, QCoreApplication::translate("Vault", "This vault was made by a newer version of Breach Advisor (schema %1; "
                                                                             "this version knows %2). Update the app to open it.")
                                            .arg(current)
                                            .arg(latest));
    }
    for (int version = current + 1; version <= latest; ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::Internal, QCoreApplication::translate("Vault", "The schema file %1 is missing from this build.").arg(file.fileName()));
        }
        const QByteArray sql = file.readAll() + "\nPRAGMA user_version = " + QByteArray::number(version) + ";";
        Transaction transaction(m_db);
        m_db.exec(sql.constData());
        transaction.commit();
    }
    m_schemaVersion = latest;
}

} // namespace BreachAdvisor
