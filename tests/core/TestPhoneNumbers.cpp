#include "PhoneNumbers.h"

#include <QElapsedTimer>
#include <QTest>

using namespace BreachAdvisor;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void geographicDescription();
    void extensionIsKeptApart();
    void unknownDefaultRegion();
    void asciiDigits();
    void longInputIsRefusedAtOnce();
    void countryCodeWithoutPlusIsNamed();
    void exampleMobileIsACountrysOwnValidMobile();
};

void TestPhoneNumbers::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("e164");      // empty: invalid
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("type");      // or, when invalid, the error code
    const auto valid = [](const char *tag, const QString &input, const char *defaultRegion, const char *e164,
                          const char *region, const char *type) {
        QTest::newRow(tag) << input << QString::fromLatin1(defaultRegion) << QString::fromLatin1(e164)
                           << QString::fromLatin1(region) << QString::fromLatin1(type);
    };
    const auto invalid = [](const char *tag, const QString &input, const char *defaultRegion, const char *errorCode) {
        QTest::newRow(tag) << input << QString::fromLatin1(defaultRegion) << QString() << QString()
                           << QString::fromLatin1(errorCode);
    };

    // Germany
    valid("DE national mobile", QStringLiteral("0151 23456789"), "DE", "+4915123456789", "DE", "mobile");
    valid("DE international", QStringLiteral("+49 151 23456789"), "", "+4915123456789", "DE", "mobile");
    valid("DE 00 prefix", QStringLiteral("0049 151 23456789"), "DE", "+4915123456789", "DE", "mobile");
    valid("DE 00 prefix from US", QStringLiteral("0049 151 23456789"), "US", "+4915123456789", "DE", "mobile");
    valid("DE landline Berlin", QStringLiteral("030 123456"), "DE", "+4930123456", "DE", "fixed_line");
    valid("DE slashes", QStringLiteral("0151/23456789"), "DE", "+4915123456789", "DE", "mobile");
    // United States and Canada
    valid("US parentheses", QStringLiteral("(415) 555-2671"), "US", "+14155552671", "US", "fixed_line_or_mobile");
    valid("US dots", QStringLiteral("415.555.2671"), "US", "+14155552671", "US", "fixed_line_or_mobile");
    valid("US leading 1", QStringLiteral("1-415-555-2671"), "US", "+14155552671", "US", "fixed_line_or_mobile");
    valid("US tel URI", QStringLiteral("tel:+1-415-555-2671"), "", "+14155552671", "US", "fixed_line_or_mobile");
    valid("US 011 from US", QStringLiteral("011 44 7400 123456"), "US", "+447400123456", "GB", "mobile");
    valid("US toll free", QStringLiteral("800 253 0000"), "US", "+18002530000", "US", "toll_free");
    valid("CA Toronto", QStringLiteral("(416) 555-0123"), "CA", "+14165550123", "CA", "fixed_line_or_mobile");
    valid("CA from US default", QStringLiteral("+1 613 555 0123"), "US", "+16135550123", "CA", "fixed_line_or_mobile");
    // United Kingdom
    valid("GB mobile national", QStringLiteral("07400 123456"), "GB", "+447400123456", "GB", "mobile");
    valid("GB mobile international", QStringLiteral("+44 7400 123456"), "", "+447400123456", "GB", "mobile");
    valid("GB +44 (0)", QStringLiteral("+44 (0)20 7946 0018"), "", "+442079460018", "GB", "fixed_line");
    valid("GB London", QStringLiteral("020 7946 0018"), "GB", "+442079460018", "GB", "fixed_line");
    // France, Italy, Spain
    valid("FR mobile", QStringLiteral("06 12 34 56 78"), "FR", "+33612345678", "FR", "mobile");
    valid("FR international", QStringLiteral("+33 6 12 34 56 78"), "", "+33612345678", "FR", "mobile");
    valid("FR Paris", QStringLiteral("01 23 45 67 89"), "FR", "+33123456789", "FR", "fixed_line");
    valid("IT mobile", QStringLiteral("312 345 6789"), "IT", "+393123456789", "IT", "mobile");
    valid("IT landline keeps 0", QStringLiteral("02 1234 5678"), "IT", "+390212345678", "IT", "fixed_line");
    valid("IT international", QStringLiteral("+39 02 1234 5678"), "", "+390212345678", "IT", "fixed_line");
    valid("ES mobile", QStringLiteral("612 34 56 78"), "ES", "+34612345678", "ES", "mobile");
    valid("ES 0034", QStringLiteral("0034 612 345 678"), "ES", "+34612345678", "ES", "mobile");
    valid("ES Madrid", QStringLiteral("+34 91 123 45 67"), "", "+34911234567", "ES", "fixed_line");
    // Egypt, Saudi Arabia, Turkey, United Arab Emirates
    valid("EG mobile national", QStringLiteral("0100 123 4567"), "EG", "+201001234567", "EG", "mobile");
    valid("EG mobile international", QStringLiteral("+20 100 123 4567"), "", "+201001234567", "EG", "mobile");
    valid("EG Arabic-Indic digits", QStringLiteral("٠١٠٠١٢٣٤٥٦٧"), "EG", "+201001234567", "EG", "mobile");
    valid("EG Arabic-Indic with +", QStringLiteral("+٢٠ ١٠٠ ١٢٣ ٤٥٦٧"), "", "+201001234567", "EG", "mobile");
    valid("EG with RTL marks", QStringLiteral("\u200F+20 100 123 4567\u200F"), "", "+201001234567", "EG", "mobile");
    valid("SA mobile", QStringLiteral("050 123 4567"), "SA", "+966501234567", "SA", "mobile");
    valid("SA Eastern Arabic digits", QStringLiteral("۰۵۰۱۲۳۴۵۶۷"), "SA", "+966501234567", "SA", "mobile");
    valid("SA international", QStringLiteral("+966 50 123 4567"), "", "+966501234567", "SA", "mobile");
    valid("TR mobile", QStringLiteral("0501 234 56 78"), "TR", "+905012345678", "TR", "mobile");
    valid("TR international", QStringLiteral("+90 501 234 56 78"), "", "+905012345678", "TR", "mobile");
    valid("AE mobile", QStringLiteral("050 123 4567"), "AE", "+971501234567", "AE", "mobile");
    // India, Japan, China
    valid("IN mobile", QStringLiteral("081234 56789"), "IN", "+918123456789", "IN", "mobile");
    valid("IN international", QStringLiteral("+91 81234 56789"), "", "+918123456789", "IN", "mobile");
    valid("IN without 0", QStringLiteral("8123456789"), "IN", "+918123456789", "IN", "mobile");
    valid("JP mobile", QStringLiteral("090-1234-5678"), "JP", "+819012345678", "JP", "mobile");
    valid("JP full-width digits", QStringLiteral("０９０－１２３４－５６７８"), "JP", "+819012345678", "JP", "mobile");
    valid("CN mobile", QStringLiteral("131 2345 6789"), "CN", "+8613123456789", "CN", "mobile");
    // Brazil, Mexico
    valid("BR mobile", QStringLiteral("(11) 96123-4567"), "BR", "+5511961234567", "BR", "mobile");
    valid("BR international", QStringLiteral("+55 11 96123 4567"), "", "+5511961234567", "BR", "mobile");
    valid("MX mobile", QStringLiteral("+52 1 222 123 4567"), "", "+522221234567", "MX", "fixed_line_or_mobile");
    // Australia, Nigeria, South Africa
    valid("AU mobile", QStringLiteral("0412 345 678"), "AU", "+61412345678", "AU", "mobile");
    valid("AU international", QStringLiteral("+61 412 345 678"), "", "+61412345678", "AU", "mobile");
    valid("AU fiction range", QStringLiteral("0491 570 006"), "AU", "+61491570006", "AU", "mobile");
    valid("NG mobile", QStringLiteral("0802 123 4567"), "NG", "+2348021234567", "NG", "mobile");
    valid("NG international", QStringLiteral("+234 802 123 4567"), "", "+2348021234567", "NG", "mobile");
    valid("ZA mobile", QStringLiteral("071 123 4567"), "ZA", "+27711234567", "ZA", "mobile");
    // Netherlands, Poland
    valid("NL mobile", QStringLiteral("06 12345678"), "NL", "+31612345678", "NL", "mobile");
    valid("PL mobile", QStringLiteral("512 345 678"), "PL", "+48512345678", "PL", "mobile");
    // Facebook-file shape read with "+": country code, no plus
    valid("digits with plus added", QStringLiteral("+201001234567"), "", "+201001234567", "EG", "mobile");
    // Shared country codes resolve to the right region: key on E.164, never on region.
    valid("Jersey mobile on +44", QStringLiteral("+44 7797 900123"), "", "+447797900123", "JE", "mobile");
    valid("Guernsey mobile on +44", QStringLiteral("07911 123456"), "GB", "+447911123456", "GG", "mobile");
    valid("Vatican on +39 06 698", QStringLiteral("+39 06 6982"), "", "+39066982", "VA", "fixed_line");
    // The Facebook files' shape (country code, no "+") read as a German national number is
    // "valid" too, and wrong: why imports ask for the shape instead of guessing per row.
    valid("Facebook digits as DE national", QStringLiteral("201001234567"), "DE", "+49201001234567", "DE", "fixed_line");

    invalid("empty", QStringLiteral("   "), "DE", "empty");
    invalid("letters", QStringLiteral("call me"), "DE", "not_a_number");
    invalid("no country, no region", QStringLiteral("0151 23456789"), "", "missing_region");
    invalid("too short", QStringLiteral("+49 12"), "", "too_short");
    invalid("too long", QStringLiteral("+49 151 234567890123456"), "", "too_long");
    invalid("bad country code", QStringLiteral("+999 123 4567"), "", "invalid_country_code");
    invalid("US unassigned area code", QStringLiteral("(123) 456-7890"), "US", "invalid_number");
    invalid("GB too short local", QStringLiteral("12345"), "GB", "too_short");
    invalid("unknown region", QStringLiteral("0151 23456789"), "XX", "unknown_region");
}

void TestPhoneNumbers::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, e164);
    QFETCH(QString, region);
    QFETCH(QString, type);

    const NormalizedIdentifier result = PhoneNumbers::normalize(input, defaultRegion);
    QCOMPARE(result.input, input);
    if (e164.isEmpty()) {
        QVERIFY2(!result.valid, qPrintable(result.normalized));
        QCOMPARE(result.errorCode, type);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.normalized.isEmpty());
    } else {
        QVERIFY2(result.valid, qPrintable(result.error));
        QCOMPARE(result.normalized, e164);
        QCOMPARE(result.region, region);
        QCOMPARE(result.type, type);
        QVERIFY(result.error.isEmpty());
    }
}

void TestPhoneNumbers::geographicDescription()
{
    QCOMPARE(PhoneNumbers::normalize(QStringLiteral("030 123456"), QStringLiteral("DE")).description, QStringLiteral("Berlin"));
    QCOMPARE(PhoneNumbers::normalize(QStringLiteral("+20 100 123 4567")).description, QStringLiteral("Egypt"));
    QCOMPARE(PhoneNumbers::normalize(QStringLiteral("+20 100 123 4567"), {}, QStringLiteral("de")).description,
             QStringLiteral("Ägypten"));
}

void TestPhoneNumbers::extensionIsKeptApart()
{
    const NormalizedIdentifier written = PhoneNumbers::normalize(QStringLiteral("(415) 555-2671 ext. 123"), QStringLiteral("US"));
    QVERIFY(written.valid);
    QCOMPARE(written.normalized, QStringLiteral("+14155552671"));
    QCOMPARE(written.extension, QStringLiteral("123"));
    const NormalizedIdentifier uri = PhoneNumbers::normalize(QStringLiteral("tel:+1-415-555-2671;ext=12"));
    QCOMPARE(uri.normalized, QStringLiteral("+14155552671"));
    QCOMPARE(uri.extension, QStringLiteral("12"));
}

void TestPhoneNumbers::unknownDefaultRegion()
{
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("de")));
    QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("EG")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("XX")));
    QVERIFY(!PhoneNumbers::isKnownRegion(QString()));
}

void TestPhoneNumbers::asciiDigits()
{
    QCOMPARE(PhoneNumbers::asciiDigits(QStringLiteral("٠١٢٣٤٥٦٧٨٩")), QStringLiteral("0123456789"));
    QCOMPARE(PhoneNumbers::asciiDigits(QStringLiteral("۰۱۲۳۴۵۶۷۸۹")), QStringLiteral("0123456789"));
    QCOMPARE(PhoneNumbers::asciiDigits(QStringLiteral("०१२३")), QStringLiteral("0123")); // Devanagari
    QCOMPARE(PhoneNumbers::asciiDigits(QStringLiteral("\u200E+1 (415)\u200F")), QStringLiteral("+1 (415)"));
}

void TestPhoneNumbers::longInputIsRefusedAtOnce()
{
    // libphonenumber's regular expressions take seconds on 10,000 digits and minutes
    // on 100,000: nothing that long reaches them.
    const QStringList inputs = {QString(300000, QLatin1Char('7')), QStringLiteral("+") + QString(30, QLatin1Char('2')),
                                QStringLiteral("1 ").repeated(5 * 1024 * 1024), QString(251, QLatin1Char('-')) + QStringLiteral("1")};
    QElapsedTimer clock;
    clock.start();
    for (const QString &input : inputs) {
        const NormalizedIdentifier result = PhoneNumbers::normalize(input, QStringLiteral("EG"));
        QVERIFY(!result.valid);
        QCOMPARE(result.errorCode, QStringLiteral("too_long"));
    }
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    // Long enough for an international prefix and an extension is still a number.
    const NormalizedIdentifier extension = PhoneNumbers::normalize(QStringLiteral("00 1 415 555 2671 ext. 1234567"), QStringLiteral("DE"));
    QVERIFY2(extension.valid, qPrintable(extension.error));
    QCOMPARE(extension.extension, QStringLiteral("1234567"));
}

void TestPhoneNumbers::countryCodeWithoutPlusIsNamed()
{
    // "201001234567" has its country code, only not its "+": say so, not "add the country code".
    const NormalizedIdentifier withCode = PhoneNumbers::normalize(QStringLiteral("20 100 123 4567"));
    QCOMPARE(withCode.errorCode, QStringLiteral("missing_region"));
    QVERIFY2(withCode.error.contains(QLatin1String("+20")), qPrintable(withCode.error));
    QVERIFY2(!withCode.error.contains(QLatin1String("Add the country code")), qPrintable(withCode.error));
    QVERIFY2(!withCode.error.contains(QLatin1String("1234567")), qPrintable(withCode.error)); // the number itself is not repeated
    const NormalizedIdentifier national = PhoneNumbers::normalize(QStringLiteral("0100 123 4567"));
    QCOMPARE(national.errorCode, QStringLiteral("missing_region"));
    QVERIFY2(national.error.contains(QLatin1String("Add the country code")), qPrintable(national.error));
}

void TestPhoneNumbers::exampleMobileIsACountrysOwnValidMobile()
{
    for (const QString &region : {QStringLiteral("GB"), QStringLiteral("EG"), QStringLiteral("fr"), QStringLiteral("US")}) {
        const PhoneNumbers::Example example = PhoneNumbers::exampleMobile(region);
        QVERIFY2(example.international.startsWith(QLatin1Char('+')), qPrintable(region));
        const NormalizedIdentifier national = PhoneNumbers::normalize(example.national, region);
        QVERIFY2(national.valid, qPrintable(example.national));
        QCOMPARE(national.region, region.toUpper());
        QCOMPARE(PhoneNumbers::normalize(example.international).normalized, national.normalized);
    }
    QCOMPARE(PhoneNumbers::exampleMobile(QStringLiteral("GB")).national, QStringLiteral("07400 123456"));
    QVERIFY(PhoneNumbers::exampleMobile(QStringLiteral("XX")).national.isEmpty());
    QVERIFY(PhoneNumbers::exampleMobile(QString()).international.isEmpty());
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "TestPhoneNumbers.moc"
