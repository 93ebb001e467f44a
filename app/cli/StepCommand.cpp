#include "Commands.h"

#include "CommandLine.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QMap>

namespace BreachAdvisor::Cli {

QString StepCommand::name() const
{
    return QStringLiteral("step");
}

QString StepCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]\n"
                                              "                          record progress on a step of their plan\n");
}

QString StepCommand::details() const
{
    return QCoreApplication::translate("Cli", "  done, skip, na  done, set aside for now, or does not apply to them\n"
                                              "  reopen          back to to-do\n"
                                              "  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not\n"
                                              "                  in their plan is refused\n"
                                              "  --person NAME   whose plan\n"
                                              "  --note TEXT     kept with the step (without it, an earlier note stays)");
}

QSet<QString> StepCommand::valueOptions() const
{
    return {QStringLiteral("person"), QStringLiteral("note")};
}

int StepCommand::execute(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    const QString action = commandLine.positional().value(1);
    const QString stepId = commandLine.positional().value(2);
    const QString name = commandLine.value(QStringLiteral("person"));
    static const QMap<QString, StepStatus> statuses = {{QStringLiteral("done"), StepStatus::Done},
                                                       {QStringLiteral("skip"), StepStatus::Skipped},
                                                       {QStringLiteral("na"), StepStatus::NotApplicable},
                                                       {QStringLiteral("reopen"), StepStatus::Open}};
    if (!statuses.contains(action) || stepId.isEmpty() || name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]"));
    }
    VaultSession &session = context.session();
    const Person person = session.requirePerson(name);
    const StepStatus status = statuses.value(action);
    const std::optional<QString> note = commandLine.has(QStringLiteral("note")) ? std::optional(commandLine.value(QStringLiteral("note"))) : std::nullopt;
    session.markStep(person, stepId, status, note);
    if (status == StepStatus::Open) {
        context.out << QCoreApplication::translate("Cli", "%1 is back on %2's to-do list.").arg(stepId, person.name) << Qt::endl;
    } else {
        context.out << QCoreApplication::translate("Cli", "Marked %1 as %2 for %3.").arg(stepId, stepStatusName(status), person.name) << Qt::endl;
    }
    return Success;
}

} // namespace BreachAdvisor::Cli
