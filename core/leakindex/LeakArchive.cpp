#include "LeakArchive.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

#include <vector>

namespace BreachAdvisor {

namespace {

constexpr std::size_t kBlockSize = std::size_t(1) << 16;

enum class Kind { Archive, Compressed };

// libarchive with only what leak archives need: no external programs, no exotic formats.
archive *openArchive(const QString &path, Kind kind)
{
    archive *a = archive_read_new();
    if (kind == Kind::Archive) {
        archive_read_support_filter_gzip(a); // a .gz that is not a tar is zlib's
        archive_read_support_format_zip(a);
        archive_read_support_format_7zip(a);
        archive_read_support_format_tar(a);
    } else {
        archive_read_support_format_raw(a);
    }
    archive_read_support_filter_bzip2(a);
    archive_read_support_filter_xz(a);
    archive_read_support_filter_lzma(a);
    archive_read_support_filter_zstd(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), kBlockSize) != ARCHIVE_OK) {
        archive_read_free(a);
        return nullptr;
    }
    return a;
}

QString libarchiveError(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : QString();
}

[[noreturn]] void rejectEncrypted(const QString &what)
{
    throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakArchive", "%1 is encrypted: Breach Advisor does not read encrypted "
                                                                                     "archives. Extract it with its password, then import "
                                                                                     "the extracted file.")
                                              .arg(what));
}

[[noreturn]] void rejectDamaged(const QString &what, archive *a, Kind kind)
{
    if (archive_read_has_encrypted_entries(a) > 0) {
        rejectEncrypted(what);
    }
    // A single compressed file is a compressed leak file, as a .gz is.
    throw Error(ErrorKind::RejectedInput,
                (kind == Kind::Compressed ? QCoreApplication::translate("LeakFile", "%1: the compressed file is truncated or corrupt (%2)")
                                          : QCoreApplication::translate("LeakArchive", "%1: the archive is truncated or corrupt (%2)"))
                    .arg(what, libarchiveError(a)));
}

QString memberName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry)) {
        return QString::fromUtf8(utf8);
    }
    const char *name = archive_entry_pathname(entry);
    return name ? QString::fromLocal8Bit(name) : QString();
}

} // namespace

struct LeakArchive::Handle
{
    archive *a = nullptr;
    QString path;
    Kind kind = Kind::Archive;
    std::int64_t storedSize = 0;
    LeakArchiveLimits limits;
    std::int64_t unpacked = 0; // of all the members read
    std::uint64_t member = 0;  // which member the archive is at: a source of another one reads nothing
    ~Handle()
    {
        if (a) {
            archive_read_free(a);
        }
    }
};

namespace {

// The bytes of the member the archive is at, counted against the archive's limits.
class MemberSource final : public LeakByteSource
{
public:
    MemberSource(std::shared_ptr<LeakArchive::Handle> handle, const QString &name)
        : m_handle(std::move(handle))
        , m_name(name)
        , m_member(m_handle->member)
        , m_start(archive_filter_bytes(m_handle->a, -1))
    {
    }

    std::size_t read(char *data, std::size_t size) override
    {
        LeakArchive::Handle &h = *m_handle;
        if (h.member != m_member) {
            return 0;
        }
        // libarchive hands out a block at a time: the reader wants its buffer full.
        std::size_t got = 0;
        while (got < size) {
            const la_ssize_t r = archive_read_data(h.a, data + got, size - got);
            if (r < 0) {
                rejectDamaged(m_name, h.a, h.kind);
            }
            if (r == 0) {
                break;
            }
            got += std::size_t(r);
        }
        m_unpacked += std::int64_t(got);
        h.unpacked += std::int64_t(got);
        // The compressed bytes read for this member; a 7z is read from its end first (where its
        // directory is), so there the counter can stand before the member's start: then the
        // whole archive is the bound.
        const std::int64_t consumed = archive_filter_bytes(h.a, -1) - m_start;
        const std::int64_t compressed = consumed > 0 ? consumed : std::max<std::int64_t>(1, h.storedSize);
        if (m_unpacked > h.limits.ratioFreeBytes && double(m_unpacked) > h.limits.maxRatio * double(compressed)) {
            throw Error(ErrorKind::RejectedInput,
                        QCoreApplication::translate("LeakArchive", "%1 unpacks to over %2 times its compressed size, which no leak file "
                                                                   "does: refused as an archive bomb. Nothing was imported.")
                            .arg(m_name, QLocale().toString(h.limits.maxRatio)));
        }
        if (h.unpacked > h.limits.maxUnpackedBytes) {
            throw Error(ErrorKind::RejectedInput,
                        QCoreApplication::translate("LeakArchive", "%1: more than %2 unpacked, the limit for one archive: refused as an "
                                                                   "archive bomb. Nothing was imported.")
                            .arg(m_name, QLocale().formattedDataSize(h.limits.maxUnpackedBytes)));
        }
        return got;
    }

    void checkRest() override
    {
        std::vector<char> scratch(std::size_t(1) << 20);
        while (read(scratch.data(), scratch.size()) > 0) {
        }
    }

    std::int64_t bytesConsumed() const override { return archive_filter_bytes(m_handle->a, -1); }
    std::int64_t storedSize() const override { return m_handle->storedSize; }

private:
    std::shared_ptr<LeakArchive::Handle> m_handle;
    QString m_name;
    std::uint64_t m_member = 0;
    std::int64_t m_start = 0;
    std::int64_t m_unpacked = 0;
};

} // namespace

QJsonObject LeakArchiveMember::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("size"), size >= 0 ? QJsonValue(double(size)) : QJsonValue()},
                       {QStringLiteral("chosen"), chosen},
                       {QStringLiteral("encrypted"), encrypted},
                       {QStringLiteral("reason"), chosen ? QJsonValue() : QJsonValue(reason)}};
}

bool LeakArchive::isArchive(const QString &path)
{
    archive *a = openArchive(path, Kind::Archive);
    if (!a) {
        return false;
    }
    archive_entry *entry = nullptr;
    const int result = archive_read_next_header(a, &entry);
    // A format was recognized even when its first header is damaged (a truncated zip):
    // that is a broken archive, not a text file.
    const bool recognized = result == ARCHIVE_OK || result == ARCHIVE_WARN || archive_format(a) != 0;
    archive_read_free(a);
    return recognized;
}

std::unique_ptr<LeakByteSource> LeakArchive::openCompressed(const QString &path, const LeakArchiveLimits &limits)
{
    archive *a = openArchive(path, Kind::Compressed);
    if (!a) {
        return nullptr;
    }
    if (archive_filter_count(a) < 2) {
        archive_read_free(a); // only the file itself: not compressed (or gzip, zlib's)
        return nullptr;
    }
    auto handle = std::make_shared<Handle>();
    handle->a = a;
    handle->path = path;
    handle->kind = Kind::Compressed;
    handle->storedSize = QFileInfo(path).size();
    handle->limits = limits;
    archive_entry *entry = nullptr;
    if (archive_read_next_header(a, &entry) < ARCHIVE_WARN) {
        rejectDamaged(path, a, Kind::Compressed);
    }
    return std::make_unique<MemberSource>(handle, path);
}

bool LeakArchive::looksLikeLeakFile(const QString &name, QString *reason)
{
    const QString lower = name.toLower();
    const QString file = lower.section(QLatin1Char('/'), -1);
    if (lower.startsWith(QLatin1String("__macosx/")) || file.startsWith(QLatin1String("._")) || file == QLatin1String(".ds_store")) {
        *reason = QCoreApplication::translate("LeakArchive", "macOS metadata");
        return false;
    }
    if (file.startsWith(QLatin1String("readme")) || file.startsWith(QLatin1String("license")) || file.startsWith(QLatin1String("licence"))) {
        *reason = QCoreApplication::translate("LeakArchive", "a read-me or licence");
        return false;
    }
    const QString suffix = QFileInfo(file).suffix();
    static const QStringList leakSuffixes = {QStringLiteral("csv"),   QStringLiteral("tsv"),    QStringLiteral("tab"), QStringLiteral("txt"),
                                             QStringLiteral("jsonl"), QStringLiteral("ndjson"), QStringLiteral("json"),  QStringLiteral("sql")};
    static const QStringList packedSuffixes = {QStringLiteral("gz"),  QStringLiteral("bz2"), QStringLiteral("xz"),  QStringLiteral("zst"),
                                               QStringLiteral("lzma"), QStringLiteral("zip"), QStringLiteral("7z"),  QStringLiteral("tar"),
                                               QStringLiteral("tgz"), QStringLiteral("rar")};
    if (leakSuffixes.contains(suffix)) {
        return true;
    }
    *reason = packedSuffixes.contains(suffix)
                  ? QCoreApplication::translate("LeakArchive", "compressed inside the archive: extract it, then import it")
                  : QCoreApplication::translate("LeakArchive", "not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)");
    return false;
}

LeakArchive::LeakArchive(const QString &path, const QStringList &memberGlobs, const LeakArchiveLimits &limits)
    : d(std::make_shared<Handle>())
    , m_globs(memberGlobs)
{
    if (!QFileInfo(path).isFile()) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1: no such file").arg(path));
    }
    d->a = openArchive(path, Kind::Archive);
    if (!d->a) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1: cannot open the file").arg(path));
    }
    d->path = path;
    d->storedSize = QFileInfo(path).size();
    d->limits = limits;
}

LeakArchive::~LeakArchive() = default;

const QString &LeakArchive::path() const
{
    return d->path;
}

QString LeakArchive::memberPath(const LeakArchiveMember &member) const
{
    return d->path + QLatin1Char('/') + member.name;
}

QString LeakArchive::sourceName(const LeakArchiveMember &member) const
{
    return QFileInfo(d->path).fileName() + QLatin1Char('/') + member.name;
}

bool LeakArchive::next(LeakArchiveMember *member)
{
    ++d->member; // the previous member's source reads nothing more
    archive_entry *entry = nullptr;
    const int result = archive_read_next_header(d->a, &entry);
    if (result == ARCHIVE_EOF) {
        return false;
    }
    if (result < ARCHIVE_WARN) {
        rejectDamaged(d->path, d->a, Kind::Archive);
    }
    LeakArchiveMember m;
    m.name = memberName(entry);
    m.size = archive_entry_size_is_set(entry) ? std::int64_t(archive_entry_size(entry)) : -1;
    m.encrypted = archive_entry_is_encrypted(entry) != 0;
    const auto type = archive_entry_filetype(entry);
    if (type == AE_IFDIR) {
        m.reason = QCoreApplication::translate("LeakArchive", "a folder");
    } else if (type != AE_IFREG) {
        m.reason = QCoreApplication::translate("LeakArchive", "not a file (a link or a device)");
    } else if (!m_globs.isEmpty()) {
        const QString file = m.name.section(QLatin1Char('/'), -1);
        for (const QString &glob : std::as_const(m_globs)) {
            const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(glob));
            m.chosen = m.chosen || pattern.match(m.name).hasMatch() || pattern.match(file).hasMatch();
        }
        if (!m.chosen) {
            m.reason = QCoreApplication::translate("LeakArchive", "not picked by --member");
        }
    } else {
        m.chosen = looksLikeLeakFile(m.name, &m.reason);
    }
    if (m.chosen && m.size == 0) {
        m.chosen = false;
        m.reason = QCoreApplication::translate("LeakArchive", "empty");
    }
    m_current = m;
    *member = m;
    return true;
}

std::unique_ptr<LeakByteSource> LeakArchive::open()
{
    if (m_current.encrypted) {
        rejectEncrypted(memberPath(m_current));
    }
    return std::make_unique<MemberSource>(d, memberPath(m_current));
}

} // namespace BreachAdvisor
