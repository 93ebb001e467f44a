#pragma once

#include "AppContext.h"
#include "SecureBuffer.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;

namespace BreachAdvisor::Ui {

class InlineMessage;
class PassphraseEdit;

// The first run, one decision a page: what the app does and that nothing leaves the
// computer (with text size and language); a passphrase (strength in words, Caps Lock
// warning, show button) and "remember on this computer"; the recovery key, shown
// once, with Print and Save; done. The vault is created when the passphrase page is
// left, on the session's thread, with a busy line meanwhile.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId, PassphrasePageId, RecoveryKeyPageId, DonePageId };

    FirstRunWizard(AppContext &context, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // The recovery key shown on its page (for tests and printing); empty before creation.
    QString recoveryKeyText() const;

Q_SIGNALS:
    void vaultCreated(); // the session is open; the wizard goes on to the recovery key
    void textScaleChosen(int percent);

protected:
    bool validateCurrentPage() override;

private:
    class WelcomePage;
    class PassphrasePage;
    class RecoveryKeyPage;
    class DonePage;

    void createVault();
    void rememberIfAsked();

    AppContext &m_context;
    PassphrasePage *m_passphrasePage;
    RecoveryKeyPage *m_recoveryPage;
    bool m_created = false;
    bool m_creating = false;
};

} // namespace BreachAdvisor::Ui
