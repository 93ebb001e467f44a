#pragma once

#include "SecureBuffer.h"

#include <QString>

namespace BreachAdvisor::Cli {

// Where a passphrase comes from, in this order: --passphrase-file FILE, the
// environment variable BREACH_ADVISOR_PASSPHRASE, else a prompt on the terminal
// with echo off. Secrets go straight into secure memory, never through a QString.
class SecretInput
{
public:
    static constexpr char kEnvironmentVariable[] = "BREACH_ADVISOR_PASSPHRASE";

    // Throws Error(Usage) when no source is available (no file, no variable, no TTY).
    static SecureBuffer passphrase(const QString &passphraseFile, bool confirmNew);
    // The first line of a file (no trailing newline), e.g. a new passphrase or a recovery key.
    static SecureBuffer readFile(const QString &path);
    static SecureBuffer prompt(const char *question);
};

} // namespace BreachAdvisor::Cli
