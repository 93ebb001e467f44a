#include "TestSupport.h"

#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace BreachAdvisor::TestSupport {

QRegularExpression englishWordsIn(const QString &languageCode)
{
    QStringList words{QStringLiteral("the"), QStringLiteral("your"), QStringLiteral("you"), QStringLiteral("and"), QStringLiteral("with"),
                      QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("what"), QStringLiteral("which"), QStringLiteral("there"),
                      QStringLiteral("not"), QStringLiteral("from"), QStringLiteral("have"), QStringLiteral("been"), QStringLiteral("is"),
                      QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("for"),
                      QStringLiteral("in"), QStringLiteral("it")};
    static const QHash<QString, QStringList> theLanguagesOwn{
        {QStringLiteral("de"), {QStringLiteral("in"), QStringLiteral("was")}},
        {QStringLiteral("it"), {QStringLiteral("in")}},
        {QStringLiteral("tr"), {QStringLiteral("not")}}, // "Not:" is a note
        {QStringLiteral("pt_BR"), {QStringLiteral("for")}}, // "se for": if it is
    };
    for (const QString &own : theLanguagesOwn.value(languageCode)) {
        words.removeAll(own);
    }
    // "it" in any case but "IT", the abbreviation many languages use as it is.
    const bool it = words.removeAll(QStringLiteral("it")) > 0;
    return QRegularExpression(QStringLiteral("\\b((?i:%1)%2)\\b").arg(words.join(QLatin1Char('|')), it ? QStringLiteral("|[Ii]t") : QString()),
                              QRegularExpression::UseUnicodePropertiesOption);
}

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

SmallDisk::SmallDisk(const QString &path, int kibibytes)
    : m_path(path)
{
    QDir().mkpath(path);
    m_mounted = ::geteuid() == 0
                && QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                               QStringLiteral("size=%1k,mode=0755").arg(kibibytes), QStringLiteral("tmpfs"), path})
                       == 0;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted) {
        QProcess::execute(QStringLiteral("umount"), {m_path});
    }
}

bool SmallDisk::setReadOnly(bool readOnly)
{
    return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"), m_path})
           == 0;
}

void SmallDisk::fillButOnePage(const QString &name)
{
    const QString placeholder = m_path + QStringLiteral("/one-page");
    writeFile(placeholder, "x");
    fill(name, 0);
    QFile::remove(placeholder);
}

void SmallDisk::fill(const QString &name, int kibibytesLeft)
{
    QFile filler(m_path + QLatin1Char('/') + name);
    filler.open(QIODevice::WriteOnly);
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    filler.resize(std::max<qint64>(0, filler.size() - qint64(kibibytesLeft) * 1024));
}

} // namespace BreachAdvisor::TestSupport
