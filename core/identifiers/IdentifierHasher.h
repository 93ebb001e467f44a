#pragma once

#include "IdentifierKind.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

namespace BreachAdvisor {

// Identifiers are stored only as HMAC-SHA-256 of their normalized form, keyed with a
// secret of the vault: without the vault's key, a hash cannot be checked against a
// list of every possible phone number.
class IdentifierHasher
{
public:
    using Digest = std::array<std::uint8_t, 32>;

    explicit IdentifierHasher(SecureBuffer key);

    // The kind is part of the message, so "alice" the username and a phone cannot collide.
    Digest hash(IdentifierKind kind, std::string_view normalizedUtf8) const;
    QByteArray hash(IdentifierKind kind, const QString &normalized) const;

private:
    // HMAC state with the key already absorbed: each hash then costs two SHA-256
    // blocks instead of four, which matters for imports of hundreds of millions of rows.
    SecureBuffer m_keyedState;
};

} // namespace BreachAdvisor
