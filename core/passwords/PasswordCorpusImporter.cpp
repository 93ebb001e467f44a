#include "PasswordCorpusImporter.h"

#include "Error.h"
#include "LeakArchive.h"
#include "LeakFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>
#include <cstring>

namespace BreachAdvisor {

namespace {

constexpr std::size_t kReadSize = 1 << 20;
constexpr std::size_t kMaxLine = 256; // a hash, a colon and a count are under 70 bytes
constexpr int kSha1Digits = 40;
constexpr int kNtlmDigits = 32;
constexpr int kPrefixDigits = 5;
constexpr std::uint64_t kProgressEvery = 1 << 16;

// Each byte's value as a hex digit (either case), -1 for any other byte.
constexpr std::array<std::int8_t, 256> kHexValue = [] {
    std::array<std::int8_t, 256> table{};
    for (int c = 0; c < 256; ++c) {
        table[std::size_t(c)] = c >= '0' && c <= '9' ? std::int8_t(c - '0')
                              : c >= 'a' && c <= 'f' ? std::int8_t(c - 'a' + 10)
                              : c >= 'A' && c <= 'F' ? std::int8_t(c - 'A' + 10)
                                                     : std::int8_t(-1);
    }
    return table;
}();

// Reads lines of one file (or one prefix file) and hands each hash to the writer.
class CorpusReader
{
public:
    CorpusReader(PasswordIndexWriter *&writer, PasswordImportReport &report, const std::function<PasswordIndexWriter &(PasswordHashKind)> &start,
                 const WorkControl &control)
        : m_writer(writer)
        , m_report(report)
        , m_start(start)
        , m_control(control)
    {
    }

    // prefix: the 5 hex digits a prefix file's name gives its lines; empty for a whole file.
    void read(LeakByteSource &bytes, const QString &name, const QByteArray &prefix, const std::function<void()> &progress)
    {
        m_name = name;
        m_prefix = prefix;
        m_line = 0;
        std::vector<char> &buffer = m_buffer; // one for every file: the downloader's folder has a million
        std::size_t carried = 0; // the start of a line the last read ended inside
        for (;;) {
            const std::size_t got = bytes.read(buffer.data() + carried, kReadSize);
            const std::size_t end = carried + got;
            std::size_t start = 0;
            for (;;) {
                const void *newline = std::memchr(buffer.data() + start, '\n', end - start);
                if (!newline) {
                    break;
                }
                const std::size_t stop = std::size_t(static_cast<const char *>(newline) - buffer.data());
                line(buffer.data() + start, stop - start);
                start = stop + 1;
                if (m_report.lines % kProgressEvery == 0) {
                    m_control.throwIfCancelled();
                    progress();
                }
            }
            carried = end - start;
            if (got == 0) {
                if (carried > 0) {
                    line(buffer.data() + start, carried); // the last line may have no newline
                }
                return;
            }
            if (carried > kMaxLine) {
                ++m_line;
                malformed();
            }
            std::memmove(buffer.data(), buffer.data() + start, carried);
        }
    }

private:
    [[noreturn]] void refuse(const QString &problem) const
    {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("PasswordCorpus", "%1, line %2: %3").arg(m_name).arg(m_line).arg(problem));
    }

    [[noreturn]] void malformed() const
    {
        refuse(QCoreApplication::translate("PasswordCorpus", "not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, "
                                                             "a colon, how often it was seen). Nothing was imported."));
    }

    void line(const char *text, std::size_t size)
    {
        ++m_line;
        if (size > 0 && text[size - 1] == '\r') {
            --size;
        }
        if (size == 0) {
            ++m_report.blankLines;
            return;
        }
        if (size > kMaxLine) {
            malformed();
        }
        const auto *bytes = reinterpret_cast<const unsigned char *>(text);
        const char *colon = static_cast<const char *>(std::memchr(text, ':', size));
        if (!colon) {
            malformed();
        }
        const int digits = int(colon - text) + int(m_prefix.size());
        PasswordHashKind kind;
        if (digits == kSha1Digits) {
            kind = PasswordHashKind::Sha1;
        } else if (digits == kNtlmDigits) {
            kind = PasswordHashKind::Ntlm;
        } else {
            malformed();
        }
        if (!m_writer) {
            m_writer = &m_start(kind);
            m_report.kind = kind;
        } else if (kind != m_report.kind) {
            refuse(QCoreApplication::translate("PasswordCorpus", "an %1 hash, where the lines before hold %2 hashes: one list holds one kind. "
                                                                 "Nothing was imported.")
                       .arg(passwordHashKindName(kind), passwordHashKindName(m_report.kind)));
        }
        // The hash as bytes (a prefix file's name gives its first digits), checked digit by digit.
        std::array<std::uint8_t, kSha1Digits / 2> hash{};
        const int given = int(m_prefix.size());
        for (int i = 0; i < digits; ++i) {
            const int value = i < given ? kHexValue[static_cast<unsigned char>(m_prefix[i])] : kHexValue[bytes[i - given]];
            if (value < 0) {
                malformed();
            }
            hash[std::size_t(i / 2)] = std::uint8_t(hash[std::size_t(i / 2)] | (i % 2 ? value : value << 4));
        }
        std::uint64_t count = 0;
        const std::size_t countStart = std::size_t(colon - text) + 1;
        if (countStart == size || size - countStart > 20) {
            malformed();
        }
        for (std::size_t i = countStart; i < size; ++i) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                malformed();
            }
            const std::uint64_t next = count * 10 + (bytes[i] - '0');
            count = next < count ? ~std::uint64_t(0) : next;
        }
        if (m_haveLast && std::memcmp(hash.data(), m_last.data(), std::size_t(digits / 2)) <= 0) {
            refuse(QCoreApplication::translate("PasswordCorpus", "not in hash order (or the same hash again): the list must be the "
                                                                 "ordered-by-hash download. Nothing was imported."));
        }
        m_last = hash;
        m_haveLast = true;
        std::uint64_t key = 0;
        for (int i = 0; i < 8; ++i) {
            key = (key << 8) | hash[std::size_t(i)];
        }
        m_writer->add(key, PasswordSeen::classOf(count));
        ++m_report.lines;
    }

    PasswordIndexWriter *&m_writer;
    PasswordImportReport &m_report;
    const std::function<PasswordIndexWriter &(PasswordHashKind)> &m_start;
    const WorkControl &m_control;
    QString m_name;
    QByteArray m_prefix;
    std::uint64_t m_line = 0;
    std::vector<char> m_buffer = std::vector<char>(kReadSize + kMaxLine);
    std::array<std::uint8_t, kSha1Digits / 2> m_last{};
    bool m_haveLast = false; // across prefix files too: their order is the hash order
};

} // namespace

PasswordImportReport PasswordCorpusImporter::run(const QString &source, const QString &indexPath, const WorkControl &control)
{
    QElapsedTimer timer;
    timer.start();
    PasswordImportReport report;
    report.source = source;
    const QFileInfo info(source);
    QStringList prefixFiles;
    qint64 storedSize = 0;
    if (info.isDir()) {
        static const QRegularExpression prefixName(QStringLiteral("^[0-9A-Fa-f]{5}(\\.txt)?$"));
        const QFileInfoList entries = QDir(source).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (prefixName.match(entry.fileName()).hasMatch()) {
                prefixFiles << entry.filePath();
                storedSize += entry.size();
            } else {
                ++report.otherFiles;
            }
        }
        // In hash order whatever the case of their names.
        std::sort(prefixFiles.begin(), prefixFiles.end(),
                  [](const QString &a, const QString &b) { return QFileInfo(a).fileName().toUpper() < QFileInfo(b).fileName().toUpper(); });
        if (prefixFiles.isEmpty()) {
            throw Error(ErrorKind::RejectedInput,
                        QCoreApplication::translate("PasswordCorpus", "%1 holds no files named by a 5-digit hash prefix (00000.txt …): "
                                                                      "it is not the downloader's folder.")
                            .arg(source));
        }
    } else if (info.isFile()) {
        storedSize = info.size();
    } else {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("PasswordCorpus", "%1: no such file or folder").arg(source));
    }

    // The writer starts at the first line, which says the hash kind.
    std::unique_ptr<PasswordIndexWriter> writer;
    PasswordIndexWriter *current = nullptr;
    const std::function<PasswordIndexWriter &(PasswordHashKind)> start = [&](PasswordHashKind kind) -> PasswordIndexWriter & {
        // About 45 bytes a line as stored; compressed, about a third of that.
        const bool compressed = !info.isDir() && !source.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
        const std::uint64_t expected = std::uint64_t(storedSize) / (compressed ? 15 : 45);
        writer = std::make_unique<PasswordIndexWriter>(indexPath, kind, PasswordIndexFormat::partitionBitsFor(expected),
                                                       QFileInfo(source).fileName());
        return *writer;
    };
    CorpusReader reader(current, report, start, control);
    if (info.isDir()) {
        for (qsizetype i = 0; i < prefixFiles.size(); ++i) {
            const QString &path = prefixFiles.at(i);
            const std::unique_ptr<LeakByteSource> bytes = openLeakBytes(path);
            reader.read(*bytes, path, QFileInfo(path).fileName().left(kPrefixDigits).toUpper().toLatin1(),
                        [&] { control.report(i, prefixFiles.size()); });
            ++report.prefixFiles;
        }
    } else if (LeakArchive::isArchive(source)) {
        // An archive as HIBP once served the list (a .7z of one .txt): its text members in turn,
        // one list (the order carries on from one to the next).
        LeakArchive archive(source, {QStringLiteral("*.txt")});
        LeakArchiveMember member;
        while (archive.next(&member)) {
            if (!member.chosen) {
                ++report.otherFiles;
                continue;
            }
            const std::unique_ptr<LeakByteSource> bytes = archive.open();
            reader.read(*bytes, archive.memberPath(member), QByteArray(), [&] { control.report(bytes->bytesConsumed(), bytes->storedSize()); });
            bytes->checkRest();
        }
    } else {
        const std::unique_ptr<LeakByteSource> bytes = openLeakBytes(source);
        reader.read(*bytes, source, QByteArray(), [&] { control.report(bytes->bytesConsumed(), bytes->storedSize()); });
        bytes->checkRest();
    }
    control.throwIfCancelled();
    if (!writer || report.lines == 0) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("PasswordCorpus", "%1 holds no password hashes.").arg(source));
    }
    const PasswordIndexWriter::Written written = writer->commit();
    report.hashes = written.hashes;
    report.merged = written.merged;
    report.bytes = written.bytes;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace BreachAdvisor
