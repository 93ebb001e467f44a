#include "SettingsPage.h"

#include "FlowLayout.h"
#include "AppSettings.h"
#include "BidiText.h"
#include "BuildInfo.h"
#include "ChangePassphraseDialog.h"
#include "Confirm.h"
#include "HeadingLabel.h"
#include "InlineMessage.h"
#include "KeyStore.h"
#include "RecoveryKeyDialog.h"
#include "SessionRunner.h"
#include "Theme.h"
#include "Translator.h"
#include "UiText.h"
#include "VaultSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

SettingsPage::SettingsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_textSize(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_idleLock(new QSpinBox(this))
    , m_remember(new QCheckBox(tr("&Remember this vault on this computer"), this))
    , m_language(new QComboBox(this))
    , m_helper(new QLineEdit(this))
    , m_vaultInfo(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(new HeadingLabel(tr("Settings"), 4, content));
    layout->addWidget(m_message);

    auto *display = new QGroupBox(tr("Reading"), content);
    auto *displayForm = new QFormLayout(display);
    displayForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_textSize->setObjectName(QStringLiteral("textSizeSetting"));
    for (const int percent : {100, 125, 150, 200}) {
        m_textSize->addItem(tr("%1%").arg(percent), percent);
    }
    displayForm->addRow(tr("&Text size:"), m_textSize);
    m_theme->setObjectName(QStringLiteral("themeSetting"));
    m_theme->addItem(tr("The same as the computer"), Theme::name(Theme::Choice::System));
    m_theme->addItem(tr("Light"), Theme::name(Theme::Choice::Light));
    m_theme->addItem(tr("Dark"), Theme::name(Theme::Choice::Dark));
    displayForm->addRow(tr("C&olours:"), m_theme);
    m_language->setObjectName(QStringLiteral("languageSetting"));
    UiText::fillLanguages(m_language, context.settings.language());
    displayForm->addRow(tr("&Language:"), m_language);
    layout->addWidget(display);

    auto *security = new QGroupBox(tr("Keeping the vault safe"), content);
    auto *securityForm = new QFormLayout(security);
    securityForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_idleLock->setObjectName(QStringLiteral("idleLockSetting"));
    m_idleLock->setRange(0, 240);
    m_idleLock->setSuffix(tr(" minutes"));
    m_idleLock->setSpecialValueText(tr("Never"));
    securityForm->addRow(tr("&Lock when not used for:"), m_idleLock);
    m_remember->setObjectName(QStringLiteral("rememberSetting"));
    securityForm->addRow(m_remember);
    // A check box cannot wrap its words: what it means is said below it, where they can.
    auto *rememberNote = new QLabel(tr("It then opens without the passphrase here. Anyone who can use your account on this computer "
                                       "could then open the vault: leave it off on a shared computer."),
                                    security);
    rememberNote->setWordWrap(true);
    securityForm->addRow(rememberNote);
    auto *change = new QPushButton(tr("&Change the passphrase…"), security);
    change->setObjectName(QStringLiteral("changePassphraseButton"));
    auto *recovery = new QPushButton(tr("Make a new &recovery key…"), security);
    recovery->setObjectName(QStringLiteral("newRecoveryKeyButton"));
    auto *buttons = new FlowLayout;
    buttons->addWidget(change);
    buttons->addWidget(recovery);
    securityForm->addRow(buttons);
    auto *rekey = new QPushButton(tr("Someone may know my passphrase: make &all keys new…"), security);
    rekey->setObjectName(QStringLiteral("rekeyButton"));
    auto *rekeyNote = new QLabel(tr("A new passphrase alone does not protect a copy of the vault someone may already have. This "
                                    "re-encrypts everything with a new key, with a new passphrase and a new recovery key."),
                                 security);
    rekeyNote->setWordWrap(true);
    auto *rekeyRow = new FlowLayout; // as wide as its words, like the buttons above
    rekeyRow->addWidget(rekey);
    securityForm->addRow(rekeyRow);
    securityForm->addRow(rekeyNote);
    layout->addWidget(security);

    auto *helpDesk = new QGroupBox(tr("Helping others"), content);
    auto *helpForm = new QFormLayout(helpDesk);
    m_helper->setObjectName(QStringLiteral("helperSetting"));
    m_helper->setPlaceholderText(tr("optional: shown on printed handouts"));
    helpForm->addRow(tr("Your &name:"), m_helper);
    layout->addWidget(helpDesk);

    auto *about = new QGroupBox(tr("This vault"), content);
    auto *aboutLayout = new QVBoxLayout(about);
    m_vaultInfo->setWordWrap(true);
    m_vaultInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    aboutLayout->addWidget(m_vaultInfo);
    // Which build this is, for a help desk's report: the version and the commit.
    auto *build = new QLabel(QStringLiteral("Breach Advisor %1 (%2)").arg(QLatin1String(BuildInfo::version()), QLatin1String(BuildInfo::commit())),
                             about);
    build->setObjectName(QStringLiteral("buildInfoLabel"));
    build->setTextInteractionFlags(Qt::TextSelectableByMouse);
    aboutLayout->addWidget(build);
    layout->addWidget(about);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);

    scroll->setFocusPolicy(Qt::NoFocus); // a container: its fields take the focus
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_textSize, &QComboBox::activated, this, [this] {
        m_context.settings.setTextScale(m_textSize->currentData().toInt());
        Q_EMIT textScaleChanged(m_textSize->currentData().toInt());
    });
    connect(m_theme, &QComboBox::activated, this, [this] {
        m_context.settings.setTheme(m_theme->currentData().toString());
        Theme::apply(Theme::fromName(m_context.settings.theme()));
    });
    connect(m_idleLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_context.settings.setIdleLockMinutes(minutes);
        Q_EMIT idleLockChanged(minutes);
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        m_context.settings.setLanguage(m_language->currentData().toString());
        Translator::install(m_context.settings.language()); // the window is built again in it
    });
    connect(m_helper, &QLineEdit::editingFinished, this, [this] { m_context.settings.setHelperName(m_helper->text().trimmed()); });
    connect(m_remember, &QCheckBox::clicked, this, &SettingsPage::setRemember);
    connect(change, &QPushButton::clicked, this, &SettingsPage::changePassphrase);
    connect(recovery, &QPushButton::clicked, this, &SettingsPage::replaceRecoveryKey);
    connect(rekey, &QPushButton::clicked, this, &SettingsPage::rekey);
}

void SettingsPage::clear()
{
    m_vaultInfo->clear();
    m_message->clear();
}

void SettingsPage::reload()
{
    const AppSettings &settings = m_context.settings;
    const QSignalBlocker a(m_textSize), b(m_idleLock), c(m_language), d(m_remember), e(m_theme);
    m_textSize->setCurrentIndex(std::max(0, m_textSize->findData(settings.textScale())));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Theme::name(Theme::fromName(settings.theme())))));
    m_idleLock->setValue(settings.idleLockMinutes());
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_remember->setChecked(settings.rememberVault());
    m_helper->setText(settings.helperName());
    if (!m_context.runner.isOpen()) {
        return;
    }
    m_context.runner.run([](VaultSession &session) { return session.info(); },
                         [this](const VaultInfo &info) {
                             m_vaultInfo->setText(tr("Folder: %1\n%2 breaches in the catalog (its newest facts: %3)\nEncryption: SQLCipher %4")
                                                      .arg(BidiText::leftToRight(QDir::toNativeSeparators(info.directory)), QLocale().toString(info.breaches),
                                                           BidiText::leftToRight(info.bundledCatalogVersion), BidiText::leftToRight(info.encryptionVersion())));
                         });
}

void SettingsPage::setRemember(bool remember)
{
    QPointer<SettingsPage> self(this);
    KeyStore &store = m_context.keyStore;
    m_context.runner.run(
        [self, &store, remember](VaultSession &session) {
            const auto done = [self, remember](const KeyStore::Result &result) {
                QMetaObject::invokeMethod(qApp, [self, remember, result] {
                    if (!self) {
                        return;
                    }
                    const bool ok = result.status == KeyStore::Status::Ok;
                    self->m_context.settings.setRememberVault(ok ? remember : !remember && self->m_context.settings.rememberVault());
                    const QSignalBlocker blocker(self->m_remember);
                    self->m_remember->setChecked(self->m_context.settings.rememberVault());
                    if (ok) {
                        self->m_message->show(InlineMessage::Kind::Success, remember ? tr("This computer now remembers the vault.")
                                                                                     : tr("This computer no longer remembers the vault."));
                    } else {
                        self->m_message->show(InlineMessage::Kind::Warning, result.message);
                    }
                });
            };
            if (remember) {
                session.remember(store, done);
            } else {
                session.forget(store, done);
            }
        },
        [] {});
}

void SettingsPage::changePassphrase()
{
    ChangePassphraseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto passphrase = std::make_shared<SecureBuffer>(dialog.takePassphrase());
    m_message->show(InlineMessage::Kind::Information, tr("Changing the passphrase…"));
    m_context.runner.run([passphrase](VaultSession &session) { session.changePassphrase(*passphrase); },
                         [this] {
                             m_message->show(InlineMessage::Kind::Success,
                                             tr("The passphrase was changed. Your recovery key still works. Note: a copy of the vault made "
                                                "before the change still opens with the old passphrase."));
                         },
                         [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

void SettingsPage::replaceRecoveryKey()
{
    if (!Confirm::ask(this, tr("Make a new recovery key?"),
                      tr("The recovery key you printed before stops working. You will see the new one once, to print or write down."),
                      tr("Make a &new key"))) {
        return;
    }
    // The vault takes the new key only once the person has kept it: until then (a crash, a
    // window closed without keeping it) the old one works.
    m_context.runner.run([](VaultSession &session) { return std::make_shared<SecureBuffer>(session.prepareRecoveryKey()); },
                         [this](const std::shared_ptr<SecureBuffer> &key) {
                             RecoveryKeyDialog dialog(*key, this);
                             if (dialog.exec() != QDialog::Accepted) {
                                 m_message->show(InlineMessage::Kind::Information,
                                                 tr("The new recovery key was not kept, so nothing changed: the old one still works."));
                                 return;
                             }
                             m_context.runner.run([](VaultSession &session) { session.finishRecoveryKey(); },
                                                  [this] {
                                                      m_message->show(InlineMessage::Kind::Success,
                                                                      tr("The new recovery key is in place. The old one no longer works."));
                                                  },
                                                  [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
                         },
                         [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

void SettingsPage::rekey()
{
    ChangePassphraseDialog dialog(this);
    dialog.setWindowTitle(tr("Make all keys new"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto passphrase = std::make_shared<SecureBuffer>(dialog.takePassphrase());
    m_message->show(InlineMessage::Kind::Information, tr("Re-encrypting the vault with new keys. This takes a moment."));
    // The new recovery key first: the vault learns of the new keys (and is re-encrypted) only
    // once the person has kept it.
    m_context.runner.run([passphrase](VaultSession &session) { return std::make_shared<SecureBuffer>(session.prepareRekey(*passphrase)); },
                         [this](const std::shared_ptr<SecureBuffer> &key) {
                             RecoveryKeyDialog shown(*key, this);
                             if (shown.exec() != QDialog::Accepted) {
                                 m_context.runner.run([](VaultSession &session) { session.cancelRekey(); }, [] {});
                                 m_message->show(InlineMessage::Kind::Information,
                                                 tr("The new recovery key was not kept, so the vault was not re-keyed: the old passphrase "
                                                    "and recovery key still work."));
                                 return;
                             }
                             finishRekey();
                         },
                         [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

void SettingsPage::finishRekey()
{
    m_context.runner.run([](VaultSession &session) { session.finishRekey(); },
                         [this] {
                             m_message->show(InlineMessage::Kind::Success,
                                             tr("The vault has new keys. The old passphrase and the old recovery key open "
                                                "nothing any more, not even an old copy of the key file."));
                             if (m_context.settings.rememberVault()) {
                                 rememberNewKey();
                             }
                         },
                         [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

// A remembered key is one of the old keys after a re-key: the new one is remembered instead,
// quietly unless that fails.
void SettingsPage::rememberNewKey()
{
    QPointer<SettingsPage> self(this);
    KeyStore &store = m_context.keyStore;
    m_context.runner.run(
        [self, &store](VaultSession &session) {
            session.remember(store, [self](const KeyStore::Result &result) {
                if (result.status == KeyStore::Status::Ok) {
                    return;
                }
                QMetaObject::invokeMethod(qApp, [self, result] {
                    if (self) {
                        self->m_message->show(InlineMessage::Kind::Warning, result.message);
                    }
                });
            });
        },
        [] {});
}

} // namespace BreachAdvisor::Ui
