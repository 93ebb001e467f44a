#include "Commands.h"

#include "CommandLine.h"
#include "SecretInput.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace BreachAdvisor::Cli {

QString VaultCommand::name() const
{
    return QStringLiteral("vault");
}

QString VaultCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  vault info [--json]     what the vault holds\n"
                                              "  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]\n"
                                              "  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]\n"
                                              "                          set a new passphrase with the printed recovery key\n");
}

QString VaultCommand::details() const
{
    return QCoreApplication::translate("Cli", "  --new-passphrase-file FILE  the new passphrase (else asked twice on the terminal)\n"
                                              "  --recovery-key-file FILE    the recovery key printed when the vault was made\n"
                                              "  --kdf-strength S            interactive, moderate or sensitive; the vault keeps its\n"
                                              "                              own strength unless this is given\n"
                                              "A new passphrase re-wraps the vault's key: the database is not re-encrypted, and the\n"
                                              "recovery key keeps working.");
}

QSet<QString> VaultCommand::valueOptions() const
{
    return {QStringLiteral("new-passphrase-file"), QStringLiteral("recovery-key-file"), QStringLiteral("kdf-strength")};
}

QSet<QString> VaultCommand::flagOptions() const
{
    return {QStringLiteral("json")};
}

namespace {

SecureBuffer newPassphrase(const CommandLine &commandLine)
{
    const QString file = commandLine.value(QStringLiteral("new-passphrase-file"));
    if (!file.isEmpty()) {
        return SecretInput::readFile(file);
    }
    SecureBuffer passphrase = SecretInput::prompt(QT_TRANSLATE_NOOP("SecretInput", "New passphrase: "));
    const SecureBuffer again = SecretInput::prompt(QT_TRANSLATE_NOOP("SecretInput", "The same passphrase again: "));
    if (!passphrase.equals(again)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "The two passphrases differ. Nothing was changed."));
    }
    return passphrase;
}

} // namespace

int VaultCommand::execute(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    const QString action = commandLine.positional().value(1);
    if (action == QLatin1String("info")) {
        const VaultInfo info = context.openSession()->info();
        if (context.json()) {
            context.printJson(QJsonObject{{QLatin1String("vault"), info.directory},
                                          {QLatin1String("vault_id"), info.vaultId},
                                          {QLatin1String("schema_version"), info.schemaVersion},
                                          {QLatin1String("cipher_version"), info.cipherVersion},
                                          {QLatin1String("breaches"), info.breaches},
                                          {QLatin1String("bundled_catalog_version"), info.bundledCatalogVersion}});
            return Success;
        }
        context.out << QCoreApplication::translate("Cli", "Vault %1\n  %2 breaches in the catalog (bundled catalog of %3)\n"
                                                          "  schema version %4, SQLCipher %5\n")
                           .arg(info.directory)
                           .arg(info.breaches)
                           .arg(info.bundledCatalogVersion)
                           .arg(info.schemaVersion)
                           .arg(info.cipherVersion);
        return Success;
    }
    if (action == QLatin1String("change-passphrase") || action == QLatin1String("recover")) {
        const std::optional<KdfParams> kdf = context.kdfStrength();
        std::unique_ptr<VaultSession> session;
        if (action == QLatin1String("recover")) {
            if (!commandLine.has(QStringLiteral("recovery-key-file"))) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "vault recover needs --recovery-key-file FILE."));
            }
            const SecureBuffer recoveryKey = SecretInput::readFile(commandLine.value(QStringLiteral("recovery-key-file")));
            session = VaultSession::openWithRecoveryKey(context.vaultDirectory(), recoveryKey.view());
        } else {
            session = context.openSession();
        }
        session->changePassphrase(newPassphrase(commandLine), kdf);
        context.out << QCoreApplication::translate("Cli", "The passphrase was changed. Your recovery key still works.") << Qt::endl;
        return Success;
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use vault info, vault change-passphrase or vault recover."));
}

} // namespace BreachAdvisor::Cli
