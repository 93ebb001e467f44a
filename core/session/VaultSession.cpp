#include "VaultSession.h"

#include "Error.h"
#include "IdentifierHasher.h"
#include "LeakImporter.h"
#include "LeakIndexWriter.h"
#include "ChecklistEngine.h"
#include "PersonalPlan.h"
#include "PhoneNumbers.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace BreachAdvisor {

VaultSession::VaultSession(std::unique_ptr<Vault> vault)
    : m_vault(std::move(vault))
    , m_catalog(std::make_unique<BreachCatalog>(m_vault->database()))
    , m_index(std::make_unique<LeakIndex>(m_vault->database()))
    , m_hasher(std::make_unique<IdentifierHasher>(m_vault->identifierKey()))
    , m_check(std::make_unique<IdentityCheck>(*m_catalog, *m_index, *m_hasher))
    , m_people(std::make_unique<People>(m_vault->database()))
    , m_plans(std::make_unique<PersonalPlan>(*m_catalog, *m_check, *m_people))
{
}

VaultSession::~VaultSession() = default;

std::unique_ptr<VaultSession> VaultSession::start(std::unique_ptr<Vault> vault)
{
    std::unique_ptr<VaultSession> session(new VaultSession(std::move(vault)));
    session->m_catalog->updateFromBundled(); // a newer app brings a newer catalog
    return session;
}

QString VaultSession::defaultDirectory()
{
    return Vault::defaultDirectory();
}

bool VaultSession::existsAt(const QString &directory)
{
    return Vault::existsAt(directory);
}

QString VaultSession::vaultIdAt(const QString &directory)
{
    return Vault::vaultIdAt(directory);
}

namespace {

void requireVault(const QString &directory)
{
    if (!Vault::existsAt(directory)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("VaultSession", "There is no vault in %1.").arg(QDir::toNativeSeparators(directory)));
    }
}

} // namespace

VaultSession::Created VaultSession::create(const QString &directory, const SecureBuffer &passphrase, const KdfParams &kdf)
{
    Vault::Created created = Vault::create(directory, passphrase, kdf);
    return {start(std::move(created.vault)), std::move(created.recoveryKey)};
}

void VaultSession::discardCreated(std::unique_ptr<VaultSession> session)
{
    std::unique_ptr<Vault> vault = std::move(session->m_vault);
    session.reset(); // everything that uses the vault's database goes first
    Vault::discardCreated(std::move(vault));
}

std::unique_ptr<VaultSession> VaultSession::open(const QString &directory, const SecureBuffer &passphrase)
{
    requireVault(directory);
    return start(Vault::open(directory, passphrase));
}

std::unique_ptr<VaultSession> VaultSession::openWithRecoveryKey(const QString &directory, std::string_view recoveryKey)
{
    requireVault(directory);
    return start(Vault::openWithRecoveryKey(directory, recoveryKey));
}

std::unique_ptr<VaultSession> VaultSession::openWithRememberedKey(const QString &directory, SecureBuffer rememberedKey)
{
    requireVault(directory);
    return start(Vault::openRemembered(directory, std::move(rememberedKey)));
}

VaultInfo VaultSession::info()
{
    return VaultInfo{m_vault->directory(),
                     m_vault->vaultId(),
                     m_vault->schemaVersion(),
                     m_vault->cipherVersion(),
                     Database::sqliteVersion(),
                     m_catalog->count(),
                     m_catalog->bundledVersionInVault(),
                     m_vault->kdf(),
                     m_vault->rekeyPending()};
}

const QString &VaultSession::directory() const
{
    return m_vault->directory();
}

const QStringList &VaultSession::notices() const
{
    return m_vault->notices();
}

void VaultSession::changePassphrase(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &kdf)
{
    m_vault->changePassphrase(newPassphrase, kdf);
}

SecureBuffer VaultSession::prepareRecoveryKey()
{
    return m_vault->prepareRecoveryKey();
}

void VaultSession::finishRecoveryKey()
{
    m_vault->finishRecoveryKey();
}

SecureBuffer VaultSession::prepareRekey(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &kdf)
{
    return m_vault->prepareRekey(newPassphrase, kdf);
}

void VaultSession::commitRekey()
{
    m_vault->commitRekey();
}

void VaultSession::finishRekey()
{
    m_index->invalidate(); // its prepared queries belong to the connection that is reopened
    m_vault->finishRekey();
}

void VaultSession::cancelRekey()
{
    m_vault->cancelRekey();
}

void VaultSession::remember(KeyStore &store, KeyStore::Done done) const
{
    m_vault->remember(store, std::move(done));
}

void VaultSession::forget(KeyStore &store, KeyStore::Done done) const
{
    m_vault->forget(store, std::move(done));
}

QList<Breach> VaultSession::breaches() const
{
    return m_catalog->list();
}

std::optional<Breach> VaultSession::breach(const QString &name) const
{
    return m_catalog->find(name);
}

BreachCatalog::ImportSummary VaultSession::importCatalog(const QList<Breach> &breaches)
{
    const BreachCatalog::ImportSummary summary = m_catalog->importBreaches(breaches);
    m_plans->catalogChanged();
    return summary;
}

Breach VaultSession::addBreach(const Breach &breach)
{
    m_catalog->add(breach);
    m_plans->catalogChanged();
    return *m_catalog->find(breach.name);
}

QList<Service> VaultSession::services()
{
    return ChecklistRules::bundled().services();
}

QStringList VaultSession::servicesOf(const Breach &breach) const
{
    const ChecklistEngine engine(ChecklistRules::bundled(), DataClassTaxonomy::bundled());
    return engine.servicesOf(PlanReason::fromBreach(breach, breach.dataClasses, Evidence::Possible));
}

const QList<LeakFormatPreset> &VaultSession::leakFormatPresets()
{
    return LeakFormatPreset::all();
}

LeakImportPlan VaultSession::planImport(const LeakImportOptions &options)
{
    checkRegion(options.region);
    return LeakImporter(*m_vault, options).plan();
}

LeakImportReport VaultSession::importLeak(const LeakImportOptions &options,
                                          const std::function<void(const LeakImportProgress &)> &progress,
                                          const std::atomic_bool *cancel)
{
    checkRegion(options.region);
    LeakImporter importer(*m_vault, options);
    try {
        const LeakImportReport report = importer.run(progress, cancel);
        m_index->invalidate();
        return report;
    } catch (...) {
        m_index->invalidate(); // the writer's transaction rolled back: read the imports again
        throw;
    }
}

LeakArchiveReport VaultSession::planArchiveImport(const LeakImportOptions &options, const MemberPlanned &planned, int maxPlans)
{
    checkRegion(options.region);
    return LeakArchiveImporter(*m_vault, options).plan(planned, maxPlans);
}

LeakArchiveReport VaultSession::importArchive(const LeakImportOptions &options,
                                              const std::function<void(const LeakImportProgress &)> &progress,
                                              const std::atomic_bool *cancel, const MemberPlanned &planned)
{
    checkRegion(options.region);
    m_index->invalidate(); // its prepared queries would keep a failed walk from removing what it imported
    try {
        const LeakArchiveReport report = LeakArchiveImporter(*m_vault, options).run(progress, cancel, planned);
        m_index->invalidate();
        return report;
    } catch (...) {
        m_index->invalidate(); // members imported before the failure were removed again
        throw;
    }
}

void VaultSession::removeImport(qint64 importId, const WorkControl &control)
{
    m_index->invalidate(); // its prepared queries would hold the table
    const bool removed = LeakIndexWriter(m_vault->database()).removeImport(importId, control);
    if (!removed) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("VaultSession", "There is no import %1.").arg(importId));
    }
}

qint64 VaultSession::compact()
{
    m_index->invalidate(); // its prepared queries would keep VACUUM from running
    return LeakIndexWriter(m_vault->database()).compact();
}

BundleExportReport VaultSession::exportBundle(const QString &path, const BundleKeys::HelpDeskKeys &keys, const QList<qint64> &importIds)
{
    const SecureBuffer ownKey = m_vault->identifierKey();
    return BundleExchange(m_vault->database(), ownKey).exportTo(path, keys, importIds);
}

BundleSigner VaultSession::trustSigner(const QByteArray &publicKey, const QString &name)
{
    const SecureBuffer ownKey = m_vault->identifierKey();
    return BundleExchange(m_vault->database(), ownKey).trust(publicKey, name);
}

QList<BundleSigner> VaultSession::bundleSigners()
{
    const SecureBuffer ownKey = m_vault->identifierKey();
    return BundleExchange(m_vault->database(), ownKey).signers();
}

BundleImportReport VaultSession::importBundle(const QString &path, const QString &name, const SecureBuffer &contentKey, bool allowOlder)
{
    const SecureBuffer ownKey = m_vault->identifierKey();
    const BundleImportReport report = BundleExchange(m_vault->database(), ownKey).importFrom(path, name, contentKey, allowOlder);
    m_index->invalidate();
    m_plans->catalogChanged();
    return report;
}

IndexStats VaultSession::indexStats()
{
    IndexStats stats;
    QHash<qint64, Breach> breaches;
    const auto breachOf = [&](qint64 id) -> const Breach & {
        auto it = breaches.find(id);
        if (it == breaches.end()) {
            it = breaches.insert(id, m_catalog->find(id).value_or(Breach()));
        }
        return *it;
    };
    for (const LeakIndex::BreachTotals &totals : m_index->totalsByBreach()) {
        stats.breaches << IndexStats::PerBreach{breachOf(totals.breachId), totals};
        stats.records += totals.records;
        stats.bytes += totals.bytes;
    }
    for (const LeakIndex::ImportInfo &import : m_index->imports()) {
        const Breach &breach = breachOf(import.breachId);
        stats.imports << IndexStats::PerImport{import, breach.name, breach.displayTitle()};
    }
    stats.vaultFileBytes = QFileInfo(Vault::databasePath(m_vault->directory())).size();
    return stats;
}

CheckReport VaultSession::check(const QList<IdentifierInput> &identifiers, const QString &region, const WorkControl &control)
{
    checkRegion(region);
    CheckReport report;
    report.identifiers = m_check->check(identifiers, region.toUpper(), control);
    report.summary = summarize(report.identifiers);
    return report;
}

CheckSummary VaultSession::summarize(const QList<CheckedIdentifier> &identifiers)
{
    return m_check->summarize(identifiers);
}

QList<Person> VaultSession::people() const
{
    return m_people->list();
}

std::optional<Person> VaultSession::person(const QString &name) const
{
    return m_people->find(name);
}

Person VaultSession::requirePerson(const QString &name) const
{
    const std::optional<Person> found = m_people->find(name);
    if (!found) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("VaultSession", "Nobody called \"%1\" is saved in this vault.").arg(name));
    }
    return *found;
}

Person VaultSession::requirePerson(qint64 id) const
{
    const std::optional<Person> found = m_people->find(id);
    if (!found) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("People", "This person is no longer saved in the vault."));
    }
    return *found;
}

Person VaultSession::addPerson(const Person &person)
{
    return m_people->add(person);
}

Person VaultSession::updatePerson(const Person &person)
{
    return m_people->update(person);
}

void VaultSession::removePerson(const Person &person)
{
    m_people->remove(person.id);
}

QList<PersonSummary> VaultSession::peopleSummaries(const WorkControl &control)
{
    const QList<Person> all = m_people->list();
    QList<PersonSummary> summaries;
    control.report(0, all.size());
    for (const Person &person : all) {
        control.throwIfCancelled();
        const Plan plan = m_plans->buildFor(person);
        summaries << PersonSummary{person, int(plan.items.size()), plan.finishedCount()};
        control.report(summaries.size(), all.size());
    }
    return summaries;
}

Plan VaultSession::planFor(const Person &person)
{
    return m_plans->buildFor(person);
}

Plan VaultSession::planFor(const QList<IdentifierInput> &identifiers, const QString &region, const QStringList &uses,
                           const QStringList &platforms)
{
    checkRegion(region);
    return m_plans->build(PersonalPlan::Request{identifiers, region.toUpper(), uses, platforms, {}, std::nullopt});
}

std::optional<StepProgress> VaultSession::markStep(const Person &person, const QString &stepId, StepStatus status,
                                                   const std::optional<QString> &note)
{
    return m_plans->mark(person, stepId, status, note);
}

void VaultSession::restoreStep(const Person &person, const QString &stepId, const std::optional<StepProgress> &previous)
{
    m_plans->restore(person, stepId, previous);
}

namespace {

Breach requireBreach(const BreachCatalog &catalog, const QString &name)
{
    const std::optional<Breach> breach = catalog.find(name);
    if (!breach) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("VaultSession", "The catalog has no breach named \"%1\".").arg(name));
    }
    return *breach;
}

} // namespace

void VaultSession::reportBreach(const Person &person, const QString &breachName, const QStringList &fields)
{
    QStringList canonical;
    for (const QString &field : fields) {
        canonical << DataClassTaxonomy::bundled().describe(field).name;
    }
    m_people->reportBreach(person.id, requireBreach(*m_catalog, breachName).id, canonical);
}

QList<QPair<Breach, ReportedBreach>> VaultSession::reportedBreaches(const Person &person) const
{
    QList<QPair<Breach, ReportedBreach>> reported;
    for (const ReportedBreach &entry : m_people->reportedBreaches(person.id)) {
        reported << qMakePair(m_catalog->find(entry.breachId).value_or(Breach()), entry);
    }
    return reported;
}

void VaultSession::forgetReportedBreach(const Person &person, const QString &breachName)
{
    m_people->forgetReportedBreach(person.id, requireBreach(*m_catalog, breachName).id);
}

void VaultSession::recordKnownPassword(const Person &person, int seenClass, const QStringList &usedAt)
{
    m_people->recordKnownPassword(person.id, seenClass, usedAt);
}

std::optional<KnownPassword> VaultSession::knownPassword(const Person &person) const
{
    return m_people->knownPassword(person.id);
}

void VaultSession::forgetKnownPassword(const Person &person)
{
    m_people->forgetKnownPassword(person.id);
}

void VaultSession::checkRegion(const QString &region)
{
    if (!region.isEmpty() && !PhoneNumbers::isKnownRegion(region)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("VaultSession", "\"%1\" is not a known two-letter country code.").arg(region));
    }
}

} // namespace BreachAdvisor
