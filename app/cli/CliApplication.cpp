#include "CliApplication.h"
#include "CliSupport.h"

#include "BreachCatalog.h"
#include "BreachJson.h"
#include "CommandLine.h"
#include "DataClassTaxonomy.h"
#include "Error.h"
#include "IdentityCheck.h"
#include "LeakImporter.h"
#include "LeakIndex.h"
#include "People.h"
#include "PersonalPlan.h"
#include "PhoneNumbers.h"
#include "SecretInput.h"
#include "TextIdentifiers.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QLocale>
#include <QMap>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace BreachAdvisor::Cli {

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
{
}

int CliApplication::run(const QStringList &arguments)
{
    try {
        const CommandLine commandLine(arguments, kValueOptions, kFlagOptions);
        return dispatch(commandLine);
    } catch (const Error &error) {
        m_out.flush();
        m_err << QCoreApplication::translate("Cli", "breach-advisor-cli: %1").arg(error.message()) << Qt::endl;
        return exitStatusFor(error.kind());
    } catch (const std::exception &error) {
        m_out.flush();
        m_err << QCoreApplication::translate("Cli", "breach-advisor-cli: unexpected error: %1").arg(QString::fromLocal8Bit(error.what())) << Qt::endl;
        return Failure;
    }
}

int CliApplication::dispatch(const CommandLine &commandLine)
{
    const QString command = commandLine.positional().value(0);
    if (commandLine.has(QStringLiteral("version"))) {
        m_out << "breach-advisor-cli " << BREACH_ADVISOR_VERSION << Qt::endl;
        return Success;
    }
    if (command.isEmpty() || command == QLatin1String("help") || commandLine.has(QStringLiteral("help"))) {
        return printHelp();
    }
    if (command == QLatin1String("init")) return init(commandLine);
    if (command == QLatin1String("vault")) return vaultCommand(commandLine);
    if (command == QLatin1String("catalog")) return catalog(commandLine);
    if (command == QLatin1String("normalize")) return normalize(commandLine);
    if (command == QLatin1String("import")) return importLeak(commandLine);
    if (command == QLatin1String("check")) return check(commandLine);
    if (command == QLatin1String("index")) return index(commandLine);
    if (command == QLatin1String("person")) return person(commandLine);
    if (command == QLatin1String("plan")) return plan(commandLine);
    if (command == QLatin1String("step")) return step(commandLine);
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Unknown command \"%1\". See breach-advisor-cli --help.").arg(command));
}

int CliApplication::printHelp()
{
    m_out << QCoreApplication::translate("Cli", 
        "Usage: breach-advisor-cli [--vault DIR] COMMAND ...\n"
        "\n"
        "Finds out which breaches hold your data and what to do about it, on this computer only.\n"
        "\n"
        "Commands:\n"
        "  init [--kdf-strength interactive|moderate|sensitive]\n"
        "                          create a vault and print its recovery key\n"
        "  vault info [--json]     what the vault holds\n"
        "  vault change-passphrase --new-passphrase-file FILE\n"
        "  vault recover --recovery-key-file FILE --new-passphrase-file FILE\n"
        "                          set a new passphrase with the printed recovery key\n"
        "  catalog import FILE [--json]\n"
        "                          add or update breaches from Have I Been Pwned JSON\n"
        "  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes \"Phone numbers;Names\"\n"
        "              [--count N] [--description TEXT]\n"
        "  catalog list [--json]\n"
        "  catalog show NAME [--json]\n"
        "  normalize --phone TEXT [--region CC] [--json]\n"
        "  normalize --email TEXT | --username TEXT [--json]\n"
        "  import FILE --breach NAME [--format csv|tsv|jsonl] [--no-header] [--delimiter C]\n"
        "         [--phone COLUMN]... [--email COLUMN]... [--username COLUMN]...\n"
        "         [--field \"DATA CLASS=COLUMN[,COLUMN]\"]...\n"
        "         [--phone-format international|national|auto] [--region CC] [--dry-run] [--json]\n"
        "                          add a leak file (CSV, TSV, JSON Lines; .gz too) to the index\n"
        "  check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--region CC] [--json]\n"
        "                          which breaches hold these identifiers, and what of them\n"
        "  check ... [--uses SERVICE]... [--platform android|iphone|computer]...\n"
        "                          also builds the plan of what to do (in --json: \"plan\")\n"
        "  person add NAME [--phone TEXT]... [--email TEXT]... [--username TEXT]...\n"
        "             [--country CC] [--uses SERVICE]... [--platform P]...\n"
        "  person list [--json]\n"
        "  plan --person NAME [--json]   the person's plan, with their progress\n"
        "  step done|skip|na STEP_ID --person NAME [--note TEXT]\n"
        "  index stats [--json]    records and bytes on disk, per breach\n"
        "  index remove IMPORT_ID  undo one import\n"
        "\n"
        "Options:\n"
        "  --vault DIR             the vault folder (default: %1)\n"
        "  --passphrase-file FILE  read the passphrase from the first line of FILE;\n"
        "                          else $BREACH_ADVISOR_PASSPHRASE, else a prompt\n"
        "  --json                  machine-readable output\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 usage error, 3 wrong passphrase or vault in use,\n"
        "4 input file rejected.\n")
                 .arg(QDir::toNativeSeparators(Vault::defaultDirectory()));
    m_out.flush();
    return Success;
}

QString CliApplication::vaultDirectory(const CommandLine &commandLine) const
{
    const QString given = commandLine.value(QStringLiteral("vault"));
    return given.isEmpty() ? Vault::defaultDirectory() : QDir(given).absolutePath();
}

std::unique_ptr<Vault> CliApplication::openVault(const CommandLine &commandLine)
{
    const QString directory = vaultDirectory(commandLine);
    if (!Vault::existsAt(directory)) {
        throw Error(ErrorKind::NotFound,
                    QCoreApplication::translate("Cli", "There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init").arg(directory));
    }
    const SecureBuffer passphrase = SecretInput::passphrase(commandLine.value(QStringLiteral("passphrase-file")), false);
    std::unique_ptr<Vault> vault = Vault::open(directory, passphrase);
    BreachCatalog(vault->database()).updateFromBundled(); // a newer app brings a newer catalog
    return vault;
}

void CliApplication::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace BreachAdvisor::Cli
