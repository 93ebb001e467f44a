#pragma once

#include "SecureBuffer.h"

#include <QString>

#include <functional>
#include <map>

namespace BreachAdvisor {

// "Remember on this computer": somewhere outside the vault that can hold its data
// key. The OS keychain in the app; an in-memory fake in tests.
//
// Calls return at once and report through a callback, because OS keychains answer
// asynchronously: the callback runs later from the calling thread's event loop (so
// that thread must run one: the GUI's worker thread does, the CLI spins its own),
// or at once for stores that need no event loop. Core never runs a nested loop.
class KeyStore
{
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };
    struct Result
    {
        Status status = Status::Ok;
        QString message; // for a person, when status is not Ok
    };
    using Done = std::function<void(const Result &result)>;
    using Loaded = std::function<void(const Result &result, SecureBuffer key)>;

    virtual ~KeyStore() = default;
    virtual void store(const QString &vaultId, const SecureBuffer &key, Done done) = 0;
    virtual void load(const QString &vaultId, Loaded done) = 0;
    // Forgetting a vault that is not remembered succeeds.
    virtual void remove(const QString &vaultId, Done done) = 0;

    static Result unavailable();
    static Result notFound();
};

// For tests and for platforms with no keychain: lives as long as the object, and
// answers before the call returns.
class MemoryKeyStore final : public KeyStore
{
public:
    void store(const QString &vaultId, const SecureBuffer &key, Done done) override;
    void load(const QString &vaultId, Loaded done) override;
    void remove(const QString &vaultId, Done done) override;
    // Lets a test play "no keychain on this system".
    void setAvailable(bool available) { m_available = available; }

private:
    std::map<QString, SecureBuffer> m_keys;
    bool m_available = true;
};

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
// Credential Manager). Never falls back to insecure storage. QtKeychain takes and
// returns keys as QByteArray: our copies are wiped when the job ends; the copies the
// keychain's own libraries make (D-Bus messages, libsecret) are out of our reach.
class OsKeyStore final : public KeyStore
{
public:
    void store(const QString &vaultId, const SecureBuffer &key, Done done) override;
    void load(const QString &vaultId, Loaded done) override;
    void remove(const QString &vaultId, Done done) override;
};

} // namespace BreachAdvisor
