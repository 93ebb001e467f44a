#include "CliApplication.h"
#include "ProcessHardening.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <memory>

namespace {

// QtGui on a machine without a desktop session warns that XDG_RUNTIME_DIR is not set;
// it needs no runtime folder here, and stderr is for the command's own errors.
QtMessageHandler qtDefaultHandler = nullptr;

void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    qtDefaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    BreachAdvisor::hardenProcess();
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    // QtGui only for the commands that draw (PDF handouts), and never a window: the
    // command line runs without a display.
    std::unique_ptr<QCoreApplication> app;
    if (BreachAdvisor::Cli::CliApplication::needsGraphics(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qtDefaultHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("breach-advisor"));
    QCoreApplication::setOrganizationName(QStringLiteral("breach-advisor"));
    // The terminal's language (LC_ALL, LC_MESSAGES, LANG) when it is offered, else English;
    // --language LL on a command wins for that command.
    BreachAdvisor::Translations::install(BreachAdvisor::Translations::environmentLanguage());
    arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return BreachAdvisor::Cli::CliApplication().run(arguments);
}
