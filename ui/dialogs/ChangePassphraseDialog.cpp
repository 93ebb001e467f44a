#include "ChangePassphraseDialog.h"

#include "PassphraseEdit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

ChangePassphraseDialog::ChangePassphraseDialog(QWidget *parent)
    : QDialog(parent)
    , m_first(new PassphraseEdit(true, this))
    , m_second(new PassphraseEdit(false, this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change the passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone "
                                "knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that "
                                "copy."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *firstLabel = new QLabel(tr("&New passphrase:"), this);
    firstLabel->setBuddy(m_first->lineEdit());
    m_first->setObjectName(QStringLiteral("changeNewPassphrase"));
    m_first->setAccessibleName(tr("New passphrase"));
    layout->addWidget(firstLabel);
    layout->addWidget(m_first);
    auto *secondLabel = new QLabel(tr("&Type it again:"), this);
    secondLabel->setBuddy(m_second->lineEdit());
    m_second->setObjectName(QStringLiteral("changeRepeatPassphrase"));
    m_second->setAccessibleName(tr("Type the new passphrase again"));
    m_second->setConfirms(m_first);
    layout->addWidget(secondLabel);
    layout->addWidget(m_second);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Change"));
    ok->setEnabled(false);
    const auto update = [this, ok] { ok->setEnabled(!m_first->isEmpty() && m_first->sameTextAs(*m_second)); };
    connect(m_first, &PassphraseEdit::textChanged, this, update);
    connect(m_second, &PassphraseEdit::textChanged, this, update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SecureBuffer ChangePassphraseDialog::takePassphrase()
{
    m_second->clear();
    return m_first->takePassphrase();
}

} // namespace BreachAdvisor::Ui
