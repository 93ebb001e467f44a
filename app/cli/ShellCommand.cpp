#include "Commands.h"

#include "CliApplication.h"
#include "CommandLine.h"
#include "VaultSession.h"

#include <QCoreApplication>

namespace BreachAdvisor::Cli {

QString ShellCommand::name() const
{
    return QStringLiteral("shell");
}

QString ShellCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  shell                   unlock once, then run commands typed or piped in, one a line\n");
}

QString ShellCommand::details() const
{
    return QCoreApplication::translate("Cli", "Each line is a command as on the command line, without breach-advisor-cli and without\n"
                                              "--vault, --passphrase-file or --keychain: the vault stays open until exit, quit or the\n"
                                              "end of the input. Quotes work as in a shell; lines starting with # are comments.\n"
                                              "At a terminal, a failing command is reported and the next is read; from a script, the\n"
                                              "first failing command ends the shell with its exit status.\n"
                                              "init, shell, keychain and vault (but vault info) do not run inside it.");
}

int ShellCommand::execute(CliContext &context)
{
    if (context.commandLine.positional().size() > 1) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: shell (the commands come on its input)"));
    }
    VaultSession &session = context.session();
    const bool interactive = context.environment.interactive;
    if (interactive) {
        context.err << QCoreApplication::translate("Cli", "The vault is open. Type commands as on the command line (help lists them), "
                                                          "exit to leave.")
                    << Qt::endl;
    }
    int status = Success;
    for (;;) {
        if (interactive) {
            context.err << QStringLiteral("breach-advisor> ");
            context.err.flush();
        }
        const std::optional<QString> line = context.readLine();
        if (!line) {
            break;
        }
        QStringList arguments;
        try {
            arguments = CommandLine::split(*line);
        } catch (const Error &error) {
            context.err << QCoreApplication::translate("Cli", "breach-advisor-cli: %1").arg(error.message()) << Qt::endl;
            status = exitStatusFor(error.kind());
            if (!interactive) {
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
        status = context.environment.application->runInShell(arguments, session);
        // "Nothing could be checked" is an answer, not a failure: the script goes on.
        if (status != Success && status != NothingChecked && !interactive) {
            return status;
        }
    }
    return interactive || status == NothingChecked ? Success : status;
}

} // namespace BreachAdvisor::Cli
