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
// check --json: one identifier with its matches.
QJsonObject checkedJson(const CheckedIdentifier &checked);
// One plan item as the contract names it: everything a handout needs.
QJsonObject planItemJson(const PlanItem &item);
QJsonArray planJson(const QList<PlanItem> &items);
// What check --json and plan --json add beside "plan": "evidence_counts", "if_you_used", "warnings".
void addPlanExtras(QJsonObject &json, const Plan &plan);
// The plan's warnings, one line each on stderr.
void printWarnings(QTextStream &err, const Plan &plan);

// The plan as text, by section. detailed: with why, instructions for the platforms
// (all of them when none is given), sources and notes.
void printPlan(QTextStream &out, const Plan &plan, const QStringList &platforms, bool detailed);

} // namespace BreachAdvisor::Cli
