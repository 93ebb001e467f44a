#include "Commands.h"

#include "CliApplication.h"
#include "CommandLine.h"
#include "SharedSettings.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QSettings>

namespace BreachAdvisor::Cli {

namespace {

constexpr int kMostIdleSeconds = 24 * 60 * 60;

// --idle-lock-seconds, else the app's own setting (Settings › Lock after), so that both
// lock alike; 0: never.
int idleLockSeconds(const CommandLine &commandLine)
{
    if (!commandLine.has(QStringLiteral("idle-lock-seconds"))) {
        return SharedSettings::idleLockMinutes(QSettings()) * 60;
    }
    bool ok = false;
    const int seconds = commandLine.value(QStringLiteral("idle-lock-seconds")).toInt(&ok);
    if (!ok || seconds < 0 || seconds > kMostIdleSeconds) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).")
                                          .arg(kMostIdleSeconds));
    }
    return seconds;
}

QString duration(int seconds)
{
    return seconds % 60 == 0 ? QCoreApplication::translate("Cli", "%n minute(s)", nullptr, seconds / 60)
                             : QCoreApplication::translate("Cli", "%n second(s)", nullptr, seconds);
}

} // namespace

QString ShellCommand::name() const
{
    return QStringLiteral("shell");
}

QString ShellCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  shell [--idle-lock-seconds N]\n"
                                              "                          unlock once, then run commands typed or piped in, one a line\n");
}

QString ShellCommand::details() const
{
    return QCoreApplication::translate("Cli", "Each line is a command as on the command line, without breach-advisor-cli and without\n"
                                              "--vault, --passphrase-file or --keychain: the vault stays open until exit, quit or the\n"
                                              "end of the input. Quotes work as in a shell; lines starting with # are comments.\n"
                                              "At a terminal, a failing command is reported and the next is read; from a script, the\n"
                                              "first failing command ends the shell with its exit status.\n"
                                              "init, shell, keychain and vault (but vault info) do not run inside it.\n"
                                              "Like the app, the shell locks the vault after some time without input (the app's\n"
                                              "setting, 10 minutes unless changed there): it forgets the keys, and the next command\n"
                                              "unlocks it again as the shell did.\n"
                                              "  --idle-lock-seconds N  lock after N seconds without input instead; 0: never");
}

QSet<QString> ShellCommand::valueOptions() const
{
    return {QStringLiteral("idle-lock-seconds")};
}

int ShellCommand::execute(CliContext &context)
{
    if (context.commandLine.positional().size() > 1) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: shell (the commands come on its input)"));
    }
    const int idleSeconds = idleLockSeconds(context.commandLine);
    std::unique_ptr<VaultSession> session = context.openSession();
    const bool interactive = context.environment.interactive;
    if (interactive) {
        context.err << QCoreApplication::translate("Cli", "The vault is open. Type commands as on the command line (help lists them), "
                                                          "exit to leave.")
                    << Qt::endl;
        if (idleSeconds > 0) {
            context.err << QCoreApplication::translate("Cli", "It locks after %1 without input.").arg(duration(idleSeconds)) << Qt::endl;
        }
    }
    // A failed line: reported; at a terminal the next is read, a script ends with its status.
    int status = Success;
    const auto failed = [&](const Error &error) {
        context.err << QCoreApplication::translate("Cli", "breach-advisor-cli: %1").arg(error.message()) << Qt::endl;
        status = exitStatusFor(error.kind());
        return !interactive;
    };
    for (;;) {
        if (interactive) {
            context.err << QStringLiteral("breach-advisor> ");
            context.err.flush();
        }
        // The idle lock: the keys are forgotten while nobody uses the vault.
        if (session && idleSeconds > 0 && !context.waitForInput(idleSeconds * 1000)) {
            session.reset();
            context.err << (interactive ? QStringLiteral("\n") : QString())
                        << QCoreApplication::translate("Cli", "The vault locked after %1 without input. The next command unlocks it again.")
                               .arg(duration(idleSeconds))
                        << Qt::endl;
            continue;
        }
        const std::optional<QString> line = context.readLine();
        if (!line) {
            break;
        }
        QStringList arguments;
        try {
            arguments = CommandLine::split(*line);
        } catch (const Error &error) {
            if (failed(error)) {
                return status;
            }
            continue;
        }
        if (arguments.isEmpty() || arguments.first().startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (arguments.first() == QLatin1String("exit") || arguments.first() == QLatin1String("quit")) {
            break;
        }
        if (!session) {
            try {
                session = context.openSession(); // as the shell did at first: the passphrase, or the keychain
            } catch (const Error &error) {
                if (failed(error)) {
                    return status;
                }
                continue;
            }
        }
        status = context.environment.application->runInShell(arguments, *session);
        // "Nothing could be checked" is an answer, not a failure: the script goes on.
        if (status != Success && status != NothingChecked && !interactive) {
            return status;
        }
    }
    return interactive || status == NothingChecked ? Success : status;
}

} // namespace BreachAdvisor::Cli
