#pragma once

// Helpers shared by the command implementations (CliApplication*.cpp); not a public API.

#include "ChecklistEngine.h"
#include "Error.h"
#include "PhoneNumbers.h"
#include "TextIdentifiers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <atomic>
#include <initializer_list>

namespace BreachAdvisor::Cli {

extern const QSet<QString> kValueOptions;
extern const QSet<QString> kFlagOptions;
extern const QSet<QString> kVaultOptions;
// Set by the first Ctrl-C during an import.
extern std::atomic_bool g_interrupted;
void onInterrupt(int);

// The options every vault command takes, plus these.
QSet<QString> withVaultOptions(std::initializer_list<QString> options);
int exitStatusFor(ErrorKind kind);
QJsonValue orNull(const QString &text);
QJsonObject phoneJson(const PhoneNumberResult &result);
QJsonObject textIdentifierJson(const char *kind, const TextIdentifierResult &result);
// One plan item as the contract names it: everything a handout needs.
QJsonObject planItemJson(const PlanItem &item);
QJsonArray planJson(const QList<PlanItem> &items);

} // namespace BreachAdvisor::Cli
