#include "IdentifierHasher.h"

#include "Error.h"

#include <sodium.h>

#include <cstring>

namespace BreachAdvisor {

IdentifierHasher::IdentifierHasher(SecureBuffer key)
    : m_keyedState(sizeof(crypto_auth_hmacsha256_state))
{
    if (key.size() != crypto_auth_hmacsha256_KEYBYTES) {
        throw Error(ErrorKind::Internal, QStringLiteral("The identifier key has the wrong size."));
    }
    crypto_auth_hmacsha256_init(reinterpret_cast<crypto_auth_hmacsha256_state *>(m_keyedState.data()), key.data(),
                                key.size());
}

IdentifierHasher::Digest IdentifierHasher::hash(IdentifierKind kind, std::string_view normalizedUtf8) const
{
    crypto_auth_hmacsha256_state state;
    std::memcpy(&state, m_keyedState.data(), sizeof state);
    const auto kindByte = static_cast<unsigned char>(kind);
    crypto_auth_hmacsha256_update(&state, &kindByte, 1);
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(normalizedUtf8.data()),
                                  normalizedUtf8.size());
    Digest digest{};
    crypto_auth_hmacsha256_final(&state, digest.data());
    sodium_memzero(&state, sizeof state);
    return digest;
}

QByteArray IdentifierHasher::hash(IdentifierKind kind, const QString &normalized) const
{
    const QByteArray utf8 = normalized.toUtf8();
    const Digest digest = hash(kind, std::string_view(utf8.constData(), size_t(utf8.size())));
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

} // namespace BreachAdvisor
