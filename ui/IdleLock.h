#pragma once

#include <QObject>
#include <QTimer>

namespace BreachAdvisor::Ui {

// Calls for a lock after some minutes without keyboard or mouse input in the app.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject *parent = nullptr);

    void setMinutes(int minutes); // 0: never
    void setInterval(int milliseconds); // for tests
    void setArmed(bool armed);          // only while a vault is open

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_armed = false;
};

} // namespace BreachAdvisor::Ui
