#include "Error.h"
#include "LeakIndexFormat.h"
#include "PartitionStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>
#include <sys/stat.h>

using namespace BreachAdvisor;
using LeakIndexFormat::Record;
using TestSupport::failureOf;

// An import's records past its memory budget go to spill files in the vault's tmp
// folder: private, sealed, and refused when anyone changes them before they are read back.
class TestPartitionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void spilledRecordsComeBackWhole();
    void spillFilesArePrivate();
    void tamperedSpillFileFailsTheImport_data();
    void tamperedSpillFileFailsTheImport();
    void spillFilesAreRemoved();

private:
    // Records spread over every partition, enough to spill with a small budget.
    std::vector<Record> records(std::size_t count);
    // A store that has spilled; its records are in m_added.
    std::unique_ptr<PartitionStore> spilledStore();
    QStringList spillFiles() const;

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_folder;
    std::vector<Record> m_added;
};

void TestPartitionStore::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_folder = m_temp->filePath(QStringLiteral("vault/tmp"));
    m_added.clear();
}

std::vector<Record> TestPartitionStore::records(std::size_t count)
{
    std::mt19937_64 random(count);
    std::vector<Record> made(count);
    for (Record &record : made) {
        record.high = random();
        record.low = std::uint32_t(random());
        record.fieldSet = std::uint16_t(random() % 7);
        record.site = std::uint16_t(random() % 3); // spilled and read back with the rest
    }
    return made;
}

std::unique_ptr<PartitionStore> TestPartitionStore::spilledStore()
{
    auto store = std::make_unique<PartitionStore>(m_folder, 64 * 1024);
    for (int batch = 0; batch < 8; ++batch) {
        const std::vector<Record> made = records(10000 + std::size_t(batch));
        store->add(made);
        m_added.insert(m_added.end(), made.begin(), made.end());
    }
    return store;
}

QStringList TestPartitionStore::spillFiles() const
{
    QStringList files;
    for (const QString &name : QDir(m_folder).entryList(QDir::Files)) {
        files << m_folder + QLatin1Char('/') + name;
    }
    return files;
}

void TestPartitionStore::spilledRecordsComeBackWhole()
{
    auto store = spilledStore();
    QVERIFY(store->spilledCount() > m_added.size() / 2);
    QCOMPARE(store->count(), std::uint64_t(m_added.size()));
    std::vector<Record> back;
    for (int partition = 0; partition < PartitionStore::kPartitions; ++partition) {
        const std::vector<Record> taken = store->take(partition);
        for (const Record &record : taken) {
            QCOMPARE(int(record.high >> 56), partition);
        }
        back.insert(back.end(), taken.begin(), taken.end());
    }
    std::sort(back.begin(), back.end());
    std::sort(m_added.begin(), m_added.end());
    QVERIFY(back.size() == m_added.size());
    QVERIFY(std::equal(back.begin(), back.end(), m_added.begin(), [](const Record &a, const Record &b) {
        return a.high == b.high && a.low == b.low && a.fieldSet == b.fieldSet;
    }));
}

void TestPartitionStore::spillFilesArePrivate()
{
    const mode_t previous = ::umask(022); // the usual umask: made private regardless
    auto store = spilledStore();
    ::umask(previous);
    QCOMPARE(QFileInfo(m_folder).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStringList files = spillFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        QCOMPARE(QFileInfo(file).permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    }
}

void TestPartitionStore::tamperedSpillFileFailsTheImport_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("one bit flipped") << QStringLiteral("flip");
    QTest::newRow("cut short") << QStringLiteral("cut");
    QTest::newRow("bytes appended") << QStringLiteral("append");
    QTest::newRow("swapped with another partition's") << QStringLiteral("swap");
    QTest::newRow("removed") << QStringLiteral("remove");
}

void TestPartitionStore::tamperedSpillFileFailsTheImport()
{
    QFETCH(QString, change);
    auto store = spilledStore();
    const QStringList files = spillFiles();
    QVERIFY(files.size() >= 2);
    // Files are named import-PID-PARTITION.part.
    const QString victim = files.first();
    const int partition = victim.section(QLatin1Char('-'), -1).section(QLatin1Char('.'), 0, 0).toInt();
    QFile file(victim);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    if (change == QLatin1String("flip")) {
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
    } else if (change == QLatin1String("cut")) {
        bytes.chop(20);
    } else if (change == QLatin1String("append")) {
        bytes.append(QByteArray(16, 'x'));
    } else if (change == QLatin1String("swap")) {
        QFile other(files.at(1));
        QVERIFY(other.open(QIODevice::ReadOnly));
        bytes = other.readAll().left(bytes.size());
    }
    QVERIFY(file.resize(0));
    file.seek(0);
    file.write(bytes);
    file.close();
    if (change == QLatin1String("remove")) {
        QVERIFY(QFile::remove(victim));
    }
    QCOMPARE(failureOf([&] { store->take(partition); }), std::optional(ErrorKind::Damaged));
}

void TestPartitionStore::spillFilesAreRemoved()
{
    {
        auto store = spilledStore();
        QVERIFY(!spillFiles().isEmpty());
        store->take(0);
    }
    QVERIFY(spillFiles().isEmpty()); // a store that ends early removes the rest
    // Files a killed import left behind.
    QVERIFY(QDir().mkpath(m_folder));
    TestSupport::writeFile(m_folder + QStringLiteral("/import-99999-3.part"), QByteArray(64, 'x'));
    PartitionStore::removeLeftovers(m_folder);
    QVERIFY(spillFiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestPartitionStore)
#include "TestPartitionStore.moc"
