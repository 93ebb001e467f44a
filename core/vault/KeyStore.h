#pragma once

#include "SecureBuffer.h"

#include <map>
#include <QString>

#include <optional>

namespace BreachAdvisor {

// "Remember on this computer": somewhere outside the vault that can hold its data
// key. The OS keychain in the app; an in-memory fake in tests.
class KeyStore
{
public:
    enum class Status { Ok, NotFound, Unavailable, Failed };
    struct Result
    {
        Status status = Status::Ok;
        QString message; // for a person, when status is not Ok
    };

    virtual ~KeyStore() = default;
    virtual Result store(const QString &vaultId, const SecureBuffer &key) = 0;
    virtual Result load(const QString &vaultId, SecureBuffer *key) = 0;
    virtual Result remove(const QString &vaultId) = 0;
};

// For tests and for platforms with no keychain: lives as long as the object.
class MemoryKeyStore final : public KeyStore
{
public:
    Result store(const QString &vaultId, const SecureBuffer &key) override;
    Result load(const QString &vaultId, SecureBuffer *key) override;
    Result remove(const QString &vaultId) override;
    // Lets a test play "no keychain on this system".
    void setAvailable(bool available) { m_available = available; }

private:
    std::map<QString, SecureBuffer> m_keys;
    bool m_available = true;
};

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows
// Credential Manager). Never falls back to insecure storage.
class OsKeyStore final : public KeyStore
{
public:
    Result store(const QString &vaultId, const SecureBuffer &key) override;
    Result load(const QString &vaultId, SecureBuffer *key) override;
    Result remove(const QString &vaultId) override;
};

} // namespace BreachAdvisor
