#pragma once

#include "BreachCatalog.h"
#include "BundleExchange.h"
#include "IdentityCheck.h"
#include "KeyStore.h"
#include "LeakFormatPreset.h"
#include "LeakImport.h"
#include "LeakIndex.h"
#include "People.h"
#include "Plan.h"
#include "SecureBuffer.h"
#include "VaultKeys.h"
#include "WorkControl.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace BreachAdvisor {

class IdentifierHasher;
class PersonalPlan;
class Vault;

// What a vault holds, for "vault info" and the app's settings.
struct VaultInfo
{
    QString directory;
    QString vaultId;
    int schemaVersion = 0;
    QString cipherVersion; // SQLCipher's, e.g. "4.14.0 community"
    QString sqliteVersion; // of the SQLite inside it, e.g. "3.51.3"
    int breaches = 0;
    QString bundledCatalogVersion; // the bundled catalog's version last loaded into this vault
    KdfParams kdf;
    bool rekeyPending = false; // a re-key was prepared and not finished (see prepareRekey)

    // "4.14.0 community (SQLite 3.51.3)": the same in every language.
    QString encryptionVersion() const { return QStringLiteral("%1 (SQLite %2)").arg(cipherVersion, sqliteVersion); }
};

// The leak index in numbers, per breach and per import.
struct IndexStats
{
    struct PerBreach
    {
        Breach breach;
        LeakIndex::BreachTotals totals;
    };
    struct PerImport
    {
        LeakIndex::ImportInfo import;
        QString breachName;
        QString breachTitle; // for a person to read: Breach::displayTitle
    };
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 vaultFileBytes = 0;
    QList<PerBreach> breaches;
    QList<PerImport> imports;
    double bytesPerRecord() const { return records > 0 ? double(bytes) / double(records) : 0.0; }
};

// A check of identifiers that are not saved anywhere ("quick check").
struct CheckReport
{
    QList<CheckedIdentifier> identifiers;
    CheckSummary summary;
};

// A saved person and how far they are with their plan.
struct PersonSummary
{
    Person person;
    int steps = 0;
    int finished = 0;
};

// One open vault and everything a front end does with it: the command line and the
// desktop app are skins over this class.
//
// Threading rule: a session, and everything it returns by reference, belongs to one
// thread at a time — the thread that opened it. The desktop app opens it on its worker
// thread and only ever calls it there (queued calls), so slow work never blocks the
// window. Long work takes a WorkControl or cancel flag: those may be set from any
// thread, and progress is reported on the session's thread. Nothing here runs an
// event loop; the keychain (KeyStore) answers through the caller's event loop.
class VaultSession
{
public:
    struct Created;

    ~VaultSession();
    VaultSession(const VaultSession &) = delete;
    VaultSession &operator=(const VaultSession &) = delete;

    // --- Opening (each brings the bundled catalog up to date). Argon2id makes the
    // passphrase forms take about half a second: run them off the GUI thread. ---
    static QString defaultDirectory();
    static bool existsAt(const QString &directory);
    // The id that names the vault in a KeyStore ("remember on this computer").
    static QString vaultIdAt(const QString &directory);
    // Throws Error: Usage (folder not empty, or not one that can be made private), Internal
    // (no SQLCipher in this process, disk). A create that fails leaves nothing behind.
    static Created create(const QString &directory, const SecureBuffer &passphrase,
                          const KdfParams &kdf = KdfParams::moderate());
    // Undoes create() when its recovery key could not be shown or kept: the vault's files
    // (and its folder, if create made it) are removed. Only for a session create() returned.
    static void discardCreated(std::unique_ptr<VaultSession> session);
    // Throw Error: NotFound (no vault there), WrongCredentials, VaultInUse, Damaged (also
    // for a folder other users can write to), Internal (no SQLCipher in this process).
    // The new credentials of an unfinished re-key finish it while opening.
    static std::unique_ptr<VaultSession> open(const QString &directory, const SecureBuffer &passphrase);
    static std::unique_ptr<VaultSession> openWithRecoveryKey(const QString &directory, std::string_view recoveryKey);
    static std::unique_ptr<VaultSession> openWithRememberedKey(const QString &directory, SecureBuffer rememberedKey);

    // --- The vault ---
    VaultInfo info();
    const QString &directory() const;
    // What opening did that the person should be told, a line each (Vault::notices: a vault
    // other users could read was made private). Front ends show them once, after opening.
    const QStringList &notices() const;
    // Rewraps the vault's key: fast, but an old copy of vault.header still opens the vault
    // with the old passphrase. Keeps the vault's key strength unless another is given.
    void changePassphrase(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &kdf = std::nullopt);
    // A new recovery key: prepareRecoveryKey returns it (formatted for printing) and the
    // vault keeps the old one until finishRecoveryKey, called once the person kept it.
    SecureBuffer prepareRecoveryKey();
    void finishRecoveryKey();
    // Re-key, for "my passphrase was compromised": a new key for the vault, the database
    // re-encrypted with it, a new passphrase and a new recovery key; old passphrases,
    // recovery keys, remembered keys and old copies of vault.header stop opening it.
    // prepareRekey returns the new recovery key (formatted) for the person to keep and
    // writes nothing; once it was shown, commitRekey writes the new slots beside the old
    // ones, and finishRekey (committing first if needed) re-encrypts (as long as writing
    // the whole database once; no steps to report, not interruptible: run it on the
    // worker thread); cancelRekey instead forgets the prepared re-key. A crash at any
    // moment leaves a vault that the old credentials open, or the new ones once the new
    // recovery key was shown, with all its data.
    SecureBuffer prepareRekey(const SecureBuffer &newPassphrase, const std::optional<KdfParams> &kdf = std::nullopt);
    void commitRekey();
    void finishRekey();
    void cancelRekey();
    void remember(KeyStore &store, KeyStore::Done done) const;
    void forget(KeyStore &store, KeyStore::Done done) const;

    // --- The breach catalog ---
    QList<Breach> breaches() const;
    std::optional<Breach> breach(const QString &name) const;
    BreachCatalog::ImportSummary importCatalog(const QList<Breach> &breaches);
    // A breach the catalog does not know yet; throws Usage for a missing field,
    // AlreadyExists for a name that is taken.
    Breach addBreach(const Breach &breach);

    // The services the checklist knows (WhatsApp, Facebook, ...), and those a breach is at.
    static QList<Service> services();
    QStringList servicesOf(const Breach &breach) const;

    // --- The leak index ---
    // The layouts of well-known leak files: LeakFormatPreset::applyTo sets up an import.
    static const QList<LeakFormatPreset> &leakFormatPresets();
    // What an import would do (columns, mapping, phone format, first rows), without doing it.
    LeakImportPlan planImport(const LeakImportOptions &options);
    LeakImportReport importLeak(const LeakImportOptions &options, const std::function<void(const LeakImportProgress &)> &progress = {},
                                const std::atomic_bool *cancel = nullptr);
    // An archive of leak files (LeakArchive::isArchive): every member listed and each chosen
    // one planned, or imported as an import of its own (all of them, or none: see
    // LeakArchiveImporter). planned is called with each member's plan before it is read.
    using MemberPlanned = std::function<void(const QString &member, const LeakImportPlan &plan)>;
    LeakArchiveReport planArchiveImport(const LeakImportOptions &options, const MemberPlanned &planned = {}, int maxPlans = -1);
    LeakArchiveReport importArchive(const LeakImportOptions &options, const std::function<void(const LeakImportProgress &)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr, const MemberPlanned &planned = {});
    // Throws NotFound when there is no such import. The file keeps its size until compact().
    void removeImport(qint64 importId, const WorkControl &control = {});
    // Gives the space of removed imports back to the file system; returns the bytes
    // freed. Takes a while on a big vault (it rewrites the file) and cannot be cancelled.
    qint64 compact();
    IndexStats indexStats();

    // --- Signed bundles (a help desk's catalog and imports, BundleExchange) ---
    // importIds empty: all. Throws NotFound for an import that is not there.
    BundleExportReport exportBundle(const QString &path, const BundleKeys::HelpDeskKeys &keys, const QList<qint64> &importIds);
    BundleSigner trustSigner(const QByteArray &publicKey, const QString &name);
    QList<BundleSigner> bundleSigners();
    // See BundleExchange::importFrom: all of it is merged, or nothing.
    BundleImportReport importBundle(const QString &path, const QString &name, const SecureBuffer &contentKey, bool allowOlder = false);

    // --- Checks: any number of identifiers in one call, sharing the work ---
    // region: the country of phone numbers written without a country code (checked).
    CheckReport check(const QList<IdentifierInput> &identifiers, const QString &region = {}, const WorkControl &control = {});
    // The summary of identifiers checked by check() or within a plan.
    CheckSummary summarize(const QList<CheckedIdentifier> &identifiers);

    // --- People and plans ---
    QList<Person> people() const;
    std::optional<Person> person(const QString &name) const;
    // Throws NotFound naming the person.
    Person requirePerson(const QString &name) const;
    // Throws NotFound when they are no longer saved (removed meanwhile).
    Person requirePerson(qint64 id) const;
    Person addPerson(const Person &person);
    Person updatePerson(const Person &person);
    void removePerson(const Person &person);
    // Every saved person with their progress ("3 of 9 steps done").
    QList<PersonSummary> peopleSummaries(const WorkControl &control = {});
    Plan planFor(const Person &person);
    // A plan for identifiers that are not saved (region checked; services and
    // platforms as PersonalPlan::Request).
    Plan planFor(const QList<IdentifierInput> &identifiers, const QString &region, const QStringList &uses,
                 const QStringList &platforms);
    // See PersonalPlan::mark and restore: the previous progress comes back for undo.
    std::optional<StepProgress> markStep(const Person &person, const QString &stepId, StepStatus status,
                                         const std::optional<QString> &note = std::nullopt);
    void restoreStep(const Person &person, const QString &stepId, const std::optional<StepProgress> &previous);
    // "I was told I'm in a breach": a notice named this breach and these kinds of data.
    // Throws NotFound for a breach the catalog does not have (add it first).
    void reportBreach(const Person &person, const QString &breachName, const QStringList &fields);
    QList<QPair<Breach, ReportedBreach>> reportedBreaches(const Person &person) const;
    void forgetReportedBreach(const Person &person, const QString &breachName);
    // "A password of theirs is known" (People::recordKnownPassword): their plan starts with
    // changing it. Nothing of the password itself is kept.
    void recordKnownPassword(const Person &person, int seenClass, const QStringList &usedAt);
    std::optional<KnownPassword> knownPassword(const Person &person) const;
    void forgetKnownPassword(const Person &person);

    // Throws Error(Usage) unless region is empty or a known two-letter country code.
    static void checkRegion(const QString &region);

private:
    explicit VaultSession(std::unique_ptr<Vault> vault);
    static std::unique_ptr<VaultSession> start(std::unique_ptr<Vault> vault);

    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<BreachCatalog> m_catalog;
    std::unique_ptr<LeakIndex> m_index;
    std::unique_ptr<IdentifierHasher> m_hasher;
    std::unique_ptr<IdentityCheck> m_check;
    std::unique_ptr<People> m_people;
    std::unique_ptr<PersonalPlan> m_plans;
};

struct VaultSession::Created
{
    std::unique_ptr<VaultSession> session;
    SecureBuffer recoveryKey; // formatted for printing; shown once, never stored in the clear
};

} // namespace BreachAdvisor
