#include "CliApplication.h"

#include "Command.h"
#include "CommandLine.h"
#include "Commands.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cstdio>

namespace BreachAdvisor::Cli {

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<VaultCommand>());
    m_commands.push_back(std::make_unique<CatalogCommand>());
    m_commands.push_back(std::make_unique<NormalizeCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<PersonCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<StepCommand>());
    m_commands.push_back(std::make_unique<IndexCommand>());
}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList &arguments)
{
    try {
        return dispatch(arguments);
    } catch (const Error &error) {
        m_out.flush();
        m_err << QCoreApplication::translate("Cli", "breach-advisor-cli: %1").arg(error.message()) << Qt::endl;
        return exitStatusFor(error.kind());
    } catch (const std::exception &error) {
        m_out.flush();
        m_err << QCoreApplication::translate("Cli", "breach-advisor-cli: unexpected error: %1").arg(QString::fromLocal8Bit(error.what()))
              << Qt::endl;
        return Failure;
    }
}

Command *CliApplication::find(const QString &name) const
{
    for (const std::unique_ptr<Command> &command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

int CliApplication::dispatch(const QStringList &arguments)
{
    QSet<QString> valueOptions = {QStringLiteral("vault"), QStringLiteral("passphrase-file")};
    QSet<QString> flagOptions = {QStringLiteral("help"), QStringLiteral("version")};
    for (const std::unique_ptr<Command> &command : m_commands) {
        valueOptions += command->valueOptions();
        flagOptions += command->flagOptions();
    }
    QStringList normalized = arguments;
    normalized.replaceInStrings(QRegularExpression(QStringLiteral("^-h$")), QStringLiteral("--help"));
    const CommandLine commandLine(normalized, valueOptions, flagOptions);
    if (commandLine.has(QStringLiteral("version"))) {
        m_out << "breach-advisor-cli " << BREACH_ADVISOR_VERSION << Qt::endl;
        return Success;
    }
    const QString name = commandLine.positional().value(0);
    if (name.isEmpty() || name == QLatin1String("help")) {
        const Command *about = find(commandLine.positional().value(1));
        if (about) {
            m_out << about->help();
            m_out.flush();
            return Success;
        }
        return printHelp();
    }
    Command *command = find(name);
    if (!command) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Unknown command \"%1\". See breach-advisor-cli --help.").arg(name));
    }
    if (commandLine.has(QStringLiteral("help"))) {
        m_out << command->help();
        m_out.flush();
        return Success;
    }
    commandLine.allowOnly(command->acceptedOptions());
    CliContext context(commandLine, m_out, m_err);
    const int status = command->execute(context);
    m_out.flush();
    return status;
}

int CliApplication::printHelp()
{
    m_out << QCoreApplication::translate("Cli", "Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] COMMAND ...\n"
                                                "\n"
                                                "Finds out which breaches hold your data and what to do about it, on this computer only.\n"
                                                "\n"
                                                "Commands:\n");
    for (const std::unique_ptr<Command> &command : m_commands) {
        m_out << command->usage();
    }
    m_out << QCoreApplication::translate("Cli", "\n"
                                                "Options:\n"
                                                "  --vault DIR             the vault folder (default: %1)\n"
                                                "  --passphrase-file FILE  read the passphrase from the first line of FILE;\n"
                                                "                          else $BREACH_ADVISOR_PASSPHRASE, else a prompt\n"
                                                "  --json                  machine-readable output\n"
                                                "  -h, --help              this help; COMMAND --help: that command's help\n"
                                                "  --version               the version\n"
                                                "\n"
                                                "Exit status: 0 success, 1 failure, 2 usage error, 3 wrong passphrase or vault in use,\n"
                                                "4 input file rejected, 130 stopped with Ctrl-C (nothing changed).\n")
                 .arg(QDir::toNativeSeparators(VaultSession::defaultDirectory()));
    m_out.flush();
    return Success;
}

} // namespace BreachAdvisor::Cli
