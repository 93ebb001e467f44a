#pragma once

#include "SecureBuffer.h"

#include <QDialog>

namespace BreachAdvisor::Ui {

class RecoveryKeyWidget;

// A new recovery key, shown once with Print and Save; it can be closed only once the
// person says they have kept it.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const SecureBuffer &recoveryKey, QWidget *parent = nullptr);
    ~RecoveryKeyDialog() override;
    QString keyText() const;

private:
    RecoveryKeyWidget *m_key;
};

} // namespace BreachAdvisor::Ui
