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

} // namespace BreachAdvisor::Cli
