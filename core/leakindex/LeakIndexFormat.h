#pragma once

#include "IdentifierHasher.h"

#include <QString>

#include <cstdint>

// How the leak index is stored, in one place: LeakIndex reads this layout,
// LeakIndexWriter writes it.
//
// Every import is one row of leak_import and one table leak_bucket_<id>(bucket
// INTEGER PRIMARY KEY, entries BLOB). A record's bucket is the top bucketBits bits of
// its identifier's keyed hash; within a bucket, entries are sorted, each the next 48
// bits of the hash (6 bytes, big-endian) followed by the record's field-set number
// (1 byte, or 2 when the import has more than 256 field sets), then, for an import that
// named sites (a stealer log's), the record's site number (2 bytes, big-endian; leak_import_site). So an
// entry is 7 or 8 bytes without sites, 9 or 10 with them.
namespace BreachAdvisor::LeakIndexFormat {

constexpr int kRemainderBytes = 6;
constexpr double kEntriesPerBucket = 40; // a bucket is about one page of entries
constexpr int kMinBucketBits = 8;
constexpr int kMaxBucketBits = 32;

// One identifier of one leak row, as the importer sorts it: 96 bits of its keyed hash,
// its field-set number and its site number (0: none).
struct Record
{
    std::uint64_t high;
    std::uint32_t low;
    std::uint16_t fieldSet;
    std::uint16_t site;

    bool operator<(const Record &other) const
    {
        if (high != other.high) return high < other.high;
        if (low != other.low) return low < other.low;
        if (fieldSet != other.fieldSet) return fieldSet < other.fieldSet;
        return site < other.site;
    }
    bool operator==(const Record &other) const
    {
        return high == other.high && low == other.low && fieldSet == other.fieldSet && site == other.site;
    }
};
static_assert(sizeof(Record) == 16, "records are spilled as 16-byte blocks");

inline std::uint64_t highOf(const IdentifierHasher::Digest &digest)
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        value = (value << 8) | digest[i];
    }
    return value;
}

inline std::uint32_t lowOf(const IdentifierHasher::Digest &digest)
{
    std::uint32_t value = 0;
    for (std::size_t i = 8; i < 12; ++i) {
        value = (value << 8) | digest[i];
    }
    return value;
}

inline Record recordOf(const IdentifierHasher::Digest &digest)
{
    return Record{highOf(digest), lowOf(digest), 0, 0};
}

inline std::uint64_t bucketOf(std::uint64_t hashHigh, int bucketBits)
{
    return hashHigh >> (64 - bucketBits);
}

// Bits [bucketBits, bucketBits + 48) of the 96-bit (high:low) hash prefix.
inline std::uint64_t remainderOf(std::uint64_t hashHigh, std::uint32_t hashLow, int bucketBits)
{
    std::uint64_t remainder = (hashHigh << bucketBits) >> 16;
    if (bucketBits > 16) {
        remainder |= std::uint64_t(hashLow) >> (48 - bucketBits);
    }
    return remainder & ((std::uint64_t(1) << 48) - 1);
}

// The remainder as stored: big-endian, so that entries sort bytewise.
inline void writeRemainder(std::uint64_t remainder, unsigned char out[kRemainderBytes])
{
    for (int byte = 0; byte < kRemainderBytes; ++byte) {
        out[byte] = static_cast<unsigned char>(remainder >> (8 * (kRemainderBytes - 1 - byte)));
    }
}

constexpr int kSiteBytes = 2;
constexpr int kMaxSites = 65535;

inline int entrySizeFor(std::size_t fieldSetCount, bool sites = false)
{
    return kRemainderBytes + (fieldSetCount <= 256 ? 1 : 2) + (sites ? kSiteBytes : 0);
}

// What an entry of this size holds after the remainder.
inline int fieldSetBytesOf(int entrySize)
{
    return (entrySize - kRemainderBytes) % 2 == 1 ? 1 : 2;
}

inline bool hasSites(int entrySize)
{
    return entrySize - kRemainderBytes > 2;
}

// Enough bits for about kEntriesPerBucket records a bucket.
int bucketBitsFor(std::uint64_t records);

inline QString tableName(qint64 importId)
{
    return QStringLiteral("leak_bucket_%1").arg(importId);
}

} // namespace BreachAdvisor::LeakIndexFormat
