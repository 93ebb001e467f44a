#include "Command.h"

#include "CommandLine.h"
#include "PhoneNumbers.h"
#include "SecretInput.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BreachAdvisor::Cli {

int exitStatusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return UsageError;
    case ErrorKind::WrongCredentials:
    case ErrorKind::VaultInUse: return LockedOrWrongPassphrase;
    case ErrorKind::RejectedInput: return RejectedInput;
    case ErrorKind::Cancelled: return Cancelled;
    case ErrorKind::NotFound:
    case ErrorKind::AlreadyExists:
    case ErrorKind::Damaged:
    case ErrorKind::Internal: break;
    }
    return Failure;
}

CliContext::CliContext(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
    : commandLine(commandLine)
    , out(out)
    , err(err)
{
}

bool CliContext::json() const
{
    return commandLine.has(QStringLiteral("json"));
}

QString CliContext::vaultDirectory() const
{
    const QString given = commandLine.value(QStringLiteral("vault"));
    return given.isEmpty() ? VaultSession::defaultDirectory() : QDir(given).absolutePath();
}

std::unique_ptr<VaultSession> CliContext::openSession() const
{
    const QString directory = vaultDirectory();
    if (!VaultSession::existsAt(directory)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init")
                                             .arg(directory));
    }
    const SecureBuffer passphrase = SecretInput::passphrase(commandLine.value(QStringLiteral("passphrase-file")), false);
    return VaultSession::open(directory, passphrase);
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

std::optional<KdfParams> CliContext::kdfStrength() const
{
    if (!commandLine.has(QStringLiteral("kdf-strength"))) {
        return std::nullopt;
    }
    KdfParams kdf;
    if (!KdfParams::fromName(commandLine.value(QStringLiteral("kdf-strength")), &kdf)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--kdf-strength is interactive, moderate or sensitive."));
    }
    return kdf;
}

QString CliContext::checkedRegion(const QString &region, const QString &option)
{
    const QString upper = region.trimmed().toUpper();
    if (!upper.isEmpty() && !PhoneNumbers::isKnownRegion(upper)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "%1 \"%2\" is not a known two-letter country code.").arg(option, region));
    }
    return upper;
}

QSet<QString> Command::acceptedOptions() const
{
    QSet<QString> options = valueOptions() + flagOptions();
    options << QStringLiteral("help");
    if (usesVault()) {
        options << QStringLiteral("vault") << QStringLiteral("passphrase-file");
    }
    return options;
}

QString Command::help() const
{
    QString text = QCoreApplication::translate("Cli", "Usage: breach-advisor-cli%1 %2")
                       .arg(usesVault() ? QStringLiteral(" [--vault DIR] [--passphrase-file FILE]") : QString(), usage().trimmed());
    const QString more = details().trimmed();
    if (!more.isEmpty()) {
        text += QStringLiteral("\n\n") + more;
    }
    return text + QLatin1Char('\n');
}

} // namespace BreachAdvisor::Cli
