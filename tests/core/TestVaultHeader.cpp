#include "Error.h"
#include "TestSupport.h"
#include "Vault.h"
#include "VaultHeader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace BreachAdvisor;
using TestSupport::failureOf;

// The header is read from a file anyone with the folder can edit: every number, size
// and name is checked before it is used.
class TestVaultHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatItWrites();
    void refusesOutOfRangeNumbers_data();
    void refusesOutOfRangeNumbers();
    void refusesWrongSizes_data();
    void refusesWrongSizes();
    void refusesMalformedFields_data();
    void refusesMalformedFields();
    void refusesAHugeFile();
    void badRecoverySlotLeavesTheVaultUntouched();

private:
    static QJsonObject validHeader();
    static std::optional<ErrorKind> parseFailure(const QJsonObject &root);
};

QJsonObject TestVaultHeader::validHeader()
{
    VaultHeader header;
    header.vaultId = QStringLiteral("6a1f8a3e-2c6b-4d2f-9a51-0d7f1f0e9b11");
    header.passphrase.kdf = KdfParams::interactive();
    header.passphrase.salt = VaultKeys::randomSalt();
    header.passphrase.wrappedKey = QByteArray(qsizetype(VaultKeys::kWrappedKeySize), 'w');
    header.recovery = VaultHeader::RecoverySlot{VaultKeys::randomSalt(), QByteArray(qsizetype(VaultKeys::kWrappedKeySize), 'r')};
    return QJsonDocument::fromJson(header.toJson()).object();
}

std::optional<ErrorKind> TestVaultHeader::parseFailure(const QJsonObject &root)
{
    return failureOf([&] { VaultHeader::parse(QJsonDocument(root).toJson(), QStringLiteral("vault.header")); });
}

void TestVaultHeader::readsBackWhatItWrites()
{
    const QJsonObject root = validHeader();
    QCOMPARE(parseFailure(root), std::nullopt);
    const VaultHeader header = VaultHeader::parse(QJsonDocument(root).toJson(), QStringLiteral("vault.header"));
    QCOMPARE(header.passphrase.kdf.opsLimit, KdfParams::interactive().opsLimit);
    QVERIFY(header.passphrase.normalized);
    QVERIFY(header.recovery);
    QVERIFY(!header.rekey);
    QCOMPARE(VaultHeader::parse(header.toJson(), QStringLiteral("vault.header")).toJson(), header.toJson());

    // A header written before passphrases were normalized uses them as typed.
    QJsonObject legacy = root;
    QJsonObject passphrase = legacy.value(QLatin1String("passphrase")).toObject();
    passphrase.remove(QLatin1String("normalization"));
    legacy.insert(QLatin1String("passphrase"), passphrase);
    QVERIFY(!VaultHeader::parse(QJsonDocument(legacy).toJson(), QStringLiteral("vault.header")).passphrase.normalized);
}

void TestVaultHeader::refusesOutOfRangeNumbers_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    // 2^32-1 passes made Argon2 run for minutes; a double past 2^64 converted to garbage.
    QTest::newRow("opslimit 2^32-1") << QStringLiteral("opslimit") << QJsonValue(4294967295.0);
    QTest::newRow("opslimit 1e300") << QStringLiteral("opslimit") << QJsonValue(1e300);
    QTest::newRow("opslimit negative") << QStringLiteral("opslimit") << QJsonValue(-3);
    QTest::newRow("opslimit fraction") << QStringLiteral("opslimit") << QJsonValue(2.5);
    QTest::newRow("opslimit text") << QStringLiteral("opslimit") << QJsonValue(QStringLiteral("3"));
    QTest::newRow("opslimit missing") << QStringLiteral("opslimit") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("memlimit 1 TiB") << QStringLiteral("memlimit") << QJsonValue(1099511627776.0);
    QTest::newRow("memlimit zero") << QStringLiteral("memlimit") << QJsonValue(0);
}

void TestVaultHeader::refusesOutOfRangeNumbers()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject root = validHeader();
    QJsonObject passphrase = root.value(QLatin1String("passphrase")).toObject();
    if (value.isUndefined()) {
        passphrase.remove(key);
    } else {
        passphrase.insert(key, value);
    }
    root.insert(QLatin1String("passphrase"), passphrase);
    QCOMPARE(parseFailure(root), std::optional(ErrorKind::Damaged));
}

void TestVaultHeader::refusesWrongSizes_data()
{
    QTest::addColumn<QString>("slot");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("size");
    QTest::newRow("recovery salt of 8") << QStringLiteral("recovery") << QStringLiteral("salt") << 8;
    QTest::newRow("recovery salt of 100") << QStringLiteral("recovery") << QStringLiteral("salt") << 100;
    QTest::newRow("recovery salt empty") << QStringLiteral("recovery") << QStringLiteral("salt") << 0;
    QTest::newRow("passphrase salt of 15") << QStringLiteral("passphrase") << QStringLiteral("salt") << 15;
    QTest::newRow("wrapped key of 71") << QStringLiteral("passphrase") << QStringLiteral("wrapped_key") << 71;
    QTest::newRow("recovery wrap of 200") << QStringLiteral("recovery") << QStringLiteral("wrapped_key") << 200;
}

void TestVaultHeader::refusesWrongSizes()
{
    QFETCH(QString, slot);
    QFETCH(QString, key);
    QFETCH(int, size);
    QJsonObject root = validHeader();
    QJsonObject object = root.value(slot).toObject();
    object.insert(key, QString::fromLatin1(QByteArray(size, 's').toBase64()));
    root.insert(slot, object);
    QCOMPARE(parseFailure(root), std::optional(ErrorKind::Damaged));
}

void TestVaultHeader::refusesMalformedFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("version as text") << QStringLiteral("version") << QJsonValue(QStringLiteral("1"));
    QTest::newRow("version 0") << QStringLiteral("version") << QJsonValue(0);
    QTest::newRow("vault id not a UUID") << QStringLiteral("vault_id") << QJsonValue(QStringLiteral("vault\u00e9"));
    QTest::newRow("passphrase not an object") << QStringLiteral("passphrase") << QJsonValue(7);
    QTest::newRow("recovery not an object") << QStringLiteral("recovery") << QJsonValue(QStringLiteral("x"));
    QTest::newRow("rekey without slots") << QStringLiteral("rekey") << QJsonValue(QJsonObject());
}

void TestVaultHeader::refusesMalformedFields()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject root = validHeader();
    root.insert(key, value);
    QCOMPARE(parseFailure(root), std::optional(ErrorKind::Damaged));
}

void TestVaultHeader::refusesAHugeFile()
{
    QByteArray huge = QJsonDocument(validHeader()).toJson();
    huge.append(QByteArray(VaultHeader::kMaxFileSize, ' '));
    QCOMPARE(failureOf([&] { VaultHeader::parse(huge, QStringLiteral("vault.header")); }), std::optional(ErrorKind::Damaged));
}

void TestVaultHeader::badRecoverySlotLeavesTheVaultUntouched()
{
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("vault"));
    Vault::Created created = Vault::create(dir, TestSupport::secret("pass"), KdfParams::minimum());
    const SecureBuffer recoveryKey = SecureBuffer::copyOf(created.recoveryKey.data(), created.recoveryKey.size());
    created.vault.reset();

    QFile file(Vault::headerPath(dir));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject recovery = root.value(QLatin1String("recovery")).toObject();
    recovery.insert(QLatin1String("salt"), QString::fromLatin1(QByteArray(100, 's').toBase64()));
    root.insert(QLatin1String("recovery"), recovery);
    TestSupport::writeFile(Vault::headerPath(dir), QJsonDocument(root).toJson());
    const QByteArray before = TestSupport::fingerprintOf(dir);

    const SecureBuffer anyKey = VaultKeys::formatRecoveryKey(SecureBuffer::random(VaultKeys::kRecoveryKeySize));
    QCOMPARE(failureOf([&] { Vault::openWithRecoveryKey(dir, anyKey.view()); }), std::optional(ErrorKind::Damaged));
    QCOMPARE(failureOf([&] { Vault::openWithRecoveryKey(dir, recoveryKey.view()); }), std::optional(ErrorKind::Damaged));
    QCOMPARE(TestSupport::fingerprintOf(dir), before);
}

QTEST_GUILESS_MAIN(TestVaultHeader)
#include "TestVaultHeader.moc"
