#pragma once

#include <QString>

namespace BreachAdvisor {

class SecureBuffer;

// How hard a passphrase is to guess, from zxcvbn's estimate (dictionary words, names,
// keyboard patterns, dates, repeats), in words a person understands. The estimate
// reads the secret only from secure memory.
struct PassphraseStrength
{
    enum class Level { Empty, Weak, Fair, Good, Strong };

    Level level = Level::Empty;
    double bits = 0; // log2 of the guesses zxcvbn expects it takes

    static PassphraseStrength estimate(const SecureBuffer &passphrase);
    // "Weak", "Fair", ...: always shown beside any colour or bar.
    QString word() const;
    // One short sentence of what to do about it.
    QString advice() const;
};

} // namespace BreachAdvisor
