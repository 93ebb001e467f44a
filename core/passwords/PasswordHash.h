#pragma once

#include "PasswordIndex.h"
#include "SecureBuffer.h"

#include <cstdint>

namespace BreachAdvisor {

// The first 64 bits of a password's hash of this kind (the key PasswordIndex looks up): the
// password stays in secure memory, and every intermediate (its UTF-16 form for NTLM, the
// hash state, the digest) is wiped before this returns. Throws Error(Usage) for a password
// that is not valid UTF-8.
std::uint64_t passwordKey(PasswordHashKind kind, const SecureBuffer &utf8Password);

} // namespace BreachAdvisor
