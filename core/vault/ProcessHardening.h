#pragma once

namespace BreachAdvisor {

// Called first thing by every executable: no core dumps (they would hold the
// unwrapped vault key) and no ptrace attach by other processes of the same user.
// First of all, descriptors 0-2 that were closed when the program started are opened on
// /dev/null (openStandardDescriptors), so that no file it opens later (vault.lock, the
// database) takes their place and receives what is written to standard output or error;
// a program that cannot do that ends at once.
void hardenProcess();
// False when a closed one could not be opened in its place.
bool openStandardDescriptors();

} // namespace BreachAdvisor
