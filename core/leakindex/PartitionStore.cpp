#include "PartitionStore.h"

#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace BreachAdvisor {

using LeakIndexFormat::Record;

namespace {

constexpr QFile::Permissions kPrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr std::size_t kTagSize = crypto_aead_chacha20poly1305_ietf_ABYTES;

// Partition and chunk number: unique under the store's own key, and what ties each
// chunk to its place.
std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES> nonceFor(int partition, std::size_t chunk)
{
    std::array<unsigned char, crypto_aead_chacha20poly1305_ietf_NPUBBYTES> nonce{};
    const auto partitionNumber = std::uint32_t(partition);
    const auto chunkNumber = std::uint64_t(chunk);
    std::memcpy(nonce.data(), &partitionNumber, sizeof partitionNumber);
    std::memcpy(nonce.data() + sizeof partitionNumber, &chunkNumber, sizeof chunkNumber);
    return nonce;
}

// All of it, or the system's reason. Unbuffered, so that a full disk shows at once: as a
// short write first, then as a failed one that has the reason.
QString writeAll(QFile &file, const unsigned char *bytes, std::size_t size)
{
    while (size > 0) {
        const qint64 written = file.write(reinterpret_cast<const char *>(bytes), qint64(size));
        if (written <= 0) {
            return file.errorString();
        }
        bytes += written;
        size -= std::size_t(written);
    }
    return {};
}

Error damagedSpillFile(const QString &path)
{
    return Error(ErrorKind::Damaged, QCoreApplication::translate("LeakImporter", "A temporary file of the import was changed or cut short while the "
                                                                                 "import ran: %1. Nothing was imported.")
                                         .arg(path));
}

} // namespace

PartitionStore::PartitionStore(const QString &directory, std::size_t budget)
    : m_directory(directory)
    , m_budget(budget)
    , m_key(SecureBuffer::random(crypto_aead_chacha20poly1305_ietf_KEYBYTES))
    , m_partitions(kPartitions)
{
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

std::uint64_t PartitionStore::spilledCount() const
{
    std::lock_guard lock(m_mutex);
    std::uint64_t spilled = 0;
    for (const Partition &partition : m_partitions) {
        spilled += partition.spilled;
    }
    return spilled;
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
        if (largest->records.empty()) {
            break; // nothing left to spill
        }
        spill(int(largest - m_partitions.begin()));
        held -= before;
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
            throw Error(ErrorKind::Damaged,
                        QCoreApplication::translate("LeakImporter", "A temporary file of the import is gone: %1. Nothing was imported.")
                            .arg(partition.spillPath));
        }
        records.resize(partition.spilled);
        auto *bytes = reinterpret_cast<unsigned char *>(records.data());
        unsigned char tag[kTagSize];
        for (std::size_t chunk = 0; chunk < partition.chunks.size(); ++chunk) {
            const std::size_t length = partition.chunks[chunk] * sizeof(Record);
            const auto nonce = nonceFor(index, chunk);
            if (file.read(reinterpret_cast<char *>(bytes), qint64(length)) != qint64(length)
                || file.read(reinterpret_cast<char *>(tag), qint64(kTagSize)) != qint64(kTagSize)
                || crypto_aead_chacha20poly1305_ietf_decrypt_detached(bytes, nullptr, bytes, length, tag, nullptr, 0, nonce.data(),
                                                                      m_key.data())
                       != 0) {
                throw damagedSpillFile(partition.spillPath);
            }
            bytes += length;
        }
        if (!file.read(1).isEmpty()) {
            throw damagedSpillFile(partition.spillPath); // more than was written
        }
        file.close();
        QFile::remove(partition.spillPath);
        partition.spillPath.clear();
        partition.chunks.clear();
        partition.spilled = 0;
    }
    records.insert(records.end(), partition.records.begin(), partition.records.end());
    std::vector<Record>().swap(partition.records);
    return records;
}

void PartitionStore::makeFolder()
{
    // Private from the start; a folder left by an older version is made private too.
    if (!QDir().mkpath(m_directory) || !QFile::setPermissions(m_directory, kPrivateFolder)) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakImporter", "Cannot make the import's temporary folder %1. Nothing was imported.")
                                             .arg(m_directory));
    }
}

void PartitionStore::spill(int index)
{
    Partition &partition = m_partitions[std::size_t(index)];
    const std::size_t count = partition.records.size();
    QFile file;
    bool opened = false;
    if (partition.spillPath.isEmpty()) {
        makeFolder();
        partition.spillPath =
            QStringLiteral("%1/import-%2-%3.part").arg(m_directory).arg(QCoreApplication::applicationPid()).arg(index);
        file.setFileName(partition.spillPath);
        opened = file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, kPrivateFile);
    } else {
        file.setFileName(partition.spillPath);
        opened = file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
    }
    // Sealed in place: the records leave memory as they go to the file.
    auto *bytes = reinterpret_cast<unsigned char *>(partition.records.data());
    const std::size_t length = count * sizeof(Record);
    unsigned char tag[kTagSize];
    const auto nonce = nonceFor(index, partition.chunks.size());
    if (crypto_aead_chacha20poly1305_ietf_encrypt_detached(bytes, tag, nullptr, bytes, length, nullptr, 0, nullptr, nonce.data(),
                                                           m_key.data())
        != 0) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakImporter", "The import's temporary data could not be encrypted."));
    }
    QString problem = opened ? writeAll(file, bytes, length) : file.errorString();
    if (problem.isEmpty()) {
        problem = writeAll(file, tag, kTagSize);
    }
    if (!problem.isEmpty()) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakImporter", "Cannot write the import's temporary file %1: %2. Nothing was "
                                                                                     "imported.")
                                             .arg(partition.spillPath, problem));
    }
    partition.chunks.push_back(count);
    partition.spilled += count;
    std::vector<Record>().swap(partition.records);
}

} // namespace BreachAdvisor
