#include "LeakFile.h"

#include "Error.h"
#include "LeakArchive.h"
#include "LeakMapping.h"
#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <sodium.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_set>

namespace BreachAdvisor {

namespace {

constexpr std::size_t kReadSize = 1 << 20;
constexpr int kJsonColumnSampleLines = 1000;
// Enough of the file's start to tell its delimiter.
constexpr std::size_t kSniffBytes = 64 * 1024;
constexpr int kSniffRows = 20;
// In this order when two fit equally well.
constexpr char kSniffedDelimiters[] = {',', ';', '\t', '|', ':'};

// Windows-1252 for the bytes 0x80–0x9F; the five it leaves undefined are the C1
// controls there, as web browsers read them. 0xA0–0xFF are Latin-1's.
constexpr char16_t kWindows1252C1[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                         0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                         0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                         0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool isAscii(std::string_view text)
{
    const char *p = text.data();
    std::size_t left = text.size();
    for (; left >= 8; p += 8, left -= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL) {
            return false;
        }
    }
    for (; left > 0; ++p, --left) {
        if (static_cast<unsigned char>(*p) & 0x80) {
            return false;
        }
    }
    return true;
}

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
bool isValidUtf8(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    const auto continuation = [&](const unsigned char *at, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return at < end && *at >= low && *at <= high;
    };
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (!continuation(p + 1)) return false;
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            const unsigned char low = c == 0xE0 ? 0xA0 : 0x80;
            const unsigned char high = c == 0xED ? 0x9F : 0xBF;
            if (!continuation(p + 1, low, high) || !continuation(p + 2)) return false;
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            const unsigned char low = c == 0xF0 ? 0x90 : 0x80;
            const unsigned char high = c == 0xF4 ? 0x8F : 0xBF;
            if (!continuation(p + 1, low, high) || !continuation(p + 2) || !continuation(p + 3)) return false;
            p += 4;
        } else {
            return false;
        }
    }
    return true;
}

void appendUtf8(std::string &out, char16_t u)
{
    if (u < 0x80) {
        out.push_back(char(u));
    } else if (u < 0x800) {
        out.push_back(char(0xC0 | (u >> 6)));
        out.push_back(char(0x80 | (u & 0x3F)));
    } else {
        out.push_back(char(0xE0 | (u >> 12)));
        out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
        out.push_back(char(0x80 | (u & 0x3F)));
    }
}

// One byte, one character: Windows-1252 or Latin-1 to UTF-8.
void recode(std::string_view text, TextEncoding encoding, std::string &out)
{
    out.clear();
    out.reserve(text.size() + text.size() / 2);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            out.push_back(c);
        } else if (byte < 0xA0 && encoding != TextEncoding::Latin1) {
            appendUtf8(out, kWindows1252C1[byte - 0x80]);
        } else {
            appendUtf8(out, char16_t(byte));
        }
    }
}

// Fields per row of a sample when split by delimiter, with RFC 4180 quoting; blank
// rows are left out, and so is a last row the sample cut off.
std::vector<int> fieldCounts(std::string_view sample, char delimiter, bool sampleIsWholeFile)
{
    std::vector<int> counts;
    bool quoted = false;
    bool fieldStart = true;
    bool blank = true;
    int fields = 1;
    for (std::size_t i = 0; i < sample.size() && int(counts.size()) < kSniffRows; ++i) {
        const char c = sample[i];
        if (quoted) {
            if (c == '"') {
                quoted = false; // a following " reopens it: "" is a quote
            }
            continue;
        }
        if (c == '\n') {
            if (!blank) {
                counts.push_back(fields);
            }
            fields = 1;
            fieldStart = true;
            blank = true;
            continue;
        }
        if (c != '\r') {
            blank = false;
        }
        if (c == delimiter) {
            ++fields;
            fieldStart = true;
        } else {
            quoted = c == '"' && fieldStart;
            fieldStart = quoted; // "" right after an opening quote
        }
    }
    if (sampleIsWholeFile && !blank && !quoted && int(counts.size()) < kSniffRows) {
        counts.push_back(fields);
    }
    return counts;
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Phone numbers written as JSON numbers: all digits, no exponent.
        if (std::fabs(number) <= 9007199254740992.0 && number == std::floor(number)) { // no undefined conversion past qint64
            return QString::number(qint64(number));
        }
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return value.toArray().isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return value.toObject().isEmpty() ? QString()
                                          : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return QString();
}

// A JSON line's values by dotted path: {"user":{"phone":1}} has "user.phone". Lists
// stay whole; empty objects have no path.
void flatten(const QJsonObject &object, const QString &prefix, QList<QPair<QString, QJsonValue>> *out)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject()) {
            flatten(it.value().toObject(), path, out);
        } else {
            out->append({path, it.value()});
        }
    }
}

// One line of a JSON Lines file as an object, or the reason it is not one.
QJsonObject parseJsonLine(std::string_view line, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), qsizetype(line.size())), &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QCoreApplication::translate("LeakFile", "not valid JSON: %1").arg(error.errorString());
    } else if (!document.isObject()) {
        *problem = QCoreApplication::translate("LeakFile", "not a JSON object");
    }
    return document.object();
}

// A value no header holds: an e-mail address, or a number of six digits or more (a phone
// number, an id) written only with digits and the signs phone numbers carry.
bool looksLikeData(std::string_view field)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!field.empty() && isSpace(field.front())) {
        field.remove_prefix(1);
    }
    while (!field.empty() && isSpace(field.back())) {
        field.remove_suffix(1);
    }
    const std::size_t at = field.find('@');
    if (at != std::string_view::npos && at > 0 && field.find('.', at) != std::string_view::npos && field.find(' ') == std::string_view::npos) {
        return true;
    }
    int digits = 0;
    for (const char c : field) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (std::string_view("+-() .").find(c) == std::string_view::npos) {
            return false;
        }
    }
    return digits >= 6;
}

QString tooLongRow()
{
    return QCoreApplication::translate("LeakFile", "a row longer than %1 MiB: leak files have short rows (is a line break or a "
                                                   "closing quote missing?)")
        .arg(LeakFileReader::kMaxRowBytes >> 20);
}

QString tooManyColumns()
{
    return QCoreApplication::translate("LeakFile", "more than %1 columns").arg(QLocale().toString(LeakFileReader::kMaxColumns));
}

} // namespace

QString leakFileFormatName(LeakFileFormat format)
{
    switch (format) {
    case LeakFileFormat::Csv: return QStringLiteral("csv");
    case LeakFileFormat::Tsv: return QStringLiteral("tsv");
    case LeakFileFormat::Jsonl: return QStringLiteral("jsonl");
    case LeakFileFormat::Blocks: return QStringLiteral("blocks");
    case LeakFileFormat::Json: return QStringLiteral("json");
    case LeakFileFormat::Sql: return QStringLiteral("sql");
    }
    return QString();
}

bool leakFileFormatFromName(const QString &name, LeakFileFormat *format)
{
    for (LeakFileFormat candidate : {LeakFileFormat::Csv, LeakFileFormat::Tsv, LeakFileFormat::Jsonl, LeakFileFormat::Json, LeakFileFormat::Sql,
                                     LeakFileFormat::Blocks}) {
        if (name.compare(leakFileFormatName(candidate), Qt::CaseInsensitive) == 0) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

LeakFileFormat leakFileFormatFromPath(const QString &path)
{
    QString name = QFileInfo(path).fileName().toLower();
    for (const char *compressed : {".gz", ".bz2", ".xz", ".lzma", ".zst"}) {
        if (name.endsWith(QLatin1String(compressed))) {
            name.chop(qsizetype(std::strlen(compressed)));
            break;
        }
    }
    if (name.endsWith(QLatin1String(".tsv")) || name.endsWith(QLatin1String(".tab"))) {
        return LeakFileFormat::Tsv;
    }
    if (name.endsWith(QLatin1String(".jsonl")) || name.endsWith(QLatin1String(".ndjson"))) {
        return LeakFileFormat::Jsonl;
    }
    if (name.endsWith(QLatin1String(".json"))) {
        return LeakFileFormat::Json; // an array, or JSON Lines: the first character tells
    }
    if (name.endsWith(QLatin1String(".sql"))) {
        return LeakFileFormat::Sql;
    }
    return LeakFileFormat::Csv;
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    case TextEncoding::Latin1: return QStringLiteral("latin1");
    }
    return QString();
}

bool textEncodingFromName(const QString &name, TextEncoding *encoding)
{
    for (TextEncoding candidate : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Windows1252, TextEncoding::Latin1}) {
        if (name.compare(textEncodingName(candidate), Qt::CaseInsensitive) == 0) {
            *encoding = candidate;
            return true;
        }
    }
    return false;
}

QString RowBatch::displayText(std::size_t row, int column) const
{
    std::string_view value = field(row, column);
    if (isStructured(value)) {
        value.remove_prefix(1);
    }
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

void RowBatch::clear()
{
    text.clear();
    fieldEnd.clear();
    lines.clear();
    sites.clear();
}

namespace {

// zlib reads plain files as they are, so one source serves .gz and uncompressed files.
class GzipSource final : public LeakByteSource
{
public:
    GzipSource(const QString &path, std::int64_t size)
        : m_path(path)
        , m_size(size)
    {
        m_file = gzopen(QFile::encodeName(path).constData(), "rb");
        if (!m_file) {
            throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1: cannot open the file").arg(path));
        }
        gzbuffer(m_file, 1 << 18);
    }
    ~GzipSource() override { gzclose(m_file); }

    std::size_t read(char *data, std::size_t size) override
    {
        const int got = gzread(m_file, data, unsigned(size));
        int code = Z_OK;
        gzerror(m_file, &code);
        // gzread reports a stream that ends early only through gzerror (Z_BUF_ERROR).
        if (got < 0 || code != Z_OK) {
            rejectCompressed();
        }
        return std::size_t(got);
    }
    void checkRest() override
    {
        if (gzdirect(m_file) != 0) {
            return;
        }
        std::vector<char> scratch(kReadSize);
        while (read(scratch.data(), scratch.size()) > 0) {
        }
    }
    std::int64_t bytesConsumed() const override { return std::int64_t(gzoffset(m_file)); }
    std::int64_t storedSize() const override { return m_size; }

private:
    [[noreturn]] void rejectCompressed()
    {
        int code = Z_OK;
        const char *message = gzerror(m_file, &code);
        if (code == Z_ERRNO) {
            throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1: the file cannot be read (%2)")
                                                      .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        }
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1: the compressed file is truncated or corrupt (%2)")
                                                  .arg(m_path, QString::fromLatin1(message)));
    }

    QString m_path;
    std::int64_t m_size = 0;
    gzFile m_file = nullptr;
};

} // namespace

std::unique_ptr<LeakByteSource> openLeakBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1: no such file").arg(path));
    }
    std::unique_ptr<LeakByteSource> bytes = LeakArchive::openCompressed(path);
    if (!bytes) {
        bytes = std::make_unique<GzipSource>(path, info.size());
    }
    return bytes;
}

struct LeakFileReader::Source
{
    std::unique_ptr<LeakByteSource> bytes;
    std::int64_t bytesRead = 0; // decompressed
    crypto_generichash_state digest;
};

LeakFileReader::LeakFileReader(const QString &path, const Options &options)
    : m_path(path)
    , m_options(options)
    , m_source(std::make_unique<Source>())
{
    ensureSodiumInitialized();
    m_source->bytes = openLeakBytes(path);
    start();
}

LeakFileReader::LeakFileReader(std::unique_ptr<LeakByteSource> source, const QString &name, const Options &options)
    : m_path(name)
    , m_options(options)
    , m_source(std::make_unique<Source>())
{
    ensureSodiumInitialized();
    m_source->bytes = std::move(source);
    start();
}

void LeakFileReader::start()
{
    m_fileSize = m_source->bytes->storedSize();
    crypto_generichash_init(&m_source->digest, nullptr, 0, crypto_generichash_BYTES);
    if (fill() && m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        m_position = 3; // a UTF-8 byte-order mark, as spreadsheets write it
    }

    if (m_options.format == LeakFileFormat::Sql) {
        readSqlStart();
        return;
    }
    if (m_options.format == LeakFileFormat::Jsonl || m_options.format == LeakFileFormat::Json) {
        // '[' first: an array of objects; anything else is JSON Lines.
        m_options.format = LeakFileFormat::Jsonl;
        while (ensureBytes(1)) {
            const char c = m_buffer[m_position];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                if (c == '[') {
                    consume(1);
                    m_options.format = LeakFileFormat::Json;
                    m_array = ArrayState::First;
                }
                break;
            }
            consume(1);
        }
        // Columns are the (flattened) keys seen in the first lines; those rows are kept for next().
        QStringList keys;
        QSet<QString> known;
        QSet<QString> structured;
        QJsonObject object;
        std::int64_t lineNumber = 0;
        std::size_t consumed = 0;
        std::vector<std::pair<std::int64_t, QJsonObject>> objects;
        QList<QPair<QString, QJsonValue>> values;
        while (int(objects.size()) < kJsonColumnSampleLines && nextJsonObject(&object, &lineNumber, &consumed)) {
            values.clear();
            flatten(object, QString(), &values);
            for (const auto &[key, value] : std::as_const(values)) {
                if (!known.contains(key)) {
                    known.insert(key);
                    keys << key;
                }
                if (value.isArray() && !value.toArray().isEmpty()) {
                    structured.insert(key);
                }
            }
            if (keys.size() > kMaxColumns) {
                reject(lineNumber, tooManyColumns());
            }
            objects.emplace_back(lineNumber, object);
        }
        m_columns = keys;
        for (int column = 0; column < keys.size(); ++column) {
            m_columnIndex.insert(keys.at(column), column);
            if (structured.contains(keys.at(column))) {
                m_structuredColumns << column;
            }
        }
        RowBatch sample;
        sample.columnCount = int(keys.size());
        for (const auto &[number, sampled] : objects) {
            appendJsonRow(&sample, sampled, number);
        }
        if (!objects.empty()) {
            m_pending.push_back(std::move(sample));
        }
        return;
    }

    if (m_options.format == LeakFileFormat::Blocks) {
        discoverBlockColumns();
        return;
    }
    if (!m_options.linePattern.pattern().isEmpty()) {
        m_columns = m_options.columnNames;
        return;
    }
    if (m_options.delimiter == 0) {
        if (m_options.format == LeakFileFormat::Tsv) {
            m_options.delimiter = '\t';
        } else {
            sniffDelimiter();
        }
    }
    readHeader();
}

LeakFileReader::~LeakFileReader() = default;

void LeakFileReader::sniffDelimiter()
{
    while (m_buffer.size() - m_position < kSniffBytes && fill()) {
    }
    const std::string_view sample = std::string_view(m_buffer).substr(m_position, kSniffBytes);
    const bool whole = m_eof && m_buffer.size() - m_position <= kSniffBytes;
    char best = ',';
    int bestFields = 1;
    for (const char candidate : kSniffedDelimiters) {
        const std::vector<int> counts = fieldCounts(sample, candidate, whole);
        const bool consistent = !counts.empty() && std::all_of(counts.cbegin(), counts.cend(), [&](int n) { return n == counts.front(); });
        if (consistent && counts.front() > bestFields) {
            best = candidate;
            bestFields = counts.front();
        }
    }
    m_options.delimiter = best;
    m_delimiterSniffed = true;
}

// CSV/TSV: the first row names the columns, or numbers them, or the layout names them.
void LeakFileReader::readHeader()
{
    if (!m_options.columnNames.isEmpty()) {
        m_columns = m_options.columnNames;
        return;
    }
    RowBatch first;
    first.columnCount = -1; // accept any width for the first row
    if (!nextDelimited(&first, 1)) {
        return; // an empty file has no columns and no rows
    }
    const int width = int(first.fieldEnd.size());
    if (width > kMaxColumns) {
        reject(first.lines.front(), tooManyColumns());
    }
    if (m_options.hasHeader && m_options.detectHeader) {
        m_headerDetected = true;
        for (int column = 0; column < width && m_options.hasHeader; ++column) {
            m_options.hasHeader = !looksLikeData(first.field(0, column));
        }
    }
    for (int column = 0; column < width; ++column) {
        m_columns << (m_options.hasHeader ? first.displayText(0, column).trimmed() : QString::number(column + 1));
    }
    if (!m_options.hasHeader) {
        first.columnCount = width;
        m_pending.push_back(std::move(first));
    }
}

void LeakFileReader::reject(std::int64_t line, const QString &problem)
{
    // What looks broken in a compressed file may be the garbage a damaged stream
    // decompresses to: the rest of the stream decides which it is.
    if (!m_eof) {
        m_source->bytes->checkRest();
    }
    throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1:%2: %3").arg(m_path).arg(line).arg(problem));
}

std::int64_t LeakFileReader::bytesConsumed() const
{
    return m_source->bytes->bytesConsumed();
}

QByteArray LeakFileReader::contentDigest() const
{
    crypto_generichash_state copy = m_source->digest;
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_final(&copy, reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()));
    return digest;
}

bool LeakFileReader::fill()
{
    if (m_eof) {
        return false;
    }
    if (m_position > 0) {
        m_buffer.erase(0, m_position);
        m_position = 0;
    }
    const std::size_t old = m_buffer.size();
    m_buffer.resize(old + kReadSize);
    std::size_t got = 0;
    try {
        got = m_source->bytes->read(m_buffer.data() + old, kReadSize);
    } catch (...) {
        m_buffer.resize(old);
        m_eof = true;
        throw;
    }
    m_buffer.resize(old + got);
    if (got == 0) {
        m_eof = true;
        return false;
    }
    const auto *fresh = reinterpret_cast<const unsigned char *>(m_buffer.data() + old);
    if (m_source->bytesRead == 0 && got >= 2 && ((fresh[0] == 0xFF && fresh[1] == 0xFE) || (fresh[0] == 0xFE && fresh[1] == 0xFF))) {
        reject(1, QCoreApplication::translate("LeakFile", "the file is UTF-16 text: save it as UTF-8 first"));
    }
    m_source->bytesRead += std::int64_t(got);
    crypto_generichash_update(&m_source->digest, fresh, got);
    if (std::memchr(fresh, '\0', got)) {
        // Line of the NUL: count the newlines before it.
        const char *nul = static_cast<const char *>(std::memchr(fresh, '\0', got));
        std::int64_t line = m_line;
        for (const char *p = m_buffer.data() + m_position; p < nul; ++p) {
            line += *p == '\n';
        }
        reject(line, QCoreApplication::translate("LeakFile", "binary data (a NUL byte): this is not a text file"));
    }
    return true;
}

std::string_view LeakFileReader::decoded(std::string_view row, std::int64_t lineNumber, bool count)
{
    if (isAscii(row)) {
        return row;
    }
    const TextEncoding encoding = m_options.encoding;
    if (encoding == TextEncoding::Auto || encoding == TextEncoding::Utf8) {
        if (isValidUtf8(row)) {
            m_utf8Rows += count ? 1 : 0;
            return row;
        }
        if (encoding == TextEncoding::Utf8) {
            reject(lineNumber, QCoreApplication::translate("LeakFile", "not valid UTF-8: the file is in another encoding"));
        }
    }
    recode(row, encoding == TextEncoding::Latin1 ? TextEncoding::Latin1 : TextEncoding::Windows1252, m_recoded);
    m_recodedRows += count ? 1 : 0;
    return m_recoded;
}

bool LeakFileReader::readLine(std::string_view *line, std::int64_t *lineNumber, bool tolerant)
{
    for (;;) {
        const char *start = m_buffer.data() + m_position;
        const std::size_t available = m_buffer.size() - m_position;
        const void *newline = std::memchr(start, '\n', std::min(available, kMaxRowBytes + 1));
        if (newline) {
            const std::size_t length = std::size_t(static_cast<const char *>(newline) - start);
            *line = std::string_view(start, length);
            m_position += length + 1;
            *lineNumber = m_line++;
            return true;
        }
        if (available > kMaxRowBytes) {
            if (!tolerant) {
                reject(m_line, tooLongRow());
            }
            countMisfit(m_line, tooLongRow());
            skipLine();
            continue;
        }
        if (!fill()) {
            if (m_position < m_buffer.size()) {
                *line = std::string_view(m_buffer).substr(m_position);
                m_position = m_buffer.size();
                *lineNumber = m_line++;
                return true;
            }
            return false;
        }
    }
}

bool LeakFileReader::next(RowBatch *batch, std::size_t batchBytes)
{
    batch->clear();
    batch->columnCount = int(m_columns.size());
    if (!m_pending.empty()) {
        *batch = std::move(m_pending.back());
        m_pending.pop_back();
        return true;
    }
    switch (m_options.format) {
    case LeakFileFormat::Jsonl:
    case LeakFileFormat::Json: return nextJsonLines(batch, batchBytes);
    case LeakFileFormat::Sql: return nextSql(batch, batchBytes);
    case LeakFileFormat::Blocks: return nextBlocks(batch, batchBytes);
    case LeakFileFormat::Csv:
    case LeakFileFormat::Tsv: break;
    }
    return m_options.linePattern.pattern().isEmpty() ? nextDelimited(batch, batchBytes) : nextMatched(batch, batchBytes);
}

bool LeakFileReader::nextMatched(RowBatch *batch, std::size_t batchBytes)
{
    std::string_view line;
    std::int64_t lineNumber = 0;
    std::size_t consumed = 0;
    const int columns = int(m_columns.size());
    while (consumed < batchBytes && readLine(&line, &lineNumber, true)) {
        consumed += line.size() + 1;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.find_first_not_of(" \t") == std::string_view::npos) {
            continue;
        }
        const std::string_view text = decoded(line, lineNumber, true);
        const QRegularExpressionMatch match = m_options.linePattern.match(QString::fromUtf8(text.data(), qsizetype(text.size())));
        if (!match.hasMatch()) {
            countMisfit(lineNumber, QCoreApplication::translate("LeakFile", "the line does not have the layout's fields"));
            continue;
        }
        for (int column = 1; column <= columns; ++column) {
            const QByteArray value = match.capturedView(column).toUtf8();
            batch->text.append(value.constData(), std::size_t(value.size()));
            batch->fieldEnd.push_back(std::uint32_t(batch->text.size()));
        }
        batch->lines.push_back(lineNumber);
    }
    return !batch->lines.empty();
}

namespace {

std::string_view trimmedView(std::string_view text)
{
    const std::size_t begin = text.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos) {
        return {};
    }
    return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

// "===============", "-----", "*****": the line between two records of a stealer log.
bool isSeparatorLine(std::string_view line)
{
    return line.size() >= 3 && line.find_first_not_of("=-*_#~") == std::string_view::npos;
}

constexpr std::size_t kBlockSampleBytes = 16 << 20; // the most the records that name the columns may hold

// A block's key as its column is named: folded to lower case (ASCII in UTF-8 without a
// QString on the way, as stealer logs' keys are; anything else through Qt).
std::string foldedKey(std::string_view key)
{
    std::string folded(key);
    bool ascii = true;
    for (char &c : folded) {
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    return ascii ? folded : QString::fromUtf8(key.data(), qsizetype(key.size())).toLower().toStdString();
}

} // namespace

bool LeakFileReader::readBlock(std::vector<std::pair<std::string, std::string>> *fields, std::int64_t *firstLine)
{
    fields->clear();
    // The keys seen in this record: a search of the few a record has, a set past them (so a
    // record of thousands of keys is not quadratic).
    constexpr std::size_t kSearchedKeys = 16;
    std::unordered_set<std::string> keys;
    const auto seen = [&](const std::string &key) {
        if (fields->size() <= kSearchedKeys) {
            return std::any_of(fields->cbegin(), fields->cend(), [&](const auto &field) { return field.first == key; });
        }
        if (keys.empty()) {
            for (const auto &field : *fields) {
                keys.insert(field.first);
            }
        }
        return keys.count(key) > 0;
    };
    std::size_t bytes = 0;
    if (m_blockCarry) {
        bytes = std::size_t(m_blockCarry->first.size()) + m_blockCarry->second.size();
        fields->push_back(std::move(*m_blockCarry));
        m_blockCarry.reset();
        *firstLine = m_blockCarryLine;
    }
    std::string_view line;
    std::int64_t number = 0;
    while (readLine(&line, &number, true)) {
        line = trimmedView(line);
        if (line.empty() || isSeparatorLine(line)) {
            if (!fields->empty()) {
                return true;
            }
            continue;
        }
        const std::string_view text = decoded(line, number, true);
        const std::size_t colon = text.find(':');
        if (colon == 0 || colon == std::string_view::npos) {
            countMisfit(number, QCoreApplication::translate("LeakFile", "a line that is not \"Key: value\""));
            continue;
        }
        std::string key = foldedKey(trimmedView(text.substr(0, colon)));
        if (const auto same = m_blockKeys.find(key); same != m_blockKeys.end()) {
            key = same->second;
        }
        std::string value(trimmedView(text.substr(colon + 1)));
        if (seen(key)) {
            // The record had this key already: this line starts the next one.
            m_blockCarry.emplace(std::move(key), std::move(value));
            m_blockCarryLine = number;
            return true;
        }
        bytes += std::size_t(key.size()) + value.size();
        if (bytes > kMaxRowBytes || keys.size() >= kMaxColumns) {
            countMisfit(fields->empty() ? number : *firstLine, bytes > kMaxRowBytes ? tooLongRow() : tooManyColumns());
            fields->clear();
            keys.clear();
            bytes = 0;
            continue;
        }
        if (fields->empty()) {
            *firstLine = number;
        }
        if (!keys.empty()) {
            keys.insert(key);
        }
        fields->emplace_back(std::move(key), std::move(value));
    }
    return !fields->empty();
}

void LeakFileReader::appendBlockRow(RowBatch *batch, const std::vector<std::pair<std::string, std::string>> &fields, std::int64_t line)
{
    std::vector<const std::string *> byColumn(std::size_t(m_columns.size()), nullptr);
    bool unread = false;
    for (const auto &[key, value] : fields) {
        const auto column = m_blockColumns.find(key);
        if (column != m_blockColumns.end()) {
            byColumn[std::size_t(column->second)] = &value;
        } else {
            unread = true;
            noteUnreadKey(QString::fromStdString(key));
        }
    }
    m_rowsWithUnreadKeys += unread ? 1 : 0;
    for (const std::string *value : byColumn) {
        if (value) {
            batch->text.append(*value);
        }
        batch->fieldEnd.push_back(std::uint32_t(batch->text.size()));
    }
    batch->lines.push_back(line);
}

// The columns of a Blocks file: the layout's, or the keys of its first records in the
// order they first appear (those records are kept for next()).
void LeakFileReader::discoverBlockColumns()
{
    for (auto key = m_options.blockKeys.cbegin(); key != m_options.blockKeys.cend(); ++key) {
        m_blockKeys.emplace(foldedKey(key.key().toStdString()), foldedKey(key.value().toStdString()));
    }
    std::vector<std::pair<std::int64_t, std::vector<std::pair<std::string, std::string>>>> sampled;
    if (m_options.columnNames.isEmpty()) {
        std::vector<std::pair<std::string, std::string>> fields;
        std::int64_t line = 0;
        std::size_t bytes = 0;
        while (int(sampled.size()) < kJsonColumnSampleLines && bytes < kBlockSampleBytes && readBlock(&fields, &line)) {
            for (const auto &[key, value] : fields) {
                bytes += key.size() + value.size();
                if (m_blockColumns.count(key) == 0) {
                    if (m_columns.size() >= kMaxColumns) {
                        reject(line, tooManyColumns());
                    }
                    m_blockColumns.emplace(key, int(m_columns.size()));
                    m_columns << QString::fromStdString(key);
                }
            }
            sampled.emplace_back(line, std::move(fields));
        }
    } else {
        m_columns = m_options.columnNames;
        for (int column = 0; column < m_columns.size(); ++column) {
            m_blockColumns.emplace(foldedKey(m_columns.at(column).toStdString()), column);
        }
    }
    if (!sampled.empty()) {
        RowBatch sample;
        sample.columnCount = int(m_columns.size());
        for (const auto &[line, fields] : sampled) {
            appendBlockRow(&sample, fields, line);
        }
        m_pending.push_back(std::move(sample));
    }
}

bool LeakFileReader::nextBlocks(RowBatch *batch, std::size_t batchBytes)
{
    std::vector<std::pair<std::string, std::string>> fields;
    std::int64_t line = 0;
    std::size_t consumed = 0;
    while (consumed < batchBytes && readBlock(&fields, &line)) {
        for (const auto &[key, value] : fields) {
            consumed += std::size_t(key.size()) + value.size() + 2;
        }
        appendBlockRow(batch, fields, line);
    }
    return !batch->lines.empty();
}

bool LeakFileReader::nextJsonLines(RowBatch *batch, std::size_t batchBytes)
{
    QJsonObject object;
    std::int64_t lineNumber = 0;
    std::size_t consumed = 0;
    while (consumed < batchBytes && nextJsonObject(&object, &lineNumber, &consumed)) {
        appendJsonRow(batch, object, lineNumber);
    }
    return !batch->lines.empty();
}

bool LeakFileReader::nextJsonObject(QJsonObject *object, std::int64_t *lineNumber, std::size_t *consumed)
{
    if (m_array != ArrayState::NotArray) {
        return nextJsonArrayObject(object, lineNumber, consumed);
    }
    std::string_view line;
    while (readLine(&line, lineNumber)) {
        *consumed += line.size() + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
            continue;
        }
        QString problem;
        *object = parseJsonLine(decoded(line, *lineNumber, true), &problem);
        if (!problem.isEmpty()) {
            reject(*lineNumber, problem);
        }
        return true;
    }
    return false;
}

void LeakFileReader::appendJsonRow(RowBatch *batch, const QJsonObject &object, std::int64_t lineNumber)
{
    QList<QPair<QString, QJsonValue>> values;
    flatten(object, QString(), &values);
    std::vector<const QJsonValue *> byColumn(std::size_t(m_columns.size()), nullptr);
    bool unread = false;
    for (const auto &[path, value] : std::as_const(values)) {
        const auto column = m_columnIndex.constFind(path);
        if (column != m_columnIndex.constEnd()) {
            byColumn[std::size_t(*column)] = &value;
        } else {
            // A key first seen after the lines that named the columns: shown, not read.
            unread = true;
            noteUnreadKey(path);
        }
    }
    m_rowsWithUnreadKeys += unread ? 1 : 0;
    for (const QJsonValue *value : byColumn) {
        if (value) {
            const QByteArray text = jsonValueText(*value).toUtf8();
            if (value->isArray() && !text.isEmpty()) {
                batch->text.push_back(RowBatch::kStructured);
            }
            batch->text.append(text.constData(), std::size_t(text.size()));
        }
        batch->fieldEnd.push_back(std::uint32_t(batch->text.size()));
    }
    batch->lines.push_back(lineNumber);
}

bool LeakFileReader::fitToLayout(RowBatch *batch, std::size_t fieldsBefore, std::int64_t line)
{
    const std::size_t fields = batch->fieldEnd.size() - fieldsBefore;
    const std::size_t wanted = std::size_t(batch->columnCount);
    const std::uint32_t rowStart = fieldsBefore == 0 ? 0 : batch->fieldEnd[fieldsBefore - 1];
    const int inside = m_options.delimiterInsideColumn;
    if (inside >= 0 && fields > wanted) {
        // The row's fields, then the joined value.
        m_rowFields.assign(batch->text, rowStart, std::string::npos);
        std::vector<std::uint32_t> ends;
        for (std::size_t i = fieldsBefore; i < batch->fieldEnd.size(); ++i) {
            ends.push_back(batch->fieldEnd[i] - rowStart);
        }
        const auto part = [&](std::size_t i) {
            const std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
            return std::string_view(m_rowFields).substr(begin, ends[i] - begin);
        };
        const std::size_t extra = fields - wanted;
        std::string joined;
        for (std::size_t i = std::size_t(inside); i <= std::size_t(inside) + extra; ++i) {
            if (i > std::size_t(inside)) {
                joined.push_back(m_options.delimiter);
            }
            joined.append(part(i));
        }
        if (m_options.delimiterInsidePattern.match(QString::fromUtf8(joined.data(), qsizetype(joined.size()))).hasMatch()) {
            batch->text.resize(rowStart);
            batch->fieldEnd.resize(fieldsBefore);
            for (std::size_t i = 0; i < fields; ++i) {
                if (i == std::size_t(inside)) {
                    batch->text.append(joined);
                    i += extra;
                } else {
                    batch->text.append(part(i));
                }
                batch->fieldEnd.push_back(std::uint32_t(batch->text.size()));
            }
            return true;
        }
    }
    countMisfit(line, m_options.columnNames.isEmpty()
                          ? QCoreApplication::translate("LeakFile", "%1 fields where the header has %2").arg(fields).arg(wanted)
                          : QCoreApplication::translate("LeakFile", "%1 fields where the layout has %2").arg(fields).arg(wanted));
    batch->text.resize(rowStart);
    batch->fieldEnd.resize(fieldsBefore);
    return false;
}

void LeakFileReader::noteUnreadKey(const QString &key)
{
    if (m_unreadKeys.size() < kExamples && !m_unreadKeys.contains(key)) {
        m_unreadKeys << key;
    }
}

void LeakFileReader::countMisfit(std::int64_t line, const QString &problem)
{
    ++m_misfitRows;
    if (m_misfitExamples.size() < kExamples) {
        m_misfitExamples << Example{line, problem};
    }
}

std::int64_t LeakFileReader::offsetOf(std::size_t position) const
{
    return m_source->bytesRead - std::int64_t(m_buffer.size()) + std::int64_t(position);
}

void LeakFileReader::skipLine()
{
    for (;;) {
        const char *start = m_buffer.data() + m_position;
        const void *newline = std::memchr(start, '\n', m_buffer.size() - m_position);
        if (newline) {
            m_position += std::size_t(static_cast<const char *>(newline) - start) + 1;
            break;
        }
        m_position = m_buffer.size(); // dropped, not kept: the line may be any length
        if (!fill()) {
            break;
        }
    }
    ++m_line;
}

// RFC 4180 with the usual leniency: a quote opens a quoted field only at the start of
// a field; inside one, "" is a quote and a lone " ends the quoted part. \r\n and \n
// both end a row; blank lines are not rows.
bool LeakFileReader::nextDelimited(RowBatch *batch, std::size_t batchBytes)
{
    const char delimiter = m_options.delimiter;
    std::size_t consumed = 0;
    for (;;) {
        if (consumed >= batchBytes && !batch->lines.empty()) {
            return true;
        }
        // Make sure a whole row is in the buffer: read until a newline outside quotes.
        // After a quote that never closed, quotes are plain characters in the bytes that
        // scan already went through, so no byte is scanned more than twice.
        const bool literalQuotes = !m_options.quotes || offsetOf(m_position) < m_literalQuotesUntil;
        enum class State { FieldStart, Unquoted, Quoted, QuotedSawQuote };
        State state = State::FieldStart;
        bool tooLong = false;
        std::size_t end = m_position;
        std::int64_t quoteLine = m_line;
        std::int64_t newlines = 0;
        bool rowEnded = false;
        while (!rowEnded) {
            if (end >= m_buffer.size()) {
                const std::size_t offset = end - m_position;
                if (offset > kMaxRowBytes) {
                    tooLong = true;
                    break;
                }
                const bool more = fill(); // may move the buffer's contents to its start
                end = m_position + offset;
                if (!more) {
                    break;
                }
                continue;
            }
            const char c = m_buffer[end];
            switch (state) {
            case State::FieldStart:
            case State::Unquoted:
            case State::QuotedSawQuote:
                if (c == '\n') {
                    rowEnded = true;
                    continue;
                }
                if (c == delimiter) {
                    state = State::FieldStart;
                } else if (c == '"' && state == State::FieldStart && !literalQuotes) {
                    state = State::Quoted;
                    quoteLine = m_line + newlines;
                } else if (c == '"' && state == State::QuotedSawQuote) {
                    state = State::Quoted; // "" inside quotes
                } else {
                    state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (c == '"') {
                    state = State::QuotedSawQuote;
                } else if (c == '\n') {
                    ++newlines;
                }
                break;
            }
            ++end;
        }
        if (state == State::Quoted && batch->columnCount >= 0) {
            // A quote that never closes (by the end of the file or within a row's length):
            // the line it opens on is a misfit, and what follows is read again as rows.
            m_literalQuotesUntil = offsetOf(end);
            countMisfit(quoteLine, tooLong ? tooLongRow() : QCoreApplication::translate("LeakFile", "a quoted field is never closed (a \" is missing)"));
            skipLine();
            continue;
        }
        if (state == State::Quoted) {
            reject(quoteLine, QCoreApplication::translate("LeakFile", "a quoted field is never closed (a \" is missing)"));
        }
        if (tooLong || end - m_position > kMaxRowBytes) {
            if (batch->columnCount < 0) {
                reject(m_line, tooLongRow());
            }
            countMisfit(m_line, tooLongRow());
            skipLine();
            continue;
        }
        if (end == m_position && end >= m_buffer.size()) {
            return !batch->lines.empty(); // end of file
        }

        // Parse the row [m_position, end).
        std::string_view row(m_buffer.data() + m_position, end - m_position);
        const std::int64_t rowLine = m_line;
        m_line += newlines + 1;
        m_position = std::min(end + 1, m_buffer.size());
        consumed += row.size() + 1;
        if (!row.empty() && row.back() == '\r') {
            row.remove_suffix(1);
        }
        if (row.empty()) {
            continue; // blank line
        }
        row = decoded(row, rowLine, batch->columnCount >= 0 || !m_options.hasHeader); // a header is not a row of data
        const std::size_t fieldsBefore = batch->fieldEnd.size();
        std::size_t i = 0;
        for (;;) {
            if (i < row.size() && row[i] == '"' && !literalQuotes) {
                ++i;
                for (;;) {
                    const std::size_t quote = std::min(row.find('"', i), row.size());
                    batch->text.append(row.substr(i, quote - i));
                    i = std::min(quote + 1, row.size());
                    if (i < row.size() && row[i] == '"') {
                        batch->text.push_back('"');
                        ++i;
                        continue;
                    }
                    break;
                }
            }
            const std::size_t next = row.find(delimiter, i);
            batch->text.append(row.substr(i, next == std::string_view::npos ? std::string_view::npos : next - i));
            batch->fieldEnd.push_back(std::uint32_t(batch->text.size()));
            if (next == std::string_view::npos) {
                break;
            }
            i = next + 1;
        }
        const int fields = int(batch->fieldEnd.size() - fieldsBefore);
        if (batch->columnCount < 0) {
            batch->lines.push_back(rowLine);
            return true; // the header row sets the width
        }
        if (fields != batch->columnCount) {
            if (!fitToLayout(batch, fieldsBefore, rowLine)) {
                continue;
            }
        }
        batch->lines.push_back(rowLine);
    }
}

// ---- JSON arrays ----------------------------------------------------------------

bool LeakFileReader::ensureBytes(std::size_t count)
{
    while (m_buffer.size() - m_position < count) {
        if (!fill()) {
            return false;
        }
    }
    return true;
}

void LeakFileReader::consume(std::size_t count)
{
    const char *start = m_buffer.data() + m_position;
    m_line += std::count(start, start + count, '\n');
    m_position += count;
}

// The elements of [ {…}, {…} ] one at a time: a byte scan finds where each ends (strings,
// escapes and nesting followed), and only that element is parsed.
bool LeakFileReader::nextJsonArrayObject(QJsonObject *object, std::int64_t *lineNumber, std::size_t *consumed)
{
    for (;;) {
        if (!ensureBytes(1)) {
            if (m_array == ArrayState::Ended) {
                return false;
            }
            reject(m_line, QCoreApplication::translate("LeakFile", "the JSON array is never closed (is the file cut off?)"));
        }
        const char c = m_buffer[m_position];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            consume(1);
            continue;
        }
        switch (m_array) {
        case ArrayState::Ended:
            reject(m_line, QCoreApplication::translate("LeakFile", "text after the end of the JSON array"));
        case ArrayState::AfterElement:
            if (c == ',' || c == ']') {
                consume(1);
                m_array = c == ',' ? ArrayState::Element : ArrayState::Ended;
                continue;
            }
            reject(m_line, QCoreApplication::translate("LeakFile", "a , or ] is missing after an element of the JSON array"));
        case ArrayState::First:
            if (c == ']') {
                consume(1);
                m_array = ArrayState::Ended;
                continue;
            }
            break;
        case ArrayState::Element:
        case ArrayState::NotArray: break;
        }
        if (c != '{') {
            reject(m_line, QCoreApplication::translate("LeakFile", "not a JSON object"));
        }
        const std::int64_t line = m_line;
        std::size_t end = 0; // past the element, from m_position
        int depth = 0;
        bool inString = false;
        bool escape = false;
        bool tooLong = false;
        for (;;) {
            if (m_position + end >= m_buffer.size()) {
                if (end > kMaxRowBytes) {
                    tooLong = true; // dropped as it is scanned: the element may be any length
                    consume(end);
                    *consumed += end;
                    end = 0;
                }
                if (!fill()) {
                    reject(line, QCoreApplication::translate("LeakFile", "the JSON array ends inside an element (is the file cut off?)"));
                }
                continue;
            }
            const char b = m_buffer[m_position + end++];
            if (inString) {
                if (escape) {
                    escape = false;
                } else if (b == '\\') {
                    escape = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                ++depth;
            } else if ((b == '}' || b == ']') && --depth == 0) {
                break;
            }
        }
        m_array = ArrayState::AfterElement;
        *consumed += end;
        if (tooLong || end > kMaxRowBytes) {
            consume(end);
            countMisfit(line, tooLongRow());
            continue;
        }
        QString problem;
        *object = parseJsonLine(decoded(std::string_view(m_buffer.data() + m_position, end), line, true), &problem);
        consume(end);
        if (!problem.isEmpty()) {
            reject(line, problem);
        }
        *lineNumber = line;
        return true;
    }
}

// ---- SQL dumps ------------------------------------------------------------------

namespace {

bool isSqlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isSqlWordChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') || c == '_' || c == '$' || byte >= 0x80;
}

constexpr std::size_t kMaxSqlName = 1024;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// 0x616263 / X'616263': the text it spells when that is UTF-8 text; false for binary data
// (a packed IP address, a binary hash), which then stays as written.
bool appendHexText(std::string_view hex, std::string &out)
{
    if (hex.empty() || hex.size() % 2 != 0) {
        return false;
    }
    std::string bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = hexDigit(hex[i]);
        const int low = hexDigit(hex[i + 1]);
        if (high < 0 || low < 0) {
            return false;
        }
        const char byte = char(high * 16 + low);
        if (static_cast<unsigned char>(byte) < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
            return false;
        }
        bytes.push_back(byte);
    }
    if (!isValidUtf8(bytes)) {
        return false;
    }
    out.append(bytes);
    return true;
}

// A quoted string's text from just past its opening quote; returns the index past the
// closing quote, npos when it never closes. '' (or "") is a quote; with escapes (MySQL,
// PostgreSQL's E'…'), so are \' and \", and \n, \t, \0 … their characters.
std::size_t sqlString(std::string_view text, std::size_t i, char quote, bool escapes, std::string &out)
{
    while (i < text.size()) {
        const char c = text[i++];
        if (c == '\\' && escapes && i < text.size()) {
            const char e = text[i++];
            switch (e) {
            case '0': out.push_back('\0'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'Z': out.push_back('\x1a'); break;
            case '%':
            case '_':
                out.push_back('\\'); // MySQL keeps these two escaped
                out.push_back(e);
                break;
            default: out.push_back(e);
            }
        } else if (c == quote) {
            if (i < text.size() && text[i] == quote) {
                out.push_back(quote);
                ++i;
            } else {
                return i;
            }
        } else {
            out.push_back(c);
        }
    }
    return std::string_view::npos;
}

// Where the value starting at i ends: the next comma outside quotes and parentheses, or
// the end; npos when a quote never closes.
std::size_t sqlValueEnd(std::string_view text, std::size_t i, bool backslashEscapes)
{
    int depth = 0;
    char quote = 0;
    bool escape = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (escape) {
                escape = false;
            } else if (c == '\\' && backslashEscapes && quote != '`') {
                escape = true;
            } else if (c == quote) {
                quote = 0;
            }
        } else if (c == '\'' || c == '"' || c == '`') {
            quote = c;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        } else if (c == ',' && depth <= 0) {
            return i;
        }
    }
    return quote ? std::string_view::npos : text.size();
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSqlSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSqlSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

bool equalsUpper(std::string_view text, std::string_view upper)
{
    return text.size() == upper.size() && std::equal(text.begin(), text.end(), upper.begin(), [](char a, char b) {
               return (a >= 'a' && a <= 'z' ? char(a - 32) : a) == b;
           });
}

// The values between a row's parentheses, unquoted and unescaped, one after another in
// out (ends: where each ends). NULL is empty; a string is its text (after an introducer
// like _binary or _utf8mb4, a prefix E/N/X, adjacent strings joined, a ::cast dropped);
// 0x… is the text it spells; anything else (numbers, expressions) stays as written.
bool parseSqlValues(std::string_view text, bool mysql, std::string &out, std::vector<std::uint32_t> &ends)
{
    out.clear();
    ends.clear();
    if (trimmed(text).empty()) {
        return true;
    }
    std::size_t i = 0;
    for (;;) {
        while (i < text.size() && isSqlSpace(text[i])) {
            ++i;
        }
        const std::size_t before = out.size();
        bool done = false;
        std::size_t q = i;
        char prefix = 0;
        if (q < text.size() && text[q] == '_') {
            while (q < text.size() && isSqlWordChar(text[q])) {
                ++q;
            }
            while (q < text.size() && isSqlSpace(text[q])) {
                ++q;
            }
        } else if (q + 1 < text.size() && std::strchr("EeNnXxBb", text[q]) && text[q + 1] == '\'') {
            prefix = char(text[q] & ~0x20);
            ++q;
        }
        if (q < text.size() && (text[q] == '\'' || (text[q] == '"' && mysql))) {
            const bool escapes = mysql || prefix == 'E';
            std::size_t j = q;
            while (j < text.size() && (text[j] == '\'' || (text[j] == '"' && mysql))) {
                j = sqlString(text, j + 1, text[j], escapes, out);
                if (j == std::string_view::npos) {
                    return false;
                }
                while (j < text.size() && isSqlSpace(text[j])) {
                    ++j;
                }
            }
            if (j + 1 < text.size() && text[j] == ':' && text[j + 1] == ':') {
                j = sqlValueEnd(text, j, mysql);
            }
            if (j != std::string_view::npos && (j == text.size() || text[j] == ',') && prefix != 'B') {
                if (prefix == 'X') {
                    const std::string hex = out.substr(before);
                    out.resize(before);
                    if (!appendHexText(hex, out)) {
                        out.append(trimmed(text.substr(i, j - i)));
                    }
                }
                done = true;
                i = j;
            } else {
                out.resize(before);
            }
        }
        if (!done) {
            const std::size_t end = sqlValueEnd(text, i, mysql);
            if (end == std::string_view::npos) {
                return false;
            }
            const std::string_view raw = trimmed(text.substr(i, end - i));
            if (equalsUpper(raw, "NULL")) {
                // empty
            } else if (raw.size() > 2 && raw[0] == '0' && (raw[1] == 'x' || raw[1] == 'X') && appendHexText(raw.substr(2), out)) {
                // its text
            } else {
                out.append(raw);
            }
            i = end;
        }
        ends.push_back(std::uint32_t(out.size()));
        if (i >= text.size()) {
            return true;
        }
        ++i; // the comma
    }
}

// A field of a COPY … FROM stdin line: \N is NULL (empty), backslash escapes as PostgreSQL writes them.
void appendCopyField(std::string_view field, std::string &out)
{
    if (field == "\\N") {
        return;
    }
    for (std::size_t i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c != '\\' || i + 1 >= field.size()) {
            out.push_back(c);
            continue;
        }
        const char e = field[++i];
        switch (e) {
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'v': out.push_back('\v'); break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && i + 1 < field.size() && hexDigit(field[i + 1]) >= 0) {
                value = value * 16 + hexDigit(field[++i]);
                ++digits;
            }
            out.push_back(digits ? char(value) : 'x');
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int digits = 1; digits < 3 && i + 1 < field.size() && field[i + 1] >= '0' && field[i + 1] <= '7'; ++digits) {
                    value = value * 8 + (field[++i] - '0');
                }
                out.push_back(char(value));
            } else {
                out.push_back(e);
            }
        }
    }
}

// The end of COPY data: a line "\." (pg_dump writes it after the last row).
bool isCopyEnd(std::string_view head, bool atEnd)
{
    return head.size() >= 2 && head[0] == '\\' && head[1] == '.'
           && ((head.size() == 2 && atEnd) || (head.size() > 2 && (head[2] == '\n' || head[2] == '\r')));
}

} // namespace

struct LeakFileReader::Sql
{
    enum class In { Statements, Insert, Copy };
    In in = In::Statements;
    bool separatorNext = false;   // in an INSERT after a row: a , or ; comes next
    bool backslashEscapes = true; // MySQL's strings; pg_dump says SET standard_conforming_strings = on
    bool postgres = false;        // $$ quoting, and # is no comment
    std::string delimiter = ";";  // mysqldump's DELIMITER ;; around triggers and routines
    bool sawData = false;         // any INSERT … VALUES or COPY … FROM stdin
    QHash<QString, QStringList> created; // columns by lower-case table name, from CREATE TABLE
    QList<QRegularExpression> patterns;  // Options::tables
    QString chosen;                      // the lower-case name of the table read
    std::vector<int> valueColumn;        // the statement's n-th value's column; -1: not one of the table's
    QStringList valueNames;              // the statement's column list
    QHash<QString, int> others;          // index in m_otherTables by lower-case name
};

bool LeakFileReader::sqlSkipComment()
{
    const char c = m_buffer[m_position];
    if (c != '-' && c != '/' && c != '#') {
        return false;
    }
    const char after = ensureBytes(2) ? m_buffer[m_position + 1] : '\0';
    if ((c == '-' && after == '-') || (c == '#' && !m_sql->postgres)) {
        skipLine();
        return true;
    }
    if (c != '/' || after != '*') {
        return false;
    }
    consume(2); // MySQL's /*!40101 … */ too: what they set does not change how rows read
    for (;;) {
        if (!ensureBytes(2)) {
            consume(m_buffer.size() - m_position);
            return true;
        }
        const std::string_view rest(m_buffer.data() + m_position, m_buffer.size() - m_position);
        const std::size_t end = rest.find("*/");
        if (end != std::string_view::npos) {
            consume(end + 2);
            return true;
        }
        consume(rest.size() - 1); // the last byte may be the '*'
    }
}

bool LeakFileReader::sqlSkipBlank()
{
    for (;;) {
        if (!ensureBytes(1)) {
            return false;
        }
        if (isSqlSpace(m_buffer[m_position])) {
            consume(1);
        } else if (!sqlSkipComment()) {
            return true;
        }
    }
}

// A table or column name, or a keyword: `quoted`, "quoted" or bare, dotted parts joined
// with "." (public.users); empty when none starts here.
QString LeakFileReader::sqlName()
{
    QString name;
    for (;;) {
        if (!ensureBytes(1)) {
            break;
        }
        const char c = m_buffer[m_position];
        std::string part;
        if (c == '`' || c == '"') {
            consume(1);
            for (;;) {
                if (!ensureBytes(1) || part.size() > kMaxSqlName) {
                    reject(m_line, QCoreApplication::translate("LeakFile", "a quoted name is never closed"));
                }
                const char b = m_buffer[m_position];
                consume(1);
                if (b == c) {
                    if (ensureBytes(1) && m_buffer[m_position] == c) {
                        part.push_back(c);
                        consume(1);
                        continue;
                    }
                    break;
                }
                part.push_back(b);
            }
        } else if (isSqlWordChar(c)) {
            while (ensureBytes(1) && isSqlWordChar(m_buffer[m_position]) && part.size() <= kMaxSqlName) {
                part.push_back(m_buffer[m_position]);
                consume(1);
            }
        } else {
            break;
        }
        if (!name.isEmpty()) {
            name += QLatin1Char('.');
        }
        name += QString::fromUtf8(part.data(), qsizetype(part.size()));
        if (ensureBytes(1) && m_buffer[m_position] == '.') {
            consume(1);
            continue;
        }
        break;
    }
    return name;
}

// To the statement's end (its ; outside quotes and comments), whatever its length,
// counting the parenthesized rows at the top level when asked (another table's INSERT).
void LeakFileReader::sqlSkipStatement(std::int64_t *tuples)
{
    Sql &sql = *m_sql;
    const std::string &delimiter = sql.delimiter;
    char quote = 0;
    bool escapes = false;
    bool escape = false;
    int depth = 0;
    char previous = ' ';
    for (;;) {
        if (m_position >= m_buffer.size() && !fill()) {
            return; // the file ends the statement
        }
        const char c = m_buffer[m_position];
        if (quote) {
            if (escape) {
                escape = false;
            } else if (c == '\\' && escapes) {
                escape = true;
            } else if (c == quote) {
                quote = 0;
            }
        } else if (c == '\'' || c == '"' || c == '`') {
            quote = c;
            escapes = c != '`' && (sql.backslashEscapes ? c == '\'' || !sql.postgres : previous == 'E' || previous == 'e');
        } else if (sqlSkipComment()) {
            previous = ' ';
            continue;
        } else if (c == '$' && sql.postgres && !isSqlWordChar(previous)) {
            // $tag$ … $tag$ (function bodies) hold semicolons
            ensureBytes(66);
            std::size_t length = 1;
            while (m_position + length < m_buffer.size() && length < 65 && (isSqlWordChar(m_buffer[m_position + length]) && m_buffer[m_position + length] != '$')) {
                ++length;
            }
            if (m_position + length < m_buffer.size() && m_buffer[m_position + length] == '$'
                && !(length > 1 && m_buffer[m_position + 1] >= '0' && m_buffer[m_position + 1] <= '9')) {
                const std::string tag = m_buffer.substr(m_position, length + 1);
                consume(tag.size());
                for (;;) {
                    if (!ensureBytes(tag.size())) {
                        consume(m_buffer.size() - m_position);
                        return;
                    }
                    const std::string_view rest(m_buffer.data() + m_position, m_buffer.size() - m_position);
                    const std::size_t end = rest.find(tag);
                    if (end != std::string_view::npos) {
                        consume(end + tag.size());
                        break;
                    }
                    consume(rest.size() - tag.size() + 1);
                }
                previous = ' ';
                continue;
            }
        } else if (c == delimiter.front()
                   && (delimiter.size() == 1
                       || (ensureBytes(delimiter.size()) && m_buffer.compare(m_position, delimiter.size(), delimiter) == 0))) {
            consume(delimiter.size());
            return;
        } else if (c == '(') {
            if (depth == 0 && tuples) {
                ++*tuples;
            }
            ++depth;
        } else if (c == ')' && depth > 0) {
            --depth;
        }
        previous = c;
        m_line += c == '\n';
        ++m_position;
    }
}

void LeakFileReader::sqlSet()
{
    sqlSkipBlank();
    if (sqlName().compare(QLatin1String("standard_conforming_strings"), Qt::CaseInsensitive) == 0) {
        // pg_dump's: strings without backslash escapes ('C:\dir' is what it says)
        m_sql->postgres = true;
        sqlSkipBlank();
        if (ensureBytes(1) && m_buffer[m_position] == '=') {
            consume(1);
        } else {
            sqlName(); // TO
        }
        sqlSkipBlank();
        if (ensureBytes(1) && m_buffer[m_position] == '\'') {
            consume(1);
        }
        m_sql->backslashEscapes = sqlName().compare(QLatin1String("on"), Qt::CaseInsensitive) != 0;
    }
    sqlSkipStatement(nullptr);
}

// CREATE TABLE name (definitions): the names of its columns, for its INSERTs without a
// column list and for recognizing what it holds.
void LeakFileReader::sqlCreateTable()
{
    Sql &sql = *m_sql;
    static const QStringList modifiers{QStringLiteral("OR"), QStringLiteral("REPLACE"), QStringLiteral("TEMPORARY"), QStringLiteral("TEMP"),
                                       QStringLiteral("UNLOGGED"), QStringLiteral("GLOBAL"), QStringLiteral("LOCAL")};
    QString word;
    for (int i = 0; i < 5; ++i) {
        sqlSkipBlank();
        word = sqlName().toUpper();
        if (!modifiers.contains(word)) {
            break;
        }
    }
    QString name;
    if (word == QLatin1String("TABLE")) {
        sqlSkipBlank();
        name = sqlName();
        if (name.compare(QLatin1String("IF"), Qt::CaseInsensitive) == 0) {
            for (int i = 0; i < 3; ++i) { // NOT EXISTS name
                sqlSkipBlank();
                name = sqlName();
            }
        }
        sqlSkipBlank();
    }
    if (name.isEmpty() || !ensureBytes(1) || m_buffer[m_position] != '(') {
        sqlSkipStatement(nullptr);
        return;
    }
    std::size_t end = 1;
    int depth = 1;
    char quote = 0;
    bool escape = false;
    while (depth > 0) {
        if (m_position + end >= m_buffer.size()) {
            if (end > kMaxRowBytes || !fill()) {
                sqlSkipStatement(nullptr); // its columns stay unknown
                return;
            }
            continue;
        }
        const char c = m_buffer[m_position + end++];
        if (quote) {
            if (escape) {
                escape = false;
            } else if (c == '\\' && sql.backslashEscapes && quote == '\'') {
                escape = true;
            } else if (c == quote) {
                quote = 0;
            }
        } else if (c == '\'' || c == '"' || c == '`') {
            quote = c;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        }
    }
    const std::string body = m_buffer.substr(m_position + 1, end - 2);
    consume(end);
    sqlSkipStatement(nullptr); // ENGINE=InnoDB …;
    static const QStringList notColumns{QStringLiteral("PRIMARY"), QStringLiteral("KEY"), QStringLiteral("UNIQUE"), QStringLiteral("INDEX"),
                                        QStringLiteral("CONSTRAINT"), QStringLiteral("FOREIGN"), QStringLiteral("FULLTEXT"),
                                        QStringLiteral("SPATIAL"), QStringLiteral("CHECK"), QStringLiteral("EXCLUDE"), QStringLiteral("LIKE"),
                                        QStringLiteral("PERIOD")};
    QStringList columns;
    std::size_t i = 0;
    while (i <= body.size()) {
        std::size_t next = sqlValueEnd(body, i, sql.backslashEscapes);
        if (next == std::string_view::npos) {
            next = body.size();
        }
        const std::string_view definition = trimmed(std::string_view(body).substr(i, next - i));
        i = next + 1;
        if (definition.empty()) {
            continue;
        }
        std::string column;
        if (definition.front() == '`' || definition.front() == '"') {
            const std::size_t close = definition.find(definition.front(), 1);
            column = std::string(definition.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
        } else {
            std::size_t length = 0;
            while (length < definition.size() && isSqlWordChar(definition[length])) {
                ++length;
            }
            column = std::string(definition.substr(0, length));
            if (notColumns.contains(QString::fromUtf8(column.data(), qsizetype(column.size())).toUpper())) {
                continue;
            }
        }
        if (!column.empty()) {
            columns << QString::fromUtf8(column.data(), qsizetype(column.size()));
        }
    }
    if (sql.created.size() < kMaxOtherTables || sql.created.contains(name.toLower())) {
        sql.created.insert(name.toLower(), columns);
    }
}

bool LeakFileReader::sqlColumnList(QStringList *columns)
{
    consume(1); // (
    for (;;) {
        sqlSkipBlank();
        const QString name = sqlName();
        if (name.isEmpty()) {
            return false;
        }
        *columns << name;
        if (columns->size() > kMaxColumns) {
            reject(m_line, tooManyColumns());
        }
        sqlSkipBlank();
        if (!ensureBytes(1)) {
            return false;
        }
        const char c = m_buffer[m_position];
        consume(1);
        if (c == ')') {
            return true;
        }
        if (c != ',') {
            return false;
        }
    }
}

bool LeakFileReader::sqlHasIdentifiers(const QStringList &columns) const
{
    if (columns.isEmpty()) {
        return false;
    }
    // E-mail addresses or phone numbers: a column named "user id" is a username by its
    // name, and many tables of a forum have one.
    try {
        const LeakMapping mapping = LeakMapping::detect(columns);
        return std::any_of(mapping.identifiers.cbegin(), mapping.identifiers.cend(),
                           [](const LeakMapping::IdentifierColumn &identifier) { return identifier.kind != IdentifierKind::Username; });
    } catch (const Error &) {
        return false;
    }
}

void LeakFileReader::sqlCountOther(const QString &name, const QStringList &columns, std::int64_t rows)
{
    Sql &sql = *m_sql;
    m_rowsInOtherTables += rows;
    const QString key = name.toLower();
    const auto known = sql.others.constFind(key);
    if (known != sql.others.constEnd()) {
        m_otherTables[*known].rows += rows;
    } else if (m_otherTables.size() < kMaxOtherTables) {
        sql.others.insert(key, int(m_otherTables.size()));
        m_otherTables << OtherTable{name, rows, sqlHasIdentifiers(columns)};
    }
}

// INSERT [IGNORE] INTO name [(columns)] VALUES … or COPY name [(columns)] FROM stdin;
// true when its rows are the ones to read (then the reader stands at its first row),
// false when they were skipped and counted.
bool LeakFileReader::sqlDataStatement(bool copy, std::int64_t line)
{
    Sql &sql = *m_sql;
    QString name;
    sqlSkipBlank();
    name = sqlName();
    if (!copy) {
        static const QStringList modifiers{QStringLiteral("LOW_PRIORITY"), QStringLiteral("DELAYED"), QStringLiteral("HIGH_PRIORITY"),
                                           QStringLiteral("IGNORE")};
        for (int i = 0; i < 3 && modifiers.contains(name.toUpper()); ++i) {
            sqlSkipBlank();
            name = sqlName();
        }
        if (name.compare(QLatin1String("INTO"), Qt::CaseInsensitive) == 0) {
            sqlSkipBlank();
            name = sqlName();
        }
    }
    QStringList listed;
    sqlSkipBlank();
    if (name.isEmpty() || (ensureBytes(1) && m_buffer[m_position] == '(' && !sqlColumnList(&listed))) {
        sqlSkipStatement(nullptr);
        return false;
    }
    sqlSkipBlank();
    const QString keyword = sqlName().toUpper();
    if (copy) {
        sqlSkipBlank();
        if (keyword != QLatin1String("FROM") || sqlName().toUpper() != QLatin1String("STDIN")) {
            sqlSkipStatement(nullptr); // COPY … TO, or from a file: no rows here
            return false;
        }
        sql.postgres = true;
        sqlSkipStatement(nullptr);
        skipLine(); // the rows start on the next line
    } else if (keyword != QLatin1String("VALUES") && keyword != QLatin1String("VALUE")) {
        sqlSkipStatement(nullptr); // INSERT … SELECT: rows from other tables of the dump
        return false;
    }
    sql.sawData = true;
    const QString key = name.toLower();
    const QStringList columns = sql.created.value(key, listed);
    bool chosen = false;
    if (!sql.chosen.isEmpty()) {
        chosen = key == sql.chosen;
    } else if (!sql.patterns.isEmpty()) {
        const QString last = name.mid(name.lastIndexOf(QLatin1Char('.')) + 1);
        chosen = std::any_of(sql.patterns.cbegin(), sql.patterns.cend(), [&](const QRegularExpression &pattern) {
            return pattern.match(name).hasMatch() || pattern.match(last).hasMatch();
        });
    } else {
        chosen = sqlHasIdentifiers(columns);
    }
    if (!chosen) {
        std::int64_t rows = 0;
        if (copy) {
            for (;;) {
                if (!ensureBytes(1)) {
                    reject(line, QCoreApplication::translate("LeakFile", "the rows of COPY never end with a line \\. (is the file cut off?)"));
                }
                const bool whole = ensureBytes(3);
                if (isCopyEnd(std::string_view(m_buffer.data() + m_position, std::min<std::size_t>(3, m_buffer.size() - m_position)), !whole)) {
                    skipLine();
                    break;
                }
                skipLine();
                ++rows;
            }
        } else {
            sqlSkipStatement(&rows);
        }
        sqlCountOther(name, columns, rows);
        return false;
    }
    if (sql.chosen.isEmpty()) {
        sql.chosen = key;
        m_table = name;
        m_tableDetected = sql.patterns.isEmpty();
        m_columns = columns;
        if (m_columns.size() > kMaxColumns) {
            reject(line, tooManyColumns());
        }
        for (int column = 0; column < m_columns.size(); ++column) {
            m_columnIndex.insert(m_columns.at(column).toLower(), column);
        }
    }
    sql.valueColumn.clear();
    sql.valueNames = listed;
    if (listed.isEmpty() || m_columns.isEmpty()) {
        for (int column = 0; column < m_columns.size(); ++column) {
            sql.valueColumn.push_back(column);
        }
    } else {
        for (const QString &column : std::as_const(listed)) {
            sql.valueColumn.push_back(m_columnIndex.value(column.toLower(), -1));
        }
    }
    sql.in = copy ? Sql::In::Copy : Sql::In::Insert;
    sql.separatorNext = false;
    return true;
}

// Statement after statement until the rows of the table to read; false at the end.
bool LeakFileReader::sqlNextStatement()
{
    Sql &sql = *m_sql;
    for (;;) {
        if (!sqlSkipBlank()) {
            return false;
        }
        const char c = m_buffer[m_position];
        if (c == ';') {
            consume(1);
            continue;
        }
        if (c == '\\') {
            skipLine(); // psql's \connect, \restrict …
            continue;
        }
        const std::int64_t line = m_line;
        const QString word = sqlName().toUpper();
        if (word == QLatin1String("DELIMITER")) {
            std::string delimiter;
            while (ensureBytes(1) && m_buffer[m_position] != '\n' && delimiter.size() < 16) {
                delimiter.push_back(m_buffer[m_position]);
                consume(1);
            }
            skipLine();
            const std::string_view text = trimmed(delimiter);
            sql.delimiter = text.empty() ? std::string(";") : std::string(text);
            continue;
        }
        if (sql.delimiter != ";") {
            sqlSkipStatement(nullptr); // a trigger's or routine's body
            continue;
        }
        if (word == QLatin1String("CREATE")) {
            sqlCreateTable();
        } else if (word == QLatin1String("SET")) {
            sqlSet();
        } else if (word == QLatin1String("INSERT") || word == QLatin1String("REPLACE") || word == QLatin1String("COPY")) {
            if (sqlDataStatement(word == QLatin1String("COPY"), line)) {
                return true;
            }
        } else {
            sqlSkipStatement(nullptr);
        }
    }
}

void LeakFileReader::readSqlStart()
{
    m_sql = std::make_unique<Sql>();
    for (const QString &table : std::as_const(m_options.tables)) {
        m_sql->patterns << QRegularExpression(QRegularExpression::wildcardToRegularExpression(table.trimmed()),
                                              QRegularExpression::CaseInsensitiveOption);
    }
    if (!sqlNextStatement()) {
        if (!m_sql->sawData) {
            reject(m_line, QCoreApplication::translate("LeakFile", "no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file"));
        }
        QStringList tables;
        for (const OtherTable &table : std::as_const(m_otherTables).mid(0, 40)) {
            tables << QStringLiteral("%1 (%2)").arg(table.name, QLocale().toString(qlonglong(table.rows)));
        }
        if (!m_options.tables.isEmpty()) {
            reject(m_line, QCoreApplication::translate("LeakFile", "no table %1 with rows in the dump; the tables with rows: %2")
                               .arg(m_options.tables.join(QStringLiteral(", ")), tables.join(QStringLiteral(", "))));
        }
        throw Error(ErrorKind::Usage, QCoreApplication::translate("LeakFile", "%1: no table's column names say it holds e-mail addresses or phone "
                                                                              "numbers. Name the table to read (--table) and its columns. The "
                                                                              "tables with rows: %2")
                                          .arg(m_path, tables.join(QStringLiteral(", "))));
    }
    if (m_columns.isEmpty()) {
        // Neither CREATE TABLE nor the statement named the columns: the first row numbers them.
        RowBatch first;
        first.columnCount = -1;
        while (first.lines.empty() && sqlNextRow(&first)) {
        }
        if (!first.lines.empty()) {
            m_pending.push_back(std::move(first));
        }
    }
}

void LeakFileReader::sqlAppendRow(RowBatch *batch, std::int64_t line)
{
    Sql &sql = *m_sql;
    const std::size_t values = m_valueEnds.size();
    if (m_columns.isEmpty()) {
        if (values == 0 || values > std::size_t(kMaxColumns)) {
            reject(line, values == 0 ? QCoreApplication::translate("LeakFile", "a row without values") : tooManyColumns());
        }
        for (std::size_t column = 0; column < values; ++column) {
            m_columns << QString::number(column + 1);
            sql.valueColumn.push_back(int(column));
        }
        batch->columnCount = int(values);
    }
    if (values != sql.valueColumn.size()) {
        countMisfit(line, QCoreApplication::translate("LeakFile", "%1 values where the table has %2 columns").arg(values).arg(sql.valueColumn.size()));
        return;
    }
    const std::string_view text(m_rowFields);
    const bool recoded = decoded(text, line, true).data() != text.data();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans(std::size_t(m_columns.size()), {0, 0});
    bool unread = false;
    for (std::size_t value = 0; value < values; ++value) {
        const std::uint32_t begin = value == 0 ? 0 : m_valueEnds[value - 1];
        const int column = sql.valueColumn[value];
        if (column >= 0) {
            spans[std::size_t(column)] = {begin, m_valueEnds[value]};
        } else if (m_valueEnds[value] > begin) {
            // A column the table's CREATE TABLE does not have: shown, not read.
            unread = true;
            const QString name = sql.valueNames.value(qsizetype(value));
            if (m_unreadKeys.size() < kExamples && !m_unreadKeys.contains(name)) {
                m_unreadKeys << name;
            }
        }
    }
    m_rowsWithUnreadKeys += unread ? 1 : 0;
    const TextEncoding encoding = m_options.encoding == TextEncoding::Latin1 ? TextEncoding::Latin1 : TextEncoding::Windows1252;
    for (const auto &[begin, end] : spans) {
        const std::string_view field = text.substr(begin, end - begin);
        if (recoded) {
            recode(field, encoding, m_recoded);
            batch->text.append(m_recoded);
        } else {
            batch->text.append(field);
        }
        batch->fieldEnd.push_back(std::uint32_t(batch->text.size()));
    }
    batch->lines.push_back(line);
}

// One row of an INSERT: found to its closing parenthesis first (a row, unlike the
// statement, is at most kMaxRowBytes; a longer one is dropped as it is scanned), then
// its values read.
void LeakFileReader::sqlTuple(RowBatch *batch)
{
    const std::int64_t line = m_line;
    const bool mysql = m_sql->backslashEscapes;
    std::size_t end = 1;
    int depth = 1;
    char quote = 0;
    bool escapes = false;
    bool escape = false;
    bool tooLong = false;
    for (;;) {
        if (m_position + end >= m_buffer.size()) {
            if (end > kMaxRowBytes) {
                tooLong = true;
                consume(end);
                end = 0;
            }
            if (!fill()) {
                reject(line, QCoreApplication::translate("LeakFile", "the file ends inside a row of values (is it cut off?)"));
            }
            continue;
        }
        const char c = m_buffer[m_position + end++];
        if (quote) {
            if (escape) {
                escape = false;
            } else if (c == '\\' && escapes) {
                escape = true;
            } else if (c == quote) {
                quote = 0;
            }
        } else if (c == '\'' || c == '"' || c == '`') {
            quote = c;
            const char before = end >= 2 ? m_buffer[m_position + end - 2] : ' ';
            escapes = c != '`' && (mysql || (c == '\'' && (before == 'E' || before == 'e')));
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            break;
        }
    }
    if (tooLong || end > kMaxRowBytes) {
        consume(end);
        countMisfit(line, tooLongRow());
        return;
    }
    const bool parsed = parseSqlValues(std::string_view(m_buffer.data() + m_position + 1, end - 2), mysql, m_rowFields, m_valueEnds);
    consume(end);
    if (!parsed) {
        reject(line, QCoreApplication::translate("LeakFile", "a row of values that cannot be read (a quote is not closed)"));
    }
    sqlAppendRow(batch, line);
}

void LeakFileReader::sqlCopyRow(RowBatch *batch, std::string_view line, std::int64_t lineNumber)
{
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    m_rowFields.clear();
    m_valueEnds.clear();
    std::size_t i = 0;
    for (;;) {
        const std::size_t tab = std::min(line.find('\t', i), line.size());
        appendCopyField(line.substr(i, tab - i), m_rowFields);
        m_valueEnds.push_back(std::uint32_t(m_rowFields.size()));
        if (tab == line.size()) {
            break;
        }
        i = tab + 1;
    }
    sqlAppendRow(batch, lineNumber);
}

// The next row of the table read (appended, or counted as a misfit); false at the end.
bool LeakFileReader::sqlNextRow(RowBatch *batch)
{
    Sql &sql = *m_sql;
    for (;;) {
        switch (sql.in) {
        case Sql::In::Statements:
            if (!sqlNextStatement()) {
                return false;
            }
            continue;
        case Sql::In::Insert: {
            if (!sqlSkipBlank()) {
                reject(m_line, QCoreApplication::translate("LeakFile", "the file ends inside an INSERT statement (is it cut off?)"));
            }
            const char c = m_buffer[m_position];
            if (sql.separatorNext) {
                if (c == ',' || c == ';') {
                    consume(1);
                    sql.separatorNext = false;
                    sql.in = c == ',' ? Sql::In::Insert : Sql::In::Statements;
                    continue;
                }
                reject(m_line, QCoreApplication::translate("LeakFile", "a , or ; is missing after a row of values"));
            }
            if (c != '(') {
                reject(m_line, QCoreApplication::translate("LeakFile", "a row of values does not start with ("));
            }
            sqlTuple(batch);
            sql.separatorNext = true;
            return true;
        }
        case Sql::In::Copy: {
            const std::int64_t line = m_line;
            if (!ensureBytes(1)) {
                reject(line, QCoreApplication::translate("LeakFile", "the rows of COPY never end with a line \\. (is the file cut off?)"));
            }
            const bool whole = ensureBytes(3);
            if (isCopyEnd(std::string_view(m_buffer.data() + m_position, std::min<std::size_t>(3, m_buffer.size() - m_position)), !whole)) {
                skipLine();
                sql.in = Sql::In::Statements;
                continue;
            }
            const void *newline = nullptr;
            for (;;) {
                const std::size_t available = m_buffer.size() - m_position;
                newline = std::memchr(m_buffer.data() + m_position, '\n', std::min(available, kMaxRowBytes + 1));
                if (newline || available > kMaxRowBytes || !fill()) {
                    break;
                }
            }
            if (!newline && m_buffer.size() - m_position > kMaxRowBytes) {
                countMisfit(line, tooLongRow());
                skipLine();
                return true;
            }
            if (!newline) {
                reject(line, QCoreApplication::translate("LeakFile", "the rows of COPY never end with a line \\. (is the file cut off?)"));
            }
            const std::size_t length = std::size_t(static_cast<const char *>(newline) - (m_buffer.data() + m_position));
            sqlCopyRow(batch, std::string_view(m_buffer.data() + m_position, length), line);
            consume(length + 1);
            return true;
        }
        }
    }
}

bool LeakFileReader::nextSql(RowBatch *batch, std::size_t batchBytes)
{
    const std::int64_t start = offsetOf(m_position);
    while (sqlNextRow(batch)) {
        if (offsetOf(m_position) - start >= std::int64_t(batchBytes) && !batch->lines.empty()) {
            return true;
        }
    }
    return !batch->lines.empty();
}

} // namespace BreachAdvisor
