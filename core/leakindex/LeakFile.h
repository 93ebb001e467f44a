#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace BreachAdvisor {

// Json is a JSON array of objects ([{…},{…}], pretty-printed or not) or JSON Lines, told
// apart by the file's first character ('[' or '{'); Jsonl files starting with '[' are
// read as arrays too. Sql is a MySQL/MariaDB (mysqldump) or PostgreSQL (pg_dump) dump.
// Blocks: records of "Key: value" lines, one after another, ended by a blank or a
// separator line ("====") or by a key the record already has (stealer logs' "URL: …",
// "Username: …", "Password: …").
enum class LeakFileFormat { Csv, Tsv, Jsonl, Json, Sql, Blocks };
QString leakFileFormatName(LeakFileFormat format);
bool leakFileFormatFromName(const QString &name, LeakFileFormat *format);
// From the file name: .tsv/.tab → TSV, .jsonl/.ndjson → JSON Lines, .json → JSON,
// .sql → SQL, else CSV (a .gz, .bz2, .xz, .lzma or .zst is looked through).
LeakFileFormat leakFileFormatFromPath(const QString &path);

// How the bytes of a leak file are text. Auto reads each row as UTF-8 when it is valid
// UTF-8 and as Windows-1252 (which covers Latin-1) when it is not: a row of a
// Windows-1252 file with any non-ASCII letter is practically never valid UTF-8.
enum class TextEncoding { Auto, Utf8, Windows1252, Latin1 };
QString textEncodingName(TextEncoding encoding); // "auto", "utf-8", "windows-1252", "latin1"
bool textEncodingFromName(const QString &name, TextEncoding *encoding);

// Rows parsed from a part of the file, every row with exactly columnCount fields,
// always UTF-8.
struct RowBatch
{
    // A JSON list (or object) is its compact JSON text after this byte, which UTF-8
    // never contains: it counts as a filled-in field and never as an identifier.
    static constexpr char kStructured = '\xff';
    static bool isStructured(std::string_view field) { return !field.empty() && field.front() == kStructured; }

    int columnCount = 0;
    std::string text;                    // the fields' bytes, one after another
    std::vector<std::uint32_t> fieldEnd; // end offset in text of each field; row r has fields [r*c, (r+1)*c)
    std::vector<std::int64_t> lines;     // the line each row starts on
    std::vector<std::uint16_t> sites;    // with a site column: each row's site (SiteRegistry), else empty

    std::size_t rowCount() const { return lines.size(); }
    std::string_view field(std::size_t row, int column) const
    {
        const std::size_t index = row * std::size_t(columnCount) + std::size_t(column);
        const std::uint32_t begin = index == 0 ? 0 : fieldEnd[index - 1];
        return std::string_view(text).substr(begin, fieldEnd[index] - begin);
    }
    // A field for a person to read (a JSON list without its marker).
    QString displayText(std::size_t row, int column) const;
    void clear();
};

// Where a leak file's bytes come from: a file as it is or gzip-compressed (zlib), a
// single bzip2/xz/zstd-compressed file or one member of an archive (LeakArchive).
class LeakByteSource
{
public:
    virtual ~LeakByteSource() = default;
    // Up to size (decompressed) bytes; fewer only at the end, 0 there. A damaged or
    // truncated stream, or one past its limits, throws Error(RejectedInput) naming it.
    virtual std::size_t read(char *data, std::size_t size) = 0;
    // What looks broken in compressed data may be the garbage a damaged stream
    // decompresses to: reads the rest, throwing what read() throws if it is damaged.
    virtual void checkRest() = 0;
    // Of the file as stored (compressed, if it is), for progress.
    virtual std::int64_t bytesConsumed() const = 0;
    virtual std::int64_t storedSize() const = 0;
};

// A file's bytes, decompressed when it is gzip, bzip2, xz or zstd-compressed (by its content),
// as they are otherwise. Throws Error(RejectedInput) naming it when it is not a file.
std::unique_ptr<LeakByteSource> openLeakBytes(const QString &path);

// Streams a leak file (CSV, TSV, JSON Lines, a JSON array or an SQL dump, gzip-compressed
// or not) as batches
// of parsed rows, in bounded memory and linear time whatever the file holds. CSV
// and TSV follow RFC 4180 quoting ("a ""b""", fields with delimiters and line breaks
// inside quotes); the delimiter is sniffed from the first lines unless given. JSON
// objects nested in a line become columns named by their dotted path
// ("user.contact.phone"). A row that does not fit (more or fewer fields than the
// header, a quote that never closes, longer than kMaxRowBytes) is skipped and counted
// as a misfit with its line (the importer decides how many are too many). A file that
// cannot be read as a whole (binary data, a JSON line that is not an object, a header
// that does not fit, a truncated or corrupt compressed file) throws
// Error(RejectedInput) naming the file, the line and the problem.
// A JSON array is read one element at a time (each element is a row, at most
// kMaxRowBytes long; the line is the one it starts on). An SQL dump is read one row of
// values at a time, however long its statement, from the INSERT and COPY statements
// of one table (Options::tables, or the first whose columns name identifiers); the rows
// of the others are counted (otherTables()), other statements and comments skipped.
class LeakFileReader
{
public:
    static constexpr std::size_t kMaxRowBytes = std::size_t(1) << 20;
    static constexpr int kMaxColumns = 4096;
    static constexpr int kExamples = 10;

    struct Options
    {
        LeakFileFormat format = LeakFileFormat::Csv;
        bool hasHeader = true; // CSV/TSV; without one, columns are named 1, 2, 3... (or columnNames)
        // With hasHeader: a first row that looks like data (an e-mail address, a phone number,
        // a long number) is read as a row, not a header. False: the first row is the header.
        bool detectHeader = true;
        // CSV/TSV: a quote at a field's start opens a quoted field (RFC 4180). False for
        // layouts whose values are anything at all (a combo list's passwords).
        bool quotes = true;
        char delimiter = 0;    // 0: sniffed for CSV (, ; tab | :), tab for TSV
        TextEncoding encoding = TextEncoding::Auto;
        // A known headerless layout (a preset): its columns' names. Rows with another
        // number of fields do not fit it: they are counted and skipped, never mis-mapped.
        QStringList columnNames;
        // The column of that layout whose value may contain the delimiter (the time in
        // "10/15/2019 12:00:00 AM" when the delimiter is ":"), and what such a value
        // looks like: a row with more fields is read with the extra ones joined there
        // when the joined text matches.
        int delimiterInsideColumn = -1;
        QRegularExpression delimiterInsidePattern;
        // A layout no delimiter describes (a stealer log's "URL:login:password", where the URL
        // and the password may both hold colons): each line must match this pattern whole,
        // and its capture groups are the columns (columnNames). A line that does not match
        // does not fit.
        QRegularExpression linePattern;
        // Blocks: which column each key is ("url" for "URL" and "Host"), compared folded to
        // lower case. Keys not listed are columns of their own, named by the key.
        QHash<QString, QString> blockKeys;
        // SQL: the table to read, by name ("users", "public.users") or pattern ("*users"),
        // case-insensitive; the first of the dump's tables with rows that one of them names is
        // read. Empty: the first whose column names LeakMapping::detect takes for identifiers.
        QStringList tables;
    };

    // SQL: a table whose rows were not read, with how many there were.
    struct OtherTable
    {
        QString name;
        std::int64_t rows = 0;
        bool identifiers = false; // its column names name identifiers too
    };
    static constexpr int kMaxOtherTables = 10000; // named; rows of more are still counted

    // A row that does not fit the layout, or JSON keys outside the columns: shown, not read.
    struct Example
    {
        std::int64_t line = 0;
        QString problem;
    };

    LeakFileReader(const QString &path, const Options &options);
    // Bytes from elsewhere (an archive's member); name is the path in messages ("a.zip/users.csv").
    LeakFileReader(std::unique_ptr<LeakByteSource> source, const QString &name, const Options &options);
    ~LeakFileReader();

    // Column names: the header, the (flattened) JSON keys of the first lines, or 1..n.
    const QStringList &columns() const { return m_columns; }
    // Columns that held a JSON list in the first lines: never identifiers.
    const QList<int> &structuredColumns() const { return m_structuredColumns; }
    // CSV/TSV: whether the first row was taken as the header, and whether that was decided
    // from the row itself (it looked like data, or it did not).
    bool hasHeader() const { return m_options.hasHeader; }
    bool headerDetected() const { return m_headerDetected; }
    char delimiter() const { return m_options.delimiter; }
    // What the file turned out to be: Json (an array) or Jsonl for JSON, else as asked.
    LeakFileFormat format() const { return m_options.format; }
    // SQL: the table read (as the dump names it), and whether it was chosen for its
    // columns (no Options::tables).
    const QString &table() const { return m_table; }
    bool tableDetected() const { return m_tableDetected; }
    // SQL: the rows of the tables not read, so far (all of them at the end of the file).
    std::int64_t rowsInOtherTables() const { return m_rowsInOtherTables; }
    const QList<OtherTable> &otherTables() const { return m_otherTables; }
    bool delimiterSniffed() const { return m_delimiterSniffed; }
    // The next rows, about batchBytes of input at a time; false at the end of the file.
    bool next(RowBatch *batch, std::size_t batchBytes = 1 << 20);

    // Rows so far whose non-ASCII text was valid UTF-8, and rows read as Windows-1252/Latin-1.
    std::int64_t utf8Rows() const { return m_utf8Rows; }
    std::int64_t recodedRows() const { return m_recodedRows; }
    // Rows that did not fit the header or layout, with the first few (no values in them).
    std::int64_t misfitRows() const { return m_misfitRows; }
    const QList<Example> &misfitExamples() const { return m_misfitExamples; }
    // JSON lines with keys that are not columns (first seen after the sampled lines).
    std::int64_t rowsWithUnreadKeys() const { return m_rowsWithUnreadKeys; }
    const QStringList &unreadKeys() const { return m_unreadKeys; }

    std::int64_t fileSize() const { return m_fileSize; }
    std::int64_t bytesConsumed() const; // of the file as stored (compressed, if it is)
    // BLAKE2b-256 of all the (decompressed) bytes read so far: the same data gives the
    // same digest whether or not it was compressed.
    QByteArray contentDigest() const;
    const QString &path() const { return m_path; }

private:
    struct Source;
    void start();
    bool fill();
    void checkStart();
    void sniffDelimiter();
    void readHeader();
    bool nextDelimited(RowBatch *batch, std::size_t batchBytes);
    bool nextJsonLines(RowBatch *batch, std::size_t batchBytes);
    bool nextMatched(RowBatch *batch, std::size_t batchBytes);
    bool nextBlocks(RowBatch *batch, std::size_t batchBytes);
    // The next record of a Blocks file as (key, value) pairs; false at the end.
    bool readBlock(std::vector<std::pair<std::string, std::string>> *fields, std::int64_t *firstLine);
    void appendBlockRow(RowBatch *batch, const std::vector<std::pair<std::string, std::string>> &fields, std::int64_t line);
    void discoverBlockColumns();
    // A line, however long: one over kMaxRowBytes is rejected, or with tolerant counted as a
    // misfit and skipped.
    bool readLine(std::string_view *line, std::int64_t *lineNumber, bool tolerant = false);
    // The row as UTF-8 (recoded into m_recoded when needed); counts the encodings seen.
    std::string_view decoded(std::string_view row, std::int64_t lineNumber, bool count);
    // A row with another number of fields than the layout: joins the extra fields in
    // the layout's column that may hold the delimiter, or drops the row as a misfit.
    bool fitToLayout(RowBatch *batch, std::size_t fieldsBefore, std::int64_t line);
    void countMisfit(std::int64_t line, const QString &problem);
    // A key that is not a column: its first few are shown.
    void noteUnreadKey(const QString &key);
    // Where a byte of the buffer is in the (decompressed) file.
    std::int64_t offsetOf(std::size_t position) const;
    // Drops the rest of the current line, however long, and moves to the next.
    void skipLine();
    // The next non-blank JSON line as an object; false at the end. Rejects a line that is not one.
    bool nextJsonObject(QJsonObject *object, std::int64_t *lineNumber, std::size_t *consumed);
    void appendJsonRow(RowBatch *batch, const QJsonObject &object, std::int64_t lineNumber);
    // JSON arrays: the next element's bytes (an object's text), false after the last.
    bool nextJsonArrayObject(QJsonObject *object, std::int64_t *lineNumber, std::size_t *consumed);
    // SQL dumps (LeakFile.cpp's second half).
    struct Sql;
    bool ensureBytes(std::size_t count);
    void consume(std::size_t count);
    bool sqlSkipBlank();
    bool sqlSkipComment();
    QString sqlName();
    bool sqlNextStatement();
    void sqlSkipStatement(std::int64_t *tuples);
    void sqlCreateTable();
    void sqlSet();
    bool sqlDataStatement(bool copy, std::int64_t line);
    bool sqlColumnList(QStringList *columns);
    bool sqlNextRow(RowBatch *batch);
    void sqlTuple(RowBatch *batch);
    void sqlCopyRow(RowBatch *batch, std::string_view line, std::int64_t lineNumber);
    void sqlAppendRow(RowBatch *batch, std::int64_t line);
    bool sqlHasIdentifiers(const QStringList &columns) const;
    void sqlCountOther(const QString &name, const QStringList &columns, std::int64_t rows);
    bool nextSql(RowBatch *batch, std::size_t batchBytes);
    void readSqlStart();
    [[noreturn]] void reject(std::int64_t line, const QString &problem);

    QString m_path;
    Options m_options;
    std::unique_ptr<Source> m_source;
    std::string m_buffer;
    std::size_t m_position = 0;
    bool m_eof = false;
    std::int64_t m_line = 1;
    std::int64_t m_fileSize = 0;
    bool m_delimiterSniffed = false;
    bool m_headerDetected = false;
    QStringList m_columns;
    QHash<QString, int> m_columnIndex; // JSON Lines: column by key path
    QList<int> m_structuredColumns;
    std::vector<RowBatch> m_pending; // rows read while finding the columns
    std::string m_recoded;
    std::string m_rowFields; // a row being fitted to the layout
    std::int64_t m_utf8Rows = 0;
    std::int64_t m_recodedRows = 0;
    std::int64_t m_misfitRows = 0;
    std::int64_t m_literalQuotesUntil = -1; // file offset: quotes before it are plain characters
    QList<Example> m_misfitExamples;
    std::int64_t m_rowsWithUnreadKeys = 0;
    QStringList m_unreadKeys;
    // Blocks: a "Key: value" line read past the end of a record (its key was already in
    // it), which starts the next one.
    std::optional<std::pair<std::string, std::string>> m_blockCarry;
    std::int64_t m_blockCarryLine = 0;
    std::unordered_map<std::string, int> m_blockColumns;      // column by folded key
    std::unordered_map<std::string, std::string> m_blockKeys; // Options::blockKeys, folded
    // JSON arrays
    enum class ArrayState { NotArray, First, AfterElement, Element, Ended };
    ArrayState m_array = ArrayState::NotArray;
    // SQL dumps
    std::unique_ptr<Sql> m_sql;
    QString m_table;
    bool m_tableDetected = false;
    std::int64_t m_rowsInOtherTables = 0;
    QList<OtherTable> m_otherTables;
    std::vector<std::uint32_t> m_valueEnds; // the values of an SQL row in m_rowFields
};

} // namespace BreachAdvisor
