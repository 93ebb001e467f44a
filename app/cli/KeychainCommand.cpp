#include "Commands.h"

#include "CommandLine.h"
#include "VaultSession.h"

#include <QCoreApplication>

namespace BreachAdvisor::Cli {

QString KeychainCommand::name() const
{
    return QStringLiteral("keychain");
}

QString KeychainCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  keychain forget         this computer's keychain no longer remembers the vault's key\n");
}

QString KeychainCommand::details() const
{
    return QCoreApplication::translate("Cli", "--keychain (with any command that opens the vault) unlocks with the key the keychain\n"
                                              "remembers; the first time it asks for the passphrase and then remembers the key.\n"
                                              "keychain forget removes it; the passphrase works as before.");
}

int KeychainCommand::execute(CliContext &context)
{
    if (context.commandLine.positional().value(1) != QLatin1String("forget") || context.commandLine.positional().size() > 2) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: keychain forget"));
    }
    const QString directory = context.vaultDirectory();
    if (!VaultSession::existsAt(directory)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "There is no vault in %1.").arg(directory));
    }
    const QString vaultId = VaultSession::vaultIdAt(directory);
    const KeyStore::Result result = waitForKeyStore([&](KeyStore::Done done) { context.environment.keyStore->remove(vaultId, std::move(done)); });
    if (result.status != KeyStore::Status::Ok) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "The keychain did not forget the key: %1").arg(result.message));
    }
    context.out << QCoreApplication::translate("Cli", "This computer's keychain no longer remembers the vault's key.") << Qt::endl;
    return Success;
}

} // namespace BreachAdvisor::Cli
