#include "BundleExchange.h"

#include "BreachJson.h"
#include "DataClassTaxonomy.h"
#include "Error.h"
#include "LeakIndexFormat.h"
#include "LeakIndexWriter.h"
#include "SqlCipher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <map>
#include <set>

namespace BreachAdvisor {

namespace {

constexpr qsizetype kBucketMessageSize = 1 << 20;
constexpr qsizetype kKeySize = 32;
constexpr char kEnd[] = "end";

// A bucket in a bucket message: its number, the entries' size, then the entries (big-endian).
constexpr qsizetype kBucketHeaderSize = 12;

[[noreturn]] void unusable(const QString &name)
{
    throw Error(ErrorKind::RejectedInput,
                QCoreApplication::translate("BundleKeys", "%1 is signed by a key this vault trusts, but its content cannot be used. Nothing "
                                                          "was imported; tell the help desk that made it.")
                    .arg(name));
}

// The one order of data classes in which every field set lists its classes, as the exporting
// vault stored them (so that the importing vault stores and shows them alike): each set is
// in that order, so its neighbours say which class comes first. nullopt for sets that
// contradict each other, repeat a class, or name more than 64.
std::optional<QStringList> dataClassOrder(const QJsonArray &fieldSets)
{
    QStringList classes;                          // by first appearance
    std::map<QString, std::set<QString>> after;    // class -> classes that come after it
    std::map<QString, int> before;                 // class -> classes known to come before it
    for (const QJsonValue &set : fieldSets) {
        QString previous;
        QSet<QString> inSet;
        for (const QJsonValue &value : set.toArray()) {
            const QString dataClass = value.toString();
            if (dataClass.isEmpty() || inSet.contains(dataClass)) {
                return std::nullopt;
            }
            inSet.insert(dataClass);
            if (!before.count(dataClass)) {
                before[dataClass] = 0;
                classes << dataClass;
            }
            if (!previous.isEmpty() && after[previous].insert(dataClass).second) {
                ++before[dataClass];
            }
            previous = dataClass;
        }
    }
    if (classes.size() > 64) {
        return std::nullopt;
    }
    // Kahn's order, ties by first appearance.
    QStringList ordered;
    while (ordered.size() < classes.size()) {
        const auto next = std::find_if(classes.cbegin(), classes.cend(),
                                       [&](const QString &dataClass) { return before[dataClass] == 0 && !ordered.contains(dataClass); });
        if (next == classes.cend()) {
            return std::nullopt; // a cycle: no one order
        }
        ordered << *next;
        for (const QString &later : after[*next]) {
            --before[later];
        }
    }
    return ordered;
}

QDateTime dateOf(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

BundleExchange::BundleExchange(Database &db, const SecureBuffer &ownIdentifierKey)
    : m_db(db)
    , m_ownKey(ownIdentifierKey)
{
}

BundleExportReport BundleExchange::exportTo(const QString &path, const BundleKeys::HelpDeskKeys &keys, const QList<qint64> &importIds)
{
    QList<qint64> chosen = importIds;
    if (chosen.isEmpty()) {
        Statement all = m_db.prepare("SELECT id FROM leak_import ORDER BY id;");
        while (all.step()) {
            chosen << all.columnInt64(0);
        }
    }
    BundleExportReport report;
    QJsonArray breaches;
    const BreachCatalog catalog(m_db);
    const QList<Breach> catalogBreaches = catalog.list();
    for (const Breach &breach : catalogBreaches) {
        breaches.append(BreachJson::toJson(breach, DataClassTaxonomy::bundled()));
    }
    report.breaches = int(catalogBreaches.size());

    // Each import as stored, and the keys its hashes were made with.
    Statement importQuery = m_db.prepare(
        "SELECT b.name, i.source_name, i.content_digest, i.settings, i.imported_at, i.row_count, i.skipped_count, i.record_count, "
        "i.bucket_bits, i.entry_size, i.field_sets, i.key_id FROM leak_import i JOIN breach b ON b.id = i.breach_id WHERE i.id = ?;");
    Statement siteQuery = m_db.prepare("SELECT host FROM leak_import_site WHERE import_id = ? ORDER BY site;");
    std::map<qint64, int> keyIndex; // key_id (0: own) -> place in the keys message
    QByteArray keyBytes;
    QJsonArray imports;
    for (const qint64 id : std::as_const(chosen)) {
        importQuery.bind(1, id);
        if (!importQuery.step()) {
            throw Error(ErrorKind::NotFound, QCoreApplication::translate("VaultSession", "There is no import %1.").arg(id));
        }
        const qint64 keyId = importQuery.columnIsNull(11) ? 0 : importQuery.columnInt64(11);
        if (keyIndex.find(keyId) == keyIndex.end()) {
            keyIndex.emplace(keyId, int(keyIndex.size()));
            if (keyId == 0) {
                keyBytes.append(m_ownKey.chars(), qsizetype(m_ownKey.size()));
            } else {
                Statement key = m_db.prepare("SELECT key FROM index_key WHERE id = ?;");
                key.bind(1, keyId);
                const SecureBuffer secret = key.step() ? key.columnSecret(0) : SecureBuffer();
                keyBytes.append(secret.chars(), qsizetype(secret.size()));
            }
        }
        QJsonArray sites;
        siteQuery.bind(1, id);
        while (siteQuery.step()) {
            sites.append(siteQuery.columnText(0));
        }
        siteQuery.reset();
        Statement buckets = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1;").arg(LeakIndexFormat::tableName(id)).toLatin1().constData());
        buckets.step();
        imports.append(QJsonObject{{QStringLiteral("breach"), importQuery.columnText(0)},
                                   {QStringLiteral("source_name"), importQuery.columnText(1)},
                                   {QStringLiteral("content_digest"), QString::fromLatin1(importQuery.columnBlob(2).toHex())},
                                   {QStringLiteral("settings"), importQuery.columnText(3)},
                                   {QStringLiteral("imported_at"), importQuery.columnText(4)},
                                   {QStringLiteral("rows"), importQuery.columnInt64(5)},
                                   {QStringLiteral("skipped"), importQuery.columnInt64(6)},
                                   {QStringLiteral("records"), importQuery.columnInt64(7)},
                                   {QStringLiteral("bucket_bits"), importQuery.columnInt64(8)},
                                   {QStringLiteral("entry_size"), importQuery.columnInt64(9)},
                                   {QStringLiteral("field_sets"), QJsonDocument::fromJson(importQuery.columnText(10).toUtf8()).array()},
                                   {QStringLiteral("sites"), sites},
                                   {QStringLiteral("buckets"), buckets.columnInt64(0)},
                                   {QStringLiteral("key"), keyIndex.at(keyId)}});
        report.records += importQuery.columnInt64(7);
        importQuery.reset();
    }
    report.imports = int(chosen.size());

    const QJsonObject summary{{QStringLiteral("breaches"), report.breaches},
                              {QStringLiteral("imports"), report.imports},
                              {QStringLiteral("records"), report.records}};
    BundleFile::Writer writer(path, keys, summary);
    writer.add(QJsonDocument(QJsonObject{{QStringLiteral("breaches"), breaches},
                                         {QStringLiteral("imports"), imports},
                                         {QStringLiteral("keys"), int(keyIndex.size())}})
                   .toJson(QJsonDocument::Compact));
    try {
        writer.add(keyBytes);
    } catch (...) {
        wipeShared(keyBytes);
        throw;
    }
    wipeShared(keyBytes);
    // The buckets, as stored, a megabyte a message; a bucket never spans two.
    QByteArray message;
    for (const qint64 id : std::as_const(chosen)) {
        Statement rows = m_db.prepare(
            QStringLiteral("SELECT bucket, entries FROM %1 ORDER BY bucket;").arg(LeakIndexFormat::tableName(id)).toLatin1().constData());
        while (rows.step()) {
            const QByteArray entries = rows.columnBlob(1);
            if (!message.isEmpty() && message.size() + kBucketHeaderSize + entries.size() > kBucketMessageSize) {
                writer.add(message);
                message.clear();
            }
            char header[kBucketHeaderSize];
            qToBigEndian(quint64(rows.columnInt64(0)), header);
            qToBigEndian(quint32(entries.size()), header + 8);
            message.append(header, kBucketHeaderSize);
            message.append(entries);
        }
        if (!message.isEmpty()) {
            writer.add(message); // each import's buckets end with a message of their own
            message.clear();
        }
    }
    writer.add(QByteArray(kEnd), true);
    report.header = writer.finish();
    return report;
}

std::optional<BundleSigner> BundleExchange::signer(const QByteArray &publicKey)
{
    Statement query = m_db.prepare("SELECT name, trusted_at, last_bundle_at FROM bundle_signer WHERE public_key = ?;");
    query.bindBlob(1, publicKey);
    if (!query.step()) {
        return std::nullopt;
    }
    return BundleSigner{publicKey, query.columnText(0), dateOf(query.columnText(1)),
                        query.columnIsNull(2) ? QDateTime() : dateOf(query.columnText(2))};
}

BundleSigner BundleExchange::trust(const QByteArray &publicKey, const QString &name)
{
    Statement upsert = m_db.prepare("INSERT INTO bundle_signer(public_key, name, trusted_at) VALUES (?, ?, ?) "
                                    "ON CONFLICT(public_key) DO UPDATE SET name = excluded.name;");
    upsert.bindBlob(1, publicKey).bind(2, name).bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    upsert.run();
    return *signer(publicKey);
}

QList<BundleSigner> BundleExchange::signers()
{
    QList<BundleSigner> all;
    Statement query = m_db.prepare("SELECT public_key FROM bundle_signer ORDER BY trusted_at;");
    while (query.step()) {
        all << *signer(query.columnBlob(0));
    }
    return all;
}

BundleImportReport BundleExchange::importFrom(const QString &path, const QString &name, const SecureBuffer &contentKey, bool allowOlder)
{
    BundleImportReport report;
    report.header = BundleFile::readHeader(path, name);
    const std::optional<BundleSigner> trusted = signer(report.header.signer);
    if (!trusted) {
        throw Error(ErrorKind::RejectedInput,
                    QCoreApplication::translate("BundleKeys", "%1 is signed by a key this vault does not trust (%2). Nothing was imported. If "
                                                              "that is your help desk's key, trust it first: bundle trust PREFIX.pub.")
                        .arg(name, BundleKeys::fingerprint(report.header.signer)));
    }
    report.signer = *trusted;
    report.older = trusted->lastBundleAt.isValid() && report.header.createdAt < trusted->lastBundleAt;
    if (report.older && !allowOlder) {
        const QLocale locale;
        throw Error(ErrorKind::RejectedInput,
                    QCoreApplication::translate("BundleKeys", "%1 was made on %2, before the last bundle taken from %3 (made on %4): it may "
                                                              "be an old copy played back. Nothing was imported.")
                        .arg(name, locale.toString(report.header.createdAt.toLocalTime(), QLocale::ShortFormat), trusted->name,
                             locale.toString(trusted->lastBundleAt.toLocalTime(), QLocale::ShortFormat)));
    }
    BundleFile::verify(path, name, trusted->publicKey);

    BundleFile::Reader reader(path, name, trusted->publicKey, contentKey);
    const std::optional<QByteArray> manifestBytes = reader.next();
    if (!manifestBytes) {
        unusable(name);
    }
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes).object();
    std::optional<QByteArray> keyMessage = reader.next();
    const int keyCount = manifest.value(QLatin1String("keys")).toInt(-1);
    if (!keyMessage || keyCount < 0 || keyMessage->size() != keyCount * kKeySize) {
        unusable(name);
    }
    std::vector<SecureBuffer> keys;
    for (int i = 0; i < keyCount; ++i) {
        keys.push_back(SecureBuffer::copyOf(keyMessage->constData() + i * kKeySize, std::size_t(kKeySize)));
    }
    wipeShared(*keyMessage);

    QList<Breach> breaches;
    try {
        breaches = BreachJson::parse(QJsonDocument(manifest.value(QLatin1String("breaches")).toArray()).toJson(), name, Breach::Origin::Imported)
                       .breaches;
    } catch (const Error &) {
        unusable(name);
    }

    Transaction transaction(m_db);
    BreachCatalog catalog(m_db);
    report.catalog = catalog.importBreaches(breaches);
    LeakIndexWriter writer(m_db);
    QByteArray message;
    qsizetype at = 0; // in message
    for (const QJsonValue &value : manifest.value(QLatin1String("imports")).toArray()) {
        const QJsonObject import = value.toObject();
        const std::optional<Breach> breach = catalog.find(import.value(QLatin1String("breach")).toString());
        const int key = import.value(QLatin1String("key")).toInt(-1);
        const qint64 bucketCount = qint64(import.value(QLatin1String("buckets")).toDouble(-1));
        if (!breach || key < 0 || key >= keyCount || bucketCount < 0) {
            unusable(name);
        }
        LeakIndexWriter::ImportHeader header;
        header.breachId = breach->id;
        header.sourceName = import.value(QLatin1String("source_name")).toString();
        header.contentDigest = QByteArray::fromHex(import.value(QLatin1String("content_digest")).toString().toLatin1());
        header.settings = import.value(QLatin1String("settings")).toString();
        header.importedAt = import.value(QLatin1String("imported_at")).toString();
        header.rows = qint64(import.value(QLatin1String("rows")).toDouble());
        header.skipped = qint64(import.value(QLatin1String("skipped")).toDouble());
        header.bucketBits = import.value(QLatin1String("bucket_bits")).toInt();
        for (const QJsonValue &site : import.value(QLatin1String("sites")).toArray()) {
            header.sites.push_back(site.toString().toStdString());
        }
        const std::optional<QStringList> dataClasses = dataClassOrder(import.value(QLatin1String("field_sets")).toArray());
        if (!dataClasses) {
            unusable(name);
        }
        header.dataClasses = *dataClasses;
        // The field sets as masks of those data classes, as the writer takes them.
        for (const QJsonValue &set : import.value(QLatin1String("field_sets")).toArray()) {
            std::uint64_t mask = 0;
            for (const QJsonValue &dataClass : set.toArray()) {
                mask |= std::uint64_t(1) << header.dataClasses.indexOf(dataClass.toString());
            }
            header.fieldSets.push_back(mask);
        }
        const int entrySize = import.value(QLatin1String("entry_size")).toInt();
        if (header.fieldSets.empty() || header.fieldSets.size() > 65536 || header.sites.size() > std::size_t(LeakIndexFormat::kMaxSites)
            || entrySize != LeakIndexFormat::entrySizeFor(header.fieldSets.size(), !header.sites.empty())
            || header.bucketBits < LeakIndexFormat::kMinBucketBits || header.bucketBits > LeakIndexFormat::kMaxBucketBits) {
            unusable(name);
        }
        const bool present = writer.existingImport(header.breachId, header.contentDigest, header.settings).has_value();
        if (!present) {
            header.keyId = keys.at(std::size_t(key)).equals(m_ownKey) ? 0 : writer.keyIdFor(keys.at(std::size_t(key)));
            writer.begin(header);
        }
        for (qint64 bucket = 0; bucket < bucketCount; ++bucket) {
            if (at == message.size()) {
                std::optional<QByteArray> next = reader.next();
                if (!next || next->isEmpty()) {
                    unusable(name);
                }
                message = std::move(*next);
                at = 0;
            }
            if (message.size() - at < kBucketHeaderSize) {
                unusable(name);
            }
            const std::uint64_t number = qFromBigEndian<quint64>(message.constData() + at);
            const qsizetype size = qsizetype(qFromBigEndian<quint32>(message.constData() + at + 8));
            if (size > message.size() - at - kBucketHeaderSize) {
                unusable(name);
            }
            if (!present && !writer.addBucket(number, message.mid(at + kBucketHeaderSize, size))) {
                unusable(name);
            }
            at += kBucketHeaderSize + size;
        }
        if (at != message.size()) {
            unusable(name); // an import's buckets end with their message
        }
        if (present) {
            ++report.importsAlreadyPresent;
        } else {
            report.records += writer.commit().records;
            ++report.importsAdded;
        }
    }
    const std::optional<QByteArray> end = reader.next();
    if (!end || *end != kEnd || reader.next()) {
        unusable(name);
    }
    if (!report.older) {
        Statement taken = m_db.prepare("UPDATE bundle_signer SET last_bundle_at = ? WHERE public_key = ?;");
        taken.bind(1, report.header.createdAt.toString(Qt::ISODateWithMs)).bindBlob(2, trusted->publicKey).run();
    }
    transaction.commit();
    return report;
}

} // namespace BreachAdvisor
