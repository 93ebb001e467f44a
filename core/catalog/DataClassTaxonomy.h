#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

enum class Severity { Low = 1, Medium = 2, High = 3, Critical = 4 };

struct DataClassInfo
{
    QString name;     // canonical spelling
    QString category; // e.g. "contact", "credentials"; "unknown" when not in our list
    Severity severity = Severity::Medium;
    bool known = false;
    QString phrase; // how a person says it of themselves ("phone number"); may be empty
    QString country; // a national identifier's country ("US" for Social Security numbers); else empty
};

// Every HIBP data class with our category and severity, from
// resources/catalog/dataclasses.json. Lookups forgive case, curly apostrophes and
// known alternative spellings ("Licence plates"); unknown classes get a neutral
// entry so they are shown, never dropped.
class DataClassTaxonomy
{
public:
    static const DataClassTaxonomy &bundled();
    static DataClassTaxonomy fromJson(const QByteArray &json);

    DataClassInfo describe(const QString &name) const;
    bool isKnown(const QString &name) const;
    // A class's name as a person reads it, in the current language ("Numéros de
    // téléphone"): the translation of its canonical name; an unknown class as it came.
    QString displayName(const QString &name) const;
    // The same inside a sentence: its phrase when it has one ("phone number"), else its
    // name in lower case, translated.
    QString inSentence(const QString &name) const;
    // Display names joined for a list: "Names, Phone numbers".
    QString displayNames(const QStringList &names) const;
    const QList<DataClassInfo> &classes() const { return m_classes; }
    const QStringList &categories() const { return m_categories; }

    static QString severityName(Severity severity);
    static QString normalizedKey(const QString &name);

private:
    QList<DataClassInfo> m_classes;
    QStringList m_categories;
    QHash<QString, int> m_byKey; // normalized name or alias -> index
};

} // namespace BreachAdvisor
