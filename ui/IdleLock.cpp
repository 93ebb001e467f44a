#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace BreachAdvisor::Ui {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_armed) {
            Q_EMIT idle();
        }
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    setInterval(minutes > 0 ? minutes * 60 * 1000 : 0);
}

void IdleLock::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    setArmed(m_armed);
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    if (armed && m_timer.interval() > 0) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_armed && m_timer.interval() > 0) {
            m_timer.start();
        }
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace BreachAdvisor::Ui
