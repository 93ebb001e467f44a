#pragma once

// Shared by the libFuzzer targets: some readers take a file, not bytes.

#include "LeakFile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace BreachAdvisor::Fuzz {

// A folder of this process, removed when it exits.
inline QString scratchFolder()
{
    static QTemporaryDir folder;
    if (!folder.isValid()) {
        std::abort(); // the harness itself is broken, not the code under test
    }
    return folder.path();
}

// Writes the input to NAME in the scratch folder (replacing the last input) and returns its path.
inline QString writeScratchFile(const QString &name, const std::uint8_t *data, std::size_t size)
{
    const QString path = scratchFolder() + QLatin1Char('/') + name;
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::abort();
    }
    return path;
}

// A property that must hold for every input: a failure is a finding, like a crash.
inline void require(bool holds)
{
    if (!holds) {
        std::abort();
    }
}

// Reads every row of a leak file, checking that each has exactly as many fields as the
// file has columns and that every field lies within the batch's text.
inline void readEveryRow(const QString &path, const LeakFileReader::Options &options)
{
    LeakFileReader reader(path, options);
    const std::size_t columns = std::size_t(reader.columns().size());
    RowBatch batch;
    while (reader.next(&batch, 4096)) {
        require(std::size_t(batch.columnCount) == columns);
        require(batch.fieldEnd.size() == batch.rowCount() * columns);
        std::uint32_t previous = 0;
        for (const std::uint32_t end : batch.fieldEnd) {
            require(end >= previous && end <= batch.text.size());
            previous = end;
        }
        for (std::size_t row = 0; row < batch.rowCount(); ++row) {
            for (int column = 0; column < batch.columnCount; ++column) {
                batch.field(row, column);
            }
        }
    }
    require(reader.contentDigest().size() == 32);
}

} // namespace BreachAdvisor::Fuzz
