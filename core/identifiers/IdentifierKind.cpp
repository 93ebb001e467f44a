#include "IdentifierKind.h"

namespace BreachAdvisor {

QString identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Phone: return QStringLiteral("phone");
    case IdentifierKind::Email: return QStringLiteral("email");
    case IdentifierKind::Username: return QStringLiteral("username");
    }
    return QString();
}

std::optional<IdentifierKind> identifierKindFromName(const QString &name)
{
    for (IdentifierKind kind : {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Username}) {
        if (name == identifierKindName(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace BreachAdvisor
