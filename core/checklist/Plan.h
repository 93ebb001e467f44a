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

// For a possible reason: how likely the breach holds this person, from the share of the
// service's users it held (sourced counts in services.json and breach-facts.json).
enum class Likelihood {
    Unknown,  // no sourced user count near the breach's date
    Small,    // under 1 in 100 users: folded into one "if you used ..." line
    Unlikely, // under 1 in 10: shown, never among "Do these first", no password steps
    Likely,   // 1 in 10 or more: weighs like a found record
};
QString likelihoodName(Likelihood likelihood); // "unknown", "small", "unlikely", "likely"

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
    qint64 accounts = 0; // the breach's count of accounts (0: unknown)
    // For a possible reason (filled in by the engine):
    Likelihood likelihood = Likelihood::Unknown;
    double share = -1;           // the share of the service's users it held; -1 unknown
    QString likelihoodText{};    // in words, with the facts: "about 44.8 million numbers from Egypt were in it, as reported"
    QStringList likelihoodSources{}; // the pages the counts come from
    QString about{};             // what the breach really is, when the name misleads (translated)
    // Which of the person's identifiers it is about (their normalized forms): those found in
    // it, or for a reported or possible breach those of the kinds it holds.
    QStringList identifiers{};
    // The countries whose steps it calls for: each identifier's own (a phone number's, else
    // the person's country) and those of national identifiers that leaked (an SSN is American).
    QStringList regions{};
    // Other releases of the same event folded into this one ("“WhatsApp” phone number list
    // (2022)", a resale of the 2021 scrape): counted once, named together.
    QStringList sameEvent{};
    QStringList sameEventBreaches{}; // their catalog Names
    QStringList sites{}; // found in a stealer log: the sites (host names) the person's logins were for
    // Data classes only a small share of its records held (the 2021 scrape's e-mail addresses):
    // for a possible reason they are not counted as leaked, and the facts say why.
    QStringList rareFields{};
    QDateTime foundAt{}; // the known password's reason: when it was last found

    // What a finished step remembers of this reason: the breach's name, and for a known
    // password also when it was found, so that one found after the step was done reopens it.
    QString progressKey() const;

    // The flag and name of the one reason that is no breach: a password of the person's is in
    // the list of leaked passwords (People::knownPassword). Only steps whose condition names
    // the flag take it; it words itself (about).
    static constexpr char kKnownPassword[] = "known_password";
    bool isBreach() const { return !flags.contains(QLatin1String(kKnownPassword)); }
    static PlanReason knownPassword(int seenClass, const QStringList &usedAtNames, const QDateTime &foundAt);

    bool isPossibleOnly() const { return evidence == Evidence::Possible; }
    // Found, reported, or a likely possibility: enough to lead a plan or change a password.
    bool isStrong() const { return evidence != Evidence::Possible || likelihood == Likelihood::Likely; }
    // "Facebook (2019)": the title with the year when the title lacks it.
    QString displayTitle() const;
    // The title with the other releases of the same event: "Facebook (2019), also sold as ...".
    QString titleWithSameEvent() const;
    static PlanReason fromBreach(const Breach &breach, const QStringList &fields, Evidence evidence);
};

// Who the plan is for, and what leaked of theirs.
struct PlanContext
{
    QList<PlanReason> reasons;
    QStringList regions;   // the person's countries: from their phone numbers, or set
    QStringList platforms; // "android", "iphone", "computer", when they said
    QStringList uses;      // service ids they said they use (or implied by their e-mail address)
    // The services of their e-mail addresses (gmail.com → google): their mailbox is that
    // account. Empty, or otherMail set, when some address is at a provider no service knows.
    QStringList mailServices;
    bool otherMail = false;
    // Their addresses at a work or school (a domain that is no provider of personal mail):
    // the organisation's IT department runs those mailboxes.
    QStringList workAddresses;
    // The person said which services they use (even none of a service's): without that, a
    // service's steps come only as one "if you use ..." line unless a leak is about it.
    bool servicesSaid = false;
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
    // The most protective step for something that leaked (SSN → credit freeze): it leads.
    bool leads = false;
    // Among the (at most three) steps to do first.
    bool doFirst = false;
    // In the first part of the plan, "this week" (with the steps to do first): at most seven
    // steps, and words a person can read at one sitting. The rest comes later.
    bool thisWeek = false;
    // Steps of the rules that do the same for this person and were merged into this one
    // (a Gmail user's "two-step for your e-mail" is Google's 2-Step Verification).
    QStringList mergedSteps;

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
    // The strongest evidence among its reasons (Confirmed for a general tip without reasons).
    Evidence evidence() const;
    // The titles of the breaches in newReasons ("Adobe (2013)"), as a person reads them.
    QStringList newReasonTitles() const;
    // A reopened step keeps the note written when it was done: it is from before.
    bool noteIsFromBefore() const { return status == StepStatus::Reopened && !note.isEmpty(); }
};

// A part of a plan as a person sees it: "Do these first", "This week", "Later". The first two
// hold at most kMaxThisWeek steps and kMaxWordsThisWeek words (titles, reasons and the
// instructions for the person's own platforms); the rest is "Later" (collapsed in the app, last
// in the handout).
struct PlanSection
{
    enum class Kind { DoFirst, ThisWeek, Later };
    Kind kind = Kind::DoFirst;
    QList<qsizetype> items; // indexes into Plan::items, in order
    int finished = 0;
    static constexpr int kMaxDoFirst = 3;
    static constexpr int kMaxThisWeek = 7;
    static constexpr int kMaxWordsThisWeek = 700;

    QString title() const; // translated
    // "do_first", "this_week", "later": the names JSON uses.
    static QString name(Kind kind);
    static Kind of(const PlanItem &item);
};

// A step that depends on the person's country and was left out because none is known.
struct LeftOutForCountry
{
    QString stepId;
    QString title;          // translated
    QStringList countries;  // where it applies (the step's countries)
};

// What a check could look at, so that "nothing found" is never said when nothing was checked.
struct CheckCoverage
{
    int identifiers = 0;   // given
    int checkable = 0;     // valid, so looked up
    int leakFiles = 0;     // imported leak files in the index
    QStringList services;  // services whose breaches were weighed (named or implied by an e-mail address)
    int reported = 0;      // breaches a notice named

    // Nothing could be looked up anywhere: no identifier was valid, or no leak file is
    // imported and no service or notice gives a breach to weigh.
    bool nothingChecked() const { return reported == 0 && ((identifiers > 0 && checkable == 0) || (leakFiles == 0 && services.isEmpty())); }
    // What was and was not checked, in sentences; empty when both leak files and services were.
    QStringList sentences() const;
    // With no leak file: the sentence asking which services are used; else empty.
    QString noServiceSentence() const;
};

// A small breach at a service the person uses, folded into one line instead of steps.
struct IfYouUsed
{
    PlanReason reason;
    QString text; // "If you used Facebook Marketplace (2023): ... change that password."
};

// A service nobody said they use: its steps in one line instead of in full.
struct IfYouUse
{
    QString service;       // the service's id
    QStringList stepIds;   // the steps folded into the line
    QString text;          // "If you use WhatsApp: Turn on two-step verification in WhatsApp; ..."
};

// How many steps come from each kind of evidence (a step counts under its strongest).
struct EvidenceCounts
{
    int confirmed = 0;
    int reported = 0;
    int possible = 0;
    int general = 0;
};

// A person's checklist: what was checked, why, and the ordered steps with progress.
struct Plan
{
    QList<CheckedIdentifier> identifiers;
    PlanContext context;
    QList<PlanItem> items;
    QList<IfYouUsed> ifYouUsed;
    QList<IfYouUse> ifYouUse;
    // Things the person should know about the request itself ("MySpace" is not a service
    // the checklist knows, so it was left out), one sentence each.
    QStringList warnings;
    CheckCoverage coverage;
    // Steps left out because no country is known (a credit freeze for an SSN leak when the
    // person's country was not given): the plan says so, never silently.
    QList<LeftOutForCountry> leftOutForCountry;

    QList<PlanSection> sections() const;
    EvidenceCounts evidenceCounts() const;
    // "12 steps: 8 from leaks your details were found in, 4 general tips." For a plan with no
    // finding, says that the list is general advice.
    QString evidenceSummary() const;
    // Nothing of the person's was found, reported or likely: only general advice.
    bool isBaseline() const;
    int finishedCount() const;
    // The words a person reads before "Later": titles, reasons and instructions for their own
    // platforms (all platforms' when they said none; each text counted once).
    int wordsThisWeek() const;
    // The same count for one item.
    static int wordsOf(const PlanItem &item, const QStringList &platforms);
    // The step to do first: the first open step, in plan order; null when none is open.
    const PlanItem *firstOpen() const;
    const PlanItem *item(const QString &stepId) const;
};

} // namespace BreachAdvisor
