#pragma once

#include "SecureBuffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace BreachAdvisor::Ui {

// A passphrase field: hidden while typed, with a button to show it, a warning when
// Caps Lock seems to be on, paste allowed, and (for a new passphrase) a strength hint
// in words. The text leaves the field only as a SecureBuffer, and the field is
// emptied then.
class PassphraseEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseEdit(bool showStrength, QWidget *parent = nullptr);

    // The passphrase as UTF-8 in secure memory; the field is cleared.
    SecureBuffer takePassphrase();
    bool isEmpty() const;
    void clear();
    // Whether both fields hold the same text (without taking it out).
    bool sameTextAs(const PassphraseEdit &other) const;
    QLineEdit *lineEdit() const { return m_edit; }
    void setAccessibleName(const QString &name);
    bool capsLockWarningShown() const;

Q_SIGNALS:
    void textChanged();
    void returnPressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStrength();
    void setCapsLockWarning(bool on);

    QLineEdit *m_edit;
    QToolButton *m_show;
    QLabel *m_capsLock;
    QProgressBar *m_strengthBar = nullptr;
    QLabel *m_strength = nullptr;
};

} // namespace BreachAdvisor::Ui
