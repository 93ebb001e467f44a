#include "PhoneColumnNormalizer.h"
#include "PhoneNumbers.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace BreachAdvisor;

namespace {

struct Seed
{
    const char *region;
    const char *international; // digits with country code, as in the Facebook files
    const char *national;      // the same number as dialled inside the country
};

// Real number shapes of 20 countries; the tests vary their trailing digits, which
// lands on valid and invalid ranges alike.
const Seed kSeeds[] = {
    {"DE", "4915123456789", "015123456789"}, {"DE", "4930123456", "030123456"},
    {"US", "14155552671", "4155552671"},     {"GB", "447400123456", "07400123456"},
    {"GB", "442079460018", "02079460018"},   {"FR", "33612345678", "0612345678"},
    {"IT", "393123456789", "3123456789"},    {"IT", "390212345678", "0212345678"},
    {"ES", "34612345678", "612345678"},      {"EG", "201001234567", "01001234567"},
    {"SA", "966501234567", "0501234567"},    {"TR", "905012345678", "05012345678"},
    {"IN", "918123456789", "08123456789"},   {"BR", "5511961234567", "11961234567"},
    {"AU", "61412345678", "0412345678"},     {"CA", "14165550123", "4165550123"},
    {"NG", "2348021234567", "08021234567"},  {"MX", "522221234567", "2221234567"},
    {"JP", "819012345678", "09012345678"},   {"AR", "5491123456789", "01123456789"},
    {"ZA", "27711234567", "0711234567"},     {"NL", "31612345678", "0612345678"},
};

QByteArray varied(const char *digits, QRandomGenerator &random)
{
    QByteArray number(digits);
    switch (random.bounded(3)) {
    case 0: // another number of the same range
        for (int i = int(number.size()) - 1 - int(random.bounded(6)); i < number.size(); ++i) {
            number[i] = char('0' + random.bounded(10));
        }
        break;
    case 1: // a neighbouring range
        number[3 + int(random.bounded(int(number.size()) - 3))] = char('0' + random.bounded(10));
        break;
    default: // a digit short or too many
        if (random.bounded(2) == 0) {
            number.chop(1 + int(random.bounded(2)));
        } else {
            number.append(char('0' + random.bounded(10)));
        }
    }
    return number;
}

} // namespace

class TestPhoneColumnNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapesOfInternationalDigits_data();
    void shapesOfInternationalDigits();
    void nationalNeedsRegion();
    void fastPathAgreesWithLibphonenumber_data();
    void fastPathAgreesWithLibphonenumber();
    void fastPathSkipsMostFullChecks();
    void detectsFormat();
    void longValuesAreInvalidAtOnce();
};

void TestPhoneColumnNormalizer::shapesOfInternationalDigits_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("e164"); // empty: invalid
    QTest::newRow("facebook digits") << QByteArray("201001234567") << QByteArray("+201001234567");
    QTest::newRow("plus and spaces") << QByteArray("+20 100 123 4567") << QByteArray("+201001234567");
    QTest::newRow("00 prefix") << QByteArray("0020 100 123 4567") << QByteArray("+201001234567");
    QTest::newRow("dashes and parens") << QByteArray("1 (415) 555-2671") << QByteArray("+14155552671");
    QTest::newRow("arabic-indic digits") << QByteArray("٢٠١٠٠١٢٣٤٥٦٧") << QByteArray("+201001234567");
    QTest::newRow("trunk zero after code") << QByteArray("+44 (0)7400 123456") << QByteArray("+447400123456");
    QTest::newRow("empty") << QByteArray("  ") << QByteArray();
    QTest::newRow("letters") << QByteArray("n/a") << QByteArray();
    QTest::newRow("too short") << QByteArray("2010") << QByteArray();
    QTest::newRow("no such country code") << QByteArray("9991234567") << QByteArray();
}

void TestPhoneColumnNormalizer::shapesOfInternationalDigits()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, e164);
    PhoneColumnNormalizer normalizer(PhoneFormat::International, QString());
    std::string out;
    const auto result = normalizer.normalize(std::string_view(raw.constData(), size_t(raw.size())), &out);
    QCOMPARE(result.valid, !e164.isEmpty());
    if (result.valid) {
        QCOMPARE(QByteArray::fromStdString(out), e164);
    } else {
        QVERIFY(result.reason != nullptr);
    }
}

void TestPhoneColumnNormalizer::nationalNeedsRegion()
{
    std::string out;
    PhoneColumnNormalizer withoutRegion(PhoneFormat::National, QString());
    QCOMPARE(QByteArray(withoutRegion.normalize("01001234567", &out).reason), QByteArray("missing_region"));
    PhoneColumnNormalizer egypt(PhoneFormat::National, QStringLiteral("EG"));
    QVERIFY(egypt.normalize("0100 123 4567", &out).valid);
    QCOMPARE(out, std::string("+201001234567"));
    QVERIFY(egypt.normalize("+49 151 23456789", &out).valid); // a "+" is never national
    QCOMPARE(out, std::string("+4915123456789"));
}

void TestPhoneColumnNormalizer::fastPathAgreesWithLibphonenumber_data()
{
    QTest::addColumn<bool>("national");
    QTest::newRow("international digits") << false;
    QTest::newRow("national format") << true;
}

void TestPhoneColumnNormalizer::fastPathAgreesWithLibphonenumber()
{
    // The fast path never rejects a number libphonenumber accepts, gives the same
    // E.164 form, and accepts few that it rejects (stored, they are never looked up:
    // every lookup goes through libphonenumber first).
    QFETCH(bool, national);
    QRandomGenerator random(20260225);
    int compared = 0;
    int valid = 0;
    int acceptedInvalid = 0;
    for (const Seed &seed : kSeeds) {
        const QString region = QString::fromLatin1(seed.region);
        const PhoneFormat format = national ? PhoneFormat::National : PhoneFormat::International;
        PhoneColumnNormalizer fast(format, region);
        PhoneColumnNormalizer exact(format, region, true);
        for (int i = 0; i < 3000; ++i) {
            const QByteArray number = varied(national ? seed.national : seed.international, random);
            const std::string_view raw(number.constData(), size_t(number.size()));
            std::string fastE164;
            std::string exactE164;
            const auto fastResult = fast.normalize(raw, &fastE164);
            const auto exactResult = exact.normalize(raw, &exactE164);
            const QString what = region + QLatin1Char(' ') + QString::fromLatin1(number);
            if (exactResult.valid) {
                QVERIFY2(fastResult.valid, qPrintable(what));
                QCOMPARE(fastE164, exactE164);
                ++valid;
            } else if (fastResult.valid) {
                ++acceptedInvalid;
            }
            ++compared;
        }
    }
    QVERIFY(valid > compared / 4);                                        // the sample holds valid numbers
    QVERIFY2(valid < compared * 3 / 4, qPrintable(QString::number(valid))); // and invalid ones
    QVERIFY2(acceptedInvalid < (compared - valid) / 10, qPrintable(QString::number(acceptedInvalid)));
}

void TestPhoneColumnNormalizer::fastPathSkipsMostFullChecks()
{
    PhoneColumnNormalizer fast(PhoneFormat::International, QString());
    std::string out;
    char number[16];
    for (int i = 0; i < 20000; ++i) {
        std::snprintf(number, sizeof number, "2010%08d", i * 37);
        QVERIFY(fast.normalize(number, &out).valid);
    }
    // About 75 ranges, three full checks each: the other 99% reuse a verdict.
    QVERIFY2(fast.fullChecks() < 400, qPrintable(QString::number(fast.fullChecks())));
}

void TestPhoneColumnNormalizer::detectsFormat()
{
    const QStringList facebook = {QStringLiteral("201001234567"), QStringLiteral("201112345678"), QStringLiteral("201223456789")};
    auto detection = PhoneColumnNormalizer::detect(facebook, QString());
    QCOMPARE(detection.format, PhoneFormat::International);
    QVERIFY(detection.certain);

    const QStringList egyptian = {QStringLiteral("0100 123 4567"), QStringLiteral("0111 234 5678"), QStringLiteral("0122 345 6789")};
    detection = PhoneColumnNormalizer::detect(egyptian, QStringLiteral("EG"));
    QCOMPARE(detection.format, PhoneFormat::National);
    QVERIFY(detection.certain);

    const QStringList plus = {QStringLiteral("+201001234567"), QStringLiteral("+4915123456789")};
    detection = PhoneColumnNormalizer::detect(plus, QStringLiteral("DE"));
    QCOMPARE(detection.format, PhoneFormat::International);
    QVERIFY(detection.certain);
    QVERIFY(!detection.explanation.isEmpty());
}

void TestPhoneColumnNormalizer::longValuesAreInvalidAtOnce()
{
    const std::string digits(300000, '7');
    const std::string text = "tel " + std::string(1 << 20, 'x'); // not plain digits: the full path
    QElapsedTimer clock;
    clock.start();
    for (PhoneFormat format : {PhoneFormat::International, PhoneFormat::National}) {
        PhoneColumnNormalizer normalizer(format, QStringLiteral("EG"));
        std::string out;
        for (const std::string &value : {digits, text, "+" + digits, "00" + digits}) {
            const PhoneColumnNormalizer::Result result = normalizer.normalize(value, &out);
            QVERIFY(!result.valid);
            QCOMPARE(QLatin1String(result.reason), QLatin1String("too_long"));
        }
    }
    // Detecting the format reads the sample through libphonenumber: a long value too.
    const PhoneColumnNormalizer::Detection detection =
        PhoneColumnNormalizer::detect({QString::fromStdString(digits), QStringLiteral("201001234567"), QStringLiteral("201112345678")},
                                      QStringLiteral("EG"));
    QCOMPARE(detection.format, PhoneFormat::International);
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestPhoneColumnNormalizer)
#include "TestPhoneColumnNormalizer.moc"
