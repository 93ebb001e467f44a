#include "TextIdentifiers.h"

#include <QCoreApplication>
#include <QUrl>

namespace BreachAdvisor {

namespace {

NormalizedIdentifier invalid(IdentifierKind kind, const QString &input, const char *code, const QString &message)
{
    NormalizedIdentifier result;
    result.kind = kind;
    result.input = input;
    result.errorCode = QString::fromLatin1(code);
    result.error = message;
    return result;
}

NormalizedIdentifier validIdentifier(IdentifierKind kind, const QString &input, const QString &normalized)
{
    NormalizedIdentifier result;
    result.kind = kind;
    result.input = input;
    result.valid = true;
    result.normalized = normalized;
    return result;
}

// Far more than any address (254) or username (128) can be once normalized: refused
// before normalization, so a megabyte of text costs nothing.
constexpr qsizetype kMaxInputLength = 1024;

QString prepared(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
}

bool isAllowedInLocalPart(QChar c)
{
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~.");
    if (c.unicode() < 0x80) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || specials.contains(c);
    }
    return c.isLetterOrNumber() || c.isMark(); // internationalized addresses (RFC 6531)
}

bool isValidAsciiLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
        return false;
    }
    for (const QChar c : label) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                     || c == QLatin1Char('-');
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace

namespace EmailAddress {

NormalizedIdentifier normalize(const QString &text)
{
    if (text.size() > kMaxInputLength) {
        return invalid(IdentifierKind::Email, text, "too_long", QCoreApplication::translate("TextIdentifiers", "The e-mail address is too long."));
    }
    const QString address = prepared(text);
    if (address.isEmpty()) {
        return invalid(IdentifierKind::Email, text, "empty", QCoreApplication::translate("TextIdentifiers", "The e-mail address is empty."));
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return invalid(IdentifierKind::Email, text, "missing_at", QCoreApplication::translate("TextIdentifiers", "An e-mail address needs an @, as in name@example.com."));
    }
    if (address.count(QLatin1Char('@')) > 1) {
        return invalid(IdentifierKind::Email, text, "several_at", QCoreApplication::translate("TextIdentifiers", "An e-mail address has only one @."));
    }
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.isEmpty()) {
        return invalid(IdentifierKind::Email, text, "empty_local_part", QCoreApplication::translate("TextIdentifiers", "Something must come before the @."));
    }
    if (local.size() > 64) {
        return invalid(IdentifierKind::Email, text, "local_part_too_long", QCoreApplication::translate("TextIdentifiers", "The part before the @ is longer than 64 characters."));
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String(".."))) {
        return invalid(IdentifierKind::Email, text, "misplaced_dot",
                       QCoreApplication::translate("TextIdentifiers", "The part before the @ cannot start or end with a dot or have two dots in a row."));
    }
    for (const QChar c : local) {
        if (!isAllowedInLocalPart(c)) {
            return invalid(IdentifierKind::Email, text, "invalid_character", QCoreApplication::translate("TextIdentifiers", "\"%1\" cannot be used in an e-mail address.").arg(c));
        }
    }
    if (domain.isEmpty()) {
        return invalid(IdentifierKind::Email, text, "empty_domain", QCoreApplication::translate("TextIdentifiers", "The part after the @ is missing."));
    }
    // Compare domains in one form: "bücher.de" and "xn--bcher-kva.de" are the same.
    const QByteArray ace = QUrl::toAce(domain, QUrl::AceTransitionalProcessing);
    const QStringList labels = QString::fromLatin1(ace).split(QLatin1Char('.'));
    if (ace.isEmpty() || ace.size() > 253) {
        return invalid(IdentifierKind::Email, text, "invalid_domain", QCoreApplication::translate("TextIdentifiers", "\"%1\" is not a valid domain.").arg(domain));
    }
    if (labels.size() < 2) {
        return invalid(IdentifierKind::Email, text, "domain_without_dot", QCoreApplication::translate("TextIdentifiers", "The domain \"%1\" needs a dot, as in example.com.").arg(domain));
    }
    for (const QString &label : labels) {
        if (!isValidAsciiLabel(label)) {
            return invalid(IdentifierKind::Email, text, "invalid_domain", QCoreApplication::translate("TextIdentifiers", "\"%1\" is not a valid domain.").arg(domain));
        }
    }
    bool numeric = false;
    labels.last().toInt(&numeric);
    if (numeric) {
        return invalid(IdentifierKind::Email, text, "invalid_domain", QCoreApplication::translate("TextIdentifiers", "\"%1\" is not a valid domain.").arg(domain));
    }
    const QString unicodeDomain = QUrl::fromAce(ace);
    return validIdentifier(IdentifierKind::Email, text, local + QLatin1Char('@') + unicodeDomain);
}

} // namespace EmailAddress

namespace Username {

NormalizedIdentifier normalize(const QString &text)
{
    if (text.size() > kMaxInputLength) {
        return invalid(IdentifierKind::Username, text, "too_long", QCoreApplication::translate("TextIdentifiers", "The username is longer than 128 characters."));
    }
    QString name = prepared(text).simplified();
    if (name.startsWith(QLatin1Char('@'))) {
        name = name.mid(1).trimmed();
    }
    if (name.isEmpty()) {
        return invalid(IdentifierKind::Username, text, "empty", QCoreApplication::translate("TextIdentifiers", "The username is empty."));
    }
    if (name.size() > 128) {
        return invalid(IdentifierKind::Username, text, "too_long", QCoreApplication::translate("TextIdentifiers", "The username is longer than 128 characters."));
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return invalid(IdentifierKind::Username, text, "invalid_character", QCoreApplication::translate("TextIdentifiers", "The username contains an invisible control character."));
        }
    }
    return validIdentifier(IdentifierKind::Username, text, name);
}

} // namespace Username
} // namespace BreachAdvisor
