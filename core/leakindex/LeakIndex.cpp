#include "LeakIndex.h"

#include "LeakIndexFormat.h"
#include "Error.h"
#include "SqlCipher.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace BreachAdvisor {

namespace {

void addFields(QStringList &into, const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!into.contains(field)) {
            into << field;
        }
    }
}

// The field sets of every record with this remainder in one bucket's entries; false
// when there is none.
bool findEntries(const QByteArray &entries, int entrySize, const unsigned char wanted[LeakIndexFormat::kRemainderBytes],
                 const QList<QStringList> &fieldSets, QStringList *fields, std::vector<int> *sites)
{
    const int fieldSetBytes = LeakIndexFormat::fieldSetBytesOf(entrySize);
    const bool hasSites = LeakIndexFormat::hasSites(entrySize);
    const auto *data = reinterpret_cast<const unsigned char *>(entries.constData());
    const std::size_t size = std::size_t(entrySize);
    const std::size_t count = std::size_t(entries.size()) / size;
    // Entries are sorted: binary search for the first with this remainder.
    std::size_t first = 0;
    std::size_t last = count;
    while (first < last) {
        const std::size_t middle = (first + last) / 2;
        if (std::memcmp(data + middle * size, wanted, LeakIndexFormat::kRemainderBytes) < 0) {
            first = middle + 1;
        } else {
            last = middle;
        }
    }
    bool found = false;
    for (std::size_t entry = first; entry < count; ++entry) {
        const unsigned char *at = data + entry * size;
        if (std::memcmp(at, wanted, LeakIndexFormat::kRemainderBytes) != 0) {
            break;
        }
        const unsigned char *after = at + LeakIndexFormat::kRemainderBytes;
        const int fieldSet = fieldSetBytes == 2 ? (after[0] << 8) | after[1] : after[0];
        if (hasSites) {
            const int site = (after[fieldSetBytes] << 8) | after[fieldSetBytes + 1];
            if (site != 0 && std::find(sites->cbegin(), sites->cend(), site) == sites->cend()) {
                sites->push_back(site);
            }
        }
        found = true;
        addFields(*fields, fieldSets.value(fieldSet));
    }
    return found;
}

} // namespace

LeakIndex::LeakIndex(Database &db)
    : m_db(db)
{
}

LeakIndex::~LeakIndex() = default;

void LeakIndex::invalidate()
{
    m_imports.reset();
    m_bucketQueries.clear();
    m_siteQuery.reset();
    m_hashers.clear();
}

QStringList LeakIndex::sitesOf(qint64 importId, const std::vector<int> &siteNumbers)
{
    if (!m_siteQuery) {
        m_siteQuery = std::make_unique<Statement>(m_db.prepare("SELECT host FROM leak_import_site WHERE import_id = ? AND site = ?;"));
    }
    QStringList hosts;
    for (const int site : siteNumbers) {
        m_siteQuery->bind(1, importId).bind(2, qint64(site));
        if (m_siteQuery->step()) {
            hosts << m_siteQuery->columnText(0);
        }
        m_siteQuery->reset();
    }
    return hosts;
}

const QList<LeakIndex::ImportInfo> &LeakIndex::imports()
{
    if (m_imports) {
        return *m_imports;
    }
    QList<ImportInfo> imports;
    Statement query = m_db.prepare("SELECT id, breach_id, source_name, imported_at, row_count, record_count, "
                                   "skipped_count, byte_count, bucket_bits, entry_size, field_sets, key_id "
                                   "FROM leak_import ORDER BY id;");
    while (query.step()) {
        ImportInfo info;
        info.id = query.columnInt64(0);
        info.breachId = query.columnInt64(1);
        info.sourceName = query.columnText(2);
        info.importedAt = QDateTime::fromString(query.columnText(3), Qt::ISODate);
        info.rows = query.columnInt64(4);
        info.records = query.columnInt64(5);
        info.skipped = query.columnInt64(6);
        info.bytes = query.columnInt64(7);
        info.bucketBits = int(query.columnInt64(8));
        info.entrySize = int(query.columnInt64(9));
        for (const QJsonValue &set : QJsonDocument::fromJson(query.columnText(10).toUtf8()).array()) {
            QStringList classes;
            for (const QJsonValue &name : set.toArray()) {
                classes << name.toString();
            }
            info.fieldSets << classes;
        }
        info.keyId = query.columnIsNull(11) ? 0 : query.columnInt64(11);
        imports << info;
    }
    m_bucketQueries.clear();
    for (const ImportInfo &import : std::as_const(imports)) {
        const QByteArray sql =
            QStringLiteral("SELECT entries FROM %1 WHERE bucket = ?;").arg(LeakIndexFormat::tableName(import.id)).toLatin1();
        m_bucketQueries.push_back(std::make_unique<Statement>(m_db.prepare(sql.constData())));
    }
    m_imports = imports;
    return *m_imports;
}

std::optional<LeakIndex::ImportInfo> LeakIndex::import(qint64 importId)
{
    for (const ImportInfo &info : imports()) {
        if (info.id == importId) {
            return info;
        }
    }
    return std::nullopt;
}

QList<LeakIndex::BreachTotals> LeakIndex::totalsByBreach()
{
    QList<BreachTotals> totals;
    for (const ImportInfo &import : imports()) {
        auto it = std::find_if(totals.begin(), totals.end(), [&](const BreachTotals &t) { return t.breachId == import.breachId; });
        if (it == totals.end()) {
            totals << BreachTotals{import.breachId, 0, 0, 0, 0};
            it = totals.end() - 1;
        }
        ++it->imports;
        it->rows += import.rows;
        it->records += import.records;
        it->bytes += import.bytes;
    }
    return totals;
}

qint64 LeakIndex::recordCount()
{
    qint64 records = 0;
    for (const ImportInfo &import : imports()) {
        records += import.records;
    }
    return records;
}

const IdentifierHasher &LeakIndex::hasherFor(qint64 keyId, const IdentifierHasher &ownHasher)
{
    if (keyId == 0) {
        return ownHasher;
    }
    auto known = m_hashers.find(keyId);
    if (known == m_hashers.end()) {
        Statement query = m_db.prepare("SELECT key FROM index_key WHERE id = ?;");
        query.bind(1, keyId);
        SecureBuffer key = query.step() ? query.columnSecret(0) : SecureBuffer();
        if (key.size() != 32) {
            throw Error(ErrorKind::Damaged, QCoreApplication::translate("Vault", "The vault's identifier key has the wrong size: the vault is damaged."));
        }
        known = m_hashers.emplace(keyId, std::make_unique<IdentifierHasher>(std::move(key))).first;
    }
    return *known->second;
}

QList<QList<LeakIndex::Match>> LeakIndex::lookup(const QList<Probe> &probes, const IdentifierHasher &ownHasher)
{
    QList<QList<Match>> results(probes.size());
    m_db.exec("BEGIN;"); // one read transaction for the whole batch
    try {
        // The imports by the key their hashes were made with: each probe is hashed once per key.
        std::map<qint64, std::vector<qsizetype>> importsByKey;
        const QList<ImportInfo> &all = imports();
        for (qsizetype i = 0; i < all.size(); ++i) {
            importsByKey[all.at(i).keyId].push_back(i);
        }
        for (const auto &[keyId, importIndexes] : importsByKey) {
            const IdentifierHasher &hasher = hasherFor(keyId, ownHasher);
            QList<IdentifierHasher::Digest> digests;
            digests.reserve(probes.size());
            for (const Probe &probe : probes) {
                digests << hasher.hash(probe.kind, std::string_view(probe.normalizedUtf8.constData(), std::size_t(probe.normalizedUtf8.size())));
            }
            lookupIn(importIndexes, digests, results);
        }
    } catch (...) {
        m_db.exec("ROLLBACK;");
        throw;
    }
    m_db.exec("COMMIT;");
    return results;
}

void LeakIndex::lookupIn(const std::vector<qsizetype> &importIndexes, const QList<IdentifierHasher::Digest> &digests,
                         QList<QList<Match>> &results)
{
    // Bucket order is hash order, whatever an import's bucket bits.
    std::vector<qsizetype> order(std::size_t(digests.size()));
    std::iota(order.begin(), order.end(), 0);
    std::vector<std::uint64_t> highs(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        highs[i] = LeakIndexFormat::highOf(digests.at(qsizetype(i)));
    }
    std::sort(order.begin(), order.end(), [&highs](qsizetype a, qsizetype b) { return highs[std::size_t(a)] < highs[std::size_t(b)]; });

    {
        const QList<ImportInfo> &all = imports();
        for (const qsizetype importIndex : importIndexes) {
            const ImportInfo &import = all.at(importIndex);
            Statement &query = *m_bucketQueries[std::size_t(importIndex)];
            std::uint64_t loadedBucket = 0;
            bool haveBucket = false;
            QByteArray entries;
            for (const qsizetype i : order) {
                const std::uint64_t high = highs[std::size_t(i)];
                const std::uint64_t bucket = LeakIndexFormat::bucketOf(high, import.bucketBits);
                if (!haveBucket || bucket != loadedBucket) {
                    query.bind(1, qint64(bucket));
                    entries = query.step() ? query.columnBlob(0) : QByteArray();
                    query.reset();
                    loadedBucket = bucket;
                    haveBucket = true;
                }
                unsigned char wanted[LeakIndexFormat::kRemainderBytes];
                LeakIndexFormat::writeRemainder(
                    LeakIndexFormat::remainderOf(high, LeakIndexFormat::lowOf(digests.at(i)), import.bucketBits), wanted);
                QStringList fields;
                std::vector<int> siteNumbers;
                if (!findEntries(entries, import.entrySize, wanted, import.fieldSets, &fields, &siteNumbers)) {
                    continue;
                }
                const QStringList sites = siteNumbers.empty() ? QStringList() : sitesOf(import.id, siteNumbers);
                QList<Match> &matches = results[i];
                auto existing = std::find_if(matches.begin(), matches.end(),
                                             [&](const Match &match) { return match.breachId == import.breachId; });
                if (existing == matches.end()) {
                    matches << Match{import.breachId, fields, sites};
                } else {
                    addFields(existing->fields, fields);
                    addFields(existing->sites, sites);
                }
            }
        }
    }
}

} // namespace BreachAdvisor
