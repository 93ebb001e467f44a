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
                                              "                          set a new passphrase with the printed recovery key\n"
                                              "  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]\n"
                                              "                          a new key, passphrase and recovery key, for a passphrase\n"
                                              "                          that was compromised\n");
}

QString VaultCommand::details() const
{
    return QCoreApplication::translate("Cli", "  --new-passphrase-file FILE  the new passphrase (else asked twice on the terminal)\n"
                                              "  --recovery-key-file FILE    the recovery key printed when the vault was made\n"
                                              "  --kdf-strength S            interactive, moderate or sensitive; the vault keeps its\n"
                                              "                              own strength unless this is given\n"
                                              "  --json                      rekey: {\"vault\",\"vault_id\",\"recovery_key\"}\n"
                                              "change-passphrase re-wraps the vault's key: fast, and the recovery key keeps working,\n"
                                              "but the database is not re-encrypted, so an old copy of vault.header still opens the\n"
                                              "vault with the old passphrase. rekey re-encrypts the database with a new key and prints\n"
                                              "a new recovery key: the old passphrase, the old recovery key and old copies of\n"
                                              "vault.header stop opening it.");
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

SecureBuffer newPassphrase(CliContext &context)
{
    const QString file = context.commandLine.value(QStringLiteral("new-passphrase-file"));
    SecureBuffer passphrase;
    if (!file.isEmpty()) {
        passphrase = SecretInput::readFile(file);
    } else {
        passphrase = SecretInput::prompt(QT_TRANSLATE_NOOP("SecretInput", "New passphrase: "));
        const SecureBuffer again = SecretInput::prompt(QT_TRANSLATE_NOOP("SecretInput", "The same passphrase again: "));
        if (!passphrase.equals(again)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "The two passphrases differ. Nothing was changed."));
        }
    }
    SecretInput::warnIfWeak(passphrase, context.err);
    return passphrase;
}

// The new recovery key is shown before the vault learns of it (prepareRekey writes nothing;
// finishRekey writes the new slots, then re-encrypts): killed before it was printed, or
// unable to print it, the vault is as it was and the old credentials stay the only ones.
int rekey(CliContext &context)
{
    const std::optional<KdfParams> kdf = context.kdfStrength();
    std::unique_ptr<VaultSession> session = context.openSession();
    const SecureBuffer passphrase = newPassphrase(context);
    const VaultInfo info = session->info();
    const SecureBuffer recoveryKey = session->prepareRekey(passphrase, kdf);
    SecretOutput::Text text;
    if (context.json()) {
        text = SecretOutput::json(QJsonObject{{QLatin1String("vault"), info.directory}, {QLatin1String("vault_id"), info.vaultId}},
                                  QStringLiteral("recovery_key"));
    } else {
        text.before = QCoreApplication::translate("Cli", "Your new recovery key (write it down or print it, and keep it somewhere safe;\n"
                                                         "the old one stops working now):\n\n    ")
                          .toUtf8();
        text.after = "\n\n";
    }
    context.out.flush();
    try {
        SecretOutput::print(text, recoveryKey);
    } catch (const Error &error) {
        session->cancelRekey();
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "%1 The new recovery key could not be shown, so the vault was not "
                                                                            "re-keyed.")
                                             .arg(error.message()));
    }
    session->finishRekey();
    if (!context.json()) {
        context.out << QCoreApplication::translate("Cli", "The vault is re-encrypted with a new key. The old passphrase, the old recovery key and\n"
                                                          "old copies of vault.header no longer open it; a computer that remembered the vault\n"
                                                          "needs the new passphrase once.\n");
    }
    return Success;
}

} // namespace

bool VaultCommand::runsInShell(const CommandLine &commandLine) const
{
    return commandLine.positional().value(1) == QLatin1String("info");
}

int VaultCommand::execute(CliContext &context)
{
    const CommandLine &commandLine = context.commandLine;
    const QString action = commandLine.positional().value(1);
    if (action == QLatin1String("info")) {
        const VaultInfo info = context.session().info();
        if (context.json()) {
            context.printJson(QJsonObject{{QLatin1String("vault"), info.directory},
                                          {QLatin1String("vault_id"), info.vaultId},
                                          {QLatin1String("schema_version"), info.schemaVersion},
                                          {QLatin1String("cipher_version"), info.cipherVersion},
                                          {QLatin1String("sqlite_version"), info.sqliteVersion},
                                          {QLatin1String("breaches"), info.breaches},
                                          {QLatin1String("bundled_catalog_version"), info.bundledCatalogVersion},
                                          {QLatin1String("rekey_pending"), info.rekeyPending}});
            return Success;
        }
        context.out << QCoreApplication::translate("Cli", "Vault %1\n  %2 breaches in the catalog (bundled catalog of %3)\n"
                                                          "  schema version %4, SQLCipher %5\n")
                           .arg(info.directory)
                           .arg(info.breaches)
                           .arg(info.bundledCatalogVersion)
                           .arg(info.schemaVersion)
                           .arg(info.encryptionVersion());
        if (info.rekeyPending) {
            context.out << QCoreApplication::translate("Cli", "  a re-key was started and not finished: the new passphrase finishes it, or run\n"
                                                              "  vault rekey again\n");
        }
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
            context.printNotices(*session);
        } else {
            session = context.openSession();
        }
        session->changePassphrase(newPassphrase(context), kdf);
        context.out << QCoreApplication::translate("Cli", "The passphrase was changed. Your recovery key still works.") << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("rekey")) {
        return rekey(context);
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use vault info, vault change-passphrase, vault recover or vault rekey."));
}

} // namespace BreachAdvisor::Cli
