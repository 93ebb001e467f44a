#include "PrivateFile.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace BreachAdvisor;

// Files people save outside the vault (handouts, a recovery key): private from the
// first byte, whole or not at all.
class TestPrivateFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateWhateverTheUmask();
    void replacesAReadableFileWithAPrivateOne();
    void failureSaysWhyAndWritesNothing();
    void fullDiskLeavesTheOldFile();
    void symbolicLinkIsRefusedNotFollowed();
};

namespace {

constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestPrivateFile::privateWhateverTheUmask()
{
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("handout.html"));
    const mode_t previous = ::umask(0);
    QString error;
    const bool written = PrivateFile::write(path, "<p>plan</p>", &error);
    ::umask(previous);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(contentOf(path), QByteArray("<p>plan</p>"));
    QCOMPARE(QFile::permissions(path) & kOthers, QFile::Permissions());
}

void TestPrivateFile::replacesAReadableFileWithAPrivateOne()
{
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("key.txt"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older, longer text");
    old.close();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QString error;
    QVERIFY2(PrivateFile::write(path, "new", &error), qPrintable(error));
    QCOMPARE(contentOf(path), QByteArray("new"));
    QCOMPARE(QFile::permissions(path) & kOthers, QFile::Permissions()); // not the old file's 0644
}

void TestPrivateFile::failureSaysWhyAndWritesNothing()
{
    QTemporaryDir temp;
    QString error;
    QVERIFY(!PrivateFile::write(temp.path(), "text", &error)); // a folder is there
    QVERIFY(!error.isEmpty());
    QVERIFY(!PrivateFile::write(temp.filePath(QStringLiteral("no-such-folder/handout.pdf")), "text", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestPrivateFile::fullDiskLeavesTheOldFile()
{
    // Issue 21, finding 2: QSaveFile's commit() on a full disk put an empty file in place of
    // the old one and said it was saved.
    QTemporaryDir temp;
    TestSupport::SmallDisk disk(temp.filePath(QStringLiteral("small")), 512);
    if (!disk.mounted()) {
        QSKIP("cannot mount a small tmpfs here (needs root and mount rights); the full-disk path is not tested");
    }
    const QString path = temp.filePath(QStringLiteral("small/recovery-key.txt"));
    QString error;
    QVERIFY2(PrivateFile::write(path, "the old key\n", &error), qPrintable(error));
    disk.fill(QStringLiteral("filler"), 0);
    // Small (what QSaveFile buffered until commit()) and large.
    for (const qsizetype size : {qsizetype(60), qsizetype(64 * 1024)}) {
        error.clear();
        QVERIFY(!PrivateFile::write(path, QByteArray(size, 'k'), &error));
        QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
        QCOMPARE(contentOf(path), QByteArray("the old key\n"));
        QCOMPARE(QDir(temp.filePath(QStringLiteral("small"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral("filler"), QStringLiteral("recovery-key.txt")}));
        // A new file: none is left behind.
        const QString other = temp.filePath(QStringLiteral("small/handout.html"));
        QVERIFY(!PrivateFile::write(other, QByteArray(size, 'h'), &error));
        QVERIFY(!QFileInfo::exists(other));
    }
}

void TestPrivateFile::symbolicLinkIsRefusedNotFollowed()
{
    // Issue 21, finding 6: a handout saved over a symbolic link overwrote the file it pointed to.
    QTemporaryDir temp;
    const QString victim = temp.filePath(QStringLiteral("notes.txt"));
    TestSupport::writeFile(victim, "someone's notes");
    const QString link = temp.filePath(QStringLiteral("handout.html"));
    QVERIFY(QFile::link(victim, link));
    QString error;
    QVERIFY(!PrivateFile::write(link, "<p>plan</p>", &error));
    QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
    QCOMPARE(contentOf(victim), QByteArray("someone's notes"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList({QStringLiteral("handout.html"), QStringLiteral("notes.txt")}));
    // A link to nowhere is not a way to make a file elsewhere either.
    const QString dangling = temp.filePath(QStringLiteral("dangling.pdf"));
    QVERIFY(QFile::link(temp.filePath(QStringLiteral("made-elsewhere.pdf")), dangling));
    QVERIFY(!PrivateFile::write(dangling, "%PDF", &error));
    QVERIFY(!QFileInfo::exists(temp.filePath(QStringLiteral("made-elsewhere.pdf"))));
}

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "TestPrivateFile.moc"
