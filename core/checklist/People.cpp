#include "People.h"

#include "ChecklistRules.h"
#include "Error.h"
#include "PasswordIndex.h"
#include "PhoneNumbers.h"
#include "SqlCipher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariant>

namespace BreachAdvisor {

namespace {

QStringList splitList(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

People::People(Database &db)
    : m_db(db)
{
}

QStringList People::problems(const Person &person)
{
    QStringList problems;
    if (person.name.trimmed().isEmpty()) {
        problems << QCoreApplication::translate("People", "A person needs a name (a nickname is fine).");
    }
    const QString country = person.country.trimmed().toUpper();
    if (!country.isEmpty() && !PhoneNumbers::isKnownRegion(country)) {
        problems << QCoreApplication::translate("People", "\"%1\" is not a known two-letter country code.").arg(person.country);
    }
    for (const QString &platform : person.platforms) {
        if (!ChecklistRules::kPlatforms.contains(platform)) {
            problems << QCoreApplication::translate("People", "\"%1\" is not a platform: use android, iphone or computer.").arg(platform);
        }
    }
    const QString language = person.language.trimmed();
    if (!language.isEmpty() && (QLocale(language).language() == QLocale::C || QLocale(language).name().section(QLatin1Char('_'), 0, 0) != language)) {
        problems << QCoreApplication::translate("People", "\"%1\" is not a language code (such as ar, es or fr).").arg(person.language);
    }
    const ChecklistRules &rules = ChecklistRules::bundled();
    for (const QString &use : person.uses) {
        if (!rules.service(use)) {
            QStringList known;
            for (const Service &service : rules.services()) {
                known << service.name;
            }
            problems << QCoreApplication::translate("People", "\"%1\" is not a service the checklist knows. Known: %2.")
                            .arg(use, known.join(QStringLiteral(", ")));
        }
    }
    for (const IdentifierInput &input : person.identifiers) {
        const NormalizedIdentifier normalized = Identifiers::normalize(input, country.isEmpty() || !PhoneNumbers::isKnownRegion(country) ? QString() : country);
        if (!normalized.valid) {
            problems << QCoreApplication::translate("People", "%1: %2").arg(input.text, normalized.error);
        }
    }
    return problems;
}

void People::check(const Person &person) const
{
    const QStringList found = problems(person);
    if (!found.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("People", "%1 Nothing was saved.").arg(found.first()));
    }
    const std::optional<Person> sameName = find(person.name);
    if (sameName && sameName->id != person.id) {
        throw Error(ErrorKind::AlreadyExists,
                    QCoreApplication::translate("People", "There is already someone called \"%1\" in this vault.").arg(person.name.trimmed()));
    }
}

Person People::add(const Person &person)
{
    Person toSave = person;
    toSave.id = 0;
    check(toSave);
    Transaction transaction(m_db);
    Statement insert = m_db.prepare("INSERT INTO person(name, country, platforms, uses, created_at, language) VALUES (?, ?, ?, ?, ?, ?);");
    insert.bind(1, person.name.trimmed()).bind(2, person.country.trimmed().toUpper()).bind(3, person.platforms.join(QLatin1Char(',')))
        .bind(4, person.uses.join(QLatin1Char(','))).bind(5, nowText()).bind(6, person.language.trimmed()).run();
    const qint64 id = m_db.lastInsertRowId();
    writeIdentifiers(id, person.identifiers);
    transaction.commit();
    return *find(id);
}

Person People::update(const Person &person)
{
    if (!find(person.id)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("People", "This person is no longer saved in the vault."));
    }
    check(person);
    Transaction transaction(m_db);
    Statement update = m_db.prepare("UPDATE person SET name = ?, country = ?, platforms = ?, uses = ?, language = ? WHERE id = ?;");
    update.bind(1, person.name.trimmed()).bind(2, person.country.trimmed().toUpper()).bind(3, person.platforms.join(QLatin1Char(',')))
        .bind(4, person.uses.join(QLatin1Char(','))).bind(5, person.language.trimmed()).bind(6, person.id).run();
    Statement clear = m_db.prepare("DELETE FROM person_identifier WHERE person_id = ?;");
    clear.bind(1, person.id).run();
    writeIdentifiers(person.id, person.identifiers);
    transaction.commit();
    return *find(person.id);
}

void People::remove(qint64 personId)
{
    Transaction transaction(m_db);
    Statement remove = m_db.prepare("DELETE FROM person WHERE id = ?;");
    remove.bind(1, personId).run();
    if (m_db.changes() == 0) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("People", "This person is no longer saved in the vault."));
    }
    transaction.commit();
}

void People::writeIdentifiers(qint64 personId, const QList<IdentifierInput> &identifiers)
{
    Statement identifier = m_db.prepare("INSERT OR IGNORE INTO person_identifier(person_id, kind, input) VALUES (?, ?, ?);");
    for (const IdentifierInput &input : identifiers) {
        identifier.bind(1, personId).bind(2, identifierKindName(input.kind)).bind(3, input.text.trimmed()).run();
    }
}

QList<Person> People::list() const
{
    QList<Person> people;
    Statement query = m_db.prepare("SELECT id FROM person ORDER BY name COLLATE NOCASE;");
    while (query.step()) {
        people << *find(query.columnInt64(0));
    }
    return people;
}

std::optional<Person> People::find(const QString &name) const
{
    return select("WHERE name = ?", name.trimmed());
}

std::optional<Person> People::find(qint64 id) const
{
    return select("WHERE id = ?", QVariant(id));
}

std::optional<Person> People::select(const char *whereClause, const QVariant &key) const
{
    const QByteArray sql = QByteArray("SELECT id, name, country, platforms, uses, language FROM person ") + whereClause + ";";
    Statement query = m_db.prepare(sql.constData());
    if (key.typeId() == QMetaType::LongLong) {
        query.bind(1, key.toLongLong());
    } else {
        query.bind(1, key.toString());
    }
    if (!query.step()) {
        return std::nullopt;
    }
    Person person;
    person.id = query.columnInt64(0);
    person.name = query.columnText(1);
    person.country = query.columnText(2);
    person.platforms = splitList(query.columnText(3));
    person.uses = splitList(query.columnText(4));
    person.language = query.columnText(5);
    Statement identifiers = m_db.prepare("SELECT kind, input FROM person_identifier WHERE person_id = ? ORDER BY kind, input;");
    identifiers.bind(1, person.id);
    while (identifiers.step()) {
        const std::optional<IdentifierKind> kind = identifierKindFromName(identifiers.columnText(0));
        person.identifiers << IdentifierInput{kind.value_or(IdentifierKind::Phone), identifiers.columnText(1)};
    }
    return person;
}

QHash<QString, StepProgress> People::progress(qint64 personId) const
{
    QHash<QString, StepProgress> progress;
    Statement query = m_db.prepare("SELECT step_id, status, note, changed_at, reasons FROM step_progress WHERE person_id = ?;");
    query.bind(1, personId);
    while (query.step()) {
        StepProgress entry{query.columnText(0), stepStatusFromName(query.columnText(1)).value_or(StepStatus::Open),
                           query.columnText(2), QDateTime::fromString(query.columnText(3), Qt::ISODate),
                           query.columnText(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts)};
        progress.insert(entry.stepId, entry);
    }
    return progress;
}

void People::setProgress(qint64 personId, const StepProgress &progress)
{
    Statement upsert = m_db.prepare("INSERT OR REPLACE INTO step_progress(person_id, step_id, status, note, changed_at, reasons) "
                                    "VALUES (?, ?, ?, ?, ?, ?);");
    upsert.bind(1, personId).bind(2, progress.stepId).bind(3, stepStatusName(progress.status)).bind(4, progress.note)
        .bind(5, progress.changed.toUTC().toString(Qt::ISODate)).bind(6, progress.reasons.join(QLatin1Char('\n'))).run();
}

void People::clearProgress(qint64 personId, const QString &stepId)
{
    Statement remove = m_db.prepare("DELETE FROM step_progress WHERE person_id = ? AND step_id = ?;");
    remove.bind(1, personId).bind(2, stepId).run();
}

void People::reportBreach(qint64 personId, qint64 breachId, const QStringList &fields)
{
    if (fields.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("People", "Say which kinds of data the notice named."));
    }
    Statement upsert = m_db.prepare("INSERT OR REPLACE INTO person_reported_breach(person_id, breach_id, fields, reported_at) "
                                    "VALUES (?, ?, ?, ?);");
    upsert.bind(1, personId).bind(2, breachId).bind(3, fields.join(QLatin1Char('\n'))).bind(4, nowText()).run();
}

QList<ReportedBreach> People::reportedBreaches(qint64 personId) const
{
    QList<ReportedBreach> reported;
    Statement query = m_db.prepare("SELECT breach_id, fields, reported_at FROM person_reported_breach WHERE person_id = ? "
                                   "ORDER BY reported_at, breach_id;");
    query.bind(1, personId);
    while (query.step()) {
        reported << ReportedBreach{query.columnInt64(0), query.columnText(1).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                                   QDateTime::fromString(query.columnText(2), Qt::ISODate)};
    }
    return reported;
}

void People::forgetReportedBreach(qint64 personId, qint64 breachId)
{
    Statement remove = m_db.prepare("DELETE FROM person_reported_breach WHERE person_id = ? AND breach_id = ?;");
    remove.bind(1, personId).bind(2, breachId).run();
}

QStringList People::serviceIds(const QStringList &services)
{
    const ChecklistRules &rules = ChecklistRules::bundled();
    QStringList ids;
    for (const QString &use : services) {
        const Service *service = rules.service(use);
        if (!service) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("People", "\"%1\" is not a service the checklist knows.").arg(use));
        }
        if (!ids.contains(service->id)) {
            ids << service->id;
        }
    }
    return ids;
}

void People::recordKnownPassword(qint64 personId, int seenClass, const QStringList &usedAt)
{
    if (seenClass < 0 || seenClass >= PasswordSeen::kClasses) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("People", "%1 is not a seen class (0 to %2).").arg(seenClass).arg(PasswordSeen::kClasses - 1));
    }
    const std::optional<KnownPassword> before = knownPassword(personId);
    const QStringList services = serviceIds((before ? before->usedAt : QStringList()) + usedAt);
    Statement upsert = m_db.prepare("INSERT OR REPLACE INTO person_known_password(person_id, seen_class, used_at, found_at) VALUES (?, ?, ?, ?);");
    upsert.bind(1, personId).bind(2, qint64(std::max(seenClass, before ? before->seenClass : 0))).bind(3, services.join(QLatin1Char(',')))
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).run(); // a finding and a step marked in the same second stay apart
}

std::optional<KnownPassword> People::knownPassword(qint64 personId) const
{
    Statement query = m_db.prepare("SELECT seen_class, used_at, found_at FROM person_known_password WHERE person_id = ?;");
    query.bind(1, personId);
    if (!query.step()) {
        return std::nullopt;
    }
    return KnownPassword{int(query.columnInt64(0)), splitList(query.columnText(1)), QDateTime::fromString(query.columnText(2), Qt::ISODate)};
}

void People::forgetKnownPassword(qint64 personId)
{
    Statement remove = m_db.prepare("DELETE FROM person_known_password WHERE person_id = ?;");
    remove.bind(1, personId).run();
}

} // namespace BreachAdvisor
