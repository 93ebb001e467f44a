#include "Commands.h"
#include "BidiText.h"
#include "DataClassTaxonomy.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "Translations.h"
#include "VaultSession.h"

#include <QCoreApplication>

namespace BreachAdvisor::Cli {

QString PersonCommand::name() const
{
    return QStringLiteral("person");
}

QString PersonCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  person add NAME [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-]\n"
                                              "             [--country CC] [--uses SERVICE]... [--platform P]...\n"
                                              "  person list [--json]\n"
                                              "  person show NAME [--mask] [--json]\n"
                                              "  person edit NAME [--rename NEW] [--phone T]... [--email T]... [--username T]...\n"
                                              "             [--from FILE|-] [--country CC] [--uses S]... [--platform P]...\n"
                                              "  person remove NAME [--yes]\n");
}

QString PersonCommand::details() const
{
    return QCoreApplication::translate("Cli", "  NAME            what to call them (a nickname is fine)\n"
                                              "  --from FILE|-   their identifiers one a line from a file or standard input, so that\n"
                                              "                  numbers are not on a command line other users of this computer can\n"
                                              "                  read (as check --from: phone:, email:, username: say which)\n"
                                              "  --country CC    their country: for numbers without a country code and for\n"
                                              "                  where-to-report advice\n"
                                              "  --uses SERVICE  a service they use; --platform P: android, iphone or computer\n"
                                              "  --mask          show identifiers only enough to recognize them\n"
                                              "  --rename NEW    edit: their new name\n"
                                              "  --language LL   add, edit: the language they read; their handout is printed in it\n"
                                              "  --yes           remove without asking (scripts are never asked)\n"
                                              "edit replaces what is given: all identifiers when any of --phone, --email, --username or\n"
                                              "--from is, the country, the services, the platforms (an empty value clears them); their\n"
                                              "progress stays. Identifiers are checked before anything is saved.");
}

QSet<QString> PersonCommand::valueOptions() const
{
    return {QStringLiteral("phone"),  QStringLiteral("email"), QStringLiteral("username"), QStringLiteral("country"),
            QStringLiteral("region"), QStringLiteral("uses"),  QStringLiteral("platform"), QStringLiteral("from"),
            QStringLiteral("rename")};
}

QSet<QString> PersonCommand::flagOptions() const
{
    return {QStringLiteral("json"), QStringLiteral("mask"), QStringLiteral("yes")};
}

namespace {

QString nameArgument(const CliContext &context, const char *usage)
{
    const QString name = context.commandLine.positional().mid(2).join(QLatin1Char(' ')).trimmed();
    if (name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: %1 (see person --help)").arg(QLatin1String(usage)));
    }
    return name;
}

// The given values of a list option, without empty ones (an empty value clears the list).
QStringList listOption(const CommandLine &commandLine, const char *option)
{
    QStringList values = commandLine.values(QLatin1String(option));
    values.removeAll(QString());
    return values;
}

QString countryOption(const CommandLine &commandLine)
{
    return CliContext::checkedRegion(commandLine.value(QStringLiteral("country")) + commandLine.value(QStringLiteral("region")),
                                     QStringLiteral("--country"));
}

// --language with add and edit: the language the person reads (empty clears it).
QString personLanguage(const CommandLine &commandLine)
{
    const QString value = commandLine.value(QStringLiteral("language")).trimmed();
    return value.isEmpty() ? QString() : CliContext::checkedLanguage(value);
}

int addPerson(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    Person person;
    person.name = nameArgument(context, "person add NAME [--phone TEXT]... [--email TEXT]... [--from FILE|-]");
    person.country = countryOption(commandLine);
    person.platforms = listOption(commandLine, "platform");
    person.uses = listOption(commandLine, "uses");
    person.language = personLanguage(commandLine);
    person.identifiers = context.identifierOptions();
    const Person saved = context.session().addPerson(person);
    context.out << QCoreApplication::translate("Cli", "Saved %1. See their plan with: plan --person \"%1\"").arg(saved.name) << Qt::endl;
    return Success;
}

int listPeople(CliContext &context)
{
    const QList<PersonSummary> people = context.session().peopleSummaries();
    if (context.json()) {
        QJsonArray array;
        for (const PersonSummary &summary : people) {
            array.append(QJsonObject{{QLatin1String("name"), summary.person.name},
                                     {QLatin1String("country"), orNull(summary.person.country)},
                                     {QLatin1String("identifiers"), int(summary.person.identifiers.size())},
                                     {QLatin1String("steps"), summary.steps},
                                     {QLatin1String("done"), summary.finished}});
        }
        context.printJson(array);
        return Success;
    }
    if (people.isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "Nobody saved yet. Add someone with: person add NAME --phone ...") << Qt::endl;
    }
    for (const PersonSummary &summary : people) {
        context.out << QCoreApplication::translate("Cli", "%1: %2 of %3 steps done").arg(summary.person.name).arg(summary.finished).arg(summary.steps)
                    << Qt::endl;
    }
    return Success;
}

int showPerson(CliContext &context)
{
    VaultSession &session = context.session();
    const Person person = session.requirePerson(nameArgument(context, "person show NAME"));
    const Plan plan = session.planFor(person);
    const QList<QPair<Breach, ReportedBreach>> reported = session.reportedBreaches(person);
    const bool mask = context.masked();
    if (context.json()) {
        QJsonArray reports;
        for (const auto &[breach, report] : reported) {
            reports.append(QJsonObject{{QLatin1String("breach"), breach.name},
                                       {QLatin1String("fields"), QJsonArray::fromStringList(report.fields)},
                                       {QLatin1String("reported_at"), report.reportedAt.toString(Qt::ISODate)}});
        }
        context.printJson(QJsonObject{{QLatin1String("name"), person.name},
                                      {QLatin1String("country"), orNull(person.country)},
                                      {QLatin1String("person_language"), orNull(person.language)},
                                      {QLatin1String("platforms"), QJsonArray::fromStringList(person.platforms)},
                                      {QLatin1String("uses"), QJsonArray::fromStringList(person.uses)},
                                      {QLatin1String("identifiers"), identifiersJson(plan.identifiers, mask)},
                                      {QLatin1String("reported"), reports},
                                      {QLatin1String("steps"), int(plan.items.size())},
                                      {QLatin1String("done"), plan.finishedCount()}});
        return Success;
    }
    QTextStream &out = context.out;
    out << person.name << Qt::endl;
    if (!person.country.isEmpty()) {
        out << QCoreApplication::translate("Cli", "  country: %1").arg(person.country) << Qt::endl;
    }
    for (const CheckedIdentifier &checked : plan.identifiers) {
        QStringList breaches;
        for (const BreachMatch &match : checked.matches) {
            breaches << match.breach.title;
        }
        out << QStringLiteral("  %1: %2").arg(identifierKindName(checked.identifier.kind), BidiText::leftToRight(shownInput(checked.identifier, mask)));
        if (!breaches.isEmpty()) {
            out << QCoreApplication::translate("Cli", " - in %1").arg(breaches.join(QStringLiteral(", ")));
        }
        out << Qt::endl;
    }
    if (!person.language.isEmpty()) {
        out << QCoreApplication::translate("Cli", "  reads: %1").arg(Translations::nativeName(person.language)) << Qt::endl;
    }
    if (!person.uses.isEmpty()) {
        out << QCoreApplication::translate("Cli", "  uses: %1").arg(person.uses.join(QStringLiteral(", "))) << Qt::endl;
    }
    if (!person.platforms.isEmpty()) {
        out << QCoreApplication::translate("Cli", "  platforms: %1").arg(person.platforms.join(QStringLiteral(", "))) << Qt::endl;
    }
    for (const auto &[breach, report] : reported) {
        out << QCoreApplication::translate("Cli", "  told they are in %1: %2").arg(breach.title, DataClassTaxonomy::bundled().displayNames(report.fields)) << Qt::endl;
    }
    out << QCoreApplication::translate("Cli", "  plan: %1 of %2 steps done (plan --person \"%3\")").arg(plan.finishedCount()).arg(plan.items.size()).arg(person.name)
        << Qt::endl;
    return Success;
}

int editPerson(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    VaultSession &session = context.session();
    Person person = session.requirePerson(nameArgument(context, "person edit NAME [--rename NEW] [--phone TEXT]... [--country CC] ..."));
    bool changed = false;
    if (commandLine.has(QStringLiteral("rename"))) {
        const QString newName = commandLine.value(QStringLiteral("rename")).trimmed();
        const std::optional<Person> other = session.person(newName);
        if (other && other->id != person.id) {
            throw Error(ErrorKind::AlreadyExists, QCoreApplication::translate("Cli", "Somebody called \"%1\" is saved already.").arg(newName));
        }
        person.name = newName;
        changed = true;
    }
    if (commandLine.has(QStringLiteral("phone")) || commandLine.has(QStringLiteral("email")) || commandLine.has(QStringLiteral("username"))
        || commandLine.has(QStringLiteral("from"))) {
        person.identifiers = context.identifierOptions();
        changed = true;
    }
    if (commandLine.has(QStringLiteral("country")) || commandLine.has(QStringLiteral("region"))) {
        person.country = countryOption(commandLine);
        changed = true;
    }
    if (commandLine.has(QStringLiteral("uses"))) {
        person.uses = listOption(commandLine, "uses");
        changed = true;
    }
    if (commandLine.has(QStringLiteral("platform"))) {
        person.platforms = listOption(commandLine, "platform");
        changed = true;
    }
    if (commandLine.has(QStringLiteral("language"))) {
        person.language = personLanguage(commandLine);
        changed = true;
    }
    if (!changed) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Say what to change: --rename, --phone, --email, --username, --from, "
                                                                         "--country, --uses, --platform or --language."));
    }
    const Person saved = session.updatePerson(person);
    context.out << QCoreApplication::translate("Cli", "Saved the changes to %1; their progress stays.").arg(saved.name) << Qt::endl;
    return Success;
}

int removePerson(CliContext &context)
{
    VaultSession &session = context.session();
    const Person person = session.requirePerson(nameArgument(context, "person remove NAME [--yes]"));
    if (!context.confirm(QCoreApplication::translate("Cli", "Remove %1, their identifiers and their progress from the vault?").arg(person.name))) {
        context.out << QCoreApplication::translate("Cli", "Nothing was removed.") << Qt::endl;
        return Failure;
    }
    session.removePerson(person);
    context.out << QCoreApplication::translate("Cli", "Removed %1.").arg(person.name) << Qt::endl;
    return Success;
}

} // namespace

int PersonCommand::execute(CliContext &context)
{
    const QString action = context.commandLine.positional().value(1);
    if (action == QLatin1String("add")) return addPerson(context);
    if (action == QLatin1String("list")) return listPeople(context);
    if (action == QLatin1String("show")) return showPerson(context);
    if (action == QLatin1String("edit")) return editPerson(context);
    if (action == QLatin1String("remove")) return removePerson(context);
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use person add, list, show, edit or remove."));
}

} // namespace BreachAdvisor::Cli
