#include "Commands.h"

#include "BundleKeys.h"
#include "CommandLine.h"
#include "PrivateFile.h"
#include "SecretInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace BreachAdvisor::Cli {

namespace {

constexpr char kPassphraseVariable[] = "BREACH_ADVISOR_BUNDLE_PASSPHRASE";
constexpr qint64 kMaxSignedFileSize = qint64(64) << 20; // release checksums, notes: small files

QByteArray readSmall(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > limit) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("Cli", "%1 is larger than %2 MiB.").arg(path).arg(limit >> 20));
    }
    const QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit || file.error() != QFileDevice::NoError) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (!PrivateFile::write(path, bytes, &error)) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(path, error));
    }
}

void refuseExisting(const QString &path)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        throw Error(ErrorKind::AlreadyExists,
                    QCoreApplication::translate("Cli", "%1 exists already: keys are never overwritten. Choose another --out.").arg(path));
    }
}

int keygen(CliContext &context)
{
    const QString prefix = context.commandLine.value(QStringLiteral("out"));
    if (prefix.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]"));
    }
    const QString secretPath = prefix + QStringLiteral(".secret");
    const QString publicPath = prefix + QStringLiteral(".pub");
    const QString agentPath = prefix + QStringLiteral(".agent");
    const QString pemPath = prefix + QStringLiteral(".pem");
    for (const QString &path : {secretPath, publicPath, agentPath, pemPath}) {
        refuseExisting(path);
    }
    const SecureBuffer passphrase = SecretInput::passphrase(QString(), true, kPassphraseVariable);
    SecretInput::warnIfWeak(passphrase, context.err);
    const BundleKeys::HelpDeskKeys keys = BundleKeys::generate();
    const QByteArray secret = BundleKeys::sealedSecretFile(keys, passphrase, context.kdfStrength().value_or(KdfParams::moderate()));
    const SecureBuffer agent = BundleKeys::agentKeyFile(keys.contentKey);
    // The agent's key leaves secure memory only to be written; the copy is wiped after.
    const QByteArray agentBytes(agent.chars(), qsizetype(agent.size()));
    try {
        writeFile(secretPath, secret);
        writeFile(publicPath, BundleKeys::publicKeyFile(keys.publicKey));
        writeFile(agentPath, agentBytes);
        writeFile(pemPath, BundleKeys::publicKeyPem(keys.publicKey));
    } catch (...) {
        wipeShared(agentBytes);
        for (const QString &path : {secretPath, publicPath, agentPath, pemPath}) {
            QFile::remove(path); // none of a half-made set is left to be taken for keys
        }
        throw;
    }
    wipeShared(agentBytes);
    const QString fingerprint = BundleKeys::fingerprint(keys.publicKey);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("secret"), secretPath},
                                      {QStringLiteral("public"), publicPath},
                                      {QStringLiteral("agent"), agentPath},
                                      {QStringLiteral("pem"), pemPath},
                                      {QStringLiteral("fingerprint"), fingerprint}});
        return Success;
    }
    context.out << QCoreApplication::translate("Cli", "Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it "
                                                      "at the help desk), %2 (the public key: give it to whoever must trust what you sign) "
                                                      "and %3 (the content key alone, for agents' laptops: it reads bundles, it cannot sign them).")
                       .arg(secretPath, publicPath, agentPath)
                << Qt::endl
                << QCoreApplication::translate("Cli", "%1 is the same public key for OpenSSL.").arg(pemPath) << Qt::endl
                << QCoreApplication::translate("Cli", "Fingerprint: %1 (read it out to compare keys over the phone)").arg(fingerprint) << Qt::endl;
    return Success;
}

int sign(CliContext &context)
{
    const QString path = context.commandLine.positional().value(2);
    const QString keyPath = context.commandLine.value(QStringLiteral("key"));
    if (path.isEmpty() || keyPath.isEmpty() || context.commandLine.positional().size() > 3) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]"));
    }
    const QString signaturePath = context.commandLine.has(QStringLiteral("out")) ? context.commandLine.value(QStringLiteral("out"))
                                                                                   : path + QStringLiteral(".sig");
    const QByteArray keyFile = readSmall(keyPath, BundleKeys::kMaxFileSize);
    const QByteArray message = readSmall(path, kMaxSignedFileSize);
    const SecureBuffer passphrase = SecretInput::passphrase(QString(), false, kPassphraseVariable);
    const BundleKeys::HelpDeskKeys keys = BundleKeys::openSecretFile(keyFile, passphrase, keyPath);
    writeFile(signaturePath, BundleKeys::signatureFile(keys.publicKey, BundleKeys::sign(message, keys)));
    const QString fingerprint = BundleKeys::fingerprint(keys.publicKey);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("signature"), signaturePath},
                                      {QStringLiteral("fingerprint"), fingerprint}});
        return Success;
    }
    context.out << QCoreApplication::translate("Cli", "Signed %1: %2 (key %3).").arg(path, signaturePath, fingerprint) << Qt::endl;
    return Success;
}

int verify(CliContext &context)
{
    const QString path = context.commandLine.positional().value(2);
    const QString signerPath = context.commandLine.value(QStringLiteral("signer"));
    if (path.isEmpty() || signerPath.isEmpty() || context.commandLine.positional().size() > 3) {
        throw Error(ErrorKind::Usage,
                    QCoreApplication::translate("Cli", "Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]"));
    }
    const QString signaturePath = context.commandLine.has(QStringLiteral("signature")) ? context.commandLine.value(QStringLiteral("signature"))
                                                                                         : path + QStringLiteral(".sig");
    const QByteArray trusted = BundleKeys::parsePublicKeyFile(readSmall(signerPath, BundleKeys::kMaxFileSize), signerPath);
    const BundleKeys::Signature signature =
        BundleKeys::parseSignatureFile(readSmall(signaturePath, BundleKeys::kMaxFileSize), signaturePath);
    const QByteArray message = readSmall(path, kMaxSignedFileSize);
    const QString fingerprint = BundleKeys::fingerprint(trusted);
    // The key the signature names must be the trusted one, and the signature must hold.
    const bool verified = signature.publicKey == trusted && BundleKeys::verify(message, signature.signature, trusted);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("verified"), verified},
                                      {QStringLiteral("fingerprint"), fingerprint}});
    } else if (verified) {
        context.out << QCoreApplication::translate("Cli", "%1: signed by the key %2, unchanged since.").arg(path, fingerprint) << Qt::endl;
    }
    if (!verified) {
        throw Error(ErrorKind::RejectedInput,
                    signature.publicKey != trusted
                        ? QCoreApplication::translate("Cli", "%1 was not signed by the key in %2 (it names the key %3). Do not trust it.")
                              .arg(path, signerPath, BundleKeys::fingerprint(signature.publicKey))
                        : QCoreApplication::translate("Cli", "%1 does not match its signature %2: it was changed after it was signed, "
                                                             "or the signature is not its own. Do not trust it.")
                              .arg(path, signaturePath));
    }
    return Success;
}

} // namespace

QString BundleCommand::name() const
{
    return QStringLiteral("bundle");
}

QString BundleCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  bundle keygen --out PREFIX [--kdf-strength S] [--json]\n"
                                              "                          a help desk's keys: PREFIX.secret, .pub, .agent (and .pem)\n"
                                              "  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]\n"
                                              "  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]\n"
                                              "                          sign a file (release checksums), and check who signed it\n");
}

QString BundleCommand::details() const
{
    return QCoreApplication::translate("Cli", "  --out PREFIX           keygen: where the key files go; never over existing ones\n"
                                              "  --kdf-strength S       keygen: how slow the passphrase is to guess (interactive,\n"
                                              "                         moderate: the default, sensitive)\n"
                                              "  --key PREFIX.secret    sign: the help desk's secret key file\n"
                                              "  --signer PREFIX.pub    verify: the public key you trust\n"
                                              "  --signature FILE.sig   verify: the signature (default: FILE.sig)\n"
                                              "The passphrase of PREFIX.secret: the prompt, or BREACH_ADVISOR_BUNDLE_PASSPHRASE for\n"
                                              "scripts. Signatures are Ed25519 over the whole file; OpenSSL can check them too\n"
                                              "(docs/packaging.md). verify exits 4 when the file is not signed by that key.");
}

QSet<QString> BundleCommand::valueOptions() const
{
    return {QStringLiteral("out"), QStringLiteral("kdf-strength"), QStringLiteral("key"), QStringLiteral("signer"), QStringLiteral("signature")};
}

QSet<QString> BundleCommand::flagOptions() const
{
    return {QStringLiteral("json")};
}

int BundleCommand::execute(CliContext &context)
{
    const QString action = context.commandLine.positional().value(1);
    if (action == QLatin1String("keygen")) {
        return keygen(context);
    }
    if (action == QLatin1String("sign")) {
        return sign(context);
    }
    if (action == QLatin1String("verify")) {
        return verify(context);
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: bundle keygen | sign | verify (see bundle --help)"));
}

} // namespace BreachAdvisor::Cli
