#include "Commands.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "VaultSession.h"

#include <QCoreApplication>

namespace BreachAdvisor::Cli {

QString PersonCommand::name() const
{
    return QStringLiteral("person");
}

QString PersonCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  person add NAME [--phone TEXT]... [--email TEXT]... [--username TEXT]...\n"
                                              "             [--country CC] [--uses SERVICE]... [--platform P]...\n"
                                              "  person list [--json]\n");
}

QString PersonCommand::details() const
{
    return QCoreApplication::translate("Cli", "  NAME            what to call them (a nickname is fine)\n"
                                              "  --country CC    their country: for numbers without a country code and for\n"
                                              "                  where-to-report advice\n"
                                              "  --uses SERVICE  a service they use; --platform P: android, iphone or computer\n"
                                              "Identifiers are checked before anything is saved.");
}

QSet<QString> PersonCommand::valueOptions() const
{
    return {QStringLiteral("phone"),   QStringLiteral("email"), QStringLiteral("username"), QStringLiteral("country"),
            QStringLiteral("region"), QStringLiteral("uses"),  QStringLiteral("platform")};
}

QSet<QString> PersonCommand::flagOptions() const
{
    return {QStringLiteral("json")};
}

namespace {

int addPerson(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    Person person;
    person.name = commandLine.positional().mid(2).join(QLatin1Char(' ')).trimmed();
    if (person.name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: person add NAME [--phone TEXT]... [--email TEXT]... (see person --help)"));
    }
    person.country = CliContext::checkedRegion(commandLine.value(QStringLiteral("country")) + commandLine.value(QStringLiteral("region")),
                                               QStringLiteral("--country"));
    person.platforms = commandLine.values(QStringLiteral("platform"));
    person.uses = commandLine.values(QStringLiteral("uses"));
    for (const auto &[kind, option] : {std::pair{IdentifierKind::Phone, "phone"}, std::pair{IdentifierKind::Email, "email"},
                                       std::pair{IdentifierKind::Username, "username"}}) {
        for (const QString &text : commandLine.values(QLatin1String(option))) {
            person.identifiers << IdentifierInput{kind, text};
        }
    }
    const Person saved = context.openSession()->addPerson(person);
    context.out << QCoreApplication::translate("Cli", "Saved %1. See their plan with: plan --person \"%1\"").arg(saved.name) << Qt::endl;
    return Success;
}

int listPeople(CliContext &context)
{
    const QList<PersonSummary> people = context.openSession()->peopleSummaries();
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

} // namespace

int PersonCommand::execute(CliContext &context)
{
    const QString action = context.commandLine.positional().value(1);
    if (action == QLatin1String("add")) return addPerson(context);
    if (action == QLatin1String("list")) return listPeople(context);
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use person add NAME ... or person list."));
}

} // namespace BreachAdvisor::Cli
