#pragma once

#include "SecureBuffer.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace BreachAdvisor::Ui {

// A passphrase field: hidden while typed, with a button to show it, a warning when
// Caps Lock seems to be on, paste allowed, and (for a new passphrase) a strength hint
// in words, or (for its repetition) a line when the two differ. The text leaves the
// field only as a SecureBuffer, and the field is emptied then.
class PassphraseEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseEdit(bool showStrength, QWidget *parent = nullptr);
    ~PassphraseEdit() override;

    // The passphrase as UTF-8 in secure memory; the field is cleared.
    SecureBuffer takePassphrase();
    bool isEmpty() const;
    void clear();
    // Whether both fields hold the same text (without taking it out).
    bool sameTextAs(const PassphraseEdit &other) const;
    QLineEdit *lineEdit() const { return m_edit; }
    void setAccessibleName(const QString &name);
    bool capsLockWarningShown() const;
    // Makes this the "type it again" field of original: it says so as soon as the two
    // can no longer be the same (or differ when the person leaves this field).
    void setConfirms(PassphraseEdit *original);
    QString mismatchText() const; // empty while there is nothing to say

Q_SIGNALS:
    void textChanged();
    void returnPressed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStrength();
    void setCapsLockWarning(bool on);
    void updateMismatch();

    QLineEdit *m_edit;
    QToolButton *m_show;
    QLabel *m_capsLock;
    QLabel *m_mismatch;
    QPointer<PassphraseEdit> m_original; // its sibling may be deleted first
    bool m_left = false; // the person left the field since they last typed in it
    QProgressBar *m_strengthBar = nullptr;
    QLabel *m_strength = nullptr;
};

} // namespace BreachAdvisor::Ui
