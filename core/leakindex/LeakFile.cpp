#include "LeakFile.h"

#include "Error.h"
#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>
#include <zlib.h>

#include <cmath>
#include <cstring>

namespace BreachAdvisor {

namespace {

constexpr std::size_t kReadSize = 1 << 20;
constexpr int kJsonColumnSampleLines = 1000;

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

// One line of a JSON Lines file as an object, or the reason it is not one.
QJsonObject parseJsonLine(const std::string &line, QString *problem)
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

} // namespace

QString leakFileFormatName(LeakFileFormat format)
{
    switch (format) {
    case LeakFileFormat::Csv: return QStringLiteral("csv");
    case LeakFileFormat::Tsv: return QStringLiteral("tsv");
    case LeakFileFormat::Jsonl: return QStringLiteral("jsonl");
    }
    return QString();
}

bool leakFileFormatFromName(const QString &name, LeakFileFormat *format)
{
    for (LeakFileFormat candidate : {LeakFileFormat::Csv, LeakFileFormat::Tsv, LeakFileFormat::Jsonl}) {
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
    if (name.endsWith(QLatin1String(".gz"))) {
        name.chop(3);
    }
    if (name.endsWith(QLatin1String(".tsv")) || name.endsWith(QLatin1String(".tab"))) {
        return LeakFileFormat::Tsv;
    }
    if (name.endsWith(QLatin1String(".jsonl")) || name.endsWith(QLatin1String(".ndjson"))
        || name.endsWith(QLatin1String(".json"))) {
        return LeakFileFormat::Jsonl;
    }
    return LeakFileFormat::Csv;
}

void RowBatch::clear()
{
    text.clear();
    fieldEnd.clear();
    lines.clear();
}

struct LeakFileReader::Source
{
    gzFile file = nullptr;
    crypto_generichash_state digest;
    ~Source()
    {
        if (file) {
            gzclose(file);
        }
    }
};

LeakFileReader::LeakFileReader(const QString &path, const Options &options)
    : m_path(path)
    , m_options(options)
    , m_source(std::make_unique<Source>())
{
    ensureSodiumInitialized();
    if (m_options.delimiter == 0) {
        m_options.delimiter = m_options.format == LeakFileFormat::Tsv ? '\t' : ',';
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1: no such file").arg(path));
    }
    m_fileSize = info.size();
    // zlib reads plain files as they are, so one path serves .gz and uncompressed files.
    m_source->file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!m_source->file) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1: cannot open the file").arg(path));
    }
    gzbuffer(m_source->file, 1 << 18);
    crypto_generichash_init(&m_source->digest, nullptr, 0, crypto_generichash_BYTES);

    if (m_options.format == LeakFileFormat::Jsonl) {
        // Columns are the keys seen in the first lines; those rows are kept for next().
        RowBatch sample;
        QStringList keys;
        QJsonObject object;
        std::int64_t lineNumber = 0;
        std::size_t consumed = 0;
        std::vector<std::pair<std::int64_t, QJsonObject>> objects;
        while (int(objects.size()) < kJsonColumnSampleLines && nextJsonObject(&object, &lineNumber, &consumed)) {
            for (const QString &key : object.keys()) {
                if (!keys.contains(key)) {
                    keys << key;
                }
            }
            objects.emplace_back(lineNumber, object);
        }
        m_columns = keys;
        sample.columnCount = int(keys.size());
        for (const auto &[number, sampled] : objects) {
            appendJsonRow(&sample, sampled, number);
        }
        if (!objects.empty()) {
            m_pending.push_back(std::move(sample));
        }
        return;
    }

    // CSV/TSV: the first row names the columns (or numbers them).
    RowBatch first;
    first.columnCount = -1; // accept any width for the first row
    const bool hadHeader = m_options.hasHeader;
    if (!nextDelimited(&first, 1)) {
        return; // an empty file has no columns and no rows
    }
    const int width = int(first.fieldEnd.size());
    for (int column = 0; column < width; ++column) {
        m_columns << (hadHeader ? QString::fromUtf8(first.field(0, column).data(), qsizetype(first.field(0, column).size())).trimmed()
                                : QString::number(column + 1));
    }
    if (!hadHeader) {
        first.columnCount = width;
        m_pending.push_back(std::move(first));
    }
}

LeakFileReader::~LeakFileReader() = default;

void LeakFileReader::reject(std::int64_t line, const QString &problem) const
{
    throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakFile", "%1:%2: %3").arg(m_path).arg(line).arg(problem));
}

std::int64_t LeakFileReader::bytesConsumed() const
{
    return m_source->file ? std::int64_t(gzoffset(m_source->file)) : m_fileSize;
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
    const int got = gzread(m_source->file, m_buffer.data() + old, unsigned(kReadSize));
    if (got < 0) {
        int code = 0;
        const char *message = gzerror(m_source->file, &code);
        reject(m_line, QCoreApplication::translate("LeakFile", "the file cannot be read (%1)").arg(QString::fromLatin1(message)));
    }
    m_buffer.resize(old + std::size_t(got));
    if (got == 0) {
        m_eof = true;
        return false;
    }
    const auto *fresh = reinterpret_cast<const unsigned char *>(m_buffer.data() + old);
    crypto_generichash_update(&m_source->digest, fresh, std::size_t(got));
    if (std::memchr(fresh, '\0', std::size_t(got))) {
        // Line of the NUL: count the newlines before it.
        const char *nul = static_cast<const char *>(std::memchr(fresh, '\0', std::size_t(got)));
        std::int64_t line = m_line;
        for (const char *p = m_buffer.data() + m_position; p < nul; ++p) {
            line += *p == '\n';
        }
        reject(line, QCoreApplication::translate("LeakFile", "binary data (a NUL byte): this is not a text file"));
    }
    return true;
}

bool LeakFileReader::readLine(std::string *line, std::int64_t *lineNumber)
{
    for (;;) {
        const char *start = m_buffer.data() + m_position;
        const void *newline = std::memchr(start, '\n', m_buffer.size() - m_position);
        if (newline) {
            const std::size_t length = std::size_t(static_cast<const char *>(newline) - start);
            line->assign(start, length);
            m_position += length + 1;
            *lineNumber = m_line++;
            return true;
        }
        if (!fill()) {
            if (m_position < m_buffer.size()) {
                line->assign(m_buffer.data() + m_position, m_buffer.size() - m_position);
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
    return m_options.format == LeakFileFormat::Jsonl ? nextJsonLines(batch, batchBytes) : nextDelimited(batch, batchBytes);
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
    std::string line;
    while (readLine(&line, lineNumber)) {
        *consumed += line.size() + 1;
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        QString problem;
        *object = parseJsonLine(line, &problem);
        if (!problem.isEmpty()) {
            reject(*lineNumber, problem);
        }
        return true;
    }
    return false;
}

void LeakFileReader::appendJsonRow(RowBatch *batch, const QJsonObject &object, std::int64_t lineNumber) const
{
    for (const QString &column : m_columns) {
        batch->text += jsonValueText(object.value(column)).toStdString();
        batch->fieldEnd.push_back(std::uint32_t(batch->text.size()));
    }
    batch->lines.push_back(lineNumber);
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
        enum class State { FieldStart, Unquoted, Quoted, QuotedSawQuote };
        State state = State::FieldStart;
        std::size_t end = m_position;
        std::int64_t quoteLine = m_line;
        std::int64_t newlines = 0;
        bool rowEnded = false;
        while (!rowEnded) {
            if (end >= m_buffer.size()) {
                const std::size_t offset = end - m_position;
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
                } else if (c == '"' && state == State::FieldStart) {
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
        const bool inQuotes = state == State::Quoted;
        if (inQuotes) {
            reject(quoteLine, QCoreApplication::translate("LeakFile", "a quoted field is never closed (a \" is missing)"));
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
        const std::size_t fieldsBefore = batch->fieldEnd.size();
        std::size_t i = 0;
        for (;;) {
            if (i < row.size() && row[i] == '"') {
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
            reject(rowLine, QCoreApplication::translate("LeakFile", "%1 fields where the header has %2").arg(fields).arg(batch->columnCount));
        }
        batch->lines.push_back(rowLine);
    }
}

} // namespace BreachAdvisor
