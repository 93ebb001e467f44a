#pragma once

#include "AppContext.h"
#include "Error.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace BreachAdvisor::Ui {

class InlineMessage;
class PassphraseEdit;

// Opens the vault: with the passphrase, the printed recovery key, or the key this
// computer's keychain remembered. Errors appear under the field and focus goes back
// to it; a busy line shows while the key is derived (about half a second).
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    UnlockPage(AppContext &context, QWidget *parent = nullptr);

    // Called each time the page is shown: empty fields, focus in the passphrase.
    void reset();
    void setHint(const QString &hint); // e.g. the demo's passphrase

Q_SIGNALS:
    // openedWithRecoveryKey: the person should choose a new passphrase now.
    void unlocked(bool openedWithRecoveryKey);

private:
    void unlockWithPassphrase();
    void unlockWithRecoveryKey();
    void unlockWithKeychain();
    void setBusy(bool busy);
    void failed(const Error &error, QWidget *field);

    AppContext &m_context;
    QLabel *m_where;
    QLabel *m_hint;
    PassphraseEdit *m_passphrase;
    QPushButton *m_unlock;
    InlineMessage *m_message;
    QProgressBar *m_busy;
    QLabel *m_busyText;
    QPushButton *m_showRecovery;
    QWidget *m_recoveryBox;
    QLineEdit *m_recoveryKey;
    QPushButton *m_unlockWithRecovery;
    QPushButton *m_keychain;
};

} // namespace BreachAdvisor::Ui
