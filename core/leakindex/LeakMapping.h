#pragma once

#include "IdentifierHasher.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

// Which columns of a leak file hold identifiers and which hold other leaked fields,
// named by HIBP data class. Identifier columns count as their own data class
// (Phone numbers, Email addresses, Usernames) in a record's fields.
struct LeakMapping
{
    struct IdentifierColumn
    {
        IdentifierKind kind;
        int column;
    };
    struct FieldColumns
    {
        QString dataClass; // canonical spelling from the taxonomy
        QList<int> columns;
    };

    QList<IdentifierColumn> identifiers;
    QList<FieldColumns> fields;
    QStringList unusedColumns; // recognized as nothing: not read at all

    // The data classes a record can have, identifiers' own classes first; a record's
    // field set is a bit mask over this list (at most 64).
    QStringList dataClasses() const;
    static QString identifierDataClass(IdentifierKind kind);

    // From --phone/--email/--username COLUMN and --field "CLASS=COL[,COL]" options. A
    // column is a header name or a 1-based number. Throws Error(Usage) naming what is
    // wrong: a missing column, an unknown data class, no identifier column at all.
    static LeakMapping fromOptions(const QStringList &columns, const QStringList &phones, const QStringList &emails,
                                   const QStringList &usernames, const QStringList &fieldSpecs);
    // Recognizes columns from their header names ("phone", "mobile", "e-mail",
    // "first_name", "gender", ...). Throws Error(Usage) when no identifier column is found.
    static LeakMapping detect(const QStringList &columns);

    QJsonObject toJson(const QStringList &columns) const;
    // One line per used column, for a person to check before importing.
    QStringList describe(const QStringList &columns) const;
};

} // namespace BreachAdvisor
