#pragma once

#include "Breach.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace BreachAdvisor {

class DataClassTaxonomy;

// Reads and writes breaches as JSON: Have I Been Pwned's /api/v3/breaches format (an
// array of breach objects), or our bundled form ({"format": "breach-advisor-catalog",
// "version": ..., "breaches": [...]}) which adds OurDescription, ProvenanceNotes and
// ProvenanceSources.
namespace BreachJson {

struct CatalogFile
{
    QString version; // bundled form only
    QList<Breach> breaches;
};

// Validates the whole file first. Throws Error(RejectedInput) naming the file, the
// line and the problem; nothing is returned for a file with any bad breach.
CatalogFile readFile(const QString &path, Breach::Origin origin);
CatalogFile parse(const QByteArray &json, const QString &sourceName, Breach::Origin origin);

// The breach in HIBP's keys plus ours, and per data class its category and severity.
QJsonObject toJson(const Breach &breach, const DataClassTaxonomy &taxonomy);

} // namespace BreachJson
} // namespace BreachAdvisor
