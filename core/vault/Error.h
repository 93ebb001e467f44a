#pragma once

#include <QString>

#include <stdexcept>

namespace BreachAdvisor {

// What went wrong, coarsely: callers map it to an exit status or a dialog.
enum class ErrorKind {
    Usage,            // the caller asked for something impossible
    WrongCredentials, // wrong passphrase, recovery key or keychain key
    VaultInUse,       // another process holds the vault
    RejectedInput,    // an input file was refused as a whole; nothing was stored
    NotFound,         // a vault, breach, person or file that does not exist
    AlreadyExists,    // the name is taken (a person, a breach, a vault)
    Damaged,          // a vault file that is corrupt or not ours; it is left untouched
    Cancelled,        // the person stopped long work; nothing was changed
    Internal,         // anything else (I/O, SQLCipher, libsodium)
};

// The one error type of the core library. The message is a complete, translated
// sentence fit for a person; it never contains a secret or an identifier.
class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }

    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    ErrorKind m_kind;
    QString m_message;
};

} // namespace BreachAdvisor
