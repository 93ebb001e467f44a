#include "PassphraseStrength.h"

#include "SecureBuffer.h"

#include <QCoreApplication>

#include <zxcvbn.h>

namespace BreachAdvisor {

PassphraseStrength PassphraseStrength::estimate(const SecureBuffer &passphrase)
{
    PassphraseStrength strength;
    if (passphrase.isEmpty()) {
        return strength;
    }
    // zxcvbn reads a C string: a terminated copy, in secure memory too.
    SecureBuffer terminated(passphrase.size() + 1);
    std::copy(passphrase.data(), passphrase.data() + passphrase.size(), terminated.data());
    terminated.data()[passphrase.size()] = 0;
    strength.bits = ZxcvbnMatch(terminated.chars(), nullptr, nullptr);
    // Thresholds as KeePassXC uses them for zxcvbn's entropy (bits).
    if (strength.bits < 40) {
        strength.level = Level::Weak;
    } else if (strength.bits < 65) {
        strength.level = Level::Fair;
    } else if (strength.bits < 100) {
        strength.level = Level::Good;
    } else {
        strength.level = Level::Strong;
    }
    return strength;
}

QString PassphraseStrength::word() const
{
    switch (level) {
    case Level::Empty: return QString();
    case Level::Weak: return QCoreApplication::translate("PassphraseStrength", "Weak");
    case Level::Fair: return QCoreApplication::translate("PassphraseStrength", "Fair");
    case Level::Good: return QCoreApplication::translate("PassphraseStrength", "Good");
    case Level::Strong: return QCoreApplication::translate("PassphraseStrength", "Strong");
    }
    return QString();
}

QString PassphraseStrength::advice() const
{
    switch (level) {
    case Level::Empty: return QCoreApplication::translate("PassphraseStrength", "Choose a passphrase: four or more unrelated words work well.");
    case Level::Weak:
        return QCoreApplication::translate("PassphraseStrength", "Easy to guess. Add more words that do not belong together.");
    case Level::Fair: return QCoreApplication::translate("PassphraseStrength", "Could be guessed with effort. One or two more words would help.");
    case Level::Good: return QCoreApplication::translate("PassphraseStrength", "Hard to guess.");
    case Level::Strong: return QCoreApplication::translate("PassphraseStrength", "Very hard to guess.");
    }
    return QString();
}

} // namespace BreachAdvisor
