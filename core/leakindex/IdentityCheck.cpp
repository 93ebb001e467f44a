#include "IdentityCheck.h"

#include "BreachCatalog.h"
#include "LeakIndex.h"
#include "PhoneNumbers.h"
#include "SqlCipher.h"
#include "TextIdentifiers.h"
#include "Vault.h"

#include <QHash>

namespace BreachAdvisor {

IdentityCheck::IdentityCheck(Vault &vault)
    : m_vault(vault)
{
}

QList<IdentityCheck::Result> IdentityCheck::check(const QList<Input> &inputs, const QString &region)
{
    QList<Result> results;
    QList<IdentifierHasher::Digest> digests;
    QList<qsizetype> digestOwner;
    const IdentifierHasher hasher(m_vault.identifierKey());
    for (const Input &input : inputs) {
        Result result;
        result.kind = input.kind;
        result.input = input.text;
        if (input.kind == IdentifierKind::Phone) {
            const PhoneNumberResult phone = PhoneNumbers::normalize(input.text, region);
            result.valid = phone.valid;
            result.normalized = phone.e164;
            result.region = phone.region;
            result.error = phone.error;
            result.errorCode = phone.errorCode;
        } else {
            const TextIdentifierResult text = input.kind == IdentifierKind::Email ? EmailAddress::normalize(input.text)
                                                                                  : Username::normalize(input.text);
            result.valid = text.valid;
            result.normalized = text.normalized;
            result.error = text.error;
            result.errorCode = text.errorCode;
        }
        if (result.valid) {
            const QByteArray utf8 = result.normalized.toUtf8();
            digests << hasher.hash(input.kind, std::string_view(utf8.constData(), size_t(utf8.size())));
            digestOwner << results.size();
        }
        results << result;
    }

    const QList<QList<LeakIndex::Match>> found = LeakIndex(m_vault.database()).lookup(digests);
    const BreachCatalog catalog(m_vault.database());
    QHash<qint64, Breach> breaches;
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (const LeakIndex::Match &match : found.at(i)) {
            if (!breaches.contains(match.breachId)) {
                breaches.insert(match.breachId, catalog.find(match.breachId).value_or(Breach()));
            }
            const Breach &breach = breaches[match.breachId];
            results[digestOwner.at(i)].matches << BreachMatch{breach.name, breach.title, match.fields, breach.dataClasses};
        }
    }
    return results;
}

} // namespace BreachAdvisor
