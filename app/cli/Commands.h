#pragma once

// The commands of breach-advisor-cli, one class each, each in its own .cpp file.

#include "Command.h"

namespace BreachAdvisor::Cli {

// init
class InitCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    bool runsInShell(const CommandLine &) const override { return false; }
    int execute(CliContext &context) override;
};

// vault info | change-passphrase | recover | rekey
class VaultCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    // info reads the open vault; the others unlock it their own way.
    bool runsInShell(const CommandLine &commandLine) const override;
    int execute(CliContext &context) override;
};

// catalog import | add | list | show
class CatalogCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    int execute(CliContext &context) override;
};

// bundle keygen | sign | verify (no vault) | export | trust | signers | import
class BundleCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    // export, trust, signers and import work on the shell's vault; keygen, sign and verify need none.
    bool runsInShell(const CommandLine &commandLine) const override;
    int execute(CliContext &context) override;
};

// passwords import | check | info: the list of leaked passwords beside the vault (its
// folder only: the vault is unlocked only for check --person, to keep what was found)
class PasswordsCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    // check reads standard input, which is the shell's own.
    bool runsInShell(const CommandLine &) const override { return false; }
    int execute(CliContext &context) override;
};

// normalize (no vault)
class NormalizeCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    bool usesVault() const override { return false; }
    int execute(CliContext &context) override;
};

// import
class ImportCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    int execute(CliContext &context) override;
};

// check
class CheckCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    int execute(CliContext &context) override;

private:
    // --each-line: one check per line of --from, each line one client's identifiers.
    int executeEachLine(CliContext &context);
    // Checks one set of identifiers and prints the result; line > 0 names the line it came from.
    int checkAndPrint(CliContext &context, const QList<IdentifierInput> &inputs, int line);
};

// person add | list | show | edit | remove
class PersonCommand final : public Command
{
public:
    bool languageIsOutput() const override { return false; }
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    int execute(CliContext &context) override;
};

// plan
class PlanCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    int execute(CliContext &context) override;
};

// handout: the printable plan as PDF or HTML
class HandoutCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    QSet<QString> flagOptions() const override;
    int execute(CliContext &context) override;
};

// step done | skip | na | reopen
class StepCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    int execute(CliContext &context) override;
};

// index stats | remove
class IndexCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> flagOptions() const override;
    int execute(CliContext &context) override;
};

// shell: many commands, one unlock
class ShellCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    QSet<QString> valueOptions() const override;
    bool runsInShell(const CommandLine &) const override { return false; }
    int execute(CliContext &context) override;
};

// keychain forget
class KeychainCommand final : public Command
{
public:
    QString name() const override;
    QString usage() const override;
    QString details() const override;
    bool runsInShell(const CommandLine &) const override { return false; }
    int execute(CliContext &context) override;
};

} // namespace BreachAdvisor::Cli
