#include "TestSupport.h"

#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

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

CliRun runCli(const QStringList &arguments, const QHash<QString, QString> &variables, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BREACH_ADVISOR_PASSPHRASE"));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    if (input.isNull()) {
        process.setStandardInputFile(QProcess::nullDevice());
    }
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(cliPath(), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120000)) {
        qWarning() << "the CLI did not finish:" << arguments;
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
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
