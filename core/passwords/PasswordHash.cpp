#include "PasswordHash.h"

#include "Error.h"

#include <QCoreApplication>

#include <nettle/md4.h>
#include <nettle/sha1.h>
#include <sodium.h>

namespace BreachAdvisor {

namespace {

[[noreturn]] void notUtf8()
{
    throw Error(ErrorKind::Usage, QCoreApplication::translate("PasswordHash", "The password is not valid UTF-8 text."));
}

// The password as UTF-16LE code units, in secure memory (NTLM hashes those).
SecureBuffer utf16le(const SecureBuffer &utf8)
{
    const unsigned char *in = utf8.data();
    const std::size_t size = utf8.size();
    SecureBuffer out(size * 4); // at most two code units (4 bytes) per input byte
    std::size_t written = 0;
    const auto unit = [&](std::uint32_t value) {
        out.data()[written++] = static_cast<unsigned char>(value & 0xff);
        out.data()[written++] = static_cast<unsigned char>(value >> 8);
    };
    for (std::size_t i = 0; i < size;) {
        const unsigned char lead = in[i];
        int extra = 0;
        std::uint32_t code = 0;
        if (lead < 0x80) {
            code = lead;
        } else if ((lead & 0xe0) == 0xc0) {
            extra = 1;
            code = lead & 0x1f;
        } else if ((lead & 0xf0) == 0xe0) {
            extra = 2;
            code = lead & 0x0f;
        } else if ((lead & 0xf8) == 0xf0) {
            extra = 3;
            code = lead & 0x07;
        } else {
            notUtf8();
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + std::size_t(k) >= size || (in[i + std::size_t(k)] & 0xc0) != 0x80) {
                notUtf8();
            }
            code = (code << 6) | (in[i + std::size_t(k)] & 0x3f);
        }
        static constexpr std::uint32_t kSmallest[] = {0, 0x80, 0x800, 0x10000};
        if (code < kSmallest[extra] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            notUtf8(); // overlong forms, surrogates, beyond Unicode
        }
        if (code >= 0x10000) {
            code -= 0x10000;
            unit(0xd800 + (code >> 10));
            unit(0xdc00 + (code & 0x3ff));
        } else {
            unit(code);
        }
        i += std::size_t(extra) + 1;
    }
    out.truncate(written);
    return out;
}

std::uint64_t firstBits(const unsigned char *digest)
{
    std::uint64_t key = 0;
    for (int i = 0; i < 8; ++i) {
        key = (key << 8) | digest[i];
    }
    return key;
}

} // namespace

std::uint64_t passwordKey(PasswordHashKind kind, const SecureBuffer &utf8Password)
{
    unsigned char digest[SHA1_DIGEST_SIZE];
    std::uint64_t key = 0;
    if (kind == PasswordHashKind::Sha1) {
        sha1_ctx state;
        sha1_init(&state);
        sha1_update(&state, utf8Password.size(), utf8Password.data());
        sha1_digest(&state, SHA1_DIGEST_SIZE, digest);
        sodium_memzero(&state, sizeof state);
    } else {
        const SecureBuffer units = utf16le(utf8Password);
        md4_ctx state;
        md4_init(&state);
        md4_update(&state, units.size(), units.data());
        md4_digest(&state, MD4_DIGEST_SIZE, digest);
        sodium_memzero(&state, sizeof state);
    }
    key = firstBits(digest);
    sodium_memzero(digest, sizeof digest);
    return key;
}

} // namespace BreachAdvisor
