#include "Commands.h"
#include "BidiText.h"
#include "DataClassTaxonomy.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace BreachAdvisor::Cli {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-]\n"
                                              "        [--region CC] [--mask] [--json]\n"
                                              "                          which breaches hold these identifiers, and what of them\n"
                                              "  check ... [--uses SERVICE]... [--platform android|iphone|computer]...\n"
                                              "                          also builds the plan of what to do (in --json: \"plan\")\n"
                                              "  check --from FILE|- --each-line [--json] ...\n"
                                              "                          one check and plan per line: each line one client\n");
}

QString CheckCommand::details() const
{
    return QCoreApplication::translate("Cli", "  --phone/--email/--username TEXT  an identifier to look up; repeat for several\n"
                                              "  --from FILE|-    identifiers one a line from a file or standard input, so that they\n"
                                              "                   are not on a command line other users of this computer can read:\n"
                                              "                   a line with an @ is an e-mail address, digits a phone number, else\n"
                                              "                   a username; phone:, email: or username: before it say which\n"
                                              "  --region CC      the country of phone numbers written without a country code\n"
                                              "  --mask           show identifiers only enough to recognize them (+20 ••• ••• 4567)\n"
                                              "  --uses SERVICE   a service the person uses (WhatsApp, Facebook, Google, ...): its\n"
                                              "                   breaches count as \"may have leaked\", weighed by how many of its\n"
                                              "                   users they held; an unknown service is left out with a warning\n"
                                              "  --platform P     android, iphone or computer: the plan's instructions for it\n"
                                              "  --each-line      with --from: each line is one client, their identifiers separated\n"
                                              "                   by commas or tabs; one result per line (JSON Lines with --json)\n"
                                              "Exit status 5: nothing could be checked (no valid identifier, or no leak file\n"
                                              "imported and no service named).\n"
                                              "Nothing is saved: to keep a person and their progress, use person add.");
}

QSet<QString> CheckCommand::valueOptions() const
{
    return {QStringLiteral("phone"), QStringLiteral("email"),    QStringLiteral("username"), QStringLiteral("region"),
            QStringLiteral("uses"),  QStringLiteral("platform"), QStringLiteral("from")};
}

QSet<QString> CheckCommand::flagOptions() const
{
    return {QStringLiteral("json"), QStringLiteral("mask"), QStringLiteral("each-line")};
}

int CheckCommand::execute(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    if (commandLine.has(QStringLiteral("each-line"))) {
        return executeEachLine(context);
    }
    const QList<IdentifierInput> inputs = context.identifierOptions();
    if (const int stray = int(commandLine.positional().size()) - 1; stray > 0) {
        // Not an identifier option's value: say so instead of dropping it without a word.
        context.err << QCoreApplication::translate("Cli", "breach-advisor-cli: %n argument(s) not checked: write --phone, --email or "
                                                          "--username before each identifier.", nullptr, stray)
                    << Qt::endl;
    }
    if (inputs.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... "
                                                                         "[--from FILE|-] [--region CC]"));
    }
    return checkAndPrint(context, inputs, 0);
}

int CheckCommand::executeEachLine(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    const QStringList sources = commandLine.values(QStringLiteral("from"));
    if (sources.size() != 1 || commandLine.has(QStringLiteral("phone")) || commandLine.has(QStringLiteral("email"))
        || commandLine.has(QStringLiteral("username")) || commandLine.positional().size() > 1) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: check --from FILE|- --each-line: one client a line, "
                                                                         "their identifiers separated by commas or tabs."));
    }
    static const QRegularExpression separators(QStringLiteral("[,\t]"));
    int status = NothingChecked;
    int clients = 0;
    for (const auto &[number, line] : context.linesFrom(sources.first())) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#'))) {
            continue; // a blank line or a comment
        }
        QList<IdentifierInput> inputs;
        for (const QString &piece : line.split(separators)) {
            if (const std::optional<IdentifierInput> identifier = Identifiers::inputFromLine(piece)) {
                inputs << *identifier;
            }
        }
        if (inputs.isEmpty()) {
            context.err << QCoreApplication::translate("Cli", "%1, line %2: no identifier on it, not checked.").arg(sources.first()).arg(number)
                        << Qt::endl;
            continue;
        }
        ++clients;
        if (checkAndPrint(context, inputs, number) == Success) {
            status = Success;
        }
    }
    if (clients == 0) {
        context.err << QCoreApplication::translate("Cli", "%1: no line holds an identifier, so nothing was checked.").arg(sources.first())
                    << Qt::endl;
    }
    return status;
}

int CheckCommand::checkAndPrint(CliContext &context, const QList<IdentifierInput> &inputs, int line)
{
    const CommandLine &commandLine = context.commandLine;
    const QString region = CliContext::checkedRegion(commandLine.value(QStringLiteral("region")));
    const bool mask = context.masked();
    VaultSession &session = context.session();
    const Plan plan = session.planFor(inputs, region, commandLine.values(QStringLiteral("uses")), commandLine.values(QStringLiteral("platform")));
    const int status = plan.coverage.nothingChecked() ? NothingChecked : Success;
    if (line > 0 && !context.json()) {
        context.out << Qt::endl << QCoreApplication::translate("Cli", "Line %1").arg(line) << Qt::endl;
    }
    printWarnings(context.err, plan, QStringLiteral("--region CC"));

    if (context.json()) {
        QJsonArray identifiers;
        for (const CheckedIdentifier &checked : plan.identifiers) {
            identifiers.append(checkedJson(checked, mask));
        }
        QJsonObject json{{QLatin1String("identifiers"), identifiers},
                         {QLatin1String("regions"), QJsonArray::fromStringList(plan.context.regions)},
                         {QLatin1String("plan"), planJson(plan, mask)}};
        addPlanExtras(json, plan, mask);
        if (line > 0) {
            json.insert(QLatin1String("line"), line);
            context.printJsonLine(json);
        } else {
            context.printJson(json);
        }
        return status;
    }

    // Summary first, in calm words; then what could not be checked; then each identifier.
    QTextStream &out = context.out;
    out << session.summarize(plan.identifiers).sentences().join(QLatin1Char('\n')) << Qt::endl;
    printCoverage(out, plan);
    for (const CheckedIdentifier &checked : plan.identifiers) {
        const NormalizedIdentifier &identifier = checked.identifier;
        out << Qt::endl << BidiText::leftToRight(shownInput(identifier, mask));
        if (!identifier.valid) {
            out << QCoreApplication::translate("Cli", ": not checked. %1").arg(identifier.error) << Qt::endl;
            continue;
        }
        if (!mask) {
            out << QStringLiteral(" (%1)").arg(identifier.normalized);
        }
        out << Qt::endl;
        if (!checked.found()) {
            out << (plan.coverage.leakFiles == 0 ? QCoreApplication::translate("Cli", "  not looked up: no leak file is imported")
                                                 : QCoreApplication::translate("Cli", "  not found"))
                << Qt::endl;
        }
        for (const BreachMatch &match : checked.matches) {
            out << QCoreApplication::translate("Cli", "  in %1: %2").arg(match.breach.title, DataClassTaxonomy::bundled().displayNames(match.fields)) << Qt::endl;
            if (!match.sites.isEmpty()) {
                out << QCoreApplication::translate("Cli", "    sites of the leaked logins: %1").arg(match.sites.join(QStringLiteral(", ")))
                    << Qt::endl;
            }
        }
    }
    if (!plan.items.isEmpty()) {
        out << Qt::endl;
        printPlan(out, plan, plan.context.platforms, false);
    }
    return status;
}

} // namespace BreachAdvisor::Cli
