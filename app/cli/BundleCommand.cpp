#include "Commands.h"

#include "BundleKeys.h"
#include "CommandLine.h"
#include "PrivateFile.h"
#include "VaultSession.h"
#include "SecretInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

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
    const QByteArray trusted = BundleKeys::readPublicKeyFile(signerPath);
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

// The help desk's keys from PREFIX.secret (asks for its passphrase).
BundleKeys::HelpDeskKeys openHelpDeskKeys(const QString &keyPath)
{
    const QByteArray keyFile = readSmall(keyPath, BundleKeys::kMaxFileSize);
    const SecureBuffer passphrase = SecretInput::passphrase(QString(), false, kPassphraseVariable);
    return BundleKeys::openSecretFile(keyFile, passphrase, keyPath);
}

QList<qint64> importIdsOf(const CliContext &context)
{
    QList<qint64> ids;
    for (const QString &value : context.commandLine.values(QStringLiteral("import"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--import takes an import's number (index list shows them), not %1.")
                                              .arg(value));
        }
        if (!ids.contains(id)) {
            ids << id;
        }
    }
    return ids;
}

QString localTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

int exportBundle(CliContext &context)
{
    const QString keyPath = context.commandLine.value(QStringLiteral("key"));
    const QString out = context.commandLine.value(QStringLiteral("out"));
    if (keyPath.isEmpty() || out.isEmpty() || context.commandLine.positional().size() > 2) {
        throw Error(ErrorKind::Usage,
                    QCoreApplication::translate("Cli", "Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]"));
    }
    const QList<qint64> importIds = importIdsOf(context);
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink()) {
        throw Error(ErrorKind::AlreadyExists, QCoreApplication::translate("Cli", "%1 exists already. Choose another --out.").arg(out));
    }
    const BundleKeys::HelpDeskKeys keys = openHelpDeskKeys(keyPath);
    const BundleExportReport report = context.session().exportBundle(out, keys, importIds);
    const QString fingerprint = BundleKeys::fingerprint(keys.publicKey);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), out},
                                      {QStringLiteral("bundle_id"), report.header.bundleId},
                                      {QStringLiteral("created_at"), report.header.createdAt.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("fingerprint"), fingerprint},
                                      {QStringLiteral("breaches"), report.breaches},
                                      {QStringLiteral("imports"), report.imports},
                                      {QStringLiteral("records"), double(report.records)}});
        return Success;
    }
    context.out << QCoreApplication::translate("Cli", "Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, "
                                                      "encrypted with the content key and signed with the key %4.",
                                               nullptr, report.imports)
                       .arg(out)
                       .arg(report.breaches)
                       .arg(QLocale().toString(report.records))
                       .arg(fingerprint)
                << Qt::endl
                << QCoreApplication::translate("Cli", "Agents import it with: bundle import %1 --agent-key PREFIX.agent").arg(QFileInfo(out).fileName())
                << Qt::endl;
    return Success;
}

QJsonObject signerJson(const BundleSigner &signer)
{
    return QJsonObject{{QStringLiteral("name"), signer.name},
                       {QStringLiteral("fingerprint"), BundleKeys::fingerprint(signer.publicKey)},
                       {QStringLiteral("trusted_at"), signer.trustedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("last_bundle_at"), signer.lastBundleAt.isValid() ? QJsonValue(signer.lastBundleAt.toString(Qt::ISODateWithMs))
                                                                                      : QJsonValue()}};
}

int trust(CliContext &context)
{
    const QString path = context.commandLine.positional().value(2);
    if (path.isEmpty() || context.commandLine.positional().size() > 3) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: bundle trust PREFIX.pub [--name NAME] [--json]"));
    }
    const QByteArray publicKey = BundleKeys::readPublicKeyFile(path);
    QString name = context.commandLine.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        name = QFileInfo(path).completeBaseName();
    }
    const BundleSigner signer = context.session().trustSigner(publicKey, name);
    if (context.json()) {
        context.printJson(signerJson(signer));
        return Success;
    }
    context.out << QCoreApplication::translate("Cli", "This vault now takes bundles signed by %1 (key %2). Compare the key with the help "
                                                      "desk's, read out over the phone, before you import one.")
                       .arg(signer.name, BundleKeys::fingerprint(signer.publicKey))
                << Qt::endl;
    return Success;
}

int signers(CliContext &context)
{
    const QList<BundleSigner> all = context.session().bundleSigners();
    if (context.json()) {
        QJsonArray array;
        for (const BundleSigner &signer : all) {
            array.append(signerJson(signer));
        }
        context.printJson(array);
        return Success;
    }
    if (all.isEmpty()) {
        context.out << QCoreApplication::translate("Cli", "This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.") << Qt::endl;
    }
    for (const BundleSigner &signer : all) {
        context.out << signer.name << QStringLiteral("  ") << BundleKeys::fingerprint(signer.publicKey) << Qt::endl
                    << QStringLiteral("    ")
                    << (signer.lastBundleAt.isValid()
                            ? QCoreApplication::translate("Cli", "trusted since %1; last bundle made on %2").arg(localTime(signer.trustedAt), localTime(signer.lastBundleAt))
                            : QCoreApplication::translate("Cli", "trusted since %1; no bundle taken yet").arg(localTime(signer.trustedAt)))
                    << Qt::endl;
    }
    return Success;
}

int importBundle(CliContext &context)
{
    const QString path = context.commandLine.positional().value(2);
    const QString agentPath = context.commandLine.value(QStringLiteral("agent-key"));
    if (path.isEmpty() || agentPath.isEmpty() || context.commandLine.positional().size() > 3) {
        throw Error(ErrorKind::Usage,
                    QCoreApplication::translate("Cli", "Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]"));
    }
    const SecureBuffer contentKey = BundleKeys::readAgentKeyFile(agentPath);
    const BundleImportReport report =
        context.session().importBundle(path, QFileInfo(path).fileName(), contentKey, context.commandLine.has(QStringLiteral("allow-older")));
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("bundle_id"), report.header.bundleId},
                                      {QStringLiteral("created_at"), report.header.createdAt.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("signer"), signerJson(report.signer)},
                                      {QStringLiteral("breaches_added"), report.catalog.added},
                                      {QStringLiteral("breaches_updated"), report.catalog.updated},
                                      {QStringLiteral("breaches_unchanged"), report.catalog.unchanged},
                                      {QStringLiteral("imports_added"), report.importsAdded},
                                      {QStringLiteral("imports_already_present"), report.importsAlreadyPresent},
                                      {QStringLiteral("records"), double(report.records)},
                                      {QStringLiteral("older"), report.older}});
        return Success;
    }
    context.out << QCoreApplication::translate("Cli", "%1 is signed by %2 (key %3) and was made on %4.")
                       .arg(QFileInfo(path).fileName(), report.signer.name, BundleKeys::fingerprint(report.signer.publicKey),
                            localTime(report.header.createdAt))
                << Qt::endl;
    if (report.older) {
        context.out << QCoreApplication::translate("Cli", "It is older than the last bundle taken from this help desk; imported because "
                                                          "--allow-older was given.")
                    << Qt::endl;
    }
    context.out << QCoreApplication::translate("Cli", "Breaches: %1 new, %2 updated, %3 unchanged.")
                       .arg(report.catalog.added)
                       .arg(report.catalog.updated)
                       .arg(report.catalog.unchanged)
                << Qt::endl
                << QCoreApplication::translate("Cli", "Leak imports: %1 added (%2 records), %3 already in this vault.")
                       .arg(report.importsAdded)
                       .arg(QLocale().toString(report.records))
                       .arg(report.importsAlreadyPresent)
                << Qt::endl;
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
                                              "                          sign a file (release checksums), and check who signed it\n"
                                              "  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]\n"
                                              "                          the catalog and leak imports, encrypted and signed for agents\n"
                                              "  bundle trust PREFIX.pub [--name NAME] [--json]\n"
                                              "  bundle signers [--json]  the help desks this vault takes bundles from\n"
                                              "  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]\n"
                                              "                          check who signed a bundle, then merge it into the vault\n");
}

QString BundleCommand::details() const
{
    return QCoreApplication::translate("Cli", "  --out PREFIX           keygen: where the key files go; never over existing ones\n"
                                              "  --kdf-strength S       keygen: how slow the passphrase is to guess (interactive,\n"
                                              "                         moderate: the default, sensitive)\n"
                                              "  --key PREFIX.secret    sign, export: the help desk's secret key file\n"
                                              "  --import ID            export: only this import (index list; again for more);\n"
                                              "                         default: every import\n"
                                              "  --name NAME            trust: what to call the help desk (default: the file's name)\n"
                                              "  --agent-key PREFIX.agent  import: the content key the help desk gave agents\n"
                                              "  --allow-older          import: take a bundle older than the last one taken from\n"
                                              "                         its help desk (else refused: it may be an old copy replayed)\n"
                                              "  --signer PREFIX.pub    verify: the public key you trust\n"
                                              "  --signature FILE.sig   verify: the signature (default: FILE.sig)\n"
                                              "The passphrase of PREFIX.secret: the prompt, or BREACH_ADVISOR_BUNDLE_PASSPHRASE for\n"
                                              "scripts. Signatures are Ed25519 over the whole file; OpenSSL can check them too\n"
                                              "(docs/packaging.md). verify exits 4 when the file is not signed by that key; import\n"
                                              "exits 4, with the vault unchanged, for a bundle that is not signed by a trusted help\n"
                                              "desk, was changed or cut, or is for another agent key.");
}

QSet<QString> BundleCommand::valueOptions() const
{
    return {QStringLiteral("out"),    QStringLiteral("kdf-strength"), QStringLiteral("key"),      QStringLiteral("signer"),
            QStringLiteral("signature"), QStringLiteral("import"),   QStringLiteral("name"), QStringLiteral("agent-key")};
}

QSet<QString> BundleCommand::flagOptions() const
{
    return {QStringLiteral("json"), QStringLiteral("allow-older")};
}

bool BundleCommand::runsInShell(const CommandLine &commandLine) const
{
    static const QStringList vaultActions = {QStringLiteral("export"), QStringLiteral("trust"), QStringLiteral("signers"), QStringLiteral("import")};
    return vaultActions.contains(commandLine.positional().value(1));
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
    if (action == QLatin1String("export")) {
        return exportBundle(context);
    }
    if (action == QLatin1String("trust")) {
        return trust(context);
    }
    if (action == QLatin1String("signers")) {
        return signers(context);
    }
    if (action == QLatin1String("import")) {
        return importBundle(context);
    }
    throw Error(ErrorKind::Usage,
                QCoreApplication::translate("Cli", "Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)"));
}

} // namespace BreachAdvisor::Cli
