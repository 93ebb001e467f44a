#include "PassphraseStrength.h"
#include "TestSupport.h"

#include <QTest>

using namespace BreachAdvisor;

// The strength hint of the first-run and change-passphrase screens.
class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data();
    void levels();
    void wordsAlwaysAccompanyTheLevel();
};

void TestPassphraseStrength::levels_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("level"); // at least this, and for Weak and Empty exactly
    QTest::newRow("empty") << QByteArray() << int(PassphraseStrength::Level::Empty);
    QTest::newRow("common password") << QByteArray("password1") << int(PassphraseStrength::Level::Weak);
    QTest::newRow("keyboard walk") << QByteArray("qwertyuiop") << int(PassphraseStrength::Level::Weak);
    QTest::newRow("five unrelated words") << QByteArray("correct horse battery staple orbit") << int(PassphraseStrength::Level::Good);
}

void TestPassphraseStrength::levels()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(int, level);
    const PassphraseStrength strength = PassphraseStrength::estimate(SecureBuffer::copyOf(passphrase.constData(), size_t(passphrase.size())));
    if (level <= int(PassphraseStrength::Level::Weak)) {
        QCOMPARE(int(strength.level), level);
    } else {
        QVERIFY2(int(strength.level) >= level, qPrintable(strength.word()));
    }
}

void TestPassphraseStrength::wordsAlwaysAccompanyTheLevel()
{
    for (const char *text : {"abc", "tulip", "tulip motor", "tulip motor quietly", "tulip motor quietly seventeen canyon"}) {
        const PassphraseStrength strength = PassphraseStrength::estimate(TestSupport::secret(text));
        QVERIFY2(!strength.word().isEmpty(), text);
        QVERIFY2(!strength.advice().isEmpty(), text);
    }
    // More words never make it weaker.
    const double three = PassphraseStrength::estimate(TestSupport::secret("tulip motor quietly")).bits;
    const double five = PassphraseStrength::estimate(TestSupport::secret("tulip motor quietly seventeen canyon")).bits;
    QVERIFY(five > three);
}

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "TestPassphraseStrength.moc"
