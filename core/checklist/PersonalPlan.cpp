#include "PersonalPlan.h"

#include "BreachCatalog.h"
#include "Error.h"

#include <QCoreApplication>

#include <algorithm>

namespace BreachAdvisor {

namespace {

// What a second record of the same breach adds (its fields, its sites), once each.
void mergeInto(QStringList &into, const QStringList &more)
{
    for (const QString &item : more) {
        if (!into.contains(item)) {
            into << item;
        }
    }
}

} // namespace

PersonalPlan::PersonalPlan(const BreachCatalog &catalog, IdentityCheck &check, People &people)
    : m_catalog(catalog)
    , m_check(check)
    , m_people(people)
{
}

PersonalPlan::Request PersonalPlan::requestFor(const Person &person) const
{
    Request request{person.identifiers, person.country, person.uses, person.platforms, {}, m_people.knownPassword(person.id)};
    for (const ReportedBreach &reported : m_people.reportedBreaches(person.id)) {
        if (const std::optional<Breach> breach = m_catalog.find(reported.breachId)) {
            request.reported << qMakePair(*breach, reported.fields);
        }
    }
    return request;
}

const QList<Breach> &PersonalPlan::breaches()
{
    if (!m_breaches) {
        m_breaches = m_catalog.list();
    }
    return *m_breaches;
}

Plan PersonalPlan::build(const Request &request)
{
    const ChecklistRules &rules = ChecklistRules::bundled();
    const ChecklistEngine engine(rules, DataClassTaxonomy::bundled());
    PlanContext context;
    QStringList warnings;

    for (const QString &platform : request.platforms) {
        if (!ChecklistRules::kPlatforms.contains(platform)) {
            throw Error(ErrorKind::Usage,
                        QCoreApplication::translate("PersonalPlan", "\"%1\" is not a platform: use android, iphone or computer.").arg(platform));
        }
        context.platforms << platform;
    }
    context.servicesSaid = !request.uses.isEmpty();
    for (const QString &use : request.uses) {
        const Service *service = rules.service(use);
        if (!service) {
            // One unknown name should not cost the whole plan: say so, and plan without it.
            QStringList known;
            for (const Service &candidate : rules.services()) {
                known << candidate.name;
            }
            warnings << QCoreApplication::translate("PersonalPlan", "\"%1\" is not a service the checklist knows, so the plan leaves it out. "
                                                                    "Known: %2.")
                            .arg(use, known.join(QStringLiteral(", ")));
            continue;
        }
        if (!context.uses.contains(service->id)) {
            context.uses << service->id;
        }
    }

    const QList<CheckedIdentifier> identifiers = m_check.check(request.inputs, request.region);
    if (!request.region.isEmpty()) {
        context.regions << request.region.toUpper();
    }
    QHash<QString, qsizetype> reasonIndex; // breach name -> index in context.reasons
    for (const CheckedIdentifier &checked : identifiers) {
        const NormalizedIdentifier &identifier = checked.identifier;
        if (!identifier.region.isEmpty() && !context.regions.contains(identifier.region)) {
            context.regions << identifier.region;
        }
        if (identifier.valid && identifier.kind == IdentifierKind::Email) {
            // Their mailbox is the account of the service that runs it (gmail.com → Google).
            const QStringList services = engine.servicesOfEmail(identifier.normalized);
            context.otherMail = context.otherMail || services.isEmpty();
            if (engine.isWorkAddress(identifier.normalized) && !context.workAddresses.contains(identifier.normalized)) {
                context.workAddresses << identifier.normalized;
            }
            for (const QString &service : services) {
                if (!context.uses.contains(service)) {
                    context.uses << service;
                }
                if (!context.mailServices.contains(service)) {
                    context.mailServices << service;
                }
            }
        }
        for (const BreachMatch &match : checked.matches) {
            const auto existing = reasonIndex.constFind(match.breach.name);
            if (existing != reasonIndex.constEnd()) {
                PlanReason &reason = context.reasons[*existing];
                mergeInto(reason.fields, match.fields);
                mergeInto(reason.sites, match.sites);
                continue;
            }
            reasonIndex.insert(match.breach.name, context.reasons.size());
            context.reasons << PlanReason::fromBreach(match.breach, match.fields, Evidence::Confirmed);
            context.reasons.last().sites = match.sites;
        }
    }
    // Breaches a notice named: the fields it listed, beside any found in leak files.
    for (const auto &[breach, fields] : request.reported) {
        const auto existing = reasonIndex.constFind(breach.name);
        if (existing != reasonIndex.constEnd()) {
            mergeInto(context.reasons[*existing].fields, fields);
            continue;
        }
        reasonIndex.insert(breach.name, context.reasons.size());
        context.reasons << PlanReason::fromBreach(breach, fields, Evidence::Reported);
    }
    // Breaches at services the person uses: what leaked there may include them.
    if (!context.uses.isEmpty()) {
        for (const Breach &breach : breaches()) {
            if (reasonIndex.contains(breach.name) || breach.isFabricated || breach.isRetired) {
                continue;
            }
            const PlanReason candidate = PlanReason::fromBreach(breach, breach.dataClasses, Evidence::Possible);
            const QStringList services = engine.servicesOf(candidate);
            if (std::any_of(services.cbegin(), services.cend(), [&](const QString &id) { return context.uses.contains(id); })) {
                reasonIndex.insert(breach.name, context.reasons.size());
                context.reasons << candidate;
            }
        }
    }
    if (request.knownPassword) {
        QStringList usedAt;
        for (const QString &use : request.knownPassword->usedAt) {
            if (const Service *service = rules.service(use)) {
                usedAt << service->name;
            }
        }
        context.reasons << PlanReason::knownPassword(request.knownPassword->seenClass, usedAt, request.knownPassword->foundAt);
    }
    engine.consolidate(context); // one reason per event, before saying whom each is about
    aboutWhom(context, identifiers, request.region.toUpper());

    Plan plan = engine.build(context);
    plan.identifiers = identifiers;
    plan.warnings = warnings;
    plan.coverage.identifiers = int(identifiers.size());
    plan.coverage.checkable = int(std::count_if(identifiers.cbegin(), identifiers.cend(), [](const CheckedIdentifier &checked) { return checked.identifier.valid; }));
    plan.coverage.leakFiles = m_check.leakFileCount();
    return plan;
}

void PersonalPlan::aboutWhom(PlanContext &context, const QList<CheckedIdentifier> &identifiers, const QString &personRegion)
{
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();
    // The data class that holds each kind of identifier in a breach's list.
    const auto classOf = [](IdentifierKind kind) {
        switch (kind) {
        case IdentifierKind::Phone: return QStringLiteral("Phone numbers");
        case IdentifierKind::Email: return QStringLiteral("Email addresses");
        case IdentifierKind::Username: return QStringLiteral("Usernames");
        }
        return QString();
    };
    const auto regionOf = [&](const NormalizedIdentifier &identifier) {
        return identifier.kind == IdentifierKind::Phone && !identifier.region.isEmpty() ? identifier.region : personRegion;
    };
    const auto addUnique = [](QStringList &list, const QString &item) {
        if (!item.isEmpty() && !list.contains(item)) {
            list << item;
        }
    };
    for (PlanReason &reason : context.reasons) {
        for (const CheckedIdentifier &checked : identifiers) {
            const NormalizedIdentifier &identifier = checked.identifier;
            if (!identifier.valid) {
                continue;
            }
            const bool found = std::any_of(checked.matches.cbegin(), checked.matches.cend(),
                                           [&](const BreachMatch &match) {
                                               return match.breach.name == reason.breach || reason.sameEventBreaches.contains(match.breach.name);
                                           });
            const bool mayHold = reason.evidence != Evidence::Confirmed && reason.fields.contains(classOf(identifier.kind), Qt::CaseInsensitive);
            if (found || mayHold) {
                addUnique(reason.identifiers, identifier.normalized);
                addUnique(reason.regions, regionOf(identifier));
            }
        }
        if (reason.evidence != Evidence::Possible) {
            // A national identifier that leaked belongs to its country (an SSN is American).
            for (const QString &field : std::as_const(reason.fields)) {
                const QString country = taxonomy.describe(field).country;
                addUnique(reason.regions, country);
                addUnique(context.regions, country);
            }
        }
    }
}

Plan PersonalPlan::buildFor(const Person &person)
{
    Plan plan = build(requestFor(person));
    applyProgress(plan.items, m_people.progress(person.id));
    return plan;
}

void PersonalPlan::applyProgress(QList<PlanItem> &items, const QHash<QString, StepProgress> &progress)
{
    for (PlanItem &item : items) {
        const auto it = progress.constFind(item.step->id);
        if (it == progress.constEnd()) {
            continue;
        }
        item.note = it->note;
        item.statusChanged = it->changed;
        item.status = it->status;
        if (it->status != StepStatus::Done || !item.step->reopenOnNewLeak) {
            continue;
        }
        for (const PlanReason &reason : std::as_const(item.reasons)) {
            if (!it->reasons.contains(reason.progressKey())) {
                item.newReasons << reason.breach;
            }
        }
        if (!item.newReasons.isEmpty()) {
            item.status = StepStatus::Reopened;
        }
    }
}

std::optional<StepProgress> PersonalPlan::mark(const Person &person, const QString &stepId, StepStatus status,
                                               const std::optional<QString> &note)
{
    if (!ChecklistRules::bundled().step(stepId)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("PersonalPlan", "There is no step \"%1\". The plan lists the step ids.").arg(stepId));
    }
    if (status == StepStatus::Reopened) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("PersonalPlan", "A step is marked done, skipped, not applicable or to do."));
    }
    const Plan plan = buildFor(person);
    const PlanItem *item = plan.item(stepId);
    if (!item) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("PersonalPlan", "\"%1\" is not in %2's plan: see their plan for its steps.")
                                          .arg(stepId, person.name));
    }
    const QHash<QString, StepProgress> all = m_people.progress(person.id);
    const std::optional<StepProgress> previous = all.contains(stepId) ? std::optional(all.value(stepId)) : std::nullopt;
    StepProgress progress{stepId, status, note.value_or(previous ? previous->note : QString()), QDateTime::currentDateTimeUtc(), {}};
    for (const PlanReason &reason : item->reasons) {
        progress.reasons << reason.progressKey();
    }
    m_people.setProgress(person.id, progress);
    return previous;
}

void PersonalPlan::restore(const Person &person, const QString &stepId, const std::optional<StepProgress> &previous)
{
    if (previous) {
        m_people.setProgress(person.id, *previous);
    } else {
        m_people.clearProgress(person.id, stepId);
    }
}

} // namespace BreachAdvisor
