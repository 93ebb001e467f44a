#include "NormalizedIdentifier.h"

#include "PhoneNumbers.h"
#include "TextIdentifiers.h"

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

} // namespace BreachAdvisor::Identifiers
