#include "Error.h"
#include "TestSupport.h"
#include "VaultKeys.h"

#include <QElapsedTimer>
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
    void recoverySaltOfTheWrongSizeIsRefused_data();
    void recoverySaltOfTheWrongSizeIsRefused();
    void kdfSettingsBeyondTheCapAreRefusedAtOnce_data();
    void kdfSettingsBeyondTheCapAreRefusedAtOnce();
    void keysOfTheWrongSizeAreRefused();
    void passphrasesAreNormalizedToNfc();
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

void TestVaultKeys::recoverySaltOfTheWrongSizeIsRefused_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("short") << 8;
    QTest::newRow("long") << 17;
    // Past BLAKE2b's longest key: the hash call fails, and an unchecked result left an
    // all-zero wrapping key that every recovery key "derived".
    QTest::newRow("too long for BLAKE2b") << 100;
}

void TestVaultKeys::recoverySaltOfTheWrongSizeIsRefused()
{
    QFETCH(int, size);
    const QByteArray salt(size, 'x');
    const auto derive = [&] { VaultKeys::deriveFromRecoveryKey(SecureBuffer::random(VaultKeys::kRecoveryKeySize), salt); };
    QCOMPARE(TestSupport::failureOf(derive), std::optional(ErrorKind::Damaged));
}

void TestVaultKeys::kdfSettingsBeyondTheCapAreRefusedAtOnce_data()
{
    QTest::addColumn<quint64>("opsLimit");
    QTest::addColumn<quint64>("memLimit");
    const KdfParams sensitive = KdfParams::sensitive();
    QTest::newRow("2^32-1 passes") << quint64(4294967295U) << KdfParams::minimum().memLimit;
    QTest::newRow("3x sensitive passes") << 3 * sensitive.opsLimit << KdfParams::minimum().memLimit;
    QTest::newRow("2 GiB") << KdfParams::minimum().opsLimit << 2 * sensitive.memLimit;
    QTest::newRow("no passes") << quint64(0) << KdfParams::minimum().memLimit;
    QTest::newRow("1 KiB") << KdfParams::minimum().opsLimit << quint64(1024);
}

void TestVaultKeys::kdfSettingsBeyondTheCapAreRefusedAtOnce()
{
    QFETCH(quint64, opsLimit);
    QFETCH(quint64, memLimit);
    QElapsedTimer clock;
    clock.start();
    const auto derive = [&] {
        VaultKeys::deriveFromPassphrase(TestSupport::secret("pass"), VaultKeys::randomSalt(), KdfParams{opsLimit, memLimit});
    };
    QCOMPARE(TestSupport::failureOf(derive), std::optional(ErrorKind::Damaged));
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(KdfParams::sensitive().isAcceptable());
    QVERIFY(KdfParams::maximum().isAcceptable());
}

void TestVaultKeys::keysOfTheWrongSizeAreRefused()
{
    const SecureBuffer dataKey = SecureBuffer::random(32);
    const auto internal = std::optional(ErrorKind::Internal);
    QCOMPARE(TestSupport::failureOf([&] { VaultKeys::wrap(dataKey, SecureBuffer::random(31), "slot"); }), internal);
    QCOMPARE(TestSupport::failureOf([&] { VaultKeys::wrap(SecureBuffer::random(33), dataKey, "slot"); }), internal);
    QCOMPARE(TestSupport::failureOf([&] { VaultKeys::deriveSubkey(SecureBuffer::random(16), VaultKeys::Subkey::Database); }), internal);
    QCOMPARE(TestSupport::failureOf([&] { VaultKeys::formatRecoveryKey(SecureBuffer::random(32)); }), internal);
    QCOMPARE(TestSupport::failureOf([&] { VaultKeys::deriveFromRecoveryKey(SecureBuffer::random(8), VaultKeys::randomSalt()); }), internal);
    const QByteArray wrapped = VaultKeys::wrap(dataKey, dataKey, "slot");
    QCOMPARE(TestSupport::failureOf([&] { VaultKeys::unwrap(wrapped, SecureBuffer::random(16), "slot"); }), internal);
    QCOMPARE(TestSupport::failureOf([&] { VaultKeys::unwrap(wrapped.left(71), dataKey, "slot"); }), std::optional(ErrorKind::Damaged));
}

void TestVaultKeys::passphrasesAreNormalizedToNfc()
{
    // "é" typed as one code point (NFC, most keyboards) or as e + combining accent (NFD, macOS file names).
    const SecureBuffer composed = TestSupport::secret("caf\xC3\xA9 cr\xC3\xA8me");
    const SecureBuffer decomposed = TestSupport::secret("cafe\xCC\x81 cre\xCC\x80me");
    QVERIFY(!composed.equals(decomposed));
    QVERIFY(VaultKeys::normalizePassphrase(decomposed).equals(composed));
    QVERIFY(VaultKeys::normalizePassphrase(composed).equals(composed));
    // Not UTF-8 (Latin-1 bytes from an old file): used as it is.
    const SecureBuffer latin1 = TestSupport::secret("caf\xE9");
    QVERIFY(VaultKeys::normalizePassphrase(latin1).equals(latin1));
    const SecureBuffer tooLong(VaultKeys::kMaxPassphraseSize + 1);
    QCOMPARE(TestSupport::failureOf([&] { VaultKeys::normalizePassphrase(tooLong); }), std::optional(ErrorKind::Usage));
}

QTEST_GUILESS_MAIN(TestVaultKeys)
#include "TestVaultKeys.moc"
