#include "IdentifierHasher.h"
#include "TestSupport.h"
#include "Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;

class TestIdentifierHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameInputSameHash();
    void kindIsPartOfTheHash();
    void differentVaultsHashDifferently();
    void hashIsKeyedHmac();
};

void TestIdentifierHasher::sameInputSameHash()
{
    const IdentifierHasher hasher(SecureBuffer::random(32));
    const QByteArray a = hasher.hash(IdentifierKind::Phone, QStringLiteral("+4915123456789"));
    QCOMPARE(a.size(), 32);
    QCOMPARE(hasher.hash(IdentifierKind::Phone, QStringLiteral("+4915123456789")), a);
    QVERIFY(hasher.hash(IdentifierKind::Phone, QStringLiteral("+4915123456788")) != a);
}

void TestIdentifierHasher::kindIsPartOfTheHash()
{
    const IdentifierHasher hasher(SecureBuffer::random(32));
    QVERIFY(hasher.hash(IdentifierKind::Email, QStringLiteral("alice")) != hasher.hash(IdentifierKind::Username, QStringLiteral("alice")));
}

void TestIdentifierHasher::differentVaultsHashDifferently()
{
    // The key is the vault's: the same number gives unrelated hashes in two vaults,
    // and the same hash again when a vault is reopened.
    QTemporaryDir temp;
    QByteArray first;
    QByteArray second;
    {
        Vault::Created a = Vault::create(temp.filePath(QStringLiteral("a")), TestSupport::secret("pass"), KdfParams::minimum());
        Vault::Created b = Vault::create(temp.filePath(QStringLiteral("b")), TestSupport::secret("pass"), KdfParams::minimum());
        first = IdentifierHasher(a.vault->identifierKey()).hash(IdentifierKind::Phone, QStringLiteral("+4915123456789"));
        second = IdentifierHasher(b.vault->identifierKey()).hash(IdentifierKind::Phone, QStringLiteral("+4915123456789"));
    }
    QVERIFY(first != second);
    auto reopened = Vault::open(temp.filePath(QStringLiteral("a")), TestSupport::secret("pass"));
    QCOMPARE(IdentifierHasher(reopened->identifierKey()).hash(IdentifierKind::Phone, QStringLiteral("+4915123456789")), first);
}

void TestIdentifierHasher::hashIsKeyedHmac()
{
    // HMAC-SHA-256 over kind byte + UTF-8, checked against a value computed independently
    // (Python: hmac.new(bytes(32), b"\x01+4915123456789", "sha256").hexdigest()).
    const IdentifierHasher hasher(SecureBuffer(32)); // all-zero key
    QCOMPARE(hasher.hash(IdentifierKind::Phone, QStringLiteral("+4915123456789")).toHex(),
             QByteArray("0df231f3a1d62a4aaf5cee5b3d66e3e0854634de95ab6ae85d9a6a7d89bb5c6c"));
}

QTEST_GUILESS_MAIN(TestIdentifierHasher)
#include "TestIdentifierHasher.moc"
