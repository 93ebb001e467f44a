#include "SqlCipher.h"

#include "Error.h"
#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>
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
    } else {
        // Made private before SQLite sees it; its journals take the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            throw Error(info.exists() ? ErrorKind::Usage : ErrorKind::Internal,
                        QCoreApplication::translate("Database", "Cannot create the database file %1: %2").arg(path, file.errorString()));
        }
    }

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
    if (version.startsWith(QLatin1String("4."))) {
        db.exec("PRAGMA cipher_compatibility = 3;"); // our files are SQLCipher 3 format
    }
    db.exec("PRAGMA cipher_page_size = 4096;");

    // A wrong key or a foreign file only shows on the first read; a file cut short shows as
    // a database that claims more pages than the file holds.
    sqlite3_stmt *probe = nullptr;
    int probeRc = sqlite3_prepare_v2(db.m_db, "SELECT count(*) FROM sqlite_master;", -1, &probe, nullptr);
    if (probeRc == SQLITE_OK) {
        probeRc = sqlite3_step(probe);
    }
    sqlite3_finalize(probe);
    if (probeRc != SQLITE_ROW) {
        if (const std::optional<Error> damage = damageOf(sqlite3_extended_errcode(db.m_db), path)) {
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

void Database::rekey(const SecureBuffer &newRawKey)
{
    const SecureBuffer keySpec = rawKeySpec(newRawKey);
    // One write transaction over every page (journalled): it commits whole or not at all.
    if (sqlite3_rekey(m_db, keySpec.data(), int(keySpec.size())) != SQLITE_OK) {
        throwLastError("rekey");
    }
}

QString Database::integrityCheck()
{
    Statement check = prepare("PRAGMA integrity_check;");
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
{
    m_db.exec("BEGIN IMMEDIATE;");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK;");
        } catch (const Error &) {
            // Nothing more to do: SQLite rolls back a failed transaction itself.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT;");
    m_done = true;
}

} // namespace BreachAdvisor
