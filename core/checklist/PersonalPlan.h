#pragma once

#include "ChecklistEngine.h"
#include "IdentityCheck.h"
#include "People.h"
#include "Plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace BreachAdvisor {

class BreachCatalog;

// From identifiers to a personal plan: checks them against the leak index, adds the
// breaches of services the person uses ("may have leaked"), builds the checklist for
// their country and platforms, and for a saved person applies their progress.
class PersonalPlan
{
public:
    struct Request
    {
        QList<IdentifierInput> inputs;
        QString region;        // default country for numbers without a country code
        QStringList uses;      // service ids or names
        QStringList platforms; // android, iphone, computer
        // Breaches a notice named, with the kinds of data it listed ("reported" evidence).
        QList<QPair<Breach, QStringList>> reported;
        // A password of theirs is in the list of leaked passwords (People::knownPassword).
        std::optional<KnownPassword> knownPassword;
    };

    PersonalPlan(const BreachCatalog &catalog, IdentityCheck &check, People &people);

    // Throws Error(Usage) for an unknown platform. An unknown service is left out, with a
    // sentence in Plan::warnings.
    Plan build(const Request &request);
    Plan buildFor(const Person &person);
    // Marks a step of a person's plan, remembering the breaches that caused it, so a
    // later breach reopens a finished step. Without a note the step keeps the one it
    // had. Open takes it back to to-do. Throws Error(Usage) for a step that is not in
    // the person's plan. Returns what the step had before (nullopt: never marked), for
    // undo.
    std::optional<StepProgress> mark(const Person &person, const QString &stepId, StepStatus status,
                                     const std::optional<QString> &note = std::nullopt);
    // Puts a step back as it was before a mark() (undo).
    void restore(const Person &person, const QString &stepId, const std::optional<StepProgress> &previous);
    // The catalog changed: the next plan reads it again.
    void catalogChanged() { m_breaches.reset(); }

    Request requestFor(const Person &person) const;
    static void applyProgress(QList<PlanItem> &items, const QHash<QString, StepProgress> &progress);

private:
    const QList<Breach> &breaches();
    // Fills in which identifiers each reason is about and the countries it calls for.
    static void aboutWhom(PlanContext &context, const QList<CheckedIdentifier> &identifiers, const QString &personRegion);

    const BreachCatalog &m_catalog;
    IdentityCheck &m_check;
    People &m_people;
    std::optional<QList<Breach>> m_breaches;
};

} // namespace BreachAdvisor
