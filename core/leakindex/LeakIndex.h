#pragma once

#include "IdentifierHasher.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace BreachAdvisor {

class Database;
class Statement;

// The encrypted index of imported leak records. Each import is a table of buckets:
// a record is the 48 bits of its identifier's keyed hash that follow the bucket's
// bits, plus the number of its field set — about 7 bytes.
class LeakIndex
{
public:
    static constexpr int kRemainderBytes = 6;

    struct Match
    {
        qint64 breachId = 0;
        QStringList fields; // data classes non-empty in this person's record(s), union
    };
    struct ImportInfo
    {
        qint64 id = 0;
        qint64 breachId = 0;
        QString sourceName;
        QDateTime importedAt;
        qint64 rows = 0;
        qint64 records = 0;
        qint64 skipped = 0;
        qint64 bytes = 0;
        int bucketBits = 0;
        int entrySize = 0;
        QList<QStringList> fieldSets;
    };

    explicit LeakIndex(Database &db);
    ~LeakIndex();

    // All breaches holding each identifier, in one read transaction.
    QList<QList<Match>> lookup(const QList<IdentifierHasher::Digest> &digests);
    QList<ImportInfo> imports();
    // Undoes an import; false when there is none with that id.
    bool removeImport(qint64 importId);

    // Key layout, shared with the importer.
    static std::uint64_t bucketOf(std::uint64_t hashHigh, int bucketBits)
    {
        return hashHigh >> (64 - bucketBits);
    }
    // Bits [bucketBits, bucketBits + 48) of the 96-bit (high:low) hash prefix.
    static std::uint64_t remainderOf(std::uint64_t hashHigh, std::uint32_t hashLow, int bucketBits)
    {
        std::uint64_t remainder = (hashHigh << bucketBits) >> 16;
        if (bucketBits > 16) {
            remainder |= std::uint64_t(hashLow) >> (48 - bucketBits);
        }
        return remainder & ((std::uint64_t(1) << 48) - 1);
    }
    static std::uint64_t highOf(const IdentifierHasher::Digest &digest);
    static std::uint32_t lowOf(const IdentifierHasher::Digest &digest);
    static QString tableName(qint64 importId);

private:
    const QList<ImportInfo> &cachedImports();
    std::optional<QList<ImportInfo>> m_imports;
    std::vector<std::unique_ptr<Statement>> m_bucketQueries; // one per import, prepared once
    Database &m_db;
};

} // namespace BreachAdvisor
