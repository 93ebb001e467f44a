#include "Commands.h"

#include "CommandLine.h"
#include "LeakImportText.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace BreachAdvisor::Cli {

namespace {

// Ctrl-C during an import: the first one cancels cleanly (nothing is changed), a
// second one ends the program at once (SQLCipher's journal still undoes the import).
std::atomic_bool g_interrupted = false;
void onInterrupt(int)
{
    g_interrupted = true;
    std::signal(SIGINT, SIG_DFL);
}

// Restores the default Ctrl-C handling however the import ends.
struct InterruptGuard
{
    InterruptGuard()
    {
        g_interrupted = false;
        std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, SIG_DFL); }
};

// --field "DATA CLASS=COLUMN[,COLUMN]"
LeakMappingRequest::Field parseField(const QString &spec)
{
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals <= 0 || equals == spec.size() - 1) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--field \"%1\": write it as \"DATA CLASS=COLUMN[,COLUMN]\".").arg(spec));
    }
    return {spec.left(equals).trimmed(), spec.mid(equals + 1).split(QLatin1Char(','))};
}

// "250" (rows) or "2.5%" (of the rows read).
LeakImportOptions::BadRowLimit badRowLimit(const QString &text)
{
    LeakImportOptions::BadRowLimit limit;
    bool ok = false;
    const QString trimmed = text.trimmed();
    if (trimmed.endsWith(QLatin1Char('%'))) {
        limit.percent = trimmed.chopped(1).trimmed().toDouble(&ok);
        ok = ok && limit.percent >= 0 && limit.percent <= 100;
    } else {
        limit.rows = trimmed.toLongLong(&ok);
        ok = ok && limit.rows >= 0;
    }
    if (!ok) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--max-bad-rows is a number of rows (250) or a percentage (2.5%)."));
    }
    return limit;
}

LeakImportOptions optionsFrom(const CommandLine &commandLine)
{
    LeakImportOptions options;
    options.path = commandLine.positional().value(1);
    options.breach = commandLine.value(QStringLiteral("breach"));
    const bool preset = commandLine.has(QStringLiteral("preset"));
    if (options.path.isEmpty() || (options.breach.isEmpty() && !preset) || commandLine.positional().size() > 2) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)"));
    }
    if (preset) {
        // The layout is the preset's: an option that says otherwise is a mistake.
        for (const char *option : {"format", "no-header", "delimiter", "phone", "email", "username", "login", "field", "site"}) {
            if (commandLine.has(QLatin1String(option))) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--preset sets the file's layout: leave out --%1.").arg(QLatin1String(option)));
            }
        }
    }
    options.file.format = leakFileFormatFromPath(options.path);
    if (commandLine.has(QStringLiteral("format")) && !leakFileFormatFromName(commandLine.value(QStringLiteral("format")), &options.file.format)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--format is csv, tsv, jsonl, json, sql or blocks."));
    }
    options.file.tables = commandLine.values(QStringLiteral("table"));
    if (!options.file.tables.isEmpty() && options.file.format != LeakFileFormat::Sql && !preset) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--table is for SQL dumps (.sql, or --format sql)."));
    }
    options.file.hasHeader = !commandLine.has(QStringLiteral("no-header"));
    options.file.detectHeader = !commandLine.has(QStringLiteral("header"));
    if (!options.file.hasHeader && !options.file.detectHeader) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--header and --no-header contradict each other."));
    }
    if (commandLine.has(QStringLiteral("delimiter"))) {
        const QString delimiter = commandLine.value(QStringLiteral("delimiter"));
        if (delimiter.size() != 1 || delimiter.at(0).unicode() > 127 || delimiter == QLatin1String("\"")) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--delimiter is one ASCII character, like ; or :"));
        }
        options.file.delimiter = delimiter.at(0).toLatin1();
    }
    if (commandLine.has(QStringLiteral("encoding"))
        && (!textEncodingFromName(commandLine.value(QStringLiteral("encoding")), &options.file.encoding))) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--encoding is utf-8, windows-1252, latin1 or auto."));
    }
    for (const auto &[kind, option] : {std::pair{IdentifierKind::Phone, "phone"}, std::pair{IdentifierKind::Email, "email"},
                                       std::pair{IdentifierKind::Username, "username"}, std::pair{IdentifierKind::Username, "login"}}) {
        for (const QString &column : commandLine.values(QLatin1String(option))) {
            options.mapping.identifiers << LeakMappingRequest::Identifier{kind, column};
        }
    }
    options.mapping.site = commandLine.value(QStringLiteral("site"));
    for (const QString &spec : commandLine.values(QStringLiteral("field"))) {
        options.mapping.fields << parseField(spec);
    }
    if (commandLine.has(QStringLiteral("phone-format"))
        && !phoneFormatFromName(commandLine.value(QStringLiteral("phone-format")), &options.phoneFormat)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--phone-format is international, national or auto."));
    }
    options.region = CliContext::checkedRegion(commandLine.value(QStringLiteral("region")));
    if (options.phoneFormat == PhoneFormat::National && options.region.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--phone-format national needs --region CC, the numbers' country."));
    }
    options.exactPhoneValidation = commandLine.has(QStringLiteral("exact-phone-validation"));
    options.dryRun = commandLine.has(QStringLiteral("dry-run"));
    if (commandLine.has(QStringLiteral("memory-mb"))) {
        bool ok = false;
        const int megabytes = commandLine.value(QStringLiteral("memory-mb")).toInt(&ok);
        if (!ok || megabytes < 16) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--memory-mb is a whole number of 16 or more."));
        }
        options.memoryBudget = std::size_t(megabytes) << 20;
    }
    if (commandLine.has(QStringLiteral("max-bad-rows"))) {
        options.maxBadRows = badRowLimit(commandLine.value(QStringLiteral("max-bad-rows")));
    }
    options.members = commandLine.values(QStringLiteral("member"));
    options.formatFromMemberName = !commandLine.has(QStringLiteral("format")) && !preset;
    if (commandLine.has(QStringLiteral("max-unpacked-gb"))) {
        bool ok = false;
        const double gigabytes = commandLine.value(QStringLiteral("max-unpacked-gb")).toDouble(&ok);
        if (!ok || gigabytes <= 0 || gigabytes > 1e9) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--max-unpacked-gb is a number of gigabytes, more than 0."));
        }
        options.archiveLimits.maxUnpackedBytes = std::int64_t(gigabytes * double(1 << 30));
    }
    if (preset) {
        const QList<LeakFormatPreset> &presets = VaultSession::leakFormatPresets();
        const QString wanted = commandLine.value(QStringLiteral("preset")).trimmed();
        const auto found = std::find_if(presets.cbegin(), presets.cend(), [&](const auto &known) { return known.name == wanted; });
        if (found == presets.cend()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "There is no preset \"%1\": import --list-presets lists them.")
                                              .arg(commandLine.value(QStringLiteral("preset"))));
        }
        found->applyTo(options);
    }
    return options;
}

int listPresets(CliContext &context)
{
    const QList<LeakFormatPreset> &presets = VaultSession::leakFormatPresets();
    if (context.json()) {
        QJsonArray array;
        for (const LeakFormatPreset &preset : presets) {
            array.append(QJsonObject{{QLatin1String("name"), preset.name},
                                     {QLatin1String("title"), preset.title},
                                     {QLatin1String("description"), preset.description},
                                     {QLatin1String("breach"), preset.breach},
                                     {QLatin1String("columns"), QJsonArray::fromStringList(preset.file.columnNames)},
                                     {QLatin1String("format"), leakFileFormatName(preset.file.format)},
                                     {QLatin1String("tables"), QJsonArray::fromStringList(preset.file.tables)}});
        }
        context.printJson(array);
        return Success;
    }
    for (const LeakFormatPreset &preset : presets) {
        context.out << preset.name << QStringLiteral("  ") << preset.translatedTitle() << Qt::endl
                    << QStringLiteral("    ") << preset.translatedDescription() << Qt::endl
                    << (preset.file.tables.isEmpty()
                            ? QCoreApplication::translate("Cli", "    breach: %1; columns: %2").arg(preset.breach, preset.file.columnNames.join(QLatin1Char(':')))
                            : QCoreApplication::translate("Cli", "    breach: %1; SQL tables: %2").arg(preset.breach, preset.file.tables.join(QStringLiteral(", "))))
                    << Qt::endl;
    }
    return Success;
}

// What the import is about to do, for a person to check (on stderr).
void printPlan(QTextStream &err, const LeakImportPlan &plan, const LeakImportOptions &options)
{
    // The notes name the known layout, when one is used.
    err << QCoreApplication::translate("Cli", "Importing %1 into \"%2\". Columns:").arg(options.path, options.breach) << Qt::endl;
    for (const QString &line : plan.mapping.describe(plan.columns)) {
        err << QStringLiteral("  ") << line << Qt::endl;
    }
    for (const QString &note : LeakImportText::planNotes(plan, options.breach)) {
        err << note << Qt::endl;
    }
}

void printProgress(QTextStream &err, const LeakImportProgress &p)
{
    const QLocale locale;
    const int percent = p.bytesTotal > 0 ? int(100 * p.bytesDone / p.bytesTotal) : 0;
    const int filled = percent * 30 / 100;
    QString line = QStringLiteral("\r[%1%2] %3% ").arg(QString(filled, QLatin1Char('#')), QString(30 - filled, QLatin1Char(' '))).arg(percent, 3);
    if (p.phase == LeakImportProgress::Phase::Reading) {
        line += QCoreApplication::translate("Cli", "%1 rows, %2 rows/s").arg(locale.toString(p.rows), locale.toString(qint64(p.rowsPerSecond)));
        if (p.secondsLeft >= 0) {
            line += QCoreApplication::translate("Cli", ", about %1 s left").arg(qint64(p.secondsLeft) + 1);
        }
    } else {
        line += QCoreApplication::translate("Cli", "writing the index");
    }
    err << line << QStringLiteral("   ");
    err.flush();
}

void printReport(QTextStream &out, const LeakImportReport &report, const QString &breach)
{
    for (const LeakImportTextSection &section : LeakImportText::report(report, breach)) {
        out << section.text << Qt::endl;
        for (const QString &example : section.examples) {
            out << QStringLiteral("  ") << example << Qt::endl;
        }
    }
}

// An archive's members, each with what is done with it: nothing is skipped unsaid.
void printMembers(QTextStream &stream, const LeakArchiveReport &report)
{
    const QLocale locale;
    stream << LeakImportText::counted("Cli", QT_TRANSLATE_N_NOOP("Cli", "%1 holds %Ln member(s):"), report.members.size()).arg(report.archive)
           << Qt::endl;
    for (const LeakArchiveMember &member : report.members) {
        const QString size = member.size >= 0 ? locale.formattedDataSize(member.size) : QCoreApplication::translate("Cli", "size unknown");
        stream << (member.chosen ? QCoreApplication::translate("Cli", "  %1, %2: a leak file").arg(member.name, size)
                                 : QCoreApplication::translate("Cli", "  %1, %2: skipped (%3)").arg(member.name, size, member.reason))
               << Qt::endl;
    }
}

// import ARCHIVE: each chosen member planned and imported as it comes, in one pass.
int importArchive(CliContext &context, LeakImportOptions options)
{
    const bool json = context.json();
    VaultSession &session = context.session();
    const bool showBar = !json && isatty(STDERR_FILENO);
    const auto planned = [&](const QString &name, const LeakImportPlan &plan) {
        if (!json) {
            LeakImportOptions member = options;
            member.path = options.path + QLatin1Char('/') + name;
            printPlan(context.err, plan, member);
        }
    };
    LeakArchiveReport report;
    {
        InterruptGuard guard;
        try {
            report = session.importArchive(
                options, [&](const LeakImportProgress &progress) { if (showBar) printProgress(context.err, progress); }, &g_interrupted,
                [&](const QString &name, const LeakImportPlan &plan) {
                    if (showBar) {
                        context.err << Qt::endl;
                    }
                    planned(name, plan);
                });
        } catch (...) {
            if (showBar) {
                context.err << Qt::endl;
            }
            throw;
        }
    }
    if (showBar) {
        context.err << Qt::endl;
    }
    if (json) {
        context.printJson(report.toJson());
        return Success;
    }
    printMembers(context.out, report);
    for (qsizetype i = 0; i < report.reports.size(); ++i) {
        context.out << Qt::endl << QCoreApplication::translate("Cli", "%1:").arg(report.chosen.at(i)) << Qt::endl;
        printReport(context.out, report.reports.at(i), options.breach);
    }
    return Success;
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  import FILE --breach NAME [--format csv|tsv|jsonl|json|sql] [--no-header] [--delimiter C]\n"
                                              "         [--phone COLUMN]... [--email COLUMN]... [--username COLUMN]...\n"
                                              "         [--field \"DATA CLASS=COLUMN[,COLUMN]\"]... [--preset NAME]\n"
                                              "         [--encoding utf-8|windows-1252|latin1] [--phone-format international|national|auto]\n"
                                              "         [--region CC] [--exact-phone-validation] [--memory-mb N] [--dry-run] [--json]\n"
                                              "                          add a leak file (CSV, TSV, JSON Lines; .gz too) to the index\n")
           + QCoreApplication::translate("Cli", "         [--max-bad-rows N|P%] [--header]\n")
           + QCoreApplication::translate("Cli", "         [--login COLUMN]... [--table NAME]...\n")
           + QCoreApplication::translate("Cli", "         [--site COLUMN]\n")
           + QCoreApplication::translate("Cli", "  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [the options above]\n"
                                                "                          add the leak files in a zip, 7z or tar archive (.tar.gz, .bz2,\n"
                                                "                          .xz, .zst too), each as an import of its own\n")
           + QCoreApplication::translate("Cli", "  import --list-presets [--json]\n"
                                              "                          the layouts of well-known leak files that --preset knows\n");
}

QString ImportCommand::details() const
{
    return QCoreApplication::translate("Cli", "  FILE                   CSV, TSV, JSON Lines, a JSON array or an SQL dump, gzip-compressed or not\n"
                                              "  --breach NAME          the catalog's breach it belongs to (catalog add a new one first)\n"
                                              "  --preset NAME          a well-known file's layout (import --list-presets), e.g.\n"
                                              "                         facebook-2021; rows that do not fit it are counted and skipped\n"
                                              "  --format F             csv, tsv, jsonl, json (an array of objects, or JSON Lines)\n"
                                              "                         or sql (default: from the file name)\n"
                                              "  --no-header            the first line is data; columns are numbered from 1\n"
                                              "  --delimiter C          the character between fields (default: detected among\n"
                                              "                         , ; tab | : for CSV; tab for TSV)\n"
                                              "  --encoding E           utf-8, windows-1252 or latin1 (default: each row as UTF-8 when\n"
                                              "                         it is valid UTF-8, else as Windows-1252)\n"
                                              "  --phone/--email/--username COLUMN\n"
                                              "                         a column holding identifiers, by header name, number, or\n"
                                              "                         dotted path in nested JSON (user.contact.phone)\n"
                                              "  --field \"CLASS=COL\"    a column holding other leaked data, by HIBP data class\n"
                                              "                         (\"Names=first,last\"); only whether it is filled in is kept\n"
                                              "                         Without any of these, columns are recognized by their names\n"
                                              "                         (in English, German, French, Spanish, Italian, Portuguese,\n"
                                              "                         Dutch, Turkish, Arabic, Russian).\n"
                                              "  --phone-format F       international (with country code), national (needs --region)\n"
                                              "                         or auto (default: decided from the first rows)\n"
                                              "  --region CC            the country of national-format numbers\n"
                                              "  --exact-phone-validation  check every number with libphonenumber (slower)\n"
                                              "  --memory-mb N          memory for records before they are sorted (default 256)\n")
           + QCoreApplication::translate("Cli", "  --dry-run              read the whole file with the import's checks: the mapping,\n"
                                                "                         the counts and the verdict the import would give, without\n"
                                                "                         writing anything\n")
           + QCoreApplication::translate("Cli", "  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,\n"
                                                "                         a quote never closed, a row over 1 MiB) are skipped and\n"
                                                "                         counted; more than N rows, or P % of the rows, refuse the\n"
                                                "                         whole file (default 1%)\n")
           + QCoreApplication::translate("Cli", "  --header               the first line names the columns even if it looks like data\n"
                                                "                         (without it or --no-header: a first line with an e-mail\n"
                                                "                         address or a long number is read as data)\n")
           + QCoreApplication::translate("Cli", "  --login COLUMN         a column of logins (the same as --username): each value is\n"
                                                "                         kept as what it is, an e-mail address, a phone number with\n"
                                                "                         its country code, or a username\n")
           + QCoreApplication::translate("Cli", "  --format blocks        records of \"Key: value\" lines (stealer logs), ended by a\n"
                                                "                         blank line, a line of = signs, or a key seen again\n")
           + QCoreApplication::translate("Cli", "  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (told by its\n"
                                                "                         content); every member named like a leak file (.csv, .tsv,\n"
                                                "                         .txt, .json, .jsonl, .sql) is imported as FILE is, the others are\n"
                                                "                         listed as skipped; --dry-run lists them all. Nothing is\n"
                                                "                         unpacked to disk. One member refused: none is imported\n"
                                                "  --member GLOB          only the members whose path or name matches (\"*.csv\",\n"
                                                "                         \"dump/users.csv\"), whatever their names say\n"
                                                "  --max-unpacked-gb N    refuse an archive that unpacks to more (default 1024); a\n"
                                                "                         member unpacking to over 1000 times its size is refused too\n")
           + QCoreApplication::translate("Cli", "  --table NAME           SQL: the table to read, by name or pattern (*users); without\n"
                                                "                         it, the first whose columns are named for e-mail addresses\n"
                                                "                         or phone numbers. Other tables' rows are counted, not read\n")
           + QCoreApplication::translate("Cli", "  --site COLUMN          a column of web addresses, the site each row's login was for\n"
                                                "                         (stealer logs): each record keeps the host name, and a check\n"
                                                "                         names it\n")
           + QCoreApplication::translate("Cli", "Ctrl-C stops the import and changes nothing (exit 130).");
}

QSet<QString> ImportCommand::valueOptions() const
{
    return {QStringLiteral("breach"), QStringLiteral("format"), QStringLiteral("delimiter"), QStringLiteral("phone"),
            QStringLiteral("email"),  QStringLiteral("username"), QStringLiteral("field"), QStringLiteral("phone-format"),
            QStringLiteral("region"), QStringLiteral("memory-mb"), QStringLiteral("preset"), QStringLiteral("encoding"),
            QStringLiteral("max-bad-rows"), QStringLiteral("login"), QStringLiteral("member"), QStringLiteral("max-unpacked-gb"),
            QStringLiteral("table"), QStringLiteral("site")};
}

QSet<QString> ImportCommand::flagOptions() const
{
    return {QStringLiteral("no-header"), QStringLiteral("header"), QStringLiteral("exact-phone-validation"), QStringLiteral("dry-run"), QStringLiteral("json"),
            QStringLiteral("list-presets")};
}

int ImportCommand::execute(CliContext &context)
{
    if (context.commandLine.has(QStringLiteral("list-presets"))) {
        return listPresets(context);
    }
    const LeakImportOptions options = optionsFrom(context.commandLine);
    if (LeakArchive::isArchive(options.path)) {
        return importArchive(context, options);
    }
    if (!options.members.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--member picks members of an archive (zip, 7z, tar): %1 is not one.")
                                          .arg(options.path));
    }
    const bool json = context.json();
    VaultSession &session = context.session();
    const LeakImportPlan plan = session.planImport(options);
    if (!json) {
        printPlan(context.err, plan, options);
    }
    const bool showBar = !json && isatty(STDERR_FILENO);
    LeakImportReport report;
    {
        InterruptGuard guard;
        try {
            report = session.importLeak(
                options, [&](const LeakImportProgress &progress) { if (showBar) printProgress(context.err, progress); }, &g_interrupted);
        } catch (...) {
            if (showBar) {
                context.err << Qt::endl;
            }
            throw;
        }
    }
    if (showBar) {
        context.err << Qt::endl;
    }
    if (json) {
        context.printJson(report.toJson());
    } else {
        printReport(context.out, report, options.breach);
    }
    return Success;
}

} // namespace BreachAdvisor::Cli
