#include "ChecklistEngine.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace BreachAdvisor {

namespace {

// Rule texts are translated in the "checklist" context (see translations/checklist_strings.cpp).
QString ruleText(const QString &text)
{
    return QCoreApplication::translate("checklist", text.toUtf8().constData());
}

bool intersects(const QStringList &a, const QStringList &b)
{
    return std::any_of(a.cbegin(), a.cend(), [&b](const QString &item) { return b.contains(item); });
}

QString joined(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.value(0);
    }
    //: a list: "%1 and %2" where %1 is "a, b" and %2 the last item
    return QCoreApplication::translate("ChecklistEngine", "%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

} // namespace

ChecklistEngine::ChecklistEngine(const ChecklistRules &rules, const DataClassTaxonomy &taxonomy)
    : m_rules(rules)
    , m_taxonomy(taxonomy)
{
}

QStringList ChecklistEngine::servicesOf(const PlanReason &reason) const
{
    QStringList services;
    for (const Service &service : m_rules.services()) {
        if (service.breaches.contains(reason.breach, Qt::CaseInsensitive)
            || (!reason.domain.isEmpty() && service.domains.contains(reason.domain.toLower()))) {
            services << service.id;
        }
    }
    return services;
}

QStringList ChecklistEngine::servicesOfEmail(const QString &normalizedEmail) const
{
    const QString domain = normalizedEmail.section(QLatin1Char('@'), 1).toLower();
    QStringList services;
    for (const Service &service : m_rules.services()) {
        if (!domain.isEmpty() && service.mailDomains.contains(domain)) {
            services << service.id;
        }
    }
    return services;
}

QString ChecklistEngine::phrase(const QString &dataClass) const
{
    const DataClassInfo info = m_taxonomy.describe(dataClass);
    return info.phrase.isEmpty() ? dataClass.toLower() : ruleText(info.phrase);
}

bool ChecklistEngine::holds(const StepCondition &condition, const PlanReason &reason, const PlanContext &context,
                            QStringList *matchedFields) const
{
    if (!condition.leakedAll.isEmpty()
        && !std::all_of(condition.leakedAll.cbegin(), condition.leakedAll.cend(),
                        [&reason](const QString &name) { return reason.fields.contains(name); })) {
        return false;
    }
    if (!condition.leakedAny.isEmpty() && !intersects(condition.leakedAny, reason.fields)) {
        return false;
    }
    // A service condition holds for a breach at the service; for a breach elsewhere, it
    // holds when the person uses the service and the condition's data classes leaked.
    if (!condition.services.isEmpty()) {
        const bool atService = intersects(condition.services, servicesOf(reason));
        const bool namesClasses = !condition.leakedAny.isEmpty() || !condition.leakedAll.isEmpty();
        if (!atService && !(namesClasses && intersects(condition.services, context.uses))) {
            return false;
        }
    }
    if (!condition.breachFlags.isEmpty() && !intersects(condition.breachFlags, reason.flags)) {
        return false;
    }
    if (!condition.regions.isEmpty() && !intersects(condition.regions, context.regions)) {
        return false;
    }
    if (!condition.platforms.isEmpty() && !context.platforms.isEmpty() && !intersects(condition.platforms, context.platforms)) {
        return false;
    }
    for (const QString &field : reason.fields) {
        if ((condition.leakedAny.contains(field) || condition.leakedAll.contains(field)) && !matchedFields->contains(field)) {
            *matchedFields << field;
        }
    }
    return true;
}

QString ChecklistEngine::reasonSentence(const PlanReason &reason, const QStringList &fields) const
{
    QStringList phrases;
    for (const QString &field : fields) {
        phrases << phrase(field);
    }
    const QString what = joined(phrases);
    // "Facebook (2019)", but not "... list (2022) (2022)".
    const QString year = reason.date.isValid() ? QString::number(reason.date.year()) : QString();
    const QString breach = year.isEmpty() || reason.title.contains(year) ? reason.title
                                                                          : QStringLiteral("%1 (%2)").arg(reason.title, year);
    if (reason.evidence == Evidence::Possible) {
        //: %1 a breach at a service the person uses, %2 what leaked there ("phone number and name")
        return QCoreApplication::translate("ChecklistEngine", "Your %2 may also be in %1, a leak at a service you use.").arg(breach, what);
    }
    if (phrases.size() == 1) {
        return QCoreApplication::translate("ChecklistEngine", "Your %2 was in %1.").arg(breach, what);
    }
    return QCoreApplication::translate("ChecklistEngine", "Your %2 were in %1.").arg(breach, what);
}

QList<PlanItem> ChecklistEngine::plan(const PlanContext &context) const
{
    QList<PlanItem> items;
    if (context.reasons.isEmpty()) {
        return items;
    }
    for (const ChecklistStep &step : m_rules.steps()) {
        if (step.onlyInListedRegions && !intersects(step.byRegion.keys(), context.regions)) {
            continue;
        }
        PlanItem item;
        item.step = &step;
        QStringList sentences;
        for (const PlanReason &reason : context.reasons) {
            QStringList matched;
            bool applies = false;
            for (const StepCondition &condition : step.when) {
                applies = holds(condition, reason, context, &matched) || applies;
            }
            if (!applies) {
                continue;
            }
            const QStringList named = matched.isEmpty() ? reason.fields : matched;
            for (const QString &field : named) {
                item.severity = std::max(item.severity, m_taxonomy.describe(field).severity);
            }
            PlanReason namedReason = reason;
            namedReason.fields = named;
            item.reasons << namedReason;
            if (!step.general) {
                sentences << reasonSentence(reason, named);
            }
        }
        if (item.reasons.isEmpty()) {
            continue;
        }
        if (step.general) {
            sentences << QCoreApplication::translate("ChecklistEngine", "A general tip, not caused by a particular leak.");
        }
        sentences << ruleText(step.why);
        item.title = ruleText(step.title);
        item.why = sentences.join(QLatin1Char(' '));
        item.text = step.textFor(context.regions);
        for (auto it = item.text.instructions.begin(); it != item.text.instructions.end(); ++it) {
            it.value() = ruleText(it.value());
        }
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const PlanItem &a, const PlanItem &b) {
        if (a.step->general != b.step->general) return !a.step->general;
        if (a.step->priority != b.step->priority) return a.step->priority < b.step->priority;
        if (a.severity != b.severity) return a.severity > b.severity;
        if (a.step->minutes != b.step->minutes) return a.step->minutes < b.step->minutes;
        return a.step->id < b.step->id;
    });
    return items;
}

} // namespace BreachAdvisor
