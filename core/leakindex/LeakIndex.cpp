#include "LeakIndex.h"

#include "Error.h"
#include "SqlCipher.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace BreachAdvisor {

LeakIndex::LeakIndex(Database &db)
    : m_db(db)
{
}

LeakIndex::~LeakIndex() = default;

std::uint64_t LeakIndex::highOf(const IdentifierHasher::Digest &digest)
{
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) {
        value = (value << 8) | digest[std::size_t(i)];
    }
    return value;
}

std::uint32_t LeakIndex::lowOf(const IdentifierHasher::Digest &digest)
{
    std::uint32_t value = 0;
    for (int i = 8; i < 12; ++i) {
        value = (value << 8) | digest[std::size_t(i)];
    }
    return value;
}

QString LeakIndex::tableName(qint64 importId)
{
    return QStringLiteral("leak_bucket_%1").arg(importId);
}

QList<LeakIndex::ImportInfo> LeakIndex::imports()
{
    QList<ImportInfo> imports;
    Statement query = m_db.prepare("SELECT id, breach_id, source_name, imported_at, row_count, record_count, "
                                   "skipped_count, byte_count, bucket_bits, entry_size, field_sets "
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
        imports << info;
    }
    return imports;
}

const QList<LeakIndex::ImportInfo> &LeakIndex::cachedImports()
{
    if (!m_imports) {
        m_imports = imports();
        m_bucketQueries.clear();
        for (const ImportInfo &import : std::as_const(*m_imports)) {
            const QByteArray sql = QStringLiteral("SELECT entries FROM %1 WHERE bucket = ?;").arg(tableName(import.id)).toLatin1();
            m_bucketQueries.push_back(std::make_unique<Statement>(m_db.prepare(sql.constData())));
        }
    }
    return *m_imports;
}

QList<QList<LeakIndex::Match>> LeakIndex::lookup(const QList<IdentifierHasher::Digest> &digests)
{
    QList<QList<Match>> results(digests.size());
    m_db.exec("BEGIN;"); // one read transaction for the whole batch
    try {
        const QList<ImportInfo> &imports = cachedImports();
        for (qsizetype importIndex = 0; importIndex < imports.size(); ++importIndex) {
            const ImportInfo &import = imports.at(importIndex);
            Statement &query = *m_bucketQueries[std::size_t(importIndex)];
            for (qsizetype i = 0; i < digests.size(); ++i) {
                const std::uint64_t high = highOf(digests.at(i));
                const std::uint64_t remainder = remainderOf(high, lowOf(digests.at(i)), import.bucketBits);
                unsigned char wanted[kRemainderBytes];
                for (int byte = 0; byte < kRemainderBytes; ++byte) {
                    wanted[byte] = static_cast<unsigned char>(remainder >> (8 * (kRemainderBytes - 1 - byte)));
                }
                query.bind(1, qint64(bucketOf(high, import.bucketBits)));
                QStringList fields;
                bool found = false;
                if (query.step()) {
                    const QByteArray entries = query.columnBlob(0);
                    const auto *data = reinterpret_cast<const unsigned char *>(entries.constData());
                    const std::size_t count = std::size_t(entries.size()) / std::size_t(import.entrySize);
                    // Entries are sorted: binary search for the first with this remainder.
                    std::size_t first = 0;
                    std::size_t last = count;
                    while (first < last) {
                        const std::size_t middle = (first + last) / 2;
                        if (std::memcmp(data + middle * std::size_t(import.entrySize), wanted, kRemainderBytes) < 0) {
                            first = middle + 1;
                        } else {
                            last = middle;
                        }
                    }
                    for (std::size_t entry = first; entry < count; ++entry) {
                        const unsigned char *at = data + entry * std::size_t(import.entrySize);
                        if (std::memcmp(at, wanted, kRemainderBytes) != 0) {
                            break;
                        }
                        int fieldSet = at[kRemainderBytes];
                        if (import.entrySize == kRemainderBytes + 2) {
                            fieldSet = (fieldSet << 8) | at[kRemainderBytes + 1];
                        }
                        found = true;
                        for (const QString &field : import.fieldSets.value(fieldSet)) {
                            if (!fields.contains(field)) {
                                fields << field;
                            }
                        }
                    }
                }
                query.reset();
                if (!found) {
                    continue;
                }
                QList<Match> &matches = results[i];
                auto existing = std::find_if(matches.begin(), matches.end(),
                                             [&](const Match &match) { return match.breachId == import.breachId; });
                if (existing == matches.end()) {
                    matches << Match{import.breachId, fields};
                } else {
                    for (const QString &field : std::as_const(fields)) {
                        if (!existing->fields.contains(field)) {
                            existing->fields << field;
                        }
                    }
                }
            }
        }
    } catch (...) {
        m_db.exec("ROLLBACK;");
        throw;
    }
    m_db.exec("COMMIT;");
    return results;
}

bool LeakIndex::removeImport(qint64 importId)
{
    Transaction transaction(m_db);
    Statement remove = m_db.prepare("DELETE FROM leak_import WHERE id = ?;");
    remove.bind(1, importId).run();
    if (m_db.changes() == 0) {
        return false;
    }
    const QByteArray sql = QStringLiteral("DROP TABLE IF EXISTS %1;").arg(tableName(importId)).toLatin1();
    m_db.exec(sql.constData());
    transaction.commit();
    m_imports.reset();
    m_bucketQueries.clear();
    return true;
}

} // namespace BreachAdvisor
