#include "LeakIndexWriter.h"

#include "Error.h"
#include "SqlCipher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

#include <cstring>

namespace BreachAdvisor {

namespace {

// Writing a big import touches many pages: a larger cache while it runs.
constexpr int kWritingCacheKiB = 64 * 1024;
constexpr int kBucketsPerRemovalStep = 1024;

QByteArray sqlFor(const char *pattern, qint64 importId)
{
    return QString::fromLatin1(pattern).arg(LeakIndexFormat::tableName(importId)).toLatin1();
}

} // namespace

LeakIndexWriter::LeakIndexWriter(Database &db)
    : m_db(db)
{
}

LeakIndexWriter::~LeakIndexWriter()
{
    m_insertBucket.reset();
    if (m_transaction) {
        m_transaction.reset(); // rolls back
        m_db.setCacheSize(Database::kDefaultCacheKiB);
    }
}

std::optional<qint64> LeakIndexWriter::existingImport(qint64 breachId, const QByteArray &contentDigest, const QString &settings)
{
    Statement existing = m_db.prepare("SELECT id FROM leak_import WHERE breach_id = ? AND content_digest = ? AND settings = ?;");
    existing.bind(1, breachId).bindBlob(2, contentDigest).bind(3, settings);
    if (existing.step()) {
        return existing.columnInt64(0);
    }
    return std::nullopt;
}

qint64 LeakIndexWriter::keyIdFor(const SecureBuffer &identifierKey)
{
    if (identifierKey.size() != 32) {
        throw Error(ErrorKind::Internal, QStringLiteral("an identifier key is 32 bytes"));
    }
    unsigned char digest[32];
    if (crypto_generichash(digest, sizeof digest, identifierKey.data(), identifierKey.size(), nullptr, 0) != 0) {
        throw Error(ErrorKind::Internal, QStringLiteral("BLAKE2b failed"));
    }
    Statement insert = m_db.prepare("INSERT OR IGNORE INTO index_key(key_digest, key) VALUES (?, ?);");
    insert.bindBlob(1, digest, int(sizeof digest)).bindBlob(2, identifierKey.data(), int(identifierKey.size()));
    insert.run();
    Statement find = m_db.prepare("SELECT id FROM index_key WHERE key_digest = ?;");
    find.bindBlob(1, digest, int(sizeof digest));
    if (!find.step()) {
        throw Error(ErrorKind::Internal, QStringLiteral("index_key: the key just stored is not there"));
    }
    return find.columnInt64(0);
}

void LeakIndexWriter::begin(const ImportHeader &header)
{
    m_bucketBits = header.bucketBits != 0 ? header.bucketBits : LeakIndexFormat::bucketBitsFor(header.recordsAtMost);
    if (m_bucketBits < LeakIndexFormat::kMinBucketBits || m_bucketBits > LeakIndexFormat::kMaxBucketBits) {
        throw Error(ErrorKind::Internal, QStringLiteral("bucket bits out of range"));
    }
    m_hasSites = !header.sites.empty();
    m_fieldSetCount = header.fieldSets.size();
    m_siteCount = header.sites.size();
    m_haveCopiedBucket = false;
    m_entrySize = LeakIndexFormat::entrySizeFor(header.fieldSets.size(), m_hasSites);
    QJsonArray fieldSetsJson;
    for (const std::uint64_t mask : header.fieldSets) {
        QJsonArray set;
        for (int bit = 0; bit < header.dataClasses.size(); ++bit) {
            if (mask & (std::uint64_t(1) << bit)) {
                set.append(header.dataClasses.at(bit));
            }
        }
        fieldSetsJson.append(set);
    }

    m_db.setCacheSize(kWritingCacheKiB);
    m_transaction = std::make_unique<Transaction>(m_db);
    m_bytesBefore = m_db.sizeInBytes();
    Statement insertImport = m_db.prepare(
        "INSERT INTO leak_import(breach_id, source_name, content_digest, settings, imported_at, row_count, record_count, "
        "skipped_count, bucket_bits, entry_size, field_sets, byte_count, key_id) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 0, ?);");
    insertImport.bind(1, header.breachId).bind(2, header.sourceName).bindBlob(3, header.contentDigest)
        .bind(4, header.settings)
        .bind(5, header.importedAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : header.importedAt).bind(6, header.rows)
        .bind(7, header.skipped).bind(8, qint64(m_bucketBits)).bind(9, qint64(m_entrySize))
        .bind(10, QString::fromUtf8(QJsonDocument(fieldSetsJson).toJson(QJsonDocument::Compact)));
    if (header.keyId != 0) {
        insertImport.bind(11, header.keyId);
    } else {
        insertImport.bindNull(11);
    }
    insertImport.run();
    m_importId = m_db.lastInsertRowId();
    if (header.sites.size() > std::size_t(LeakIndexFormat::kMaxSites)) {
        throw Error(ErrorKind::Internal, QStringLiteral("more sites than an entry can number"));
    }
    Statement insertSite = m_db.prepare("INSERT INTO leak_import_site(import_id, site, host) VALUES (?, ?, ?);");
    for (std::size_t i = 0; i < header.sites.size(); ++i) {
        const std::string &host = header.sites[i];
        insertSite.bind(1, m_importId).bind(2, qint64(i + 1)).bind(3, QString::fromUtf8(host.data(), qsizetype(host.size())));
        insertSite.run();
    }
    m_db.exec(sqlFor("CREATE TABLE %1 (bucket INTEGER PRIMARY KEY, entries BLOB NOT NULL);", m_importId).constData());
    m_insertBucket = std::make_unique<Statement>(m_db.prepare(sqlFor("INSERT INTO %1(bucket, entries) VALUES (?, ?);", m_importId).constData()));
    m_records = 0;
    m_haveBucket = false;
    m_haveLast = false;
    m_entries.clear();
}

void LeakIndexWriter::add(const std::vector<LeakIndexFormat::Record> &sortedRecords)
{
    for (const LeakIndexFormat::Record &record : sortedRecords) {
        if (m_haveLast && record == m_last) {
            continue;
        }
        m_last = record;
        m_haveLast = true;
        const std::uint64_t bucket = LeakIndexFormat::bucketOf(record.high, m_bucketBits);
        if (m_haveBucket && bucket != m_bucket) {
            flushBucket();
        }
        m_bucket = bucket;
        m_haveBucket = true;
        unsigned char remainder[LeakIndexFormat::kRemainderBytes];
        LeakIndexFormat::writeRemainder(LeakIndexFormat::remainderOf(record.high, record.low, m_bucketBits), remainder);
        m_entries.append(reinterpret_cast<const char *>(remainder), sizeof remainder);
        if (LeakIndexFormat::fieldSetBytesOf(m_entrySize) == 2) {
            m_entries.push_back(char(record.fieldSet >> 8));
        }
        m_entries.push_back(char(record.fieldSet & 0xff));
        if (m_hasSites) {
            m_entries.push_back(char(record.site >> 8));
            m_entries.push_back(char(record.site & 0xff));
        }
        ++m_records;
    }
}

void LeakIndexWriter::flushBucket()
{
    m_insertBucket->bind(1, qint64(m_bucket)).bindBlob(2, m_entries.data(), int(m_entries.size()));
    m_insertBucket->run();
    m_entries.clear();
    m_haveBucket = false;
}

bool LeakIndexWriter::addBucket(std::uint64_t bucket, const QByteArray &entries)
{
    const qsizetype size = m_entrySize;
    const bool inOrder = !m_haveCopiedBucket || bucket > m_copiedBucket;
    if (!inOrder || (m_bucketBits < 64 && bucket >> m_bucketBits != 0) || entries.isEmpty() || entries.size() % size != 0) {
        return false;
    }
    const int fieldSetBytes = LeakIndexFormat::fieldSetBytesOf(m_entrySize);
    const auto *data = reinterpret_cast<const unsigned char *>(entries.constData());
    const qsizetype count = entries.size() / size;
    for (qsizetype i = 0; i < count; ++i) {
        const unsigned char *entry = data + i * size;
        if (i > 0 && std::memcmp(entry - size, entry, std::size_t(size)) >= 0) {
            return false; // lookups search entries by bisection: they must be sorted, each once
        }
        const unsigned char *after = entry + LeakIndexFormat::kRemainderBytes;
        const std::size_t fieldSet = fieldSetBytes == 2 ? (std::size_t(after[0]) << 8) | after[1] : after[0];
        if (fieldSet >= m_fieldSetCount) {
            return false;
        }
        if (m_hasSites) {
            const std::size_t site = (std::size_t(after[fieldSetBytes]) << 8) | after[fieldSetBytes + 1];
            if (site > m_siteCount) {
                return false;
            }
        }
    }
    m_insertBucket->bind(1, qint64(bucket)).bindBlob(2, entries);
    m_insertBucket->run();
    m_insertBucket->reset();
    m_records += count;
    m_haveCopiedBucket = true;
    m_copiedBucket = bucket;
    return true;
}

LeakIndexWriter::Written LeakIndexWriter::commit()
{
    if (m_haveBucket) {
        flushBucket();
    }
    m_insertBucket.reset();
    const qint64 bytes = m_db.sizeInBytes() - m_bytesBefore;
    Statement finish = m_db.prepare("UPDATE leak_import SET record_count = ?, byte_count = ? WHERE id = ?;");
    finish.bind(1, m_records).bind(2, bytes).bind(3, m_importId).run();
    m_transaction->commit();
    m_transaction.reset();
    m_db.setCacheSize(Database::kDefaultCacheKiB);
    return {m_importId, m_records, bytes};
}

bool LeakIndexWriter::removeImport(qint64 importId, const WorkControl &control)
{
    Transaction transaction(m_db);
    Statement removeSites = m_db.prepare("DELETE FROM leak_import_site WHERE import_id = ?;");
    removeSites.bind(1, importId).run();
    Statement remove = m_db.prepare("DELETE FROM leak_import WHERE id = ?;");
    remove.bind(1, importId).run();
    if (m_db.changes() == 0) {
        return false;
    }
    // secure_delete overwrites every freed page, which takes a while for a big import:
    // delete the buckets in steps, with progress, before dropping the empty table.
    Statement range = m_db.prepare(sqlFor("SELECT count(*), max(bucket) FROM %1;", importId).constData());
    range.step();
    const qint64 total = range.columnInt64(0);
    range.reset();
    Statement deleteSome = m_db.prepare(
        sqlFor("DELETE FROM %1 WHERE bucket IN (SELECT bucket FROM %1 ORDER BY bucket LIMIT ?);", importId).constData());
    qint64 done = 0;
    control.report(0, total);
    while (done < total) {
        control.throwIfCancelled();
        deleteSome.bind(1, qint64(kBucketsPerRemovalStep)).run();
        const int deleted = m_db.changes();
        if (deleted == 0) {
            break;
        }
        done += deleted;
        control.report(done, total);
    }
    m_db.exec(sqlFor("DROP TABLE IF EXISTS %1;", importId).constData());
    // Another vault's key stays only as long as an import needs it.
    m_db.exec("DELETE FROM index_key WHERE id NOT IN (SELECT key_id FROM leak_import WHERE key_id IS NOT NULL);");
    transaction.commit();
    return true;
}

qint64 LeakIndexWriter::compact()
{
    const qint64 before = m_db.sizeInBytes();
    // VACUUM copies the database into an attached temporary one, which SQLCipher 3
    // gives its default page size, not ours: the copy then reads past its page buffers.
    // So the default is ours while it runs. And SQLCipher here keeps temporary databases
    // in memory (TEMP_STORE=2): the copy of the whole vault would be too. In a file it is
    // encrypted with the vault's key like any attached database, and deleted when closed.
    const auto pragma = [&](const char *sql) {
        Statement query = m_db.prepare(sql);
        if (!query.step()) {
            throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakIndexWriter", "SQLCipher did not answer %1.").arg(QLatin1String(sql)));
        }
        return query.columnInt64(0);
    };
    const qint64 pageSize = pragma("PRAGMA cipher_page_size;");
    const qint64 previousDefault = pragma("PRAGMA cipher_default_page_size;");
    const auto setDefault = [&](qint64 size) {
        m_db.exec(QStringLiteral("PRAGMA cipher_default_page_size = %1;").arg(size).toLatin1().constData());
    };
    const auto restore = [&] {
        m_db.exec("PRAGMA temp_store = DEFAULT;");
        setDefault(previousDefault);
    };
    setDefault(pageSize);
    m_db.exec("PRAGMA temp_store = FILE;");
    try {
        m_db.exec("VACUUM;");
    } catch (...) {
        restore();
        throw;
    }
    restore();
    return before - m_db.sizeInBytes();
}

} // namespace BreachAdvisor
