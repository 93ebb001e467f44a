#pragma once

#include "LeakArchive.h"
#include "LeakFile.h"
#include "LeakMapping.h"
#include "PhoneColumnNormalizer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

namespace BreachAdvisor {

// What to import, and how.
struct LeakImportOptions
{
    QString path;
    QString breach; // a Name in the vault's catalog
    QString preset; // the layout's name when a LeakFormatPreset set it up
    LeakFileReader::Options file;
    // Which columns hold what; when empty the columns are recognized from the header.
    LeakMappingRequest mapping;
    PhoneFormat phoneFormat = PhoneFormat::Auto;
    QString region;                                    // the country of national-format numbers
    bool exactPhoneValidation = false;                 // libphonenumber on every number (slow)
    std::size_t memoryBudget = std::size_t(256) << 20; // for records held before sorting
    // How many rows that do not fit (LeakFileReader's misfits) a file may have before it is
    // refused as a whole: a number of rows, or (when rows < 0) a percentage of the rows read.
    struct BadRowLimit
    {
        std::int64_t rows = -1;
        double percent = 1.0;
        std::int64_t allowedOf(std::int64_t rowsRead) const
        {
            return rows >= 0 ? rows : std::int64_t(double(rowsRead) * percent / 100.0);
        }
    };
    BadRowLimit maxBadRows;
    int threads = 0;                                   // 0: one per core
    int progressIntervalMs = 200;                      // how often progress is reported
    // A first look (the app's import preview): the plan comes back even when no
    // identifier column is recognized or the phone format is unclear, so the person
    // can say which is which. Such a plan cannot be run.
    bool preview = false;
    // Everything an import does but write: the whole file read with the import's checks,
    // the same verdict (the same errors) and counts, the index unchanged.
    bool dryRun = false;
    // An archive (LeakArchive::isArchive): which members are imported, each as an import
    // of its own. Globs ("*.csv", "dump/users.csv"); none: every member named like a leak file.
    QStringList members;
    bool formatFromMemberName = true; // false: file.format was given, for every member
    LeakArchiveLimits archiveLimits;
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
    QString preset;
    char delimiter = 0; // CSV/TSV
    bool delimiterDetected = false;
    bool hasHeader = true;       // CSV/TSV: the first line named the columns
    bool headerDetected = false; // decided from the first line itself (see LeakFileReader::Options)
    QString encoding; // of the first rows: see LeakImportReport::encoding
    QString format;     // as read: "csv", "tsv", "jsonl", "json" (an array) or "sql"
    QString table;      // SQL: the table read
    bool tableDetected = false; // chosen for its columns, not named
    LeakMapping mapping;
    bool mappingDetected = false;
    // Mapped data classes the catalog does not list for the breach: the file shows more
    // leaked than the catalog says. Kept with the import like every mapped class.
    QStringList newDataClasses;
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
    struct Invalid
    {
        std::int64_t line = 0;
        IdentifierKind kind = IdentifierKind::Phone;
        QString reason; // the value masked
    };
    LeakImportPlan plan;
    std::int64_t rows = 0;               // rows read, those that did not fit the layout included
    std::int64_t imported = 0;           // rows with at least one valid identifier
    std::int64_t skipped = 0;            // rows without one, or that did not fit the layout
    std::int64_t invalidIdentifiers = 0; // cells with an identifier that is not valid
    std::array<std::int64_t, 3> invalidByKind{}; // the same by kind: phone, email, username
    // The fast phone check (without exactPhoneValidation) trusts a range of numbers once its
    // numbers agreed, so the invalid numbers inside a valid range are not counted: the
    // phone count is an estimate (the same every time), never more than the exact one.
    bool invalidPhonesEstimated = false;
    QList<Invalid> invalidExamples;      // the first ones, by line
    // Username columns' values by what each was stored as: phone, email, username.
    std::array<std::int64_t, 3> loginKinds{};
    QList<Skipped> skippedExamples;      // the first ones, by line
    // With a site column (stealer logs): how many sites' logins the file holds, the rows
    // whose address held no host name, and those whose site was past the 65,535 kept.
    std::int64_t sites = 0;
    std::int64_t rowsWithoutSite = 0;
    std::int64_t rowsPastSiteLimit = 0;
    std::int64_t misfitRows = 0;         // rows with another number of fields than the layout (presets)
    QList<LeakFileReader::Example> misfitExamples;
    std::int64_t rowsInOtherTables = 0;  // SQL: rows of the dump's other tables, not read
    QList<LeakFileReader::OtherTable> otherTables;
    std::int64_t rowsWithUnreadKeys = 0; // JSON lines with keys first seen after the sampled lines
    QStringList unreadKeys;
    // "utf-8", "windows-1252", "latin1", or "mixed" (rows of both UTF-8 and
    // Windows-1252), and how many rows were read as Windows-1252/Latin-1.
    QString encoding;
    std::int64_t recodedRows = 0;
    std::int64_t records = 0;            // (identifier, field set) pairs stored
    std::int64_t bytes = 0;
    qint64 importId = 0;
    bool alreadyImported = false; // the same file with the same settings was imported before
    bool dryRun = false;          // nothing was written; records is how many an import would store at most
    double seconds = 0;
    QJsonObject toJson() const;
};

// An archive's members and what became of each chosen one (LeakArchiveImporter).
struct LeakArchiveReport
{
    QString archive;
    QList<LeakArchiveMember> members; // every member, in the archive's order
    QStringList chosen;               // the chosen members' names, in order: one plan (and report) each
    QList<LeakImportPlan> plans;
    QList<LeakImportReport> reports; // none for a dry run
    // {"archive", "members": [LeakArchiveMember::toJson()], "plans" or "imports": [plan or
    // report with "member": its name]}
    QJsonObject toJson() const;
};

} // namespace BreachAdvisor
