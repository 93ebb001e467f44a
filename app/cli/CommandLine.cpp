#include "CommandLine.h"

#include "Error.h"

#include <QCoreApplication>

namespace BreachAdvisor::Cli {

CommandLine::CommandLine(const QStringList &arguments, const QSet<QString> &valueOptions,
                         const QSet<QString> &flagOptions)
{
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (onlyPositional || !argument.startsWith(QLatin1String("--")) || argument.size() == 2) {
            if (argument == QLatin1String("--") && !onlyPositional) {
                onlyPositional = true;
            } else {
                m_positional << argument;
            }
            continue;
        }
        QString name = argument.mid(2);
        QString inlineValue;
        bool hasInlineValue = false;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name = name.left(equals);
            hasInlineValue = true;
        }
        if (flagOptions.contains(name)) {
            if (hasInlineValue) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("CommandLine", "--%1 takes no value.").arg(name));
            }
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    throw Error(ErrorKind::Usage, QCoreApplication::translate("CommandLine", "--%1 needs a value.").arg(name));
                }
                inlineValue = arguments.at(++i);
            }
            m_values[name] << inlineValue;
        } else {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("CommandLine", "Unknown option --%1. See breach-advisor-cli --help.").arg(name));
        }
    }
}

void CommandLine::allowOnly(const QSet<QString> &options) const
{
    for (const QString &name : m_flags) {
        if (!options.contains(name)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("CommandLine", "--%1 does not apply to this command.").arg(name));
        }
    }
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (!options.contains(it.key())) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("CommandLine", "--%1 does not apply to this command.").arg(it.key()));
        }
    }
}

QStringList CommandLine::split(const QString &line)
{
    QStringList arguments;
    QString current;
    bool inArgument = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == quote) {
                quote = QChar();
            } else {
                current.append(c);
            }
        } else if (quote == QLatin1Char('"')) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && i + 1 < line.size() && (line.at(i + 1) == QLatin1Char('"') || line.at(i + 1) == QLatin1Char('\\'))) {
                current.append(line.at(++i));
            } else {
                current.append(c);
            }
        } else if (c.isSpace()) {
            if (inArgument) {
                arguments << current;
                current.clear();
                inArgument = false;
            }
        } else {
            inArgument = true;
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                quote = c;
            } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                current.append(line.at(++i));
            } else {
                current.append(c);
            }
        }
    }
    if (!quote.isNull()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("CommandLine", "A %1 is not closed.").arg(quote));
    }
    if (inArgument) {
        arguments << current;
    }
    return arguments;
}

} // namespace BreachAdvisor::Cli
