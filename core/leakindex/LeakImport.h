#pragma once

#include "LeakFile.h"
#include "LeakMapping.h"
#include "PhoneColumnNormalizer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace BreachAdvisor {

// What to import, and how.
struct LeakImportOptions
{
    QString path;
    QString breach; // a Name in the vault's catalog
    LeakFileReader::Options file;
    // Which columns hold what; when empty the columns are recognized from the header.
    LeakMappingRequest mapping;
    PhoneFormat phoneFormat = PhoneFormat::Auto;
    QString region;                                    // the country of national-format numbers
    bool exactPhoneValidation = false;                 // libphonenumber on every number (slow)
    std::size_t memoryBudget = std::size_t(256) << 20; // for records held before sorting
    int threads = 0;                                   // 0: one per core
    int progressIntervalMs = 200;                      // how often progress is reported
    // A first look (the app's import preview): the plan comes back even when no
    // identifier column is recognized or the phone format is unclear, so the person
    // can say which is which. Such a plan cannot be run.
    bool preview = false;
};

struct LeakImportProgress
{
    enum class Phase { Reading, Writing };
    Phase phase = Phase::Reading;
    std::int64_t bytesDone = 0; // while writing: partitions written
    std::int64_t bytesTotal = 0;
    std::int64_t rows = 0;
    double rowsPerSecond = 0;
    double secondsLeft = -1; // unknown
};

// What an import will do, before it does it: shown to the person first.
struct LeakImportPlan
{
    static constexpr int kSampleRows = 10;

    QStringList columns;
    QList<QStringList> sampleRows; // the first rows, for a preview
    LeakMapping mapping;
    bool mappingDetected = false;
    PhoneFormat phoneFormat = PhoneFormat::International;
    QString phoneFormatExplanation; // when it was detected
    QJsonObject toJson() const;
};

struct LeakImportReport
{
    static constexpr int kSkippedExamples = 20;

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

} // namespace BreachAdvisor
