#pragma once

#include <QString>

namespace BreachAdvisor {
class SecureBuffer;
class VaultSession;
}

namespace BreachAdvisor::Ui {

// A throw-away vault with fictional people and a fictional leak (resources/demo), so a
// newcomer sees real results at once. Used by `breach-advisor --demo` and by the
// screenshot tool.
class DemoVault
{
public:
    static constexpr char kPassphrase[] = "demo";

    // Creates the vault in directory (empty or missing) and fills it.
    static void create(const QString &directory);
    static void fill(VaultSession &session, const QString &scratchDirectory);
};

} // namespace BreachAdvisor::Ui
