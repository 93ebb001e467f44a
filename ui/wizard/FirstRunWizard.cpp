#include "FirstRunWizard.h"

#include "AppSettings.h"
#include "HeadingLabel.h"
#include "InlineMessage.h"
#include "KeyStore.h"
#include "PassphraseEdit.h"
#include "RecoveryKeyWidget.h"
#include "SessionRunner.h"
#include "Translator.h"
#include "UiText.h"
#include "VaultSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

namespace {

// Every page scrolls, so large text is never cut off.
QVBoxLayout *scrollingLayout(QWizardPage *page)
{
    auto *scroll = new QScrollArea(page);
    scroll->setFocusPolicy(Qt::NoFocus); // a container: its fields take the focus
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *content = new QWidget(scroll);
    // Lines of a readable length, whatever the window's width.
    content->setMaximumWidth(content->fontMetrics().averageCharWidth() * 100);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return new QVBoxLayout(content);
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

class FirstRunWizard::WelcomePage : public QWizardPage
{
public:
    WelcomePage(FirstRunWizard *wizard, AppContext &context)
    {
        setTitle(FirstRunWizard::tr("Welcome to Breach Advisor"));
        QVBoxLayout *layout = scrollingLayout(this);
        // The language first: everything after it is then in words the person reads.
        auto *languageLabel = new QLabel(FirstRunWizard::tr("&Language:"), this);
        auto *language = new QComboBox(this);
        language->setObjectName(QStringLiteral("languageCombo"));
        UiText::fillLanguages(language, context.settings.language());
        languageLabel->setBuddy(language);
        layout->addWidget(languageLabel);
        layout->addWidget(language, 0, Qt::AlignLeading);
        connect(language, &QComboBox::activated, this, [&context, language] {
            context.settings.setLanguage(language->currentData().toString());
            Translator::install(context.settings.language()); // the window is built again in it
        });
        layout->addWidget(new HeadingLabel(FirstRunWizard::tr("Find out whether your details leaked, what leaked, and what to do"), 4, this));
        layout->addWidget(paragraph(FirstRunWizard::tr("Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches "
                                       "and leak files you import, and makes a plan of simple steps, for you or for someone you help."),
                                    this));
        layout->addWidget(paragraph(FirstRunWizard::tr("Nothing you type here leaves this computer: there is no account and no internet connection. "
                                       "Everything is kept in an encrypted vault that only your passphrase opens."),
                                    this));
        auto *sizeLabel = new QLabel(FirstRunWizard::tr("&Text size:"), this);
        auto *size = new QComboBox(this);
        size->setObjectName(QStringLiteral("textSizeCombo"));
        for (const int percent : {100, 125, 150, 200}) {
            size->addItem(FirstRunWizard::tr("%1%").arg(percent), percent);
        }
        size->setCurrentIndex(std::max(0, size->findData(context.settings.textScale())));
        sizeLabel->setBuddy(size);
        layout->addWidget(sizeLabel);
        layout->addWidget(size, 0, Qt::AlignLeading);
        connect(size, &QComboBox::currentIndexChanged, this, [wizard, size] { Q_EMIT wizard->textScaleChosen(size->currentData().toInt()); });

        layout->addStretch(1);
    }
};

class FirstRunWizard::PassphrasePage : public QWizardPage
{
public:
    explicit PassphrasePage(AppContext &context)
        : first(new PassphraseEdit(true, this))
        , second(new PassphraseEdit(false, this))
        , remember(new QCheckBox(FirstRunWizard::tr("&Remember on this computer (no passphrase needed to open it here)"), this))
        , message(new InlineMessage(this))
        , busy(new QProgressBar(this))
        , busyText(new QLabel(FirstRunWizard::tr("Making your vault. This takes a moment."), this))
    {
        setTitle(FirstRunWizard::tr("Choose a passphrase"));
        QVBoxLayout *layout = scrollingLayout(this);
        layout->addWidget(paragraph(FirstRunWizard::tr("The passphrase opens your vault. Four or more words that do not belong together are easy to "
                                       "remember and hard to guess. You may paste it from a password manager."),
                                    this));
        auto *firstLabel = new QLabel(FirstRunWizard::tr("&New passphrase:"), this);
        firstLabel->setBuddy(first->lineEdit());
        first->setObjectName(QStringLiteral("newPassphraseEdit"));
        first->setAccessibleName(FirstRunWizard::tr("New passphrase"));
        layout->addWidget(firstLabel);
        layout->addWidget(first);
        auto *secondLabel = new QLabel(FirstRunWizard::tr("&Type it again:"), this);
        secondLabel->setBuddy(second->lineEdit());
        second->setObjectName(QStringLiteral("repeatPassphraseEdit"));
        second->setAccessibleName(FirstRunWizard::tr("Type the passphrase again"));
        second->setConfirms(first);
        layout->addWidget(secondLabel);
        layout->addWidget(second);
        remember->setObjectName(QStringLiteral("rememberCheckBox"));
        remember->setChecked(context.settings.rememberVault());
        layout->addWidget(remember);
        layout->addWidget(paragraph(FirstRunWizard::tr("Remembering uses this computer's keychain: anyone who can use your account on this computer "
                                       "could then open the vault. Leave it off on a shared computer."),
                                    this));
        layout->addWidget(paragraph(FirstRunWizard::tr("If you forget the passphrase, only the recovery key on the next page can open the vault."), this));
        message->setObjectName(QStringLiteral("passphraseMessage"));
        layout->addWidget(message);
        auto *busyRow = new QHBoxLayout;
        busy->setRange(0, 0);
        busy->setMaximumWidth(160);
        busy->setAccessibleName(FirstRunWizard::tr("Making the vault"));
        busyRow->addWidget(busy);
        busyRow->addWidget(busyText, 1);
        layout->addLayout(busyRow);
        busy->hide();
        busyText->hide();
        layout->addStretch(1);
        connect(first, &PassphraseEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(second, &PassphraseEdit::textChanged, this, [this] {
            message->clear();
            Q_EMIT completeChanged();
        });
    }

    bool isComplete() const override
    {
        return !first->isEmpty() && first->sameTextAs(*second) && busy->isHidden();
    }

    void setBusy(bool on)
    {
        busy->setVisible(on);
        busyText->setVisible(on);
        first->setEnabled(!on);
        second->setEnabled(!on);
        remember->setEnabled(!on);
        Q_EMIT completeChanged();
    }

    PassphraseEdit *first;
    PassphraseEdit *second;
    QCheckBox *remember;
    InlineMessage *message;
    QProgressBar *busy;
    QLabel *busyText;
};

class FirstRunWizard::RecoveryKeyPage : public QWizardPage
{
public:
    RecoveryKeyPage()
        : key(new RecoveryKeyWidget(this))
        , saved(new QCheckBox(FirstRunWizard::tr("I have &printed or written down my recovery key and put it somewhere safe"), this))
    {
        setTitle(FirstRunWizard::tr("Your recovery key"));
        QVBoxLayout *layout = scrollingLayout(this);
        layout->addWidget(paragraph(FirstRunWizard::tr("If you ever forget your passphrase, this key is the only way back into your vault. It is shown "
                                       "only now. Print it or write it down, and keep it away from this computer."),
                                    this));
        layout->addWidget(key);
        saved->setObjectName(QStringLiteral("recoveryKeySavedCheckBox"));
        layout->addWidget(saved);
        layout->addStretch(1);
        registerField(QStringLiteral("recoveryKeySaved*"), saved);
    }

    RecoveryKeyWidget *key;
    QCheckBox *saved;
};

class FirstRunWizard::DonePage : public QWizardPage
{
public:
    DonePage()
    {
        setTitle(FirstRunWizard::tr("Your vault is ready"));
        QVBoxLayout *layout = scrollingLayout(this);
        layout->addWidget(paragraph(FirstRunWizard::tr("Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and "
                                       "the services they use. Breach Advisor then shows what leaked and what to do, step by step."),
                                    this));
        layout->addStretch(1);
    }
};

FirstRunWizard::FirstRunWizard(AppContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_passphrasePage(new PassphrasePage(context))
    , m_recoveryPage(new RecoveryKeyPage)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(FirstRunWizard::tr("Set up Breach Advisor"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButton);
    setButtonText(QWizard::NextButton, FirstRunWizard::tr("&Continue"));
    setButtonText(QWizard::FinishButton, FirstRunWizard::tr("&Start"));
    setPage(WelcomePageId, new WelcomePage(this, context));
    setPage(PassphrasePageId, m_passphrasePage);
    setPage(RecoveryKeyPageId, m_recoveryPage);
    setPage(DonePageId, new DonePage);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // No way back to the passphrase once the vault exists.
        if (id == RecoveryKeyPageId) {
            button(QWizard::BackButton)->setEnabled(false);
        }
        if (QWidget *page = currentPage()) {
            page->setFocus();
            if (QWidget *first = page->nextInFocusChain()) {
                first->setFocus();
            }
        }
        if (id == PassphrasePageId) {
            m_passphrasePage->first->setFocus();
        }
    });
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::recoveryKeyText() const
{
    return m_recoveryPage->key->keyText();
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == PassphrasePageId && !m_created) {
        if (!m_creating) {
            createVault();
        }
        return false; // goes on by itself once the vault exists
    }
    return QWizard::validateCurrentPage();
}

void FirstRunWizard::createVault()
{
    m_creating = true;
    m_passphrasePage->message->clear();
    m_passphrasePage->setBusy(true);
    auto passphrase = std::make_shared<SecureBuffer>(m_passphrasePage->first->takePassphrase());
    m_passphrasePage->second->clear();
    auto recoveryKey = std::make_shared<SecureBuffer>();
    const QString directory = m_context.settings.vaultDirectory();
    m_context.runner.open(
        [directory, passphrase, recoveryKey] {
            VaultSession::Created created = VaultSession::create(directory, *passphrase);
            *recoveryKey = std::move(created.recoveryKey);
            return std::move(created.session);
        },
        [this, recoveryKey] {
            m_creating = false;
            m_created = true;
            m_passphrasePage->setBusy(false);
            m_recoveryPage->key->setKey(*recoveryKey);
            rememberIfAsked();
            Q_EMIT vaultCreated();
            next();
        },
        [this](const Error &error) {
            m_creating = false;
            m_passphrasePage->setBusy(false);
            m_passphrasePage->message->show(InlineMessage::Kind::Error, error.message());
            m_passphrasePage->first->setFocus();
        });
}

void FirstRunWizard::rememberIfAsked()
{
    const bool remember = m_passphrasePage->remember->isChecked();
    m_context.settings.setRememberVault(false);
    if (!remember) {
        return;
    }
    QPointer<FirstRunWizard> self(this);
    KeyStore &store = m_context.keyStore;
    AppSettings &settings = m_context.settings;
    m_context.runner.run(
        [self, &store, &settings](VaultSession &session) {
            session.remember(store, [self, &settings](const KeyStore::Result &result) {
                QMetaObject::invokeMethod(qApp, [self, &settings, result] {
                    settings.setRememberVault(result.status == KeyStore::Status::Ok);
                    if (self && result.status != KeyStore::Status::Ok) {
                        self->m_recoveryPage->key->message()->show(InlineMessage::Kind::Warning, result.message);
                    }
                });
            });
        },
        [] {});
}

} // namespace BreachAdvisor::Ui
