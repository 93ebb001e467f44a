#pragma once

#include "BreachCatalog.h"
#include "BundleFile.h"
#include "BundleKeys.h"
#include "SecureBuffer.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace BreachAdvisor {

class Database;

// A help desk that signs bundles, as this vault trusts it.
struct BundleSigner
{
    QByteArray publicKey;
    QString name;
    QDateTime trustedAt;
    QDateTime lastBundleAt; // the newest bundle taken from it; invalid: none yet
};

struct BundleExportReport
{
    BundleFile::Header header;
    int breaches = 0;
    int imports = 0;
    qint64 records = 0;
};

struct BundleImportReport
{
    BundleFile::Header header;
    BundleSigner signer;
    BreachCatalog::ImportSummary catalog;
    int importsAdded = 0;
    int importsAlreadyPresent = 0; // the same file with the same settings was here already
    qint64 records = 0;
    bool older = false; // older than a bundle taken before from this signer (taken with allowOlder)
};

// Hands a vault's catalog and leak imports to other vaults as a signed bundle, and takes
// such bundles in. The imports travel as they are stored (keyed hashes and field sets, never
// identifiers) with the identifier keys they were made with, so importing is copying.
class BundleExchange
{
public:
    BundleExchange(Database &db, const SecureBuffer &ownIdentifierKey);

    // importIds empty: every import. Throws NotFound naming an import that is not there.
    BundleExportReport exportTo(const QString &path, const BundleKeys::HelpDeskKeys &keys, const QList<qint64> &importIds);

    // Adds or renames a trusted signer.
    BundleSigner trust(const QByteArray &publicKey, const QString &name);
    QList<BundleSigner> signers();

    // Checks that a trusted signer signed the bundle (before reading its content), then
    // merges it in one transaction. Throws RejectedInput, with the vault unchanged, for an
    // untrusted signer, a bundle older than the last from that signer (unless allowOlder),
    // another agent key, or a damaged, cut or changed file.
    BundleImportReport importFrom(const QString &path, const QString &name, const SecureBuffer &contentKey, bool allowOlder);

private:
    std::optional<BundleSigner> signer(const QByteArray &publicKey);

    Database &m_db;
    const SecureBuffer &m_ownKey;
};

} // namespace BreachAdvisor
