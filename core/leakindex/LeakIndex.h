#pragma once

#include "IdentifierHasher.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace BreachAdvisor {

class Database;
class Statement;

// Reads the encrypted index of imported leak records (layout: LeakIndexFormat.h).
// Caches the list of imports and one prepared query per import: call invalidate()
// after anything wrote to the index (LeakIndexWriter).
class LeakIndex
{
public:
    struct Match
    {
        qint64 breachId = 0;
        QStringList fields; // data classes non-empty in this person's record(s), union
        QStringList sites;  // the sites their logins were for (stealer logs' host names), if the file said
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
        qint64 keyId = 0; // index_key whose HMAC made its hashes; 0: the vault's own identifier key
    };
    // One identifier to look up: hashed here, once per key the imports were made with.
    struct Probe
    {
        IdentifierKind kind;
        QByteArray normalizedUtf8;
    };
    struct BreachTotals
    {
        qint64 breachId = 0;
        qint64 imports = 0;
        qint64 rows = 0;
        qint64 records = 0;
        qint64 bytes = 0;
        double bytesPerRecord() const { return records > 0 ? double(bytes) / double(records) : 0.0; }
    };

    explicit LeakIndex(Database &db);
    ~LeakIndex();

    // All breaches holding each identifier, in one read transaction; the lookups are
    // made in bucket order, so a batch reads each page of the index once. ownHasher
    // hashes with the vault's identifier key; imports from another vault's index (a
    // help desk's bundle) are searched with that vault's key, kept in index_key.
    QList<QList<Match>> lookup(const QList<Probe> &probes, const IdentifierHasher &ownHasher);
    const QList<ImportInfo> &imports();
    std::optional<ImportInfo> import(qint64 importId);
    // Per breach, in the order of their first import.
    QList<BreachTotals> totalsByBreach();
    qint64 recordCount();
    void invalidate();

private:
    std::optional<QList<ImportInfo>> m_imports;
    QStringList sitesOf(qint64 importId, const std::vector<int> &siteNumbers);
    const IdentifierHasher &hasherFor(qint64 keyId, const IdentifierHasher &ownHasher);
    // Looks the digests up in the imports at these places of imports(), adding to results.
    void lookupIn(const std::vector<qsizetype> &importIndexes, const QList<IdentifierHasher::Digest> &digests,
                  QList<QList<Match>> &results);

    std::vector<std::unique_ptr<Statement>> m_bucketQueries; // one per import, prepared once
    std::unique_ptr<Statement> m_siteQuery;
    std::map<qint64, std::unique_ptr<IdentifierHasher>> m_hashers; // other vaults' keys, by index_key id
    Database &m_db;
};

} // namespace BreachAdvisor
