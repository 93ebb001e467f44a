#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace BreachAdvisor {

enum class LeakFileFormat { Csv, Tsv, Jsonl };
QString leakFileFormatName(LeakFileFormat format);
bool leakFileFormatFromName(const QString &name, LeakFileFormat *format);
// From the file name: .tsv/.tab → TSV, .jsonl/.ndjson → JSON Lines, else CSV (a .gz is looked through).
LeakFileFormat leakFileFormatFromPath(const QString &path);

// Rows parsed from a part of the file, every row with exactly columnCount fields.
struct RowBatch
{
    int columnCount = 0;
    std::string text;                    // the fields' bytes, one after another
    std::vector<std::uint32_t> fieldEnd; // end offset in text of each field; row r has fields [r*c, (r+1)*c)
    std::vector<std::int64_t> lines;     // the line each row starts on

    std::size_t rowCount() const { return lines.size(); }
    std::string_view field(std::size_t row, int column) const
    {
        const std::size_t index = row * std::size_t(columnCount) + std::size_t(column);
        const std::uint32_t begin = index == 0 ? 0 : fieldEnd[index - 1];
        return std::string_view(text).substr(begin, fieldEnd[index] - begin);
    }
    void clear();
};

// Streams a leak file (CSV, TSV or JSON Lines, gzip-compressed or not) as batches
// of parsed rows, in bounded memory whatever the file size. CSV and TSV follow RFC
// 4180 quoting ("a ""b""", fields with delimiters and line breaks inside quotes).
// A structurally broken file (unterminated quote, a row with more or fewer fields
// than the header, a JSON line that is not an object, binary data) throws
// Error(RejectedInput) naming the file, the line and the problem.
class LeakFileReader
{
public:
    struct Options
    {
        LeakFileFormat format = LeakFileFormat::Csv;
        bool hasHeader = true; // CSV/TSV; without one, columns are named 1, 2, 3...
        char delimiter = 0;    // 0: ',' for CSV, '\t' for TSV
    };

    LeakFileReader(const QString &path, const Options &options);
    ~LeakFileReader();

    // Column names: the header, JSON keys of the first lines, or 1..n.
    const QStringList &columns() const { return m_columns; }
    // The next rows, about batchBytes of input at a time; false at the end of the file.
    bool next(RowBatch *batch, std::size_t batchBytes = 1 << 20);

    std::int64_t fileSize() const { return m_fileSize; }
    std::int64_t bytesConsumed() const; // of the file as stored (compressed, if it is)
    // BLAKE2b-256 of all the (decompressed) bytes read so far: the same data gives the
    // same digest whether or not it was compressed.
    QByteArray contentDigest() const;
    const QString &path() const { return m_path; }

private:
    struct Source;
    bool fill();
    bool nextDelimited(RowBatch *batch, std::size_t batchBytes);
    bool nextJsonLines(RowBatch *batch, std::size_t batchBytes);
    bool readLine(std::string *line, std::int64_t *lineNumber);
    // The next non-blank JSON line as an object; false at the end. Rejects a line that is not one.
    bool nextJsonObject(QJsonObject *object, std::int64_t *lineNumber, std::size_t *consumed);
    void appendJsonRow(RowBatch *batch, const QJsonObject &object, std::int64_t lineNumber) const;
    [[noreturn]] void reject(std::int64_t line, const QString &problem) const;

    QString m_path;
    Options m_options;
    std::unique_ptr<Source> m_source;
    std::string m_buffer;
    std::size_t m_position = 0;
    bool m_eof = false;
    std::int64_t m_line = 1;
    std::int64_t m_fileSize = 0;
    QStringList m_columns;
    std::vector<RowBatch> m_pending; // JSON Lines rows read while finding the columns
};

} // namespace BreachAdvisor
