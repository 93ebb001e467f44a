#pragma once

#include "Breach.h"
#include "IdentityCheck.h"
#include "People.h"
#include "Plan.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace BreachAdvisor {
class VaultSession;
}

namespace BreachAdvisor::Ui {

// A breach as a person's results show it: the breach, what of theirs it held, and how
// sure we are.
struct FoundBreach
{
    Breach breach;
    QStringList fields; // this person's fields; for a possible breach, what leaked there
    Evidence evidence = Evidence::Confirmed;
    QString likelihood;           // for a possible breach: how likely, in words, with the facts
    QStringList likelihoodSources; // where those facts come from
    QString about;                // what the breach really is, when its name misleads
    QStringList sites{};          // a stealer log's: the sites their logins were for
};

// Everything a person's screen (or a quick check) shows, gathered in one call on the
// session's thread.
struct PersonReport
{
    std::optional<Person> person; // none for a quick check
    Plan plan;
    CheckSummary summary;
    QList<FoundBreach> breaches; // confirmed first, then reported, then possible
    int imports = 0;             // leak files in the index when it was made
    QString catalogVersion;      // for handouts: how current the breach list is

    static PersonReport forPerson(VaultSession &session, const Person &person);
    // uses: service ids the person uses (their breaches count as "may have leaked").
    static PersonReport forIdentifiers(VaultSession &session, const QList<IdentifierInput> &identifiers, const QString &region,
                                       const QStringList &uses = {});

private:
    void collectBreaches(VaultSession &session);
};

} // namespace BreachAdvisor::Ui
