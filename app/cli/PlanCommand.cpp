#include "Commands.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "VaultSession.h"

#include <QCoreApplication>

namespace BreachAdvisor::Cli {

QString PlanCommand::name() const
{
    return QStringLiteral("plan");
}

QString PlanCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  plan --person NAME [--mask] [--json]\n"
                                              "                          the person's plan, with their progress\n");
}

QSet<QString> PlanCommand::valueOptions() const
{
    return {QStringLiteral("person")};
}

QSet<QString> PlanCommand::flagOptions() const
{
    return {QStringLiteral("json"), QStringLiteral("mask")};
}

int PlanCommand::execute(CliContext &context)
{
    const QString name = context.commandLine.value(QStringLiteral("person"));
    if (name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: plan --person NAME"));
    }
    VaultSession &session = context.session();
    const Person person = session.requirePerson(name);
    const Plan plan = session.planFor(person);
    const bool mask = context.masked();
    printWarnings(context.err, plan, QStringLiteral("person edit \"%1\" --country CC").arg(person.name));
    if (context.json()) {
        QJsonObject json{{QLatin1String("person"), person.name},
                         {QLatin1String("regions"), QJsonArray::fromStringList(plan.context.regions)},
                         {QLatin1String("identifiers"), identifiersJson(plan.identifiers, mask)},
                         {QLatin1String("plan"), planJson(plan, mask)}};
        addPlanExtras(json, plan, mask);
        context.printJson(json);
        return Success;
    }
    if (plan.context.reasons.isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "%1's details were not found in the leaks imported into this vault, and no service they use is in "
                                                          "the catalog's breaches. Check again after importing more leaks.")
                           .arg(person.name)
                    << Qt::endl;
    }
    context.out << QCoreApplication::translate("Cli", "Plan for %1").arg(person.name) << Qt::endl;
    printPlan(context.out, plan, person.platforms, true);
    return Success;
}

} // namespace BreachAdvisor::Cli
