#include "BundleKeys.h"
#include "Error.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace BreachAdvisor;

// A help desk's keys: sealed with a passphrase, opened only with it; public and agent key
// files; signatures that hold for the signed bytes and nothing else.
class TestBundleKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretFileOpensWithItsPassphraseOnly();
    void alteredOrForeignSecretFilesAreRefused();
    void newerFormatsAreRefusedByName();
    void publicAndAgentKeyFilesRoundTrip();
    void signaturesHoldForTheSignedBytesOnly();
    void fingerprintsAreStableAndDistinct();
};

void TestBundleKeys::secretFileOpensWithItsPassphraseOnly()
{
    const BundleKeys::HelpDeskKeys keys = BundleKeys::generate();
    const QByteArray file = BundleKeys::sealedSecretFile(keys, TestSupport::secret("correct horse"), KdfParams::minimum());
    // Neither key is in the file as it is.
    QVERIFY(!file.contains(QByteArray(keys.signingKey.chars(), 32)));
    QVERIFY(!file.contains(QByteArray(keys.contentKey.chars(), 32).toBase64()));
    const BundleKeys::HelpDeskKeys opened = BundleKeys::openSecretFile(file, TestSupport::secret("correct horse"), QStringLiteral("hd.secret"));
    QCOMPARE(opened.publicKey, keys.publicKey);
    QVERIFY(opened.signingKey.equals(keys.signingKey));
    QVERIFY(opened.contentKey.equals(keys.contentKey));
    QCOMPARE(TestSupport::failureOf([&] { BundleKeys::openSecretFile(file, TestSupport::secret("wrong horse"), QStringLiteral("hd.secret")); }),
             ErrorKind::WrongCredentials);
}

void TestBundleKeys::alteredOrForeignSecretFilesAreRefused()
{
    const BundleKeys::HelpDeskKeys keys = BundleKeys::generate();
    const QByteArray file = BundleKeys::sealedSecretFile(keys, TestSupport::secret("pass"), KdfParams::minimum());
    // Another public key named in the file: the sealed keys are bound to their own.
    QByteArray swapped = file;
    swapped.replace(keys.publicKey.toBase64(), BundleKeys::generate().publicKey.toBase64());
    QCOMPARE(TestSupport::failureOf([&] { BundleKeys::openSecretFile(swapped, TestSupport::secret("pass"), QStringLiteral("x")); }),
             ErrorKind::WrongCredentials);
    for (const QByteArray &foreign : {QByteArray(), QByteArray("{}"), QByteArray("not json"), QByteArray(70000, '{'),
                                      BundleKeys::publicKeyFile(keys.publicKey)}) {
        QCOMPARE(TestSupport::failureOf([&] { BundleKeys::openSecretFile(foreign, TestSupport::secret("pass"), QStringLiteral("x")); }),
                 ErrorKind::RejectedInput);
    }
    // Argon2 parameters past the bounds are refused before any work is done.
    QByteArray greedy = file;
    greedy.replace(QByteArray("\"mem\": \"") + QByteArray::number(KdfParams::minimum().memLimit) + '"', "\"mem\": \"999999999999999\"");
    QVERIFY(greedy != file);
    QCOMPARE(TestSupport::failureOf([&] { BundleKeys::openSecretFile(greedy, TestSupport::secret("pass"), QStringLiteral("x")); }),
             ErrorKind::RejectedInput);
}

void TestBundleKeys::newerFormatsAreRefusedByName()
{
    const BundleKeys::HelpDeskKeys keys = BundleKeys::generate();
    QByteArray secret = BundleKeys::sealedSecretFile(keys, TestSupport::secret("pass"), KdfParams::minimum());
    secret.replace("\"version\": 1", "\"version\": 2");
    try {
        BundleKeys::openSecretFile(secret, TestSupport::secret("pass"), QStringLiteral("hd.secret"));
        QFAIL("a newer format was read");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("hd.secret")) && error.message().contains(QLatin1String("newer")), qPrintable(error.message()));
    }
    QByteArray pub = BundleKeys::publicKeyFile(keys.publicKey);
    pub.replace("signer 1 ", "signer 7 ");
    QCOMPARE(TestSupport::failureOf([&] { BundleKeys::parsePublicKeyFile(pub, QStringLiteral("hd.pub")); }), ErrorKind::RejectedInput);
}

void TestBundleKeys::publicAndAgentKeyFilesRoundTrip()
{
    const BundleKeys::HelpDeskKeys keys = BundleKeys::generate();
    QCOMPARE(BundleKeys::parsePublicKeyFile(BundleKeys::publicKeyFile(keys.publicKey), QStringLiteral("hd.pub")), keys.publicKey);
    const SecureBuffer agent = BundleKeys::agentKeyFile(keys.contentKey);
    QVERIFY(agent.view().substr(0, 25) == "breach-advisor-agent-key ");
    QVERIFY(agent.view().back() == '\n');
    QVERIFY(BundleKeys::parseAgentKeyFile(agent, QStringLiteral("hd.agent")).equals(keys.contentKey));
    for (const char *bad : {"", "breach-advisor-agent-key 1", "breach-advisor-agent-key 1 !!!!", "breach-advisor-agent-key x AAAA",
                            "breach-advisor-signer 1 AAAA"}) {
        const SecureBuffer file = SecureBuffer::copyOf(bad, std::strlen(bad));
        QCOMPARE(TestSupport::failureOf([&] { BundleKeys::parseAgentKeyFile(file, QStringLiteral("hd.agent")); }), ErrorKind::RejectedInput);
    }
    // A public key cut short or of another kind is not one.
    QCOMPARE(TestSupport::failureOf([&] { BundleKeys::parsePublicKeyFile("breach-advisor-signer 1 AAAA\n", QStringLiteral("x")); }),
             ErrorKind::RejectedInput);
    const QByteArray pem = BundleKeys::publicKeyPem(keys.publicKey);
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"));
}

void TestBundleKeys::signaturesHoldForTheSignedBytesOnly()
{
    const BundleKeys::HelpDeskKeys keys = BundleKeys::generate();
    const QByteArray message("3f2a…  breach-advisor_0.1.0-1_amd64.deb\n");
    const QByteArray signature = BundleKeys::sign(message, keys);
    QVERIFY(BundleKeys::verify(message, signature, keys.publicKey));
    QVERIFY(!BundleKeys::verify(message + ' ', signature, keys.publicKey));
    QVERIFY(!BundleKeys::verify(message, signature, BundleKeys::generate().publicKey));
    for (qsizetype i = 0; i < signature.size(); i += 7) {
        QByteArray flipped = signature;
        flipped[i] = char(flipped[i] ^ 0x01);
        QVERIFY(!BundleKeys::verify(message, flipped, keys.publicKey));
    }
    QVERIFY(!BundleKeys::verify(message, signature.left(63), keys.publicKey));
    const BundleKeys::Signature parsed =
        BundleKeys::parseSignatureFile(BundleKeys::signatureFile(keys.publicKey, signature), QStringLiteral("SUMS.sig"));
    QCOMPARE(parsed.publicKey, keys.publicKey);
    QCOMPARE(parsed.signature, signature);
}

void TestBundleKeys::fingerprintsAreStableAndDistinct()
{
    const BundleKeys::HelpDeskKeys one = BundleKeys::generate();
    const QString print = BundleKeys::fingerprint(one.publicKey);
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9a-f]{4} ){7}[0-9a-f]{4}$")).match(print).hasMatch(), qPrintable(print));
    QCOMPARE(BundleKeys::fingerprint(one.publicKey), print);
    QVERIFY(BundleKeys::fingerprint(BundleKeys::generate().publicKey) != print);
}

QTEST_GUILESS_MAIN(TestBundleKeys)
#include "TestBundleKeys.moc"
