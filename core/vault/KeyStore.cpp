#include "KeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

#include <sodium.h>

namespace BreachAdvisor {

namespace {

constexpr char kService[] = "Breach Advisor";

KeyStore::Result unavailable()
{
    return {KeyStore::Status::Unavailable,
            QCoreApplication::translate("KeyStore", "This computer has no keychain available, so the vault cannot be remembered. "
               "Use your passphrase to open it.")};
}

// QtKeychain jobs are asynchronous; run one to completion with a local event loop.
KeyStore::Result runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {KeyStore::Status::NotFound, QCoreApplication::translate("KeyStore", "This vault is not remembered on this computer.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return unavailable();
    default:
        return {KeyStore::Status::Failed, QCoreApplication::translate("KeyStore", "The keychain refused: %1").arg(job.errorString())};
    }
}

} // namespace

KeyStore::Result MemoryKeyStore::store(const QString &vaultId, const SecureBuffer &key)
{
    if (!m_available) {
        return unavailable();
    }
    m_keys.insert_or_assign(vaultId, SecureBuffer::copyOf(key.data(), key.size()));
    return {};
}

KeyStore::Result MemoryKeyStore::load(const QString &vaultId, SecureBuffer *key)
{
    if (!m_available) {
        return unavailable();
    }
    const auto it = m_keys.find(vaultId);
    if (it == m_keys.end()) {
        return {Status::NotFound, QCoreApplication::translate("KeyStore", "This vault is not remembered on this computer.")};
    }
    *key = SecureBuffer::copyOf(it->second.data(), it->second.size());
    return {};
}

KeyStore::Result MemoryKeyStore::remove(const QString &vaultId)
{
    if (!m_available) {
        return unavailable();
    }
    m_keys.erase(vaultId);
    return {};
}

KeyStore::Result OsKeyStore::store(const QString &vaultId, const SecureBuffer &key)
{
    QKeychain::WritePasswordJob job{QLatin1String(kService)};
    job.setInsecureFallback(false);
    job.setKey(vaultId);
    // QtKeychain only takes a QByteArray: wipe our copy as soon as the job is done.
    QByteArray transient(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    job.setBinaryData(transient);
    const Result result = runJob(job);
    sodium_memzero(transient.data(), size_t(transient.size()));
    return result;
}

KeyStore::Result OsKeyStore::load(const QString &vaultId, SecureBuffer *key)
{
    QKeychain::ReadPasswordJob job{QLatin1String(kService)};
    job.setInsecureFallback(false);
    job.setKey(vaultId);
    const Result result = runJob(job);
    if (result.status == Status::Ok) {
        QByteArray transient = job.binaryData();
        *key = SecureBuffer::copyOf(transient.constData(), size_t(transient.size()));
        sodium_memzero(transient.data(), size_t(transient.size()));
    }
    return result;
}

KeyStore::Result OsKeyStore::remove(const QString &vaultId)
{
    QKeychain::DeletePasswordJob job{QLatin1String(kService)};
    job.setInsecureFallback(false);
    job.setKey(vaultId);
    const Result result = runJob(job);
    return result.status == Status::NotFound ? Result{} : result;
}

} // namespace BreachAdvisor
