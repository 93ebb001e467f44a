#include "Commands.h"

#include "CommandLine.h"
#include "SecretInput.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace BreachAdvisor::Cli {

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  init [--kdf-strength interactive|moderate|sensitive] [--json]\n"
                                              "                          create a vault and print its recovery key\n");
}

QString InitCommand::details() const
{
    return QCoreApplication::translate("Cli", "Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.\n"
                                              "The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.\n"
                                              "  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)\n"
                                              "                    or sensitive\n"
                                              "  --json            {\"vault\",\"vault_id\",\"breaches\",\"recovery_key\"}");
}

QSet<QString> InitCommand::valueOptions() const
{
    return {QStringLiteral("kdf-strength")};
}

QSet<QString> InitCommand::flagOptions() const
{
    return {QStringLiteral("json")};
}

int InitCommand::execute(CliContext &context)
{
    const KdfParams kdf = context.kdfStrength().value_or(KdfParams::moderate());
    const QString directory = context.vaultDirectory();
    const SecureBuffer passphrase = SecretInput::passphrase(context.commandLine.value(QStringLiteral("passphrase-file")), true);
    SecretInput::warnIfWeak(passphrase, context.err);
    VaultSession::Created created = VaultSession::create(directory, passphrase, kdf);
    const VaultInfo info = created.session->info();

    SecretOutput::Text text;
    if (context.json()) {
        text = SecretOutput::json(QJsonObject{{QLatin1String("vault"), directory},
                                              {QLatin1String("vault_id"), info.vaultId},
                                              {QLatin1String("breaches"), info.breaches}},
                                  QStringLiteral("recovery_key"));
    } else {
        text.before = (QCoreApplication::translate("Cli", "Created a vault in %1 with %2 known breaches.\n\n").arg(directory).arg(info.breaches)
                       + QCoreApplication::translate("Cli", "Your recovery key (write it down or print it, and keep it somewhere safe):\n\n    "))
                          .toUtf8();
        text.after = QCoreApplication::translate("Cli", "\n\nIf you forget your passphrase, this key is the only way back into the vault.\n"
                                                        "It is shown only now.\n")
                         .toUtf8();
    }
    // A vault whose recovery key nobody saw is a vault that can be lost: undone.
    context.out.flush();
    try {
        SecretOutput::print(text, created.recoveryKey);
    } catch (const Error &error) {
        VaultSession::discardCreated(std::move(created.session));
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "%1 The recovery key could not be shown, so no vault was created.")
                                             .arg(error.message()));
    }
    return Success;
}

} // namespace BreachAdvisor::Cli
