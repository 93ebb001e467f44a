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
    void jsonArrays_data();
    void jsonArrays();
    void jsonArrayProblems();
    void mysqlDumpReadsTheUsersTable();
    void pgDumpCopyAndInserts();
    void sqlTableIsChosenByName();
    void hugeInsertLineIsReadTupleByTuple();
    void brokenSqlIsRejectedWithItsLine();

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

void TestLeakFile::jsonArrays_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::newRow("pretty") << QByteArray("[\n  {\n    \"email\": \"a@example.com\",\n    \"name\": \"A [x] {y}\"\n  },\n"
                                          "  {\n    \"email\": \"b@example.com\",\n    \"name\": \"B \\\"q\\\" }\"\n  }\n]\n")
                            << QList<qint64>{2, 6};
    QTest::newRow("compact") << QByteArray("[{\"email\":\"a@example.com\",\"name\":\"A [x] {y}\"},{\"email\":\"b@example.com\",\"name\":\"B \\\"q\\\" }\"}]")
                             << QList<qint64>{1, 1};
}

void TestLeakFile::jsonArrays()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<qint64>, lines);
    const QString path = write(bytes, "leak.json");
    LeakFileReader::Options options;
    options.format = leakFileFormatFromPath(path);
    QCOMPARE(options.format, LeakFileFormat::Json);
    QStringList columns;
    QList<qint64> read;
    const Rows rows = readAll(path, options, &columns, &read);
    QCOMPARE(columns, (QStringList{QStringLiteral("email"), QStringLiteral("name")}));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a@example.com"), QStringLiteral("A [x] {y}")}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("b@example.com"), QStringLiteral("B \"q\" }")}));
    QCOMPARE(read, lines);
    QCOMPARE(LeakFileReader(path, options).format(), LeakFileFormat::Json);

    // Nested objects become dotted columns, as in JSON Lines; a .json file of lines is still JSON Lines.
    const QString nested = write("[{\"user\":{\"contact\":{\"phone\":\"+201001234567\"}},\"tags\":[1,2]},\n{\"user\":{\"name\":\"B\"}}]",
                                 "nested.json");
    const Rows nestedRows = readAll(nested, options, &columns);
    QCOMPARE(columns.size(), 3);
    const int phone = int(columns.indexOf(QStringLiteral("user.contact.phone")));
    const int name = int(columns.indexOf(QStringLiteral("user.name")));
    QVERIFY(phone >= 0 && name >= 0 && columns.contains(QStringLiteral("tags")));
    QCOMPARE(nestedRows.at(0).at(phone), QStringLiteral("+201001234567"));
    QCOMPARE(nestedRows.at(1).at(name), QStringLiteral("B"));
    const QString linesFile = write("{\"email\":\"a@example.com\"}\n{\"email\":\"b@example.com\"}\n", "lines.json");
    LeakFileReader reader(linesFile, options);
    QCOMPARE(reader.format(), LeakFileFormat::Jsonl);
    QCOMPARE(readAll(linesFile, options).size(), 2);
}

void TestLeakFile::jsonArrayProblems()
{
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Json;
    // An element longer than a row may be is counted and skipped, in one pass.
    const QByteArray big = "{\"email\":\"x@example.com\",\"about\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
    const QString path = write("[{\"email\":\"a@example.com\"},\n" + big + ",\n{\"email\":\"b@example.com\"}]", "big.json");
    LeakFileReader reader(path, options);
    RowBatch batch;
    std::size_t rows = 0;
    while (reader.next(&batch)) {
        rows += batch.rowCount();
    }
    QCOMPARE(rows, std::size_t(2));
    QCOMPARE(reader.misfitRows(), 1);
    QCOMPARE(reader.misfitExamples().first().line, 2);

    QVERIFY(rejection(write("[{\"a\":1},\n{\"a\":2}", "cut.json"), options).contains(QStringLiteral("never closed")));
    QVERIFY(rejection(write("[{\"a\":1},\n[1]]", "list.json"), options).startsWith(m_temp->filePath(QStringLiteral("list.json")) + QStringLiteral(":2: ")));
    QVERIFY(rejection(write("[{\"a\":1}\n{\"a\":2}]", "comma.json"), options).contains(QStringLiteral(":2: ")));
    QVERIFY(rejection(write("[{\"a\":1},\n{\"a\":}]", "bad.json"), options).contains(QStringLiteral(":2: not valid JSON")));
}

namespace {

const QByteArray kMysqlDump = "-- MySQL dump 10.13  Distrib 8.0.36\n"
                              "/*!40101 SET NAMES utf8mb4 */;\n"
                              "DROP TABLE IF EXISTS `wp_posts`;\n"
                              "CREATE TABLE `wp_posts` (\n  `ID` bigint unsigned NOT NULL AUTO_INCREMENT,\n  `post_title` text,\n"
                              "  PRIMARY KEY (`ID`)\n) ENGINE=InnoDB;\n"
                              "INSERT INTO `wp_posts` VALUES (1,'Hello; world'),(2,'a),(b'),(3,'it\\'s');\n"
                              "# a comment; with a semicolon\n"
                              "CREATE TABLE `wp_users` (\n  `ID` bigint unsigned NOT NULL,\n  `user_login` varchar(60) NOT NULL DEFAULT '',\n"
                              "  `user_email` varchar(100) NOT NULL DEFAULT '',\n  `user_pass` varchar(255) DEFAULT NULL,\n"
                              "  PRIMARY KEY (`ID`),\n  KEY `user_login_key` (`user_login`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
                              "LOCK TABLES `wp_users` WRITE;\n"
                              "INSERT INTO `wp_users` VALUES (1,'alice','alice@example.com','$P$B;x),(y'),(2,'bob\\\\','bob@example.com',NULL),\n"
                              "(3,'o\\'neil','o.neil@example.com','a\\\"b'),(4,'short');\n"
                              "INSERT INTO `wp_users` (`user_email`, `ID`, `user_login`) VALUES (0x6361726F6C406578616D706C652E636F6D,5,_utf8mb4'carol');\n"
                              "UNLOCK TABLES;\n"
                              "CREATE TABLE `wp_usermeta` (`umeta_id` bigint, `meta_value` longtext);\n"
                              "INSERT INTO `wp_usermeta` VALUES (1,'a'),(2,'b');\n"
                              "INSERT INTO `wp_users` VALUES (6,'dave','dave@example.com','');\n"
                              "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n";

} // namespace

void TestLeakFile::mysqlDumpReadsTheUsersTable()
{
    const QString path = write(kMysqlDump, "forum.sql");
    LeakFileReader::Options options;
    options.format = leakFileFormatFromPath(path);
    QCOMPARE(options.format, LeakFileFormat::Sql);
    LeakFileReader reader(path, options);
    QCOMPARE(reader.table(), QStringLiteral("wp_users"));
    QVERIFY(reader.tableDetected());
    QCOMPARE(reader.columns(), (QStringList{QStringLiteral("ID"), QStringLiteral("user_login"), QStringLiteral("user_email"), QStringLiteral("user_pass")}));
    QStringList columns;
    QList<qint64> lines;
    const Rows rows = readAll(path, options, &columns, &lines);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("1"), QStringLiteral("alice"), QStringLiteral("alice@example.com"), QStringLiteral("$P$B;x),(y")}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("2"), QStringLiteral("bob\\"), QStringLiteral("bob@example.com"), QString()}));
    QCOMPARE(rows.at(2), (QStringList{QStringLiteral("3"), QStringLiteral("o'neil"), QStringLiteral("o.neil@example.com"), QStringLiteral("a\"b")}));
    QCOMPARE(rows.at(3), (QStringList{QStringLiteral("5"), QStringLiteral("carol"), QStringLiteral("carol@example.com"), QString()}));
    QCOMPARE(rows.at(4).at(1), QStringLiteral("dave"));
    QCOMPARE(lines, (QList<qint64>{20, 20, 21, 22, 26}));

    // The other tables: counted, named, never read; the short row is a misfit with its line.
    LeakFileReader counted(path, options);
    RowBatch batch;
    while (counted.next(&batch)) {
    }
    QCOMPARE(counted.misfitRows(), 1);
    QCOMPARE(counted.misfitExamples().first().line, 21);
    QCOMPARE(counted.rowsInOtherTables(), 5);
    QCOMPARE(counted.otherTables().size(), 2);
    QCOMPARE(counted.otherTables().at(0).name, QStringLiteral("wp_posts"));
    QCOMPARE(counted.otherTables().at(0).rows, 3);
    QCOMPARE(counted.otherTables().at(1).name, QStringLiteral("wp_usermeta"));
    QCOMPARE(counted.otherTables().at(1).rows, 2);
    QVERIFY(!counted.otherTables().at(1).identifiers);
}

void TestLeakFile::pgDumpCopyAndInserts()
{
    const QString path = write("--\n-- PostgreSQL database dump\n--\n"
                               "SET standard_conforming_strings = on;\n"
                               "CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO x VALUES (1); END; $$;\n"
                               "CREATE TABLE public.members (\n    id integer NOT NULL,\n    email text,\n    phone character varying(40),\n"
                               "    note text\n);\n"
                               "COPY public.members (id, email, phone, note) FROM stdin;\n"
                               "1\tann@example.com\t+201001234567\tline\\nbreak\\ttab\n"
                               "2\tben@example.com\t\\N\tback\\\\slash \\101\n"
                               "\\.\n"
                               "INSERT INTO public.members VALUES (3, 'cy@example.com', NULL, 'C:\\dir ''q''');\n"
                               "INSERT INTO public.members (email, id) VALUES ('dee@example.com', 4);\n",
                               "pg.sql");
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Sql;
    QStringList columns;
    QList<qint64> lines;
    const Rows rows = readAll(path, options, &columns, &lines);
    QCOMPARE(columns, (QStringList{QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("note")}));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("1"), QStringLiteral("ann@example.com"), QStringLiteral("+201001234567"), QStringLiteral("line\nbreak\ttab")}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("2"), QStringLiteral("ben@example.com"), QString(), QStringLiteral("back\\slash A")}));
    QCOMPARE(rows.at(2), (QStringList{QStringLiteral("3"), QStringLiteral("cy@example.com"), QString(), QStringLiteral("C:\\dir 'q'")}));
    QCOMPARE(rows.at(3), (QStringList{QStringLiteral("4"), QStringLiteral("dee@example.com"), QString(), QString()}));
    QCOMPARE(lines, (QList<qint64>{13, 14, 16, 17}));
    LeakFileReader reader(path, options);
    QCOMPARE(reader.table(), QStringLiteral("public.members"));
}

void TestLeakFile::sqlTableIsChosenByName()
{
    const QString path = write(kMysqlDump, "forum.sql");
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Sql;
    options.tables = QStringList{QStringLiteral("WP_USERMETA")};
    QStringList columns;
    const Rows rows = readAll(path, options, &columns);
    QCOMPARE(columns, (QStringList{QStringLiteral("umeta_id"), QStringLiteral("meta_value")}));
    QCOMPARE(rows.size(), 2);
    options.tables = QStringList{QStringLiteral("*_posts")};
    QCOMPARE(readAll(path, options).at(1).at(1), QStringLiteral("a),(b"));

    options.tables = QStringList{QStringLiteral("nosuch")};
    const QString message = rejection(path, options);
    QVERIFY2(message.contains(QStringLiteral("nosuch")) && message.contains(QStringLiteral("wp_users (6)")), qPrintable(message));

    // Without a table of e-mail addresses or phone numbers: a usage error naming the tables.
    const QString plain = write("CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1,'x');\n", "plain.sql");
    options.tables.clear();
    try {
        readAll(plain, options);
        QFAIL("not refused");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(error.message().contains(QStringLiteral("t (1)")), qPrintable(error.message()));
    }
}

void TestLeakFile::hugeInsertLineIsReadTupleByTuple()
{
    QByteArray dump = "CREATE TABLE `users` (`id` int, `email` varchar(100), `name` varchar(50));\nINSERT INTO `users` VALUES ";
    constexpr int kTuples = 50000;
    for (int i = 0; i < kTuples; ++i) {
        dump += (i ? "," : "") + QByteArrayLiteral("(") + QByteArray::number(i) + ",'user" + QByteArray::number(i)
                + "@example.com','Name; ),(" + QByteArray::number(i) + "')";
    }
    dump += ";\n";
    QVERIFY(dump.size() > 2 * 1024 * 1024);
    const QString path = m_temp->filePath(QStringLiteral("huge.sql.gz"));
    writeGzip(path, dump);
    LeakFileReader::Options options;
    options.format = leakFileFormatFromPath(path);
    QElapsedTimer clock;
    clock.start();
    LeakFileReader reader(path, options);
    RowBatch batch;
    std::size_t rows = 0;
    while (reader.next(&batch)) {
        for (std::size_t row = 0; row < batch.rowCount(); ++row, ++rows) {
            QCOMPARE(batch.lines[row], 2);
            if (rows == 49999) {
                QCOMPARE(batch.displayText(row, 1), QStringLiteral("user49999@example.com"));
                QCOMPARE(batch.displayText(row, 2), QStringLiteral("Name; ),(49999"));
            }
        }
    }
    QCOMPARE(rows, std::size_t(kTuples));
    QCOMPARE(reader.misfitRows(), 0);
    QVERIFY2(clock.elapsed() < 20000, "not linear");
}

void TestLeakFile::brokenSqlIsRejectedWithItsLine()
{
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Sql;
    const auto refused = [&](const QByteArray &bytes, const char *line) {
        const QString path = write(bytes, "broken.sql");
        const QString message = rejection(path, options);
        QVERIFY2(message.startsWith(path + QLatin1String(line)), qPrintable(message));
    };
    refused("CREATE TABLE u (email text);\nINSERT INTO u VALUES ('a@example.com')\n('b@example.com');\n", ":3: ");
    refused("CREATE TABLE u (email text);\nINSERT INTO u VALUES\n('a@example.com'),\n('b@example.com", ":4: ");
    refused("CREATE TABLE u (email text);\nINSERT INTO u VALUES ('a@example.com'),\n x;\n", ":3: ");
    refused("CREATE TABLE u (email text);\nCOPY u (email) FROM stdin;\na@example.com\n", ":4: ");
    refused("just some text\n", ":");
}

QTEST_GUILESS_MAIN(TestLeakFile)
#include "TestLeakFile.moc"
