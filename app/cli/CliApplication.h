#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace BreachAdvisor {
class Vault;
struct PlanItem;
}

namespace BreachAdvisor::Cli {

class CommandLine;

// breach-advisor-cli: the core for help desks, scripts and end-to-end tests.
// Its flags, JSON keys and exit statuses are a contract (docs/cli.md).
class CliApplication
{
public:
    enum ExitStatus { Success = 0, Failure = 1, UsageError = 2, LockedOrWrongPassphrase = 3, RejectedInput = 4 };

    CliApplication();
    // arguments without the program name
    int run(const QStringList &arguments);

private:
    int dispatch(const CommandLine &commandLine);
    int init(const CommandLine &commandLine);
    int vaultCommand(const CommandLine &commandLine);
    int catalog(const CommandLine &commandLine);
    int normalize(const CommandLine &commandLine);
    int importLeak(const CommandLine &commandLine);
    int check(const CommandLine &commandLine);
    int index(const CommandLine &commandLine);
    int person(const CommandLine &commandLine);
    int plan(const CommandLine &commandLine);
    int step(const CommandLine &commandLine);
    void printPlan(const QList<PlanItem> &items, const QStringList &platforms, bool detailed);
    int printHelp();

    QString vaultDirectory(const CommandLine &commandLine) const;
    std::unique_ptr<Vault> openVault(const CommandLine &commandLine);
    void printJson(const QJsonValue &value);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace BreachAdvisor::Cli
