#pragma once

#include <QObject>

namespace BreachAdvisor::Ui {

// The mouse wheel scrolls the page, whatever the pointer is over. Without this, a wheel
// turned over a tab bar switches the platform of the instructions, and one over a
// picker or spin box that does not have the focus changes its value, while the person
// only meant to scroll down. Those wheel events go to the scroll area around the
// control instead (or nowhere, when there is none). Watches the whole application for
// as long as it lives.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject *parent = nullptr);
    ~WheelGuard() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace BreachAdvisor::Ui
