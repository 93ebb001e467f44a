#pragma once

#include "Plan.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

// Turns what leaked into an ordered plan: each step whose conditions hold for any
// reason, merged across breaches, ordered by priority, then by the severity of what
// leaked, then by effort; general tips last.
class ChecklistEngine
{
public:
    ChecklistEngine(const ChecklistRules &rules, const DataClassTaxonomy &taxonomy);

    QList<PlanItem> plan(const PlanContext &context) const;
    // The services a breach belongs to (by domain or name).
    QStringList servicesOf(const PlanReason &reason) const;
    // Services implied by e-mail addresses (gmail.com → google).
    QStringList servicesOfEmail(const QString &normalizedEmail) const;
    // "phone number", "name", "profile photo": a data class as a person says it.
    QString phrase(const QString &dataClass) const;

private:
    bool holds(const StepCondition &condition, const PlanReason &reason, const PlanContext &context,
               QStringList *matchedFields) const;
    QString reasonSentence(const PlanReason &reason, const QStringList &fields) const;

    const ChecklistRules &m_rules;
    const DataClassTaxonomy &m_taxonomy;
};

} // namespace BreachAdvisor
