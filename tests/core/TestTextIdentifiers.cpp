#include "TextIdentifiers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace BreachAdvisor;

class TestTextIdentifiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data();
    void email();
    void username_data();
    void username();
    void masking_data();
    void masking();
    void linesOfAList();
    void asciiFastPathsAgreeWithNormalize();
};

void TestTextIdentifiers::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty: invalid
    QTest::addColumn<QString>("errorCode");
    const auto row = [](const char *tag, const QString &input, const QString &normalized, const char *code = "") {
        QTest::newRow(tag) << input << normalized << QString::fromLatin1(code);
    };
    row("plain", QStringLiteral("alice@example.com"), QStringLiteral("alice@example.com"));
    row("case-insensitive", QStringLiteral("Alice.Smith@Example.COM"), QStringLiteral("alice.smith@example.com"));
    row("trimmed", QStringLiteral("  alice@example.com \n"), QStringLiteral("alice@example.com"));
    row("plus tag kept", QStringLiteral("alice+news@example.com"), QStringLiteral("alice+news@example.com"));
    row("subdomain", QStringLiteral("bob@mail.example.co.uk"), QStringLiteral("bob@mail.example.co.uk"));
    row("full-width at", QStringLiteral("alice＠example.com"), QStringLiteral("alice@example.com"));
    row("unicode domain", QStringLiteral("info@Bücher.de"), QStringLiteral("info@bücher.de"));
    row("punycode domain", QStringLiteral("info@xn--bcher-kva.de"), QStringLiteral("info@bücher.de"));
    row("unicode local part", QStringLiteral("JÖRG@example.de"), QStringLiteral("jörg@example.de"));
    row("german sharp s folds", QStringLiteral("STRASSE@example.de"), QStringLiteral("strasse@example.de"));
    row("apostrophe", QStringLiteral("o'neil@example.ie"), QStringLiteral("o'neil@example.ie"));
    row("empty", QStringLiteral("   "), QString(), "empty");
    row("no at", QStringLiteral("alice.example.com"), QString(), "missing_at");
    row("two ats", QStringLiteral("alice@home@example.com"), QString(), "several_at");
    row("nothing before at", QStringLiteral("@example.com"), QString(), "empty_local_part");
    row("nothing after at", QStringLiteral("alice@"), QString(), "empty_domain");
    row("leading dot", QStringLiteral(".alice@example.com"), QString(), "misplaced_dot");
    row("double dot", QStringLiteral("al..ice@example.com"), QString(), "misplaced_dot");
    row("space inside", QStringLiteral("alice smith@example.com"), QString(), "invalid_character");
    row("no dot in domain", QStringLiteral("alice@localhost"), QString(), "domain_without_dot");
    row("bad domain label", QStringLiteral("alice@-example.com"), QString(), "invalid_domain");
    row("numeric tld", QStringLiteral("alice@192.168.1.1"), QString(), "invalid_domain");
    row("underscore domain", QStringLiteral("alice@exa_mple.com"), QString(), "invalid_domain");
    row("local part too long", QString(65, QLatin1Char('a')) + QStringLiteral("@example.com"), QString(),
        "local_part_too_long");
}

void TestTextIdentifiers::email()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, errorCode);
    const NormalizedIdentifier result = EmailAddress::normalize(input);
    QCOMPARE(result.input, input);
    QCOMPARE(result.valid, !normalized.isEmpty());
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.errorCode, errorCode);
    QCOMPARE(result.error.isEmpty(), errorCode.isEmpty());
}

void TestTextIdentifiers::username_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("errorCode");
    const auto row = [](const char *tag, const QString &input, const QString &normalized, const char *code = "") {
        QTest::newRow(tag) << input << normalized << QString::fromLatin1(code);
    };
    row("plain", QStringLiteral("alice_1990"), QStringLiteral("alice_1990"));
    row("case-insensitive", QStringLiteral("Alice_1990"), QStringLiteral("alice_1990"));
    row("handle with at", QStringLiteral("@Alice"), QStringLiteral("alice"));
    row("trimmed", QStringLiteral("  bob  "), QStringLiteral("bob"));
    row("inner spaces collapsed", QStringLiteral("Dark   Knight"), QStringLiteral("dark knight"));
    row("full-width letters", QStringLiteral("ＡＬＩＣＥ"), QStringLiteral("alice"));
    row("cyrillic", QStringLiteral("Иван"), QStringLiteral("иван"));
    row("empty", QStringLiteral(" "), QString(), "empty");
    row("only at", QStringLiteral("@"), QString(), "empty");
    row("control character", QStringLiteral("ali\u0007ce"), QString(), "invalid_character");
    row("zero-width space", QStringLiteral("ali\u200Bce"), QString(), "invalid_character");
    row("too long", QString(129, QLatin1Char('x')), QString(), "too_long");
}

void TestTextIdentifiers::username()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, errorCode);
    const NormalizedIdentifier result = Username::normalize(input);
    QCOMPARE(result.valid, !normalized.isEmpty());
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.errorCode, errorCode);
}

void TestTextIdentifiers::masking_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    const QString b(3, QChar(0x2022));
    QTest::newRow("egyptian mobile") << int(IdentifierKind::Phone) << QStringLiteral("+20 100 123 4567") << QStringLiteral("+20 %1 %1 4567").arg(b);
    QTest::newRow("us number") << int(IdentifierKind::Phone) << QStringLiteral("+1 415 555 2671") << QStringLiteral("+1 %1 %1 2671").arg(b);
    QTest::newRow("german mobile") << int(IdentifierKind::Phone) << QStringLiteral("+49 151 23456789")
                                   << QStringLiteral("+49 %1 %1 %2 6789").arg(b, QString(1, QChar(0x2022)));
    QTest::newRow("e-mail") << int(IdentifierKind::Email) << QStringLiteral("Amira.H@Gmail.com") << QStringLiteral("a%1@gmail.com").arg(b);
    QTest::newRow("username") << int(IdentifierKind::Username) << QStringLiteral("@jo_the_great") << QStringLiteral("j%1").arg(b);
    QTest::newRow("invalid keeps only its ends") << int(IdentifierKind::Phone) << QStringLiteral("0100 123") << QStringLiteral("0") + b + QStringLiteral("3");
    QTest::newRow("short invalid shows nothing") << int(IdentifierKind::Email) << QStringLiteral("a@b") << b;
}

void TestTextIdentifiers::masking()
{
    QFETCH(int, kind);
    QFETCH(QString, input);
    QFETCH(QString, masked);
    const NormalizedIdentifier identifier = Identifiers::normalize({IdentifierKind(kind), input});
    QCOMPARE(identifier.masked(), masked);
    // Never more than four digits of a number, never the local part of an address.
    const QString shown = identifier.masked();
    QVERIFY(!shown.contains(QLatin1String("1234567")));
    QVERIFY(!shown.contains(QLatin1String("amira")));
}

void TestTextIdentifiers::linesOfAList()
{
    const auto kindOf = [](const char *line) { return Identifiers::inputFromLine(QString::fromUtf8(line))->kind; };
    QCOMPARE(kindOf("amira@example.com"), IdentifierKind::Email);
    QCOMPARE(kindOf("+20 100 123 4567"), IdentifierKind::Phone);
    QCOMPARE(kindOf("(0100) 123-4567"), IdentifierKind::Phone);
    QCOMPARE(kindOf("٠١٠٠١٢٣٤٥٦٧"), IdentifierKind::Phone);
    QCOMPARE(kindOf("jo_the_great"), IdentifierKind::Username);
    QCOMPARE(kindOf("@jo_the_great"), IdentifierKind::Username); // a handle, not an address
    QCOMPARE(kindOf("1234"), IdentifierKind::Username);          // too few digits for a number
    QCOMPARE(kindOf("username: 0100 123 4567"), IdentifierKind::Username);
    QCOMPARE(kindOf("PHONE:0100"), IdentifierKind::Phone);
    QCOMPARE(Identifiers::inputFromLine(QStringLiteral("  email:  a@b.example ")).value().text, QStringLiteral("a@b.example"));
    QVERIFY(!Identifiers::inputFromLine(QStringLiteral("   ")));
}

QTEST_GUILESS_MAIN(TestTextIdentifiers)
// The imports' fast paths must give byte for byte what normalize() gives, or a person
// who types their address would not be found: thousands of tricky ASCII strings, built from
// the pieces that trip parsers, each through both.
void TestTextIdentifiers::asciiFastPathsAgreeWithNormalize()
{
    static const char *const pieces[] = {"a",  "Z",   "0",   "9",    ".",   "-",  "_", "@",  "+",   " ",      "\t", "'",   "xn--",   "example",
                                         "com", "..", "-.", ".-",   "@@",  "!",  "\x01", "\x7f", "123", "ab--c", "A",  "\n", "bcher-kva", "o"};
    QRandomGenerator random(22);
    int fastEmails = 0;
    int fastUsernames = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        const int count = 1 + int(random.bounded(10));
        for (int piece = 0; piece < count; ++piece) {
            text += pieces[random.bounded(int(std::size(pieces)))];
        }
        if (i % 2 == 0) {
            text = text + "@" + pieces[random.bounded(int(std::size(pieces)))] + "." + (i % 4 ? "com" : pieces[random.bounded(int(std::size(pieces)))]);
        }
        const QString input = QString::fromLatin1(text.data(), qsizetype(text.size()));
        std::string fast;
        if (EmailAddress::normalizeAscii(text, &fast)) {
            const NormalizedIdentifier slow = EmailAddress::normalize(input);
            QVERIFY2(slow.valid && slow.normalized == QString::fromStdString(fast), text.c_str());
            ++fastEmails;
        }
        if (Username::normalizeAscii(text, &fast)) {
            const NormalizedIdentifier slow = Username::normalize(input);
            QVERIFY2(slow.valid && slow.normalized == QString::fromStdString(fast), text.c_str());
            ++fastUsernames;
        }
    }
    QVERIFY2(fastEmails > 400 && fastUsernames > 5000, qPrintable(QStringLiteral("%1 %2").arg(fastEmails).arg(fastUsernames)));
    // What the fast paths leave to normalize(): non-ASCII, A-labels, invalid input.
    std::string out;
    QVERIFY(EmailAddress::normalizeAscii("  Alice.Smith@Example.COM\n", &out) && out == "alice.smith@example.com");
    QVERIFY(!EmailAddress::normalizeAscii("info@xn--bcher-kva.de", &out));
    QVERIFY(!EmailAddress::normalizeAscii("J\xc3\x96RG@example.de", &out));
    QVERIFY(!EmailAddress::normalizeAscii("alice@192.168.1.1", &out));
    QVERIFY(Username::normalizeAscii("@ Dark   Knight ", &out) && out == "dark knight");
    QVERIFY(!Username::normalizeAscii("ali\x07" "ce", &out));
}

#include "TestTextIdentifiers.moc"
