#include "PersonalPlan.h"

#include "BreachCatalog.h"
#include "Error.h"
#include "Vault.h"

#include <QCoreApplication>

namespace BreachAdvisor {

const QStringList PersonalPlan::kStatuses = {QStringLiteral("done"), QStringLiteral("skipped"), QStringLiteral("not_applicable")};

PersonalPlan::PersonalPlan(Vault &vault)
    : m_vault(vault)
{
}

PersonalPlan::Request PersonalPlan::requestFor(const Person &person)
{
    Request request;
    for (const auto &[kind, input] : person.identifiers) {
        request.inputs << IdentityCheck::Input{kind, input};
    }
    request.region = person.country;
    request.uses = person.uses;
    request.platforms = person.platforms;
    return request;
}

PersonalPlan::Result PersonalPlan::build(const Request &request)
{
    const ChecklistRules &rules = ChecklistRules::bundled();
    const ChecklistEngine engine(rules, DataClassTaxonomy::bundled());
    Result result;
    PlanContext &context = result.context;

    for (const QString &platform : request.platforms) {
        if (!ChecklistRules::kPlatforms.contains(platform)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("PersonalPlan", "\"%1\" is not a platform: use android, iphone or computer.").arg(platform));
        }
        context.platforms << platform;
    }
    for (const QString &use : request.uses) {
        const Service *service = rules.service(use);
        if (!service) {
            QStringList known;
            for (const Service &candidate : rules.services()) {
                known << candidate.name;
            }
            throw Error(ErrorKind::Usage, QCoreApplication::translate("PersonalPlan", "\"%1\" is not a service the checklist knows. Known: %2.")
                                              .arg(use, known.join(QStringLiteral(", "))));
        }
        if (!context.uses.contains(service->id)) {
            context.uses << service->id;
        }
    }

    result.identifiers = IdentityCheck(m_vault).check(request.inputs, request.region);
    if (!request.region.isEmpty()) {
        context.regions << request.region.toUpper();
    }
    const BreachCatalog catalog(m_vault.database());
    QHash<QString, qsizetype> reasonIndex; // breach name -> index in context.reasons
    for (const IdentityCheck::Result &identifier : std::as_const(result.identifiers)) {
        if (!identifier.region.isEmpty() && !context.regions.contains(identifier.region)) {
            context.regions << identifier.region;
        }
        if (identifier.valid && identifier.kind == IdentifierKind::Email) {
            for (const QString &service : engine.servicesOfEmail(identifier.normalized)) {
                if (!context.uses.contains(service)) {
                    context.uses << service;
                }
            }
        }
        for (const IdentityCheck::BreachMatch &match : identifier.matches) {
            const auto existing = reasonIndex.constFind(match.breach);
            if (existing != reasonIndex.constEnd()) {
                QStringList &fields = context.reasons[*existing].fields;
                for (const QString &field : match.fields) {
                    if (!fields.contains(field)) {
                        fields << field;
                    }
                }
                continue;
            }
            const Breach breach = catalog.find(match.breach).value_or(Breach());
            reasonIndex.insert(match.breach, context.reasons.size());
            context.reasons << PlanReason::fromBreach(breach, match.fields, true);
        }
    }
    // Breaches at services the person uses: what leaked there may include them.
    if (!context.uses.isEmpty()) {
        for (const Breach &breach : catalog.list()) {
            if (reasonIndex.contains(breach.name) || breach.isFabricated || breach.isRetired) {
                continue;
            }
            const PlanReason candidate = PlanReason::fromBreach(breach, breach.dataClasses, false);
            const QStringList services = engine.servicesOf(candidate);
            if (std::any_of(services.cbegin(), services.cend(), [&](const QString &id) { return context.uses.contains(id); })) {
                reasonIndex.insert(breach.name, context.reasons.size());
                context.reasons << candidate;
            }
        }
    }
    result.items = engine.plan(context);
    return result;
}

PersonalPlan::Result PersonalPlan::buildFor(const Person &person)
{
    Result result = build(requestFor(person));
    applyProgress(result.items, People(m_vault.database()).progress(person.id));
    return result;
}

void PersonalPlan::applyProgress(QList<PlanItem> &items, const QHash<QString, StepProgress> &progress)
{
    for (PlanItem &item : items) {
        const auto it = progress.constFind(item.step->id);
        if (it == progress.constEnd()) {
            continue;
        }
        for (const PlanReason &reason : std::as_const(item.reasons)) {
            if (item.step->reopenOnNewLeak && !it->reasons.contains(reason.breach)) {
                item.newReasons << reason.breach;
            }
        }
        item.note = it->note;
        item.statusChanged = it->changed;
        item.status = item.newReasons.isEmpty() ? it->status : QStringLiteral("reopened");
    }
}

void PersonalPlan::mark(const Person &person, const QString &stepId, const QString &status, const QString &note)
{
    if (!ChecklistRules::bundled().step(stepId)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("PersonalPlan", "There is no step \"%1\". The plan lists the step ids.").arg(stepId));
    }
    if (!kStatuses.contains(status)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("PersonalPlan", "A step is done, skipped or not_applicable."));
    }
    StepProgress progress{stepId, status, note, QDateTime::currentDateTimeUtc(), {}};
    for (const PlanItem &item : build(requestFor(person)).items) {
        if (item.step->id == stepId) {
            for (const PlanReason &reason : item.reasons) {
                progress.reasons << reason.breach;
            }
        }
    }
    People(m_vault.database()).setProgress(person.id, progress);
}

} // namespace BreachAdvisor
