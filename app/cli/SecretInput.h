#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>

namespace BreachAdvisor::Cli {

// Where a passphrase comes from, in this order: --passphrase-file FILE, the
// environment variable BREACH_ADVISOR_PASSPHRASE, else a prompt on the terminal
// with echo off. Secrets go straight into secure memory, never through a QString.
// Every source gives the same bytes for the same text: the first line, without its
// line end; a line longer than VaultKeys::kMaxPassphraseSize bytes is refused, not cut.
// (Unicode normalization is the vault's: the same in every front end.)
class SecretInput
{
public:
    static constexpr char kEnvironmentVariable[] = "BREACH_ADVISOR_PASSPHRASE";

    // Throws Error(Usage) when no source is available (no file, no variable, no TTY).
    static SecureBuffer passphrase(const QString &passphraseFile, bool confirmNew,
                                   const char *environmentVariable = kEnvironmentVariable);
    // The first line of a file (no trailing newline), e.g. a new passphrase or a recovery key.
    static SecureBuffer readFile(const QString &path);
    // Asks on the terminal with echo off; echo comes back even when a signal (Ctrl-C)
    // ends the program during the question.
    static SecureBuffer prompt(const char *question);
    // A new passphrase that is easy to guess gets a line on err saying so, in the words of
    // the app's strength meter (PassphraseStrength), whichever source it came from. It is
    // accepted all the same, as in the app.
    static void warnIfWeak(const SecureBuffer &newPassphrase, QTextStream &err);
};

// Secrets one a line from a file descriptor (a help desk's list of passwords on standard
// input): each line straight into secure memory, without its line end; the bytes read ahead
// wait in secure memory too. A line longer than VaultKeys::kMaxPassphraseSize is refused
// with its number (Error Usage).
class SecretLines
{
public:
    SecretLines(int fd, const QString &source);
    // The next line; nullopt at the end.
    std::optional<SecureBuffer> next();
    int lineNumber() const { return m_line; }

private:
    int m_fd;
    QString m_source;
    SecureBuffer m_buffer;
    std::size_t m_start = 0;
    std::size_t m_end = 0;
    bool m_ended = false;
    int m_line = 0;
};

// Secrets shown to the person (a recovery key): written straight from secure memory
// to standard output, between two texts, and flushed. Throws Error(Internal) when any
// of it could not be written (a full disk, a closed pipe), so that the caller can undo
// what the secret belongs to.
class SecretOutput
{
public:
    struct Text
    {
        QByteArray before;
        QByteArray after;
    };
    // The object as indented JSON with the secret as the string value of key: the text
    // on either side of where the secret goes (a secret is letters and digits, no escaping).
    static Text json(QJsonObject object, const QString &key);
    static void print(const Text &around, const SecureBuffer &secret);
};

} // namespace BreachAdvisor::Cli
