#pragma once

#include "IdentifierKind.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

// Which columns hold what, as a caller names them: each column by its header name or
// its 1-based number (a GUI gives numbers, the command line either).
struct LeakMappingRequest
{
    struct Identifier
    {
        IdentifierKind kind;
        QString column;
    };
    struct Field
    {
        QString dataClass; // a data class the taxonomy knows ("Names")
        QStringList columns;
    };
    QList<Identifier> identifiers;
    QList<Field> fields;
    // The column of the address a login was for (a stealer log's URL): its host is kept
    // with each record (SiteRegistry). Empty: none.
    QString site;
    // A preset for several layouts (forum software's users tables): columns the file does
    // not have are left out instead of refused.
    bool skipMissingColumns = false;
    bool isEmpty() const { return identifiers.isEmpty() && fields.isEmpty(); }
};

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
    int siteColumn = -1;       // LeakMappingRequest::site; -1: none
    QStringList unusedColumns; // recognized as nothing: not read at all

    // The data classes a record can have, identifiers' own classes first; a record's
    // field set is a bit mask over this list (at most 64). A username column's values are
    // each stored as what they are (an e-mail address, a phone number with its country
    // code, or a username), so with one the list ends with the classes of e-mail
    // addresses and phone numbers, when no other column gives them.
    QStringList dataClasses() const;
    // How many classes at the end of dataClasses() are there only for username columns'
    // values: an import drops those its rows never had.
    int loginOnlyClasses() const;
    static QString identifierDataClass(IdentifierKind kind);

    // From what the caller said. Throws Error(Usage) naming what is wrong: a column the
    // file does not have, an unknown data class, a column given two kinds of
    // identifier, an identifier in a column of lists, no identifier column at all.
    // structuredColumns: columns that hold JSON lists (LeakFileReader::structuredColumns).
    static LeakMapping fromRequest(const QStringList &columns, const LeakMappingRequest &request,
                                   const QList<int> &structuredColumns = {});
    // The column a header name or 1-based number refers to; -1 when none.
    static int columnIndex(const QStringList &columns, const QString &reference);
    // Recognizes columns from their names in several languages ("phone", "Handy",
    // "courriel", "رقم الهاتف", "first_name", ...; resources/leakformats/column-names.json),
    // a dotted JSON path also by its last part ("user.contact.phone"). A column of lists
    // is never an identifier. Throws Error(Usage) listing the columns when no identifier
    // column is found.
    // A column its name says nothing of is recognized from its first values (sampleRows):
    // e-mail addresses, or phone numbers written with "+" or "00" (digits alone may be ids).
    static LeakMapping detect(const QStringList &columns, const QList<int> &structuredColumns = {},
                              const QList<QStringList> &sampleRows = {});

    QJsonObject toJson(const QStringList &columns) const;
    // One line per used column, for a person to check before importing.
    QStringList describe(const QStringList &columns) const;
};

} // namespace BreachAdvisor
