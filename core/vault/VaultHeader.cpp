#include "VaultHeader.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace BreachAdvisor {

namespace {

constexpr char kFormatName[] = "breach-advisor-vault";

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromB64(const QJsonObject &object, const char *key, bool *ok)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        *ok = false;
        return {};
    }
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *ok = false;
    }
    return decoded.decoded;
}

} // namespace

QByteArray VaultHeader::additionalData(const char *slot) const
{
    return QByteArray(kFormatName) + ":v1:" + slot + ':' + vaultId.toLatin1();
}

VaultHeader VaultHeader::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("VaultHeader", "There is no vault here: %1 does not exist.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("VaultHeader", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(1 << 16);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = document.object();
    const auto damaged = [&path](const QString &problem) {
        return Error(ErrorKind::Damaged,
                     QCoreApplication::translate("VaultHeader", "%1 is not a valid vault header (%2). The vault was left untouched.").arg(path, problem));
    };
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        throw damaged(QCoreApplication::translate("VaultHeader", "not JSON"));
    }
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormatName)) {
        throw damaged(QCoreApplication::translate("VaultHeader", "not a Breach Advisor vault"));
    }
    const int version = root.value(QLatin1String("version")).toInt();
    if (version > kFormatVersion) {
        throw Error(ErrorKind::Damaged,
                    QCoreApplication::translate("VaultHeader", "%1 was made by a newer version of Breach Advisor. Update the app to open it.").arg(path));
    }
    if (version != kFormatVersion) {
        throw damaged(QCoreApplication::translate("VaultHeader", "unknown version"));
    }

    VaultHeader header;
    bool ok = true;
    header.vaultId = root.value(QLatin1String("vault_id")).toString();
    const QJsonObject pass = root.value(QLatin1String("passphrase")).toObject();
    if (pass.value(QLatin1String("kdf")).toString() != QLatin1String("argon2id13")) {
        throw damaged(QCoreApplication::translate("VaultHeader", "unknown key derivation"));
    }
    header.passphrase.kdf.opsLimit = quint64(pass.value(QLatin1String("opslimit")).toDouble());
    header.passphrase.kdf.memLimit = quint64(pass.value(QLatin1String("memlimit")).toDouble());
    header.passphrase.salt = fromB64(pass, "salt", &ok);
    header.passphrase.wrappedKey = fromB64(pass, "wrapped_key", &ok);
    if (root.contains(QLatin1String("recovery"))) {
        const QJsonObject recovery = root.value(QLatin1String("recovery")).toObject();
        header.recovery = RecoverySlot{fromB64(recovery, "salt", &ok), fromB64(recovery, "wrapped_key", &ok)};
    }
    if (!ok || header.vaultId.isEmpty()) {
        throw damaged(QCoreApplication::translate("VaultHeader", "missing or malformed fields"));
    }
    return header;
}

void VaultHeader::save(const QString &path) const
{
    QJsonObject pass{
        {QLatin1String("kdf"), QLatin1String("argon2id13")},
        {QLatin1String("opslimit"), double(passphrase.kdf.opsLimit)},
        {QLatin1String("memlimit"), double(passphrase.kdf.memLimit)},
        {QLatin1String("salt"), b64(passphrase.salt)},
        {QLatin1String("wrapped_key"), b64(passphrase.wrappedKey)},
    };
    QJsonObject root{
        {QLatin1String("format"), QLatin1String(kFormatName)},
        {QLatin1String("version"), kFormatVersion},
        {QLatin1String("vault_id"), vaultId},
        {QLatin1String("passphrase"), pass},
    };
    if (recovery) {
        root.insert(QLatin1String("recovery"),
                    QJsonObject{{QLatin1String("kdf"), QLatin1String("blake2b")},
                                {QLatin1String("salt"), b64(recovery->salt)},
                                {QLatin1String("wrapped_key"), b64(recovery->wrappedKey)}});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("VaultHeader", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("VaultHeader", "Cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace BreachAdvisor
