#pragma once

#include "Breach.h"
#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

// Why a step is in a plan: a breach and what leaked in it.
struct PlanReason
{
    QString breach; // the catalog's Name
    QString title;
    QString domain;
    QDate date;
    QStringList fields;  // this person's record's fields, or the breach's classes when not certain
    bool certain = true; // false: "may have leaked" — a breach at a service the person uses
    QStringList flags;   // "stealer_log", "spam_list", "sensitive", "malware"

    static PlanReason fromBreach(const Breach &breach, const QStringList &fields, bool certain);
};

// Who the plan is for, and what leaked of theirs.
struct PlanContext
{
    QList<PlanReason> reasons;
    QStringList regions;   // the person's countries: from their phone numbers, or set
    QStringList platforms; // "android", "iphone", "computer", when they said
    QStringList uses;      // service ids they said they use (or implied by their e-mail address)
};

struct PlanItem
{
    const ChecklistStep *step = nullptr;
    QString title; // translated
    QList<PlanReason> reasons;
    Severity severity = Severity::Low;
    QString why; // the reasons in plain words, then why the step matters
    StepText text; // instructions and sources for the person's country
    // Progress, filled in from the vault for a saved person.
    QString status = QStringLiteral("todo"); // todo, done, skipped, not_applicable, reopened
    QString note;
    QDateTime statusChanged;
    QStringList newReasons; // breaches that reopened a finished step
};

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
