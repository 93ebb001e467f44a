#include "Commands.h"

#include "CommandLine.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace BreachAdvisor::Cli {

QString IndexCommand::name() const
{
    return QStringLiteral("index");
}

QString IndexCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  index stats [--json]    records and bytes on disk, per breach\n"
                                              "  index remove IMPORT_ID [--yes]\n"
                                              "                          undo one import and give its space back\n");
}

QString IndexCommand::details() const
{
    return QCoreApplication::translate("Cli", "  IMPORT_ID  as index stats lists it\n"
                                              "  --yes      remove without asking (scripts are never asked)\n"
                                              "Removing rewrites the vault file without the import, so that the disk space is\n"
                                              "free again: that needs about as much free disk as the vault for a while.");
}

QSet<QString> IndexCommand::flagOptions() const
{
    return {QStringLiteral("json"), QStringLiteral("yes")};
}

namespace {

int printStats(CliContext &context)
{
    const IndexStats stats = context.session().indexStats();
    if (context.json()) {
        QJsonArray breaches;
        for (const IndexStats::PerBreach &entry : stats.breaches) {
            breaches.append(QJsonObject{{QLatin1String("breach"), entry.breach.name},
                                        {QLatin1String("imports"), double(entry.totals.imports)},
                                        {QLatin1String("rows"), double(entry.totals.rows)},
                                        {QLatin1String("records"), double(entry.totals.records)},
                                        {QLatin1String("bytes"), double(entry.totals.bytes)},
                                        {QLatin1String("bytes_per_record"), entry.totals.bytesPerRecord()}});
        }
        QJsonArray imports;
        for (const IndexStats::PerImport &entry : stats.imports) {
            const LeakIndex::ImportInfo &import = entry.import;
            QStringList dataClasses; // what the file held, as it was mapped
            for (const QStringList &fieldSet : import.fieldSets) {
                for (const QString &dataClass : fieldSet) {
                    if (!dataClasses.contains(dataClass)) {
                        dataClasses << dataClass;
                    }
                }
            }
            imports.append(QJsonObject{{QLatin1String("id"), double(import.id)},
                                       {QLatin1String("data_classes"), QJsonArray::fromStringList(dataClasses)},
                                       {QLatin1String("breach"), entry.breachName},
                                       {QLatin1String("file"), import.sourceName},
                                       {QLatin1String("imported_at"), import.importedAt.toString(Qt::ISODate)},
                                       {QLatin1String("rows"), double(import.rows)},
                                       {QLatin1String("records"), double(import.records)},
                                       {QLatin1String("skipped"), double(import.skipped)},
                                       {QLatin1String("bytes"), double(import.bytes)},
                                       {QLatin1String("bucket_bits"), import.bucketBits}});
        }
        context.printJson(QJsonObject{{QLatin1String("records"), double(stats.records)},
                                      {QLatin1String("bytes"), double(stats.bytes)},
                                      {QLatin1String("vault_file_bytes"), double(stats.vaultFileBytes)},
                                      {QLatin1String("breaches"), breaches},
                                      {QLatin1String("imports"), imports}});
        return Success;
    }
    if (stats.imports.isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME")
                    << Qt::endl;
        return Success;
    }
    const QLocale locale;
    context.out << QCoreApplication::translate("Cli", "%1 records in %2 imports, %3 bytes (%4 bytes a record).")
                       .arg(locale.toString(stats.records))
                       .arg(stats.imports.size())
                       .arg(locale.toString(stats.bytes))
                       .arg(stats.bytesPerRecord(), 0, 'f', 1)
                << Qt::endl;
    for (const IndexStats::PerImport &entry : stats.imports) {
        context.out << QCoreApplication::translate("Cli", "  import %1: %2 from %3, %4 records, %5 bytes")
                           .arg(entry.import.id)
                           .arg(entry.breachName, entry.import.sourceName, locale.toString(entry.import.records), locale.toString(entry.import.bytes))
                    << Qt::endl;
    }
    return Success;
}

int removeImport(CliContext &context)
{
    bool ok = false;
    const qint64 id = context.commandLine.positional().value(2).toLongLong(&ok);
    if (!ok) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: index remove IMPORT_ID (see index stats)"));
    }
    VaultSession &session = context.session();
    const IndexStats stats = session.indexStats();
    const auto import = std::find_if(stats.imports.cbegin(), stats.imports.cend(), [&](const auto &entry) { return entry.import.id == id; });
    if (import == stats.imports.cend()) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "There is no import %1 (see index stats).").arg(id));
    }
    const QLocale locale;
    if (!context.confirm(QCoreApplication::translate("Cli", "Remove import %1 (%2 from %3, %4 records)?")
                             .arg(id)
                             .arg(import->breachName, import->import.sourceName, locale.toString(import->import.records)))) {
        context.out << QCoreApplication::translate("Cli", "Nothing was removed.") << Qt::endl;
        return Failure;
    }
    session.removeImport(id);
    const qint64 freed = session.compact();
    context.out << QCoreApplication::translate("Cli", "Removed import %1; the vault file is %2 bytes smaller.").arg(id).arg(locale.toString(freed))
                << Qt::endl;
    return Success;
}

} // namespace

int IndexCommand::execute(CliContext &context)
{
    const QString action = context.commandLine.positional().value(1);
    if (action == QLatin1String("stats")) return printStats(context);
    if (action == QLatin1String("remove")) return removeImport(context);
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use index stats or index remove IMPORT_ID."));
}

} // namespace BreachAdvisor::Cli
