#include "AppSettings.h"
#include "BuildInfo.h"
#include "DemoVault.h"
#include "Error.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "Translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    BreachAdvisor::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("breach-advisor"));
    QApplication::setOrganizationName(QStringLiteral("breach-advisor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Breach Advisor"));
    QApplication::setApplicationVersion(QStringLiteral("%1 (%2)").arg(QLatin1String(BreachAdvisor::BuildInfo::version()),
                                                                      QLatin1String(BreachAdvisor::BuildInfo::commit())));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/breach-advisor.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.breachadvisor.BreachAdvisor"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Breach Advisor: find out what of yours leaked, and what to do."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vault(QStringLiteral("vault"), QStringLiteral("The vault folder."), QStringLiteral("DIR"));
    const QCommandLineOption hint(QStringLiteral("unlock-hint"), QStringLiteral("A line shown on the unlock screen (the demo's passphrase)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption settings(QStringLiteral("settings"), QStringLiteral("A settings file of its own (demos, tests)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption timeStart(QStringLiteral("time-start"),
                                       QStringLiteral("Print the milliseconds until the first screen is shown, then quit (benchmark)."));
    const QCommandLineOption timeEmptyWindow(QStringLiteral("time-empty-window"),
                                             QStringLiteral("The benchmark's baseline: the same, for an empty window."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open a throw-away demo vault with fictional people and a fictional leak (passphrase: demo)."));
    parser.addOptions({vault, hint, settings, timeStart, timeEmptyWindow, demo});
    parser.process(app);
    const auto printElapsedAndQuit = [&] {
        QTimer::singleShot(0, &app, [&] {
            std::printf("%lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QApplication::quit();
        });
    };
    if (parser.isSet(timeEmptyWindow)) {
        QWidget empty;
        empty.show();
        printElapsedAndQuit();
        return QApplication::exec();
    }

    // The language first: the demo vault's fictional texts are written in it.
    const QString settingsFile = parser.isSet(demo) ? QString() : parser.value(settings);
    BreachAdvisor::Ui::Translator::install(BreachAdvisor::Ui::AppSettings(settingsFile).language());
    QTemporaryDir demoFolder;
    if (parser.isSet(demo)) {
        const QString directory = demoFolder.filePath(QStringLiteral("vault"));
        try {
            BreachAdvisor::Ui::DemoVault::create(directory);
        } catch (const BreachAdvisor::Error &error) {
            std::fprintf(stderr, "breach-advisor: the demo vault could not be made: %s\n", qPrintable(error.message()));
            return 1;
        }
    }

    BreachAdvisor::Ui::MainWindow::Options options;
    options.vaultDirectory = parser.isSet(demo) ? demoFolder.filePath(QStringLiteral("vault")) : parser.value(vault);
    options.unlockHint = parser.value(hint);
    options.demo = parser.isSet(demo);
    options.settingsFile = parser.isSet(demo) ? demoFolder.filePath(QStringLiteral("settings.ini")) : parser.value(settings);
    BreachAdvisor::Ui::MainWindow window(options);
    window.show();
    if (parser.isSet(timeStart)) {
        printElapsedAndQuit();
    }
    return QApplication::exec();
}
