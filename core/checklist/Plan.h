#pragma once

#include "Breach.h"
#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"
#include "IdentityCheck.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace BreachAdvisor {

// Where a person is with one step of their plan.
enum class StepStatus {
    Open,          // to do
    Done,
    Skipped,       // set aside for now; stays reachable and can be restored
    NotApplicable, // set aside: it does not apply to this person
    Reopened,      // was done, but a new breach undid it (see PlanItem::newReasons)
};
// "todo", "done", "skipped", "not_applicable", "reopened": the names the vault and the CLI use.
QString stepStatusName(StepStatus status);
std::optional<StepStatus> stepStatusFromName(const QString &name);

// How sure we are that a breach holds this person's data.
enum class Evidence {
    Confirmed, // a record of theirs is in an imported leak file
    Reported,  // they say a notice named this breach
    Possible,  // a breach at a service they use: it may include them
};
QString evidenceName(Evidence evidence); // "confirmed", "reported", "possible"

// Why a step is in a plan: a breach and what leaked in it.
struct PlanReason
{
    QString breach; // the catalog's Name
    QString title;
    QString domain;
    QDate date;
    QStringList fields; // this person's record's fields, or the breach's classes when not confirmed
    Evidence evidence = Evidence::Confirmed;
    QStringList flags; // "stealer_log", "spam_list", "sensitive", "malware"

    bool isPossibleOnly() const { return evidence == Evidence::Possible; }
    static PlanReason fromBreach(const Breach &breach, const QStringList &fields, Evidence evidence);
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
    QString why;   // the reasons in plain words, then why the step matters
    StepText text; // instructions and sources for the person's country
    // Progress, filled in from the vault for a saved person.
    StepStatus status = StepStatus::Open;
    QString note;
    QDateTime statusChanged;
    QStringList newReasons; // breaches that reopened a finished step

    // Done, or does not apply: counts towards "7 of 12 done".
    bool isFinished() const { return status == StepStatus::Done || status == StepStatus::NotApplicable; }
    // Skipped or not applicable: shown in the "set aside" list, can be restored.
    bool isSetAside() const { return status == StepStatus::Skipped || status == StepStatus::NotApplicable; }
    bool isOpen() const { return status == StepStatus::Open || status == StepStatus::Reopened; }
    // The instructions for "android", "iphone" or "computer"; the general ones when the
    // step has none for that platform; empty when the step does not apply to it.
    QString instructionsFor(const QString &platform) const;
    // The platforms with instructions of their own; empty when one text fits all.
    QStringList platformsWithOwnText() const;
};

// A part of a plan as a person sees it: "Do these first", "Next", ...
struct PlanSection
{
    enum class Kind { DoFirst, Next, WhenYouCan, LongerTerm, GeneralTips };
    Kind kind = Kind::DoFirst;
    QList<qsizetype> items; // indexes into Plan::items, in order
    int finished = 0;

    QString title() const; // translated
};

// A person's checklist: what was checked, why, and the ordered steps with progress.
struct Plan
{
    QList<CheckedIdentifier> identifiers;
    PlanContext context;
    QList<PlanItem> items;

    QList<PlanSection> sections() const;
    int finishedCount() const;
    // The step to do first: the first open step, in plan order; null when none is open.
    const PlanItem *firstOpen() const;
    const PlanItem *item(const QString &stepId) const;
};

} // namespace BreachAdvisor
