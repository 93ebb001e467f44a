#pragma once

#include "DataClassTaxonomy.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

// When a step applies. All the given parts must hold; a step has one or more of
// these and applies when any of them does.
struct StepCondition
{
    QStringList leakedAny;   // at least one of these data classes leaked
    QStringList leakedAll;   // all of these leaked (in the same breach)
    QStringList services;    // the breach is at one of these services, or the person uses one
    QStringList breachFlags; // "stealer_log", "spam_list", "sensitive", "malware"
    QStringList regions;     // the person's country is one of these
    QStringList platforms;   // "android", "iphone", "computer" (only when the person said)
    // "work": the breach is about a work or school address of theirs; "personal": about
    // another address, or about no address (their organisation runs a work mailbox, not them).
    QStringList mailboxes;
};

// What to do, as a person reads it; translatable text, sources.
struct StepText
{
    QMap<QString, QString> instructions; // "android", "iphone", "computer", or "all"
    QStringList sources;
    // When the text was last checked against its sources, as year-month ("2026-11").
    // A country text without its own date has the step's date.
    QString reviewed;
};

// A "why" for when only some kinds of data caused the step: used when every field the step
// matched is one of these ("A leaked password hint often gives the password away").
struct WhyVariant
{
    QStringList fields;
    QString why;
};

struct ChecklistStep
{
    QString id;
    QString category;
    int priority = 3;  // 0 before anything else, 1 do first ... 4 longer term
    int minutes = 5;   // estimated effort
    bool general = false; // a general hygiene tip, not caused by what leaked
    // A new breach undoes this step's effect (a password changed before it leaked again):
    // a finished step reopens. Other finished steps stay finished.
    bool reopenOnNewLeak = false;
    QString title;     // short, imperative
    QString why;       // why it matters, in plain words
    QString reviewed;  // year-month the step was last checked against its sources ("2026-11")
    StepText text;     // the default instructions and sources
    QMap<QString, StepText> byRegion; // country-specific instructions and sources
    bool onlyInListedRegions = false; // no default: the step exists only where byRegion has the country
    QList<StepCondition> when;
    QList<WhyVariant> whyFor; // a truer "why" when only some kinds of data caused the step
    // What the step does, as "verb:target" ("two-step:google", "change-password:breached").
    // Targets "mailbox" (the person's e-mail accounts) and "breached" (the account at the
    // breached service) are resolved per person and breach; steps doing the same for the
    // same breach are one step.
    QStringList does;
    // The data classes for which this is the most protective step: it leads the plan
    // when one of them leaked (SSN → credit freeze, card → new card).
    QStringList leads;
    bool leadsForFlags = false; // leads when the breach has a flag its condition names (stealer log)
    // Title and instructions name the breached accounts as %1 ("Change your Adobe password").
    bool namesAccount = false;
    QString file;      // the resource file it came from, for error messages

    // The instructions and sources for a person in one of these countries.
    const StepText &textFor(const QStringList &regions) const;
};

// A published count (users of a service, or of one country in a breach), with its date and
// the page that states it.
struct SourcedCount
{
    qint64 count = 0;
    QString date;   // year-month ("2019-09") or year ("2018") the count is for
    QString source; // https address of the page that states it
    QDate approximateDate() const; // the middle of the year when only the year is known
};

struct Service
{
    QString id;           // "whatsapp"
    QString name;         // "WhatsApp"
    QStringList domains;  // breaches at these domains belong to the service
    QStringList breaches; // and these catalog names
    QStringList mailDomains; // an e-mail address here means the person uses the service
    QList<SourcedCount> users; // how many used it, at dates
    QMap<QString, QList<SourcedCount>> usersByCountry; // the same for one country

    // The count closest to a date, within two years of it; null when there is none.
    const SourcedCount *usersAt(const QDate &date, const QString &country = {}) const;
};

// What we know about one breach beyond the catalog: what it really is, and how many of its
// records were reported per country.
struct BreachFacts
{
    QString breach;      // the catalog's Name
    QString about;       // what it is, in a few words ("a resale of the 2021 Facebook scrape ...")
    QStringList aboutSources;
    QMap<QString, SourcedCount> perCountry; // reported records per country
    // Who counted perCountry: "researchers" (they counted the data itself) or "seller" (what
    // was advertised). A seller's claim is never verified: it never makes a breach likely.
    QString countedBy;
    bool countsVerified() const { return countedBy != QLatin1String("seller"); }
    // The breach this one re-sells or repacks ("WhatsAppNumberList2022" → "Facebook"): one
    // event, counted once and named together.
    QString resaleOf;
    // Records that held a data class, when only some did (the 2021 scrape: e-mail addresses
    // in 2.5 million of its records).
    QMap<QString, SourcedCount> fieldCounts;
};

// A data class that needs no step of its own, with the reason.
struct NoActionNote
{
    QStringList classes;
    QString reason;
};

// The checklist's rules: data in resources/checklist/*.json, validated when loaded
// (problems() lists what is wrong, naming the file and the step).
class ChecklistRules
{
public:
    static const QStringList kCategories;
    static const QStringList kPlatforms;
    // A platform as a person reads it: "Android", "iPhone", "Computer", translated.
    static QString platformName(const QString &platform);
    static const QStringList kBreachFlags;

    static const ChecklistRules &bundled();
    // Loads every *.json in the folder; throws Error(Internal) when a file is unreadable.
    static ChecklistRules load(const QString &directory);

    const QList<ChecklistStep> &steps() const { return m_steps; }
    const QList<Service> &services() const { return m_services; }
    const QList<NoActionNote> &noActionNotes() const { return m_notes; }
    const QList<BreachFacts> &breachFacts() const { return m_facts; }
    const ChecklistStep *step(const QString &id) const;
    const Service *service(const QString &idOrName) const;
    const BreachFacts *factsOf(const QString &breachName) const;
    // Is the domain a provider of personal mail (gmail.com, orange.fr, yahoo.co.uk)? An
    // address elsewhere is taken for a work or school address (mail-providers.json).
    bool isPersonalMailDomain(const QString &domain) const;
    // The country a source address speaks for ("https://www.ncsc.gov.uk/..." → GB), from
    // the host's ending (sources.json); empty for a general source.
    QString countryOfSource(const QString &source) const;

    // Every problem found: duplicate ids, unknown categories, classes, services,
    // regions or platforms, steps without a source, reviewed dates that are not a
    // year-month, data classes neither used by a step nor given a no-action reason.
    // Empty when the rules are sound. (A missing reviewed date is allowed here; the
    // bundled rules' tests require one.)
    QStringList problems(const DataClassTaxonomy &taxonomy) const;

private:
    QList<ChecklistStep> m_steps;
    QList<Service> m_services;
    QList<NoActionNote> m_notes;
    QList<BreachFacts> m_facts;
    QSet<QString> m_personalMailDomains;
    QSet<QString> m_personalMailBrands; // "yahoo": yahoo.com, yahoo.fr, yahoo.co.uk
    QMap<QString, QString> m_sourceCountries; // host or host ending ("gov.uk", "gov") → country
    QStringList m_loadProblems;
};

} // namespace BreachAdvisor
