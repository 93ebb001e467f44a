#pragma once

#include <QByteArray>
#include <QString>

namespace BreachAdvisor::PrivateFile {

// What write() does when it cannot confirm the file it put in place: its size read back
// is not what was written, or the folder's new entry cannot be synced to the disk.
enum class IfUnconfirmed {
    Remove, // a handout, a recovery key: nothing unconfirmed is left to be taken for saved
    Keep,   // a vault header: removing it would lose the vault
};

// Writes a file only its owner can read (0600) from its first byte — not made with the
// umask and tightened afterwards — and whole or not at all: a private temporary file
// beside it (a name nobody prepared), every write, sync and close checked, then a rename
// over the target and a sync of the folder, and the size read back before it says so.
// Not QSaveFile: on a full disk, Qt 6.4's commit() renamed an empty file over the target
// and reported success. A symbolic link at path is refused, never followed (nor replaced).
// Until the rename, a failure leaves the file that was there as it was. For what people
// save outside the vault (handouts, a recovery key) and the vault's header. False with
// the reason in *error (the caller names the file).
bool write(const QString &path, const QByteArray &bytes, QString *error, IfUnconfirmed ifUnconfirmed = IfUnconfirmed::Remove);

// Puts a finished file in place of target in one step (a rename), once its bytes are on
// the disk, then syncs the folder's entry. Until the rename, target is as it was. False
// with the reason in *error.
bool moveInto(const QString &finished, const QString &target, QString *error);

// Takes the group's and others' permissions off an existing file or folder (never through
// a symbolic link, which counts as private).
enum class Access { Private, MadePrivate, CannotBeMadePrivate };
Access keepToOwner(const QString &path);

} // namespace BreachAdvisor::PrivateFile
