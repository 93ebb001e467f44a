#include "SecretInput.h"

#include "Error.h"
#include "PassphraseStrength.h"
#include "VaultKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace BreachAdvisor::Cli {

namespace {

constexpr std::size_t kMaxSecret = VaultKeys::kMaxPassphraseSize;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The first line of what a source gave, without its line end. whole: the source had
// nothing more (or the line end was seen). A longer line is refused, never cut.
SecureBuffer firstLine(const char *bytes, std::size_t size, bool whole, const QString &source)
{
    const void *newline = std::memchr(bytes, '\n', size);
    std::size_t length = newline ? std::size_t(static_cast<const char *>(newline) - bytes) : size;
    const bool cut = !newline && !whole;
    if (length > 0 && bytes[length - 1] == '\r') {
        --length;
    }
    if (cut || length > kMaxSecret) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "The passphrase from %1 is longer than %2 bytes. Use a shorter one.")
                                          .arg(source)
                                          .arg(kMaxSecret));
    }
    return SecureBuffer::copyOf(bytes, length);
}

// Reads a descriptor into secure memory up to its first line end, or its end.
SecureBuffer readFirstLine(int fd, const QString &source)
{
    SecureBuffer buffer(kMaxSecret + 2); // the longest line, "\r\n" included
    std::size_t filled = 0;
    bool whole = false;
    while (filled < buffer.size()) {
        const ssize_t got = ::read(fd, buffer.data() + filled, buffer.size() - filled);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "Cannot read %1: %2").arg(source, systemError(errno)));
        }
        if (got == 0) {
            whole = true;
            break;
        }
        filled += std::size_t(got);
        if (std::memchr(buffer.data() + filled - std::size_t(got), '\n', std::size_t(got))) {
            break;
        }
    }
    return firstLine(buffer.chars(), filled, whole, source);
}

// The terminal a prompt turned echo off on, for a signal that ends the program meanwhile.
// Set before the handlers are installed; only they read it.
int g_promptTerminal = -1;
termios g_promptOriginal{};
constexpr int kEndingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void restoreTerminalAndEnd(int signalNumber)
{
    // Only async-signal-safe calls: put echo back, then die of the same signal.
    tcsetattr(g_promptTerminal, TCSANOW, &g_promptOriginal);
    [[maybe_unused]] const ssize_t newline = ::write(g_promptTerminal, "\n", 1);
    struct sigaction fallback {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signalNumber, &fallback, nullptr);
    raise(signalNumber);
}

// Echo off on a terminal for as long as it lives, and back on however the prompt ends.
class EchoOff
{
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        m_isTerminal = tcgetattr(fd, &m_original) == 0;
        if (!m_isTerminal) {
            return;
        }
        g_promptTerminal = fd;
        g_promptOriginal = m_original;
        struct sigaction restore {};
        restore.sa_handler = restoreTerminalAndEnd;
        sigemptyset(&restore.sa_mask);
        for (std::size_t i = 0; i < std::size(kEndingSignals); ++i) {
            sigaction(kEndingSignals[i], &restore, &m_previous[i]);
        }
        termios silent = m_original;
        silent.c_lflag &= ~tcflag_t(ECHO);
        if (tcsetattr(fd, TCSAFLUSH, &silent) != 0) {
            const int error = errno;
            restoreSignals();
            throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "Cannot turn off echo on the terminal (%1), so no passphrase "
                                                                                     "is asked for there.")
                                              .arg(systemError(error)));
        }
    }
    ~EchoOff()
    {
        if (m_isTerminal) {
            tcsetattr(m_fd, TCSAFLUSH, &m_original);
            restoreSignals();
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    void restoreSignals()
    {
        for (std::size_t i = 0; i < std::size(kEndingSignals); ++i) {
            sigaction(kEndingSignals[i], &m_previous[i], nullptr);
        }
        g_promptTerminal = -1;
    }

    int m_fd;
    bool m_isTerminal = false;
    termios m_original{};
    struct sigaction m_previous[std::size(kEndingSignals)] {};
};

// All of it, or false with errno set.
bool writeAll(int fd, const char *bytes, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, bytes, size);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            if (written == 0) {
                errno = EIO;
            }
            return false;
        }
        bytes += written;
        size -= std::size_t(written);
    }
    return true;
}

} // namespace

SecureBuffer SecretInput::readFile(const QString &path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "Cannot read %1: %2").arg(path, systemError(errno)));
    }
    try {
        SecureBuffer secret = readFirstLine(fd, path);
        ::close(fd);
        return secret;
    } catch (...) {
        ::close(fd);
        throw;
    }
}

SecretLines::SecretLines(int fd, const QString &source)
    : m_fd(fd)
    , m_source(source)
    , m_buffer(kMaxSecret + 2)
{
}

std::optional<SecureBuffer> SecretLines::next()
{
    for (;;) {
        const void *newline = std::memchr(m_buffer.data() + m_start, '\n', m_end - m_start);
        if (newline || (m_ended && m_end > m_start)) {
            const std::size_t stop = newline ? std::size_t(static_cast<const std::uint8_t *>(newline) - m_buffer.data()) : m_end;
            std::size_t length = stop - m_start;
            if (length > 0 && m_buffer.data()[m_start + length - 1] == '\r') {
                --length;
            }
            ++m_line;
            SecureBuffer line = SecureBuffer::copyOf(m_buffer.data() + m_start, length);
            std::fill(m_buffer.data() + m_start, m_buffer.data() + stop, std::uint8_t(0)); // the buffer is read again
            m_start = newline ? stop + 1 : stop;
            return line;
        }
        if (m_ended) {
            return std::nullopt;
        }
        // Move the partial line to the front, then read more behind it.
        std::memmove(m_buffer.data(), m_buffer.data() + m_start, m_end - m_start);
        m_end -= m_start;
        m_start = 0;
        std::fill(m_buffer.data() + m_end, m_buffer.data() + m_buffer.size(), std::uint8_t(0));
        if (m_end == m_buffer.size()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "%1, line %2: longer than %3 bytes.")
                                              .arg(m_source)
                                              .arg(m_line + 1)
                                              .arg(kMaxSecret));
        }
        const ssize_t got = ::read(m_fd, m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "Cannot read %1: %2").arg(m_source, systemError(errno)));
        }
        if (got == 0) {
            m_ended = true;
        }
        m_end += std::size_t(got);
    }
}

SecureBuffer SecretInput::prompt(const char *question)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "No passphrase given: use --passphrase-file FILE or set %1.")
                                          .arg(QLatin1String(kEnvironmentVariable)));
    }
    SecureBuffer secret;
    try {
        const EchoOff echoOff(fd);
        const QByteArray text = QCoreApplication::translate("SecretInput", question).toLocal8Bit();
        [[maybe_unused]] const bool asked = writeAll(fd, text.constData(), std::size_t(text.size()));
        secret = readFirstLine(fd, QCoreApplication::translate("SecretInput", "the terminal"));
        [[maybe_unused]] const bool ended = writeAll(fd, "\n", 1);
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
    return secret;
}

SecureBuffer SecretInput::passphrase(const QString &passphraseFile, bool confirmNew, const char *environmentVariable)
{
    SecureBuffer secret;
    if (!passphraseFile.isEmpty()) {
        secret = readFile(passphraseFile);
    } else if (const char *fromEnvironment = std::getenv(environmentVariable)) {
        secret = firstLine(fromEnvironment, std::strlen(fromEnvironment), true, QStringLiteral("$%1").arg(QLatin1String(environmentVariable)));
    } else if (confirmNew) {
        secret = prompt(QT_TRANSLATE_NOOP("SecretInput", "New passphrase: "));
        const SecureBuffer again = prompt(QT_TRANSLATE_NOOP("SecretInput", "The same passphrase again: "));
        if (!secret.equals(again)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "The two passphrases differ. Nothing was created."));
        }
    } else {
        secret = prompt(QT_TRANSLATE_NOOP("SecretInput", "Passphrase: "));
    }
    if (secret.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "The passphrase is empty."));
    }
    return secret;
}

void SecretInput::warnIfWeak(const SecureBuffer &newPassphrase, QTextStream &err)
{
    const PassphraseStrength strength = PassphraseStrength::estimate(newPassphrase);
    if (strength.level == PassphraseStrength::Level::Weak) {
        err << QCoreApplication::translate("SecretInput", "Weak passphrase: %1").arg(strength.advice()) << Qt::endl;
    }
}

SecretOutput::Text SecretOutput::json(QJsonObject object, const QString &key)
{
    static const QByteArray marker = QByteArrayLiteral("@secret-goes-here@");
    object.insert(key, QString::fromLatin1(marker));
    const QByteArray document = QJsonDocument(object).toJson(QJsonDocument::Indented);
    const qsizetype at = document.indexOf(marker);
    return {document.left(at), document.mid(at + marker.size())};
}

void SecretOutput::print(const Text &around, const SecureBuffer &secret)
{
    const QByteArray &before = around.before;
    const QByteArray &after = around.after;
    // Straight to the descriptor: no copy of the secret in stdio's buffer. A closed pipe
    // is an error to report, not a signal that kills the program half-way.
    std::fflush(stdout);
    struct sigaction ignore {};
    struct sigaction previous {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, &previous);
    const bool written = writeAll(STDOUT_FILENO, before.constData(), std::size_t(before.size()))
                         && writeAll(STDOUT_FILENO, secret.chars(), secret.size())
                         && writeAll(STDOUT_FILENO, after.constData(), std::size_t(after.size()));
    const int error = errno;
    sigaction(SIGPIPE, &previous, nullptr);
    if (!written) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("SecretInput", "Cannot write to standard output: %1.").arg(systemError(error)));
    }
}

} // namespace BreachAdvisor::Cli
