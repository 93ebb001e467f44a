#pragma once

#include "Plan.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

// Turns what leaked into a plan a good advisor would write:
// - possible reasons (breaches at services the person uses) are weighed by the share of the
//   service's users they held; small ones fold into one "if you used ..." line, unlikely ones
//   never lead and never call for a password change, and possible reasons only bring steps
//   of priority 0 to 2;
// - steps that do the same for this person and breach ("does") are one step;
// - the most protective step for each kind of data that leaked ("leads") comes first, at most
//   three "do these first", then the leading steps that did not fit there, then priority, the
//   severity of what leaked, effort; general tips last, and alone when nothing was found.
class ChecklistEngine
{
public:
    ChecklistEngine(const ChecklistRules &rules, const DataClassTaxonomy &taxonomy);

    // The plan for a context: items, folded possibilities, and the context with its possible
    // reasons weighed. Identifiers and warnings are the caller's.
    Plan build(const PlanContext &context) const;
    QList<PlanItem> plan(const PlanContext &context) const { return build(context).items; }
    // Weighs a possible reason for a person in these countries: likelihood, share, the facts
    // in words and their sources, and what the breach really is.
    void weigh(PlanReason &reason, const QStringList &regions) const;
    // Makes each event one reason: a resale or repack folds into the breach it re-sells when
    // both are there, and a possible reason keeps only the data classes most of its records
    // held (the rest go to rareFields). Idempotent; build() calls it first.
    void consolidate(PlanContext &context) const;
    // The services a breach belongs to (by domain or name).
    QStringList servicesOf(const PlanReason &reason) const;
    // Services implied by e-mail addresses (gmail.com → google).
    QStringList servicesOfEmail(const QString &normalizedEmail) const;
    // An address at a domain that is no provider of personal mail: a work or school's.
    bool isWorkAddress(const QString &normalizedEmail) const;
    // "phone number", "name", "profile photo": a data class as a person says it.
    QString phrase(const QString &dataClass) const;

private:
    struct Candidate;

    bool holds(const StepCondition &condition, const PlanReason &reason, const PlanContext &context,
               QStringList *matchedFields) const;
    bool admits(const ChecklistStep &step, const PlanReason &reason) const;
    // Would the step apply for one of these reasons in one of its own countries?
    bool appliesToAny(const ChecklistStep &step, const QList<PlanReason> &reasons, const PlanContext &context) const;
    QSet<QString> actionsFor(const ChecklistStep &step, const PlanReason *reason, const PlanContext &context) const;
    void mergeSameActions(QList<Candidate> &candidates, const PlanContext &context) const;
    // When the person did not say which services they use: a service's steps that no leak
    // about that service calls for become one "if you use ..." line (Plan::ifYouUse).
    // ifTheyUsed: steps that would lead if the person used their service.
    void foldServicesNobodySaid(QList<Candidate> &candidates, QList<Candidate> ifTheyUsed, const PlanContext &context, Plan &plan) const;
    void finish(Candidate &candidate, const PlanContext &context) const;
    QString whyOf(const Candidate &candidate, QSet<QString> &explained) const;
    QString reasonSentence(const PlanReason &reason, bool withFacts) const;
    // Adds "only about 2.5 million of its records had an e-mail address" for its rare fields.
    void appendRareFields(PlanReason &reason, const BreachFacts *facts) const;
    QString fieldsPhrase(const QStringList &fields) const;
    QString accountName(const PlanReason &reason) const;

    const ChecklistRules &m_rules;
    const DataClassTaxonomy &m_taxonomy;
};

} // namespace BreachAdvisor
