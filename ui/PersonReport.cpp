#include "PersonReport.h"

#include "VaultSession.h"

#include <algorithm>

namespace BreachAdvisor::Ui {

PersonReport PersonReport::forPerson(VaultSession &session, const Person &person)
{
    PersonReport report;
    report.person = person;
    report.plan = session.planFor(person);
    report.collectBreaches(session);
    return report;
}

PersonReport PersonReport::forIdentifiers(VaultSession &session, const QList<IdentifierInput> &identifiers, const QString &region,
                                          const QStringList &uses)
{
    PersonReport report;
    report.plan = session.planFor(identifiers, region, uses, {});
    report.collectBreaches(session);
    return report;
}

void PersonReport::collectBreaches(VaultSession &session)
{
    summary = session.summarize(plan.identifiers);
    imports = summary.imports;
    catalogVersion = session.info().bundledCatalogVersion;
    for (const PlanReason &reason : std::as_const(plan.context.reasons)) {
        if (!reason.isBreach()) {
            continue; // a known password: its step says so
        }
        const Breach breach = session.breach(reason.breach).value_or(Breach());
        breaches << FoundBreach{breach, reason.fields, reason.evidence, reason.likelihoodText, reason.likelihoodSources, reason.about, reason.sites};
    }
    std::stable_sort(breaches.begin(), breaches.end(), [](const FoundBreach &a, const FoundBreach &b) {
        if (a.evidence != b.evidence) return int(a.evidence) < int(b.evidence);
        return a.breach.breachDate > b.breach.breachDate; // newest first
    });
}

} // namespace BreachAdvisor::Ui
