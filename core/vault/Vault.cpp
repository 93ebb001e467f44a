#include "Vault.h"

#include "Error.h"
#include "KeyStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace BreachAdvisor {

namespace {

constexpr char kHeaderFile[] = "vault.header";
constexpr char kDatabaseFile[] = "vault.db";
constexpr char kLockFile[] = "vault.lock";

// Schema migrations are data: resources/schema/NNNN-what.sql, applied in order.
QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &file : files) {
        file.prepend(QStringLiteral(":/schema/"));
    }
    return files;
}

} // namespace

Vault::Vault(QString directory, std::unique_ptr<QLockFile> lock, VaultHeader header, SecureBuffer dataKey,
             Database::Mode mode)
    : m_directory(std::move(directory))
    , m_lock(std::move(lock))
    , m_header(std::move(header))
    , m_dataKey(std::move(dataKey))
{
    const SecureBuffer databaseKey = VaultKeys::deriveSubkey(m_dataKey, VaultKeys::Subkey::Database);
    m_db = Database::open(databasePath(m_directory), databaseKey, mode);
    migrate();
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

std::unique_ptr<QLockFile> Vault::lockDirectory(const QString &directory)
{
    auto lock = std::make_unique<QLockFile>(directory + QLatin1Char('/') + QLatin1String(kLockFile));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString app;
            lock->getLockInfo(&pid, &host, &app);
            throw Error(ErrorKind::VaultInUse,
                        QCoreApplication::translate("Vault", "This vault is open in another program (process %1). Close it there first.").arg(pid));
        }
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Vault", "Cannot lock the vault in %1: the folder is not writable.").arg(directory));
    }
    return lock;
}

Vault::Created Vault::create(const QString &directory, const SecureBuffer &passphrase, const KdfParams &kdf)
{
    if (passphrase.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "The passphrase must not be empty."));
    }
    QDir dir(directory);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        throw Error(ErrorKind::Usage,
                    existsAt(directory) ? QCoreApplication::translate("Vault", "There is already a vault in %1.").arg(directory)
                                        : QCoreApplication::translate("Vault", "%1 is not empty: choose an empty or new folder for the vault.")
                                              .arg(directory));
    }
    if (!dir.mkpath(QStringLiteral("."))) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Vault", "Cannot create the folder %1.").arg(directory));
    }
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto lock = lockDirectory(directory);

    VaultHeader header;
    header.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SecureBuffer dataKey = SecureBuffer::random(VaultKeys::kKeySize);

    header.passphrase.kdf = kdf;
    header.passphrase.salt = VaultKeys::randomSalt();
    const SecureBuffer passKey = VaultKeys::deriveFromPassphrase(passphrase, header.passphrase.salt, kdf);
    header.passphrase.wrappedKey = VaultKeys::wrap(dataKey, passKey, header.additionalData("passphrase"));

    const SecureBuffer recoveryKey = SecureBuffer::random(VaultKeys::kRecoveryKeySize);
    VaultHeader::RecoverySlot recovery{VaultKeys::randomSalt(), {}};
    recovery.wrappedKey = VaultKeys::wrap(dataKey, VaultKeys::deriveFromRecoveryKey(recoveryKey, recovery.salt),
                                          header.additionalData("recovery"));
    header.recovery = recovery;

    // Database first, header last: a half-made vault has no header and is not a vault.
    std::unique_ptr<Vault> vault(new Vault(directory, std::move(lock), header, std::move(dataKey),
                                           Database::Mode::Create));
    header.save(headerPath(directory));
    for (const QString &file : {headerPath(directory), databasePath(directory)}) {
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
    return {std::move(vault), VaultKeys::formatRecoveryKey(recoveryKey)};
}

std::unique_ptr<Vault> Vault::open(const QString &directory, const SecureBuffer &passphrase)
{
    VaultHeader header = VaultHeader::load(headerPath(directory));
    auto lock = lockDirectory(directory);
    header = VaultHeader::load(headerPath(directory)); // re-read under the lock
    const SecureBuffer passKey = VaultKeys::deriveFromPassphrase(passphrase, header.passphrase.salt, header.passphrase.kdf);
    SecureBuffer dataKey = VaultKeys::unwrap(header.passphrase.wrappedKey, passKey, header.additionalData("passphrase"));
    return openWithDataKey(directory, std::move(lock), std::move(header), std::move(dataKey));
}

std::unique_ptr<Vault> Vault::openWithRecoveryKey(const QString &directory, std::string_view recoveryKeyText)
{
    VaultHeader header = VaultHeader::load(headerPath(directory));
    const SecureBuffer recoveryKey = VaultKeys::parseRecoveryKey(recoveryKeyText);
    auto lock = lockDirectory(directory);
    header = VaultHeader::load(headerPath(directory));
    if (!header.recovery) {
        throw Error(ErrorKind::WrongCredentials, QCoreApplication::translate("Vault", "This vault has no recovery key."));
    }
    const SecureBuffer wrapKey = VaultKeys::deriveFromRecoveryKey(recoveryKey, header.recovery->salt);
    SecureBuffer dataKey = VaultKeys::unwrap(header.recovery->wrappedKey, wrapKey, header.additionalData("recovery"));
    return openWithDataKey(directory, std::move(lock), std::move(header), std::move(dataKey));
}

QString Vault::vaultIdAt(const QString &directory)
{
    return VaultHeader::load(headerPath(directory)).vaultId;
}

std::unique_ptr<Vault> Vault::openRemembered(const QString &directory, SecureBuffer rememberedKey)
{
    VaultHeader header = VaultHeader::load(headerPath(directory));
    auto lock = lockDirectory(directory);
    if (rememberedKey.size() != VaultKeys::kKeySize) {
        throw Error(ErrorKind::WrongCredentials, QCoreApplication::translate("Vault", "The key remembered for this vault is not valid."));
    }
    try {
        return openWithDataKey(directory, std::move(lock), std::move(header), std::move(rememberedKey));
    } catch (const Error &error) {
        // A stale remembered key (vault replaced) decrypts nothing: ask for the passphrase.
        if (error.kind() == ErrorKind::Damaged) {
            throw Error(ErrorKind::WrongCredentials, QCoreApplication::translate("Vault", "The key remembered for this vault no longer fits it."));
        }
        throw;
    }
}

std::unique_ptr<Vault> Vault::openWithDataKey(const QString &directory, std::unique_ptr<QLockFile> lock,
                                              VaultHeader header, SecureBuffer dataKey)
{
    return std::unique_ptr<Vault>(
        new Vault(directory, std::move(lock), std::move(header), std::move(dataKey), Database::Mode::OpenExisting));
}

void Vault::changePassphrase(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &newKdf)
{
    const KdfParams kdf = newKdf.value_or(m_header.passphrase.kdf);
    if (newPassphrase.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Vault", "The passphrase must not be empty."));
    }
    VaultHeader updated = m_header;
    updated.passphrase.kdf = kdf;
    updated.passphrase.salt = VaultKeys::randomSalt();
    const SecureBuffer passKey = VaultKeys::deriveFromPassphrase(newPassphrase, updated.passphrase.salt, kdf);
    updated.passphrase.wrappedKey = VaultKeys::wrap(m_dataKey, passKey, updated.additionalData("passphrase"));
    updated.save(headerPath(m_directory));
    m_header = updated;
}

SecureBuffer Vault::replaceRecoveryKey()
{
    const SecureBuffer recoveryKey = SecureBuffer::random(VaultKeys::kRecoveryKeySize);
    VaultHeader updated = m_header;
    VaultHeader::RecoverySlot recovery{VaultKeys::randomSalt(), {}};
    recovery.wrappedKey = VaultKeys::wrap(m_dataKey, VaultKeys::deriveFromRecoveryKey(recoveryKey, recovery.salt),
                                          updated.additionalData("recovery"));
    updated.recovery = recovery;
    updated.save(headerPath(m_directory));
    m_header = updated;
    return VaultKeys::formatRecoveryKey(recoveryKey);
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
    return VaultKeys::deriveSubkey(m_dataKey, VaultKeys::Subkey::IdentifierHmac);
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
