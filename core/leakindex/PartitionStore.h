#pragma once

#include "LeakIndexFormat.h"
#include "SecureBuffer.h"

#include <QString>

#include <cstdint>
#include <mutex>
#include <vector>

namespace BreachAdvisor {

// The records of an import while the file is read: held in 256 partitions by their
// top hash byte, so each can be sorted on its own at the end. Past the memory budget
// the largest partitions are appended to files in the vault's tmp folder (0700, files
// 0600; they hold keyed hashes, never identifiers), each spill one chunk sealed with
// ChaCha20-Poly1305 under a key that lives only in this process, its nonce naming the
// partition and the chunk's place: a file changed, cut, reordered or swapped while the
// import runs fails take() with Error(Damaged) instead of feeding the index garbage.
// add() may be called from several threads; take() from one.
class PartitionStore
{
public:
    static constexpr int kPartitions = 256;

    PartitionStore(const QString &directory, std::size_t budget);
    ~PartitionStore(); // removes the spill files

    void add(const std::vector<LeakIndexFormat::Record> &records);
    std::uint64_t count() const;
    // All records of one partition, spilled or not; the partition is emptied.
    std::vector<LeakIndexFormat::Record> take(int index);
    // Spill files a killed import left behind in this folder (the vault also empties
    // it whenever it opens).
    static void removeLeftovers(const QString &directory);
    // Records written to spill files so far (for tests).
    std::uint64_t spilledCount() const;

private:
    struct Partition
    {
        std::vector<LeakIndexFormat::Record> records;
        QString spillPath;
        std::vector<std::size_t> chunks; // records in each sealed chunk, in file order
        std::size_t spilled = 0;
    };

    void spill(int index);
    void makeFolder();
    std::size_t heldBytes() const;

    QString m_directory;
    std::size_t m_budget;
    SecureBuffer m_key;
    std::vector<Partition> m_partitions;
    mutable std::mutex m_mutex;
    std::uint64_t m_count = 0;
};

} // namespace BreachAdvisor
