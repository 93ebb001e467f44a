#include "LeakMapping.h"

#include "DataClassTaxonomy.h"
#include "Error.h"
#include "LeakImportText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace BreachAdvisor {

namespace {

// Column names as compared: letters and digits only, case-folded, without accents.
QString squashed(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
        if (c.isLetterOrNumber() && !c.isMark()) {
            out.append(c);
        }
    }
    return out;
}

// What a column of that name holds ("phone", "email", "username" or a data class),
// from resources/leakformats/column-names.json.
const QHash<QString, QString> &knownColumnNames()
{
    static const QHash<QString, QString> names = [] {
        QFile file(QStringLiteral(":/leakformats/column-names.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakMapping", "The list of column names is missing from this build."));
        }
        QHash<QString, QString> byName;
        for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("columns")).toArray()) {
            const QString holds = entry.toObject().value(QLatin1String("holds")).toString();
            for (const QJsonValue &name : entry.toObject().value(QLatin1String("names")).toArray()) {
                byName.insert(squashed(name.toString()), holds);
            }
        }
        return byName;
    }();
    return names;
}

// What a column holds by its name; for a dotted JSON path, by its last part (the key
// itself: "user.name" is a name) and else whole. Empty when unknown.
QString recognized(const QString &column)
{
    const QHash<QString, QString> &names = knownColumnNames();
    const qsizetype dot = column.lastIndexOf(QLatin1Char('.'));
    const QString holds = dot >= 0 ? names.value(squashed(column.mid(dot + 1))) : QString();
    return holds.isEmpty() ? names.value(squashed(column)) : holds;
}

// A name that could be a value: an e-mail address, a number, a URL, a password. Column
// names are words ("colour", "Kundennr"); values have digits and punctuation.
bool looksLikeValue(const QString &name)
{
    constexpr qsizetype kLongestName = 32;
    return name.size() > kLongestName
        || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit() || QStringLiteral("@:/\\.+").contains(c); });
}

// A list of column names for a message, shortened when there are many. When not one of
// them is a name columns have, the "header" may be a row of data (a combo list's first
// line, password and all): the names that could be values are shown masked.
QString columnList(const QStringList &columns)
{
    constexpr int kShown = 40;
    const bool maybeData = std::none_of(columns.cbegin(), columns.cend(), [](const QString &column) { return !recognized(column).isEmpty(); });
    QStringList shown = columns.mid(0, kShown);
    for (QString &name : shown) {
        if (maybeData && looksLikeValue(name)) {
            const QByteArray bytes = name.toUtf8();
            name = LeakImportText::masked(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        }
    }
    QString list = shown.join(QStringLiteral(", "));
    if (columns.size() > kShown) {
        list += QCoreApplication::translate("LeakMapping", " and %1 more").arg(columns.size() - kShown);
    }
    return list;
}

int resolveColumn(const QStringList &columns, const QString &reference)
{
    const int index = LeakMapping::columnIndex(columns, reference);
    if (index < 0) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakMapping", "Column \"%1\": the file has no such column. Its columns are: %2")
                                          .arg(reference.trimmed(), columnList(columns)));
    }
    return index;
}

void addField(LeakMapping &mapping, const QString &dataClass, int column)
{
    for (LeakMapping::FieldColumns &field : mapping.fields) {
        if (field.dataClass == dataClass) {
            if (!field.columns.contains(column)) {
                field.columns << column;
            }
            return;
        }
    }
    mapping.fields << LeakMapping::FieldColumns{dataClass, {column}};
}

void checkUsable(const LeakMapping &mapping, const QStringList &columns, const QList<int> &structuredColumns)
{
    if (mapping.identifiers.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakMapping", "No column holds phone numbers, e-mail addresses or usernames: "
                                                                 "say which column does. Its columns are: %1")
                                          .arg(columnList(columns)));
    }
    for (const LeakMapping::IdentifierColumn &identifier : mapping.identifiers) {
        if (structuredColumns.contains(identifier.column)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakMapping", "Column \"%1\" holds lists, not one identifier a row: "
                                                                     "name the column inside the list's objects instead.")
                                              .arg(columns.value(identifier.column)));
        }
    }
    for (const LeakMapping::IdentifierColumn &a : mapping.identifiers) {
        for (const LeakMapping::IdentifierColumn &b : mapping.identifiers) {
            if (a.column == b.column && a.kind != b.kind) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakMapping", "A column holds one kind of identifier, not both %1 and %2.")
                                                  .arg(LeakMapping::identifierDataClass(a.kind).toLower(),
                                                       LeakMapping::identifierDataClass(b.kind).toLower()));
            }
        }
    }
    if (mapping.dataClasses().size() > 64) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakMapping", "At most 64 kinds of data can be mapped in one import."));
    }
}

} // namespace

QString LeakMapping::identifierDataClass(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Phone: return QStringLiteral("Phone numbers");
    case IdentifierKind::Email: return QStringLiteral("Email addresses");
    case IdentifierKind::Username: return QStringLiteral("Usernames");
    }
    return QString();
}

QStringList LeakMapping::dataClasses() const
{
    QStringList classes;
    for (const IdentifierColumn &identifier : identifiers) {
        if (!classes.contains(identifierDataClass(identifier.kind))) {
            classes << identifierDataClass(identifier.kind);
        }
    }
    for (const FieldColumns &field : fields) {
        if (!classes.contains(field.dataClass)) {
            classes << field.dataClass;
        }
    }
    const bool logins = std::any_of(identifiers.cbegin(), identifiers.cend(),
                                    [](const IdentifierColumn &identifier) { return identifier.kind == IdentifierKind::Username; });
    for (IdentifierKind kind : {IdentifierKind::Email, IdentifierKind::Phone}) {
        if (logins && !classes.contains(identifierDataClass(kind))) {
            classes << identifierDataClass(kind);
        }
    }
    return classes;
}

int LeakMapping::loginOnlyClasses() const
{
    QList<IdentifierKind> kinds;
    for (const IdentifierColumn &identifier : identifiers) {
        kinds << identifier.kind;
    }
    if (!kinds.contains(IdentifierKind::Username)) {
        return 0;
    }
    int count = 0;
    for (IdentifierKind kind : {IdentifierKind::Email, IdentifierKind::Phone}) {
        const bool inFields = std::any_of(fields.cbegin(), fields.cend(), [&](const FieldColumns &field) { return field.dataClass == identifierDataClass(kind); });
        count += kinds.contains(kind) || inFields ? 0 : 1;
    }
    return count;
}

int LeakMapping::columnIndex(const QStringList &columns, const QString &reference)
{
    const QString wanted = reference.trimmed();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).compare(wanted, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    return isNumber && number >= 1 && number <= columns.size() ? number - 1 : -1;
}

LeakMapping LeakMapping::fromRequest(const QStringList &columns, const LeakMappingRequest &request, const QList<int> &structuredColumns)
{
    LeakMapping mapping;
    for (const LeakMappingRequest::Identifier &identifier : request.identifiers) {
        if (request.skipMissingColumns && columnIndex(columns, identifier.column) < 0) {
            continue;
        }
        const int column = resolveColumn(columns, identifier.column);
        const bool already = std::any_of(mapping.identifiers.cbegin(), mapping.identifiers.cend(), [&](const IdentifierColumn &known) {
            return known.column == column && known.kind == identifier.kind;
        });
        if (!already) {
            mapping.identifiers << IdentifierColumn{identifier.kind, column};
        }
    }
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();
    for (const LeakMappingRequest::Field &field : request.fields) {
        const DataClassInfo info = taxonomy.describe(field.dataClass.trimmed());
        if (!info.known) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakMapping", "\"%1\" is not a kind of data this version knows "
                                                                     "(Have I Been Pwned's names, like \"Names\" or \"Genders\").")
                                              .arg(field.dataClass.trimmed()));
        }
        if (field.columns.isEmpty()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakMapping", "Say which column holds %1.").arg(info.name));
        }
        for (const QString &reference : field.columns) {
            if (request.skipMissingColumns && columnIndex(columns, reference) < 0) {
                continue;
            }
            addField(mapping, info.name, resolveColumn(columns, reference));
        }
    }
    if (!request.site.isEmpty() && !(request.skipMissingColumns && columnIndex(columns, request.site) < 0)) {
        mapping.siteColumn = resolveColumn(columns, request.site);
    }
    for (int i = 0; i < columns.size(); ++i) {
        bool used = i == mapping.siteColumn;
        for (const IdentifierColumn &identifier : std::as_const(mapping.identifiers)) {
            used = used || identifier.column == i;
        }
        for (const FieldColumns &field : std::as_const(mapping.fields)) {
            used = used || field.columns.contains(i);
        }
        if (!used) {
            mapping.unusedColumns << columns.at(i);
        }
    }
    checkUsable(mapping, columns, structuredColumns);
    return mapping;
}

namespace {

// What most (four in five) of a column's non-empty first values are, when they are all
// identifiers of one kind; nothing otherwise.
std::optional<IdentifierKind> kindFromValues(const QList<QStringList> &sampleRows, int column)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^(\\+|00)[0-9][0-9 ().-]{6,20}$"));
    int filled = 0;
    int emails = 0;
    int phones = 0;
    for (const QStringList &row : sampleRows) {
        const QString value = row.value(column).trimmed();
        if (value.isEmpty()) {
            continue;
        }
        ++filled;
        emails += email.match(value).hasMatch() ? 1 : 0;
        phones += phone.match(value).hasMatch() ? 1 : 0;
    }
    if (filled == 0) {
        return std::nullopt;
    }
    if (emails * 5 >= filled * 4) {
        return IdentifierKind::Email;
    }
    if (phones * 5 >= filled * 4) {
        return IdentifierKind::Phone;
    }
    return std::nullopt;
}

} // namespace

LeakMapping LeakMapping::detect(const QStringList &columns, const QList<int> &structuredColumns, const QList<QStringList> &sampleRows)
{
    LeakMapping mapping;
    for (int i = 0; i < columns.size(); ++i) {
        QString holds = recognized(columns.at(i));
        if (holds.isEmpty() && !structuredColumns.contains(i)) {
            if (const std::optional<IdentifierKind> byValue = kindFromValues(sampleRows, i)) {
                holds = identifierKindName(*byValue);
            }
        }
        const std::optional<IdentifierKind> kind = identifierKindFromName(holds);
        if (holds.isEmpty() || (kind && structuredColumns.contains(i))) {
            mapping.unusedColumns << columns.at(i); // a list is never taken for an identifier
        } else if (kind) {
            mapping.identifiers << IdentifierColumn{*kind, i};
        } else {
            addField(mapping, holds, i);
        }
    }
    checkUsable(mapping, columns, structuredColumns);
    return mapping;
}

QJsonObject LeakMapping::toJson(const QStringList &columns) const
{
    QJsonObject json;
    for (IdentifierKind kind : {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Username}) {
        QJsonArray names;
        for (const IdentifierColumn &identifier : identifiers) {
            if (identifier.kind == kind) {
                names.append(columns.value(identifier.column));
            }
        }
        json.insert(identifierKindName(kind), names);
    }
    QJsonObject fieldsJson;
    for (const FieldColumns &field : fields) {
        QJsonArray names;
        for (int column : field.columns) {
            names.append(columns.value(column));
        }
        fieldsJson.insert(field.dataClass, names);
    }
    json.insert(QStringLiteral("fields"), fieldsJson);
    if (siteColumn >= 0) { // only then: the settings of imports made before sites stay the same
        json.insert(QStringLiteral("site"), columns.value(siteColumn));
    }
    json.insert(QStringLiteral("unused"), QJsonArray::fromStringList(unusedColumns));
    return json;
}

QStringList LeakMapping::describe(const QStringList &columns) const
{
    QStringList lines;
    for (const IdentifierColumn &identifier : identifiers) {
        lines << QCoreApplication::translate("LeakMapping", "%1: %2 (looked up)").arg(columns.value(identifier.column), DataClassTaxonomy::bundled().displayName(identifierDataClass(identifier.kind)));
    }
    for (const FieldColumns &field : fields) {
        QStringList names;
        for (int column : field.columns) {
            names << columns.value(column);
        }
        lines << QCoreApplication::translate("LeakMapping", "%1: %2 (only whether it is filled in is kept)").arg(names.join(QStringLiteral(", ")), DataClassTaxonomy::bundled().displayName(field.dataClass));
    }
    if (siteColumn >= 0) {
        lines << QCoreApplication::translate("LeakMapping", "%1: the site each login was for (only its host name is kept)").arg(columns.value(siteColumn));
    }
    if (!unusedColumns.isEmpty()) {
        lines << QCoreApplication::translate("LeakMapping", "not used: %1").arg(unusedColumns.join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace BreachAdvisor
