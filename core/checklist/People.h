#pragma once

#include "NormalizedIdentifier.h"
#include "Plan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace BreachAdvisor {

class Database;

struct Person
{
    qint64 id = 0; // 0 until saved
    QString name;
    QString country; // ISO 3166 code, or empty
    QStringList platforms; // android, iphone, computer
    QStringList uses;      // service ids or names the checklist knows
    QList<IdentifierInput> identifiers; // as typed
    QString language; // the language they read ("ar"), for their handout; empty: the app's
};

struct StepProgress
{
    QString stepId;
    StepStatus status = StepStatus::Open; // Open: back to to-do, keeping the note
    QString note;
    QDateTime changed;
    QStringList reasons; // breach names the step had when it was marked
};

// A breach a person says a notice named, and the kinds of data it listed.
struct ReportedBreach
{
    qint64 breachId = 0;
    QStringList fields;
    QDateTime reportedAt;
};

// "A password of theirs is known": a password checked for them was in the list of leaked
// passwords. Nothing of the password is kept: how often it was seen (PasswordSeen's class,
// an order of magnitude), the services they said use it, and when it was found.
struct KnownPassword
{
    int seenClass = 0;
    QStringList usedAt; // service ids
    QDateTime foundAt;
};

// The people saved in a vault and their progress. Lives only in the encrypted database.
class People
{
public:
    explicit People(Database &db);

    // What is wrong with a person before saving, one sentence each (empty: fine):
    // no name, an unknown country, platform or service, an identifier that cannot be
    // right (as normalized for their country).
    static QStringList problems(const Person &person);

    // Throws Error(Usage) for problems(), Error(AlreadyExists) when the name is taken.
    // Nothing is saved then.
    Person add(const Person &person);
    // Replaces a saved person's details (by id); their progress stays.
    Person update(const Person &person);
    // Throws Error(NotFound) when there is nobody with that id.
    void remove(qint64 personId);
    QList<Person> list() const;
    std::optional<Person> find(const QString &name) const;
    std::optional<Person> find(qint64 id) const;

    QHash<QString, StepProgress> progress(qint64 personId) const;
    void setProgress(qint64 personId, const StepProgress &progress);
    void clearProgress(qint64 personId, const QString &stepId);

    // "I was told I'm in a breach": kept per person and breach; reporting again replaces
    // the fields. Throws Error(Usage) when no field is given.
    void reportBreach(qint64 personId, qint64 breachId, const QStringList &fields);
    QList<ReportedBreach> reportedBreaches(qint64 personId) const;
    void forgetReportedBreach(qint64 personId, qint64 breachId);

    // The checklist's ids of these services (ids or names), each once, in order. Throws
    // Error(Usage) naming one the checklist does not know.
    static QStringList serviceIds(const QStringList &services);
    // Keeps that a password of theirs is known. Found again, it keeps the higher seen class,
    // the services of both and the later date. Throws Error(Usage) for an unknown service
    // or a seen class out of range.
    void recordKnownPassword(qint64 personId, int seenClass, const QStringList &usedAt);
    std::optional<KnownPassword> knownPassword(qint64 personId) const;
    void forgetKnownPassword(qint64 personId);

private:
    void check(const Person &person) const;
    void writeIdentifiers(qint64 personId, const QList<IdentifierInput> &identifiers);
    std::optional<Person> select(const char *whereClause, const QVariant &key) const;

    Database &m_db;
};

} // namespace BreachAdvisor
