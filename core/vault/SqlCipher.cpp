#include "SqlCipher.h"

#include "Error.h"
#include "PrivateFile.h"
#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>
#include <sodium.h>

#include <optional>
#include <utility>

namespace BreachAdvisor {

namespace {

// A plaintext SQLite file starts with this; an encrypted one looks random.
constexpr char kPlainSqliteHeader[] = "SQLite format 3";

bool startsWithPlainSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.read(sizeof(kPlainSqliteHeader) - 1) == QByteArray(kPlainSqliteHeader);
}

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

namespace {

// x'<64 hex>': SQLCipher's raw key form, which skips its own PBKDF2 (the key is already random).
SecureBuffer rawKeySpec(const SecureBuffer &rawKey)
{
    if (rawKey.size() != 32) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Database", "The database key has the wrong size."));
    }
    SecureBuffer keySpec(3 + 64 + 1);
    keySpec.chars()[0] = 'x';
    keySpec.chars()[1] = '\'';
    sodium_bin2hex(keySpec.chars() + 2, 65, rawKey.data(), rawKey.size());
    keySpec.chars()[66] = '\'';
    keySpec.truncate(67);
    return keySpec;
}

// The first read's answer when the file is not a whole database under this key.
std::optional<Error> damageOf(int code, const QString &path)
{
    if ((code & 0xff) == SQLITE_CORRUPT) {
        return Error(ErrorKind::Damaged, QCoreApplication::translate("Database", "%1 is damaged: cut short or changed. It was left untouched.").arg(path));
    }
    if ((code & 0xff) == SQLITE_NOTADB) {
        return Error(ErrorKind::Damaged,
                     QCoreApplication::translate("Database", "%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key "
                                                             "is wrong. It was left untouched.")
                         .arg(path));
    }
    return std::nullopt;
}

// What only SQLCipher answers: another SQLite loaded first (LD_PRELOAD, a plugin)
// takes over the sqlite3_* names, ignores the key and writes plaintext — or crashes
// in sqlite3_key. Asked before any call that needs the codec.
QString sqlCipherProblem()
{
    if (sqlite3_compileoption_used("HAS_CODEC") != 1) {
        return QStringLiteral("SQLite %1 without encryption").arg(QString::fromLatin1(sqlite3_libversion()));
    }
    sqlite3 *memory = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(memory, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(memory);
    if (version.isEmpty()) {
        return QStringLiteral("SQLite %1 that does not answer cipher_version").arg(QString::fromLatin1(sqlite3_libversion()));
    }
    return {};
}

} // namespace

void Database::requireSqlCipher()
{
    static const QString problem = sqlCipherProblem();
    if (!problem.isEmpty()) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate("Database", "Encryption is not available: another SQLite library (%1) is loaded in this "
                                                            "program, so no vault is opened or created.")
                        .arg(problem));
    }
}

namespace {

// Where a vault's database is rebuilt in the SQLCipher 4 format before it replaces the old
// file; a killed migration leaves only this, removed at the next open.
QString migrationPath(const QString &path)
{
    return path + QStringLiteral(".sqlcipher4");
}

void removeMigrationLeftovers(const QString &path)
{
    for (const QString &leftover : {migrationPath(path), migrationPath(path) + QStringLiteral("-journal")}) {
        if (QFile::exists(leftover) && !QFile::remove(leftover)) {
            throw Error(ErrorKind::Internal, QCoreApplication::translate("Database", "Cannot remove %1, left by an interrupted update of the vault's "
                                                                                     "format. The vault was left untouched.")
                                                 .arg(leftover));
        }
    }
}

// Makes an empty file only its owner can read, before SQLite sees it: its journals take
// the same permissions.
void createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        throw Error(QFileInfo::exists(path) ? ErrorKind::Usage : ErrorKind::Internal,
                    QCoreApplication::translate("Database", "Cannot create the database file %1: %2").arg(path, file.errorString()));
    }
}

void replaceFile(const QString &finished, const QString &target)
{
    QString problem;
    if (!PrivateFile::moveInto(finished, target, &problem)) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Database", "Cannot put the updated database in place of %1 (%2). The vault "
                                                                                 "was left as it was.")
                                             .arg(target, problem));
    }
}

} // namespace

Database Database::connect(const QString &path, const SecureBuffer &keySpec, Format format)
{
    sqlite3 *handle = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    Database db(handle, path);
    if (rc != SQLITE_OK) {
        db.throwLastError("open");
    }
    if (sqlite3_key(db.m_db, keySpec.data(), int(keySpec.size())) != SQLITE_OK) {
        db.throwLastError("key");
    }
    const QString version = db.cipherVersion();
    if (version.isEmpty()) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate("Database", "Encryption is not available: another SQLite library is loaded in this program."));
    }
    if (version.startsWith(QLatin1String("3."))) {
        // Debian's SQLCipher 3.4.1, built in only for a benchmark's baseline: its own format
        // with our 4096-byte pages, as vaults were before SQLCipher 4.
        db.exec("PRAGMA cipher_page_size = 4096;");
    } else if (format == Format::SqlCipher3) {
        db.exec("PRAGMA cipher_compatibility = 3;");
        db.exec("PRAGMA cipher_page_size = 4096;");
    }
    return db;
}

int Database::probe()
{
    // A wrong key or a foreign file only shows on the first read; a file cut short shows as
    // a database that claims more pages than the file holds.
    sqlite3_stmt *probe = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_master;", -1, &probe, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(probe);
    }
    sqlite3_finalize(probe);
    return rc == SQLITE_ROW ? SQLITE_OK : sqlite3_extended_errcode(m_db);
}

Database Database::open(const QString &path, const SecureBuffer &rawKey, Mode mode)
{
    requireSqlCipher();
    const SecureBuffer keySpec = rawKeySpec(rawKey);
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting) {
        // The vault's header exists, so its database must too, whole: an empty file would
        // silently become a new, empty vault.
        if (!info.exists()) {
            throw Error(ErrorKind::Damaged, QCoreApplication::translate("Database", "The vault's database %1 is missing. The vault was left untouched.").arg(path));
        }
        if (info.size() < kPageSize || info.size() % kPageSize != 0) {
            throw Error(ErrorKind::Damaged, QCoreApplication::translate("Database", "%1 is empty or cut short (%2 bytes): the vault is damaged. It was left "
                                                                                    "untouched.")
                                                .arg(path)
                                                .arg(info.size()));
        }
        if (startsWithPlainSqliteHeader(path)) {
            throw Error(ErrorKind::Damaged,
                        QCoreApplication::translate("Database", "%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.")
                            .arg(path));
        }
        removeMigrationLeftovers(path);
    } else {
        createPrivateFile(path);
    }

    Database db = connect(path, keySpec, Format::Current);
    int probeRc = db.probe();
    if (mode == Mode::OpenExisting && (probeRc & 0xff) == SQLITE_NOTADB) {
        // Not SQLCipher 4's format under this key: perhaps a vault from before the move to
        // SQLCipher 4 (a wrong key fails this way too, and fails again below).
        Database old = connect(path, keySpec, Format::SqlCipher3);
        if (old.probe() == SQLITE_OK) {
            db.close();
            migrateToCurrentFormat(std::move(old), keySpec);
            db = connect(path, keySpec, Format::Current);
            probeRc = db.probe();
        }
    }
    if (probeRc != SQLITE_OK) {
        if (const std::optional<Error> damage = damageOf(probeRc, path)) {
            throw *damage;
        }
        db.throwLastError("verify");
    }
    db.exec("PRAGMA foreign_keys = ON;");
    db.setCacheSize(kDefaultCacheKiB);
    // One process per vault (vault.lock sees to it): keep SQLite's file lock once taken,
    // so a read transaction neither re-locks the file nor re-reads and decrypts page 1.
    db.exec("PRAGMA locking_mode = EXCLUSIVE;");
    db.exec("PRAGMA secure_delete = ON;");
    sqlite3_busy_timeout(db.m_db, 2000);
    return db;
}

void Database::migrateToCurrentFormat(Database old, const SecureBuffer &keySpec)
{
    // Built beside the old file and renamed over it once whole and checked: a kill at any
    // moment leaves the old file as it was (and, at worst, a leftover that the next open
    // removes). SQLCipher's own cipher_migrate is not used: it replaces the file in place.
    const QString target = old.m_path;
    const QString migrated = migrationPath(target);
    createPrivateFile(migrated);
    try {
        qint64 userVersion = 0;
        {
            Statement version = old.prepare("PRAGMA user_version;");
            if (version.step()) {
                userVersion = version.columnInt64(0);
            }
        }
        Statement attach = old.prepare("ATTACH DATABASE ?1 AS migrated KEY ?2;");
        attach.bind(1, migrated).bindSecretText(2, keySpec).run();
        try {
            old.exec("SELECT sqlcipher_export('migrated');");
        } catch (const Error &) {
            // sqlcipher_export reports a page that does not decrypt as a plain error: tell
            // damage (which no retry mends) from a full disk or a read-only folder.
            if (old.isDamaged()) {
                throw Error(ErrorKind::Damaged, QCoreApplication::translate("Database", "%1 is damaged: part of it cannot be read. It was left untouched.")
                                                    .arg(target));
            }
            throw;
        }
        old.exec(QStringLiteral("PRAGMA migrated.user_version = %1;").arg(userVersion).toLatin1().constData());
        old.exec("DETACH DATABASE migrated;");
        old.close();

        Database check = connect(migrated, keySpec, Format::Current);
        if (check.probe() != SQLITE_OK) {
            check.throwLastError("verify");
        }
        if (check.quickCheck() != QLatin1String("ok")) {
            throw Error(ErrorKind::Internal, QCoreApplication::translate("Database", "The vault's database could not be updated to the new format (the "
                                                                                     "copy did not check out). The vault was left as it was."));
        }
        check.close();
        replaceFile(migrated, target);
    } catch (...) {
        QFile::remove(migrated);
        QFile::remove(migrated + QStringLiteral("-journal"));
        throw;
    }
}

void Database::rekey(const SecureBuffer &newRawKey)
{
    const SecureBuffer keySpec = rawKeySpec(newRawKey);
    // One write transaction over every page (journalled): it commits whole or not at all.
    if (sqlite3_rekey(m_db, keySpec.data(), int(keySpec.size())) != SQLITE_OK) {
        throwLastError("rekey");
    }
}

bool Database::isDamaged()
{
    // Only reads the main database: any failure is a page that cannot be read (a codec error
    // leaves the connection's error code generic, so the code itself says little).
    try {
        return checkResult("PRAGMA main.quick_check;") != QLatin1String("ok");
    } catch (const Error &) {
        return true;
    }
}

QString Database::quickCheck()
{
    return checkResult("PRAGMA quick_check;");
}

QString Database::integrityCheck()
{
    return checkResult("PRAGMA integrity_check;");
}

QString Database::checkResult(const char *pragma)
{
    Statement check = prepare(pragma);
    QStringList problems;
    while (check.step()) {
        problems << check.columnText(0);
    }
    return problems.join(QLatin1Char('\n'));
}

QString Database::cipherVersion()
{
    sqlite3_stmt *stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return version;
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        throwLastError("exec");
    }
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        throwLastError("prepare");
    }
    return Statement(*this, stmt);
}

void Database::setCacheSize(int kibibytes)
{
    exec(QStringLiteral("PRAGMA cache_size = -%1;").arg(kibibytes).toLatin1().constData());
}

qint64 Database::sizeInBytes()
{
    Statement pages = prepare("PRAGMA page_count;");
    pages.step();
    Statement size = prepare("PRAGMA page_size;");
    size.step();
    return pages.columnInt64(0) * size.columnInt64(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::throwLastError(const char *what) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(ErrorKind::VaultInUse, QCoreApplication::translate("Database", "The vault is in use by another program."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw Error(ErrorKind::Damaged, QCoreApplication::translate("Database", "%1 is damaged (%2). Nothing more was written to it.").arg(m_path, detail));
    case SQLITE_FULL:
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Database", "The disk holding %1 is full. The change was not saved; the vault is as it "
                                                                                 "was before it.")
                                             .arg(m_path));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Database", "%1 cannot be written (%2): is its folder read-only? The vault is as it was.")
                                             .arg(m_path, detail));
    default:
        break;
    }
    throw Error(ErrorKind::Internal, QCoreApplication::translate("Database", "Database error (%1) in %2: %3")
                                         .arg(QString::fromLatin1(what), m_path, detail));
}

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

void Statement::check(int rc, const char *what) const
{
    if (rc != SQLITE_OK) {
        m_db->throwLastError(what);
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement &Statement::bindSecretText(int index, const SecureBuffer &text)
{
    check(sqlite3_bind_text(m_stmt, index, text.chars(), int(text.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement &Statement::bindBlob(int index, const void *data, int size)
{
    check(sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    m_db->throwLastError("step");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::columnBlob(int column) const
{
    const void *blob = sqlite3_column_blob(m_stmt, column);
    return blob ? QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

SecureBuffer Statement::columnSecret(int column) const
{
    const void *blob = sqlite3_column_blob(m_stmt, column);
    return SecureBuffer::copyOf(blob, blob ? std::size_t(sqlite3_column_bytes(m_stmt, column)) : 0);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(db.inTransaction())
{
    m_db.exec(m_nested ? "SAVEPOINT nested;" : "BEGIN IMMEDIATE;");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(m_nested ? "ROLLBACK TO nested; RELEASE nested;" : "ROLLBACK;");
        } catch (const Error &) {
            // Nothing more to do: SQLite rolls back a failed transaction itself.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE nested;" : "COMMIT;");
    m_done = true;
}

} // namespace BreachAdvisor
