#include "LeakMapping.h"

#include "DataClassTaxonomy.h"
#include "Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace BreachAdvisor {

namespace {

// Header words, squashed to lowercase letters and digits, and what they hold.
struct HeaderRule
{
    const char *dataClass; // or "phone", "email", "username" for identifiers
    std::initializer_list<const char *> names;
};

const HeaderRule kHeaderRules[] = {
    {"phone", {"phone", "phonenumber", "phoneno", "mobile", "mobilenumber", "mobilephone", "msisdn", "tel",
               "telephone", "telephonenumber", "cell", "cellphone", "whatsapp", "whatsappnumber"}},
    {"email", {"email", "emailaddress", "mail", "emailid"}},
    {"username", {"username", "user", "login", "loginname", "handle", "screenname", "userid"}},
    {"Names", {"name", "firstname", "lastname", "fullname", "surname", "givenname", "familyname", "first", "last",
               "displayname"}},
    {"Genders", {"gender", "sex"}},
    {"Dates of birth", {"dob", "birthdate", "birthday", "dateofbirth"}},
    {"Geographic locations", {"location", "city", "country", "hometown", "currentcity", "currentlocation", "region",
                              "state"}},
    {"Physical addresses", {"address", "street", "streetaddress", "postcode", "zip", "zipcode", "postalcode"}},
    {"Relationship statuses", {"relationship", "relationshipstatus"}},
    {"Marital statuses", {"maritalstatus"}},
    {"Employers", {"employer", "company", "workplace", "work"}},
    {"Job titles", {"jobtitle", "position"}},
    {"Occupations", {"occupation", "job"}},
    {"Passwords", {"password", "pass", "pwd", "passwd", "passwordhash", "hash"}},
    {"IP addresses", {"ip", "ipaddress", "lastip"}},
    {"Bios", {"bio", "about", "abouttext", "status", "statustext"}},
    {"Profile photos", {"photo", "profilephoto", "avatar", "picture", "profilepicture", "profilepic"}},
    {"Social media profiles", {"facebookid", "fbid", "profileurl", "profile", "profilelink"}},
    {"Nationalities", {"nationality"}},
    {"Spoken languages", {"language", "languages"}},
};

QString squashed(const QString &header)
{
    QString out;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

IdentifierKind kindOf(const char *role)
{
    if (qstrcmp(role, "phone") == 0) return IdentifierKind::Phone;
    if (qstrcmp(role, "email") == 0) return IdentifierKind::Email;
    return IdentifierKind::Username;
}

bool isIdentifierRole(const char *role)
{
    return qstrcmp(role, "phone") == 0 || qstrcmp(role, "email") == 0 || qstrcmp(role, "username") == 0;
}

int resolveColumn(const QStringList &columns, const QString &reference)
{
    const int index = LeakMapping::columnIndex(columns, reference);
    if (index < 0) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakMapping", "Column \"%1\": the file has no such column. Its columns are: %2")
                                          .arg(reference.trimmed(), columns.join(QStringLiteral(", "))));
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

void checkUsable(const LeakMapping &mapping)
{
    if (mapping.identifiers.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakMapping", "No column holds phone numbers, e-mail addresses or usernames: "
                                                                 "say which column does."));
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
    return classes;
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

LeakMapping LeakMapping::fromRequest(const QStringList &columns, const LeakMappingRequest &request)
{
    LeakMapping mapping;
    for (const LeakMappingRequest::Identifier &identifier : request.identifiers) {
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
            addField(mapping, info.name, resolveColumn(columns, reference));
        }
    }
    for (int i = 0; i < columns.size(); ++i) {
        bool used = false;
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
    checkUsable(mapping);
    return mapping;
}

LeakMapping LeakMapping::detect(const QStringList &columns)
{
    LeakMapping mapping;
    for (int i = 0; i < columns.size(); ++i) {
        const QString key = squashed(columns.at(i));
        const HeaderRule *match = nullptr;
        for (const HeaderRule &rule : kHeaderRules) {
            for (const char *name : rule.names) {
                if (key == QLatin1String(name)) {
                    match = &rule;
                }
            }
        }
        if (!match) {
            mapping.unusedColumns << columns.at(i);
        } else if (isIdentifierRole(match->dataClass)) {
            mapping.identifiers << IdentifierColumn{kindOf(match->dataClass), i};
        } else {
            addField(mapping, QString::fromLatin1(match->dataClass), i);
        }
    }
    checkUsable(mapping);
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
    json.insert(QStringLiteral("unused"), QJsonArray::fromStringList(unusedColumns));
    return json;
}

QStringList LeakMapping::describe(const QStringList &columns) const
{
    QStringList lines;
    for (const IdentifierColumn &identifier : identifiers) {
        lines << QCoreApplication::translate("LeakMapping", "%1: %2 (looked up)").arg(columns.value(identifier.column), identifierDataClass(identifier.kind));
    }
    for (const FieldColumns &field : fields) {
        QStringList names;
        for (int column : field.columns) {
            names << columns.value(column);
        }
        lines << QCoreApplication::translate("LeakMapping", "%1: %2 (only whether it is filled in is kept)").arg(names.join(QStringLiteral(", ")), field.dataClass);
    }
    if (!unusedColumns.isEmpty()) {
        lines << QCoreApplication::translate("LeakMapping", "not used: %1").arg(unusedColumns.join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace BreachAdvisor
