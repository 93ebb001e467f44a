#pragma once

#include "LeakImport.h"

#include <QList>
#include <QString>

#include <optional>

namespace BreachAdvisor {

// The layout of a well-known leak file (resources/leakformats/presets/*.json): its
// delimiter, header, columns and what they hold, so that nobody has to work it out
// again, and rows that do not fit the layout are counted and shown, never mis-mapped.
struct LeakFormatPreset
{
    QString name;        // "facebook-2021"
    QString title;       // one line for a list
    QString description; // what the files look like
    // Both in the person's language (context "leakformat", extracted by
    // scripts/extract-rule-strings.py); the English ones are what --json prints.
    QString translatedTitle() const;
    QString translatedDescription() const;
    QString breach;      // the catalog's breach such files belong to
    LeakFileReader::Options file;
    LeakMappingRequest mapping;
    PhoneFormat phoneFormat = PhoneFormat::Auto;

    // The bundled presets, by name. Throws Error(Internal) for a broken preset file.
    static const QList<LeakFormatPreset> &all();
    static std::optional<LeakFormatPreset> find(const QString &name);
    // Reads one preset file's JSON; throws Error(Internal) naming what is wrong.
    static LeakFormatPreset fromJson(const QByteArray &json, const QString &source);

    // Sets up an import for this layout: file format, delimiter, columns and mapping;
    // the phone format and text encoding where the options leave them automatic, and
    // the breach when none is given.
    void applyTo(LeakImportOptions &options) const;
};

} // namespace BreachAdvisor
