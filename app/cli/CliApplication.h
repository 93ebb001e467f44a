#pragma once

#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace BreachAdvisor {
class KeyStore;
class VaultSession;
}

namespace BreachAdvisor::Cli {

class Command;

// breach-advisor-cli: the core for help desks, scripts and end-to-end tests. Finds the
// command, parses its options, runs it and turns errors into one line and an exit
// status. Its flags, JSON keys and exit statuses are a contract (docs/cli.md).
class CliApplication
{
public:
    // Standard input and output; the OS keychain for --keychain.
    CliApplication();
    // For tests: other streams and keychain (not owned); interactive: questions are asked on input.
    CliApplication(QIODevice *input, QIODevice *output, QIODevice *errors, KeyStore *keyStore, bool interactive);
    ~CliApplication();
    // arguments without the program name
    int run(const QStringList &arguments);
    // Whether these arguments may need QtGui (a PDF handout, maybe inside the shell):
    // then main() makes a QGuiApplication on the offscreen platform, else a QCoreApplication.
    static bool needsGraphics(const QStringList &arguments);
    // One line of the shell, on the vault the shell unlocked.
    int runInShell(const QStringList &arguments, VaultSession &session);
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

private:
    int guarded(const QStringList &arguments, VaultSession *openVault);
    int dispatch(const QStringList &arguments, VaultSession *openVault);
    Command *find(const QString &name) const;
    int printHelp();

    std::vector<std::unique_ptr<Command>> m_commands;
    QFile m_standardInput; // its descriptor, without stdio's buffer: the shell can wait on it (CliContext::waitForInput)
    QTextStream m_in;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<KeyStore> m_ownKeyStore;
    KeyStore *m_keyStore = nullptr;
    bool m_interactive = false;
};

} // namespace BreachAdvisor::Cli
