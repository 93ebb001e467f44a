#include "PartitionStore.h"

#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace BreachAdvisor {

using LeakIndexFormat::Record;

PartitionStore::PartitionStore(const QString &directory, std::size_t budget)
    : m_directory(directory)
    , m_budget(budget)
    , m_key(SecureBuffer::random(crypto_stream_xchacha20_KEYBYTES))
    , m_nonce(crypto_stream_xchacha20_NONCEBYTES)
    , m_partitions(kPartitions)
{
    randombytes_buf(m_nonce.data(), m_nonce.size());
}

PartitionStore::~PartitionStore()
{
    for (Partition &partition : m_partitions) {
        if (!partition.spillPath.isEmpty()) {
            QFile::remove(partition.spillPath);
        }
    }
}

void PartitionStore::removeLeftovers(const QString &directory)
{
    for (const QString &stale : QDir(directory).entryList({QStringLiteral("import-*.part")}, QDir::Files)) {
        QFile::remove(directory + QLatin1Char('/') + stale);
    }
}

std::uint64_t PartitionStore::count() const
{
    std::lock_guard lock(m_mutex);
    return m_count;
}

std::size_t PartitionStore::heldBytes() const
{
    std::size_t held = 0;
    for (const Partition &partition : m_partitions) {
        held += partition.records.capacity() * sizeof(Record);
    }
    return held;
}

void PartitionStore::add(const std::vector<Record> &records)
{
    std::lock_guard lock(m_mutex);
    for (const Record &record : records) {
        m_partitions[record.high >> 56].records.push_back(record);
    }
    m_count += records.size();
    std::size_t held = heldBytes();
    while (held > m_budget) {
        const auto largest = std::max_element(m_partitions.begin(), m_partitions.end(), [](const Partition &a, const Partition &b) {
            return a.records.size() < b.records.size();
        });
        const std::size_t before = largest->records.capacity() * sizeof(Record);
        spill(int(largest - m_partitions.begin()));
        const std::size_t after = largest->records.capacity() * sizeof(Record);
        if (after >= before) {
            break; // fewer than four records left anywhere: nothing to spill
        }
        held -= before - after;
    }
}

std::vector<Record> PartitionStore::take(int index)
{
    Partition &partition = m_partitions[std::size_t(index)];
    std::vector<Record> records;
    records.reserve(partition.spilled + partition.records.size());
    if (partition.spilled > 0) {
        QFile file(partition.spillPath);
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::Internal,
                        QCoreApplication::translate("LeakImporter", "A temporary file of the import is gone: %1").arg(partition.spillPath));
        }
        records.resize(partition.spilled);
        const qint64 bytes = qint64(partition.spilled * sizeof(Record));
        if (file.read(reinterpret_cast<char *>(records.data()), bytes) != bytes) {
            throw Error(ErrorKind::Internal,
                        QCoreApplication::translate("LeakImporter", "A temporary file of the import is damaged: %1").arg(partition.spillPath));
        }
        crypt(index, reinterpret_cast<unsigned char *>(records.data()), std::size_t(bytes), 0);
        file.close();
        QFile::remove(partition.spillPath);
        partition.spillPath.clear();
        partition.spilled = 0;
    }
    records.insert(records.end(), partition.records.begin(), partition.records.end());
    std::vector<Record>().swap(partition.records);
    return records;
}

void PartitionStore::crypt(int index, unsigned char *bytes, std::size_t length, std::size_t offset) const
{
    unsigned char nonce[crypto_stream_xchacha20_NONCEBYTES];
    std::memcpy(nonce, m_nonce.data(), sizeof nonce);
    nonce[sizeof nonce - 1] = static_cast<unsigned char>(index);
    crypto_stream_xchacha20_xor_ic(bytes, bytes, length, nonce, offset / 64, m_key.data());
}

void PartitionStore::spill(int index)
{
    Partition &partition = m_partitions[std::size_t(index)];
    // Whole 64-byte blocks only, so each write continues the key stream exactly.
    const std::size_t count = partition.records.size() / 4 * 4;
    if (count == 0) {
        return;
    }
    if (partition.spillPath.isEmpty()) {
        QDir().mkpath(m_directory);
        partition.spillPath =
            QStringLiteral("%1/import-%2-%3.part").arg(m_directory).arg(QCoreApplication::applicationPid()).arg(index);
    }
    std::vector<Record> chunk(partition.records.begin(), partition.records.begin() + std::ptrdiff_t(count));
    crypt(index, reinterpret_cast<unsigned char *>(chunk.data()), count * sizeof(Record), partition.spilled * sizeof(Record));
    QFile file(partition.spillPath);
    const qint64 bytes = qint64(count * sizeof(Record));
    if (!file.open(QIODevice::Append) || file.write(reinterpret_cast<const char *>(chunk.data()), bytes) != bytes) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakImporter", "Cannot write the import's temporary file %1: %2")
                                             .arg(partition.spillPath, file.errorString()));
    }
    partition.spilled += count;
    std::vector<Record> rest(partition.records.begin() + std::ptrdiff_t(count), partition.records.end());
    partition.records.swap(rest);
    partition.records.shrink_to_fit();
}

} // namespace BreachAdvisor
