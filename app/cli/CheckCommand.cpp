#include "Commands.h"
#include "BidiText.h"
#include "DataClassTaxonomy.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "VaultSession.h"

#include <QCoreApplication>

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
                                              "                          also builds the plan of what to do (in --json: \"plan\")\n");
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
                                              "Nothing is saved: to keep a person and their progress, use person add.");
}

QSet<QString> CheckCommand::valueOptions() const
{
    return {QStringLiteral("phone"), QStringLiteral("email"),    QStringLiteral("username"), QStringLiteral("region"),
            QStringLiteral("uses"),  QStringLiteral("platform"), QStringLiteral("from")};
}

QSet<QString> CheckCommand::flagOptions() const
{
    return {QStringLiteral("json"), QStringLiteral("mask")};
}

int CheckCommand::execute(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
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
    const QString region = CliContext::checkedRegion(commandLine.value(QStringLiteral("region")));
    const bool mask = context.masked();
    VaultSession &session = context.session();
    const Plan plan = session.planFor(inputs, region, commandLine.values(QStringLiteral("uses")), commandLine.values(QStringLiteral("platform")));
    printWarnings(context.err, plan);

    if (context.json()) {
        QJsonArray identifiers;
        for (const CheckedIdentifier &checked : plan.identifiers) {
            identifiers.append(checkedJson(checked, mask));
        }
        QJsonObject json{{QLatin1String("identifiers"), identifiers},
                         {QLatin1String("regions"), QJsonArray::fromStringList(plan.context.regions)},
                         {QLatin1String("plan"), planJson(plan.items)}};
        addPlanExtras(json, plan);
        context.printJson(json);
        return Success;
    }

    // Summary first, in calm words; then each identifier.
    QTextStream &out = context.out;
    out << session.summarize(plan.identifiers).sentences().join(QLatin1Char('\n')) << Qt::endl;
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
            out << QCoreApplication::translate("Cli", "  not found") << Qt::endl;
        }
        for (const BreachMatch &match : checked.matches) {
            out << QCoreApplication::translate("Cli", "  in %1: %2").arg(match.breach.title, DataClassTaxonomy::bundled().displayNames(match.fields)) << Qt::endl;
        }
    }
    if (!plan.items.isEmpty()) {
        out << Qt::endl;
        printPlan(out, plan, plan.context.platforms, false);
    }
    return Success;
}

} // namespace BreachAdvisor::Cli
