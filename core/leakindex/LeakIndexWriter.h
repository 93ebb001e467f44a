#pragma once

#include "LeakIndexFormat.h"
#include "SecureBuffer.h"
#include "WorkControl.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace BreachAdvisor {

class Database;
class Statement;
class Transaction;

// Writes the encrypted leak index (layout: LeakIndexFormat.h): one import at a time,
// in one transaction, records given in key order. Until commit() nothing is visible,
// and an exception, a cancel or a killed process leaves the index as it was.
class LeakIndexWriter
{
public:
    struct ImportHeader
    {
        qint64 breachId = 0;
        QString sourceName;       // the file's name, without its folder
        QByteArray contentDigest; // of the (decompressed) file
        QString settings;         // mapping, phone format and region, as compact JSON
        qint64 rows = 0;
        qint64 skipped = 0;
        QStringList dataClasses;                // a field set's bit i is dataClasses[i]
        std::vector<std::uint64_t> fieldSets;   // field-set number -> bit mask
        std::uint64_t recordsAtMost = 0;        // sizes the buckets
        // The import's sites (SiteRegistry): with any, each entry holds its site number;
        // site n is sites[n - 1].
        std::vector<std::string> sites;
        // The index_key its hashes were made with (keyIdFor); 0: the vault's own identifier key.
        qint64 keyId = 0;
        // Buckets copied as they are (addBucket, a bundle's): their bucket bits; 0: chosen
        // here from recordsAtMost, for records given to add().
        int bucketBits = 0;
        QString importedAt; // ISO date; empty: now
    };
    struct Written
    {
        qint64 importId = 0;
        qint64 records = 0; // distinct (identifier, field set) pairs stored
        qint64 bytes = 0;   // how much the database grew
    };

    explicit LeakIndexWriter(Database &db);
    ~LeakIndexWriter();

    // The import of this same file with the same settings into this breach, if any.
    std::optional<qint64> existingImport(qint64 breachId, const QByteArray &contentDigest, const QString &settings);

    // The index_key row holding another vault's identifier key (32 bytes), added when new:
    // for imports whose hashes that vault made (a help desk's bundle). Call within the
    // transaction begin() opened, or on its own.
    qint64 keyIdFor(const SecureBuffer &identifierKey);

    // Opens the transaction and the import's table.
    void begin(const ImportHeader &header);
    // Records in ascending key order, each call continuing where the last ended;
    // duplicates are stored once.
    void add(const std::vector<LeakIndexFormat::Record> &sortedRecords);
    // One bucket as stored elsewhere with the same layout (a help desk's bundle): buckets in
    // ascending order, entries sorted and distinct, field-set and site numbers in range.
    // False, with nothing added, for one that is not so.
    bool addBucket(std::uint64_t bucket, const QByteArray &entries);
    Written commit();

    // Undoes an import, reporting progress in buckets; false when there is none with
    // that id. Cancelled, it changes nothing.
    bool removeImport(qint64 importId, const WorkControl &control = {});
    // Gives the pages that removed imports freed back to the file system (VACUUM),
    // returning how many bytes the file shrank by. Needs free disk of about the
    // database's size for a while; memory stays bounded. Cannot be cancelled; an
    // interruption leaves the database as it was.
    qint64 compact();

private:
    void flushBucket();

    Database &m_db;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<Statement> m_insertBucket;
    qint64 m_importId = 0;
    qint64 m_bytesBefore = 0;
    qint64 m_records = 0;
    int m_bucketBits = 0;
    int m_entrySize = 0;
    bool m_hasSites = false;
    std::size_t m_fieldSetCount = 0;
    std::size_t m_siteCount = 0;
    bool m_haveCopiedBucket = false;
    std::uint64_t m_copiedBucket = 0;
    std::uint64_t m_bucket = 0;
    bool m_haveBucket = false;
    bool m_haveLast = false;
    LeakIndexFormat::Record m_last{};
    std::string m_entries;
};

} // namespace BreachAdvisor
