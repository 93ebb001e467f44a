#pragma once

#include "Error.h"
#include "VaultKeys.h"

#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace BreachAdvisor {
class VaultSession;
}

namespace BreachAdvisor::Cli {

class CommandLine;

// The exit statuses of docs/cli.md.
enum ExitStatus {
    Success = 0,
    Failure = 1,
    UsageError = 2,
    LockedOrWrongPassphrase = 3,
    RejectedInput = 4,
    Cancelled = 130, // stopped by Ctrl-C: nothing was changed
};
int exitStatusFor(ErrorKind kind);

// What a command works with: its parsed arguments, the output streams and the vault.
class CliContext
{
public:
    CliContext(const CommandLine &commandLine, QTextStream &out, QTextStream &err);

    const CommandLine &commandLine;
    QTextStream &out;
    QTextStream &err;

    bool json() const;
    QString vaultDirectory() const;
    // Unlocks the vault with the passphrase from --passphrase-file, the environment or
    // a prompt (SecretInput).
    std::unique_ptr<VaultSession> openSession() const;
    void printJson(const QJsonValue &value);
    // --kdf-strength interactive|moderate|sensitive; nullopt when not given.
    std::optional<KdfParams> kdfStrength() const;
    // Throws Error(Usage) naming the option unless region is empty or a country code.
    static QString checkedRegion(const QString &region, const QString &option = QStringLiteral("--region"));
};

// One command of breach-advisor-cli: what it accepts, its help, and what it does
// (parse → session call → print).
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // Its lines of the global help: the forms of the command, each with what it does.
    virtual QString usage() const = 0;
    // More for "COMMAND --help": what the options mean (may be empty).
    virtual QString details() const { return {}; }
    virtual QSet<QString> valueOptions() const { return {}; }
    virtual QSet<QString> flagOptions() const { return {}; }
    // Whether --vault and --passphrase-file apply.
    virtual bool usesVault() const { return true; }
    virtual int execute(CliContext &context) = 0;

    // What this command accepts, the options every command takes included.
    QSet<QString> acceptedOptions() const;
    QString help() const;
};

} // namespace BreachAdvisor::Cli
