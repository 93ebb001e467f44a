#include "UnlockPage.h"

#include "AppSettings.h"
#include "HeadingLabel.h"
#include "InlineMessage.h"
#include "KeyStore.h"
#include "PassphraseEdit.h"
#include "SessionRunner.h"
#include "UiText.h"
#include "VaultSession.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace BreachAdvisor::Ui {

UnlockPage::UnlockPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_where(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_passphrase(new PassphraseEdit(false, this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_message(new InlineMessage(this))
    , m_busy(new QProgressBar(this))
    , m_busyText(new QLabel(tr("Opening your vault. This takes a moment."), this))
    , m_showRecovery(new QPushButton(tr("I forgot my passphrase: use my &recovery key"), this))
    , m_recoveryBox(new QWidget(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_unlockWithRecovery(new QPushButton(tr("Open with the recovery &key"), this))
    , m_keychain(new QPushButton(tr("Open with this computer's &keychain"), this))
{
    setObjectName(QStringLiteral("unlockPage"));
    auto *column = new QVBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(UiText::icon("shield").pixmap(64));
    icon->setAccessibleName(tr("Breach Advisor"));
    column->addWidget(icon, 0, Qt::AlignHCenter);
    column->addWidget(new HeadingLabel(tr("Unlock Breach Advisor"), 6, this));
    m_where->setWordWrap(true);
    column->addWidget(m_where);
    m_hint->setWordWrap(true);
    m_hint->hide();
    column->addWidget(m_hint);

    auto *label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphrase->lineEdit());
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    column->addWidget(label);
    column->addWidget(m_passphrase);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    column->addWidget(m_message);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    column->addWidget(m_unlock);

    auto *busyRow = new QHBoxLayout;
    m_busy->setRange(0, 0); // moving, with no end known
    m_busy->setAccessibleName(tr("Opening the vault"));
    m_busy->setMaximumWidth(160);
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_busyText, 1);
    column->addLayout(busyRow);
    m_busy->hide();
    m_busyText->hide();

    m_keychain->setObjectName(QStringLiteral("keychainButton"));
    column->addWidget(m_keychain);
    m_showRecovery->setObjectName(QStringLiteral("showRecoveryButton"));
    m_showRecovery->setFlat(true);
    column->addWidget(m_showRecovery);

    auto *recovery = new QFormLayout(m_recoveryBox);
    recovery->setContentsMargins(0, 0, 0, 0);
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    recovery->addRow(tr("Recovery &key:"), m_recoveryKey);
    m_unlockWithRecovery->setObjectName(QStringLiteral("recoveryUnlockButton"));
    recovery->addRow(m_unlockWithRecovery);
    m_recoveryBox->hide();
    column->addWidget(m_recoveryBox);
    column->addStretch(1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlockWithPassphrase);
    connect(m_passphrase, &PassphraseEdit::returnPressed, this, &UnlockPage::unlockWithPassphrase);
    connect(m_showRecovery, &QPushButton::clicked, this, [this] {
        m_recoveryBox->setVisible(!m_recoveryBox->isVisible());
        if (m_recoveryBox->isVisible()) {
            m_recoveryKey->setFocus();
        }
    });
    connect(m_unlockWithRecovery, &QPushButton::clicked, this, &UnlockPage::unlockWithRecoveryKey);
    connect(m_recoveryKey, &QLineEdit::returnPressed, this, &UnlockPage::unlockWithRecoveryKey);
    connect(m_keychain, &QPushButton::clicked, this, &UnlockPage::unlockWithKeychain);
}

void UnlockPage::reset()
{
    m_where->setText(tr("Your vault is in %1. Everything in it stays on this computer.")
                         .arg(QDir::toNativeSeparators(m_context.settings.vaultDirectory())));
    m_passphrase->clear();
    m_recoveryKey->setText(QString()); // unlike clear(), also forgets what undo would bring back
    m_recoveryBox->hide();
    m_message->clear();
    m_keychain->setVisible(m_context.settings.rememberVault());
    setBusy(false);
    m_passphrase->setFocus();
}

void UnlockPage::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void UnlockPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    for (QWidget *widget : {static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_unlock), static_cast<QWidget *>(m_recoveryBox),
                            static_cast<QWidget *>(m_showRecovery), static_cast<QWidget *>(m_keychain)}) {
        widget->setEnabled(!busy);
    }
}

void UnlockPage::failed(const Error &error, QWidget *field)
{
    setBusy(false);
    QString text = error.message();
    if (error.kind() == ErrorKind::WrongCredentials && field == m_passphrase) {
        text = tr("That passphrase does not open this vault. Check Caps Lock and try again.");
    }
    m_message->show(InlineMessage::Kind::Error, text);
    field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->selectAll();
    }
}

void UnlockPage::unlockWithPassphrase()
{
    if (m_passphrase->isEmpty()) {
        m_message->show(InlineMessage::Kind::Error, tr("Type your passphrase first."));
        m_passphrase->setFocus();
        return;
    }
    m_message->clear();
    setBusy(true);
    auto passphrase = std::make_shared<SecureBuffer>(m_passphrase->takePassphrase());
    const QString directory = m_context.settings.vaultDirectory();
    m_context.runner.open([directory, passphrase] { return VaultSession::open(directory, *passphrase); },
                          [this] {
                              setBusy(false);
                              Q_EMIT unlocked(false);
                          },
                          [this](const Error &error) { failed(error, m_passphrase); });
}

void UnlockPage::unlockWithRecoveryKey()
{
    auto key = std::make_shared<SecureBuffer>(SecureBuffer::fromText(m_recoveryKey->text()));
    m_recoveryKey->setText(QString()); // unlike clear(), also forgets what undo would bring back
    m_message->clear();
    setBusy(true);
    const QString directory = m_context.settings.vaultDirectory();
    m_context.runner.open([directory, key] { return VaultSession::openWithRecoveryKey(directory, key->view()); },
                          [this] {
                              setBusy(false);
                              Q_EMIT unlocked(true);
                          },
                          [this](const Error &error) { failed(error, m_recoveryKey); });
}

void UnlockPage::unlockWithKeychain()
{
    m_message->clear();
    setBusy(true);
    const QString directory = m_context.settings.vaultDirectory();
    QString vaultId;
    try {
        vaultId = VaultSession::vaultIdAt(directory);
    } catch (const Error &error) {
        failed(error, m_passphrase);
        return;
    }
    m_context.keyStore.load(vaultId, [this, directory](const KeyStore::Result &result, SecureBuffer key) {
        if (result.status != KeyStore::Status::Ok) {
            failed(Error(ErrorKind::WrongCredentials, result.message), m_passphrase);
            return;
        }
        auto shared = std::make_shared<SecureBuffer>(std::move(key));
        m_context.runner.open([directory, shared] { return VaultSession::openWithRememberedKey(directory, std::move(*shared)); },
                              [this] {
                                  setBusy(false);
                                  Q_EMIT unlocked(false);
                              },
                              [this](const Error &error) { failed(error, m_passphrase); });
    });
}

} // namespace BreachAdvisor::Ui
