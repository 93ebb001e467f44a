#pragma once

#include <QByteArray>
#include <QString>

namespace BreachAdvisor::PrivateFile {

// Writes a file only its owner can read (0600) from its first byte — not made with the
// umask and tightened afterwards — and whole or not at all (QSaveFile), so a file
// already at that path is never lost to a failed write. For what people save outside
// the vault: handouts, a recovery key. False with the reason in *error.
bool write(const QString &path, const QByteArray &bytes, QString *error);

} // namespace BreachAdvisor::PrivateFile
