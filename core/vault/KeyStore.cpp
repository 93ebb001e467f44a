#include "KeyStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

#include <memory>

namespace BreachAdvisor {

namespace {

constexpr char kService[] = "Breach Advisor";

KeyStore::Result resultOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return KeyStore::notFound();
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return KeyStore::unavailable();
    default:
        return {KeyStore::Status::Failed, QCoreApplication::translate("KeyStore", "The keychain refused: %1").arg(job.errorString())};
    }
}

// Starts a job that deletes itself when it has finished and calls done first.
template<typename JobType, typename OnFinished>
void startJob(JobType *job, const QString &vaultId, OnFinished onFinished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(vaultId);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, onFinished](QKeychain::Job *) { onFinished(*job); });
    job->start();
}

} // namespace

KeyStore::Result KeyStore::unavailable()
{
    return {Status::Unavailable,
            QCoreApplication::translate("KeyStore", "This computer has no keychain available, so the vault cannot be remembered. "
                                                    "Use your passphrase to open it.")};
}

KeyStore::Result KeyStore::notFound()
{
    return {Status::NotFound, QCoreApplication::translate("KeyStore", "This vault is not remembered on this computer.")};
}

void MemoryKeyStore::store(const QString &vaultId, const SecureBuffer &key, Done done)
{
    if (!m_available) {
        done(unavailable());
        return;
    }
    m_keys.insert_or_assign(vaultId, SecureBuffer::copyOf(key.data(), key.size()));
    done({});
}

void MemoryKeyStore::load(const QString &vaultId, Loaded done)
{
    if (!m_available) {
        done(unavailable(), {});
        return;
    }
    const auto it = m_keys.find(vaultId);
    if (it == m_keys.end()) {
        done(notFound(), {});
        return;
    }
    done({}, SecureBuffer::copyOf(it->second.data(), it->second.size()));
}

void MemoryKeyStore::remove(const QString &vaultId, Done done)
{
    if (!m_available) {
        done(unavailable());
        return;
    }
    m_keys.erase(vaultId);
    done({});
}

void OsKeyStore::store(const QString &vaultId, const SecureBuffer &key, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    // The job keeps this array (shared, not copied) until it ends; wipe it then.
    const QByteArray transient(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    job->setBinaryData(transient);
    startJob(job, vaultId, [transient, done](const QKeychain::Job &finished) {
        wipeShared(transient);
        done(resultOf(finished));
    });
}

void OsKeyStore::load(const QString &vaultId, Loaded done)
{
    startJob(new QKeychain::ReadPasswordJob(QLatin1String(kService)), vaultId, [done](const QKeychain::Job &finished) {
        const Result result = resultOf(finished);
        SecureBuffer key;
        if (result.status == Status::Ok) {
            const QByteArray transient = static_cast<const QKeychain::ReadPasswordJob &>(finished).binaryData();
            key = SecureBuffer::copyOf(transient.constData(), size_t(transient.size()));
            wipeShared(transient);
        }
        done(result, std::move(key));
    });
}

void OsKeyStore::remove(const QString &vaultId, Done done)
{
    startJob(new QKeychain::DeletePasswordJob(QLatin1String(kService)), vaultId, [done](const QKeychain::Job &finished) {
        const Result result = resultOf(finished);
        done(result.status == Status::NotFound ? Result{} : result);
    });
}

} // namespace BreachAdvisor
