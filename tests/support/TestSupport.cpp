#include "TestSupport.h"

#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace BreachAdvisor::TestSupport {

SecureBuffer secret(const char *text)
{
    return SecureBuffer::copyOf(text, std::strlen(text));
}

QString sharedDataFile(const QString &name)
{
    const QString path = QStringLiteral(BREACH_ADVISOR_SHARED_DATA_DIR "/") + name;
    return QFileInfo::exists(path) ? path : QString();
}

QString testDataFile(const QString &name)
{
    return QStringLiteral(BREACH_ADVISOR_TEST_DATA_DIR "/") + name;
}

QString cliPath()
{
    return QStringLiteral(BREACH_ADVISOR_CLI_PATH);
}

QByteArray allBytesBelow(const QString &directory)
{
    QByteArray all;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

QByteArray fingerprintOf(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : files) {
        QFile file(path);
        hash.addData(path.toUtf8());
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(file.readAll());
        }
    }
    return hash.result().toHex();
}

const PlanItem *planItem(const QList<PlanItem> &items, const QString &stepId)
{
    for (const PlanItem &item : items) {
        if (item.step->id == stepId) {
            return &item;
        }
    }
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
    }
}

} // namespace BreachAdvisor::TestSupport
