#include "CliSupport.h"

#include "CliApplication.h"

#include <QCoreApplication>
#include <QDateTime>

#include <csignal>

namespace BreachAdvisor::Cli {

const QSet<QString> kValueOptions = {
    QStringLiteral("vault"), QStringLiteral("passphrase-file"), QStringLiteral("new-passphrase-file"),
    QStringLiteral("recovery-key-file"), QStringLiteral("kdf-strength"), QStringLiteral("region"),
    QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"), QStringLiteral("name"),
    QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("domain"), QStringLiteral("classes"),
    QStringLiteral("count"), QStringLiteral("description"), QStringLiteral("language"), QStringLiteral("breach"),
    QStringLiteral("format"), QStringLiteral("field"), QStringLiteral("phone-format"), QStringLiteral("delimiter"),
    QStringLiteral("uses"), QStringLiteral("platform"), QStringLiteral("memory-mb"), QStringLiteral("person"),
    QStringLiteral("note"), QStringLiteral("country"),
};
const QSet<QString> kFlagOptions = {QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("version"),
                                    QStringLiteral("no-header"), QStringLiteral("exact-phone-validation"),
                                    QStringLiteral("dry-run")};

// Ctrl-C during an import: the first one cancels cleanly (nothing is changed), a
// second one ends the program at once (SQLCipher's journal still undoes the import).
std::atomic_bool g_interrupted = false;
void onInterrupt(int)
{
    g_interrupted = true;
    std::signal(SIGINT, SIG_DFL);
}
const QSet<QString> kVaultOptions = {QStringLiteral("vault"), QStringLiteral("passphrase-file")};

QSet<QString> withVaultOptions(std::initializer_list<QString> options)
{
    QSet<QString> all = kVaultOptions;
    for (const QString &option : options) {
        all.insert(option);
    }
    return all;
}

int exitStatusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return CliApplication::UsageError;
    case ErrorKind::WrongCredentials:
    case ErrorKind::VaultInUse: return CliApplication::LockedOrWrongPassphrase;
    case ErrorKind::RejectedInput: return CliApplication::RejectedInput;
    case ErrorKind::NotFound:
    case ErrorKind::Damaged:
    case ErrorKind::Internal: break;
    }
    return CliApplication::Failure;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject phoneJson(const PhoneNumberResult &result)
{
    return QJsonObject{
        {QLatin1String("kind"), QLatin1String("phone")},
        {QLatin1String("input"), result.input},
        {QLatin1String("valid"), result.valid},
        {QLatin1String("e164"), orNull(result.e164)},
        {QLatin1String("normalized"), orNull(result.e164)},
        {QLatin1String("region"), orNull(result.region)},
        {QLatin1String("type"), orNull(result.type)},
        {QLatin1String("description"), orNull(result.description)},
        {QLatin1String("extension"), orNull(result.extension)},
        {QLatin1String("error"), orNull(result.error)},
        {QLatin1String("error_code"), orNull(result.errorCode)},
    };
}

// One plan item as the contract names it: everything a handout needs.
QJsonObject planItemJson(const PlanItem &item)
{
    QJsonObject instructions;
    for (const QString &platform : ChecklistRules::kPlatforms) {
        const QString text = item.text.instructions.value(platform, item.text.instructions.value(QStringLiteral("all")));
        instructions.insert(platform, text.isEmpty() ? QJsonValue() : QJsonValue(text));
    }
    QJsonArray reasons;
    for (const PlanReason &reason : item.reasons) {
        reasons.append(QJsonObject{{QLatin1String("breach"), reason.breach},
                                   {QLatin1String("title"), reason.title},
                                   {QLatin1String("fields"), QJsonArray::fromStringList(reason.fields)},
                                   {QLatin1String("may_have_leaked"), !reason.certain}});
    }
    static const QStringList statusNames = {QStringLiteral("todo"), QStringLiteral("done"), QStringLiteral("skipped"),
                                            QStringLiteral("not_applicable"), QStringLiteral("reopened")};
    return QJsonObject{{QLatin1String("id"), item.step->id},
                       {QLatin1String("category"), item.step->category},
                       {QLatin1String("title"), item.title},
                       {QLatin1String("why"), item.why},
                       {QLatin1String("priority"), item.step->priority},
                       {QLatin1String("minutes"), item.step->minutes},
                       {QLatin1String("general"), item.step->general},
                       {QLatin1String("severity"), DataClassTaxonomy::severityName(item.severity)},
                       {QLatin1String("instructions"), instructions},
                       {QLatin1String("sources"), QJsonArray::fromStringList(item.text.sources)},
                       {QLatin1String("reasons"), reasons},
                       {QLatin1String("status"), item.status},
                       {QLatin1String("note"), orNull(item.note)},
                       {QLatin1String("status_changed"),
                        item.statusChanged.isValid() ? QJsonValue(item.statusChanged.toString(Qt::ISODate)) : QJsonValue()},
                       {QLatin1String("new_reasons"), QJsonArray::fromStringList(item.newReasons)}};
}

QJsonArray planJson(const QList<PlanItem> &items)
{
    QJsonArray array;
    for (const PlanItem &item : items) {
        array.append(planItemJson(item));
    }
    return array;
}

QJsonObject textIdentifierJson(const char *kind, const TextIdentifierResult &result)
{
    return QJsonObject{
        {QLatin1String("kind"), QLatin1String(kind)},
        {QLatin1String("input"), result.input},
        {QLatin1String("valid"), result.valid},
        {QLatin1String("normalized"), orNull(result.normalized)},
        {QLatin1String("error"), orNull(result.error)},
        {QLatin1String("error_code"), orNull(result.errorCode)},
    };
}

} // namespace BreachAdvisor::Cli
