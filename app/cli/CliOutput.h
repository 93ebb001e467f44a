#pragma once

// How results look on the command line: the JSON shapes of docs/cli.md and the
// human-readable plan. Printing only; what is printed comes from the core.

#include "IdentityCheck.h"
#include "NormalizedIdentifier.h"
#include "Plan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

namespace BreachAdvisor::Cli {

QJsonValue orNull(const QString &text);
// normalize --json: one identifier.
QJsonObject normalizedJson(const NormalizedIdentifier &identifier);
// An identifier as typed, or masked ("+20 ••• ••• 4567") for --mask.
QString shownInput(const NormalizedIdentifier &identifier, bool mask);
// Its normalized form, masked for --mask; empty when it is not valid.
QString shownNormalized(const NormalizedIdentifier &identifier, bool mask);
// check --json: one identifier with its matches.
QJsonObject checkedJson(const CheckedIdentifier &checked, bool mask = false);
// plan --json and person show --json: a person's identifiers with the breaches' names.
QJsonArray identifiersJson(const QList<CheckedIdentifier> &identifiers, bool mask);
// One plan item as the contract names it: everything a handout needs, with its section and
// which of the plan's identifiers each reason is about (masked for --mask).
QJsonObject planItemJson(const PlanItem &item, const Plan &plan, bool mask);
QJsonArray planJson(const Plan &plan, bool mask);
// What check --json and plan --json add beside "plan": "evidence_counts", "if_you_used",
// "warnings", "missing_country", "checked" and "nothing_checked".
void addPlanExtras(QJsonObject &json, const Plan &plan, bool mask);
// The plan's warnings, one line each on stderr, and the steps left out for want of a
// country with how to add it (howToAddCountry: "--region CC", "person edit NAME --country CC").
void printWarnings(QTextStream &err, const Plan &plan, const QString &howToAddCountry);
// What could not be checked that the check's summary does not say: the services to name.
void printCoverage(QTextStream &out, const Plan &plan);

// The plan as text, by section. detailed: with why, instructions for the platforms
// (all of them when none is given), sources and notes.
void printPlan(QTextStream &out, const Plan &plan, const QStringList &platforms, bool detailed);

} // namespace BreachAdvisor::Cli
