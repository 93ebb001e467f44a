#include "Error.h"
#include "LeakFile.h"
#include "TestSupport.h"

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
                const std::string_view field = batch.field(row, column);
                fields << QString::fromUtf8(field.data(), qsizetype(field.size()));
            }
            rows << fields;
            if (lines) {
                *lines << batch.lines[row];
            }
        }
    }
    return rows;
}

void writeGzip(const QString &path, const QByteArray &bytes)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    gzwrite(file, bytes.constData(), unsigned(bytes.size()));
    gzclose(file);
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
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << int(LeakFileFormat::Csv)
                                        << QStringLiteral(":3: a quoted field is never closed");
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n3,4,5\n") << int(LeakFileFormat::Csv)
                                     << QStringLiteral(":3: 3 fields where the header has 2");
    QTest::newRow("too few fields") << QByteArray("a\tb\tc\n1\t2\n") << int(LeakFileFormat::Tsv)
                                    << QStringLiteral(":2: 2 fields where the header has 3");
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

void TestLeakFile::formatFromPath()
{
    QCOMPARE(leakFileFormatFromPath(QStringLiteral("a/b/leak.CSV")), LeakFileFormat::Csv);
    QCOMPARE(leakFileFormatFromPath(QStringLiteral("leak.tsv.gz")), LeakFileFormat::Tsv);
    QCOMPARE(leakFileFormatFromPath(QStringLiteral("leak.jsonl.gz")), LeakFileFormat::Jsonl);
    QCOMPARE(leakFileFormatFromPath(QStringLiteral("leak.txt")), LeakFileFormat::Csv);
}

QTEST_GUILESS_MAIN(TestLeakFile)
#include "TestLeakFile.moc"
