#include "LeakImporter.h"

#include "BreachCatalog.h"
#include "Error.h"
#include "LeakIndex.h"
#include "SqlCipher.h"
#include "TextIdentifiers.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace BreachAdvisor {

namespace {

constexpr int kPartitions = 256; // by the top 8 bits of the hash
constexpr double kEntriesPerBucket = 40;
constexpr int kSampleRows = 1000;

// One identifier of one row, as sorted: 96 bits of its keyed hash and its field set.
struct Record
{
    std::uint64_t high;
    std::uint32_t low;
    std::uint16_t fieldSet;
    std::uint16_t unused;

    bool operator<(const Record &other) const
    {
        if (high != other.high) return high < other.high;
        if (low != other.low) return low < other.low;
        return fieldSet < other.fieldSet;
    }
    bool operator==(const Record &other) const
    {
        return high == other.high && low == other.low && fieldSet == other.fieldSet;
    }
};
static_assert(sizeof(Record) == 16, "records are spilled as 16-byte blocks");

// Numbers the distinct sets of non-empty data classes (a bit mask each).
class FieldSetRegistry
{
public:
    std::uint16_t indexOf(std::uint64_t mask)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_indexes.find(mask);
        if (it != m_indexes.end()) {
            return it->second;
        }
        if (m_masks.size() >= 0xffff) {
            throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakImporter", "The file has more than 65,535 different combinations of filled-in "
                                                     "columns: map fewer columns."));
        }
        m_masks.push_back(mask);
        return m_indexes[mask] = std::uint16_t(m_masks.size() - 1);
    }
    std::vector<std::uint64_t> masks() const
    {
        std::lock_guard lock(m_mutex);
        return m_masks;
    }

private:
    mutable std::mutex m_mutex;
    std::unordered_map<std::uint64_t, std::uint16_t> m_indexes;
    std::vector<std::uint64_t> m_masks;
};

// Records held in 256 partitions by their top hash byte. Past the memory budget the
// largest partitions are appended to files in the vault's tmp folder, encrypted with
// a key that lives only in this process (they hold keyed hashes, never identifiers).
class PartitionStore
{
public:
    PartitionStore(const QString &directory, std::size_t budget)
        : m_directory(directory)
        , m_budget(budget)
        , m_key(SecureBuffer::random(crypto_stream_xchacha20_KEYBYTES))
        , m_partitions(kPartitions)
    {
        randombytes_buf(m_nonce, sizeof m_nonce);
    }
    ~PartitionStore()
    {
        for (Partition &partition : m_partitions) {
            if (!partition.spillPath.isEmpty()) {
                QFile::remove(partition.spillPath);
            }
        }
    }

    void add(const std::vector<Record> &records)
    {
        std::lock_guard lock(m_mutex);
        for (const Record &record : records) {
            m_partitions[record.high >> 56].records.push_back(record);
        }
        m_count += records.size();
        std::size_t held = 0;
        for (const Partition &partition : m_partitions) {
            held += partition.records.capacity() * sizeof(Record);
        }
        while (held > m_budget) {
            const auto largest = std::max_element(m_partitions.begin(), m_partitions.end(),
                                                  [](const Partition &a, const Partition &b) {
                                                      return a.records.size() < b.records.size();
                                                  });
            const std::size_t before = largest->records.capacity() * sizeof(Record);
            spill(int(largest - m_partitions.begin()));
            const std::size_t after = largest->records.capacity() * sizeof(Record);
            if (after >= before) {
                break; // fewer than four records left anywhere: nothing to spill
            }
            held -= before - after;
        }
    }

    std::uint64_t count() const { return m_count; }

    // All records of one partition, spilled or not; the partition is emptied.
    std::vector<Record> take(int index)
    {
        Partition &partition = m_partitions[std::size_t(index)];
        std::vector<Record> records;
        records.reserve(partition.spilled + partition.records.size());
        if (partition.spilled > 0) {
            QFile file(partition.spillPath);
            if (!file.open(QIODevice::ReadOnly)) {
                throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakImporter", "A temporary file of the import is gone: %1").arg(partition.spillPath));
            }
            records.resize(partition.spilled);
            const qint64 bytes = qint64(partition.spilled * sizeof(Record));
            if (file.read(reinterpret_cast<char *>(records.data()), bytes) != bytes) {
                throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakImporter", "A temporary file of the import is damaged: %1").arg(partition.spillPath));
            }
            crypt(index, reinterpret_cast<unsigned char *>(records.data()), std::size_t(bytes), 0);
            file.close();
            QFile::remove(partition.spillPath);
            partition.spillPath.clear();
            partition.spilled = 0;
        }
        records.insert(records.end(), partition.records.begin(), partition.records.end());
        std::vector<Record>().swap(partition.records);
        return records;
    }

private:
    struct Partition
    {
        std::vector<Record> records;
        QString spillPath;
        std::size_t spilled = 0;
    };

    void crypt(int index, unsigned char *bytes, std::size_t length, std::size_t offset)
    {
        unsigned char nonce[crypto_stream_xchacha20_NONCEBYTES];
        std::memcpy(nonce, m_nonce, sizeof nonce);
        nonce[sizeof nonce - 1] = static_cast<unsigned char>(index);
        crypto_stream_xchacha20_xor_ic(bytes, bytes, length, nonce, offset / 64, m_key.data());
    }

    void spill(int index)
    {
        Partition &partition = m_partitions[std::size_t(index)];
        // Whole 64-byte blocks only, so each write continues the key stream exactly.
        const std::size_t count = partition.records.size() / 4 * 4;
        if (count == 0) {
            return;
        }
        if (partition.spillPath.isEmpty()) {
            QDir().mkpath(m_directory);
            partition.spillPath = QStringLiteral("%1/import-%2-%3.part")
                                      .arg(m_directory)
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(index);
        }
        std::vector<Record> chunk(partition.records.begin(), partition.records.begin() + std::ptrdiff_t(count));
        crypt(index, reinterpret_cast<unsigned char *>(chunk.data()), count * sizeof(Record),
              partition.spilled * sizeof(Record));
        QFile file(partition.spillPath);
        if (!file.open(QIODevice::Append) || file.write(reinterpret_cast<const char *>(chunk.data()), qint64(count * sizeof(Record)))
                                                 != qint64(count * sizeof(Record))) {
            throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakImporter", "Cannot write the import's temporary file %1: %2")
                                                 .arg(partition.spillPath, file.errorString()));
        }
        partition.spilled += count;
        std::vector<Record> rest(partition.records.begin() + std::ptrdiff_t(count), partition.records.end());
        partition.records.swap(rest);
        partition.records.shrink_to_fit();
    }

    QString m_directory;
    std::size_t m_budget;
    SecureBuffer m_key;
    unsigned char m_nonce[crypto_stream_xchacha20_NONCEBYTES];
    std::vector<Partition> m_partitions;
    std::mutex m_mutex;
    std::uint64_t m_count = 0;
};

template<typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }
    void push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_items.size() < m_capacity || m_closed; });
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
    }
    bool pop(T *item)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty()) {
            return false;
        }
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

private:
    std::size_t m_capacity;
    std::deque<T> m_items;
    bool m_closed = false;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
};

QString masked(std::string_view value)
{
    const QString text = QString::fromUtf8(value.data(), qsizetype(value.size())).trimmed();
    if (text.size() < 6) {
        return QString(text.size(), QChar(0x2022));
    }
    return text.left(2) + QString(text.size() - 4, QChar(0x2022)) + text.right(2);
}

QString reasonText(const char *code)
{
    static const QHash<QByteArray, const char *> texts = {
        {"too_short", QT_TRANSLATE_NOOP("LeakImporter", "too short")},
        {"too_long", QT_TRANSLATE_NOOP("LeakImporter", "too long")},
        {"invalid_country_code", QT_TRANSLATE_NOOP("LeakImporter", "no such country code")},
        {"missing_region", QT_TRANSLATE_NOOP("LeakImporter", "no country code and no --region")},
        {"not_a_number", QT_TRANSLATE_NOOP("LeakImporter", "not a number")},
        {"invalid_number", QT_TRANSLATE_NOOP("LeakImporter", "not a valid number")},
    };
    const char *text = texts.value(QByteArray(code), nullptr);
    return text ? QCoreApplication::translate("LeakImporter", text) : QString::fromLatin1(code);
}

bool isBlank(std::string_view value)
{
    return value.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Turns parsed rows into records: normalizes and hashes each identifier, and gives
// each row the number of its field set (the mapped data classes non-empty in it).
// One per worker thread.
class RecordMaker
{
public:
    struct Batch
    {
        std::vector<Record> records;
        std::int64_t imported = 0;
        std::int64_t skipped = 0;
        std::int64_t invalid = 0;
        QList<LeakImportReport::Skipped> examples;
    };

    RecordMaker(const LeakImportPlan &plan, const LeakImportOptions &options, const IdentifierHasher &hasher,
                FieldSetRegistry &fieldSets)
        : m_phones(plan.phoneFormat, options.region, options.exactPhoneValidation)
        , m_hasher(hasher)
        , m_fieldSets(fieldSets)
    {
        // Bit positions once, not per row.
        const QStringList classes = plan.mapping.dataClasses();
        for (const LeakMapping::FieldColumns &field : plan.mapping.fields) {
            m_fields.push_back({field.columns, std::uint64_t(1) << classes.indexOf(field.dataClass)});
        }
        for (const LeakMapping::IdentifierColumn &identifier : plan.mapping.identifiers) {
            m_identifiers.push_back(
                {identifier, std::uint64_t(1) << classes.indexOf(LeakMapping::identifierDataClass(identifier.kind))});
        }
    }

    void make(const RowBatch &batch, Batch *out)
    {
        *out = Batch();
        for (std::size_t row = 0; row < batch.rowCount(); ++row) {
            std::uint64_t mask = 0;
            for (const auto &[columns, bit] : m_fields) {
                for (int column : columns) {
                    if (!isBlank(batch.field(row, column))) {
                        mask |= bit;
                        break;
                    }
                }
            }
            const std::size_t firstRecord = out->records.size();
            QString firstProblem;
            bool anyIdentifier = false;
            for (const auto &[identifier, bit] : m_identifiers) {
                const std::string_view value = batch.field(row, identifier.column);
                if (isBlank(value)) {
                    continue;
                }
                anyIdentifier = true;
                mask |= bit;
                if (!normalize(identifier.kind, value, firstProblem.isEmpty() ? &firstProblem : nullptr)) {
                    ++out->invalid;
                    continue;
                }
                const IdentifierHasher::Digest digest = m_hasher.hash(identifier.kind, m_normalized);
                out->records.push_back(Record{LeakIndex::highOf(digest), LeakIndex::lowOf(digest), 0, 0});
            }
            if (out->records.size() == firstRecord) {
                ++out->skipped;
                if (out->examples.size() < LeakImporter::kSkippedExamples) {
                    out->examples << LeakImportReport::Skipped{
                        batch.lines[row],
                        anyIdentifier ? firstProblem
                                      : QCoreApplication::translate("LeakImporter", "no phone number, e-mail or username")};
                }
                continue;
            }
            ++out->imported;
            const auto known = m_localSets.find(mask);
            const std::uint16_t set = known != m_localSets.end() ? known->second : (m_localSets[mask] = m_fieldSets.indexOf(mask));
            for (std::size_t i = firstRecord; i < out->records.size(); ++i) {
                out->records[i].fieldSet = set;
            }
        }
    }

private:
    // Leaves the normalized form in m_normalized; says why not (values masked) when asked.
    bool normalize(IdentifierKind kind, std::string_view value, QString *problem)
    {
        if (kind == IdentifierKind::Phone) {
            const PhoneColumnNormalizer::Result result = m_phones.normalize(value, &m_normalized);
            if (!result.valid && problem) {
                *problem = QCoreApplication::translate("LeakImporter", "invalid phone number %1 (%2)")
                               .arg(masked(value), reasonText(result.reason));
            }
            return result.valid;
        }
        const QString text = QString::fromUtf8(value.data(), qsizetype(value.size()));
        const TextIdentifierResult result =
            kind == IdentifierKind::Email ? EmailAddress::normalize(text) : Username::normalize(text);
        if (result.valid) {
            m_normalized = result.normalized.toStdString();
        } else if (problem) {
            *problem = (kind == IdentifierKind::Email
                            ? QCoreApplication::translate("LeakImporter", "invalid e-mail address %1 (%2)")
                            : QCoreApplication::translate("LeakImporter", "invalid username %1 (%2)"))
                           .arg(masked(value), result.error);
        }
        return result.valid;
    }

    PhoneColumnNormalizer m_phones;
    const IdentifierHasher &m_hasher;
    FieldSetRegistry &m_fieldSets;
    std::unordered_map<std::uint64_t, std::uint16_t> m_localSets;
    std::vector<std::pair<QList<int>, std::uint64_t>> m_fields;
    std::vector<std::pair<LeakMapping::IdentifierColumn, std::uint64_t>> m_identifiers;
    std::string m_normalized;
};

} // namespace

QJsonObject LeakImportPlan::toJson() const
{
    return QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                       {QStringLiteral("mapping"), mapping.toJson(columns)},
                       {QStringLiteral("mapping_detected"), mappingDetected},
                       {QStringLiteral("phone_format"), phoneFormatName(phoneFormat)},
                       {QStringLiteral("phone_format_explanation"), phoneFormatExplanation}};
}

QJsonObject LeakImportReport::toJson() const
{
    QJsonArray examples;
    for (const Skipped &example : skippedExamples) {
        examples.append(QJsonObject{{QStringLiteral("line"), double(example.line)}, {QStringLiteral("reason"), example.reason}});
    }
    QJsonObject json = plan.toJson();
    json.insert(QStringLiteral("rows"), double(rows));
    json.insert(QStringLiteral("imported"), double(imported));
    json.insert(QStringLiteral("skipped"), double(skipped));
    json.insert(QStringLiteral("invalid_identifiers"), double(invalidIdentifiers));
    json.insert(QStringLiteral("skipped_examples"), examples);
    json.insert(QStringLiteral("records"), double(records));
    json.insert(QStringLiteral("bytes"), double(bytes));
    json.insert(QStringLiteral("import_id"), double(importId));
    json.insert(QStringLiteral("already_imported"), alreadyImported);
    json.insert(QStringLiteral("seconds"), seconds);
    json.insert(QStringLiteral("rows_per_second"), seconds > 0 ? double(rows) / seconds : 0.0);
    return json;
}

struct LeakImporter::Impl
{
    Vault &vault;
    LeakImportOptions options;
    std::optional<LeakImportPlan> plan;
    std::unique_ptr<LeakFileReader> reader;
    RowBatch firstBatch;
    bool haveFirstBatch = false;

    Impl(Vault &v, LeakImportOptions o)
        : vault(v)
        , options(std::move(o))
    {
    }
};

LeakImporter::LeakImporter(Vault &vault, LeakImportOptions options)
    : d(std::make_unique<Impl>(vault, std::move(options)))
{
}

LeakImporter::~LeakImporter() = default;

LeakImportPlan LeakImporter::plan()
{
    if (d->plan) {
        return *d->plan;
    }
    d->reader = std::make_unique<LeakFileReader>(d->options.path, d->options.file);
    LeakImportPlan plan;
    plan.columns = d->reader->columns();
    if (plan.columns.isEmpty()) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakImporter", "%1: the file is empty").arg(d->options.path));
    }
    const LeakImportOptions &o = d->options;
    plan.mappingDetected = o.phoneColumns.isEmpty() && o.emailColumns.isEmpty() && o.usernameColumns.isEmpty()
                        && o.fieldSpecs.isEmpty();
    plan.mapping = plan.mappingDetected
                     ? LeakMapping::detect(plan.columns)
                     : LeakMapping::fromOptions(plan.columns, o.phoneColumns, o.emailColumns, o.usernameColumns, o.fieldSpecs);

    d->haveFirstBatch = d->reader->next(&d->firstBatch, 1 << 16);
    plan.phoneFormat = o.phoneFormat;
    if (plan.phoneFormat == PhoneFormat::National && o.region.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakImporter", "National-format phone numbers need the country: add --region CC."));
    }
    if (plan.phoneFormat == PhoneFormat::Auto) {
        QStringList sample;
        for (std::size_t row = 0; d->haveFirstBatch && row < d->firstBatch.rowCount() && sample.size() < kSampleRows; ++row) {
            for (const LeakMapping::IdentifierColumn &identifier : std::as_const(plan.mapping.identifiers)) {
                if (identifier.kind == IdentifierKind::Phone) {
                    const std::string_view value = d->firstBatch.field(row, identifier.column);
                    sample << QString::fromUtf8(value.data(), qsizetype(value.size()));
                }
            }
        }
        const PhoneColumnNormalizer::Detection detection = PhoneColumnNormalizer::detect(sample, o.region);
        plan.phoneFormat = detection.format;
        plan.phoneFormatExplanation = detection.explanation;
        const bool hasPhones = std::any_of(plan.mapping.identifiers.cbegin(), plan.mapping.identifiers.cend(),
                                           [](const auto &identifier) { return identifier.kind == IdentifierKind::Phone; });
        if (hasPhones && !sample.isEmpty() && !detection.certain) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakImporter", "Cannot tell how the phone numbers are written. %1 Say which with "
                                             "--phone-format international or --phone-format national --region CC.")
                                              .arg(detection.explanation));
        }
    }
    d->plan = plan;
    return plan;
}

LeakImportReport LeakImporter::run(const std::function<void(const LeakImportProgress &)> &progress,
                                   const std::atomic_bool *cancel)
{
    QElapsedTimer clock;
    clock.start();
    LeakImportReport report;
    report.plan = plan();
    const LeakImportPlan &thePlan = report.plan;
    const LeakImportOptions &o = d->options;
    Database &db = d->vault.database();

    BreachCatalog catalog(db);
    const std::optional<qint64> breachId = catalog.idOf(o.breach);
    if (!breachId) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakImporter", "The catalog has no breach named \"%1\". Add it first with catalog add, "
                                         "or see catalog list.").arg(o.breach));
    }
    const auto isCancelled = [cancel] { return cancel && cancel->load(); };
    const QStringList classes = thePlan.mapping.dataClasses();

    // --- Read, normalize, hash: one reader (this thread), the others workers. ---
    const QString tmpDirectory = d->vault.directory() + QStringLiteral("/tmp");
    for (const QString &stale : QDir(tmpDirectory).entryList({QStringLiteral("import-*.part")}, QDir::Files)) {
        QFile::remove(tmpDirectory + QLatin1Char('/') + stale); // left by an import that was killed
    }
    PartitionStore store(tmpDirectory, o.memoryBudget);
    FieldSetRegistry fieldSets;
    const IdentifierHasher hasher(d->vault.identifierKey());
    const int workerCount = o.threads > 0 ? o.threads : std::max(1, QThread::idealThreadCount());
    BoundedQueue<RowBatch> queue(std::size_t(workerCount) * 2);
    std::atomic_bool failed = false;
    std::exception_ptr failure;
    std::mutex reportMutex;

    const auto work = [&] {
        try {
            RecordMaker maker(thePlan, o, hasher, fieldSets);
            RecordMaker::Batch made;
            RowBatch batch;
            while (queue.pop(&batch)) {
                if (failed || isCancelled()) {
                    continue; // drain
                }
                maker.make(batch, &made);
                store.add(made.records);
                std::lock_guard lock(reportMutex);
                report.rows += std::int64_t(batch.rowCount());
                report.imported += made.imported;
                report.skipped += made.skipped;
                report.invalidIdentifiers += made.invalid;
                report.skippedExamples += made.examples;
            }
        } catch (...) {
            std::lock_guard lock(reportMutex);
            if (!failure) {
                failure = std::current_exception();
            }
            failed = true;
        }
    };

    std::vector<std::thread> workers;
    for (int i = 0; i < workerCount; ++i) {
        workers.emplace_back(work);
    }
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto reportProgress = [&](LeakImportProgress::Phase phase, std::int64_t done, std::int64_t total) {
        if (!progress) {
            return;
        }
        LeakImportProgress p;
        p.phase = phase;
        p.bytesDone = done;
        p.bytesTotal = total;
        {
            std::lock_guard lock(reportMutex);
            p.rows = report.rows;
        }
        const double seconds = double(clock.elapsed()) / 1000.0;
        p.rowsPerSecond = seconds > 0 ? double(p.rows) / seconds : 0;
        if (phase == LeakImportProgress::Phase::Reading && done > 0 && total > 0) {
            // Reading is most of the work; writing adds about a tenth.
            p.secondsLeft = seconds * double(total - done) / double(done) + seconds * 0.1;
        }
        progress(p);
    };
    try {
        RowBatch batch;
        bool more = d->haveFirstBatch;
        if (more) {
            queue.push(std::move(d->firstBatch));
            d->haveFirstBatch = false;
        }
        while (more && !failed) {
            if (isCancelled()) {
                break;
            }
            more = d->reader->next(&batch);
            if (more) {
                queue.push(std::move(batch));
                batch = RowBatch();
            }
            if (sinceProgress.elapsed() >= o.progressIntervalMs) {
                sinceProgress.restart();
                reportProgress(LeakImportProgress::Phase::Reading, d->reader->bytesConsumed(), d->reader->fileSize());
            }
        }
    } catch (...) {
        queue.close();
        for (std::thread &worker : workers) {
            worker.join();
        }
        throw;
    }
    queue.close();
    for (std::thread &worker : workers) {
        worker.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    if (isCancelled()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakImporter", "The import was cancelled. Nothing was changed."));
    }
    std::sort(report.skippedExamples.begin(), report.skippedExamples.end(),
              [](const auto &a, const auto &b) { return a.line < b.line; });
    report.skippedExamples = report.skippedExamples.mid(0, kSkippedExamples);

    // --- The same file with the same settings: nothing to do. ---
    QJsonObject settings{{QStringLiteral("mapping"), thePlan.mapping.toJson(thePlan.columns)},
                         {QStringLiteral("phone_format"), phoneFormatName(thePlan.phoneFormat)},
                         {QStringLiteral("region"), o.region.toUpper()}};
    const QString settingsText = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    const QByteArray digest = d->reader->contentDigest();
    {
        Statement existing = db.prepare("SELECT id FROM leak_import WHERE breach_id = ? AND content_digest = ? AND settings = ?;");
        existing.bind(1, *breachId).bindBlob(2, digest).bind(3, settingsText);
        if (existing.step()) {
            report.alreadyImported = true;
            report.importId = existing.columnInt64(0);
            report.seconds = double(clock.elapsed()) / 1000.0;
            return report;
        }
    }

    // --- Sort each partition and write its buckets, in key order, in one transaction. ---
    const std::uint64_t total = store.count();
    const int bucketBits = std::clamp(int(std::lround(std::log2(std::max(1.0, double(total) / kEntriesPerBucket)))), 8, 32);
    const std::vector<std::uint64_t> masks = fieldSets.masks();
    const int entrySize = LeakIndex::kRemainderBytes + (masks.size() <= 256 ? 1 : 2);
    QJsonArray fieldSetsJson;
    for (const std::uint64_t mask : masks) {
        QJsonArray set;
        for (int bit = 0; bit < classes.size(); ++bit) {
            if (mask & (std::uint64_t(1) << bit)) {
                set.append(classes.at(bit));
            }
        }
        fieldSetsJson.append(set);
    }

    const auto pageBytes = [&db] {
        Statement pages = db.prepare("PRAGMA page_count;");
        pages.step();
        Statement size = db.prepare("PRAGMA page_size;");
        size.step();
        return pages.columnInt64(0) * size.columnInt64(0);
    };
    db.exec("PRAGMA cache_size = -65536;"); // 64 MiB while writing
    Transaction transaction(db);
    const qint64 bytesBefore = pageBytes();
    Statement insertImport = db.prepare(
        "INSERT INTO leak_import(breach_id, source_name, content_digest, settings, imported_at, row_count, record_count, "
        "skipped_count, bucket_bits, entry_size, field_sets, byte_count) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 0);");
    insertImport.bind(1, *breachId).bind(2, QFileInfo(o.path).fileName()).bindBlob(3, digest).bind(4, settingsText)
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(6, qint64(report.rows))
        .bind(7, qint64(report.skipped)).bind(8, qint64(bucketBits)).bind(9, qint64(entrySize))
        .bind(10, QString::fromUtf8(QJsonDocument(fieldSetsJson).toJson(QJsonDocument::Compact)));
    insertImport.run();
    const qint64 importId = db.lastInsertRowId();
    const QString table = LeakIndex::tableName(importId);
    db.exec(QStringLiteral("CREATE TABLE %1 (bucket INTEGER PRIMARY KEY, entries BLOB NOT NULL);").arg(table).toLatin1().constData());
    Statement insertBucket = db.prepare(QStringLiteral("INSERT INTO %1(bucket, entries) VALUES (?, ?);").arg(table).toLatin1().constData());

    std::int64_t stored = 0;
    std::string entries;
    for (int partition = 0; partition < kPartitions; ++partition) {
        if (isCancelled()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakImporter", "The import was cancelled. Nothing was changed."));
        }
        std::vector<Record> records = store.take(partition);
        std::sort(records.begin(), records.end());
        records.erase(std::unique(records.begin(), records.end()), records.end());
        std::size_t i = 0;
        while (i < records.size()) {
            const std::uint64_t bucket = LeakIndex::bucketOf(records[i].high, bucketBits);
            entries.clear();
            for (; i < records.size() && LeakIndex::bucketOf(records[i].high, bucketBits) == bucket; ++i) {
                const std::uint64_t remainder = LeakIndex::remainderOf(records[i].high, records[i].low, bucketBits);
                for (int byte = LeakIndex::kRemainderBytes - 1; byte >= 0; --byte) {
                    entries.push_back(char(remainder >> (8 * byte)));
                }
                if (entrySize == LeakIndex::kRemainderBytes + 2) {
                    entries.push_back(char(records[i].fieldSet >> 8));
                }
                entries.push_back(char(records[i].fieldSet & 0xff));
                ++stored;
            }
            insertBucket.bind(1, qint64(bucket)).bindBlob(2, entries.data(), int(entries.size()));
            insertBucket.run();
        }
        if (sinceProgress.elapsed() >= o.progressIntervalMs) {
            sinceProgress.restart();
            reportProgress(LeakImportProgress::Phase::Writing, partition + 1, kPartitions);
        }
    }
    const qint64 bytes = pageBytes() - bytesBefore;
    Statement finish = db.prepare("UPDATE leak_import SET record_count = ?, byte_count = ? WHERE id = ?;");
    finish.bind(1, qint64(stored)).bind(2, bytes).bind(3, importId).run();
    transaction.commit();
    db.exec("PRAGMA cache_size = -2000;");

    report.records = stored;
    report.bytes = bytes;
    report.importId = importId;
    report.seconds = double(clock.elapsed()) / 1000.0;
    return report;
}

} // namespace BreachAdvisor
