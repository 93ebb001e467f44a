#pragma once

// Archives for the tests, written with libarchive's writer: no binary fixtures.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

#include <stdexcept>

namespace BreachAdvisor::TestSupport {

struct ArchiveEntry
{
    QString name;
    QByteArray bytes;
    bool folder = false;
};

// kind: "zip", "7z", "tar", "tar.gz", "tar.bz2", "tar.xz", "tar.zst", or a single
// compressed file: "bz2", "xz", "zst" (one entry). A passphrase encrypts a zip (ZipCrypto).
inline void writeArchive(const QString &path, const QString &kind, const QList<ArchiveEntry> &entries, const char *passphrase = nullptr)
{
    archive *a = archive_write_new();
    const auto check = [&](int result) {
        if (result < ARCHIVE_WARN) {
            const std::string message = archive_error_string(a) ? archive_error_string(a) : "libarchive failed";
            archive_write_free(a);
            throw std::runtime_error(message);
        }
    };
    const bool single = kind == QLatin1String("bz2") || kind == QLatin1String("xz") || kind == QLatin1String("zst");
    if (kind == QLatin1String("zip")) {
        check(archive_write_set_format_zip(a));
    } else if (kind == QLatin1String("7z")) {
        check(archive_write_set_format_7zip(a));
    } else if (single) {
        check(archive_write_set_format_raw(a));
    } else {
        check(archive_write_set_format_pax_restricted(a));
    }
    if (kind.endsWith(QLatin1String("gz"))) {
        check(archive_write_add_filter_gzip(a));
    } else if (kind.endsWith(QLatin1String("bz2"))) {
        check(archive_write_add_filter_bzip2(a));
    } else if (kind.endsWith(QLatin1String("xz"))) {
        check(archive_write_add_filter_xz(a));
    } else if (kind.endsWith(QLatin1String("zst"))) {
        check(archive_write_add_filter_zstd(a));
    }
    if (passphrase) {
        check(archive_write_set_options(a, "zip:encryption=zipcrypt"));
        check(archive_write_set_passphrase(a, passphrase));
    }
    check(archive_write_open_filename(a, QFile::encodeName(path).constData()));
    for (const ArchiveEntry &entry : entries) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, entry.name.toUtf8().constData());
        archive_entry_set_filetype(e, entry.folder ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(e, entry.folder ? 0755 : 0644);
        archive_entry_set_size(e, entry.folder ? 0 : entry.bytes.size());
        check(archive_write_header(a, e));
        if (!entry.folder && !entry.bytes.isEmpty() && archive_write_data(a, entry.bytes.constData(), std::size_t(entry.bytes.size())) < 0) {
            check(ARCHIVE_FATAL);
        }
        archive_entry_free(e);
    }
    check(archive_write_close(a));
    archive_write_free(a);
}

} // namespace BreachAdvisor::TestSupport
