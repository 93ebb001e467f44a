#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace BreachAdvisor {

// How long work (an import, a removal, a batch check, many plans) reports progress
// and is stopped. The work calls progress on its own thread; a front end sets the
// cancel flag from any thread. Cancelled work throws Error(Cancelled) and leaves the
// vault exactly as it was.
struct WorkControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(qint64 done, qint64 total) const
    {
        if (progress) {
            progress(done, total);
        }
    }
    // Throws Error(Cancelled) when the flag is set.
    void throwIfCancelled() const;
    [[noreturn]] static void throwCancelled();
};

} // namespace BreachAdvisor
