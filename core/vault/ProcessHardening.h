#pragma once

namespace BreachAdvisor {

// Called first thing by every executable: no core dumps (they would hold the
// unwrapped vault key) and no ptrace attach by other processes of the same user.
void hardenProcess();

} // namespace BreachAdvisor
