#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace BreachAdvisor {

// Memory for secrets (keys, passphrases): allocated with sodium_malloc (guard pages,
// excluded from core dumps, locked where the OS allows) and wiped when released.
// Move-only. Never copy a secret into a QString or QByteArray.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    static SecureBuffer random(std::size_t size);
    static SecureBuffer copyOf(const void *data, std::size_t size);
    // The UTF-8 of a text a person typed into a field (which Qt keeps as a QString we
    // cannot wipe); the intermediate bytes are wiped.
    static SecureBuffer fromText(const QString &text);

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    char *chars() { return reinterpret_cast<char *>(m_data); }
    const char *chars() const { return reinterpret_cast<const char *>(m_data); }
    std::string_view view() const { return {chars(), m_size}; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Shrinks the visible size (e.g. to drop a trailing newline); the tail is wiped.
    void truncate(std::size_t newSize);
    bool equals(const SecureBuffer &other) const;

private:
    void release();

    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

// Initializes libsodium once; throws Error if it cannot.
void ensureSodiumInitialized();

// For APIs that insist on a QByteArray (QtKeychain): wipes its bytes in place, and so
// every copy that shares them, without detaching.
void wipeShared(const QByteArray &bytes);

} // namespace BreachAdvisor
