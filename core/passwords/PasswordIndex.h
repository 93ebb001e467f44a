#pragma once

#include <QDateTime>
#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace BreachAdvisor {

// Which hash the leaked-password corpus lists (Have I Been Pwned's Pwned Passwords comes in both).
enum class PasswordHashKind : std::uint32_t {
    Sha1 = 1, // SHA-1 of the password's UTF-8 bytes
    Ntlm = 2, // MD4 of its UTF-16LE code units (Windows' NT hash)
};

// "SHA-1" or "NTLM", as people and HIBP's files name them.
QString passwordHashKindName(PasswordHashKind kind);

// How often a password was seen, kept coarsely: class c means "at least kSeenAtLeast[c] times".
namespace PasswordSeen {
constexpr int kClasses = 8;
constexpr std::uint64_t kAtLeast[kClasses] = {1, 2, 10, 100, 1000, 10000, 100000, 1000000};
int classOf(std::uint64_t count);
} // namespace PasswordSeen

// The leaked-password corpus as one read-only file beside the vault (public data: not
// encrypted): the hashes' first 64 bits, sorted, in 2^P partitions by their top bits, each an
// Elias–Fano list (a unary bitmap of the high bits, then the low bits packed) followed by the
// 3-bit seen classes. A directory gives each partition's place; BLAKE2b-128 digests of every
// 4 KiB of the data, and one digest over the header, the directory and those digests, make a
// changed byte show: the header and directory when opened, each data chunk before it is first
// used in an answer.
namespace PasswordIndexFormat {
constexpr char kMagic[] = "breach-advisor-passwords\n"; // 25 bytes
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::size_t kHeaderSize = 4096;
constexpr std::size_t kChunkSize = 4096;
constexpr std::size_t kChunkDigestSize = 16;
constexpr std::size_t kDirectoryEntrySize = 16; // u64 offset, u32 count, u8 low bits, 3 spare
constexpr int kMaxPartitionBits = 24;
constexpr int kSeenBits = 3;
// Partition bits for about this many hashes: a partition of about 4096 hashes is scanned in
// well under a microsecond and costs its directory entry 0.03 bits a hash.
int partitionBitsFor(std::uint64_t expectedHashes);
} // namespace PasswordIndexFormat

// Writes the file from hashes in ascending order, in memory bounded by one partition, the
// directory and the chunk digests (under 1 % of the file); the file appears whole at commit
// (QSaveFile), or not at all.
class PasswordIndexWriter
{
public:
    PasswordIndexWriter(const QString &path, PasswordHashKind kind, int partitionBits, const QString &sourceName);
    ~PasswordIndexWriter();

    // Keys (a hash's first 64 bits) ascending; an equal key (two hashes alike in their first
    // 64 bits) keeps the higher class. False for a key below the last one.
    bool add(std::uint64_t key, int seenClass);
    struct Written
    {
        std::uint64_t hashes = 0;
        std::uint64_t merged = 0; // keys equal to the one before, kept once
        qint64 bytes = 0;
    };
    Written commit();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Reads the file, memory-mapped. Not thread-safe (it notes which chunks it has checked).
class PasswordIndex
{
public:
    struct Info
    {
        PasswordHashKind kind = PasswordHashKind::Sha1;
        std::uint64_t hashes = 0;
        qint64 bytes = 0;
        QString sourceName;
        QDateTime importedAt;
        int partitionBits = 0;
    };

    // Throws Error(NotFound) when there is no file, Error(RejectedInput) naming it for one
    // that is not one, of a newer format, cut short or changed.
    explicit PasswordIndex(const QString &path);
    ~PasswordIndex();

    const Info &info() const { return m_info; }
    // The seen class of the hash whose first 64 bits are key; nullopt when it is not listed.
    // Throws Error(RejectedInput) when a chunk it reads was changed since the import.
    std::optional<int> find(std::uint64_t key);
    // Every chunk checked now rather than when first used (a full read of the file).
    void verifyAll();

private:
    void checkRange(std::uint64_t offset, std::uint64_t size);
    [[noreturn]] void changed() const;

    QString m_path;
    QFile m_file;
    const unsigned char *m_map = nullptr;
    qint64 m_size = 0;
    Info m_info;
    std::uint64_t m_dataOffset = 0;
    std::uint64_t m_dataSize = 0;
    const unsigned char *m_directory = nullptr;
    const unsigned char *m_digests = nullptr;
    std::vector<bool> m_checked;
};

} // namespace BreachAdvisor
