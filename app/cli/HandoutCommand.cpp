#include "Commands.h"

#include "CommandLine.h"
#include "Handout.h"
#include "HandoutPrinter.h"
#include "Translations.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>

namespace BreachAdvisor::Cli {

namespace {

} // namespace

QString HandoutCommand::name() const
{
    return QStringLiteral("handout");
}

QString HandoutCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]\n"
                                              "                          their printable plan, identifiers masked, as the app prints it\n");
}

QString HandoutCommand::details() const
{
    return QCoreApplication::translate("Cli", "  --person NAME    whose plan\n"
                                              "  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you\n"
                                              "                   only. It holds personal details: keep it safe\n"
                                              "  --language LL    its language (default: the person's language, else the terminal's)\n"
                                              "  --helper NAME    who helped, printed on it (a help desk's name)");
}

QSet<QString> HandoutCommand::valueOptions() const
{
    return {QStringLiteral("person"), QStringLiteral("out"), QStringLiteral("language"), QStringLiteral("helper")};
}

QSet<QString> HandoutCommand::flagOptions() const
{
    return {QStringLiteral("json")};
}

int HandoutCommand::execute(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    const QString name = commandLine.value(QStringLiteral("person"));
    const QString out = commandLine.value(QStringLiteral("out"));
    if (name.isEmpty() || out.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: handout --person NAME --out FILE.pdf|FILE.html"));
    }
    const std::optional<Ui::HandoutPrinter::Format> format = Ui::HandoutPrinter::formatOf(out);
    if (!format) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--out: \"%1\" must end in .pdf or .html.").arg(out));
    }
    if (*format == Ui::HandoutPrinter::Format::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // main() makes a QGuiApplication when the command line names this command.
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "PDF handouts need the graphics library, which was not started."));
    }
    VaultSession &session = context.session();
    const Person person = session.requirePerson(name);
    // In the person's language unless --language says otherwise (the help desk prints in
    // its client's); this command's own messages stay in the terminal's.
    std::optional<LanguageScope> personLanguage;
    if (!commandLine.has(QStringLiteral("language")) && !Translations::offeredCode(person.language).isEmpty()) {
        personLanguage.emplace(Translations::offeredCode(person.language));
    }
    const QString handoutLanguage = Translations::current();
    const Handout::Content content = Handout::contentFor(session, person);
    Handout::Options options = Handout::optionsFor(person);
    options.helper = commandLine.value(QStringLiteral("helper"));
    const QString html = Handout::html(content, options);
    personLanguage.reset();
    QString error;
    if (!Ui::HandoutPrinter::write(html, out, *format, &error)) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "Could not write %1: %2. Nothing was saved.").arg(QDir::toNativeSeparators(out), error));
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QLatin1String("person"), person.name},
                                      {QLatin1String("out"), QFileInfo(out).absoluteFilePath()},
                                      {QLatin1String("format"), *format == Ui::HandoutPrinter::Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("html")},
                                      {QLatin1String("steps"), int(content.plan.items.size())},
                                      {QLatin1String("language"), handoutLanguage}});
        return Success;
    }
    context.out << QCoreApplication::translate("Cli", "Wrote %1's handout (%Ln step(s)) to %2. It holds personal details: keep it safe.", nullptr,
                                               int(content.plan.items.size()))
                       .arg(person.name, QDir::toNativeSeparators(out))
                << Qt::endl;
    return Success;
}

} // namespace BreachAdvisor::Cli
