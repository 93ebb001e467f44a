#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <future>
#include <memory>
#include <type_traits>

namespace BreachAdvisor {

class VaultSession;

namespace Ui {

// Runs work on the one worker thread that owns the open VaultSession, and hands the
// result back on the GUI thread: widgets never wait for Argon2id, an import or a big
// check. Calls run one after another, in the order they were made (the session's
// threading rule: it belongs to one thread). Results arrive through the callbacks, on
// the thread that made the call; a call made while no vault is open fails.
class SessionRunner : public QObject
{
    Q_OBJECT

public:
    using Failed = std::function<void(const Error &error)>;

    explicit SessionRunner(QObject *parent = nullptr);
    ~SessionRunner() override; // closes the session on its thread, then ends the thread

    // work(session) on the worker thread; done(result) or failed(error) back here.
    template<typename Work, typename Done>
    void run(Work work, Done done, Failed failed = {});
    // work(session) on the worker thread while this thread waits for its result (thrown
    // errors come back here). Only for short work when nothing else is running: the
    // window does not repaint meanwhile.
    template<typename Work>
    std::invoke_result_t<Work, VaultSession &> runAndWait(Work work);

    // The same for work that opens a vault: work() returns the new session, which the
    // runner keeps; then done() here.
    void open(std::function<std::unique_ptr<VaultSession>()> work, std::function<void()> done, Failed failed = {});
    // Closes the session (after the calls already made). The runner emits closed().
    void close();

    bool isOpen() const { return m_open; }
    // Calls made and not finished yet.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void opened();
    void closed();
    void pendingChanged(int pending);

private:
    void post(std::function<void()> onWorker);
    void started();
    void finished();
    VaultSession *session() const { return m_session.get(); } // worker thread only

    QThread m_thread;
    QObject *m_worker = nullptr;                // lives on m_thread
    std::unique_ptr<VaultSession> m_session;    // touched on m_thread only
    bool m_open = false;                        // GUI thread's view
    int m_pending = 0;
};

template<typename Work>
std::invoke_result_t<Work, VaultSession &> SessionRunner::runAndWait(Work work)
{
    using Result = std::invoke_result_t<Work, VaultSession &>;
    std::promise<Result> promise;
    std::future<Result> result = promise.get_future();
    post([this, &promise, &work] {
        try {
            if (!session()) {
                throw Error(ErrorKind::Usage, tr("The vault is locked."));
            }
            if constexpr (std::is_void_v<Result>) {
                work(*session());
                promise.set_value();
            } else {
                promise.set_value(work(*session()));
            }
        } catch (...) {
            promise.set_exception(std::current_exception());
        }
    });
    return result.get();
}

template<typename Work, typename Done>
void SessionRunner::run(Work work, Done done, Failed failed)
{
    started();
    QPointer<SessionRunner> self(this);
    post([this, self, work = std::move(work), done = std::move(done), failed = std::move(failed)]() mutable {
        using Result = std::invoke_result_t<Work, VaultSession &>;
        // Delivers on the runner's (GUI) thread; dropped when the runner is gone.
        const auto deliver = [self](std::function<void()> call) {
            if (self) {
                QMetaObject::invokeMethod(self, [self, call = std::move(call)] {
                    if (self) {
                        self->finished();
                        call();
                    }
                }, Qt::QueuedConnection);
            }
        };
        try {
            if (!session()) {
                throw Error(ErrorKind::Usage, tr("The vault is locked."));
            }
            if constexpr (std::is_void_v<Result>) {
                work(*session());
                deliver([done] { done(); });
            } else {
                auto result = std::make_shared<Result>(work(*session()));
                deliver([done, result] { done(std::move(*result)); });
            }
        } catch (const Error &error) {
            deliver([failed, error] { if (failed) failed(error); });
        } catch (const std::exception &error) {
            const Error wrapped(ErrorKind::Internal, QString::fromLocal8Bit(error.what()));
            deliver([failed, wrapped] { if (failed) failed(wrapped); });
        }
    });
}

} // namespace Ui
} // namespace BreachAdvisor
