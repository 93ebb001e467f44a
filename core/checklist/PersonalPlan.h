#pragma once

#include "ChecklistEngine.h"
#include "IdentityCheck.h"
#include "People.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

class Vault;

// From identifiers to a personal plan: checks them against the leak index, adds the
// breaches of services the person uses ("may have leaked"), builds the checklist for
// their country and platforms, and for a saved person applies their progress.
class PersonalPlan
{
public:
    struct Request
    {
        QList<IdentityCheck::Input> inputs;
        QString region;        // default country for numbers without a country code
        QStringList uses;      // service ids or names
        QStringList platforms; // android, iphone, computer
    };
    struct Result
    {
        QList<IdentityCheck::Result> identifiers;
        PlanContext context;
        QList<PlanItem> items;
    };

    explicit PersonalPlan(Vault &vault);

    // Throws Error(Usage) for an unknown service or platform.
    Result build(const Request &request);
    Result buildFor(const Person &person);
    // Marks a step done, skipped or not applicable, remembering the breaches that
    // caused it, so a later breach reopens it. Throws Error(Usage) for an unknown step.
    void mark(const Person &person, const QString &stepId, const QString &status, const QString &note);

    static Request requestFor(const Person &person);
    static void applyProgress(QList<PlanItem> &items, const QHash<QString, StepProgress> &progress);
    static const QStringList kStatuses; // done, skipped, not_applicable

private:
    Vault &m_vault;
};

} // namespace BreachAdvisor
