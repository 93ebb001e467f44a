#pragma once

#include "SecureBuffer.h"

#include <QDialog>

namespace BreachAdvisor::Ui {

class PassphraseEdit;

// A new passphrase, typed twice, with its strength in words.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(QWidget *parent = nullptr);

    SecureBuffer takePassphrase();
    PassphraseEdit *first() const { return m_first; }
    PassphraseEdit *second() const { return m_second; }

private:
    PassphraseEdit *m_first;
    PassphraseEdit *m_second;
};

} // namespace BreachAdvisor::Ui
