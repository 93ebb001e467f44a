#include "Command.h"

#include "CommandLine.h"
#include "KeyStore.h"
#include "PhoneNumbers.h"
#include "SecretInput.h"
#include "Translations.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#if defined(Q_OS_UNIX)
#include <poll.h>
#endif

namespace BreachAdvisor::Cli {

namespace {

constexpr qint64 kMaxIdentifierFileBytes = qint64(16) << 20;
// A line holds one identifier, or one client's with --each-line: a longer one is not such
// a file (a binary, /dev/zero), and is refused before it fills memory.
constexpr int kMaxIdentifierLineCharacters = 64 * 1024;

std::pair<KeyStore::Result, SecureBuffer> loadKey(KeyStore &store, const QString &vaultId)
{
    std::optional<KeyStore::Result> result;
    SecureBuffer key;
    QEventLoop loop;
    store.load(vaultId, [&](const KeyStore::Result &answer, SecureBuffer loaded) {
        result = answer;
        key = std::move(loaded);
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return {*result, std::move(key)};
}

} // namespace

KeyStore::Result waitForKeyStore(const std::function<void(KeyStore::Done)> &call)
{
    std::optional<KeyStore::Result> result;
    QEventLoop loop;
    call([&](const KeyStore::Result &answer) {
        result = answer;
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return *result;
}

int exitStatusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return UsageError;
    case ErrorKind::WrongCredentials:
    case ErrorKind::VaultInUse: return LockedOrWrongPassphrase;
    case ErrorKind::RejectedInput: return RejectedInput;
    case ErrorKind::Cancelled: return Cancelled;
    case ErrorKind::NotFound:
    case ErrorKind::AlreadyExists:
    case ErrorKind::Damaged:
    case ErrorKind::Internal: break;
    }
    return Failure;
}

CliContext::CliContext(const CommandLine &commandLine, const CliEnvironment &environment)
    : commandLine(commandLine)
    , environment(environment)
    , out(environment.out)
    , err(environment.err)
{
}

CliContext::~CliContext() = default;

bool CliContext::json() const
{
    return commandLine.has(QStringLiteral("json"));
}

bool CliContext::masked() const
{
    return commandLine.has(QStringLiteral("mask"));
}

QString CliContext::vaultDirectory() const
{
    const QString given = commandLine.value(QStringLiteral("vault"));
    return given.isEmpty() ? VaultSession::defaultDirectory() : QDir(given).absolutePath();
}

VaultSession &CliContext::session()
{
    if (environment.openVault) {
        return *environment.openVault;
    }
    if (!m_session) {
        m_session = openSession();
    }
    return *m_session;
}

std::unique_ptr<VaultSession> CliContext::openSession() const
{
    std::unique_ptr<VaultSession> session = unlockSession();
    printNotices(*session);
    return session;
}

void CliContext::printNotices(const VaultSession &session) const
{
    for (const QString &notice : session.notices()) {
        err << notice << Qt::endl;
    }
}

std::unique_ptr<VaultSession> CliContext::unlockSession() const
{
    const QString directory = vaultDirectory();
    if (!VaultSession::existsAt(directory)) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init")
                                             .arg(directory));
    }
    const QString passphraseFile = commandLine.value(QStringLiteral("passphrase-file"));
    if (!commandLine.has(QStringLiteral("keychain")) || !environment.keyStore) {
        return VaultSession::open(directory, SecretInput::passphrase(passphraseFile, false));
    }
    // --keychain: the key this computer remembers, else the passphrase once, and then
    // the key is remembered for the next time.
    KeyStore &store = *environment.keyStore;
    const QString vaultId = VaultSession::vaultIdAt(directory);
    auto [loaded, key] = loadKey(store, vaultId);
    if (loaded.status == KeyStore::Status::Ok) {
        return VaultSession::openWithRememberedKey(directory, std::move(key));
    }
    if (loaded.status != KeyStore::Status::NotFound) {
        err << QCoreApplication::translate("Cli", "breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.").arg(loaded.message)
            << Qt::endl;
    }
    std::unique_ptr<VaultSession> session = VaultSession::open(directory, SecretInput::passphrase(passphraseFile, false));
    if (loaded.status == KeyStore::Status::NotFound) {
        const KeyStore::Result stored = waitForKeyStore([&](KeyStore::Done done) { session->remember(store, std::move(done)); });
        if (stored.status == KeyStore::Status::Ok) {
            err << QCoreApplication::translate("Cli", "This computer's keychain now remembers the vault's key: --keychain needs no passphrase "
                                                      "from now on (keychain forget undoes it).")
                << Qt::endl;
        } else {
            err << QCoreApplication::translate("Cli", "breach-advisor-cli: the keychain did not keep the key (%1).").arg(stored.message) << Qt::endl;
        }
    }
    return session;
}

LanguageScope::LanguageScope(const QString &code)
    : m_previous(Translations::current())
{
    Translations::install(code);
}

LanguageScope::~LanguageScope()
{
    Translations::install(m_previous);
}

QString CliContext::checkedLanguage(const QString &value, const QString &option)
{
    const QString code = Translations::offeredCode(value.trimmed());
    if (code.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "%1 \"%2\" is not a language Breach Advisor offers. Offered: %3.")
                                          .arg(option, value, Translations::offeredList()));
    }
    return code;
}

void CliContext::printJsonLine(const QJsonObject &object)
{
    QJsonObject withLanguage = object;
    if (!withLanguage.contains(QLatin1String("language"))) {
        withLanguage.insert(QLatin1String("language"), Translations::current());
    }
    out << QString::fromUtf8(QJsonDocument(withLanguage).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    out.flush();
}

void CliContext::printJson(const QJsonValue &value)
{
    // An object says which language its human text is in; a list stays a list (its
    // entries' keys are the contract).
    QJsonObject object = value.toObject();
    if (value.isObject() && !object.contains(QLatin1String("language"))) {
        object.insert(QLatin1String("language"), Translations::current());
    }
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(object);
    // In the shell, one object a line (JSON Lines), so that a script reads one per command.
    const bool oneLine = environment.openVault != nullptr;
    out << QString::fromUtf8(document.toJson(oneLine ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (oneLine) {
        out << QLatin1Char('\n');
    }
    out.flush();
}

std::optional<KdfParams> CliContext::kdfStrength() const
{
    if (!commandLine.has(QStringLiteral("kdf-strength"))) {
        return std::nullopt;
    }
    KdfParams kdf;
    if (!KdfParams::fromName(commandLine.value(QStringLiteral("kdf-strength")), &kdf)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--kdf-strength is interactive, moderate or sensitive."));
    }
    return kdf;
}

QString CliContext::checkedRegion(const QString &region, const QString &option)
{
    const QString upper = region.trimmed().toUpper();
    if (!upper.isEmpty() && !PhoneNumbers::isKnownRegion(upper)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "%1 \"%2\" is not a known two-letter country code.").arg(option, region));
    }
    return upper;
}

bool CliContext::confirm(const QString &question)
{
    if (commandLine.has(QStringLiteral("yes")) || !environment.interactive) {
        return true;
    }
    err << question << QCoreApplication::translate("Cli", " [y/N] ");
    err.flush();
    const QString answer = readLine().value_or(QString()).trimmed();
    return answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0 || answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0
        || answer.compare(QCoreApplication::translate("Cli", "y", "the answer yes, short"), Qt::CaseInsensitive) == 0
        || answer.compare(QCoreApplication::translate("Cli", "yes", "the answer yes"), Qt::CaseInsensitive) == 0;
}

std::optional<QString> CliContext::readLine()
{
    // From the device: the text stream would read ahead into a buffer of its own, which
    // waitForInput cannot see.
    QIODevice *device = environment.in.device();
    QByteArray line = device ? device->readLine() : QByteArray();
    if (line.isEmpty()) {
        return std::nullopt;
    }
    if (line.endsWith('\n')) {
        line.chop(line.endsWith("\r\n") ? 2 : 1);
    }
    return QString::fromUtf8(line);
}

bool CliContext::waitForInput(int milliseconds)
{
    QIODevice *device = environment.in.device();
    const auto *file = qobject_cast<const QFileDevice *>(device);
    if (!device || device->bytesAvailable() > 0 || !file || file->handle() < 0) {
        return true; // a line is here already, or an input that cannot be waited on (a buffer)
    }
#if defined(Q_OS_UNIX)
    pollfd input{file->handle(), POLLIN, 0};
    const QDeadlineTimer deadline(milliseconds);
    for (;;) {
        const int ready = ::poll(&input, 1, int(deadline.remainingTime()));
        if (ready >= 0 || errno != EINTR) {
            return ready != 0; // an error is for readLine to meet
        }
    }
#else
    return true;
#endif
}

QList<QPair<int, QString>> CliContext::linesFrom(const QString &source)
{
    const bool standardInput = source == QLatin1String("-");
    if (standardInput && environment.openVault) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--from - reads the shell's own input: give a file."));
    }
    const auto tooMuch = [&source] {
        return Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--from %1: more than 16 MiB of identifiers.").arg(source));
    };
    QFile file(source);
    QTextStream fromFile;
    if (!standardInput) {
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--from %1: %2").arg(source, file.errorString()));
        }
        if (file.size() > kMaxIdentifierFileBytes) {
            throw tooMuch();
        }
        fromFile.setDevice(&file);
    }
    // Read a bounded line at a time, and counted: a device or a pipe has no size to check
    // first (/dev/zero would be one endless line).
    QTextStream &stream = standardInput ? environment.in : fromFile;
    QList<QPair<int, QString>> lines;
    qint64 total = 0;
    QString line;
    while (stream.readLineInto(&line, kMaxIdentifierLineCharacters + 1)) {
        const int number = int(lines.size()) + 1;
        if (line.size() > kMaxIdentifierLineCharacters) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--from %1, line %2: longer than %3 characters, which no line of "
                                                                             "identifiers is. Nothing was done.")
                                              .arg(source)
                                              .arg(number)
                                              .arg(kMaxIdentifierLineCharacters));
        }
        total += line.size() + 1;
        if (total > kMaxIdentifierFileBytes) {
            throw tooMuch();
        }
        lines << qMakePair(number, line);
    }
    if (!standardInput && file.error() != QFileDevice::NoError) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--from %1: %2").arg(source, file.errorString()));
    }
    return lines;
}

QList<IdentifierInput> CliContext::identifiersFrom(const QString &source)
{
    QList<IdentifierInput> identifiers;
    for (const auto &[number, line] : linesFrom(source)) {
        if (line.trimmed().startsWith(QLatin1Char('#'))) {
            continue; // a comment
        }
        if (const std::optional<IdentifierInput> identifier = Identifiers::inputFromLine(line)) {
            identifiers << *identifier;
        }
    }
    return identifiers;
}

QList<IdentifierInput> CliContext::identifierOptions()
{
    QList<IdentifierInput> inputs;
    for (const auto &[kind, option] : {std::pair{IdentifierKind::Phone, "phone"}, std::pair{IdentifierKind::Email, "email"},
                                       std::pair{IdentifierKind::Username, "username"}}) {
        for (const QString &text : commandLine.values(QLatin1String(option))) {
            inputs << IdentifierInput{kind, text};
        }
    }
    for (const QString &source : commandLine.values(QStringLiteral("from"))) {
        inputs += identifiersFrom(source);
    }
    return inputs;
}

QSet<QString> Command::acceptedOptions() const
{
    QSet<QString> options = valueOptions() + flagOptions();
    options << QStringLiteral("help") << QStringLiteral("language");
    if (usesVault()) {
        options << QStringLiteral("vault") << QStringLiteral("passphrase-file") << QStringLiteral("keychain");
    }
    return options;
}

QString Command::help() const
{
    QString text = QCoreApplication::translate("Cli", "Usage: breach-advisor-cli%1 %2")
                       .arg(usesVault() ? QStringLiteral(" [--vault DIR] [--passphrase-file FILE] [--keychain]") : QString(), usage().trimmed());
    const QString more = details().trimmed();
    if (!more.isEmpty()) {
        text += QStringLiteral("\n\n") + more;
    }
    return text + QLatin1Char('\n');
}

} // namespace BreachAdvisor::Cli
