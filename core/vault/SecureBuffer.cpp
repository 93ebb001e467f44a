#include "SecureBuffer.h"

#include "Error.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>
#include <new>

namespace BreachAdvisor {

void ensureSodiumInitialized()
{
    static const int result = sodium_init();
    if (result < 0) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate("SecureBuffer", "The cryptography library could not start."));
    }
}

void wipeShared(const QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
    }
}

SecureBuffer::SecureBuffer(std::size_t size)
{
    ensureSodiumInitialized();
    if (size == 0) {
        return;
    }
    m_data = static_cast<std::uint8_t *>(sodium_malloc(size));
    if (!m_data) {
        throw std::bad_alloc();
    }
    m_size = size;
    sodium_memzero(m_data, size);
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    randombytes_buf(buffer.data(), size);
    return buffer;
}

SecureBuffer SecureBuffer::fromText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer secret = copyOf(utf8.constData(), std::size_t(utf8.size()));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return secret;
}

SecureBuffer SecureBuffer::copyOf(const void *data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (size > 0) {
        std::memcpy(buffer.data(), data, size);
    }
    return buffer;
}

void SecureBuffer::truncate(std::size_t newSize)
{
    if (newSize < m_size) {
        sodium_memzero(m_data + newSize, m_size - newSize);
        m_size = newSize;
    }
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBuffer::release()
{
    if (m_data) {
        sodium_free(m_data); // wipes before freeing
        m_data = nullptr;
        m_size = 0;
    }
}

} // namespace BreachAdvisor
