#pragma once

#include "Breach.h"
#include "NormalizedIdentifier.h"
#include "WorkControl.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

class BreachCatalog;
class IdentifierHasher;
class LeakIndex;

// A breach that holds an identifier, and what leaked of this person there.
struct BreachMatch
{
    Breach breach;
    QStringList fields; // data classes non-empty in this person's record(s)
    QStringList sites;  // the sites their leaked logins were for (stealer logs), when the file said
};

struct CheckedIdentifier
{
    NormalizedIdentifier identifier;
    QList<BreachMatch> matches;
    bool found() const { return !matches.isEmpty(); }
};

// "Found 2 of 3 in …": what a check found, in calm words, for any front end.
struct CheckSummary
{
    int total = 0;      // identifiers given
    int notChecked = 0; // not valid, so not looked up
    int found = 0;      // in at least one breach
    int imports = 0;    // leak files in the index when the check ran
    QList<Breach> breaches; // every breach found, by title

    // The summary as sentences, most important first; never a bare "nothing found".
    QStringList sentences() const;
};

// "Am I in a leak?": normalizes what a person typed, hashes it with the vault's key,
// looks all of it up in the leak index at once, and names each breach with what
// leaked of this person (the fields of their record).
class IdentityCheck
{
public:
    IdentityCheck(const BreachCatalog &catalog, LeakIndex &index, const IdentifierHasher &hasher);

    // region: default country for phone numbers written without a country code.
    // Reports progress in identifiers normalized; cancelling throws Error(Cancelled).
    QList<CheckedIdentifier> check(const QList<IdentifierInput> &inputs, const QString &region, const WorkControl &control = {});
    CheckSummary summarize(const QList<CheckedIdentifier> &results);
    // How many leak files the index holds: what a check could search.
    int leakFileCount();

private:
    const BreachCatalog &m_catalog;
    LeakIndex &m_index;
    const IdentifierHasher &m_hasher;
};

} // namespace BreachAdvisor
