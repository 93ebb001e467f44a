#pragma once

#include "LeakFile.h"
#include "LeakMapping.h"
#include "PhoneColumnNormalizer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>

namespace BreachAdvisor {

class Vault;

struct LeakImportOptions
{
    QString path;
    QString breach; // a Name in the vault's catalog
    LeakFileReader::Options file;
    // Explicit mapping; when all are empty the columns are recognized from the header.
    QStringList phoneColumns;
    QStringList emailColumns;
    QStringList usernameColumns;
    QStringList fieldSpecs; // "DATA CLASS=COLUMN[,COLUMN]"
    PhoneFormat phoneFormat = PhoneFormat::Auto;
    QString region;                                // for national-format numbers
    bool exactPhoneValidation = false;             // libphonenumber on every number (slow)
    std::size_t memoryBudget = std::size_t(256) << 20; // for records held before sorting
    int threads = 0;                               // 0: one per core
    int progressIntervalMs = 200;                  // how often progress is reported
};

struct LeakImportProgress
{
    enum class Phase { Reading, Writing };
    Phase phase = Phase::Reading;
    std::int64_t bytesDone = 0;
    std::int64_t bytesTotal = 0;
    std::int64_t rows = 0;
    double rowsPerSecond = 0;
    double secondsLeft = -1; // unknown
};

// What an import will do, before it does it: shown to the person first.
struct LeakImportPlan
{
    QStringList columns;
    LeakMapping mapping;
    bool mappingDetected = false;
    PhoneFormat phoneFormat = PhoneFormat::International;
    QString phoneFormatExplanation; // when it was detected
    QJsonObject toJson() const;
};

struct LeakImportReport
{
    struct Skipped
    {
        std::int64_t line = 0;
        QString reason; // values masked
    };
    LeakImportPlan plan;
    std::int64_t rows = 0;
    std::int64_t imported = 0;           // rows with at least one valid identifier
    std::int64_t skipped = 0;            // rows without one
    std::int64_t invalidIdentifiers = 0; // cells with an identifier that is not valid
    QList<Skipped> skippedExamples;      // the first ones, by line
    std::int64_t records = 0;            // (identifier, field set) pairs stored
    std::int64_t bytes = 0;
    qint64 importId = 0;
    bool alreadyImported = false; // the same file with the same settings was imported before
    double seconds = 0;
    QJsonObject toJson() const;
};

// Imports a leak file into the vault's index: streams and parses the file on one
// thread, normalizes and hashes identifiers on the others, holds records in 256
// partitions by hash (spilling them, encrypted, to the vault's tmp folder past the
// memory budget), then sorts each partition and writes its buckets in key order in
// one transaction. Cancelled, failed or killed, the index is exactly as before.
class LeakImporter
{
public:
    LeakImporter(Vault &vault, LeakImportOptions options);
    ~LeakImporter();

    // Reads the header and a sample; resolves mapping and phone format. Throws
    // Error(Usage) for mapping errors, Error(RejectedInput) for a broken file.
    LeakImportPlan plan();
    // cancel may be null; progress is called on the calling thread about 5 times a second.
    LeakImportReport run(const std::function<void(const LeakImportProgress &)> &progress = {},
                         const std::atomic_bool *cancel = nullptr);

    static constexpr int kSkippedExamples = 20;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace BreachAdvisor
