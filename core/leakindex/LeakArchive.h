#pragma once

#include "LeakFile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

namespace BreachAdvisor {

// Past these an archive is refused as an archive bomb: no leak file compresses so well.
struct LeakArchiveLimits
{
    double maxRatio = 1000;                                // a member's unpacked : compressed bytes...
    std::int64_t ratioFreeBytes = std::int64_t(1) << 20;   // ...past its first MiB
    std::int64_t maxUnpackedBytes = std::int64_t(1) << 40; // all the members read, together
};

struct LeakArchiveMember
{
    QString name;           // its path inside the archive
    std::int64_t size = -1; // unpacked, when the archive says (-1: it does not)
    bool chosen = false;    // read as a leak file
    bool encrypted = false;
    QString reason; // why it is not chosen
    // {"name", "size" (null when unknown), "chosen", "reason" (null when chosen)}
    QJsonObject toJson() const;
};

// Archives of leak files through libarchive: zip, 7z, tar and its gzip, bzip2, xz and
// zstd forms; and single bzip2-, xz- or zstd-compressed files. Members are streamed in
// the order they are stored, in one pass over the archive, and never written to disk.
class LeakArchive
{
public:
    // Whether the file is an archive of members, by its content (a .gz of a CSV is not:
    // it is a compressed leak file, read as one).
    static bool isArchive(const QString &path);
    // A single bzip2, xz/lzma or zstd-compressed file's bytes, within limits; null when the
    // file is none of these (plain or gzip text, which zlib reads).
    static std::unique_ptr<LeakByteSource> openCompressed(const QString &path, const LeakArchiveLimits &limits = {});
    // Whether a member is read as a leak file by its name (CSV, TSV, text, JSON Lines), or why not.
    static bool looksLikeLeakFile(const QString &name, QString *reason);

    // memberGlobs ("*.csv", "dump/users.csv"): the members to read, matched against a
    // member's path and its file name; empty: every member whose name says it is a leak file.
    LeakArchive(const QString &path, const QStringList &memberGlobs = {}, const LeakArchiveLimits &limits = {});
    ~LeakArchive();

    // The next member, in the archive's order; false after the last. Throws
    // Error(RejectedInput) for a damaged archive.
    bool next(LeakArchiveMember *member);
    // The current member's bytes, readable until next(); refuses an encrypted member.
    std::unique_ptr<LeakByteSource> open();
    // "/data/leaks.zip/users.csv": the member in messages.
    QString memberPath(const LeakArchiveMember &member) const;
    // "leaks.zip/users.csv": the member as an import's source.
    QString sourceName(const LeakArchiveMember &member) const;
    const QString &path() const;

    struct Handle;

private:
    std::shared_ptr<Handle> d;
    QStringList m_globs;
    LeakArchiveMember m_current;
};

} // namespace BreachAdvisor
