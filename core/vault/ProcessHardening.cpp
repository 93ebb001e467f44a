#include "ProcessHardening.h"

#if defined(Q_OS_UNIX) || defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace BreachAdvisor {

void hardenProcess()
{
#if defined(__unix__) || defined(__APPLE__)
    struct rlimit noCore {};
    setrlimit(RLIMIT_CORE, &noCore);
#endif
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

} // namespace BreachAdvisor
