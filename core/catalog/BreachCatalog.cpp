#include "BreachCatalog.h"

#include "BreachJson.h"
#include "DataClassTaxonomy.h"
#include "Error.h"
#include "SqlCipher.h"

#include <QCoreApplication>
#include <QHash>

namespace BreachAdvisor {

namespace {

constexpr char kBundledCatalogPath[] = ":/catalog/breaches.json";
constexpr char kBundledVersionKey[] = "bundled_catalog_version";

Breach::Origin originFromName(const QString &name)
{
    if (name == QLatin1String("bundled")) return Breach::Origin::Bundled;
    if (name == QLatin1String("added")) return Breach::Origin::Added;
    return Breach::Origin::Imported;
}

QString dateTimeText(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

bool sameFacts(const Breach &a, const Breach &b)
{
    return a.name == b.name && a.title == b.title && a.domain == b.domain && a.breachDate == b.breachDate
        && a.addedDate == b.addedDate && a.modifiedDate == b.modifiedDate && a.pwnCount == b.pwnCount
        && a.dataClasses == b.dataClasses && a.isVerified == b.isVerified && a.isFabricated == b.isFabricated
        && a.isSensitive == b.isSensitive && a.isRetired == b.isRetired && a.isSpamList == b.isSpamList
        && a.isMalware == b.isMalware && a.isStealerLog == b.isStealerLog
        && a.isSubscriptionFree == b.isSubscriptionFree && a.attribution == b.attribution
        && a.disclosureUrl == b.disclosureUrl && a.sourceDescription == b.sourceDescription;
}

const char *const kColumns =
    "id, name, title, domain, breach_date, added_date, modified_date, pwn_count, is_verified, is_fabricated, "
    "is_sensitive, is_retired, is_spam_list, is_malware, is_stealer_log, is_subscription_free, attribution, "
    "disclosure_url, source_description, origin, our_description, provenance_notes, provenance_sources, facts_source";

} // namespace

BreachCatalog::BreachCatalog(Database &db)
    : m_db(db)
{
}

BreachCatalog::ImportSummary BreachCatalog::importFile(const QString &path)
{
    return importBreaches(BreachJson::readFile(path, Breach::Origin::Imported).breaches);
}

BreachCatalog::ImportSummary BreachCatalog::importBreaches(const QList<Breach> &breaches)
{
    ImportSummary summary;
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();
    Transaction transaction(m_db);
    for (const Breach &breach : breaches) {
        switch (write(breach)) {
        case WriteResult::Added: ++summary.added; break;
        case WriteResult::Updated: ++summary.updated; break;
        case WriteResult::Unchanged: ++summary.unchanged; break;
        }
        for (const QString &dataClass : breach.dataClasses) {
            if (!taxonomy.isKnown(dataClass) && !summary.unknownDataClasses.contains(dataClass)) {
                summary.unknownDataClasses << dataClass;
            }
        }
    }
    transaction.commit();
    return summary;
}

std::optional<BreachCatalog::ImportSummary> BreachCatalog::updateFromBundled()
{
    const BreachJson::CatalogFile bundled = BreachJson::readFile(QLatin1String(kBundledCatalogPath), Breach::Origin::Bundled);
    const QString inVault = bundledVersionInVault();
    if (!inVault.isEmpty() && inVault >= bundled.version) {
        return std::nullopt;
    }
    ImportSummary summary = importBreaches(bundled.breaches);
    Statement setVersion = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?);");
    setVersion.bind(1, QLatin1String(kBundledVersionKey)).bind(2, bundled.version).run();
    return summary;
}

QString BreachCatalog::bundledVersion()
{
    return BreachJson::readFile(QLatin1String(kBundledCatalogPath), Breach::Origin::Bundled).version;
}

QString BreachCatalog::bundledVersionInVault() const
{
    Statement query = m_db.prepare("SELECT value FROM meta WHERE key = ?;");
    query.bind(1, QLatin1String(kBundledVersionKey));
    return query.step() ? query.columnText(0) : QString();
}

void BreachCatalog::add(const Breach &given)
{
    Breach breach = given;
    breach.name = breach.name.trimmed();
    breach.title = breach.title.trimmed();
    breach.domain = breach.domain.trimmed();
    breach.origin = Breach::Origin::Added;
    QStringList classes;
    for (const QString &dataClass : std::as_const(breach.dataClasses)) {
        if (!dataClass.trimmed().isEmpty()) {
            classes << DataClassTaxonomy::bundled().describe(dataClass.trimmed()).name; // canonical spelling when known
        }
    }
    breach.dataClasses = classes;
    if (breach.name.trimmed().isEmpty() || breach.title.trimmed().isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("BreachCatalog", "A breach needs a name and a title."));
    }
    if (!breach.breachDate.isValid()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("BreachCatalog", "The breach date is not a valid date (YYYY-MM-DD)."));
    }
    if (breach.dataClasses.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("BreachCatalog", "Say which kinds of data leaked (for example \"Phone numbers;Names\")."));
    }
    if (idOf(breach.name)) {
        throw Error(ErrorKind::AlreadyExists, QCoreApplication::translate("BreachCatalog", "The catalog already has a breach named \"%1\".").arg(breach.name));
    }
    Transaction transaction(m_db);
    write(breach);
    transaction.commit();
}

BreachCatalog::WriteResult BreachCatalog::write(const Breach &incoming)
{
    const QList<Breach> stored = select("WHERE name = ?1", incoming.name.trimmed(), Text::AsStored);
    const std::optional<Breach> existing = stored.isEmpty() ? std::nullopt : std::optional<Breach>(stored.first());
    Breach merged = incoming;
    if (existing) {
        // Our own fields survive an import that does not carry them.
        if (merged.ourDescription.isEmpty()) merged.ourDescription = existing->ourDescription;
        if (merged.provenanceNotes.isEmpty()) merged.provenanceNotes = existing->provenanceNotes;
        if (merged.provenanceSources.isEmpty()) merged.provenanceSources = existing->provenanceSources;
        if (merged.factsSource.isEmpty()) merged.factsSource = existing->factsSource;
        // Newer facts win: an older catalog file never rolls a breach back.
        const bool existingIsNewer = existing->modifiedDate.isValid() && incoming.modifiedDate.isValid()
                                  && existing->modifiedDate > incoming.modifiedDate;
        if (existingIsNewer || (sameFacts(*existing, merged) && existing->ourDescription == merged.ourDescription
                                && existing->provenanceNotes == merged.provenanceNotes
                                && existing->provenanceSources == merged.provenanceSources
                                && existing->factsSource == merged.factsSource)) {
            return WriteResult::Unchanged;
        }
        if (existing->origin == Breach::Origin::Added && merged.origin == Breach::Origin::Bundled) {
            merged.origin = Breach::Origin::Added;
        }
    }

    Statement upsert = m_db.prepare(existing
        ? "UPDATE breach SET name=?1, title=?2, domain=?3, breach_date=?4, added_date=?5, modified_date=?6, "
          "pwn_count=?7, is_verified=?8, is_fabricated=?9, is_sensitive=?10, is_retired=?11, is_spam_list=?12, "
          "is_malware=?13, is_stealer_log=?14, is_subscription_free=?15, attribution=?16, disclosure_url=?17, "
          "source_description=?18, origin=?19, our_description=?20, provenance_notes=?21, provenance_sources=?22, "
          "facts_source=?23 WHERE id=?24;"
        : "INSERT INTO breach(name, title, domain, breach_date, added_date, modified_date, pwn_count, is_verified, "
          "is_fabricated, is_sensitive, is_retired, is_spam_list, is_malware, is_stealer_log, is_subscription_free, "
          "attribution, disclosure_url, source_description, origin, our_description, provenance_notes, "
          "provenance_sources, facts_source) "
          "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23);");
    upsert.bind(1, merged.name).bind(2, merged.title).bind(3, merged.domain)
        .bind(4, merged.breachDate.toString(Qt::ISODate)).bind(5, dateTimeText(merged.addedDate))
        .bind(6, dateTimeText(merged.modifiedDate)).bind(7, merged.pwnCount)
        .bind(8, qint64(merged.isVerified)).bind(9, qint64(merged.isFabricated)).bind(10, qint64(merged.isSensitive))
        .bind(11, qint64(merged.isRetired)).bind(12, qint64(merged.isSpamList)).bind(13, qint64(merged.isMalware))
        .bind(14, qint64(merged.isStealerLog)).bind(15, qint64(merged.isSubscriptionFree))
        .bind(16, merged.attribution).bind(17, merged.disclosureUrl).bind(18, merged.sourceDescription)
        .bind(19, originName(merged.origin)).bind(20, merged.ourDescription).bind(21, merged.provenanceNotes)
        .bind(22, merged.provenanceSources.join(QLatin1Char('\n'))).bind(23, merged.factsSource);
    qint64 id = 0;
    if (existing) {
        id = existing->id;
        upsert.bind(24, id);
    }
    upsert.run();
    if (!existing) {
        id = m_db.lastInsertRowId();
    }

    Statement clearClasses = m_db.prepare("DELETE FROM breach_data_class WHERE breach_id = ?;");
    clearClasses.bind(1, id).run();
    Statement insertClass = m_db.prepare("INSERT INTO breach_data_class(breach_id, position, name) VALUES (?, ?, ?);");
    for (int position = 0; position < merged.dataClasses.size(); ++position) {
        insertClass.bind(1, id).bind(2, qint64(position)).bind(3, merged.dataClasses.at(position)).run();
    }
    return existing ? WriteResult::Updated : WriteResult::Added;
}

QList<Breach> BreachCatalog::select(const char *whereClause, const QVariant &argument, Text text) const
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM breach " + whereClause + " ORDER BY name COLLATE NOCASE;";
    Statement query = m_db.prepare(sql.constData());
    if (argument.typeId() == QMetaType::LongLong) {
        query.bind(1, argument.toLongLong());
    } else if (argument.isValid()) {
        query.bind(1, argument.toString());
    }
    QList<Breach> breaches;
    QHash<qint64, qsizetype> indexById;
    while (query.step()) {
        Breach breach;
        breach.id = query.columnInt64(0);
        breach.name = query.columnText(1);
        breach.title = query.columnText(2);
        breach.domain = query.columnText(3);
        breach.breachDate = QDate::fromString(query.columnText(4), Qt::ISODate);
        breach.addedDate = QDateTime::fromString(query.columnText(5), Qt::ISODate);
        breach.modifiedDate = QDateTime::fromString(query.columnText(6), Qt::ISODate);
        breach.pwnCount = query.columnInt64(7);
        breach.isVerified = query.columnInt64(8);
        breach.isFabricated = query.columnInt64(9);
        breach.isSensitive = query.columnInt64(10);
        breach.isRetired = query.columnInt64(11);
        breach.isSpamList = query.columnInt64(12);
        breach.isMalware = query.columnInt64(13);
        breach.isStealerLog = query.columnInt64(14);
        breach.isSubscriptionFree = query.columnInt64(15);
        breach.attribution = query.columnText(16);
        breach.disclosureUrl = query.columnText(17);
        breach.sourceDescription = query.columnText(18);
        breach.origin = originFromName(query.columnText(19));
        breach.ourDescription = query.columnText(20);
        breach.provenanceNotes = query.columnText(21);
        const QString sources = query.columnText(22);
        breach.provenanceSources = sources.isEmpty() ? QStringList() : sources.split(QLatin1Char('\n'));
        breach.factsSource = query.columnText(23);
        if (text == Text::Translated && breach.origin == Breach::Origin::Bundled) {
            // translations/checklist_strings.cpp holds them (context "catalog"); HIBP's
            // titles are names and stay as they are.
            const auto translated = [](const QString &english) {
                return english.isEmpty() ? english : QCoreApplication::translate("catalog", english.toUtf8().constData());
            };
            breach.title = translated(breach.title);
            breach.ourDescription = translated(breach.ourDescription);
            breach.provenanceNotes = translated(breach.provenanceNotes);
        }
        indexById.insert(query.columnInt64(0), breaches.size());
        breaches << breach;
    }
    if (breaches.isEmpty()) {
        return breaches;
    }
    Statement classes = m_db.prepare(breaches.size() == 1
        ? "SELECT breach_id, name FROM breach_data_class WHERE breach_id = ? ORDER BY position;"
        : "SELECT breach_id, name FROM breach_data_class ORDER BY breach_id, position;");
    if (breaches.size() == 1) {
        classes.bind(1, indexById.constBegin().key());
    }
    while (classes.step()) {
        const auto it = indexById.constFind(classes.columnInt64(0));
        if (it != indexById.constEnd()) {
            breaches[*it].dataClasses << classes.columnText(1);
        }
    }
    return breaches;
}

QList<Breach> BreachCatalog::list() const
{
    return select("", QVariant());
}

std::optional<Breach> BreachCatalog::find(const QString &name) const
{
    const QList<Breach> found = select("WHERE name = ?1", name.trimmed());
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

std::optional<Breach> BreachCatalog::find(qint64 id) const
{
    const QList<Breach> found = select("WHERE id = ?1", QVariant(id));
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

std::optional<qint64> BreachCatalog::idOf(const QString &name) const
{
    Statement query = m_db.prepare("SELECT id FROM breach WHERE name = ?;");
    query.bind(1, name.trimmed());
    if (!query.step()) {
        return std::nullopt;
    }
    return query.columnInt64(0);
}

int BreachCatalog::count() const
{
    Statement query = m_db.prepare("SELECT count(*) FROM breach;");
    query.step();
    return int(query.columnInt64(0));
}

} // namespace BreachAdvisor
