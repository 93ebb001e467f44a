#include "TextIdentifiers.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

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

// The ASCII cases of prepared(): NFKC changes no ASCII text; QString::trimmed() and
// simplified() take these as white space; case folding is lower case.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool isAsciiOnly(std::string_view text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string_view trimmedAscii(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isAsciiSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

char foldedAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

} // namespace

namespace EmailAddress {

bool normalizeAscii(std::string_view text, std::string *normalized)
{
    if (qsizetype(text.size()) > kMaxInputLength || !isAsciiOnly(text)) {
        return false;
    }
    const std::string_view address = trimmedAscii(text);
    const std::size_t at = address.find('@');
    if (at == 0 || at == std::string_view::npos || at > 64 || address.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    normalized->clear();
    for (const char c : address) {
        normalized->push_back(foldedAscii(c));
    }
    const std::string_view local = std::string_view(*normalized).substr(0, at);
    const std::string_view domain = std::string_view(*normalized).substr(at + 1);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos
        || !std::all_of(local.cbegin(), local.cend(), [](char c) { return isAllowedInLocalPart(QLatin1Char(c)); })) {
        return false;
    }
    // Domains of letters, digits and hyphens only, none an A-label ("xn--…", which
    // normalize() turns into Unicode) nor anything IDNA might read otherwise ("ab--").
    if (domain.empty() || domain.size() > 253) {
        return false;
    }
    std::size_t labels = 0;
    std::string_view last;
    for (std::size_t begin = 0; begin <= domain.size(); ++labels) {
        const std::size_t end = std::min(domain.find('.', begin), domain.size());
        last = domain.substr(begin, end - begin);
        if (last.size() >= 4 && last.substr(2, 2) == "--") {
            return false;
        }
        if (!isValidAsciiLabel(QString::fromLatin1(last.data(), qsizetype(last.size())))) {
            return false;
        }
        begin = end + 1;
    }
    return labels >= 2 && !std::all_of(last.cbegin(), last.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

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

bool normalizeAscii(std::string_view text, std::string *normalized)
{
    if (qsizetype(text.size()) > kMaxInputLength || !isAsciiOnly(text)) {
        return false;
    }
    std::string_view name = trimmedAscii(text);
    if (!name.empty() && name.front() == '@') {
        name = trimmedAscii(name.substr(1));
    }
    normalized->clear();
    bool space = false;
    for (const char c : name) {
        if (isAsciiSpace(c)) {
            space = true;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            return false; // a control character: normalize() says which
        }
        if (space) {
            normalized->push_back(' ');
            space = false;
        }
        normalized->push_back(foldedAscii(c));
    }
    return !normalized->empty() && normalized->size() <= 128;
}

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
