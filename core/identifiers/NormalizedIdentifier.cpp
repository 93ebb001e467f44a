#include "NormalizedIdentifier.h"

#include "PhoneNumbers.h"
#include "TextIdentifiers.h"

#include <QStringList>

#include <algorithm>

namespace BreachAdvisor {

namespace {

const QChar kBullet(0x2022);

QString bullets(qsizetype count)
{
    return QString(count, kBullet);
}

// Whatever it is, at most its first and last characters.
QString maskedText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() <= 4) {
        return bullets(3);
    }
    return trimmed.left(1) + bullets(3) + trimmed.right(1);
}

} // namespace

QString NormalizedIdentifier::masked() const
{
    if (!valid) {
        return maskedText(input);
    }
    switch (kind) {
    case IdentifierKind::Phone: {
        const int codeLength = PhoneNumbers::countryCodeLength(normalized);
        const QString national = normalized.mid(1 + codeLength);
        const qsizetype shown = std::min<qsizetype>(4, national.size() / 2);
        QStringList groups;
        for (qsizetype hidden = national.size() - shown; hidden > 0; hidden -= 3) {
            groups << bullets(std::min<qsizetype>(3, hidden));
        }
        groups << national.right(shown);
        return normalized.left(1 + codeLength) + QLatin1Char(' ') + groups.join(QLatin1Char(' '));
    }
    case IdentifierKind::Email: {
        const qsizetype at = normalized.lastIndexOf(QLatin1Char('@'));
        return normalized.left(1) + bullets(3) + normalized.mid(at);
    }
    case IdentifierKind::Username:
        return normalized.left(1) + bullets(3);
    }
    return maskedText(input);
}

} // namespace BreachAdvisor

namespace BreachAdvisor::Identifiers {

NormalizedIdentifier normalize(const IdentifierInput &input, const QString &defaultRegion, const QString &language)
{
    switch (input.kind) {
    case IdentifierKind::Phone:
        return language.isEmpty() ? PhoneNumbers::toE164(input.text, defaultRegion)
                                  : PhoneNumbers::normalize(input.text, defaultRegion, language);
    case IdentifierKind::Email: return EmailAddress::normalize(input.text);
    case IdentifierKind::Username: return Username::normalize(input.text);
    }
    return {};
}

std::optional<IdentifierInput> inputFromLine(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    for (const IdentifierKind kind : {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Username}) {
        const QString prefix = identifierKindName(kind) + QLatin1Char(':');
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            return IdentifierInput{kind, text.mid(prefix.size()).trimmed()};
        }
    }
    if (text.indexOf(QLatin1Char('@')) > 0) {
        return IdentifierInput{IdentifierKind::Email, text};
    }
    int digits = 0;
    bool phoneLike = true;
    for (const QChar c : PhoneNumbers::asciiDigits(text)) {
        if (c.isDigit()) {
            ++digits;
        } else if (!(c.isSpace() || QStringLiteral("+-().").contains(c))) {
            phoneLike = false;
            break;
        }
    }
    return IdentifierInput{phoneLike && digits >= 5 ? IdentifierKind::Phone : IdentifierKind::Username, text};
}

} // namespace BreachAdvisor::Identifiers
