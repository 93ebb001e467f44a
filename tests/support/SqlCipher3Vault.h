#pragma once

#include <QString>

namespace BreachAdvisor::TestSupport {

// Vaults made before the move to SQLCipher 4 hold their database in SQLCipher 3's
// format (Debian 12's 3.4.1 with 4096-byte pages). These reach under the vault to
// make one and to tell which format a vault holds now; the vault must be closed.

// Rewrites the vault's database in SQLCipher 3's format, under the same key.
void downgradeToSqlCipher3(const QString &vaultDirectory, const char *passphrase);
// 4 or 3 for the format the database opens in with this passphrase, 0 for neither.
int databaseFormat(const QString &vaultDirectory, const char *passphrase);

} // namespace BreachAdvisor::TestSupport
