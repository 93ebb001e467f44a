#include "VaultHeader.h"

#include "Error.h"
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>

namespace BreachAdvisor {

namespace {

constexpr char kFormatName[] = "breach-advisor-vault";
constexpr char kPassphraseKdf[] = "argon2id13";
constexpr char kRecoveryKdf[] = "blake2b";
constexpr char kNormalization[] = "nfc";

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// What is wrong with a header, for Error(Damaged); the caller adds the file.
class Problem
{
public:
    explicit Problem(const char *what)
        : m_what(what)
    {
    }
    const char *what() const { return m_what; }

private:
    const char *m_what;
};

QByteArray bytesOf(const QJsonObject &object, const char *key, std::size_t size)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        throw Problem(QT_TRANSLATE_NOOP("VaultHeader", "missing or malformed fields"));
    }
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        throw Problem(QT_TRANSLATE_NOOP("VaultHeader", "missing or malformed fields"));
    }
    if (decoded.decoded.size() != qsizetype(size)) {
        throw Problem(QT_TRANSLATE_NOOP("VaultHeader", "a salt or key of the wrong size"));
    }
    return decoded.decoded;
}

// A whole number within [low, high], checked while it is still a double.
quint64 wholeNumberOf(const QJsonObject &object, const char *key, quint64 low, quint64 high)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < double(low)
        || number > double(high)) {
        throw Problem(QT_TRANSLATE_NOOP("VaultHeader", "key-derivation settings out of range"));
    }
    return quint64(number);
}

VaultHeader::PassphraseSlot passphraseSlotOf(const QJsonObject &object)
{
    if (object.value(QLatin1String("kdf")).toString() != QLatin1String(kPassphraseKdf)) {
        throw Problem(QT_TRANSLATE_NOOP("VaultHeader", "unknown key derivation"));
    }
    VaultHeader::PassphraseSlot slot;
    const KdfParams low = KdfParams::minimum();
    const KdfParams high = KdfParams::maximum();
    slot.kdf.opsLimit = wholeNumberOf(object, "opslimit", low.opsLimit, high.opsLimit);
    slot.kdf.memLimit = wholeNumberOf(object, "memlimit", low.memLimit, high.memLimit);
    slot.salt = bytesOf(object, "salt", VaultKeys::kSaltSize);
    slot.wrappedKey = bytesOf(object, "wrapped_key", VaultKeys::kWrappedKeySize);
    const QJsonValue normalization = object.value(QLatin1String("normalization"));
    if (!normalization.isUndefined() && normalization.toString() != QLatin1String(kNormalization)) {
        throw Problem(QT_TRANSLATE_NOOP("VaultHeader", "unknown passphrase normalization"));
    }
    slot.normalized = !normalization.isUndefined();
    return slot;
}

VaultHeader::RecoverySlot recoverySlotOf(const QJsonObject &object)
{
    if (object.value(QLatin1String("kdf")).toString() != QLatin1String(kRecoveryKdf)) {
        throw Problem(QT_TRANSLATE_NOOP("VaultHeader", "unknown key derivation"));
    }
    return {bytesOf(object, "salt", VaultKeys::kSaltSize), bytesOf(object, "wrapped_key", VaultKeys::kWrappedKeySize)};
}

QJsonObject objectOf(const QJsonObject &root, const char *key)
{
    const QJsonValue value = root.value(QLatin1String(key));
    if (!value.isObject()) {
        throw Problem(QT_TRANSLATE_NOOP("VaultHeader", "missing or malformed fields"));
    }
    return value.toObject();
}

QJsonObject toJson(const VaultHeader::PassphraseSlot &slot)
{
    QJsonObject object{
        {QLatin1String("kdf"), QLatin1String(kPassphraseKdf)},
        {QLatin1String("opslimit"), double(slot.kdf.opsLimit)},
        {QLatin1String("memlimit"), double(slot.kdf.memLimit)},
        {QLatin1String("salt"), b64(slot.salt)},
        {QLatin1String("wrapped_key"), b64(slot.wrappedKey)},
    };
    if (slot.normalized) {
        object.insert(QLatin1String("normalization"), QLatin1String(kNormalization));
    }
    return object;
}

QJsonObject toJson(const VaultHeader::RecoverySlot &slot)
{
    return QJsonObject{{QLatin1String("kdf"), QLatin1String(kRecoveryKdf)},
                       {QLatin1String("salt"), b64(slot.salt)},
                       {QLatin1String("wrapped_key"), b64(slot.wrappedKey)}};
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
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("VaultHeader", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    return parse(bytes, path);
}

VaultHeader VaultHeader::parse(const QByteArray &bytes, const QString &path)
{
    const auto damaged = [&path](const char *problem) {
        return Error(ErrorKind::Damaged, QCoreApplication::translate("VaultHeader", "%1 is not a valid vault header (%2). The vault was left untouched.")
                                             .arg(path, QCoreApplication::translate("VaultHeader", problem)));
    };
    if (bytes.size() > kMaxFileSize) {
        throw damaged(QT_TRANSLATE_NOOP("VaultHeader", "far too large"));
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        throw damaged(QT_TRANSLATE_NOOP("VaultHeader", "not JSON"));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormatName)) {
        throw damaged(QT_TRANSLATE_NOOP("VaultHeader", "not a Breach Advisor vault"));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isDouble() && version.toDouble() > kFormatVersion) {
        throw Error(ErrorKind::Damaged,
                    QCoreApplication::translate("VaultHeader", "%1 was made by a newer version of Breach Advisor. Update the app to open it.").arg(path));
    }
    if (!version.isDouble() || version.toDouble() != kFormatVersion) {
        throw damaged(QT_TRANSLATE_NOOP("VaultHeader", "unknown version"));
    }

    VaultHeader header;
    try {
        // The id goes into every wrap's additional data: only a UUID is accepted.
        header.vaultId = root.value(QLatin1String("vault_id")).toString();
        if (QUuid::fromString(header.vaultId).isNull()) {
            throw Problem(QT_TRANSLATE_NOOP("VaultHeader", "missing or malformed fields"));
        }
        header.passphrase = passphraseSlotOf(objectOf(root, "passphrase"));
        if (root.contains(QLatin1String("recovery"))) {
            header.recovery = recoverySlotOf(objectOf(root, "recovery"));
        }
        if (root.contains(QLatin1String("rekey"))) {
            const QJsonObject rekey = objectOf(root, "rekey");
            header.rekey = Rekey{passphraseSlotOf(objectOf(rekey, "passphrase")), recoverySlotOf(objectOf(rekey, "recovery")),
                                 bytesOf(rekey, "previous_key", VaultKeys::kWrappedKeySize)};
        }
    } catch (const Problem &problem) {
        throw damaged(problem.what());
    }
    return header;
}

QByteArray VaultHeader::toJson() const
{
    QJsonObject root{
        {QLatin1String("format"), QLatin1String(kFormatName)},
        {QLatin1String("version"), kFormatVersion},
        {QLatin1String("vault_id"), vaultId},
        {QLatin1String("passphrase"), BreachAdvisor::toJson(passphrase)},
    };
    if (recovery) {
        root.insert(QLatin1String("recovery"), BreachAdvisor::toJson(*recovery));
    }
    if (rekey) {
        root.insert(QLatin1String("rekey"), QJsonObject{{QLatin1String("passphrase"), BreachAdvisor::toJson(rekey->passphrase)},
                                                        {QLatin1String("recovery"), BreachAdvisor::toJson(rekey->recovery)},
                                                        {QLatin1String("previous_key"), b64(rekey->previousKey)}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void VaultHeader::save(const QString &path) const
{
    // Whole or not at all (a full disk must never leave an empty header: that loses the
    // vault), and a header that is in place is never removed.
    QString problem;
    if (!PrivateFile::write(path, toJson(), &problem, PrivateFile::IfUnconfirmed::Keep)) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("VaultHeader", "Cannot write %1: %2. The vault was left as it was.")
                                             .arg(path, problem));
    }
}

} // namespace BreachAdvisor
