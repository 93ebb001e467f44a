#include "PasswordIndex.h"

#include "Error.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <bit>
#include <cstring>

namespace BreachAdvisor {

QString passwordHashKindName(PasswordHashKind kind)
{
    return kind == PasswordHashKind::Sha1 ? QStringLiteral("SHA-1") : QStringLiteral("NTLM");
}

namespace PasswordSeen {

int classOf(std::uint64_t count)
{
    int seenClass = 0;
    while (seenClass + 1 < kClasses && count >= kAtLeast[seenClass + 1]) {
        ++seenClass;
    }
    return seenClass;
}

} // namespace PasswordSeen

namespace PasswordIndexFormat {

int partitionBitsFor(std::uint64_t expectedHashes)
{
    int bits = 0;
    while (bits < kMaxPartitionBits && (expectedHashes >> bits) > 4096) {
        ++bits;
    }
    return bits;
}

} // namespace PasswordIndexFormat

namespace {

using namespace PasswordIndexFormat;

// Header fields, little-endian at these offsets.
constexpr std::size_t kFormatAt = 32;
constexpr std::size_t kKindAt = 36;
constexpr std::size_t kHashesAt = 40;
constexpr std::size_t kPartitionBitsAt = 48;
constexpr std::size_t kChunkSizeAt = 52;
constexpr std::size_t kDataOffsetAt = 56;
constexpr std::size_t kDataSizeAt = 64;
constexpr std::size_t kDirectoryAt = 72;
constexpr std::size_t kDigestsAt = 80;
constexpr std::size_t kFileSizeAt = 88;
constexpr std::size_t kImportedAtAt = 96;
constexpr std::size_t kSourceNameAt = 104; // u16 length, then UTF-8
constexpr std::size_t kMaxSourceName = 1024;
constexpr std::size_t kHeaderDigestAt = kHeaderSize - 32;
constexpr int kMaxLowBits = 56; // keeps every shift below 64

template<typename T>
void put(unsigned char *at, T value)
{
    qToLittleEndian(value, at);
}

template<typename T>
T get(const unsigned char *at)
{
    return qFromLittleEndian<T>(at);
}

std::uint64_t lowMask(int bits)
{
    return bits >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << bits) - 1;
}

int universeBits(int partitionBits)
{
    return 64 - partitionBits;
}

// Low bits per hash in a partition of count hashes: floor(log2(2^universe / count)).
int lowBitsFor(int universe, std::uint64_t count)
{
    if (count == 0) {
        return 0;
    }
    const int ceilLog2 = count == 1 ? 0 : 64 - std::countl_zero(count - 1);
    return std::clamp(universe - ceilLog2, 0, kMaxLowBits);
}

std::uint64_t words(std::uint64_t bits)
{
    return (bits + 63) / 64;
}

std::uint64_t upperBits(int universe, int lowBits, std::uint64_t count)
{
    return count + (std::uint64_t(1) << (universe - lowBits));
}

std::uint64_t partitionBytes(int universe, int lowBits, std::uint64_t count)
{
    if (count == 0) {
        return 0;
    }
    return 8 * (words(upperBits(universe, lowBits, count)) + words(count * std::uint64_t(lowBits)) + words(count * kSeenBits));
}

// width bits at bit index from little-endian u64 words.
std::uint64_t bitsAt(const unsigned char *words, std::uint64_t index, int width)
{
    if (width == 0) {
        return 0;
    }
    const std::uint64_t word = index / 64;
    const int shift = int(index % 64);
    std::uint64_t value = get<quint64>(words + 8 * word) >> shift;
    if (shift + width > 64) {
        value |= get<quint64>(words + 8 * (word + 1)) << (64 - shift);
    }
    return value & lowMask(width);
}

void setBits(std::vector<std::uint64_t> &words, std::uint64_t index, int width, std::uint64_t value)
{
    if (width == 0) {
        return;
    }
    const std::uint64_t word = index / 64;
    const int shift = int(index % 64);
    words[word] |= value << shift;
    if (shift + width > 64) {
        words[word + 1] |= value >> (64 - shift);
    }
}

QByteArray headerDigest(const unsigned char *header, const unsigned char *directory, std::size_t directorySize, const unsigned char *digests,
                        std::size_t digestsSize)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, header, kHeaderDigestAt);
    crypto_generichash_update(&state, directory, directorySize);
    crypto_generichash_update(&state, digests, digestsSize);
    QByteArray digest(32, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(digest.data()), 32);
    return digest;
}

} // namespace

// ---------------------------------------------------------------------------------------------

struct PasswordIndexWriter::State
{
    QSaveFile file;
    PasswordHashKind kind;
    int partitionBits;
    QString sourceName;
    std::uint64_t partitions;
    std::uint64_t current = 0; // the partition being gathered
    std::vector<std::uint64_t> keys;
    std::vector<std::uint8_t> classes;
    bool haveLast = false;
    std::uint64_t last = 0;
    Written written;
    std::vector<unsigned char> directory;
    std::uint64_t dataSize = 0;
    // The chunk being written and the digests of those before it.
    crypto_generichash_state chunk;
    std::size_t chunkFill = 0;
    std::vector<unsigned char> digests;

    explicit State(const QString &path)
        : file(path)
    {
    }

    void writeData(const char *data, std::size_t size)
    {
        if (file.write(data, qint64(size)) != qint64(size)) {
            throw Error(ErrorKind::Internal,
                        QCoreApplication::translate("PasswordIndex", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        dataSize += size;
        while (size > 0) {
            const std::size_t take = std::min(size, kChunkSize - chunkFill);
            crypto_generichash_update(&chunk, reinterpret_cast<const unsigned char *>(data), take);
            chunkFill += take;
            data += take;
            size -= take;
            if (chunkFill == kChunkSize) {
                finishChunk();
            }
        }
    }

    void finishChunk()
    {
        unsigned char digest[kChunkDigestSize];
        crypto_generichash_final(&chunk, digest, sizeof digest);
        digests.insert(digests.end(), digest, digest + sizeof digest);
        crypto_generichash_init(&chunk, nullptr, 0, kChunkDigestSize);
        chunkFill = 0;
    }

    void putDirectoryEntry(std::uint64_t partition, std::uint64_t offset, std::uint64_t count, int lowBits)
    {
        unsigned char *entry = directory.data() + partition * kDirectoryEntrySize;
        put<quint64>(entry, offset);
        put<quint32>(entry + 8, quint32(count));
        entry[12] = static_cast<unsigned char>(lowBits);
    }

    // Writes the gathered partition and moves to the next.
    void flushPartition()
    {
        const int universe = universeBits(partitionBits);
        const std::uint64_t count = keys.size();
        const int lowBits = lowBitsFor(universe, count);
        putDirectoryEntry(current, dataSize, count, lowBits);
        if (count > 0) {
            std::vector<std::uint64_t> upper(words(upperBits(universe, lowBits, count)), 0);
            std::vector<std::uint64_t> lower(words(count * std::uint64_t(lowBits)), 0);
            std::vector<std::uint64_t> seen(words(count * kSeenBits), 0);
            const std::uint64_t valueMask = lowMask(universe);
            for (std::uint64_t i = 0; i < count; ++i) {
                const std::uint64_t value = keys[i] & valueMask;
                const std::uint64_t high = value >> lowBits;
                upper[(high + i) / 64] |= std::uint64_t(1) << ((high + i) % 64);
                setBits(lower, i * std::uint64_t(lowBits), lowBits, value & lowMask(lowBits));
                setBits(seen, i * kSeenBits, kSeenBits, classes[i]);
            }
            for (const std::vector<std::uint64_t> *part : {&upper, &lower, &seen}) {
                std::vector<unsigned char> bytes(part->size() * 8);
                for (std::size_t w = 0; w < part->size(); ++w) {
                    put<quint64>(bytes.data() + 8 * w, (*part)[w]);
                }
                writeData(reinterpret_cast<const char *>(bytes.data()), bytes.size());
            }
        }
        keys.clear();
        classes.clear();
        ++current;
    }
};

PasswordIndexWriter::PasswordIndexWriter(const QString &path, PasswordHashKind kind, int partitionBits, const QString &sourceName)
    : m_state(std::make_unique<State>(path))
{
    if (sodium_init() < 0) {
        throw Error(ErrorKind::Internal, QStringLiteral("sodium_init failed"));
    }
    State &s = *m_state;
    s.kind = kind;
    s.partitionBits = std::clamp(partitionBits, 0, kMaxPartitionBits);
    s.sourceName = sourceName;
    s.partitions = std::uint64_t(1) << s.partitionBits;
    s.directory.assign((s.partitions + 1) * kDirectoryEntrySize, 0);
    crypto_generichash_init(&s.chunk, nullptr, 0, kChunkDigestSize);
    // Private like every file in the vault's folder, although the list is public: the vault
    // would otherwise find a file others could read there and warn about it on its next open.
    if (!s.file.open(QIODevice::WriteOnly) || !s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate("PasswordIndex", "Cannot write %1: %2").arg(path, s.file.errorString()));
    }
    const QByteArray placeholder(qsizetype(kHeaderSize), '\0');
    if (s.file.write(placeholder) != placeholder.size()) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate("PasswordIndex", "Cannot write %1: %2").arg(path, s.file.errorString()));
    }
}

PasswordIndexWriter::~PasswordIndexWriter() = default; // QSaveFile discards an uncommitted file

bool PasswordIndexWriter::add(std::uint64_t key, int seenClass)
{
    State &s = *m_state;
    if (s.haveLast && key < s.last) {
        return false;
    }
    seenClass = std::clamp(seenClass, 0, PasswordSeen::kClasses - 1);
    if (s.haveLast && key == s.last) {
        s.classes.back() = std::max<std::uint8_t>(s.classes.back(), std::uint8_t(seenClass));
        ++s.written.merged;
        return true;
    }
    const std::uint64_t partition = s.partitionBits == 0 ? 0 : key >> universeBits(s.partitionBits);
    while (s.current < partition) {
        s.flushPartition();
    }
    s.keys.push_back(key);
    s.classes.push_back(std::uint8_t(seenClass));
    s.haveLast = true;
    s.last = key;
    ++s.written.hashes;
    return true;
}

PasswordIndexWriter::Written PasswordIndexWriter::commit()
{
    State &s = *m_state;
    while (s.current < s.partitions) {
        s.flushPartition();
    }
    s.putDirectoryEntry(s.partitions, s.dataSize, 0, 0); // where the data ends
    if (s.chunkFill > 0) {
        s.finishChunk();
    }
    const std::uint64_t dataSize = s.dataSize;
    const std::uint64_t directoryOffset = kHeaderSize + dataSize;
    const std::uint64_t digestsOffset = directoryOffset + s.directory.size();
    const std::uint64_t fileSize = digestsOffset + s.digests.size();
    if (s.file.write(reinterpret_cast<const char *>(s.directory.data()), qint64(s.directory.size())) != qint64(s.directory.size())
        || s.file.write(reinterpret_cast<const char *>(s.digests.data()), qint64(s.digests.size())) != qint64(s.digests.size())) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate("PasswordIndex", "Cannot write %1: %2").arg(s.file.fileName(), s.file.errorString()));
    }
    std::vector<unsigned char> header(kHeaderSize, 0);
    std::memcpy(header.data(), kMagic, sizeof kMagic - 1);
    put<quint32>(header.data() + kFormatAt, kFormatVersion);
    put<quint32>(header.data() + kKindAt, quint32(s.kind));
    put<quint64>(header.data() + kHashesAt, s.written.hashes);
    put<quint32>(header.data() + kPartitionBitsAt, quint32(s.partitionBits));
    put<quint32>(header.data() + kChunkSizeAt, quint32(kChunkSize));
    put<quint64>(header.data() + kDataOffsetAt, kHeaderSize);
    put<quint64>(header.data() + kDataSizeAt, dataSize);
    put<quint64>(header.data() + kDirectoryAt, directoryOffset);
    put<quint64>(header.data() + kDigestsAt, digestsOffset);
    put<quint64>(header.data() + kFileSizeAt, fileSize);
    put<qint64>(header.data() + kImportedAtAt, QDateTime::currentMSecsSinceEpoch());
    QByteArray name = s.sourceName.toUtf8().left(qsizetype(kMaxSourceName));
    put<quint16>(header.data() + kSourceNameAt, quint16(name.size()));
    std::memcpy(header.data() + kSourceNameAt + 2, name.constData(), std::size_t(name.size()));
    const QByteArray digest = headerDigest(header.data(), s.directory.data(), s.directory.size(), s.digests.data(), s.digests.size());
    std::memcpy(header.data() + kHeaderDigestAt, digest.constData(), 32);
    if (!s.file.seek(0) || s.file.write(reinterpret_cast<const char *>(header.data()), qint64(kHeaderSize)) != qint64(kHeaderSize)
        || !s.file.commit()) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate("PasswordIndex", "Cannot write %1: %2").arg(s.file.fileName(), s.file.errorString()));
    }
    s.written.bytes = qint64(fileSize);
    return s.written;
}

// ---------------------------------------------------------------------------------------------

PasswordIndex::PasswordIndex(const QString &path)
    : m_path(path)
    , m_file(path)
{
    if (sodium_init() < 0) {
        throw Error(ErrorKind::Internal, QStringLiteral("sodium_init failed"));
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::NotFound,
                    QCoreApplication::translate("PasswordIndex", "There is no list of leaked passwords at %1 yet: import one first.").arg(path));
    }
    m_size = m_file.size();
    if (m_size < qint64(kHeaderSize)) {
        changed();
    }
    m_map = m_file.map(0, m_size);
    if (!m_map) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("PasswordIndex", "Cannot read %1: %2").arg(path, m_file.errorString()));
    }
    const unsigned char *header = m_map;
    if (std::memcmp(header, kMagic, sizeof kMagic - 1) != 0) {
        throw Error(ErrorKind::RejectedInput,
                    QCoreApplication::translate("PasswordIndex", "%1 is not a list of leaked passwords made by this app.").arg(path));
    }
    if (get<quint32>(header + kFormatAt) > kFormatVersion) {
        throw Error(ErrorKind::RejectedInput,
                    QCoreApplication::translate("PasswordIndex", "%1 was made by a newer version of this app: update it, or import the list again.")
                        .arg(path));
    }
    m_info.kind = PasswordHashKind(get<quint32>(header + kKindAt));
    m_info.hashes = get<quint64>(header + kHashesAt);
    m_info.partitionBits = int(get<quint32>(header + kPartitionBitsAt));
    m_info.bytes = m_size;
    m_info.importedAt = QDateTime::fromMSecsSinceEpoch(get<qint64>(header + kImportedAtAt), Qt::UTC);
    const std::size_t nameSize = get<quint16>(header + kSourceNameAt);
    m_dataOffset = get<quint64>(header + kDataOffsetAt);
    m_dataSize = get<quint64>(header + kDataSizeAt);
    const std::uint64_t directoryOffset = get<quint64>(header + kDirectoryAt);
    const std::uint64_t digestsOffset = get<quint64>(header + kDigestsAt);
    const std::uint64_t partitions = std::uint64_t(1) << std::min(m_info.partitionBits, kMaxPartitionBits);
    const std::uint64_t chunks = (m_dataSize + kChunkSize - 1) / kChunkSize;
    // Every size must follow from the others, and the file end where the header says.
    if ((m_info.kind != PasswordHashKind::Sha1 && m_info.kind != PasswordHashKind::Ntlm) || m_info.partitionBits > kMaxPartitionBits
        || get<quint32>(header + kChunkSizeAt) != kChunkSize || nameSize > kMaxSourceName || m_dataOffset != kHeaderSize
        || m_dataSize > std::uint64_t(m_size) || directoryOffset != m_dataOffset + m_dataSize
        || digestsOffset != directoryOffset + (partitions + 1) * kDirectoryEntrySize
        || std::uint64_t(m_size) != digestsOffset + chunks * kChunkDigestSize || get<quint64>(header + kFileSizeAt) != std::uint64_t(m_size)) {
        changed();
    }
    m_directory = m_map + directoryOffset;
    m_digests = m_map + digestsOffset;
    const QByteArray digest = headerDigest(header, m_directory, (partitions + 1) * kDirectoryEntrySize, m_digests, chunks * kChunkDigestSize);
    if (sodium_memcmp(digest.constData(), header + kHeaderDigestAt, 32) != 0) {
        changed();
    }
    // The directory itself: offsets ascending within the data, each partition its size, counts
    // adding up.
    std::uint64_t total = 0;
    const int universe = universeBits(m_info.partitionBits);
    for (std::uint64_t p = 0; p < partitions; ++p) {
        const unsigned char *entry = m_directory + p * kDirectoryEntrySize;
        const std::uint64_t count = get<quint32>(entry + 8);
        const int lowBits = entry[12];
        if (lowBits != lowBitsFor(universe, count)
            || get<quint64>(entry + kDirectoryEntrySize) - get<quint64>(entry) != partitionBytes(universe, lowBits, count)) {
            changed();
        }
        total += count;
    }
    if (total != m_info.hashes || get<quint64>(m_directory + partitions * kDirectoryEntrySize) != m_dataSize) {
        changed();
    }
    m_info.sourceName = QString::fromUtf8(reinterpret_cast<const char *>(header + kSourceNameAt + 2), qsizetype(nameSize));
    m_checked.assign(chunks, false);
}

PasswordIndex::~PasswordIndex() = default;

void PasswordIndex::changed() const
{
    throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("PasswordIndex", "%1 was changed or cut short since it was made: "
                                                                                       "import the list of leaked passwords again.")
                                              .arg(m_path));
}

void PasswordIndex::checkRange(std::uint64_t offset, std::uint64_t size)
{
    if (size == 0) {
        return;
    }
    for (std::uint64_t chunk = offset / kChunkSize; chunk <= (offset + size - 1) / kChunkSize; ++chunk) {
        if (m_checked[chunk]) {
            continue;
        }
        const std::uint64_t start = chunk * kChunkSize;
        const std::uint64_t length = std::min<std::uint64_t>(kChunkSize, m_dataSize - start);
        unsigned char digest[kChunkDigestSize];
        crypto_generichash(digest, sizeof digest, m_map + m_dataOffset + start, length, nullptr, 0);
        if (sodium_memcmp(digest, m_digests + chunk * kChunkDigestSize, kChunkDigestSize) != 0) {
            changed();
        }
        m_checked[chunk] = true;
    }
}

void PasswordIndex::verifyAll()
{
    checkRange(0, m_dataSize);
}

std::optional<int> PasswordIndex::find(std::uint64_t key)
{
    const int universe = universeBits(m_info.partitionBits);
    const std::uint64_t partition = m_info.partitionBits == 0 ? 0 : key >> universe;
    const unsigned char *entry = m_directory + partition * kDirectoryEntrySize;
    const std::uint64_t offset = get<quint64>(entry);
    const std::uint64_t count = get<quint32>(entry + 8);
    const int lowBits = entry[12];
    if (count == 0) {
        return std::nullopt;
    }
    checkRange(offset, partitionBytes(universe, lowBits, count));
    const std::uint64_t upperWords = words(upperBits(universe, lowBits, count));
    const unsigned char *upper = m_map + m_dataOffset + offset;
    const unsigned char *lower = upper + 8 * upperWords;
    const unsigned char *seen = lower + 8 * words(count * std::uint64_t(lowBits));
    const std::uint64_t value = key & lowMask(universe);
    const std::uint64_t high = value >> lowBits;
    const std::uint64_t low = value & lowMask(lowBits);

    // The bucket of this high part starts after the high-th zero of the unary bitmap. The
    // digests vouch for the bytes, not for their sense: every step stays inside the partition.
    std::uint64_t position = 0;
    if (high > 0) {
        std::uint64_t zerosLeft = high;
        std::uint64_t word = 0;
        for (;; ++word) {
            if (word == upperWords) {
                changed();
            }
            const std::uint64_t zeros = ~get<quint64>(upper + 8 * word);
            const auto inWord = std::uint64_t(std::popcount(zeros));
            if (inWord >= zerosLeft) {
                std::uint64_t bits = zeros;
                for (std::uint64_t k = 1; k < zerosLeft; ++k) {
                    bits &= bits - 1; // drop the lowest zero
                }
                position = word * 64 + std::uint64_t(std::countr_zero(bits)) + 1;
                break;
            }
            zerosLeft -= inWord;
        }
    }
    // Its members: the ones from there on, in ascending order of their low bits.
    const std::uint64_t totalBits = upperBits(universe, lowBits, count);
    for (; position < totalBits; ++position) {
        if (!((get<quint64>(upper + 8 * (position / 64)) >> (position % 64)) & 1)) {
            break;
        }
        const std::uint64_t index = position - high;
        if (index >= count) {
            changed();
        }
        const std::uint64_t candidate = bitsAt(lower, index * std::uint64_t(lowBits), lowBits);
        if (candidate == low) {
            return int(bitsAt(seen, index * kSeenBits, kSeenBits));
        }
        if (candidate > low) {
            break;
        }
    }
    return std::nullopt;
}

} // namespace BreachAdvisor
