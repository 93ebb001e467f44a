#include "Commands.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "NormalizedIdentifier.h"

#include <QCoreApplication>
#include <QLocale>

namespace BreachAdvisor::Cli {

QString NormalizeCommand::name() const
{
    return QStringLiteral("normalize");
}

QString NormalizeCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  normalize --phone TEXT [--region CC] [--language LL] [--json]\n"
                                              "  normalize --email TEXT | --username TEXT [--json]\n"
                                              "                          the form that is hashed and matched (no vault needed)\n");
}

QString NormalizeCommand::details() const
{
    return QCoreApplication::translate("Cli", "  --phone TEXT     a phone number in any format; repeat for several\n"
                                              "  --region CC      the country of numbers written without a country code\n"
                                              "  --language LL    language of where the number is from (default: the system's)\n"
                                              "  --email TEXT, --username TEXT\n"
                                              "Exit status 1 when any of them is not valid.");
}

QSet<QString> NormalizeCommand::valueOptions() const
{
    return {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"), QStringLiteral("region"),
            QStringLiteral("language")};
}

QSet<QString> NormalizeCommand::flagOptions() const
{
    return {QStringLiteral("json")};
}

int NormalizeCommand::execute(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    QList<IdentifierInput> inputs;
    for (const auto &[kind, option] : {std::pair{IdentifierKind::Phone, "phone"}, std::pair{IdentifierKind::Email, "email"},
                                       std::pair{IdentifierKind::Username, "username"}}) {
        for (const QString &text : commandLine.values(QLatin1String(option))) {
            inputs << IdentifierInput{kind, text};
        }
    }
    if (inputs.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT"));
    }
    const QString region = CliContext::checkedRegion(commandLine.value(QStringLiteral("region")));
    QString language = commandLine.value(QStringLiteral("language"));
    if (language.isEmpty()) {
        language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    }

    QList<NormalizedIdentifier> results;
    bool allValid = true;
    for (const IdentifierInput &input : std::as_const(inputs)) {
        results << Identifiers::normalize(input, region, language);
        allValid = allValid && results.last().valid;
    }
    if (context.json()) {
        // One identifier: one object (the documented shape); several: an array of them.
        QJsonArray array;
        for (const NormalizedIdentifier &result : std::as_const(results)) {
            array.append(normalizedJson(result));
        }
        context.printJson(array.size() == 1 ? array.first() : QJsonValue(array));
        return allValid ? Success : Failure;
    }
    for (const NormalizedIdentifier &result : std::as_const(results)) {
        if (!result.valid) {
            context.out << QCoreApplication::translate("Cli", "%1: not valid. %2").arg(result.input, result.error) << Qt::endl;
            continue;
        }
        context.out << QStringLiteral("%1 -> %2").arg(result.input, result.normalized);
        if (result.kind == IdentifierKind::Phone) {
            context.out << QStringLiteral("  (%1, %2").arg(result.region, result.type);
            if (!result.description.isEmpty()) {
                context.out << QStringLiteral(", %1").arg(result.description);
            }
            context.out << QLatin1Char(')');
        }
        context.out << Qt::endl;
    }
    return allValid ? Success : Failure;
}

} // namespace BreachAdvisor::Cli
