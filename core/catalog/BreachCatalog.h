#pragma once

#include "Breach.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace BreachAdvisor {

class Database;

// The breaches known to one vault. Imports are atomic and keyed by Name: a
// re-import updates the facts and keeps our own description and notes.
class BreachCatalog
{
public:
    struct ImportSummary
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList unknownDataClasses; // kept and shown, not in our taxonomy
    };

    explicit BreachCatalog(Database &db);

    // HIBP /api/v3/breaches JSON (or our bundled form). Throws Error(RejectedInput)
    // naming file, line and problem; on any error nothing is stored.
    ImportSummary importFile(const QString &path);
    ImportSummary importBreaches(const QList<Breach> &breaches);
    // Loads the catalog shipped in resources/ when it is newer than what this vault
    // has; returns nullopt when the vault is already up to date.
    std::optional<ImportSummary> updateFromBundled();
    // A breach the bundled catalog does not know, entered by hand (origin Added; data
    // classes in their canonical spelling when known). Throws Usage for a missing or
    // invalid field, AlreadyExists when the name is taken.
    void add(const Breach &breach);

    QList<Breach> list() const;
    std::optional<Breach> find(const QString &name) const;
    std::optional<Breach> find(qint64 id) const;
    std::optional<qint64> idOf(const QString &name) const;
    int count() const;
    QString bundledVersionInVault() const;
    static QString bundledVersion();

private:
    enum class WriteResult { Added, Updated, Unchanged };
    WriteResult write(const Breach &breach);
    // Our own texts of bundled breaches (a title, a description, where it comes from) in
    // the reader's language; Text::AsStored for writing back.
    enum class Text { Translated, AsStored };
    QList<Breach> select(const char *whereClause, const QVariant &argument, Text text = Text::Translated) const;

    Database &m_db;
};

} // namespace BreachAdvisor
