#include "BreachJson.h"
#include "Error.h"
#include "LeakFile.h"
#include "PhoneColumnNormalizer.h"
#include "PhoneNumbers.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace BreachAdvisor;

// What the fuzz targets (fuzz/, scripts/fuzz.sh) found, each kept as a test. The
// sanitizer build (scripts/test.sh --sanitize) is where an undefined conversion fails.
class TestFuzzFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeCountInACatalogFileIsRefused();
    void hugeNumbersInAJsonLinesFileAreKeptAsText();
    void germanNumbersMayHaveMoreThanFifteenDigits();
};

void TestFuzzFindings::hugeCountInACatalogFileIsRefused()
{
    // fuzz_breach_json: a PwnCount of 1.5e97 was converted to qint64 before being checked.
    const QByteArray file = "[\n{\"Name\":\"Adobe\",\"Title\":\"Adobe\",\"Domain\":\"adobe.com\",\"BreachDate\":\"2013-10-04\",\n"
                            "\"PwnCount\":15244516511111111111111111111111111111111111111111111111111111111111111111111111111111111111111111,\n"
                            "\"DataClasses\":[\"Passwords\"]}\n]\n";
    try {
        BreachJson::parse(file, QStringLiteral("huge.json"), Breach::Origin::Imported);
        QFAIL("accepted a count beyond any integer");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("PwnCount")), qPrintable(error.message()));
    }
    const QByteArray fine = QByteArray(file).replace("15244516511111111111111111111111111111111111111111111111111111111111111111111111111111111111111111",
                                                      "152445165");
    QCOMPARE(BreachJson::parse(fine, QStringLiteral("fine.json"), Breach::Origin::Imported).breaches.first().pwnCount, qint64(152445165));
}

void TestFuzzFindings::hugeNumbersInAJsonLinesFileAreKeptAsText()
{
    // The same conversion in JSON Lines leak files, where numbers are fields' text.
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("numbers.jsonl"));
    TestSupport::writeFile(path, "{\"phone\":1.5e97,\"n\":201001234567}\n{\"phone\":-9.3e18,\"n\":-0.5}\n");
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Jsonl;
    LeakFileReader reader(path, options);
    RowBatch batch;
    QVERIFY(reader.next(&batch));
    QCOMPARE(int(batch.rowCount()), 2);
    const int phone = int(reader.columns().indexOf(QStringLiteral("phone")));
    const int n = int(reader.columns().indexOf(QStringLiteral("n")));
    QVERIFY(phone >= 0 && n >= 0);
    const auto field = [&](std::size_t row, int column) { return QString::fromStdString(std::string(batch.field(row, column))); };
    // Its own value, not what a conversion past qint64 made of it (-9223372036854775808).
    QCOMPARE(field(0, phone).toDouble(), 1.5e97);
    QCOMPARE(field(0, n), QStringLiteral("201001234567")); // a phone number written as a number
    QCOMPARE(field(1, phone).toDouble(), -9.3e18);
    QCOMPARE(field(1, n), QStringLiteral("-0.5"));
}

void TestFuzzFindings::germanNumbersMayHaveMoreThanFifteenDigits()
{
    // fuzz_phone_numbers: the harness expected at most 15 digits (E.164); libphonenumber
    // takes German fixed-line numbers with 15 national digits, so the leak-file path and
    // the typed path both give a 17-digit number. The harness was wrong, not the code.
    const QString e164 = QStringLiteral("+49819340151325467");
    const NormalizedIdentifier typed = PhoneNumbers::normalize(QStringLiteral("81934 015132546.7"), QStringLiteral("DE"));
    QVERIFY(typed.valid);
    QCOMPARE(typed.normalized, e164);
    for (const bool exact : {true, false}) {
        PhoneColumnNormalizer column(PhoneFormat::National, QStringLiteral("DE"), exact);
        std::string normalized;
        QVERIFY(column.normalize("81934 015132546.7", &normalized).valid);
        QCOMPARE(QString::fromStdString(normalized), e164);
    }
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "TestFuzzFindings.moc"
