#pragma once

#include "IdentifierHasher.h"

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
    qint64 id = 0;
    QString name;
    QString country; // ISO 3166 code, or empty
    QStringList platforms;
    QStringList uses;
    QList<QPair<IdentifierKind, QString>> identifiers; // as typed
};

struct StepProgress
{
    QString stepId;
    QString status; // done, skipped, not_applicable
    QString note;
    QDateTime changed;
    QStringList reasons; // breach names the step had when it was marked
};

// The people saved in a vault and their progress. Lives only in the encrypted database.
class People
{
public:
    explicit People(Database &db);

    // Throws Error(Usage) when the name is taken or empty.
    Person add(const Person &person);
    QList<Person> list() const;
    std::optional<Person> find(const QString &name) const;

    QHash<QString, StepProgress> progress(qint64 personId) const;
    void setProgress(qint64 personId, const StepProgress &progress);

    static QString kindName(IdentifierKind kind) { return identifierKindName(kind); }

private:
    Database &m_db;
};

} // namespace BreachAdvisor
