#pragma once

#include "ChecklistEngine.h"
#include "Error.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QString>

#include <optional>

namespace BreachAdvisor::TestSupport {

// A secret for tests, in secure memory like the real thing.
SecureBuffer secret(const char *text);

// A file of ../shared/data, or an empty string when that folder is absent (people
// clone the project alone): tests then QSKIP with a message.
QString sharedDataFile(const QString &name);
// A file committed under tests/data.
QString testDataFile(const QString &name);
QString cliPath();

// One run of the real breach-advisor-cli: its exit status and what it printed.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the CLI with the test's environment plus these variables (and without a
// passphrase from the environment unless given), in a session of its own (no terminal
// to prompt on), with input on its standard input (none when null).
CliRun runCli(const QStringList &arguments, const QHash<QString, QString> &variables = {}, const QByteArray &input = {});

// Every byte of every file below a folder, for "is this in plaintext anywhere?" checks.
QByteArray allBytesBelow(const QString &directory);
// A hash of every file's name and bytes below a folder, for "nothing changed" checks.
QByteArray fingerprintOf(const QString &directory);
void writeFile(const QString &path, const QByteArray &bytes);

// Common English words: one in a translated text means English got through — but for the
// words the language itself has ("in" in German and Italian, "was" in German).
QRegularExpression englishWordsIn(const QString &languageCode);

// A tmpfs of a few MiB, for a disk that fills up and a folder that turns read-only. Only
// root can mount it (mounted() says whether it is); unmounted when it goes, however the
// test ends.
class SmallDisk
{
public:
    SmallDisk(const QString &path, int kibibytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    bool mounted() const { return m_mounted; }
    bool setReadOnly(bool readOnly);
    // Fills the disk but for exactly one page (a 1-byte file's, freed at the end).
    void fillButOnePage(const QString &name);
    // Fills the disk, leaving about kibibytes free.
    void fill(const QString &name, int kibibytesLeft);

private:
    QString m_path;
    bool m_mounted = false;
};
// The plan item of a step, or null when the plan does not have it.
const PlanItem *planItem(const QList<PlanItem> &items, const QString &stepId);

// Runs a call that must fail; the kind of Error it threw, or nullopt if it did not.
template<typename Call>
std::optional<ErrorKind> failureOf(Call call)
{
    try {
        call();
    } catch (const Error &error) {
        return error.kind();
    }
    return std::nullopt;
}

} // namespace BreachAdvisor::TestSupport
