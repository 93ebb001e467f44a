#pragma once

#include "Error.h"
#include "KeyStore.h"
#include "NormalizedIdentifier.h"
#include "VaultKeys.h"

#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

#include <functional>

namespace BreachAdvisor {
class VaultSession;
}

namespace BreachAdvisor::Cli {

class CliApplication;
class CommandLine;

// The exit statuses of docs/cli.md.
enum ExitStatus {
    Success = 0,
    Failure = 1,
    UsageError = 2,
    LockedOrWrongPassphrase = 3,
    RejectedInput = 4,
    NothingChecked = 5, // check: no identifier could be checked, or nothing to check them against
    Cancelled = 130, // stopped by Ctrl-C: nothing was changed
};
int exitStatusFor(ErrorKind kind);

// Waits for a KeyStore call's answer, which comes through the event loop: the CLI runs a
// loop of its own for it (core never runs one).
KeyStore::Result waitForKeyStore(const std::function<void(KeyStore::Done)> &call);

// Puts the command line in an offered language for as long as it lives: the human text,
// numbers and dates of one command (--language LL), after which the shell's next command
// is in the language from before.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &code);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString m_previous;
};

// What commands run with besides their arguments.
struct CliEnvironment
{
    QTextStream &in; // the shell's commands, answers to questions, --from -
    QTextStream &out;
    QTextStream &err;
    bool interactive = false;     // a person types at a terminal: questions are asked
    KeyStore *keyStore = nullptr; // for --keychain: the OS keychain, a fake in tests
    CliApplication *application = nullptr;
    VaultSession *openVault = nullptr; // in the shell: the vault it unlocked once
};

// What a command works with: its parsed arguments, the output streams and the vault.
class CliContext
{
public:
    CliContext(const CommandLine &commandLine, const CliEnvironment &environment);
    ~CliContext();

    const CommandLine &commandLine;
    const CliEnvironment environment;
    QTextStream &out;
    QTextStream &err;

    bool json() const;
    bool masked() const; // --mask: identifiers shown only enough to recognize them
    QString vaultDirectory() const;
    // The open vault: the shell's, or unlocked now (once per command) with the key the
    // keychain remembers (--keychain), else the passphrase from --passphrase-file, the
    // environment or a prompt (SecretInput).
    VaultSession &session();
    // A session of its own, unlocked as session() does; what opening did that the person
    // should know is said on standard error (printNotices).
    std::unique_ptr<VaultSession> openSession() const;
    // VaultSession::notices, a line each on standard error: for a session opened otherwise.
    void printNotices(const VaultSession &session) const;
    void printJson(const QJsonValue &value);
    // One JSON object on one line (JSON Lines), with "language" as printJson adds it.
    void printJsonLine(const QJsonObject &object);
    // --kdf-strength interactive|moderate|sensitive; nullopt when not given.
    std::optional<KdfParams> kdfStrength() const;
    // The offered language code a value names ("fr", "fr_FR"); throws Error(Usage) naming
    // the option and listing the offered languages otherwise (never English in its place).
    static QString checkedLanguage(const QString &value, const QString &option = QStringLiteral("--language"));
    // Throws Error(Usage) naming the option unless region is empty or a country code.
    static QString checkedRegion(const QString &region, const QString &option = QStringLiteral("--region"));

    // Asks a yes/no question at the terminal; true without asking with --yes, or when
    // no person is there to answer (a script says what it means).
    bool confirm(const QString &question);
    // The next line of the input; nullopt at its end.
    std::optional<QString> readLine();
    // Waits at most this long for the next line of the input; false when none came (true
    // also when the input ended, or cannot be waited on: then readLine tells).
    bool waitForInput(int milliseconds);
    // --from FILE|-: identifiers one a line (Identifiers::inputFromLine; lines starting
    // with # are comments). Throws Error(Usage) for a file that cannot be read, naming it.
    QList<IdentifierInput> identifiersFrom(const QString &source);
    // --from FILE|- read line by line, with each line's number (at most 16 MiB in all).
    QList<QPair<int, QString>> linesFrom(const QString &source);
    // The identifiers of --phone, --email, --username and --from, in that order.
    QList<IdentifierInput> identifierOptions();

private:
    std::unique_ptr<VaultSession> unlockSession() const;

    std::unique_ptr<VaultSession> m_session;
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
    // Whether --language LL is the language of this command's output (else the command
    // reads it itself: person add/edit keep it as the person's language).
    virtual bool languageIsOutput() const { return true; }
    // Whether --vault, --passphrase-file and --keychain apply.
    virtual bool usesVault() const { return true; }
    // Whether it can run inside the shell, on the vault the shell unlocked.
    virtual bool runsInShell(const CommandLine &commandLine) const
    {
        Q_UNUSED(commandLine)
        return true;
    }
    virtual int execute(CliContext &context) = 0;

    // What this command accepts, the options every command takes included.
    QSet<QString> acceptedOptions() const;
    QString help() const;
};

} // namespace BreachAdvisor::Cli
