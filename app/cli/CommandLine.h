#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace BreachAdvisor::Cli {

// A small parser for "COMMAND [SUBCOMMAND] [--option value]... [--flag]...":
// options may come anywhere, may repeat, and may be written --name=value.
// Unknown options and missing values throw Error(Usage).
class CommandLine
{
public:
    CommandLine(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flagOptions);

    const QStringList &positional() const { return m_positional; }
    bool has(const QString &option) const { return m_flags.contains(option) || m_values.contains(option); }
    QString value(const QString &option) const { return m_values.value(option).value(0); }
    QStringList values(const QString &option) const { return m_values.value(option); }
    // Throws Error(Usage) when an option only some commands take was given to another.
    void allowOnly(const QSet<QString> &options) const;

    // A line typed into the shell as arguments, split as a POSIX shell does: blanks
    // between arguments, '...' literally, "..." with \" and \\ inside, \ escaping
    // one character. Throws Error(Usage) for a quote that is not closed.
    static QStringList split(const QString &line);

private:
    QStringList m_positional;
    QMap<QString, QStringList> m_values;
    QSet<QString> m_flags;
};

} // namespace BreachAdvisor::Cli
