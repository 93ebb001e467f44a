#include "CliApplication.h"
#include "CliSupport.h"

#include "BreachCatalog.h"
#include "BreachJson.h"
#include "CommandLine.h"
#include "DataClassTaxonomy.h"
#include "Error.h"
#include "IdentityCheck.h"
#include "LeakImporter.h"
#include "LeakIndex.h"
#include "People.h"
#include "PersonalPlan.h"
#include "PhoneNumbers.h"
#include "SecretInput.h"
#include "TextIdentifiers.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QLocale>
#include <QMap>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace BreachAdvisor::Cli {

int CliApplication::importLeak(const CommandLine &commandLine)
{
    commandLine.allowOnly(withVaultOptions({QStringLiteral("breach"), QStringLiteral("format"), QStringLiteral("no-header"),
                                            QStringLiteral("delimiter"), QStringLiteral("phone"), QStringLiteral("email"),
                                            QStringLiteral("username"), QStringLiteral("field"),
                                            QStringLiteral("phone-format"), QStringLiteral("region"),
                                            QStringLiteral("exact-phone-validation"), QStringLiteral("memory-mb"),
                                            QStringLiteral("dry-run"), QStringLiteral("json")}));
    const bool json = commandLine.has(QStringLiteral("json"));
    LeakImportOptions options;
    options.path = commandLine.positional().value(1);
    options.breach = commandLine.value(QStringLiteral("breach"));
    if (options.path.isEmpty() || options.breach.isEmpty() || commandLine.positional().size() > 2) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: import FILE --breach NAME [--phone COLUMN]... (see --help)"));
    }
    options.file.format = leakFileFormatFromPath(options.path);
    if (commandLine.has(QStringLiteral("format"))
        && !leakFileFormatFromName(commandLine.value(QStringLiteral("format")), &options.file.format)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--format is csv, tsv or jsonl."));
    }
    options.file.hasHeader = !commandLine.has(QStringLiteral("no-header"));
    if (commandLine.has(QStringLiteral("delimiter"))) {
        const QString delimiter = commandLine.value(QStringLiteral("delimiter"));
        if (delimiter.size() != 1 || delimiter.at(0).unicode() > 127 || delimiter == QLatin1String("\"")) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--delimiter is one ASCII character, like ; or :"));
        }
        options.file.delimiter = delimiter.at(0).toLatin1();
    }
    options.phoneColumns = commandLine.values(QStringLiteral("phone"));
    options.emailColumns = commandLine.values(QStringLiteral("email"));
    options.usernameColumns = commandLine.values(QStringLiteral("username"));
    options.fieldSpecs = commandLine.values(QStringLiteral("field"));
    if (commandLine.has(QStringLiteral("phone-format"))
        && !phoneFormatFromName(commandLine.value(QStringLiteral("phone-format")), &options.phoneFormat)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--phone-format is international, national or auto."));
    }
    options.region = commandLine.value(QStringLiteral("region")).toUpper();
    if (!options.region.isEmpty() && !PhoneNumbers::isKnownRegion(options.region)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--region \"%1\" is not a known two-letter country code.").arg(options.region));
    }
    options.exactPhoneValidation = commandLine.has(QStringLiteral("exact-phone-validation"));
    if (commandLine.has(QStringLiteral("memory-mb"))) {
        bool ok = false;
        const int megabytes = commandLine.value(QStringLiteral("memory-mb")).toInt(&ok);
        if (!ok || megabytes < 16) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--memory-mb is a whole number of 16 or more."));
        }
        options.memoryBudget = std::size_t(megabytes) << 20;
    }

    std::unique_ptr<Vault> vault = openVault(commandLine);
    LeakImporter importer(*vault, options);
    const LeakImportPlan plan = importer.plan();
    if (!json) {
        m_err << QCoreApplication::translate("Cli", "Importing %1 into \"%2\". Columns:").arg(options.path, options.breach) << Qt::endl;
        for (const QString &line : plan.mapping.describe(plan.columns)) {
            m_err << QStringLiteral("  ") << line << Qt::endl;
        }
        m_err << QCoreApplication::translate("Cli", "Phone numbers: %1 format. %2").arg(phoneFormatName(plan.phoneFormat), plan.phoneFormatExplanation)
              << Qt::endl;
    }
    if (commandLine.has(QStringLiteral("dry-run"))) {
        if (json) {
            printJson(plan.toJson());
        }
        return Success;
    }

    const bool showBar = !json && isatty(STDERR_FILENO);
    const auto progress = [this, showBar](const LeakImportProgress &p) {
        if (!showBar) {
            return;
        }
        const QLocale locale;
        const int percent = p.bytesTotal > 0 ? int(100 * p.bytesDone / p.bytesTotal) : 0;
        const int filled = percent * 30 / 100;
        QString line = QStringLiteral("\r[%1%2] %3% ").arg(QString(filled, QLatin1Char('#')), QString(30 - filled, QLatin1Char(' ')))
                           .arg(percent, 3);
        if (p.phase == LeakImportProgress::Phase::Reading) {
            line += QCoreApplication::translate("Cli", "%1 rows, %2 rows/s").arg(locale.toString(p.rows), locale.toString(qint64(p.rowsPerSecond)));
            if (p.secondsLeft >= 0) {
                line += QCoreApplication::translate("Cli", ", about %1 s left").arg(qint64(p.secondsLeft) + 1);
            }
        } else {
            line += QCoreApplication::translate("Cli", "writing the index");
        }
        m_err << line << QStringLiteral("   ");
        m_err.flush();
    };
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
    LeakImportReport report;
    try {
        report = importer.run(progress, &g_interrupted);
    } catch (...) {
        std::signal(SIGINT, SIG_DFL);
        if (showBar) {
            m_err << Qt::endl;
        }
        throw;
    }
    std::signal(SIGINT, SIG_DFL);
    if (showBar) {
        m_err << Qt::endl;
    }
    if (json) {
        printJson(report.toJson());
        return Success;
    }
    const QLocale locale;
    if (report.alreadyImported) {
        m_out << QCoreApplication::translate("Cli", "This file was imported into \"%1\" before with the same settings (import %2). Nothing changed.")
                     .arg(options.breach)
                     .arg(report.importId)
              << Qt::endl;
        return Success;
    }
    m_out << QCoreApplication::translate("Cli", "Imported %1 of %2 rows into \"%3\" in %4 s (%5 rows/s): %6 records, %7 bytes on disk.")
                 .arg(locale.toString(report.imported), locale.toString(report.rows), options.breach)
                 .arg(report.seconds, 0, 'f', 1)
                 .arg(locale.toString(qint64(report.seconds > 0 ? double(report.rows) / report.seconds : 0)),
                      locale.toString(report.records), locale.toString(report.bytes))
          << Qt::endl;
    if (report.skipped > 0) {
        m_out << QCoreApplication::translate("Cli", "Skipped %1 rows without a valid phone number, e-mail or username, for example:")
                     .arg(locale.toString(report.skipped))
              << Qt::endl;
        for (const LeakImportReport::Skipped &skipped : std::as_const(report.skippedExamples).mid(0, 10)) {
            m_out << QCoreApplication::translate("Cli", "  line %1: %2").arg(skipped.line).arg(skipped.reason) << Qt::endl;
        }
    }
    return Success;
}

int CliApplication::check(const CommandLine &commandLine)
{
    commandLine.allowOnly(withVaultOptions({QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"),
                                            QStringLiteral("region"), QStringLiteral("uses"), QStringLiteral("platform"),
                                            QStringLiteral("json")}));
    QList<IdentityCheck::Input> inputs;
    for (const QString &phone : commandLine.values(QStringLiteral("phone"))) {
        inputs << IdentityCheck::Input{IdentifierKind::Phone, phone};
    }
    for (const QString &email : commandLine.values(QStringLiteral("email"))) {
        inputs << IdentityCheck::Input{IdentifierKind::Email, email};
    }
    for (const QString &username : commandLine.values(QStringLiteral("username"))) {
        inputs << IdentityCheck::Input{IdentifierKind::Username, username};
    }
    if (inputs.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--region CC]"));
    }
    const QString region = commandLine.value(QStringLiteral("region")).toUpper();
    if (!region.isEmpty() && !PhoneNumbers::isKnownRegion(region)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--region \"%1\" is not a known two-letter country code.").arg(region));
    }
    std::unique_ptr<Vault> vault = openVault(commandLine);
    PersonalPlan::Request request{inputs, region, commandLine.values(QStringLiteral("uses")),
                                  commandLine.values(QStringLiteral("platform"))};
    const PersonalPlan::Result planned = PersonalPlan(*vault).build(request);
    const QList<IdentityCheck::Result> &results = planned.identifiers;

    if (commandLine.has(QStringLiteral("json"))) {
        QJsonArray identifiers;
        for (const IdentityCheck::Result &result : results) {
            QJsonArray matches;
            for (const IdentityCheck::BreachMatch &match : result.matches) {
                matches.append(QJsonObject{{QLatin1String("breach"), match.breach},
                                           {QLatin1String("title"), match.title},
                                           {QLatin1String("fields"), QJsonArray::fromStringList(match.fields)},
                                           {QLatin1String("breach_classes"), QJsonArray::fromStringList(match.breachClasses)}});
            }
            identifiers.append(QJsonObject{{QLatin1String("kind"), identifierKindName(result.kind)},
                                           {QLatin1String("input"), result.input},
                                           {QLatin1String("normalized"), orNull(result.normalized)},
                                           {QLatin1String("valid"), result.valid},
                                           {QLatin1String("region"), orNull(result.region)},
                                           {QLatin1String("error"), orNull(result.error)},
                                           {QLatin1String("error_code"), orNull(result.errorCode)},
                                           {QLatin1String("matches"), matches}});
        }
        printJson(QJsonObject{{QLatin1String("identifiers"), identifiers},
                              {QLatin1String("regions"), QJsonArray::fromStringList(planned.context.regions)},
                              {QLatin1String("plan"), planJson(planned.items)}});
        return Success;
    }

    // Summary first, in calm words; then each identifier.
    int found = 0;
    QSet<QString> breachNames;
    for (const IdentityCheck::Result &result : results) {
        found += result.matches.isEmpty() ? 0 : 1;
        for (const IdentityCheck::BreachMatch &match : result.matches) {
            breachNames.insert(match.title.isEmpty() ? match.breach : match.title);
        }
    }
    const int imports = int(LeakIndex(vault->database()).imports().size());
    if (found == 0) {
        m_out << QCoreApplication::translate("Cli", "None of these were found in the leak files imported into this vault (imports: %1).").arg(imports)
              << Qt::endl
              << QCoreApplication::translate("Cli", "That does not mean they never leaked: only the imported files were checked.") << Qt::endl;
    } else {
        QStringList names = breachNames.values();
        names.sort();
        m_out << QCoreApplication::translate("Cli", "Found %1 of %2 in: %3. This does not mean anyone has used your accounts.")
                     .arg(found)
                     .arg(results.size())
                     .arg(names.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    for (const IdentityCheck::Result &result : results) {
        m_out << Qt::endl << result.input;
        if (!result.valid) {
            m_out << QCoreApplication::translate("Cli", ": not checked. %1").arg(result.error) << Qt::endl;
            continue;
        }
        m_out << QStringLiteral(" (%1)").arg(result.normalized) << Qt::endl;
        if (result.matches.isEmpty()) {
            m_out << QCoreApplication::translate("Cli", "  not found") << Qt::endl;
        }
        for (const IdentityCheck::BreachMatch &match : result.matches) {
            m_out << QCoreApplication::translate("Cli", "  in %1: %2").arg(match.title, match.fields.join(QStringLiteral(", "))) << Qt::endl;
        }
    }
    if (!planned.items.isEmpty()) {
        m_out << Qt::endl;
        printPlan(planned.items, planned.context.platforms, false);
    }
    return Success;
}

int CliApplication::index(const CommandLine &commandLine)
{
    const QString action = commandLine.positional().value(1);
    if (action == QLatin1String("stats")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        std::unique_ptr<Vault> vault = openVault(commandLine);
        const QList<LeakIndex::ImportInfo> imports = LeakIndex(vault->database()).imports();
        const BreachCatalog catalog(vault->database());
        struct PerBreach { QString name; qint64 imports = 0, rows = 0, records = 0, bytes = 0; };
        QMap<qint64, PerBreach> perBreach;
        qint64 records = 0, bytes = 0;
        QJsonArray importsJson;
        for (const LeakIndex::ImportInfo &import : imports) {
            PerBreach &entry = perBreach[import.breachId];
            entry.name = catalog.find(import.breachId).value_or(Breach()).name;
            ++entry.imports;
            entry.rows += import.rows;
            entry.records += import.records;
            entry.bytes += import.bytes;
            records += import.records;
            bytes += import.bytes;
            importsJson.append(QJsonObject{{QLatin1String("id"), double(import.id)},
                                           {QLatin1String("breach"), entry.name},
                                           {QLatin1String("file"), import.sourceName},
                                           {QLatin1String("imported_at"), import.importedAt.toString(Qt::ISODate)},
                                           {QLatin1String("rows"), double(import.rows)},
                                           {QLatin1String("records"), double(import.records)},
                                           {QLatin1String("skipped"), double(import.skipped)},
                                           {QLatin1String("bytes"), double(import.bytes)},
                                           {QLatin1String("bucket_bits"), import.bucketBits}});
        }
        QFileInfo databaseFile(Vault::databasePath(vault->directory()));
        if (commandLine.has(QStringLiteral("json"))) {
            QJsonArray breaches;
            for (const PerBreach &entry : std::as_const(perBreach)) {
                breaches.append(QJsonObject{{QLatin1String("breach"), entry.name},
                                            {QLatin1String("imports"), double(entry.imports)},
                                            {QLatin1String("rows"), double(entry.rows)},
                                            {QLatin1String("records"), double(entry.records)},
                                            {QLatin1String("bytes"), double(entry.bytes)},
                                            {QLatin1String("bytes_per_record"),
                                             entry.records > 0 ? double(entry.bytes) / double(entry.records) : 0.0}});
            }
            printJson(QJsonObject{{QLatin1String("records"), double(records)},
                                  {QLatin1String("bytes"), double(bytes)},
                                  {QLatin1String("vault_file_bytes"), double(databaseFile.size())},
                                  {QLatin1String("breaches"), breaches},
                                  {QLatin1String("imports"), importsJson}});
            return Success;
        }
        const QLocale locale;
        if (imports.isEmpty()) {
            m_out << QCoreApplication::translate("Cli", "No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME") << Qt::endl;
            return Success;
        }
        m_out << QCoreApplication::translate("Cli", "%1 records in %2 imports, %3 bytes (%4 bytes a record).")
                     .arg(locale.toString(records))
                     .arg(imports.size())
                     .arg(locale.toString(bytes))
                     .arg(records > 0 ? double(bytes) / double(records) : 0.0, 0, 'f', 1)
              << Qt::endl;
        for (const LeakIndex::ImportInfo &import : imports) {
            m_out << QCoreApplication::translate("Cli", "  import %1: %2 from %3, %4 records, %5 bytes")
                         .arg(import.id)
                         .arg(perBreach.value(import.breachId).name, import.sourceName, locale.toString(import.records),
                              locale.toString(import.bytes))
                  << Qt::endl;
        }
        return Success;
    }
    if (action == QLatin1String("remove")) {
        commandLine.allowOnly(kVaultOptions);
        bool ok = false;
        const qint64 id = commandLine.positional().value(2).toLongLong(&ok);
        if (!ok) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: index remove IMPORT_ID (see index stats)"));
        }
        std::unique_ptr<Vault> vault = openVault(commandLine);
        if (!LeakIndex(vault->database()).removeImport(id)) {
            throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "There is no import %1. See index stats.").arg(id));
        }
        m_out << QCoreApplication::translate("Cli", "Removed import %1.").arg(id) << Qt::endl;
        return Success;
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use index stats or index remove IMPORT_ID."));
}

} // namespace BreachAdvisor::Cli
