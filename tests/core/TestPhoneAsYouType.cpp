#include "PhoneAsYouType.h"

#include <QTest>

using namespace BreachAdvisor;

// Formatting a number while it is typed, key by key, as people of its country write it.
class TestPhoneAsYouType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsAsTyped_data();
    void formatsAsTyped();
    void keyByKeyGrows();
    void extensionsAndLettersAreLeftAlone();
    void regionsForThePicker();
};

void TestPhoneAsYouType::formatsAsTyped_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("egypt, national") << "EG" << "01001234567" << "0100 123 4567";
    QTest::newRow("uk, national") << "GB" << "07400123456" << "07400 123456";
    QTest::newRow("us, national") << "US" << "4155552671" << "(415) 555-2671";
    QTest::newRow("international, no region") << "" << "+201001234567" << "+20 100 123 4567";
    QTest::newRow("international beats region") << "DE" << "+44 7400 123456" << "+44 7400 123456";
    QTest::newRow("arabic-indic digits") << "EG" << "٠١٠٠١٢٣٤٥٦٧" << "0100 123 4567";
    QTest::newRow("already formatted") << "EG" << "0100 123 4567" << "0100 123 4567";
}

void TestPhoneAsYouType::formatsAsTyped()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(QString, formatted);
    PhoneAsYouType formatter(region);
    QCOMPARE(formatter.format(typed), formatted);
}

void TestPhoneAsYouType::keyByKeyGrows()
{
    PhoneAsYouType formatter(QStringLiteral("EG"));
    QString text;
    for (const QChar key : QStringLiteral("01001234567")) {
        text = formatter.format(text + key);
        QVERIFY(!text.isEmpty());
    }
    QCOMPARE(text, QStringLiteral("0100 123 4567"));
}

void TestPhoneAsYouType::extensionsAndLettersAreLeftAlone()
{
    PhoneAsYouType formatter(QStringLiteral("US"));
    QCOMPARE(formatter.format(QStringLiteral("415 555 2671 ext. 12")), QStringLiteral("415 555 2671 ext. 12"));
    QCOMPARE(formatter.format(QStringLiteral("call me")), QStringLiteral("call me"));
}

void TestPhoneAsYouType::regionsForThePicker()
{
    const QStringList regions = PhoneAsYouType::supportedRegions();
    QVERIFY(regions.size() > 200);
    QVERIFY(regions.contains(QStringLiteral("EG")));
    QVERIFY(std::is_sorted(regions.cbegin(), regions.cend()));
}

QTEST_GUILESS_MAIN(TestPhoneAsYouType)
#include "TestPhoneAsYouType.moc"
