#include "PrivateFile.h"

#include <QDir>
#include <QFile>
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

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "TestPrivateFile.moc"
