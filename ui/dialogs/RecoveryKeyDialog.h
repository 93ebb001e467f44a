#pragma once

#include "SecureBuffer.h"

#include <QDialog>

class QCheckBox;

namespace BreachAdvisor::Ui {

class RecoveryKeyWidget;

// A new recovery key, shown once with Print and Save. Accepted when the person says they
// have kept it (only then may the vault depend on it), rejected when closed without that.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const SecureBuffer &recoveryKey, QWidget *parent = nullptr);
    ~RecoveryKeyDialog() override;
    QString keyText() const;
    void done(int result) override;

private:
    RecoveryKeyWidget *m_key;
    QCheckBox *m_kept = nullptr;
};

} // namespace BreachAdvisor::Ui
