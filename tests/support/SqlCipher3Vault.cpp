#include "SqlCipher3Vault.h"

#include "SecureBuffer.h"
#include "TestSupport.h"
#include "Vault.h"
#include "VaultHeader.h"
#include "VaultKeys.h"

#include <QFile>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

namespace BreachAdvisor::TestSupport {

namespace {

// The database's raw key in SQLCipher's x'…' form, unwrapped the way Vault does it.
QByteArray keySpecOf(const QString &vaultDirectory, const char *passphrase)
{
    const VaultHeader header = VaultHeader::load(Vault::headerPath(vaultDirectory));
    const SecureBuffer typed = secret(passphrase);
    const SecureBuffer normalized = VaultKeys::normalizePassphrase(typed);
    const SecureBuffer wrapping = VaultKeys::deriveFromPassphrase(header.passphrase.normalized ? normalized : typed, header.passphrase.salt,
                                                                  header.passphrase.kdf);
    const SecureBuffer dataKey = VaultKeys::unwrap(header.passphrase.wrappedKey, wrapping, header.additionalData("passphrase"));
    const SecureBuffer databaseKey = VaultKeys::deriveSubkey(dataKey, VaultKeys::Subkey::Database);
    return "x'" + QByteArray(reinterpret_cast<const char *>(databaseKey.data()), int(databaseKey.size())).toHex() + "'";
}

bool exec(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok) {
        qWarning("%s: %s", sql.left(40).constData(), message ? message : "?");
    }
    sqlite3_free(message);
    return ok;
}

// Opens path under the key, in SQLCipher 3's format when asked; null unless it reads.
sqlite3 *openIn(const QString &path, const QByteArray &keySpec, bool sqlCipher3)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_key(db, keySpec.constData(), int(keySpec.size())) != SQLITE_OK
        || (sqlCipher3 && !exec(db, "PRAGMA cipher_compatibility = 3; PRAGMA cipher_page_size = 4096;"))
        || sqlite3_exec(db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    return db;
}

} // namespace

void downgradeToSqlCipher3(const QString &vaultDirectory, const char *passphrase)
{
    const QByteArray keySpec = keySpecOf(vaultDirectory, passphrase);
    const QString path = Vault::databasePath(vaultDirectory);
    const QString old = path + QStringLiteral(".v3");
    QFile::remove(old);
    writeFile(old, QByteArray()); // ATTACH on a connection opened without SQLITE_OPEN_CREATE
    sqlite3 *db = openIn(path, keySpec, false);
    QVERIFY2(db, "the vault's database does not open in SQLCipher 4's format");
    QByteArray userVersion = "0";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA main.user_version;", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        userVersion = QByteArray::number(sqlite3_column_int64(stmt, 0));
    }
    sqlite3_finalize(stmt);
    const bool exported = exec(db, "ATTACH DATABASE '" + QFile::encodeName(old) + "' AS old KEY \"" + keySpec + "\";")
                          && exec(db, "PRAGMA old.cipher_compatibility = 3; PRAGMA old.cipher_page_size = 4096;")
                          && exec(db, "SELECT sqlcipher_export('old');") && exec(db, "PRAGMA old.user_version = " + userVersion + ";")
                          && exec(db, "DETACH DATABASE old;");
    sqlite3_close_v2(db);
    QVERIFY(exported);
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(old, path));
    QCOMPARE(databaseFormat(vaultDirectory, passphrase), 3);
}

int databaseFormat(const QString &vaultDirectory, const char *passphrase)
{
    const QByteArray keySpec = keySpecOf(vaultDirectory, passphrase);
    for (const int format : {4, 3}) {
        if (sqlite3 *db = openIn(Vault::databasePath(vaultDirectory), keySpec, format == 3)) {
            sqlite3_close_v2(db);
            return format;
        }
    }
    return 0;
}

} // namespace BreachAdvisor::TestSupport
