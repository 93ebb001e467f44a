#include "WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QTabBar>
#include <QWheelEvent>

namespace BreachAdvisor::Ui {

namespace {

// A control whose value a wheel turn would change without the person having chosen it.
bool changesValueOnWheel(QWidget *widget)
{
    if (qobject_cast<QTabBar *>(widget)) {
        return true;
    }
    return (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)) && !widget->hasFocus();
}

QAbstractScrollArea *scrollAreaAround(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
            return area;
        }
    }
    return nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

WheelGuard::~WheelGuard()
{
    qApp->removeEventFilter(this);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel || !watched->isWidgetType()) {
        return false;
    }
    auto *widget = static_cast<QWidget *>(watched);
    if (!changesValueOnWheel(widget)) {
        return false;
    }
    if (QAbstractScrollArea *area = scrollAreaAround(widget)) {
        QCoreApplication::sendEvent(area->viewport(), event);
    }
    return true;
}

} // namespace BreachAdvisor::Ui
