#include "CliApplication.h"

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

namespace {

const QSet<QString> kValueOptions = {
    QStringLiteral("vault"), QStringLiteral("passphrase-file"), QStringLiteral("new-passphrase-file"),
    QStringLiteral("recovery-key-file"), QStringLiteral("kdf-strength"), QStringLiteral("region"),
    QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"), QStringLiteral("name"),
    QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("domain"), QStringLiteral("classes"),
    QStringLiteral("count"), QStringLiteral("description"), QStringLiteral("language"), QStringLiteral("breach"),
    QStringLiteral("format"), QStringLiteral("field"), QStringLiteral("phone-format"), QStringLiteral("delimiter"),
    QStringLiteral("uses"), QStringLiteral("platform"), QStringLiteral("memory-mb"), QStringLiteral("person"),
    QStringLiteral("note"), QStringLiteral("country"),
};
const QSet<QString> kFlagOptions = {QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("version"),
                                    QStringLiteral("no-header"), QStringLiteral("exact-phone-validation"),
                                    QStringLiteral("dry-run")};

// Ctrl-C during an import: the first one cancels cleanly (nothing is changed), a
// second one ends the program at once (SQLCipher's journal still undoes the import).
std::atomic_bool g_interrupted = false;
void onInterrupt(int)
{
    g_interrupted = true;
    std::signal(SIGINT, SIG_DFL);
}
const QSet<QString> kVaultOptions = {QStringLiteral("vault"), QStringLiteral("passphrase-file")};

QSet<QString> withVaultOptions(std::initializer_list<QString> options)
{
    QSet<QString> all = kVaultOptions;
    for (const QString &option : options) {
        all.insert(option);
    }
    return all;
}

int exitStatusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return CliApplication::UsageError;
    case ErrorKind::WrongCredentials:
    case ErrorKind::VaultInUse: return CliApplication::LockedOrWrongPassphrase;
    case ErrorKind::RejectedInput: return CliApplication::RejectedInput;
    case ErrorKind::NotFound:
    case ErrorKind::Damaged:
    case ErrorKind::Internal: break;
    }
    return CliApplication::Failure;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject phoneJson(const PhoneNumberResult &result)
{
    return QJsonObject{
        {QLatin1String("kind"), QLatin1String("phone")},
        {QLatin1String("input"), result.input},
        {QLatin1String("valid"), result.valid},
        {QLatin1String("e164"), orNull(result.e164)},
        {QLatin1String("normalized"), orNull(result.e164)},
        {QLatin1String("region"), orNull(result.region)},
        {QLatin1String("type"), orNull(result.type)},
        {QLatin1String("description"), orNull(result.description)},
        {QLatin1String("extension"), orNull(result.extension)},
        {QLatin1String("error"), orNull(result.error)},
        {QLatin1String("error_code"), orNull(result.errorCode)},
    };
}

// One plan item as the contract names it: everything a handout needs.
QJsonObject planItemJson(const PlanItem &item)
{
    QJsonObject instructions;
    for (const QString &platform : ChecklistRules::kPlatforms) {
        const QString text = item.text.instructions.value(platform, item.text.instructions.value(QStringLiteral("all")));
        instructions.insert(platform, text.isEmpty() ? QJsonValue() : QJsonValue(text));
    }
    QJsonArray reasons;
    for (const PlanReason &reason : item.reasons) {
        reasons.append(QJsonObject{{QLatin1String("breach"), reason.breach},
                                   {QLatin1String("title"), reason.title},
                                   {QLatin1String("fields"), QJsonArray::fromStringList(reason.fields)},
                                   {QLatin1String("may_have_leaked"), !reason.certain}});
    }
    static const QStringList statusNames = {QStringLiteral("todo"), QStringLiteral("done"), QStringLiteral("skipped"),
                                            QStringLiteral("not_applicable"), QStringLiteral("reopened")};
    return QJsonObject{{QLatin1String("id"), item.step->id},
                       {QLatin1String("category"), item.step->category},
                       {QLatin1String("title"), item.title},
                       {QLatin1String("why"), item.why},
                       {QLatin1String("priority"), item.step->priority},
                       {QLatin1String("minutes"), item.step->minutes},
                       {QLatin1String("general"), item.step->general},
                       {QLatin1String("severity"), DataClassTaxonomy::severityName(item.severity)},
                       {QLatin1String("instructions"), instructions},
                       {QLatin1String("sources"), QJsonArray::fromStringList(item.text.sources)},
                       {QLatin1String("reasons"), reasons},
                       {QLatin1String("status"), item.status},
                       {QLatin1String("note"), orNull(item.note)},
                       {QLatin1String("status_changed"),
                        item.statusChanged.isValid() ? QJsonValue(item.statusChanged.toString(Qt::ISODate)) : QJsonValue()},
                       {QLatin1String("new_reasons"), QJsonArray::fromStringList(item.newReasons)}};
}

QJsonArray planJson(const QList<PlanItem> &items)
{
    QJsonArray array;
    for (const PlanItem &item : items) {
        array.append(planItemJson(item));
    }
    return array;
}

QJsonObject textIdentifierJson(const char *kind, const TextIdentifierResult &result)
{
    return QJsonObject{
        {QLatin1String("kind"), QLatin1String(kind)},
        {QLatin1String("input"), result.input},
        {QLatin1String("valid"), result.valid},
        {QLatin1String("normalized"), orNull(result.normalized)},
        {QLatin1String("error"), orNull(result.error)},
        {QLatin1String("error_code"), orNull(result.errorCode)},
    };
}

} // namespace

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

int CliApplication::init(const CommandLine &commandLine)
{
    commandLine.allowOnly(withVaultOptions({QStringLiteral("kdf-strength"), QStringLiteral("json")}));
    KdfParams kdf = KdfParams::moderate();
    if (commandLine.has(QStringLiteral("kdf-strength"))
        && !KdfParams::fromName(commandLine.value(QStringLiteral("kdf-strength")), &kdf)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--kdf-strength is interactive, moderate or sensitive."));
    }
    const QString directory = vaultDirectory(commandLine);
    const SecureBuffer passphrase = SecretInput::passphrase(commandLine.value(QStringLiteral("passphrase-file")), true);
    Vault::Created created = Vault::create(directory, passphrase, kdf);
    BreachCatalog catalog(created.vault->database());
    catalog.updateFromBundled();

    if (commandLine.has(QStringLiteral("json"))) {
        printJson(QJsonObject{{QLatin1String("vault"), directory},
                              {QLatin1String("vault_id"), created.vault->vaultId()},
                              {QLatin1String("breaches"), catalog.count()},
                              {QLatin1String("recovery_key"), QString::fromLatin1(created.recoveryKey.chars(),
                                                                                  qsizetype(created.recoveryKey.size()))}});
        return Success;
    }
    m_out << QCoreApplication::translate("Cli", "Created a vault in %1 with %2 known breaches.\n\n").arg(directory).arg(catalog.count());
    m_out << QCoreApplication::translate("Cli", "Your recovery key (write it down or print it, and keep it somewhere safe):\n\n    ");
    m_out.flush();
    std::fwrite(created.recoveryKey.chars(), 1, created.recoveryKey.size(), stdout);
    std::fflush(stdout);
    m_out << QCoreApplication::translate("Cli", "\n\nIf you forget your passphrase, this key is the only way back into the vault.\n"
                "It is shown only now.\n");
    m_out.flush();
    return Success;
}

int CliApplication::vaultCommand(const CommandLine &commandLine)
{
    const QString action = commandLine.positional().value(1);
    if (action == QLatin1String("info")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        std::unique_ptr<Vault> vault = openVault(commandLine);
        BreachCatalog catalog(vault->database());
        const QJsonObject info{{QLatin1String("vault"), vault->directory()},
                               {QLatin1String("vault_id"), vault->vaultId()},
                               {QLatin1String("schema_version"), vault->schemaVersion()},
                               {QLatin1String("cipher_version"), vault->cipherVersion()},
                               {QLatin1String("breaches"), catalog.count()},
                               {QLatin1String("bundled_catalog_version"), catalog.bundledVersionInVault()}};
        if (commandLine.has(QStringLiteral("json"))) {
            printJson(info);
        } else {
            m_out << QCoreApplication::translate("Cli", "Vault %1\n  %2 breaches in the catalog (bundled catalog of %3)\n"
                        "  schema version %4, SQLCipher %5\n")
                         .arg(vault->directory())
                         .arg(catalog.count())
                         .arg(catalog.bundledVersionInVault())
                         .arg(vault->schemaVersion())
                         .arg(vault->cipherVersion());
        }
        return Success;
    }
    if (action == QLatin1String("change-passphrase") || action == QLatin1String("recover")) {
        const bool recover = action == QLatin1String("recover");
        commandLine.allowOnly(withVaultOptions({QStringLiteral("new-passphrase-file"), QStringLiteral("recovery-key-file"),
                                                QStringLiteral("kdf-strength")}));
        KdfParams kdf = KdfParams::moderate();
        if (commandLine.has(QStringLiteral("kdf-strength"))
            && !KdfParams::fromName(commandLine.value(QStringLiteral("kdf-strength")), &kdf)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--kdf-strength is interactive, moderate or sensitive."));
        }
        const QString newFile = commandLine.value(QStringLiteral("new-passphrase-file"));
        if (recover && !commandLine.has(QStringLiteral("recovery-key-file"))) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "vault recover needs --recovery-key-file FILE."));
        }
        std::unique_ptr<Vault> vault;
        if (recover) {
            const SecureBuffer recoveryKey = SecretInput::readFile(commandLine.value(QStringLiteral("recovery-key-file")));
            vault = Vault::openWithRecoveryKey(vaultDirectory(commandLine), recoveryKey.view());
        } else {
            vault = openVault(commandLine);
        }
        SecureBuffer newPassphrase;
        if (!newFile.isEmpty()) {
            newPassphrase = SecretInput::readFile(newFile);
        } else {
            newPassphrase = SecretInput::prompt(QT_TRANSLATE_NOOP("SecretInput", "New passphrase: "));
            const SecureBuffer again = SecretInput::prompt(QT_TRANSLATE_NOOP("SecretInput", "The same passphrase again: "));
            if (!newPassphrase.equals(again)) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "The two passphrases differ. Nothing was changed."));
            }
        }
        vault->changePassphrase(newPassphrase, kdf);
        m_out << QCoreApplication::translate("Cli", "The passphrase was changed. Your recovery key still works.") << Qt::endl;
        return Success;
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use vault info, vault change-passphrase or vault recover."));
}

int CliApplication::catalog(const CommandLine &commandLine)
{
    const QString action = commandLine.positional().value(1);
    const bool json = commandLine.has(QStringLiteral("json"));
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();

    if (action == QLatin1String("import")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        const QString file = commandLine.positional().value(2);
        if (file.isEmpty() || commandLine.positional().size() > 3) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: catalog import FILE"));
        }
        // Read and validate before unlocking: a bad file costs no passphrase prompt.
        const QList<Breach> breaches = BreachJson::readFile(file, Breach::Origin::Imported).breaches;
        std::unique_ptr<Vault> vault = openVault(commandLine);
        const BreachCatalog::ImportSummary summary = BreachCatalog(vault->database()).importBreaches(breaches);
        if (json) {
            printJson(QJsonObject{{QLatin1String("file"), file},
                                  {QLatin1String("breaches"), int(breaches.size())},
                                  {QLatin1String("added"), summary.added},
                                  {QLatin1String("updated"), summary.updated},
                                  {QLatin1String("unchanged"), summary.unchanged},
                                  {QLatin1String("unknown_data_classes"),
                                   QJsonArray::fromStringList(summary.unknownDataClasses)}});
            return Success;
        }
        m_out << QCoreApplication::translate("Cli", "Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.\n")
                     .arg(breaches.size())
                     .arg(file)
                     .arg(summary.added)
                     .arg(summary.updated)
                     .arg(summary.unchanged);
        if (!summary.unknownDataClasses.isEmpty()) {
            m_out << QCoreApplication::translate("Cli", "Kinds of data this version does not know yet (kept and shown as they are): %1\n")
                         .arg(summary.unknownDataClasses.join(QStringLiteral(", ")));
        }
        m_out.flush();
        return Success;
    }

    if (action == QLatin1String("add")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("date"),
                                                QStringLiteral("domain"), QStringLiteral("classes"),
                                                QStringLiteral("count"), QStringLiteral("description"),
                                                QStringLiteral("json")}));
        Breach breach;
        breach.origin = Breach::Origin::Added;
        breach.name = commandLine.value(QStringLiteral("name")).trimmed();
        breach.title = commandLine.value(QStringLiteral("title")).trimmed();
        breach.domain = commandLine.value(QStringLiteral("domain")).trimmed();
        breach.breachDate = QDate::fromString(commandLine.value(QStringLiteral("date")), Qt::ISODate);
        breach.ourDescription = commandLine.value(QStringLiteral("description")).trimmed();
        for (const QString &dataClass : commandLine.value(QStringLiteral("classes")).split(QLatin1Char(';'))) {
            if (!dataClass.trimmed().isEmpty()) {
                breach.dataClasses << taxonomy.describe(dataClass).name; // canonical spelling when known
            }
        }
        if (commandLine.has(QStringLiteral("count"))) {
            bool ok = false;
            breach.pwnCount = commandLine.value(QStringLiteral("count")).toLongLong(&ok);
            if (!ok || breach.pwnCount < 0) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--count is a whole number of zero or more."));
            }
        }
        if (breach.name.isEmpty() || breach.title.isEmpty() || !commandLine.has(QStringLiteral("date"))
            || breach.dataClasses.isEmpty()) {
            throw Error(ErrorKind::Usage,
                        QCoreApplication::translate("Cli", "Usage: catalog add --name N --title T --date YYYY-MM-DD --classes \"Phone numbers;Names\""));
        }
        if (!breach.breachDate.isValid()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--date \"%1\" is not a date (YYYY-MM-DD).")
                                              .arg(commandLine.value(QStringLiteral("date"))));
        }
        std::unique_ptr<Vault> vault = openVault(commandLine);
        BreachCatalog catalog(vault->database());
        catalog.add(breach);
        if (json) {
            printJson(BreachJson::toJson(*catalog.find(breach.name), taxonomy));
        } else {
            m_out << QCoreApplication::translate("Cli", "Added \"%1\" to the catalog.").arg(breach.name) << Qt::endl;
        }
        return Success;
    }

    if (action == QLatin1String("list")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        std::unique_ptr<Vault> vault = openVault(commandLine);
        const QList<Breach> breaches = BreachCatalog(vault->database()).list();
        if (json) {
            QJsonArray array;
            for (const Breach &breach : breaches) {
                array.append(BreachJson::toJson(breach, taxonomy));
            }
            printJson(array);
            return Success;
        }
        const QLocale locale;
        m_out << QCoreApplication::translate("Cli", "%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.\n\n")
                     .arg(locale.toString(breaches.size()));
        m_out << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(QCoreApplication::translate("Cli", "Name"), -28)
                     .arg(QCoreApplication::translate("Cli", "Date"), -10)
                     .arg(QCoreApplication::translate("Cli", "Accounts"), 13)
                     .arg(QCoreApplication::translate("Cli", "What leaked"));
        for (const Breach &breach : breaches) {
            QString leaked = breach.dataClasses.mid(0, 4).join(QStringLiteral(", "));
            if (breach.dataClasses.size() > 4) {
                leaked += QCoreApplication::translate("Cli", " and %1 more").arg(breach.dataClasses.size() - 4);
            }
            m_out << QStringLiteral("%1  %2  %3  %4\n")
                         .arg(breach.name, -28)
                         .arg(breach.breachDate.toString(Qt::ISODate), -10)
                         .arg(breach.pwnCount > 0 ? locale.toString(breach.pwnCount) : QStringLiteral("?"), 13)
                         .arg(leaked);
        }
        m_out.flush();
        return Success;
    }

    if (action == QLatin1String("show")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        const QString name = commandLine.positional().value(2);
        if (name.isEmpty()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: catalog show NAME"));
        }
        std::unique_ptr<Vault> vault = openVault(commandLine);
        const std::optional<Breach> breach = BreachCatalog(vault->database()).find(name);
        if (!breach) {
            throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "The catalog has no breach named \"%1\". "
                                                "See catalog list for the names.").arg(name));
        }
        if (json) {
            printJson(BreachJson::toJson(*breach, taxonomy));
            return Success;
        }
        const QLocale locale;
        m_out << breach->title;
        if (!breach->domain.isEmpty()) {
            m_out << QStringLiteral(" (%1)").arg(breach->domain);
        }
        m_out << QLatin1Char('\n');
        m_out << QCoreApplication::translate("Cli", "Breach date: %1").arg(locale.toString(breach->breachDate, QLocale::LongFormat)) << QLatin1Char('\n');
        if (breach->pwnCount > 0) {
            m_out << QCoreApplication::translate("Cli", "Accounts: %1").arg(locale.toString(breach->pwnCount)) << QLatin1Char('\n');
        }
        m_out << QLatin1Char('\n')
              << (breach->ourDescription.isEmpty() ? breach->factualSummary() : breach->ourDescription) << "\n\n";
        m_out << QCoreApplication::translate("Cli", "What leaked:") << QLatin1Char('\n');
        for (const QString &dataClass : breach->dataClasses) {
            const DataClassInfo info = taxonomy.describe(dataClass);
            m_out << QStringLiteral("  - %1").arg(dataClass);
            if (!info.known) {
                m_out << QCoreApplication::translate("Cli", " (a kind of data this version does not know yet)");
            }
            m_out << QLatin1Char('\n');
        }
        if (!breach->provenanceNotes.isEmpty()) {
            m_out << QLatin1Char('\n') << QCoreApplication::translate("Cli", "Where this comes from: %1").arg(breach->provenanceNotes) << QLatin1Char('\n');
            for (const QString &source : breach->provenanceSources) {
                m_out << QStringLiteral("  %1\n").arg(source);
            }
        }
        m_out << QLatin1Char('\n');
        if (breach->origin == Breach::Origin::Added) {
            m_out << QCoreApplication::translate("Cli", "Entered by hand in this vault.");
        } else if (breach->factsSource == QLatin1String("hibp")) {
            m_out << QCoreApplication::translate("Cli", "Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.");
        } else if (breach->factsSource == QLatin1String("breach-advisor")) {
            m_out << QCoreApplication::translate("Cli", "Facts: Breach Advisor's research from the sources above.");
        } else {
            m_out << QCoreApplication::translate("Cli", "Facts: from an imported catalog file.");
        }
        m_out << QLatin1Char('\n');
        m_out.flush();
        return Success;
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use catalog import, catalog add, catalog list or catalog show."));
}

int CliApplication::normalize(const CommandLine &commandLine)
{
    commandLine.allowOnly({QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"),
                           QStringLiteral("region"), QStringLiteral("language"), QStringLiteral("json")});
    const QStringList phones = commandLine.values(QStringLiteral("phone"));
    const QStringList emails = commandLine.values(QStringLiteral("email"));
    const QStringList usernames = commandLine.values(QStringLiteral("username"));
    if (phones.size() + emails.size() + usernames.size() == 0) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT"));
    }
    const QString region = commandLine.value(QStringLiteral("region"));
    if (!region.isEmpty() && !PhoneNumbers::isKnownRegion(region)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--region \"%1\" is not a known two-letter country code.").arg(region));
    }
    QString language = commandLine.value(QStringLiteral("language"));
    if (language.isEmpty()) {
        language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    }

    QJsonArray results;
    for (const QString &phone : phones) {
        results.append(phoneJson(PhoneNumbers::normalize(phone, region, language)));
    }
    for (const QString &email : emails) {
        results.append(textIdentifierJson("email", EmailAddress::normalize(email)));
    }
    for (const QString &username : usernames) {
        results.append(textIdentifierJson("username", Username::normalize(username)));
    }
    bool allValid = true;
    for (const QJsonValue &result : results) {
        allValid = allValid && result.toObject().value(QLatin1String("valid")).toBool();
    }

    if (commandLine.has(QStringLiteral("json"))) {
        // One identifier: one object (the documented shape); several: an array of them.
        printJson(results.size() == 1 ? QJsonValue(results.first()) : QJsonValue(results));
    } else {
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QString input = result.value(QLatin1String("input")).toString();
            if (!result.value(QLatin1String("valid")).toBool()) {
                m_out << QCoreApplication::translate("Cli", "%1: not valid. %2").arg(input, result.value(QLatin1String("error")).toString()) << Qt::endl;
                continue;
            }
            m_out << QStringLiteral("%1 -> %2").arg(input, result.value(QLatin1String("normalized")).toString());
            if (result.value(QLatin1String("kind")).toString() == QLatin1String("phone")) {
                m_out << QStringLiteral("  (%1, %2").arg(result.value(QLatin1String("region")).toString(),
                                                       result.value(QLatin1String("type")).toString());
                const QString description = result.value(QLatin1String("description")).toString();
                if (!description.isEmpty()) {
                    m_out << QStringLiteral(", %1").arg(description);
                }
                m_out << QLatin1Char(')');
            }
            m_out << Qt::endl;
        }
    }
    return allValid ? Success : Failure;
}

int CliApplication::importLeak(const CommandLine &commandLine)
{
    commandLine.allowOnly(withVaultOptions({QStringLiteral("breach"), QStringLiteral("format"), QStringLiteral("no-header"),
                                            QStringLiteral("delimiter"), QStringLiteral("phone"), QStringLiteral("email"),
                                            QStringLiteral("username"), QStringLiteral("field"),
                                            QStringLiteral("phone-format"), QStringLiteral("region"),
                                            QStringLiteral("exact-phone-validation"), QStringLiteral("memory-mb"),
                                            QStringLiteral("dry-run"), QStringLiteral("json")}));
    const bool json = commandLine.has(QStringLiteral("json"));
    LeakImportOptions options;
    options.path = commandLine.positional().value(1);
    options.breach = commandLine.value(QStringLiteral("breach"));
    if (options.path.isEmpty() || options.breach.isEmpty() || commandLine.positional().size() > 2) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: import FILE --breach NAME [--phone COLUMN]... (see --help)"));
    }
    options.file.format = leakFileFormatFromPath(options.path);
    if (commandLine.has(QStringLiteral("format"))
        && !leakFileFormatFromName(commandLine.value(QStringLiteral("format")), &options.file.format)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--format is csv, tsv or jsonl."));
    }
    options.file.hasHeader = !commandLine.has(QStringLiteral("no-header"));
    if (commandLine.has(QStringLiteral("delimiter"))) {
        const QString delimiter = commandLine.value(QStringLiteral("delimiter"));
        if (delimiter.size() != 1 || delimiter.at(0).unicode() > 127 || delimiter == QLatin1String("\"")) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--delimiter is one ASCII character, like ; or :"));
        }
        options.file.delimiter = delimiter.at(0).toLatin1();
    }
    options.phoneColumns = commandLine.values(QStringLiteral("phone"));
    options.emailColumns = commandLine.values(QStringLiteral("email"));
    options.usernameColumns = commandLine.values(QStringLiteral("username"));
    options.fieldSpecs = commandLine.values(QStringLiteral("field"));
    if (commandLine.has(QStringLiteral("phone-format"))
        && !phoneFormatFromName(commandLine.value(QStringLiteral("phone-format")), &options.phoneFormat)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--phone-format is international, national or auto."));
    }
    options.region = commandLine.value(QStringLiteral("region")).toUpper();
    if (!options.region.isEmpty() && !PhoneNumbers::isKnownRegion(options.region)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--region \"%1\" is not a known two-letter country code.").arg(options.region));
    }
    options.exactPhoneValidation = commandLine.has(QStringLiteral("exact-phone-validation"));
    if (commandLine.has(QStringLiteral("memory-mb"))) {
        bool ok = false;
        const int megabytes = commandLine.value(QStringLiteral("memory-mb")).toInt(&ok);
        if (!ok || megabytes < 16) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--memory-mb is a whole number of 16 or more."));
        }
        options.memoryBudget = std::size_t(megabytes) << 20;
    }

    std::unique_ptr<Vault> vault = openVault(commandLine);
    LeakImporter importer(*vault, options);
    const LeakImportPlan plan = importer.plan();
    if (!json) {
        m_err << QCoreApplication::translate("Cli", "Importing %1 into \"%2\". Columns:").arg(options.path, options.breach) << Qt::endl;
        for (const QString &line : plan.mapping.describe(plan.columns)) {
            m_err << QStringLiteral("  ") << line << Qt::endl;
        }
        m_err << QCoreApplication::translate("Cli", "Phone numbers: %1 format. %2").arg(phoneFormatName(plan.phoneFormat), plan.phoneFormatExplanation)
              << Qt::endl;
    }
    if (commandLine.has(QStringLiteral("dry-run"))) {
        if (json) {
            printJson(plan.toJson());
        }
        return Success;
    }

    const bool showBar = !json && isatty(STDERR_FILENO);
    const auto progress = [this, showBar](const LeakImportProgress &p) {
        if (!showBar) {
            return;
        }
        const QLocale locale;
        const int percent = p.bytesTotal > 0 ? int(100 * p.bytesDone / p.bytesTotal) : 0;
        const int filled = percent * 30 / 100;
        QString line = QStringLiteral("\r[%1%2] %3% ").arg(QString(filled, QLatin1Char('#')), QString(30 - filled, QLatin1Char(' ')))
                           .arg(percent, 3);
        if (p.phase == LeakImportProgress::Phase::Reading) {
            line += QCoreApplication::translate("Cli", "%1 rows, %2 rows/s").arg(locale.toString(p.rows), locale.toString(qint64(p.rowsPerSecond)));
            if (p.secondsLeft >= 0) {
                line += QCoreApplication::translate("Cli", ", about %1 s left").arg(qint64(p.secondsLeft) + 1);
            }
        } else {
            line += QCoreApplication::translate("Cli", "writing the index");
        }
        m_err << line << QStringLiteral("   ");
        m_err.flush();
    };
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
    LeakImportReport report;
    try {
        report = importer.run(progress, &g_interrupted);
    } catch (...) {
        std::signal(SIGINT, SIG_DFL);
        if (showBar) {
            m_err << Qt::endl;
        }
        throw;
    }
    std::signal(SIGINT, SIG_DFL);
    if (showBar) {
        m_err << Qt::endl;
    }
    if (json) {
        printJson(report.toJson());
        return Success;
    }
    const QLocale locale;
    if (report.alreadyImported) {
        m_out << QCoreApplication::translate("Cli", "This file was imported into \"%1\" before with the same settings (import %2). Nothing changed.")
                     .arg(options.breach)
                     .arg(report.importId)
              << Qt::endl;
        return Success;
    }
    m_out << QCoreApplication::translate("Cli", "Imported %1 of %2 rows into \"%3\" in %4 s (%5 rows/s): %6 records, %7 bytes on disk.")
                 .arg(locale.toString(report.imported), locale.toString(report.rows), options.breach)
                 .arg(report.seconds, 0, 'f', 1)
                 .arg(locale.toString(qint64(report.seconds > 0 ? double(report.rows) / report.seconds : 0)),
                      locale.toString(report.records), locale.toString(report.bytes))
          << Qt::endl;
    if (report.skipped > 0) {
        m_out << QCoreApplication::translate("Cli", "Skipped %1 rows without a valid phone number, e-mail or username, for example:")
                     .arg(locale.toString(report.skipped))
              << Qt::endl;
        for (const LeakImportReport::Skipped &skipped : std::as_const(report.skippedExamples).mid(0, 10)) {
            m_out << QCoreApplication::translate("Cli", "  line %1: %2").arg(skipped.line).arg(skipped.reason) << Qt::endl;
        }
    }
    return Success;
}

int CliApplication::check(const CommandLine &commandLine)
{
    commandLine.allowOnly(withVaultOptions({QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"),
                                            QStringLiteral("region"), QStringLiteral("uses"), QStringLiteral("platform"),
                                            QStringLiteral("json")}));
    QList<IdentityCheck::Input> inputs;
    for (const QString &phone : commandLine.values(QStringLiteral("phone"))) {
        inputs << IdentityCheck::Input{IdentifierKind::Phone, phone};
    }
    for (const QString &email : commandLine.values(QStringLiteral("email"))) {
        inputs << IdentityCheck::Input{IdentifierKind::Email, email};
    }
    for (const QString &username : commandLine.values(QStringLiteral("username"))) {
        inputs << IdentityCheck::Input{IdentifierKind::Username, username};
    }
    if (inputs.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--region CC]"));
    }
    const QString region = commandLine.value(QStringLiteral("region")).toUpper();
    if (!region.isEmpty() && !PhoneNumbers::isKnownRegion(region)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--region \"%1\" is not a known two-letter country code.").arg(region));
    }
    std::unique_ptr<Vault> vault = openVault(commandLine);
    PersonalPlan::Request request{inputs, region, commandLine.values(QStringLiteral("uses")),
                                  commandLine.values(QStringLiteral("platform"))};
    const PersonalPlan::Result planned = PersonalPlan(*vault).build(request);
    const QList<IdentityCheck::Result> &results = planned.identifiers;

    if (commandLine.has(QStringLiteral("json"))) {
        QJsonArray identifiers;
        for (const IdentityCheck::Result &result : results) {
            QJsonArray matches;
            for (const IdentityCheck::BreachMatch &match : result.matches) {
                matches.append(QJsonObject{{QLatin1String("breach"), match.breach},
                                           {QLatin1String("title"), match.title},
                                           {QLatin1String("fields"), QJsonArray::fromStringList(match.fields)},
                                           {QLatin1String("breach_classes"), QJsonArray::fromStringList(match.breachClasses)}});
            }
            identifiers.append(QJsonObject{{QLatin1String("kind"), identifierKindName(result.kind)},
                                           {QLatin1String("input"), result.input},
                                           {QLatin1String("normalized"), orNull(result.normalized)},
                                           {QLatin1String("valid"), result.valid},
                                           {QLatin1String("region"), orNull(result.region)},
                                           {QLatin1String("error"), orNull(result.error)},
                                           {QLatin1String("error_code"), orNull(result.errorCode)},
                                           {QLatin1String("matches"), matches}});
        }
        printJson(QJsonObject{{QLatin1String("identifiers"), identifiers},
                              {QLatin1String("regions"), QJsonArray::fromStringList(planned.context.regions)},
                              {QLatin1String("plan"), planJson(planned.items)}});
        return Success;
    }

    // Summary first, in calm words; then each identifier.
    int found = 0;
    QSet<QString> breachNames;
    for (const IdentityCheck::Result &result : results) {
        found += result.matches.isEmpty() ? 0 : 1;
        for (const IdentityCheck::BreachMatch &match : result.matches) {
            breachNames.insert(match.title.isEmpty() ? match.breach : match.title);
        }
    }
    const int imports = int(LeakIndex(vault->database()).imports().size());
    if (found == 0) {
        m_out << QCoreApplication::translate("Cli", "None of these were found in the leak files imported into this vault (imports: %1).").arg(imports)
              << Qt::endl
              << QCoreApplication::translate("Cli", "That does not mean they never leaked: only the imported files were checked.") << Qt::endl;
    } else {
        QStringList names = breachNames.values();
        names.sort();
        m_out << QCoreApplication::translate("Cli", "Found %1 of %2 in: %3. This does not mean anyone has used your accounts.")
                     .arg(found)
                     .arg(results.size())
                     .arg(names.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    for (const IdentityCheck::Result &result : results) {
        m_out << Qt::endl << result.input;
        if (!result.valid) {
            m_out << QCoreApplication::translate("Cli", ": not checked. %1").arg(result.error) << Qt::endl;
            continue;
        }
        m_out << QStringLiteral(" (%1)").arg(result.normalized) << Qt::endl;
        if (result.matches.isEmpty()) {
            m_out << QCoreApplication::translate("Cli", "  not found") << Qt::endl;
        }
        for (const IdentityCheck::BreachMatch &match : result.matches) {
            m_out << QCoreApplication::translate("Cli", "  in %1: %2").arg(match.title, match.fields.join(QStringLiteral(", "))) << Qt::endl;
        }
    }
    if (!planned.items.isEmpty()) {
        m_out << Qt::endl;
        printPlan(planned.items, planned.context.platforms, false);
    }
    return Success;
}

int CliApplication::index(const CommandLine &commandLine)
{
    const QString action = commandLine.positional().value(1);
    if (action == QLatin1String("stats")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        std::unique_ptr<Vault> vault = openVault(commandLine);
        const QList<LeakIndex::ImportInfo> imports = LeakIndex(vault->database()).imports();
        const BreachCatalog catalog(vault->database());
        struct PerBreach { QString name; qint64 imports = 0, rows = 0, records = 0, bytes = 0; };
        QMap<qint64, PerBreach> perBreach;
        qint64 records = 0, bytes = 0;
        QJsonArray importsJson;
        for (const LeakIndex::ImportInfo &import : imports) {
            PerBreach &entry = perBreach[import.breachId];
            entry.name = catalog.find(import.breachId).value_or(Breach()).name;
            ++entry.imports;
            entry.rows += import.rows;
            entry.records += import.records;
            entry.bytes += import.bytes;
            records += import.records;
            bytes += import.bytes;
            importsJson.append(QJsonObject{{QLatin1String("id"), double(import.id)},
                                           {QLatin1String("breach"), entry.name},
                                           {QLatin1String("file"), import.sourceName},
                                           {QLatin1String("imported_at"), import.importedAt.toString(Qt::ISODate)},
                                           {QLatin1String("rows"), double(import.rows)},
                                           {QLatin1String("records"), double(import.records)},
                                           {QLatin1String("skipped"), double(import.skipped)},
                                           {QLatin1String("bytes"), double(import.bytes)},
                                           {QLatin1String("bucket_bits"), import.bucketBits}});
        }
        QFileInfo databaseFile(Vault::databasePath(vault->directory()));
        if (commandLine.has(QStringLiteral("json"))) {
            QJsonArray breaches;
            for (const PerBreach &entry : std::as_const(perBreach)) {
                breaches.append(QJsonObject{{QLatin1String("breach"), entry.name},
                                            {QLatin1String("imports"), double(entry.imports)},
                                            {QLatin1String("rows"), double(entry.rows)},
                                            {QLatin1String("records"), double(entry.records)},
                                            {QLatin1String("bytes"), double(entry.bytes)},
                                            {QLatin1String("bytes_per_record"),
                                             entry.records > 0 ? double(entry.bytes) / double(entry.records) : 0.0}});
            }
            printJson(QJsonObject{{QLatin1String("records"), double(records)},
                                  {QLatin1String("bytes"), double(bytes)},
                                  {QLatin1String("vault_file_bytes"), double(databaseFile.size())},
                                  {QLatin1String("breaches"), breaches},
                                  {QLatin1String("imports"), importsJson}});
            return Success;
        }
        const QLocale locale;
        if (imports.isEmpty()) {
            m_out << QCoreApplication::translate("Cli", "No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME") << Qt::endl;
            return Success;
        }
        m_out << QCoreApplication::translate("Cli", "%1 records in %2 imports, %3 bytes (%4 bytes a record).")
                     .arg(locale.toString(records))
                     .arg(imports.size())
                     .arg(locale.toString(bytes))
                     .arg(records > 0 ? double(bytes) / double(records) : 0.0, 0, 'f', 1)
              << Qt::endl;
        for (const LeakIndex::ImportInfo &import : imports) {
            m_out << QCoreApplication::translate("Cli", "  import %1: %2 from %3, %4 records, %5 bytes")
                         .arg(import.id)
                         .arg(perBreach.value(import.breachId).name, import.sourceName, locale.toString(import.records),
                              locale.toString(import.bytes))
                  << Qt::endl;
        }
        return Success;
    }
    if (action == QLatin1String("remove")) {
        commandLine.allowOnly(kVaultOptions);
        bool ok = false;
        const qint64 id = commandLine.positional().value(2).toLongLong(&ok);
        if (!ok) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: index remove IMPORT_ID (see index stats)"));
        }
        std::unique_ptr<Vault> vault = openVault(commandLine);
        if (!LeakIndex(vault->database()).removeImport(id)) {
            throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "There is no import %1. See index stats.").arg(id));
        }
        m_out << QCoreApplication::translate("Cli", "Removed import %1.").arg(id) << Qt::endl;
        return Success;
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use index stats or index remove IMPORT_ID."));
}

void CliApplication::printPlan(const QList<PlanItem> &items, const QStringList &platforms, bool detailed)
{
    static const char *const sections[] = {QT_TRANSLATE_NOOP("Cli", "Do these first"), QT_TRANSLATE_NOOP("Cli", "Next"),
                                           QT_TRANSLATE_NOOP("Cli", "When you can"), QT_TRANSLATE_NOOP("Cli", "Longer term")};
    int done = 0;
    for (const PlanItem &item : items) {
        done += item.status == QLatin1String("done") || item.status == QLatin1String("not_applicable") ? 1 : 0;
    }
    m_out << QCoreApplication::translate("Cli", "What to do: %1 steps, %2 done.").arg(items.size()).arg(done) << Qt::endl;
    int section = 0;
    bool generalShown = false;
    int number = 0;
    for (const PlanItem &item : items) {
        if (item.step->general && !generalShown) {
            m_out << Qt::endl << QCoreApplication::translate("Cli", "General tips") << Qt::endl;
            generalShown = true;
        } else if (!item.step->general && qMax(1, item.step->priority) != section) {
            section = qMax(1, item.step->priority);
            m_out << Qt::endl << QCoreApplication::translate("Cli", sections[qBound(1, section, 4) - 1]) << Qt::endl; // 0 and 1: do first
        }
        const QString box = item.status == QLatin1String("done") ? QStringLiteral("[x]")
                          : item.status == QLatin1String("skipped") || item.status == QLatin1String("not_applicable")
                              ? QStringLiteral("[-]")
                              : QStringLiteral("[ ]");
        m_out << QStringLiteral("%1 %2. %3 (%4 min) [%5]").arg(box).arg(++number).arg(item.title).arg(item.step->minutes).arg(item.step->id);
        if (item.status == QLatin1String("reopened")) {
            m_out << QCoreApplication::translate("Cli", " - reopened: it leaked again in %1").arg(item.newReasons.join(QStringLiteral(", ")));
        }
        m_out << Qt::endl;
        if (!detailed) {
            continue;
        }
        m_out << QStringLiteral("      ") << item.why << Qt::endl;
        const QStringList shown = platforms.isEmpty() ? ChecklistRules::kPlatforms : platforms;
        QStringList printed;
        for (const QString &platform : shown) {
            const QString text = item.text.instructions.value(platform, item.text.instructions.value(QStringLiteral("all")));
            if (text.isEmpty() || printed.contains(text)) {
                continue;
            }
            printed << text;
            const bool same = item.text.instructions.size() == 1 && item.text.instructions.contains(QStringLiteral("all"));
            m_out << QStringLiteral("      ") << (same ? QString() : QStringLiteral("%1: ").arg(platform)) << text << Qt::endl;
        }
        m_out << QStringLiteral("      ") << QCoreApplication::translate("Cli", "Source: %1").arg(item.text.sources.join(QStringLiteral(" "))) << Qt::endl;
        if (!item.note.isEmpty()) {
            m_out << QStringLiteral("      ") << QCoreApplication::translate("Cli", "Note: %1").arg(item.note) << Qt::endl;
        }
    }
    if (!detailed) {
        m_out << Qt::endl << QCoreApplication::translate("Cli", "Save the person (person add) and run plan --person NAME for the steps in full.") << Qt::endl;
    }
    m_out.flush();
}

int CliApplication::person(const CommandLine &commandLine)
{
    const QString action = commandLine.positional().value(1);
    if (action == QLatin1String("add")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"),
                                                QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("uses"),
                                                QStringLiteral("platform"), QStringLiteral("json")}));
        Person person;
        person.name = commandLine.positional().mid(2).join(QLatin1Char(' ')).trimmed();
        if (person.name.isEmpty()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: person add NAME [--phone TEXT]... [--email TEXT]... (see --help)"));
        }
        person.country = (commandLine.value(QStringLiteral("country")) + commandLine.value(QStringLiteral("region"))).toUpper();
        if (!person.country.isEmpty() && !PhoneNumbers::isKnownRegion(person.country)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "\"%1\" is not a known two-letter country code.").arg(person.country));
        }
        person.platforms = commandLine.values(QStringLiteral("platform"));
        person.uses = commandLine.values(QStringLiteral("uses"));
        for (const QString &phone : commandLine.values(QStringLiteral("phone"))) {
            person.identifiers << qMakePair(IdentifierKind::Phone, phone);
        }
        for (const QString &email : commandLine.values(QStringLiteral("email"))) {
            person.identifiers << qMakePair(IdentifierKind::Email, email);
        }
        for (const QString &username : commandLine.values(QStringLiteral("username"))) {
            person.identifiers << qMakePair(IdentifierKind::Username, username);
        }
        std::unique_ptr<Vault> vault = openVault(commandLine);
        // Validate before saving: a typo would otherwise never match anything.
        const PersonalPlan::Result checked = PersonalPlan(*vault).build(PersonalPlan::requestFor(person));
        for (const IdentityCheck::Result &identifier : checked.identifiers) {
            if (!identifier.valid) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "%1: %2 Nothing was saved.").arg(identifier.input, identifier.error));
            }
        }
        const Person saved = People(vault->database()).add(person);
        m_out << QCoreApplication::translate("Cli", "Saved %1 with %2 identifiers. See their plan with: plan --person \"%1\"")
                     .arg(saved.name)
                     .arg(saved.identifiers.size())
              << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("list")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        std::unique_ptr<Vault> vault = openVault(commandLine);
        QJsonArray people;
        for (const Person &person : People(vault->database()).list()) {
            const PersonalPlan::Result planned = PersonalPlan(*vault).buildFor(person);
            int done = 0;
            for (const PlanItem &item : planned.items) {
                done += item.status == QLatin1String("done") || item.status == QLatin1String("not_applicable") ? 1 : 0;
            }
            people.append(QJsonObject{{QLatin1String("name"), person.name},
                                      {QLatin1String("country"), orNull(person.country)},
                                      {QLatin1String("identifiers"), int(person.identifiers.size())},
                                      {QLatin1String("steps"), int(planned.items.size())},
                                      {QLatin1String("done"), done}});
            if (!commandLine.has(QStringLiteral("json"))) {
                m_out << QCoreApplication::translate("Cli", "%1: %2 of %3 steps done").arg(person.name).arg(done).arg(planned.items.size()) << Qt::endl;
            }
        }
        if (commandLine.has(QStringLiteral("json"))) {
            printJson(people);
        } else if (people.isEmpty()) {
            m_out << QCoreApplication::translate("Cli", "Nobody saved yet. Add someone with: person add NAME --phone ...") << Qt::endl;
        }
        return Success;
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use person add NAME ... or person list."));
}

int CliApplication::plan(const CommandLine &commandLine)
{
    commandLine.allowOnly(withVaultOptions({QStringLiteral("person"), QStringLiteral("json")}));
    const QString name = commandLine.value(QStringLiteral("person"));
    if (name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: plan --person NAME"));
    }
    std::unique_ptr<Vault> vault = openVault(commandLine);
    const std::optional<Person> person = People(vault->database()).find(name);
    if (!person) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "Nobody called \"%1\" is saved in this vault. See person list.").arg(name));
    }
    const PersonalPlan::Result planned = PersonalPlan(*vault).buildFor(*person);
    if (commandLine.has(QStringLiteral("json"))) {
        QJsonArray identifiers;
        for (const IdentityCheck::Result &result : planned.identifiers) {
            QJsonArray breaches;
            for (const IdentityCheck::BreachMatch &match : result.matches) {
                breaches.append(match.breach);
            }
            identifiers.append(QJsonObject{{QLatin1String("kind"), identifierKindName(result.kind)},
                                           {QLatin1String("input"), result.input},
                                           {QLatin1String("normalized"), orNull(result.normalized)},
                                           {QLatin1String("breaches"), breaches}});
        }
        printJson(QJsonObject{{QLatin1String("person"), person->name},
                              {QLatin1String("regions"), QJsonArray::fromStringList(planned.context.regions)},
                              {QLatin1String("identifiers"), identifiers},
                              {QLatin1String("plan"), planJson(planned.items)}});
        return Success;
    }
    if (planned.context.reasons.isEmpty()) {
        m_out << QCoreApplication::translate("Cli", "%1's details were not found in the leaks imported into this vault, and no service they use is in "
                    "the catalog's breaches. Nothing to do for now; check again after importing more leaks.")
                     .arg(person->name)
              << Qt::endl;
        return Success;
    }
    m_out << QCoreApplication::translate("Cli", "Plan for %1").arg(person->name) << Qt::endl;
    printPlan(planned.items, person->platforms, true);
    return Success;
}

int CliApplication::step(const CommandLine &commandLine)
{
    commandLine.allowOnly(withVaultOptions({QStringLiteral("person"), QStringLiteral("note")}));
    const QString action = commandLine.positional().value(1);
    const QString stepId = commandLine.positional().value(2);
    const QString name = commandLine.value(QStringLiteral("person"));
    static const QMap<QString, QString> statuses = {{QStringLiteral("done"), QStringLiteral("done")},
                                                    {QStringLiteral("skip"), QStringLiteral("skipped")},
                                                    {QStringLiteral("na"), QStringLiteral("not_applicable")}};
    if (!statuses.contains(action) || stepId.isEmpty() || name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: step done|skip|na STEP_ID --person NAME [--note TEXT]"));
    }
    std::unique_ptr<Vault> vault = openVault(commandLine);
    const std::optional<Person> person = People(vault->database()).find(name);
    if (!person) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "Nobody called \"%1\" is saved in this vault. See person list.").arg(name));
    }
    PersonalPlan(*vault).mark(*person, stepId, statuses.value(action), commandLine.value(QStringLiteral("note")));
    m_out << QCoreApplication::translate("Cli", "Marked %1 as %2 for %3.").arg(stepId, statuses.value(action), person->name) << Qt::endl;
    return Success;
}

} // namespace BreachAdvisor::Cli
