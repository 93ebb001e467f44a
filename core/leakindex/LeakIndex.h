#pragma once

#include "IdentifierHasher.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    // made in bucket order, so a batch reads each page of the index once.
    QList<QList<Match>> lookup(const QList<IdentifierHasher::Digest> &digests);
    const QList<ImportInfo> &imports();
    std::optional<ImportInfo> import(qint64 importId);
    // Per breach, in the order of their first import.
    QList<BreachTotals> totalsByBreach();
    qint64 recordCount();
    void invalidate();

private:
    std::optional<QList<ImportInfo>> m_imports;
    QStringList sitesOf(qint64 importId, const std::vector<int> &siteNumbers);

    std::vector<std::unique_ptr<Statement>> m_bucketQueries; // one per import, prepared once
    std::unique_ptr<Statement> m_siteQuery;
    Database &m_db;
};

} // namespace BreachAdvisor
