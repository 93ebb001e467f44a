#include "People.h"

#include "Error.h"
#include "SqlCipher.h"

#include <QCoreApplication>

namespace BreachAdvisor {

namespace {

IdentifierKind kindFromName(const QString &name)
{
    if (name == QLatin1String("email")) return IdentifierKind::Email;
    if (name == QLatin1String("username")) return IdentifierKind::Username;
    return IdentifierKind::Phone;
}

QStringList splitList(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

People::People(Database &db)
    : m_db(db)
{
}

Person People::add(const Person &person)
{
    const QString name = person.name.trimmed();
    if (name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("People", "A person needs a name (a nickname is fine)."));
    }
    if (find(name)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("People", "There is already someone called \"%1\" in this vault.").arg(name));
    }
    Transaction transaction(m_db);
    Statement insert = m_db.prepare("INSERT INTO person(name, country, platforms, uses, created_at) VALUES (?, ?, ?, ?, ?);");
    insert.bind(1, name).bind(2, person.country.toUpper()).bind(3, person.platforms.join(QLatin1Char(',')))
        .bind(4, person.uses.join(QLatin1Char(','))).bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).run();
    const qint64 id = m_db.lastInsertRowId();
    Statement identifier = m_db.prepare("INSERT OR IGNORE INTO person_identifier(person_id, kind, input) VALUES (?, ?, ?);");
    for (const auto &[kind, input] : person.identifiers) {
        identifier.bind(1, id).bind(2, kindName(kind)).bind(3, input.trimmed()).run();
    }
    transaction.commit();
    return *find(name);
}

QList<Person> People::list() const
{
    QList<Person> people;
    Statement query = m_db.prepare("SELECT name FROM person ORDER BY name COLLATE NOCASE;");
    while (query.step()) {
        people << *find(query.columnText(0));
    }
    return people;
}

std::optional<Person> People::find(const QString &name) const
{
    Statement query = m_db.prepare("SELECT id, name, country, platforms, uses FROM person WHERE name = ?;");
    query.bind(1, name.trimmed());
    if (!query.step()) {
        return std::nullopt;
    }
    Person person;
    person.id = query.columnInt64(0);
    person.name = query.columnText(1);
    person.country = query.columnText(2);
    person.platforms = splitList(query.columnText(3));
    person.uses = splitList(query.columnText(4));
    Statement identifiers = m_db.prepare("SELECT kind, input FROM person_identifier WHERE person_id = ? ORDER BY kind, input;");
    identifiers.bind(1, person.id);
    while (identifiers.step()) {
        person.identifiers << qMakePair(kindFromName(identifiers.columnText(0)), identifiers.columnText(1));
    }
    return person;
}

QHash<QString, StepProgress> People::progress(qint64 personId) const
{
    QHash<QString, StepProgress> progress;
    Statement query = m_db.prepare("SELECT step_id, status, note, changed_at, reasons FROM step_progress WHERE person_id = ?;");
    query.bind(1, personId);
    while (query.step()) {
        StepProgress entry{query.columnText(0), query.columnText(1), query.columnText(2),
                           QDateTime::fromString(query.columnText(3), Qt::ISODate),
                           query.columnText(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts)};
        progress.insert(entry.stepId, entry);
    }
    return progress;
}

void People::setProgress(qint64 personId, const StepProgress &progress)
{
    Statement upsert = m_db.prepare("INSERT OR REPLACE INTO step_progress(person_id, step_id, status, note, changed_at, reasons) "
                                    "VALUES (?, ?, ?, ?, ?, ?);");
    upsert.bind(1, personId).bind(2, progress.stepId).bind(3, progress.status).bind(4, progress.note)
        .bind(5, progress.changed.toUTC().toString(Qt::ISODate)).bind(6, progress.reasons.join(QLatin1Char('\n'))).run();
}

} // namespace BreachAdvisor
