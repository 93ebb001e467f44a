#pragma once

#include "SecureBuffer.h"

#include <QWidget>

class QLabel;

namespace BreachAdvisor::Ui {

class InlineMessage;

// A recovery key shown once, large, with Print and Save buttons.
class RecoveryKeyWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryKeyWidget(QWidget *parent = nullptr);

    void setKey(const SecureBuffer &recoveryKey);
    QString keyText() const;
    void clear();
    InlineMessage *message() const { return m_message; }

private:
    void print();
    void save();

    QLabel *m_key;
    InlineMessage *m_message;
};

} // namespace BreachAdvisor::Ui
