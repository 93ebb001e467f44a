#include "ProcessHardening.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace BreachAdvisor {

bool openStandardDescriptors()
{
#if defined(__unix__) || defined(__APPLE__)
    // In order: the lowest free descriptor is the one open() returns, so each closed one
    // gets /dev/null in its own place.
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) {
            continue;
        }
        const int opened = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
        if (opened != fd) {
            if (opened >= 0) {
                ::close(opened);
            }
            return false;
        }
    }
#endif
    return true;
}

void hardenProcess()
{
#if defined(__unix__) || defined(__APPLE__)
    if (!openStandardDescriptors()) {
        // Whatever this program opened next would take the closed descriptor's place. (Said
        // before any translation is loaded: in English.)
        if (::fcntl(STDERR_FILENO, F_GETFD) != -1) {
            std::fputs("breach-advisor: standard input, output or error is closed, and /dev/null cannot be opened in its place. "
                       "Nothing was done.\n",
                       stderr);
        }
        std::_Exit(EXIT_FAILURE);
    }
    struct rlimit noCore {};
    setrlimit(RLIMIT_CORE, &noCore);
#endif
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

} // namespace BreachAdvisor
