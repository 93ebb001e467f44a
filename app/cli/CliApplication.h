#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace BreachAdvisor::Cli {

class Command;

// breach-advisor-cli: the core for help desks, scripts and end-to-end tests. Finds the
// command, parses its options, runs it and turns errors into one line and an exit
// status. Its flags, JSON keys and exit statuses are a contract (docs/cli.md).
class CliApplication
{
public:
    CliApplication();
    ~CliApplication();
    // arguments without the program name
    int run(const QStringList &arguments);

private:
    int dispatch(const QStringList &arguments);
    Command *find(const QString &name) const;
    int printHelp();

    std::vector<std::unique_ptr<Command>> m_commands;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace BreachAdvisor::Cli
