#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <filesystem>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <stdlib.h> // mkostemp
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace BreachAdvisor::PrivateFile {

namespace {

constexpr QFile::Permissions kOthers =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool fail(QString *error, const QString &problem)
{
    if (error) {
        *error = problem;
    }
    return false;
}

QString symbolicLinkProblem()
{
    return QCoreApplication::translate("PrivateFile", "it is a symbolic link, and saving through it would change the file it points to");
}

#if defined(Q_OS_UNIX)
// All of it, else the errno of what stopped it; 0 when written.
int writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return written < 0 ? errno : EIO;
        }
        data += written;
        size -= std::size_t(written);
    }
    return 0;
}

// The folder's entry for a renamed file must reach the disk too; 0 when it did.
int syncFolderOf(const QString &path)
{
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0) {
        return errno;
    }
    const int problem = ::fsync(folder) == 0 ? 0 : errno;
    ::close(folder);
    return problem;
}
#endif

} // namespace

#if defined(Q_OS_UNIX)
bool moveInto(const QString &finished, const QString &target, QString *error)
{
    const QByteArray from = QFile::encodeName(finished);
    const int fd = ::open(from.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        return fail(error, systemError(errno));
    }
    int problem = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    if (problem == 0 && ::rename(from.constData(), QFile::encodeName(target).constData()) != 0) {
        problem = errno;
    }
    if (problem == 0) {
        problem = syncFolderOf(target);
    }
    return problem == 0 || fail(error, systemError(problem));
}

bool write(const QString &path, const QByteArray &bytes, QString *error, IfUnconfirmed ifUnconfirmed)
{
    const QByteArray target = QFile::encodeName(path);
    struct stat existing {};
    if (::lstat(target.constData(), &existing) == 0 && S_ISLNK(existing.st_mode)) {
        return fail(error, symbolicLinkProblem());
    }
    // Beside the target, under a name nobody can have prepared (O_EXCL: not a link, not
    // someone else's file), 0600 from the start.
    QByteArray temporary = target + ".new-XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        return fail(error, systemError(errno));
    }
    int problem = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 ? 0 : errno;
    if (problem == 0) {
        problem = writeAll(fd, bytes.constData(), std::size_t(bytes.size()));
    }
    if (problem == 0 && ::fsync(fd) != 0) {
        problem = errno;
    }
    if (::close(fd) != 0 && problem == 0) {
        problem = errno;
    }
    // rename() replaces a link at the target, never what it points to.
    if (problem == 0 && ::rename(temporary.constData(), target.constData()) != 0) {
        problem = errno;
    }
    if (problem != 0) {
        ::unlink(temporary.constData());
        return fail(error, systemError(problem));
    }
    // In place: what is there now is read back before anyone is told it was saved.
    QString unconfirmed;
    struct stat written {};
    if (::lstat(target.constData(), &written) != 0) {
        unconfirmed = systemError(errno);
    } else if (!S_ISREG(written.st_mode) || written.st_size != bytes.size()) {
        unconfirmed = QCoreApplication::translate("PrivateFile", "%1 of its %2 bytes reached the disk").arg(qint64(written.st_size)).arg(bytes.size());
    } else if (const int folderProblem = syncFolderOf(path)) {
        unconfirmed = systemError(folderProblem);
    }
    if (!unconfirmed.isEmpty()) {
        if (ifUnconfirmed == IfUnconfirmed::Remove) {
            ::unlink(target.constData());
        }
        return fail(error, unconfirmed);
    }
    return true;
}
#else
bool moveInto(const QString &finished, const QString &target, QString *error)
{
    std::error_code problem;
    std::filesystem::rename(finished.toStdWString(), target.toStdWString(), problem); // replaces target in one step
    return !problem || fail(error, QString::fromStdString(problem.message()));
}

bool write(const QString &path, const QByteArray &bytes, QString *error, IfUnconfirmed ifUnconfirmed)
{
    if (QFileInfo(path).isSymLink()) {
        return fail(error, symbolicLinkProblem());
    }
    // QSaveFile, with the flush checked before commit() can rename anything, and the
    // size read back after it.
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(bytes) != bytes.size()
        || !file.flush()) {
        const QString problem = file.errorString();
        file.cancelWriting();
        return fail(error, problem);
    }
    if (!file.commit()) {
        return fail(error, file.errorString());
    }
    const qint64 size = QFileInfo(path).size();
    if (size != bytes.size()) {
        if (ifUnconfirmed == IfUnconfirmed::Remove) {
            QFile::remove(path);
        }
        return fail(error, QCoreApplication::translate("PrivateFile", "%1 of its %2 bytes reached the disk").arg(size).arg(bytes.size()));
    }
    return true;
}
#endif

Access keepToOwner(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.exists()) {
        return Access::Private; // not followed: what a link points to is not ours to change
    }
    const QFile::Permissions permissions = info.permissions();
    if (!(permissions & kOthers)) {
        return Access::Private;
    }
    if (!QFile::setPermissions(path, permissions & ~kOthers) || (QFileInfo(path).permissions() & kOthers)) {
        return Access::CannotBeMadePrivate;
    }
    return Access::MadePrivate;
}

} // namespace BreachAdvisor::PrivateFile
