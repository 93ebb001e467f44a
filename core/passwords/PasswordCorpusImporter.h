#pragma once

#include "PasswordIndex.h"
#include "WorkControl.h"

#include <QString>

namespace BreachAdvisor {

struct PasswordImportReport
{
    QString source;
    PasswordHashKind kind = PasswordHashKind::Sha1;
    std::uint64_t lines = 0;      // hash lines read
    std::uint64_t hashes = 0;     // kept (lines less those alike in their first 64 bits)
    std::uint64_t merged = 0;     // alike in their first 64 bits to the line before: kept once
    std::uint64_t blankLines = 0; // skipped
    int prefixFiles = 0;          // the downloader's layout: files read (1,048,576 for all of it)
    int otherFiles = 0;           // in that folder (or archive) but not a prefix (text) file: not read
    qint64 bytes = 0;             // of the index written
    double seconds = 0;
};

// Imports Have I Been Pwned's Pwned Passwords corpus into a PasswordIndex file: the
// ordered-by-hash text ("HASH:COUNT" a line, SHA-1 or NTLM, either case, CRLF or LF), plain
// or compressed (gzip, bzip2, xz, zstd; or the .txt inside a 7z or zip), or a folder of the
// downloader's files, one per 5-hex prefix ("00000.txt", lines of the 35-hex rest). Streamed
// in constant memory; the index file is replaced only when the whole corpus was read. A malformed line, one out of hash order, or a cut file is
// refused with the file and line named (Error RejectedInput); Cancel throws Error(Cancelled);
// either way the index as it was stays.
class PasswordCorpusImporter
{
public:
    static constexpr int kPrefixFiles = 1 << 20;

    static PasswordImportReport run(const QString &source, const QString &indexPath, const WorkControl &control = {});
};

} // namespace BreachAdvisor
