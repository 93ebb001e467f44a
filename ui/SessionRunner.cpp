#include "SessionRunner.h"

#include "VaultSession.h"

namespace BreachAdvisor::Ui {

SessionRunner::SessionRunner(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("vault session"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SessionRunner::~SessionRunner()
{
    // The session is closed on its own thread, after everything already asked of it.
    QMetaObject::invokeMethod(m_worker, [this] { m_session.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SessionRunner::post(std::function<void()> onWorker)
{
    QMetaObject::invokeMethod(m_worker, std::move(onWorker), Qt::QueuedConnection);
}

void SessionRunner::started()
{
    ++m_pending;
    Q_EMIT pendingChanged(m_pending);
}

void SessionRunner::finished()
{
    --m_pending;
    Q_EMIT pendingChanged(m_pending);
}

void SessionRunner::open(std::function<std::unique_ptr<VaultSession>()> work, std::function<void()> done, Failed failed)
{
    started();
    QPointer<SessionRunner> self(this);
    post([this, self, work = std::move(work), done = std::move(done), failed = std::move(failed)] {
        std::function<void()> result;
        try {
            m_session = work();
            result = [self, done] {
                self->m_open = true;
                Q_EMIT self->opened();
                if (done) done();
            };
        } catch (const Error &error) {
            result = [failed, error] { if (failed) failed(error); };
        } catch (const std::exception &error) {
            const Error wrapped(ErrorKind::Internal, QString::fromLocal8Bit(error.what()));
            result = [failed, wrapped] { if (failed) failed(wrapped); };
        }
        if (self) {
            QMetaObject::invokeMethod(self, [self, result] {
                if (self) {
                    self->finished();
                    result();
                }
            }, Qt::QueuedConnection);
        }
    });
}

void SessionRunner::close()
{
    m_open = false;
    QPointer<SessionRunner> self(this);
    post([this, self] {
        m_session.reset();
        if (self) {
            QMetaObject::invokeMethod(self, [self] { if (self) Q_EMIT self->closed(); }, Qt::QueuedConnection);
        }
    });
}

} // namespace BreachAdvisor::Ui
