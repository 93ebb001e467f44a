#include "Error.h"
#include "TestSupport.h"
#include "VaultKeys.h"

#include <QTest>

using namespace BreachAdvisor;

class TestVaultKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoveryKeyRoundTrip();
    void recoveryKeyForgivesTyping();
    void recoveryKeyRejectsMalformed_data();
    void recoveryKeyRejectsMalformed();
    void wrapUnwrap();
    void unwrapWithWrongKeyFails();
    void wrapIsBoundToItsSlot();
    void subkeysAreIndependent();
    void passphraseDerivationDependsOnSalt();
};

void TestVaultKeys::recoveryKeyRoundTrip()
{
    const SecureBuffer key = SecureBuffer::random(VaultKeys::kRecoveryKeySize);
    const SecureBuffer text = VaultKeys::formatRecoveryKey(key);
    const QString printed = QString::fromLatin1(text.chars(), qsizetype(text.size()));
    QCOMPARE(printed.size(), 39);
    QCOMPARE(printed.count(QLatin1Char('-')), 7);
    QVERIFY(printed.contains(QRegularExpression(QStringLiteral("^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$"))));
    QVERIFY(VaultKeys::parseRecoveryKey(text.view()).equals(key));
}

void TestVaultKeys::recoveryKeyForgivesTyping()
{
    const SecureBuffer key = SecureBuffer::random(VaultKeys::kRecoveryKeySize);
    const SecureBuffer text = VaultKeys::formatRecoveryKey(key);
    QString typed = QString::fromLatin1(text.chars(), qsizetype(text.size())).toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    typed.replace(QLatin1Char('o'), QLatin1Char('0')); // O typed as zero
    typed.replace(QLatin1Char('i'), QLatin1Char('1'));
    typed.replace(QLatin1Char('b'), QLatin1Char('8'));
    const QByteArray bytes = typed.toLatin1() + "\n";
    QVERIFY(VaultKeys::parseRecoveryKey(std::string_view(bytes.constData(), size_t(bytes.size()))).equals(key));
}

void TestVaultKeys::recoveryKeyRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("too short") << QByteArray("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-456");
    QTest::newRow("too long") << QByteArray("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-A");
    QTest::newRow("bad character") << QByteArray("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-456!");
    QTest::newRow("a passphrase") << QByteArray("correct horse battery staple");
}

void TestVaultKeys::recoveryKeyRejectsMalformed()
{
    QFETCH(QByteArray, text);
    try {
        VaultKeys::parseRecoveryKey(std::string_view(text.constData(), size_t(text.size())));
        QFAIL("accepted a malformed recovery key");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::WrongCredentials);
    }
}

void TestVaultKeys::wrapUnwrap()
{
    const SecureBuffer dataKey = SecureBuffer::random(32);
    const SecureBuffer wrappingKey = SecureBuffer::random(32);
    const QByteArray wrapped = VaultKeys::wrap(dataKey, wrappingKey, "slot");
    QCOMPARE(wrapped.size(), 24 + 32 + 16);
    QVERIFY(!wrapped.contains(QByteArray(dataKey.chars(), 32)));
    QVERIFY(VaultKeys::unwrap(wrapped, wrappingKey, "slot").equals(dataKey));
    QVERIFY(VaultKeys::wrap(dataKey, wrappingKey, "slot") != wrapped); // fresh nonce every time
}

void TestVaultKeys::unwrapWithWrongKeyFails()
{
    const SecureBuffer dataKey = SecureBuffer::random(32);
    const QByteArray wrapped = VaultKeys::wrap(dataKey, SecureBuffer::random(32), "slot");
    QVERIFY_THROWS_EXCEPTION(Error, VaultKeys::unwrap(wrapped, SecureBuffer::random(32), "slot"));
}

void TestVaultKeys::wrapIsBoundToItsSlot()
{
    const SecureBuffer dataKey = SecureBuffer::random(32);
    const SecureBuffer wrappingKey = SecureBuffer::random(32);
    const QByteArray wrapped = VaultKeys::wrap(dataKey, wrappingKey, "vault-a:passphrase");
    QVERIFY_THROWS_EXCEPTION(Error, VaultKeys::unwrap(wrapped, wrappingKey, "vault-b:passphrase"));
    QByteArray tampered = wrapped;
    tampered[30] = char(tampered[30] ^ 1);
    QVERIFY_THROWS_EXCEPTION(Error, VaultKeys::unwrap(tampered, wrappingKey, "vault-a:passphrase"));
}

void TestVaultKeys::subkeysAreIndependent()
{
    const SecureBuffer dataKey = SecureBuffer::random(32);
    const SecureBuffer database = VaultKeys::deriveSubkey(dataKey, VaultKeys::Subkey::Database);
    const SecureBuffer hmac = VaultKeys::deriveSubkey(dataKey, VaultKeys::Subkey::IdentifierHmac);
    QVERIFY(!database.equals(hmac));
    QVERIFY(!database.equals(dataKey));
    QVERIFY(database.equals(VaultKeys::deriveSubkey(dataKey, VaultKeys::Subkey::Database)));
}

void TestVaultKeys::passphraseDerivationDependsOnSalt()
{
    const SecureBuffer passphrase = TestSupport::secret("correct horse");
    const QByteArray salt = VaultKeys::randomSalt();
    const SecureBuffer a = VaultKeys::deriveFromPassphrase(passphrase, salt, KdfParams::minimum());
    QVERIFY(a.equals(VaultKeys::deriveFromPassphrase(passphrase, salt, KdfParams::minimum())));
    QVERIFY(!a.equals(VaultKeys::deriveFromPassphrase(passphrase, VaultKeys::randomSalt(), KdfParams::minimum())));
    QVERIFY(!a.equals(VaultKeys::deriveFromPassphrase(TestSupport::secret("correct horsE"), salt, KdfParams::minimum())));
}

QTEST_GUILESS_MAIN(TestVaultKeys)
#include "TestVaultKeys.moc"
