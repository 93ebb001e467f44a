#include "CliApplication.h"

#include "BuildInfo.h"
#include "Command.h"
#include "CommandLine.h"
#include "Commands.h"
#include "KeyStore.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace BreachAdvisor::Cli {

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<VaultCommand>());
    commands.push_back(std::make_unique<CatalogCommand>());
    commands.push_back(std::make_unique<NormalizeCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<PersonCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<StepCommand>());
    commands.push_back(std::make_unique<HandoutCommand>());
    commands.push_back(std::make_unique<IndexCommand>());
    commands.push_back(std::make_unique<ShellCommand>());
    commands.push_back(std::make_unique<KeychainCommand>());
    commands.push_back(std::make_unique<BundleCommand>());
    commands.push_back(std::make_unique<PasswordsCommand>());
    return commands;
}

// Its descriptor, not stdio's FILE: what is read ahead stays in the device's buffer, where
// CliContext::waitForInput sees it. None (closed): reading finds the end at once.
QIODevice *openedOnStandardInput(QFile &file)
{
    return file.open(STDIN_FILENO, QIODevice::ReadOnly) ? &file : nullptr;
}

} // namespace

bool CliApplication::needsGraphics(const QStringList &arguments)
{
    return arguments.contains(QLatin1String("handout")) || arguments.contains(QLatin1String("shell"));
}

CliApplication::CliApplication()
    : m_commands(allCommands())
    , m_in(openedOnStandardInput(m_standardInput))
    , m_out(stdout)
    , m_err(stderr)
    , m_ownKeyStore(std::make_unique<OsKeyStore>())
    , m_keyStore(m_ownKeyStore.get())
    , m_interactive(isatty(STDIN_FILENO) != 0)
{
}

CliApplication::CliApplication(QIODevice *input, QIODevice *output, QIODevice *errors, KeyStore *keyStore, bool interactive)
    : m_commands(allCommands())
    , m_in(input)
    , m_out(output)
    , m_err(errors)
    , m_keyStore(keyStore)
    , m_interactive(interactive)
{
}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList &arguments)
{
    return guarded(arguments, nullptr);
}

int CliApplication::runInShell(const QStringList &arguments, VaultSession &session)
{
    return guarded(arguments, &session);
}

int CliApplication::guarded(const QStringList &arguments, VaultSession *openVault)
{
    try {
        return dispatch(arguments, openVault);
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

int CliApplication::dispatch(const QStringList &arguments, VaultSession *openVault)
{
    QSet<QString> valueOptions = {QStringLiteral("vault"), QStringLiteral("passphrase-file"), QStringLiteral("language")};
    QSet<QString> flagOptions = {QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("keychain")};
    for (const std::unique_ptr<Command> &command : m_commands) {
        valueOptions += command->valueOptions();
        flagOptions += command->flagOptions();
    }
    QStringList normalized = arguments;
    normalized.replaceInStrings(QRegularExpression(QStringLiteral("^-h$")), QStringLiteral("--help"));
    const CommandLine commandLine(normalized, valueOptions, flagOptions);
    // --language LL: this command's words, numbers and dates (help and errors too).
    const QString name = commandLine.positional().value(0);
    Command *command = find(name);
    std::optional<LanguageScope> language;
    if (commandLine.has(QStringLiteral("language")) && (!command || command->languageIsOutput())) {
        language.emplace(CliContext::checkedLanguage(commandLine.value(QStringLiteral("language"))));
    }
    if (commandLine.has(QStringLiteral("version"))) {
        m_out << "breach-advisor-cli " << BuildInfo::version() << " (" << BuildInfo::commit() << ")" << Qt::endl;
        return Success;
    }
    if (name.isEmpty() || name == QLatin1String("help")) {
        const Command *about = find(commandLine.positional().value(1));
        if (about) {
            m_out << about->help();
            m_out.flush();
            return Success;
        }
        return printHelp();
    }
    if (!command) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Unknown command \"%1\". See breach-advisor-cli --help.").arg(name));
    }
    if (commandLine.has(QStringLiteral("help"))) {
        m_out << command->help();
        m_out.flush();
        return Success;
    }
    if (openVault) {
        if (!command->runsInShell(commandLine)) {
            const QString what = commandLine.positional().mid(0, 2).join(QLatin1Char(' '));
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "%1 does not run inside the shell: leave it (exit) first.").arg(what));
        }
        for (const char *option : {"vault", "passphrase-file", "keychain"}) {
            if (commandLine.has(QLatin1String(option))) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--%1: the shell's vault is already open.").arg(QLatin1String(option)));
            }
        }
    }
    commandLine.allowOnly(command->acceptedOptions());
    const CliEnvironment environment{m_in, m_out, m_err, m_interactive, m_keyStore, this, openVault};
    CliContext context(commandLine, environment);
    const int status = command->execute(context);
    m_out.flush();
    return status;
}

int CliApplication::printHelp()
{
    m_out << QCoreApplication::translate("Cli", "Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...\n"
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
                                                "  --keychain              unlock with the key this computer's keychain remembers;\n"
                                                "                          the first time, the passphrase, and then it is remembered\n"
                                                "  --json                  machine-readable output\n"
                                                "  --mask                  identifiers shown only enough to recognize them\n"
                                                "  --yes                   do it without asking (remove commands)\n"
                                                "  -h, --help              this help; COMMAND --help: that command's help\n"
                                                "  --version               the version\n"
                                                "\n"
                                                "Several commands with one unlock: breach-advisor-cli shell (commands from the\n"
                                                "terminal or a script, one a line).\n"
                                                "\n"
                                                "Exit status: 0 success, 1 failure, 2 usage error, 3 wrong passphrase or vault in use,\n"
                                                "4 input file rejected, 130 stopped with Ctrl-C (nothing changed).\n")
                 .arg(QDir::toNativeSeparators(VaultSession::defaultDirectory()));
    m_out.flush();
    return Success;
}

} // namespace BreachAdvisor::Cli
