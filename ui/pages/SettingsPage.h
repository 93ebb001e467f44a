#pragma once

#include "AppContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace BreachAdvisor::Ui {

class InlineMessage;

// Text size, idle lock, "remember on this computer", the passphrase and recovery key,
// language, and the helper's name for handouts; what the vault holds.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(AppContext &context, QWidget *parent = nullptr);

    void reload();
    void clear();
    void changePassphrase();
    void replaceRecoveryKey();
    void rekey();
    void setRemember(bool remember);

Q_SIGNALS:
    void textScaleChanged(int percent);
    void idleLockChanged(int minutes);

private:
    void finishRekey();
    void rememberNewKey();

    AppContext &m_context;
    QComboBox *m_textSize;
    QComboBox *m_theme;
    QSpinBox *m_idleLock;
    QCheckBox *m_remember;
    QComboBox *m_language;
    QLineEdit *m_helper;
    QLabel *m_vaultInfo;
    InlineMessage *m_message;
};

} // namespace BreachAdvisor::Ui
