#include "LeakImporter.h"

#include "BoundedQueue.h"
#include "BreachCatalog.h"
#include "Error.h"
#include "IdentifierHasher.h"
#include "LeakImportText.h"
#include "LeakIndexWriter.h"
#include "PartitionStore.h"
#include "RecordMaker.h"
#include "SiteRegistry.h"
#include "Vault.h"
#include "WorkControl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>

namespace BreachAdvisor {

namespace {

constexpr int kSampleRows = 1000; // for phone-format detection
constexpr int kDetectionRows = 100; // for recognizing columns from their values

bool hasPhoneColumn(const LeakMapping &mapping)
{
    return std::any_of(mapping.identifiers.cbegin(), mapping.identifiers.cend(),
                       [](const auto &identifier) { return identifier.kind == IdentifierKind::Phone; });
}

// Which encoding the rows were in, as far as the reader has seen.
QString encodingUsed(TextEncoding asked, const LeakFileReader &reader)
{
    if (asked != TextEncoding::Auto) {
        return textEncodingName(asked);
    }
    if (reader.recodedRows() == 0) {
        return textEncodingName(TextEncoding::Utf8);
    }
    return reader.utf8Rows() == 0 ? textEncodingName(TextEncoding::Windows1252) : QStringLiteral("mixed");
}

// The classes a file shows that the catalog does not list for its breach.
QStringList newDataClasses(const QStringList &classes, const QStringList &breachClasses, bool haveBreach)
{
    QStringList unlisted;
    for (const QString &dataClass : classes) {
        if (haveBreach && !breachClasses.contains(dataClass, Qt::CaseInsensitive)) {
            unlisted << dataClass;
        }
    }
    return unlisted;
}

// The mapping's classes without those that are there only for username columns' values
// (e-mail addresses, phone numbers) when no row had one: they come last, so the bits of
// the others stay as they are.
QStringList classesSeen(const LeakMapping &mapping, const std::vector<std::uint64_t> &fieldSets)
{
    QStringList classes = mapping.dataClasses();
    std::uint64_t used = 0;
    for (const std::uint64_t mask : fieldSets) {
        used |= mask;
    }
    for (int dropped = 0; dropped < mapping.loginOnlyClasses() && !(used & (std::uint64_t(1) << (classes.size() - 1))); ++dropped) {
        classes.removeLast();
    }
    return classes;
}

template<typename Example>
void sortAndTrim(QList<Example> &examples)
{
    std::sort(examples.begin(), examples.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
    examples = examples.mid(0, LeakImportReport::kSkippedExamples);
}

} // namespace

QJsonObject LeakImportPlan::toJson() const
{
    return QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                       {QStringLiteral("preset"), preset.isEmpty() ? QJsonValue() : QJsonValue(preset)},
                       {QStringLiteral("delimiter"), delimiter ? QJsonValue(QString(QLatin1Char(delimiter))) : QJsonValue()},
                       {QStringLiteral("delimiter_detected"), delimiterDetected},
                       {QStringLiteral("has_header"), hasHeader},
                       {QStringLiteral("header_detected"), headerDetected},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("table"), table.isEmpty() ? QJsonValue() : QJsonValue(table)},
                       {QStringLiteral("table_detected"), tableDetected},
                       {QStringLiteral("mapping"), mapping.toJson(columns)},
                       {QStringLiteral("mapping_detected"), mappingDetected},
                       {QStringLiteral("new_data_classes"), QJsonArray::fromStringList(newDataClasses)},
                       {QStringLiteral("phone_format"), phoneFormatName(phoneFormat)},
                       {QStringLiteral("phone_format_explanation"), phoneFormatExplanation}};
}

QJsonObject LeakImportReport::toJson() const
{
    QJsonArray examples;
    for (const Skipped &example : skippedExamples) {
        examples.append(QJsonObject{{QStringLiteral("line"), double(example.line)}, {QStringLiteral("reason"), example.reason}});
    }
    QJsonObject byKind;
    QJsonArray invalid;
    for (IdentifierKind kind : {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Username}) {
        byKind.insert(identifierKindName(kind), double(invalidByKind[std::size_t(kind) - 1]));
    }
    for (const Invalid &example : invalidExamples) {
        invalid.append(QJsonObject{{QStringLiteral("line"), double(example.line)},
                                   {QStringLiteral("kind"), identifierKindName(example.kind)},
                                   {QStringLiteral("reason"), example.reason}});
    }
    QJsonArray misfits;
    for (const LeakFileReader::Example &example : misfitExamples) {
        misfits.append(QJsonObject{{QStringLiteral("line"), double(example.line)}, {QStringLiteral("reason"), example.problem}});
    }
    QJsonObject json = plan.toJson();
    json.insert(QStringLiteral("encoding"), encoding);
    json.insert(QStringLiteral("rows_recoded"), double(recodedRows));
    json.insert(QStringLiteral("rows"), double(rows));
    json.insert(QStringLiteral("imported"), double(imported));
    json.insert(QStringLiteral("skipped"), double(skipped));
    json.insert(QStringLiteral("invalid_identifiers"), double(invalidIdentifiers));
    json.insert(QStringLiteral("invalid_by_kind"), byKind);
    json.insert(QStringLiteral("invalid_phone_numbers_estimated"), invalidPhonesEstimated);
    json.insert(QStringLiteral("invalid_examples"), invalid);
    QJsonObject logins;
    for (IdentifierKind kind : {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Username}) {
        logins.insert(identifierKindName(kind), double(loginKinds[std::size_t(kind) - 1]));
    }
    json.insert(QStringLiteral("login_values"), logins);
    json.insert(QStringLiteral("sites"), double(sites));
    json.insert(QStringLiteral("rows_without_site"), double(rowsWithoutSite));
    json.insert(QStringLiteral("rows_past_site_limit"), double(rowsPastSiteLimit));
    json.insert(QStringLiteral("rows_not_fitting_layout"), double(misfitRows));
    json.insert(QStringLiteral("not_fitting_examples"), misfits);
    QJsonArray others;
    for (const LeakFileReader::OtherTable &table : otherTables) {
        others.append(QJsonObject{{QStringLiteral("table"), table.name},
                                  {QStringLiteral("rows"), double(table.rows)},
                                  {QStringLiteral("identifiers"), table.identifiers}});
    }
    json.insert(QStringLiteral("rows_in_other_tables"), double(rowsInOtherTables));
    json.insert(QStringLiteral("other_tables"), others);
    json.insert(QStringLiteral("rows_with_unread_keys"), double(rowsWithUnreadKeys));
    json.insert(QStringLiteral("unread_keys"), QJsonArray::fromStringList(unreadKeys));
    json.insert(QStringLiteral("skipped_examples"), examples);
    json.insert(QStringLiteral("records"), double(records));
    json.insert(QStringLiteral("bytes"), double(bytes));
    json.insert(QStringLiteral("import_id"), double(importId));
    json.insert(QStringLiteral("already_imported"), alreadyImported);
    json.insert(QStringLiteral("dry_run"), dryRun);
    json.insert(QStringLiteral("seconds"), seconds);
    json.insert(QStringLiteral("rows_per_second"), seconds > 0 ? double(rows) / seconds : 0.0);
    return json;
}

QJsonObject LeakArchiveReport::toJson() const
{
    QJsonArray memberList;
    for (const LeakArchiveMember &member : members) {
        memberList.append(member.toJson());
    }
    // Each chosen member's plan, and its report once imported (or read through by a dry run).
    QJsonArray planList;
    QJsonArray reportList;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        QJsonObject plan = plans.value(i).toJson();
        plan.insert(QStringLiteral("member"), chosen.at(i));
        planList.append(plan);
        if (i < reports.size()) {
            QJsonObject report = reports.at(i).toJson();
            report.insert(QStringLiteral("member"), chosen.at(i));
            reportList.append(report);
        }
    }
    QJsonObject json{{QStringLiteral("archive"), archive}, {QStringLiteral("members"), memberList}, {QStringLiteral("plans"), planList}};
    if (!reports.isEmpty()) {
        json.insert(QStringLiteral("imports"), reportList);
        json.insert(QStringLiteral("dry_run"), reports.first().dryRun);
    }
    return json;
}

struct LeakImporter::Impl
{
    Vault &vault;
    LeakImportOptions options;
    std::optional<LeakImportPlan> plan;
    qint64 breachId = 0; // found by plan()
    QStringList breachDataClasses;
    std::unique_ptr<LeakFileReader> reader;
    std::unique_ptr<LeakByteSource> member; // an archive's member, read by plan()
    QString sourceName;                     // the member's, in the vault
    RowBatch firstBatch;
    bool haveFirstBatch = false;

    // Shared by the reading and writing stages of run().
    QElapsedTimer clock;
    QElapsedTimer sinceProgress;
    std::mutex reportMutex;

    Impl(Vault &v, LeakImportOptions o)
        : vault(v)
        , options(std::move(o))
    {
    }

    void reportProgress(const Progress &progress, LeakImportProgress::Phase phase, std::int64_t done, std::int64_t total,
                        const LeakImportReport &report, bool force = false);
    // Stage 1 and 2: every row of the file into the store.
    void readFile(const LeakImportPlan &thePlan, PartitionStore &store, FieldSetRegistry &fieldSets, SiteRegistry &sites,
                  LeakImportReport &report, const Progress &progress, const WorkControl &control);
    // Stage 3: the store into the index.
    LeakIndexWriter::Written writeIndex(LeakIndexWriter &writer, LeakIndexWriter::ImportHeader header, PartitionStore &store,
                                        const LeakImportReport &report, const Progress &progress, const WorkControl &control);
};

LeakImporter::LeakImporter(Vault &vault, LeakImportOptions options)
    : d(std::make_unique<Impl>(vault, std::move(options)))
{
}

LeakImporter::LeakImporter(Vault &vault, LeakImportOptions options, std::unique_ptr<LeakByteSource> member, const QString &sourceName)
    : d(std::make_unique<Impl>(vault, std::move(options)))
{
    d->member = std::move(member);
    d->sourceName = sourceName;
}

LeakImporter::~LeakImporter() = default;

LeakImportPlan LeakImporter::plan()
{
    if (d->plan) {
        return *d->plan;
    }
    const LeakImportOptions &o = d->options;
    // A preview may come before the breach is chosen; an import may not.
    const std::optional<Breach> breach = BreachCatalog(d->vault.database()).find(o.breach);
    if (!breach && !o.preview) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("LeakImporter", "The catalog has no breach named \"%1\": add it to the "
                                                                                     "catalog first.").arg(o.breach));
    }
    d->breachId = breach ? breach->id : 0;
    d->reader = d->member ? std::make_unique<LeakFileReader>(std::move(d->member), o.path, o.file)
                          : std::make_unique<LeakFileReader>(o.path, o.file);
    const LeakFileReader &reader = *d->reader;
    LeakImportPlan plan;
    plan.columns = reader.columns();
    plan.hasHeader = reader.hasHeader();
    plan.headerDetected = reader.headerDetected();
    if (plan.columns.isEmpty()) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakImporter", "%1: the file is empty").arg(o.path));
    }
    plan.preset = o.preset;
    plan.format = leakFileFormatName(reader.format());
    plan.table = reader.table();
    plan.tableDetected = reader.tableDetected();
    if (reader.format() == LeakFileFormat::Csv || reader.format() == LeakFileFormat::Tsv) {
        plan.delimiter = reader.delimiter();
        plan.delimiterDetected = reader.delimiterSniffed();
    }
    d->haveFirstBatch = d->reader->next(&d->firstBatch, 1 << 16);
    if (!d->haveFirstBatch) {
        if (reader.misfitRows() > 0) {
            const LeakFileReader::Example &first = reader.misfitExamples().first();
            throw Error(ErrorKind::RejectedInput, LeakImportText::counted("LeakImporter",
                                                                QT_TRANSLATE_N_NOOP("LeakImporter", "%1: none of its %Ln row(s) fits the layout %2 "
                                                                                                    "(line %3: %4). Nothing was imported."),
                                                                reader.misfitRows())
                                                      .arg(o.path, o.preset)
                                                      .arg(first.line)
                                                      .arg(first.problem));
        }
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakImporter", "%1: the file has a header but no rows. Nothing was "
                                                                                          "imported.").arg(o.path));
    }
    plan.encoding = encodingUsed(o.file.encoding, reader);
    const RowBatch &first = d->firstBatch;
    // The first rows: a preview for the person, and the values that columns whose names say
    // nothing are recognized from.
    QList<QStringList> detectionSample;
    for (std::size_t row = 0; row < first.rowCount() && detectionSample.size() < kDetectionRows; ++row) {
        QStringList values;
        for (int column = 0; column < first.columnCount; ++column) {
            values << first.displayText(row, column);
        }
        detectionSample << values;
    }
    plan.sampleRows = detectionSample.mid(0, LeakImportPlan::kSampleRows);
    plan.mappingDetected = o.mapping.isEmpty();
    try {
        plan.mapping = plan.mappingDetected ? LeakMapping::detect(plan.columns, reader.structuredColumns(), detectionSample)
                                            : LeakMapping::fromRequest(plan.columns, o.mapping, reader.structuredColumns());
    } catch (const Error &error) {
        if (!o.preview || error.kind() != ErrorKind::Usage) {
            throw;
        }
        plan.mapping = LeakMapping();
        plan.mapping.unusedColumns = plan.columns;
    }
    d->breachDataClasses = breach ? breach->dataClasses : QStringList();
    const QStringList classes = plan.mapping.dataClasses();
    plan.newDataClasses = newDataClasses(classes.mid(0, classes.size() - plan.mapping.loginOnlyClasses()), d->breachDataClasses, bool(breach));

    plan.phoneFormat = o.phoneFormat;
    if (plan.phoneFormat == PhoneFormat::National && o.region.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakImporter", "Phone numbers in national format need the country they are from."));
    }
    if (plan.phoneFormat == PhoneFormat::Auto) {
        QStringList sample;
        for (std::size_t row = 0; row < first.rowCount() && sample.size() < kSampleRows; ++row) {
            for (const LeakMapping::IdentifierColumn &identifier : std::as_const(plan.mapping.identifiers)) {
                const std::string_view value = first.field(row, identifier.column);
                if (identifier.kind == IdentifierKind::Phone && !RowBatch::isStructured(value)) {
                    sample << QString::fromUtf8(value.data(), qsizetype(value.size()));
                }
            }
        }
        const PhoneColumnNormalizer::Detection detection = PhoneColumnNormalizer::detect(sample, o.region);
        plan.phoneFormat = detection.format;
        plan.phoneFormatExplanation = detection.explanation;
        if (hasPhoneColumn(plan.mapping) && !sample.isEmpty() && !detection.certain && !o.preview) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakImporter", "Cannot tell how the phone numbers are written. %1 Say whether "
                                                                                      "they are international (with the country code) or national "
                                                                                      "(and from which country).")
                                              .arg(detection.explanation));
        }
    }
    d->plan = plan;
    return plan;
}

void LeakImporter::Impl::reportProgress(const Progress &progress, LeakImportProgress::Phase phase, std::int64_t done,
                                        std::int64_t total, const LeakImportReport &report, bool force)
{
    if (!progress || (!force && sinceProgress.elapsed() < options.progressIntervalMs)) {
        return;
    }
    sinceProgress.restart();
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
}

void LeakImporter::Impl::readFile(const LeakImportPlan &thePlan, PartitionStore &store, FieldSetRegistry &fieldSets,
                                  SiteRegistry &sites, LeakImportReport &report, const Progress &progress, const WorkControl &control)
{
    // Sites are numbered here, in file order, so that the numbers are the same every time.
    const int siteColumn = thePlan.mapping.siteColumn;
    const auto numberSites = [&](RowBatch &rows) {
        if (siteColumn >= 0) {
            sites.number(rows, siteColumn);
        }
    };
    const IdentifierHasher hasher(vault.identifierKey());
    const int workerCount = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    BoundedQueue<RowBatch> queue(std::size_t(workerCount) * 2);
    std::atomic_bool failed = false;
    std::exception_ptr failure;

    const auto work = [&] {
        try {
            RecordMaker maker(thePlan, options, hasher, fieldSets);
            RecordMaker::Batch made;
            RowBatch batch;
            while (queue.pop(&batch)) {
                if (failed || control.cancelled()) {
                    continue; // drain
                }
                maker.make(batch, &made);
                store.add(made.records);
                std::lock_guard lock(reportMutex);
                report.rows += std::int64_t(batch.rowCount());
                report.imported += made.imported;
                report.skipped += made.skipped;
                report.invalidIdentifiers += made.invalid;
                for (std::size_t kind = 0; kind < made.invalidByKind.size(); ++kind) {
                    report.invalidByKind[kind] += made.invalidByKind[kind];
                    report.loginKinds[kind] += made.loginKinds[kind];
                }
                if (report.invalidExamples.size() < LeakImportReport::kSkippedExamples * 4) {
                    report.invalidExamples += made.invalidExamples;
                }
                if (report.skippedExamples.size() < LeakImportReport::kSkippedExamples * 4) {
                    report.skippedExamples += made.examples;
                }
            }
        } catch (...) {
            {
                std::lock_guard lock(reportMutex);
                if (!failure) {
                    failure = std::current_exception();
                }
                failed = true;
            }
            // This worker takes no more batches: the reader, maybe waiting for room in the
            // queue, must not wait for it (with one worker it waited forever).
            queue.close();
        }
    };
    std::vector<std::thread> workers;
    for (int i = 0; i < workerCount; ++i) {
        workers.emplace_back(work);
    }
    const auto stopWorkers = [&] {
        queue.close();
        for (std::thread &worker : workers) {
            worker.join();
        }
    };
    try {
        bool more = haveFirstBatch;
        if (more) {
            numberSites(firstBatch);
            more = queue.push(std::move(firstBatch));
            haveFirstBatch = false;
        }
        RowBatch batch;
        while (more && !failed && !control.cancelled()) {
            more = reader->next(&batch);
            if (more) {
                numberSites(batch);
                more = queue.push(std::move(batch)); // closed: a worker failed
            }
            batch = RowBatch();
            reportProgress(progress, LeakImportProgress::Phase::Reading, reader->bytesConsumed(), reader->fileSize(), report);
        }
    } catch (...) {
        stopWorkers();
        throw;
    }
    stopWorkers();
    if (failure) {
        std::rethrow_exception(failure);
    }
    control.throwIfCancelled();

    // Rows that did not fit the layout never reached the workers: they count as skipped.
    report.misfitRows = reader->misfitRows();
    report.misfitExamples = reader->misfitExamples();
    report.rows += report.misfitRows;
    report.skipped += report.misfitRows;
    for (const LeakFileReader::Example &misfit : reader->misfitExamples()) {
        report.skippedExamples << LeakImportReport::Skipped{misfit.line, misfit.problem};
    }
    const std::int64_t allowed = options.maxBadRows.allowedOf(report.rows);
    if (report.misfitRows > allowed) {
        const LeakFileReader::Example &first = report.misfitExamples.first();
        const QString limit = options.maxBadRows.rows >= 0
                                  ? LeakImportText::counted("LeakImporter", QT_TRANSLATE_N_NOOP("LeakImporter", "%Ln row(s)"), options.maxBadRows.rows)
                                  : QCoreApplication::translate("LeakImporter", "%1 % of the rows").arg(QLocale().toString(options.maxBadRows.percent));
        throw Error(ErrorKind::RejectedInput,
                    LeakImportText::counted("LeakImporter",
                                            QT_TRANSLATE_N_NOOP("LeakImporter", "%1: %Ln row(s) of %2 did not fit the file's layout (the first: line %3, "
                                                                                "%4): more than the %5 allowed. Is the delimiter or the "
                                                                                "header right? Nothing was imported."),
                                            report.misfitRows)
                        .arg(options.path, QLocale().toString(qlonglong(report.rows)))
                        .arg(first.line)
                        .arg(first.problem, limit));
    }
    report.sites = std::int64_t(sites.hosts().size());
    report.rowsWithoutSite = sites.rowsWithoutSite();
    report.rowsPastSiteLimit = sites.rowsPastLimit();
    report.rowsInOtherTables = reader->rowsInOtherTables();
    report.otherTables = reader->otherTables();
    report.rowsWithUnreadKeys = reader->rowsWithUnreadKeys();
    report.unreadKeys = reader->unreadKeys();
    report.encoding = encodingUsed(options.file.encoding, *reader);
    report.recodedRows = reader->recodedRows();
    sortAndTrim(report.skippedExamples);
    sortAndTrim(report.invalidExamples);
}

LeakIndexWriter::Written LeakImporter::Impl::writeIndex(LeakIndexWriter &writer, LeakIndexWriter::ImportHeader header,
                                                        PartitionStore &store, const LeakImportReport &report,
                                                        const Progress &progress, const WorkControl &control)
{
    header.recordsAtMost = store.count();
    writer.begin(header);
    for (int partition = 0; partition < PartitionStore::kPartitions; ++partition) {
        control.throwIfCancelled();
        std::vector<LeakIndexFormat::Record> records = store.take(partition);
        std::sort(records.begin(), records.end());
        writer.add(records);
        reportProgress(progress, LeakImportProgress::Phase::Writing, partition + 1, PartitionStore::kPartitions, report);
    }
    return writer.commit();
}

LeakImportReport LeakImporter::run(const Progress &progress, const std::atomic_bool *cancel)
{
    if (d->options.preview) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakImporter", "A preview cannot be imported: say which columns hold what first."));
    }
    d->clock.start();
    d->sinceProgress.start();
    const WorkControl control{{}, cancel};
    LeakImportReport report;
    report.plan = plan();
    const LeakImportOptions &o = d->options;
    Database &db = d->vault.database();

    const QString tmpDirectory = d->vault.directory() + QStringLiteral("/tmp");
    PartitionStore::removeLeftovers(tmpDirectory);
    PartitionStore store(tmpDirectory, o.memoryBudget);
    FieldSetRegistry fieldSets;
    SiteRegistry sites;
    d->readFile(report.plan, store, fieldSets, sites, report, progress, control);
    report.invalidPhonesEstimated = !o.exactPhoneValidation && hasPhoneColumn(report.plan.mapping);
    if (report.imported == 0) {
        const QString example = report.skippedExamples.isEmpty()
                                    ? QString()
                                    : QCoreApplication::translate("LeakImporter", " (line %1: %2)")
                                          .arg(report.skippedExamples.first().line)
                                          .arg(report.skippedExamples.first().reason);
        throw Error(ErrorKind::RejectedInput, LeakImportText::counted("LeakImporter",
                                                            QT_TRANSLATE_N_NOOP("LeakImporter", "%1: none of its %Ln row(s) has a valid phone number, "
                                                                                                "e-mail address or username%2. Nothing was imported."),
                                                            report.rows)
                                                  .arg(o.path, example));
    }

    // The same file with the same settings: nothing to do. (Settings added later are
    // written only when not the default, so files imported before stay recognized.)
    QJsonObject settings{{QStringLiteral("mapping"), report.plan.mapping.toJson(report.plan.columns)},
                         {QStringLiteral("phone_format"), phoneFormatName(report.plan.phoneFormat)},
                         {QStringLiteral("region"), o.region.toUpper()}};
    if (o.file.encoding != TextEncoding::Auto) {
        settings.insert(QStringLiteral("encoding"), textEncodingName(o.file.encoding));
    }
    if (!o.preset.isEmpty()) {
        settings.insert(QStringLiteral("preset"), o.preset);
    }
    if (!report.plan.table.isEmpty()) {
        settings.insert(QStringLiteral("table"), report.plan.table); // another table of the same dump is another import
    }
    LeakIndexWriter::ImportHeader header;
    header.breachId = d->breachId;
    header.sourceName = d->sourceName.isEmpty() ? QFileInfo(o.path).fileName() : d->sourceName;
    header.contentDigest = d->reader->contentDigest();
    header.settings = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    header.rows = report.rows;
    header.skipped = report.skipped;
    header.fieldSets = fieldSets.masks();
    header.sites = sites.hosts();
    header.dataClasses = classesSeen(report.plan.mapping, header.fieldSets);
    report.plan.newDataClasses = newDataClasses(header.dataClasses, d->breachDataClasses, d->breachId != 0);
    LeakIndexWriter writer(db);
    if (const std::optional<qint64> existing = writer.existingImport(header.breachId, header.contentDigest, header.settings)) {
        report.alreadyImported = true;
        report.importId = *existing;
    } else if (o.dryRun) {
        report.dryRun = true;
        report.records = std::int64_t(store.count());
    } else {
        const LeakIndexWriter::Written written = d->writeIndex(writer, header, store, report, progress, control);
        report.importId = written.importId;
        report.records = written.records;
        report.bytes = written.bytes;
    }
    report.seconds = double(d->clock.elapsed()) / 1000.0;
    return report;
}

} // namespace BreachAdvisor

namespace BreachAdvisor {

LeakArchiveImporter::LeakArchiveImporter(Vault &vault, LeakImportOptions options)
    : m_vault(vault)
    , m_options(std::move(options))
{
}

LeakArchiveReport LeakArchiveImporter::plan(const Planned &planned, int maxPlans)
{
    return walk(false, {}, nullptr, planned, maxPlans);
}

LeakArchiveReport LeakArchiveImporter::run(const Progress &progress, const std::atomic_bool *cancel, const Planned &planned)
{
    return walk(true, progress, cancel, planned, -1);
}

LeakArchiveReport LeakArchiveImporter::walk(bool import, const Progress &progress, const std::atomic_bool *cancel, const Planned &planned,
                                            int maxPlans)
{
    LeakArchiveReport result;
    result.archive = m_options.path;
    std::vector<qint64> written; // by this walk: removed again when a later member fails
    try {
        LeakArchive archive(m_options.path, m_options.members, m_options.archiveLimits);
        LeakArchiveMember member;
        while ((maxPlans < 0 || result.plans.size() < maxPlans) && archive.next(&member)) {
            result.members << member;
            if (!member.chosen) {
                continue;
            }
            LeakImportOptions options = m_options;
            options.path = archive.memberPath(member);
            if (options.formatFromMemberName) {
                options.file.format = leakFileFormatFromPath(member.name);
            }
            LeakImporter importer(m_vault, options, archive.open(), archive.sourceName(member));
            LeakImportPlan plan;
            try {
                plan = importer.plan();
            } catch (const Error &error) {
                if (error.kind() != ErrorKind::Usage) {
                    throw; // these name the member already
                }
                // A mapping that does not fit this member: say which one.
                throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakImporter", "%1: %2").arg(options.path, error.message()));
            }
            result.chosen << member.name;
            result.plans << plan;
            if (planned) {
                planned(member.name, plan);
            }
            if (import) {
                result.reports << importer.run(progress, cancel);
                if (!result.reports.last().alreadyImported && !result.reports.last().dryRun) {
                    written.push_back(result.reports.last().importId);
                }
            }
        }
        if (result.chosen.isEmpty()) {
            throw Error(ErrorKind::RejectedInput,
                        LeakImportText::counted("LeakImporter",
                                                QT_TRANSLATE_N_NOOP("LeakImporter", "%1: none of the archive's %Ln member(s) is a leak file (a "
                                                                                    "CSV, TSV, text, JSON or SQL file by its name; "
                                                                                    "--member picks members by name). Nothing was imported."),
                                                std::int64_t(result.members.size()))
                            .arg(m_options.path));
        }
    } catch (...) {
        LeakIndexWriter writer(m_vault.database());
        for (auto id = written.rbegin(); id != written.rend(); ++id) {
            try {
                writer.removeImport(*id);
            } catch (...) {
                // The first failure is the one to report.
            }
        }
        throw;
    }
    return result;
}

} // namespace BreachAdvisor
