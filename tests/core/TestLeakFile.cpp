#include "Error.h"
#include "LeakFile.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace BreachAdvisor;

namespace {

using Rows = QList<QStringList>;

Rows readAll(const QString &path, const LeakFileReader::Options &options, QStringList *columns = nullptr,
             QList<qint64> *lines = nullptr)
{
    LeakFileReader reader(path, options);
    if (columns) {
        *columns = reader.columns();
    }
    Rows rows;
    RowBatch batch;
    while (reader.next(&batch, 64)) { // small batches: rows cross batch and buffer edges
        for (std::size_t row = 0; row < batch.rowCount(); ++row) {
            QStringList fields;
            for (int column = 0; column < batch.columnCount; ++column) {
                fields << batch.displayText(row, column);
            }
            rows << fields;
            if (lines) {
                *lines << batch.lines[row];
            }
        }
    }
    return rows;
}

void writeGzip(const QString &path, const QByteArray &bytes, const char *mode = "wb")
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), mode);
    QVERIFY(file);
    QCOMPARE(gzwrite(file, bytes.constData(), unsigned(bytes.size())), int(bytes.size()));
    QCOMPARE(gzclose(file), Z_OK);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The message of the RejectedInput error reading the whole file throws, or a failure.
QString rejection(const QString &path, const LeakFileReader::Options &options)
{
    try {
        readAll(path, options);
    } catch (const Error &error) {
        return error.kind() == ErrorKind::RejectedInput ? error.message() : QStringLiteral("wrong kind: ") + error.message();
    }
    return QStringLiteral("not rejected");
}

} // namespace

class TestLeakFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mixedCsvQuoting();
    void lineNumbersCountQuotedLineBreaks();
    void tsvAndOtherDelimiters();
    void withoutHeader();
    void jsonLines();
    void gzipReadsLikePlain();
    void brokenFilesAreRejected_data();
    void brokenFilesAreRejected();
    void formatFromPath();
    void headerIsDetectedFromTheFirstRow_data();
    void headerIsDetectedFromTheFirstRow();
    void rowsThatDoNotFitAreSkippedAndCounted_data();
    void rowsThatDoNotFitAreSkippedAndCounted();
    void longRowsAreRefusedInLinearTime_data();
    void longRowsAreRefusedInLinearTime();
    void truncatedOrCorruptGzipIsRejected_data();
    void truncatedOrCorruptGzipIsRejected();
    void delimiterIsSniffed_data();
    void delimiterIsSniffed();
    void windows1252RowsAreRecoded();
    void forcedEncodings();
    void byteOrderMarks();
    void nestedJsonBecomesDottedColumns();
    void jsonKeysAfterTheSampleAreCounted();
    void layoutJoinsTheDelimiterInsideItsColumn();

private:
    QString write(const QByteArray &bytes, const char *name = "leak.csv");
    std::unique_ptr<QTemporaryDir> m_temp;
};

void TestLeakFile::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
}

QString TestLeakFile::write(const QByteArray &bytes, const char *name)
{
    const QString path = m_temp->filePath(QLatin1String(name));
    TestSupport::writeFile(path, bytes);
    return path;
}

void TestLeakFile::mixedCsvQuoting()
{
    const QString path = write("phone,name,about\r\n"
                               "201001234567,Amira,plain\r\n"
                               "\"4915123456789\",\"Max, Jr.\",\"said \"\"hi\"\"\"\r\n"
                               "\r\n"
                               "447400123456,\"Jo\",\"two\nlines\"\n"
                               "33612345678,5\" tall,\n"
                               "34612345678,,\"\"");
    QStringList columns;
    const Rows rows = readAll(path, {}, &columns);
    QCOMPARE(columns, (QStringList{QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("about")}));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("201001234567"), QStringLiteral("Amira"), QStringLiteral("plain")}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("4915123456789"), QStringLiteral("Max, Jr."), QStringLiteral("said \"hi\"")}));
    QCOMPARE(rows.at(2).at(2), QStringLiteral("two\nlines"));
    QCOMPARE(rows.at(3).at(1), QStringLiteral("5\" tall")); // a quote inside an unquoted field is text
    QCOMPARE(rows.at(4), (QStringList{QStringLiteral("34612345678"), QString(), QString()})); // last line without \n
}

void TestLeakFile::lineNumbersCountQuotedLineBreaks()
{
    const QString path = write("a,b\n1,\"x\ny\nz\"\n2,w\n\n3,v\n");
    QList<qint64> lines;
    readAll(path, {}, nullptr, &lines);
    QCOMPARE(lines, (QList<qint64>{2, 5, 7}));
}

void TestLeakFile::tsvAndOtherDelimiters()
{
    const QString tsv = write("phone\tname\n201001234567\tAmira, Cairo\n", "leak.tsv");
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Tsv;
    QCOMPARE(readAll(tsv, options).first().at(1), QStringLiteral("Amira, Cairo"));

    const QString colons = write("201001234567:100001:Amira:Hassan\n");
    options.format = LeakFileFormat::Csv;
    options.delimiter = ':';
    options.hasHeader = false;
    QStringList columns;
    const Rows rows = readAll(colons, options, &columns);
    QCOMPARE(columns, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(rows.first().at(2), QStringLiteral("Amira"));
}

void TestLeakFile::withoutHeader()
{
    LeakFileReader::Options options;
    options.hasHeader = false;
    const Rows rows = readAll(write("201001234567,Amira\n4915123456789,Max\n"), options);
    QCOMPARE(rows.size(), 2); // the first row is data
    QCOMPARE(rows.first().first(), QStringLiteral("201001234567"));
}

void TestLeakFile::headerIsDetectedFromTheFirstRow_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("detect");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("rows");
    QTest::newRow("names") << QByteArray("phone,name\n201001234567,Amira\n") << true << true << 1;
    QTest::newRow("names with digits") << QByteArray("phone2,name 1\n201001234567,Amira\n") << true << true << 1;
    QTest::newRow("an e-mail first") << QByteArray("alice@example.com,hunter2\nbob@example.org,pw\n") << true << false << 2;
    QTest::newRow("a phone number first") << QByteArray("Amira;+20 100 123 4567\nMax;+49 151 23456789\n") << true << false << 2;
    QTest::newRow("digits first") << QByteArray("201001234567,Amira\n4915123456789,Max\n") << true << false << 2;
    QTest::newRow("told it has one") << QByteArray("alice@example.com,hunter2\nbob@example.org,pw\n") << false << true << 1;
}

void TestLeakFile::headerIsDetectedFromTheFirstRow()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, detect);
    QFETCH(bool, header);
    QFETCH(int, rows);
    LeakFileReader::Options options;
    options.detectHeader = detect;
    const QString path = write(content);
    LeakFileReader reader(path, options);
    QCOMPARE(reader.hasHeader(), header);
    QCOMPARE(reader.headerDetected(), detect);
    if (!header) {
        QCOMPARE(reader.columns(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    }
    QCOMPARE(readAll(path, options).size(), rows); // no row lost to a header that was not one
}

void TestLeakFile::jsonLines()
{
    const QString path = write("{\"phone\": 201001234567, \"name\": \"Amira\", \"photo\": null}\n"
                               "\n"
                               "{\"phone\": \"+49 151 23456789\", \"name\": \"Max\", \"tags\": [\"a\"], \"photo\": \"x.jpg\"}\n"
                               "{\"name\": \"\", \"phone\": \"447400123456\", \"tags\": []}\n",
                               "leak.jsonl");
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Jsonl;
    QStringList columns;
    QList<qint64> lines;
    const Rows rows = readAll(path, options, &columns, &lines);
    QCOMPARE(columns, (QStringList{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("photo"), QStringLiteral("tags")}));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(lines, (QList<qint64>{1, 3, 4}));
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Amira"), QStringLiteral("201001234567"), QString(), QString()}));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("[\"a\"]"));
    QCOMPARE(rows.at(2).at(3), QString()); // an empty list is empty

    // A list is marked as one, so that it is never taken for an identifier.
    LeakFileReader reader(path, options);
    QCOMPARE(reader.structuredColumns(), QList<int>{3});
    RowBatch batch;
    QVERIFY(reader.next(&batch));
    QVERIFY(RowBatch::isStructured(batch.field(1, 3)));
    QVERIFY(!RowBatch::isStructured(batch.field(1, 1)));
}

void TestLeakFile::gzipReadsLikePlain()
{
    const QByteArray content = "phone,name\n201001234567,Amira\n\"4915123456789\",\"Max\"\n";
    const QString plain = write(content);
    const QString compressed = m_temp->filePath(QStringLiteral("leak.csv.gz"));
    writeGzip(compressed, content);
    QVERIFY(QFileInfo(compressed).size() != content.size());
    QCOMPARE(readAll(compressed, {}), readAll(plain, {}));

    LeakFileReader a(plain, {});
    LeakFileReader b(compressed, {});
    RowBatch batch;
    while (a.next(&batch)) {
    }
    while (b.next(&batch)) {
    }
    QCOMPARE(a.contentDigest(), b.contentDigest()); // the same data, however stored
    QCOMPARE(b.bytesConsumed(), b.fileSize());
}

void TestLeakFile::brokenFilesAreRejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("header too long") << QByteArray(2 * 1024 * 1024, 'h') + "\n1\n" << int(LeakFileFormat::Csv)
                                     << QStringLiteral(":1: a row longer than 1 MiB");
    QTest::newRow("binary") << QByteArray("a,b\n1,2\n3,\0\n", 13) << int(LeakFileFormat::Csv)
                            << QStringLiteral(":3: binary data");
    QTest::newRow("json not an object") << QByteArray("{\"a\":1}\n[1,2]\n") << int(LeakFileFormat::Jsonl)
                                        << QStringLiteral(":2: not a JSON object");
    QTest::newRow("json broken") << QByteArray("{\"a\":1}\n{\"a\":2}\n{\"a\":\n") << int(LeakFileFormat::Jsonl)
                                 << QStringLiteral(":3: not valid JSON");
}

void TestLeakFile::brokenFilesAreRejected()
{
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    QFETCH(QString, expected);
    const QString path = write(content);
    LeakFileReader::Options options;
    options.format = LeakFileFormat(format);
    try {
        readAll(path, options);
        QFAIL("a broken file was read");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().startsWith(path + expected), qPrintable(error.message()));
    }
}

void TestLeakFile::rowsThatDoNotFitAreSkippedAndCounted_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("firstColumn"); // of the rows read
    QTest::addColumn<int>("misfits");
    QTest::addColumn<QString>("firstMisfit");
    const QByteArray digits(10 * 1024 * 1024, '7');
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n3,4,5\n6,7\n") << QStringList{QStringLiteral("1"), QStringLiteral("6")} << 1
                                     << QStringLiteral("line 3: 3 fields where the header has 2");
    QTest::newRow("too few fields") << QByteArray("a\tb\tc\n1\t2\n3\t4\t5\n") << QStringList{QStringLiteral("3")} << 1
                                    << QStringLiteral("line 2: 2 fields where the header has 3");
    QTest::newRow("quote never closed") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
                                        << QStringList{QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("6")} << 1
                                        << QStringLiteral("line 3: a quoted field is never closed");
    QTest::newRow("a password with the delimiter") << QByteArray("email,password\na@example.com,x\nb@example.com,p,w\nc@example.com,y\n")
                                                   << QStringList{QStringLiteral("a@example.com"), QStringLiteral("c@example.com")} << 1
                                                   << QStringLiteral("line 3: 3 fields where the header has 2");
    QTest::newRow("10 MB line") << QByteArray("phone,name\n201001234567,Amira\n" + digits + ",x\n4915123456789,Max\n")
                                << QStringList{QStringLiteral("201001234567"), QStringLiteral("4915123456789")} << 1
                                << QStringLiteral("line 3: a row longer than 1 MiB");
    QTest::newRow("10 MB inside quotes") << QByteArray("phone,name\n201001234567,Amira\n1,\"" + digits + "\"\n4915123456789,Max\n")
                                         << QStringList{QStringLiteral("201001234567"), QStringLiteral("4915123456789")} << 1
                                         << QStringLiteral("line 3: a row longer than 1 MiB");
    // A quote that never closes, then 2.4 MB of rows: read in one pass, the quote's line left out.
    QByteArray tail = "a,b\n1,\"x\n";
    for (int i = 0; i < 300000; ++i) {
        tail += "2,yyyyy\n";
    }
    QTest::newRow("a quote never closed, then rows") << tail << QStringList(300000, QStringLiteral("2")) << 1
                                                     << QStringLiteral("line 2: a row longer than 1 MiB");
}

void TestLeakFile::rowsThatDoNotFitAreSkippedAndCounted()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, firstColumn);
    QFETCH(int, misfits);
    QFETCH(QString, firstMisfit);
    const QString path = write(content);
    LeakFileReader::Options options;
    options.format = leakFileFormatFromPath(path);
    options.delimiter = content.contains('\t') ? '\t' : ',';
    QElapsedTimer clock;
    clock.start();
    LeakFileReader reader(path, options);
    QStringList read;
    RowBatch batch;
    while (reader.next(&batch)) {
        for (std::size_t row = 0; row < batch.rowCount(); ++row) {
            read << batch.displayText(row, 0);
        }
    }
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(read, firstColumn);
    QCOMPARE(reader.misfitRows(), std::int64_t(misfits));
    const LeakFileReader::Example first = reader.misfitExamples().first();
    const QString shown = QStringLiteral("line %1: %2").arg(first.line).arg(first.problem);
    QVERIFY2(shown.startsWith(firstMisfit), qPrintable(shown));
}

void TestLeakFile::formatFromPath()
{
    QCOMPARE(leakFileFormatFromPath(QStringLiteral("a/b/leak.CSV")), LeakFileFormat::Csv);
    QCOMPARE(leakFileFormatFromPath(QStringLiteral("leak.tsv.gz")), LeakFileFormat::Tsv);
    QCOMPARE(leakFileFormatFromPath(QStringLiteral("leak.jsonl.gz")), LeakFileFormat::Jsonl);
    QCOMPARE(leakFileFormatFromPath(QStringLiteral("leak.txt")), LeakFileFormat::Csv);
}

void TestLeakFile::longRowsAreRefusedInLinearTime_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");
    QByteArray digits(10 * 1024 * 1024, '7');
    QTest::newRow("jsonl, 10 MB line") << QByteArray("{\"phone\":\"201001234567\"}\n{\"phone\":\"" + digits + "\"}\n")
                                       << int(LeakFileFormat::Jsonl);
}

void TestLeakFile::longRowsAreRefusedInLinearTime()
{
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    const QString path = write(content);
    LeakFileReader::Options options;
    options.format = LeakFileFormat(format);
    QElapsedTimer clock;
    clock.start();
    const QString message = rejection(path, options);
    QVERIFY2(message.startsWith(path + (format == int(LeakFileFormat::Jsonl) ? QStringLiteral(":2: ") : QStringLiteral(":3: "))),
             qPrintable(message.left(200)));
    QVERIFY2(message.contains(QLatin1String("longer than 1 MiB")), qPrintable(message.left(200)));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestLeakFile::truncatedOrCorruptGzipIsRejected_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("trailer CRC") << QStringLiteral("crc");
    QTest::newRow("data that still decompresses") << QStringLiteral("data");
}

void TestLeakFile::truncatedOrCorruptGzipIsRejected()
{
    QFETCH(QString, damage);
    QByteArray content = "phone,name\n";
    for (int i = 0; i < 150000; ++i) {
        content += "2010" + QByteArray::number(10000000 + i) + ",Name" + QByteArray::number(i) + "\n";
    }
    const QString path = m_temp->filePath(QStringLiteral("leak.csv.gz"));
    // Stored blocks (level 0): a changed byte decompresses to a changed byte, which
    // only the CRC in the trailer catches.
    writeGzip(path, content, "wb0");
    QByteArray bytes = readBytes(path);
    if (damage == QLatin1String("truncated")) {
        bytes.chop(bytes.size() / 3);
    } else if (damage == QLatin1String("crc")) {
        bytes[bytes.size() - 6] = char(bytes.at(bytes.size() - 6) ^ 0x40);
    } else {
        const qsizetype at = bytes.indexOf("201010000007,Name7\n");
        QVERIFY(at > 0);
        bytes[at + 12] = ';'; // "1 fields where the header has 2", were it read as it is
    }
    TestSupport::writeFile(path, bytes);
    const QString message = rejection(path, {});
    QVERIFY2(message.startsWith(path + QStringLiteral(": the compressed file is truncated or corrupt")), qPrintable(message));
}

void TestLeakFile::delimiterIsSniffed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<int>("columns");
    QTest::newRow("comma") << QByteArray("phone,name,time\n201001234567,Amira,12:00\n") << ',' << 3;
    QTest::newRow("semicolon, commas inside values")
        << QByteArray("Telefon;Name;Betrag\n015123456789;M\xc3\xbcller, Max;1,50\n015223456789;Schmidt, Eva;2,00\n") << ';' << 3;
    QTest::newRow("tab") << QByteArray("phone\tname\n201001234567\tAmira, Cairo\n") << '\t' << 2;
    QTest::newRow("pipe") << QByteArray("phone|name|city\n201001234567|Amira|Cairo\n") << '|' << 3;
    QTest::newRow("colon") << QByteArray("201001234567:100001:Amira:Hassan:Cairo, Egypt\n201001234568:100002:Omar:Ali:Giza, Egypt\n") << ':' << 5;
    QTest::newRow("quoted delimiters") << QByteArray("\"a;b\",c\n\"1;2\",3\n") << ',' << 2;
    QTest::newRow("one column") << QByteArray("phone\n201001234567\n") << ',' << 1;
}

void TestLeakFile::delimiterIsSniffed()
{
    QFETCH(QByteArray, content);
    QFETCH(char, delimiter);
    QFETCH(int, columns);
    const QString path = write(content);
    LeakFileReader reader(path, {});
    QVERIFY(reader.delimiterSniffed());
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(reader.columns().size(), columns);
    QVERIFY(!readAll(path, {}).isEmpty());
}

void TestLeakFile::windows1252RowsAreRecoded()
{
    // A Windows-1252 export with a UTF-8 row in it: each row is read as what it is.
    const QString path = write("name;city;note\n"
                               "M\xfc" "ller;K\xf6" "ln;\x80 5\n"
                               "Ren\xc3\xa9" "e;Paris;plain\n"
                               "Smith;York;\x93" "quoted\x94\n");
    LeakFileReader::Options options;
    options.delimiter = ';';
    QStringList columns;
    const Rows rows = readAll(path, options, &columns);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Müller"), QStringLiteral("Köln"), QStringLiteral("€ 5")}));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("Renée"));
    QCOMPARE(rows.at(2).at(2), QStringLiteral("“quoted”"));
    LeakFileReader reader(path, options);
    RowBatch batch;
    while (reader.next(&batch)) {
    }
    QCOMPARE(reader.recodedRows(), 2);
    QCOMPARE(reader.utf8Rows(), 1);
}

void TestLeakFile::forcedEncodings()
{
    const QString path = write("name\nM\xfc" "ller \x80\n");
    LeakFileReader::Options options;
    options.encoding = TextEncoding::Latin1;
    QCOMPARE(readAll(path, options).first().first(), QStringLiteral("Müller \u0080")); // Latin-1 has no euro sign
    options.encoding = TextEncoding::Windows1252;
    QCOMPARE(readAll(path, options).first().first(), QStringLiteral("Müller €"));
    options.encoding = TextEncoding::Utf8;
    QVERIFY2(rejection(path, options).startsWith(path + QStringLiteral(":2: not valid UTF-8")), qPrintable(rejection(path, options)));

    // Forced Windows-1252 reads UTF-8 bytes as two characters each: that is what forcing means.
    const QString utf8 = write("name\nM\xc3\xbcller\n", "utf8.csv");
    options.encoding = TextEncoding::Windows1252;
    QCOMPARE(readAll(utf8, options).first().first(), QStringLiteral("MÃ¼ller"));
    options.encoding = TextEncoding::Auto;
    QCOMPARE(readAll(utf8, options).first().first(), QStringLiteral("Müller"));
    TextEncoding parsed = TextEncoding::Auto;
    QVERIFY(textEncodingFromName(QStringLiteral("Windows-1252"), &parsed));
    QCOMPARE(parsed, TextEncoding::Windows1252);
    QVERIFY(!textEncodingFromName(QStringLiteral("utf-16"), &parsed));
}

void TestLeakFile::byteOrderMarks()
{
    QStringList columns;
    readAll(write("\xef\xbb\xbfphone,name\n201001234567,Amira\n"), {}, &columns);
    QCOMPARE(columns.first(), QStringLiteral("phone")); // not "\ufeffphone"
    const QString utf16 = write(QByteArray("\xff\xfe" "p\0h\0o\0n\0e\0\n\0", 14), "utf16.csv");
    QVERIFY2(rejection(utf16, {}).contains(QLatin1String("UTF-16")), qPrintable(rejection(utf16, {})));
}

void TestLeakFile::nestedJsonBecomesDottedColumns()
{
    const QString path = write("{\"user\":{\"contact\":{\"phone\":\"+201001234567\",\"email\":\"amira@example.com\"},\"name\":\"Amira\"},"
                               "\"id\":7,\"phones\":[\"+201001234567\"],\"meta\":{}}\n"
                               "{\"user\":{\"contact\":{\"phone\":\"+4915123456789\"}},\"id\":8}\n",
                               "nested.jsonl");
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Jsonl;
    QStringList columns;
    const Rows rows = readAll(path, options, &columns);
    QCOMPARE(columns, (QStringList{QStringLiteral("id"), QStringLiteral("phones"), QStringLiteral("user.contact.email"),
                                   QStringLiteral("user.contact.phone"), QStringLiteral("user.name")}));
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("7"), QStringLiteral("[\"+201001234567\"]"), QStringLiteral("amira@example.com"),
                                      QStringLiteral("+201001234567"), QStringLiteral("Amira")}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("8"), QString(), QString(), QStringLiteral("+4915123456789"), QString()}));
    QCOMPARE(LeakFileReader(path, options).structuredColumns(), QList<int>{1});
}

void TestLeakFile::jsonKeysAfterTheSampleAreCounted()
{
    QByteArray content;
    for (int i = 0; i < 1200; ++i) {
        content += i < 1000 ? "{\"phone\":\"201001234567\"}\n" : "{\"phone\":\"201001234567\",\"late\":{\"email\":\"a@b.example\"}}\n";
    }
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Jsonl;
    LeakFileReader reader(write(content, "late.jsonl"), options);
    RowBatch batch;
    qint64 rows = 0;
    while (reader.next(&batch)) {
        rows += qint64(batch.rowCount());
    }
    QCOMPARE(rows, 1200);
    QCOMPARE(reader.columns(), QStringList{QStringLiteral("phone")});
    QCOMPARE(reader.rowsWithUnreadKeys(), 200);
    QCOMPARE(reader.unreadKeys(), QStringList{QStringLiteral("late.email")});
}

void TestLeakFile::layoutJoinsTheDelimiterInsideItsColumn()
{
    const QString path = write("201001234567:Amira:10/15/2019 12:00:00 AM:amira@example.com\n" // 6 fields: the time joined
                               "201001234568:Omar::omar@example.com\n"                        // 4 fields, no time
                               "201001234569:Mona:10/15/2019 12:00:amira@example.com\n"       // 5: a time cut short
                               "201001234570:Hany:x:y:z:w\n"                                  // 6, but no time
                               "201001234571:Short\n");
    LeakFileReader::Options options;
    options.hasHeader = false;
    options.delimiter = ':';
    options.columnNames = {QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("seen"), QStringLiteral("email")};
    options.delimiterInsideColumn = 2;
    options.delimiterInsidePattern = QRegularExpression(QRegularExpression::anchoredPattern(QStringLiteral(R"(\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2}( [AP]M)?)")));
    QStringList columns;
    QList<qint64> lines;
    const Rows rows = readAll(path, options, &columns, &lines);
    QCOMPARE(columns, options.columnNames);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("201001234567"), QStringLiteral("Amira"), QStringLiteral("10/15/2019 12:00:00 AM"),
                                      QStringLiteral("amira@example.com")}));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("omar@example.com"));
    QCOMPARE(lines, (QList<qint64>{1, 2}));
    LeakFileReader reader(path, options);
    RowBatch batch;
    while (reader.next(&batch)) {
    }
    QCOMPARE(reader.misfitRows(), 3);
    QCOMPARE(reader.misfitExamples().size(), 3);
    QCOMPARE(reader.misfitExamples().at(0).line, 3);
    QCOMPARE(reader.misfitExamples().at(0).problem, QStringLiteral("5 fields where the layout has 4"));
    QCOMPARE(reader.misfitExamples().at(2).line, 5);
}

QTEST_GUILESS_MAIN(TestLeakFile)
#include "TestLeakFile.moc"
