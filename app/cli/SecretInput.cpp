#include "SecretInput.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace BreachAdvisor::Cli {

namespace {

constexpr std::size_t kMaxSecret = 4096;

void dropLineEnd(SecureBuffer &secret)
{
    std::size_t size = secret.size();
    const char *text = secret.chars();
    const void *newline = std::memchr(text, '\n', size);
    if (newline) {
        size = std::size_t(static_cast<const char *>(newline) - text);
    }
    if (size > 0 && text[size - 1] == '\r') {
        --size;
    }
    secret.truncate(size);
}

// Reads up to kMaxSecret bytes from a descriptor into secure memory.
SecureBuffer readAll(int fd)
{
    SecureBuffer buffer(kMaxSecret);
    std::size_t filled = 0;
    while (filled < buffer.size()) {
        const ssize_t got = ::read(fd, buffer.data() + filled, buffer.size() - filled);
        if (got <= 0) {
            break;
        }
        filled += std::size_t(got);
        if (std::memchr(buffer.data() + filled - std::size_t(got), '\n', std::size_t(got))) {
            break;
        }
    }
    buffer.truncate(filled);
    dropLineEnd(buffer);
    return buffer;
}

} // namespace

SecureBuffer SecretInput::readFile(const QString &path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    SecureBuffer secret = readAll(fd);
    ::close(fd);
    return secret;
}

SecureBuffer SecretInput::prompt(const char *question)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("SecretInput", "No passphrase given: use --passphrase-file FILE or set %1.")
                                          .arg(QLatin1String(kEnvironmentVariable)));
    }
    termios original{};
    const bool isTerminal = tcgetattr(fd, &original) == 0;
    if (isTerminal) {
        termios silent = original;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    const QByteArray text = QCoreApplication::translate("SecretInput", question).toLocal8Bit();
    [[maybe_unused]] const ssize_t written = ::write(fd, text.constData(), size_t(text.size()));
    SecureBuffer secret = readAll(fd);
    [[maybe_unused]] const ssize_t newline = ::write(fd, "\n", 1);
    if (isTerminal) {
        tcsetattr(fd, TCSAFLUSH, &original);
    }
    ::close(fd);
    return secret;
}

SecureBuffer SecretInput::passphrase(const QString &passphraseFile, bool confirmNew)
{
    SecureBuffer secret;
    if (!passphraseFile.isEmpty()) {
        secret = readFile(passphraseFile);
    } else if (const char *fromEnvironment = std::getenv(kEnvironmentVariable)) {
        secret = SecureBuffer::copyOf(fromEnvironment, std::strlen(fromEnvironment));
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

} // namespace BreachAdvisor::Cli
