#include "RecoveryKeyDialog.h"

#include "RecoveryKeyWidget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

RecoveryKeyDialog::RecoveryKeyDialog(const SecureBuffer &recoveryKey, QWidget *parent)
    : QDialog(parent)
    , m_key(new RecoveryKeyWidget(this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Your new recovery key"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This is your new recovery key. It is shown only now: print it or write it down, and keep it away from "
                                "this computer. Once you tick the box below and close this window, it replaces the old one, which then "
                                "stops working."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_key->setKey(recoveryKey);
    layout->addWidget(m_key);
    m_kept = new QCheckBox(tr("I have &printed or written it down"), this);
    m_kept->setObjectName(QStringLiteral("recoveryKeyKeptCheckBox"));
    layout->addWidget(m_kept);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setEnabled(false);
    connect(m_kept, &QCheckBox::toggled, close, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    m_key->clear();
}

void RecoveryKeyDialog::done(int)
{
    // However it is closed (Close, Escape, the window's button), what counts is the box.
    QDialog::done(m_kept->isChecked() ? QDialog::Accepted : QDialog::Rejected);
}

QString RecoveryKeyDialog::keyText() const
{
    return m_key->keyText();
}

} // namespace BreachAdvisor::Ui
