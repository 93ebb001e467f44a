#include "CliApplication.h"
#include "ProcessHardening.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    BreachAdvisor::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("breach-advisor"));
    QCoreApplication::setOrganizationName(QStringLiteral("breach-advisor"));
    BreachAdvisor::Translations::install(QLocale::system());
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return BreachAdvisor::Cli::CliApplication().run(arguments);
}
