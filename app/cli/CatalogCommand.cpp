#include "Commands.h"

#include "BreachJson.h"
#include "CommandLine.h"
#include "DataClassTaxonomy.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <iterator>

namespace BreachAdvisor::Cli {

QString CatalogCommand::name() const
{
    return QStringLiteral("catalog");
}

QString CatalogCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  catalog import FILE [--json]\n"
                                              "                          add or update breaches from Have I Been Pwned JSON\n"
                                              "  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes \"Phone numbers;Names\"\n"
                                              "              [--count N] [--description TEXT] [--flags \"stealer_log;sensitive\"] [--json]\n"
                                              "                          a breach the catalog does not have yet\n"
                                              "  catalog list [--json]\n"
                                              "  catalog show NAME [--json]\n");
}

QString CatalogCommand::details() const
{
    return QCoreApplication::translate("Cli", "  FILE            Have I Been Pwned's /api/v3/breaches JSON; a file with any bad breach is\n"
                                              "                  refused whole (exit 4), naming the line\n"
                                              "  --name N        the breach's key (letters and digits, as HIBP's Name)\n"
                                              "  --classes LIST  what leaked, HIBP's data-class names separated by ;\n"
                                              "  --count N       how many accounts it held\n"
                                              "  --flags LIST    what kind of breach it is, separated by ;: stealer_log (passwords stolen\n"
                                              "                  by malware on a device), malware, sensitive, spam_list, fabricated\n"
                                              "NAME is a breach's Name as catalog list shows it.");
}

QSet<QString> CatalogCommand::valueOptions() const
{
    return {QStringLiteral("name"),    QStringLiteral("title"), QStringLiteral("date"),       QStringLiteral("domain"),
            QStringLiteral("classes"), QStringLiteral("count"), QStringLiteral("description"), QStringLiteral("flags")};
}

QSet<QString> CatalogCommand::flagOptions() const
{
    return {QStringLiteral("json")};
}

namespace {

int importCatalog(CliContext &context)
{
    const QString file = context.commandLine.positional().value(2);
    if (file.isEmpty() || context.commandLine.positional().size() > 3) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: catalog import FILE"));
    }
    // Read and validate before unlocking: a bad file costs no passphrase prompt.
    const QList<Breach> breaches = BreachJson::readFile(file, Breach::Origin::Imported).breaches;
    const BreachCatalog::ImportSummary summary = context.session().importCatalog(breaches);
    if (context.json()) {
        context.printJson(QJsonObject{{QLatin1String("file"), file},
                                      {QLatin1String("breaches"), int(breaches.size())},
                                      {QLatin1String("added"), summary.added},
                                      {QLatin1String("updated"), summary.updated},
                                      {QLatin1String("unchanged"), summary.unchanged},
                                      {QLatin1String("unknown_data_classes"), QJsonArray::fromStringList(summary.unknownDataClasses)}});
        return Success;
    }
    context.out << QCoreApplication::translate("Cli", "Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.\n")
                       .arg(breaches.size())
                       .arg(file)
                       .arg(summary.added)
                       .arg(summary.updated)
                       .arg(summary.unchanged);
    if (!summary.unknownDataClasses.isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "Kinds of data this version does not know yet (kept and shown as they are): %1\n")
                           .arg(summary.unknownDataClasses.join(QStringLiteral(", ")));
    }
    return Success;
}

int addBreach(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    Breach breach;
    breach.name = commandLine.value(QStringLiteral("name"));
    breach.title = commandLine.value(QStringLiteral("title"));
    breach.domain = commandLine.value(QStringLiteral("domain"));
    breach.breachDate = QDate::fromString(commandLine.value(QStringLiteral("date")), Qt::ISODate);
    breach.ourDescription = commandLine.value(QStringLiteral("description")).trimmed();
    breach.dataClasses = commandLine.value(QStringLiteral("classes")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (commandLine.has(QStringLiteral("count"))) {
        bool ok = false;
        breach.pwnCount = commandLine.value(QStringLiteral("count")).toLongLong(&ok);
        if (!ok || breach.pwnCount < 0) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--count is a whole number of zero or more."));
        }
    }
    // The flags plans react to, set by hand like HIBP's: a stealer log asks to clean the device first.
    const std::pair<const char *, bool Breach::*> flags[] = {{"stealer_log", &Breach::isStealerLog}, {"malware", &Breach::isMalware},
                                                             {"sensitive", &Breach::isSensitive},    {"spam_list", &Breach::isSpamList},
                                                             {"fabricated", &Breach::isFabricated}};
    for (const QString &flag : commandLine.value(QStringLiteral("flags")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const auto known = std::find_if(std::begin(flags), std::end(flags), [&](const auto &entry) { return flag.trimmed() == QLatin1String(entry.first); });
        if (known == std::end(flags)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--flags: \"%1\" is not a flag. Use stealer_log, malware, sensitive, "
                                                                             "spam_list or fabricated.")
                                              .arg(flag));
        }
        breach.*(known->second) = true;
    }
    if (breach.name.trimmed().isEmpty() || breach.title.trimmed().isEmpty() || !commandLine.has(QStringLiteral("date"))
        || breach.dataClasses.isEmpty()) {
        throw Error(ErrorKind::Usage,
                    QCoreApplication::translate("Cli", "Usage: catalog add --name N --title T --date YYYY-MM-DD --classes \"Phone numbers;Names\""));
    }
    if (!breach.breachDate.isValid()) {
        throw Error(ErrorKind::Usage,
                    QCoreApplication::translate("Cli", "--date \"%1\" is not a date (YYYY-MM-DD).").arg(commandLine.value(QStringLiteral("date"))));
    }
    const Breach added = context.session().addBreach(breach);
    if (context.json()) {
        context.printJson(BreachJson::toJson(added, DataClassTaxonomy::bundled()));
    } else {
        context.out << QCoreApplication::translate("Cli", "Added \"%1\" to the catalog.").arg(added.name) << Qt::endl;
    }
    return Success;
}

int listBreaches(CliContext &context)
{
    const QList<Breach> breaches = context.session().breaches();
    if (context.json()) {
        QJsonArray array;
        for (const Breach &breach : breaches) {
            array.append(BreachJson::toJson(breach, DataClassTaxonomy::bundled()));
        }
        context.printJson(array);
        return Success;
    }
    const QLocale locale;
    QTextStream &out = context.out;
    out << QCoreApplication::translate("Cli", "%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.\n\n")
               .arg(locale.toString(breaches.size()));
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(QCoreApplication::translate("Cli", "Name"), -28)
               .arg(QCoreApplication::translate("Cli", "Date"), -10)
               .arg(QCoreApplication::translate("Cli", "Accounts"), 13)
               .arg(QCoreApplication::translate("Cli", "What leaked"));
    for (const Breach &breach : breaches) {
        QString leaked = DataClassTaxonomy::bundled().displayNames(breach.dataClasses.mid(0, 4));
        if (breach.dataClasses.size() > 4) {
            leaked += QCoreApplication::translate("Cli", " and %1 more").arg(breach.dataClasses.size() - 4);
        }
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(breach.name, -28)
                   .arg(breach.breachDate.toString(Qt::ISODate), -10)
                   .arg(breach.pwnCount > 0 ? locale.toString(breach.pwnCount) : QStringLiteral("?"), 13)
                   .arg(leaked);
    }
    return Success;
}

int showBreach(CliContext &context)
{
    const QString name = context.commandLine.positional().value(2);
    if (name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: catalog show NAME"));
    }
    const std::optional<Breach> breach = context.session().breach(name);
    if (!breach) {
        throw Error(ErrorKind::NotFound,
                    QCoreApplication::translate("Cli", "The catalog has no breach named \"%1\". See catalog list for the names.").arg(name));
    }
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();
    if (context.json()) {
        context.printJson(BreachJson::toJson(*breach, taxonomy));
        return Success;
    }
    const QLocale locale;
    QTextStream &out = context.out;
    out << breach->title;
    if (!breach->domain.isEmpty()) {
        out << QStringLiteral(" (%1)").arg(breach->domain);
    }
    out << QLatin1Char('\n');
    out << QCoreApplication::translate("Cli", "Breach date: %1").arg(locale.toString(breach->breachDate, QLocale::LongFormat)) << QLatin1Char('\n');
    if (breach->pwnCount > 0) {
        out << QCoreApplication::translate("Cli", "Accounts: %1").arg(locale.toString(breach->pwnCount)) << QLatin1Char('\n');
    }
    out << QLatin1Char('\n') << breach->description() << "\n\n";
    if (!breach->sourceDescription.isEmpty()) {
        out << QCoreApplication::translate("Cli", "From the imported catalog file: %1").arg(breach->sourceDescriptionText()) << "\n\n";
    }
    out << QCoreApplication::translate("Cli", "What leaked:") << QLatin1Char('\n');
    for (const QString &dataClass : breach->dataClasses) {
        out << QStringLiteral("  - %1").arg(taxonomy.displayName(dataClass));
        if (!taxonomy.isKnown(dataClass)) {
            out << QCoreApplication::translate("Cli", " (a kind of data this version does not know yet)");
        }
        out << QLatin1Char('\n');
    }
    if (!breach->provenanceNotes.isEmpty()) {
        out << QLatin1Char('\n') << QCoreApplication::translate("Cli", "Where this comes from: %1").arg(breach->provenanceNotes) << QLatin1Char('\n');
        for (const QString &source : breach->provenanceSources) {
            out << QStringLiteral("  %1\n").arg(source);
        }
    }
    out << QLatin1Char('\n') << breach->factsCredit() << QLatin1Char('\n');
    return Success;
}

} // namespace

int CatalogCommand::execute(CliContext &context)
{
    const QString action = context.commandLine.positional().value(1);
    if (action == QLatin1String("import")) return importCatalog(context);
    if (action == QLatin1String("add")) return addBreach(context);
    if (action == QLatin1String("list")) return listBreaches(context);
    if (action == QLatin1String("show")) return showBreach(context);
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use catalog import, catalog add, catalog list or catalog show."));
}

} // namespace BreachAdvisor::Cli
