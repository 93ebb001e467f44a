#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace BreachAdvisor {

class SecureBuffer;
class Statement;

// A SQLCipher database keyed with a raw 256-bit key (no SQLCipher KDF).
// Opening fails closed: wrong key, foreign file, plaintext SQLite or a process
// where SQLCipher is not the SQLite in use all throw, and nothing is written.
class Database
{
public:
    enum class Mode { OpenExisting, Create };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // OpenExisting refuses, as Damaged and untouched, a missing, empty, cut-short, plaintext
    // or foreign file; Create makes the file (0600) and refuses one that exists.
    static Database open(const QString &path, const SecureBuffer &rawKey, Mode mode);
    // Throws Error(Internal) unless SQLCipher serves this process: checked (once) before
    // anything is created or keyed, so another SQLite loaded first is refused, not a crash.
    static void requireSqlCipher();
    static constexpr int kPageSize = 4096;

    // Re-encrypts every page with a new raw key in one journalled transaction: a crash
    // leaves the file under the old key or the new one. Close and reopen afterwards.
    void rekey(const SecureBuffer &newRawKey);
    // "ok", or what PRAGMA integrity_check found.
    QString integrityCheck();
    // The same, without checking that indexes match their tables (much faster).
    QString quickCheck();
    // True when the main database's quick_check finds a problem or cannot read a page.
    bool isDamaged();

    void exec(const char *sql);
    Statement prepare(const char *sql);
    qint64 lastInsertRowId() const;
    // Whether a transaction is open (BEGIN without COMMIT or ROLLBACK yet).
    bool inTransaction() const;
    int changes() const;
    // Version of SQLCipher serving this connection, e.g. "4.14.0 community", and of the
    // SQLite inside it, e.g. "3.51.3".
    QString cipherVersion();
    static QString sqliteVersion();
    bool isOpen() const { return m_db != nullptr; }
    // SQLite's page cache in KiB of decrypted pages. Lookups keep the index's upper
    // pages warm in the default; long writes (imports) use more for a while.
    static constexpr int kDefaultCacheKiB = 32 * 1024;
    void setCacheSize(int kibibytes);
    qint64 sizeInBytes(); // page count × page size
    void close();

private:
    // Current: SQLCipher 4's defaults. SqlCipher3: what vaults made with Debian 12's
    // SQLCipher 3.4.1 hold, opened only to be migrated.
    enum class Format { Current, SqlCipher3 };
    explicit Database(sqlite3 *db, QString path);
    static Database connect(const QString &path, const SecureBuffer &keySpec, Format format);
    // SQLITE_OK when the first page decrypts under this key, else SQLite's extended code.
    int probe();
    // Rewrites a SqlCipher3 database in the current format beside it, then renames it over.
    static void migrateToCurrentFormat(Database old, const SecureBuffer &keySpec);
    // The lines a checking pragma answers, joined ("ok" when all is well).
    QString checkResult(const char *pragma);
    [[noreturn]] void throwLastError(const char *what) const;
    friend class Statement;

    sqlite3 *m_db = nullptr;
    QString m_path;
};

// A prepared statement; bind indexes start at 1, column indexes at 0.
class Statement
{
public:
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &text);
    Statement &bindBlob(int index, const void *data, int size);
    // Text from secure memory (a key spec); SQLite keeps its own copy until the statement resets.
    Statement &bindSecretText(int index, const SecureBuffer &text);
    Statement &bindBlob(int index, const QByteArray &blob) { return bindBlob(index, blob.constData(), int(blob.size())); }
    Statement &bindNull(int index);

    // Steps once: true while a row is available, false when done.
    bool step();
    // Steps a statement that returns no rows.
    void run();
    void reset();

    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    // A blob that is a secret, straight into secure memory.
    SecureBuffer columnSecret(int column) const;
    bool columnIsNull(int column) const;

private:
    Statement(Database &db, sqlite3_stmt *stmt)
        : m_db(&db)
        , m_stmt(stmt)
    {
    }
    void check(int rc, const char *what) const;
    friend class Database;

    Database *m_db;
    sqlite3_stmt *m_stmt;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran:
// an exception anywhere leaves the database exactly as it was.
// BEGIN IMMEDIATE … COMMIT, rolled back unless committed. Inside another transaction it is
// a savepoint of it, so that a step made of steps (a bundle's catalog and imports) is one.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
    bool m_nested = false;
};

} // namespace BreachAdvisor
