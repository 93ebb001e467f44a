#include "SqlCipher.h"

#include "Error.h"
#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>
#include <sodium.h>

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

Database Database::open(const QString &path, const SecureBuffer &rawKey, Mode mode)
{
    if (rawKey.size() != 32) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Database", "The database key has the wrong size."));
    }
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::OpenExisting && !exists) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Database", "The database file %1 does not exist.").arg(path));
    }
    if (mode == Mode::Create && exists) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Database", "The database file %1 already exists.").arg(path));
    }
    if (exists && startsWithPlainSqliteHeader(path)) {
        throw Error(ErrorKind::Damaged,
                    QCoreApplication::translate("Database", "%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.")
                        .arg(path));
    }

    sqlite3 *handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &handle, flags, nullptr);
    Database db(handle, path);
    if (rc != SQLITE_OK) {
        db.throwLastError("open");
    }

    // Raw key form x'<64 hex>' skips SQLCipher's own PBKDF2: the key is already random.
    SecureBuffer keySpec(3 + 64 + 1);
    keySpec.chars()[0] = 'x';
    keySpec.chars()[1] = '\'';
    sodium_bin2hex(keySpec.chars() + 2, 65, rawKey.data(), rawKey.size());
    keySpec.chars()[66] = '\'';
    if (sqlite3_key(db.m_db, keySpec.data(), 67) != SQLITE_OK) {
        db.throwLastError("key");
    }

    // Fail closed if another SQLite serves this process: it would ignore the key
    // and write plaintext. Only SQLCipher answers cipher_version.
    const QString version = db.cipherVersion();
    if (version.isEmpty()) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate("Database", "Encryption is not available: another SQLite library is loaded in this program."));
    }
    if (version.startsWith(QLatin1String("4."))) {
        db.exec("PRAGMA cipher_compatibility = 3;"); // our files are SQLCipher 3 format
    }
    db.exec("PRAGMA cipher_page_size = 4096;");

    // A wrong key or a foreign file only shows on the first read.
    sqlite3_stmt *probe = nullptr;
    int probeRc = sqlite3_prepare_v2(db.m_db, "SELECT count(*) FROM sqlite_master;", -1, &probe, nullptr);
    if (probeRc == SQLITE_OK) {
        probeRc = sqlite3_step(probe);
    }
    sqlite3_finalize(probe);
    if (probeRc != SQLITE_ROW) {
        if (probeRc == SQLITE_NOTADB) {
            throw Error(ErrorKind::Damaged,
                        QCoreApplication::translate("Database", "%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key "
                           "is wrong. It was left untouched.")
                            .arg(path));
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
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) {
        throw Error(ErrorKind::VaultInUse, QCoreApplication::translate("Database", "The vault is in use by another program."));
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
