#include "PasswordCheckPage.h"

#include "AppSettings.h"
#include "Error.h"
#include "FlowLayout.h"
#include "HeadingLabel.h"
#include "InlineMessage.h"
#include "PassphraseEdit.h"
#include "PasswordHash.h"
#include "PasswordIndex.h"
#include "PasswordList.h"
#include "ServiceCheckBoxes.h"
#include "SessionRunner.h"
#include "UiText.h"
#include "VaultSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

namespace {

// How often progress reaches the window at most: often enough to move, rarely enough to cost nothing.
constexpr qint64 kProgressEveryMs = 200;

} // namespace

PasswordCheckPage::PasswordCheckPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_listStatus(new QLabel(this))
    , m_importFile(new QPushButton(tr("Import the &list…"), this))
    , m_importFolder(new QPushButton(tr("Import a &folder of prefix files…"), this))
    , m_progressArea(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel the import"), this))
    , m_person(new QComboBox(this))
    , m_services(new ServiceCheckBoxes(tr("Where they use this password"), QStringLiteral("passwordService_"), this))
    , m_password(new PassphraseEdit(false, this))
    , m_check(new QPushButton(tr("C&heck the password"), this))
    , m_answer(new InlineMessage(this))
    , m_kept(new InlineMessage(this))
    , m_openPlan(new QPushButton(tr("Open their &plan"), this))
    , m_listMessage(new InlineMessage(this))
{
    setObjectName(QStringLiteral("passwordCheckPage"));
    auto *layout = new QVBoxLayout(UiText::scrollingContent(this));
    layout->addWidget(new HeadingLabel(tr("Check a password"), 4, this));
    auto *intro = new QLabel(tr("Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this "
                                "computer only: the password is not saved or sent anywhere, and the field is emptied after each check."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The list: what is there, and importing it.
    auto *listBox = new QGroupBox(tr("The list of leaked passwords"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    m_listStatus->setObjectName(QStringLiteral("passwordListStatus"));
    m_listStatus->setWordWrap(true);
    m_listStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    listLayout->addWidget(m_listStatus);
    auto *listButtons = new FlowLayout;
    m_importFile->setObjectName(QStringLiteral("importPasswordListButton"));
    m_importFolder->setObjectName(QStringLiteral("importPasswordFolderButton"));
    listButtons->addWidget(m_importFile);
    listButtons->addWidget(m_importFolder);
    listLayout->addLayout(listButtons);
    auto *progressLayout = new QVBoxLayout(m_progressArea);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress->setObjectName(QStringLiteral("passwordImportProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    progressLayout->addWidget(m_progress);
    m_progressText->setObjectName(QStringLiteral("passwordImportProgressText"));
    m_progressText->setWordWrap(true);
    progressLayout->addWidget(m_progressText);
    m_cancel->setObjectName(QStringLiteral("cancelPasswordImportButton"));
    progressLayout->addWidget(m_cancel, 0, Qt::AlignLeading);
    m_progressArea->hide();
    listLayout->addWidget(m_progressArea);
    m_listMessage->setObjectName(QStringLiteral("passwordListMessage"));
    listLayout->addWidget(m_listMessage);
    layout->addWidget(listBox);

    // The check.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_person->setObjectName(QStringLiteral("passwordPerson"));
    // As wide as the page allows, never wider: a long name does not widen the window.
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(12);
    form->addRow(tr("&Whose password:"), m_person);
    m_password->setObjectName(QStringLiteral("passwordToCheck"));
    m_password->setAccessibleName(tr("Password to check"));
    m_services->setObjectName(QStringLiteral("passwordServices"));
    // In the order they are asked: whose, where they use it (for a person), the password.
    form->addRow(m_services);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password->lineEdit());
    form->addRow(passwordLabel, m_password);
    form->setRowVisible(m_services, false);
    m_form = form;
    layout->addLayout(form);
    m_check->setObjectName(QStringLiteral("checkPasswordButton"));
    m_check->setDefault(true);
    layout->addWidget(m_check, 0, Qt::AlignLeading);
    m_answer->setObjectName(QStringLiteral("passwordAnswer"));
    layout->addWidget(m_answer);
    m_kept->setObjectName(QStringLiteral("passwordKept"));
    layout->addWidget(m_kept);
    m_openPlan->setObjectName(QStringLiteral("openPlanButton"));
    m_openPlan->hide();
    layout->addWidget(m_openPlan, 0, Qt::AlignLeading);
    layout->addStretch(1);

    connect(m_importFile, &QPushButton::clicked, this, &PasswordCheckPage::chooseFile);
    connect(m_importFolder, &QPushButton::clicked, this, &PasswordCheckPage::chooseFolder);
    connect(m_cancel, &QPushButton::clicked, this, &PasswordCheckPage::cancelImport);
    connect(m_check, &QPushButton::clicked, this, &PasswordCheckPage::check);
    connect(m_password, &PassphraseEdit::returnPressed, this, &PasswordCheckPage::check);
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedPerson = person();
        showPerson();
    });
    connect(m_openPlan, &QPushButton::clicked, this, [this] { Q_EMIT planRequested(person()); });
    connect(&m_context.events, &VaultEvents::peopleChanged, this, &PasswordCheckPage::reload);
    showPeople({});
}

PasswordCheckPage::~PasswordCheckPage()
{
    if (m_cancelFlag) {
        *m_cancelFlag = true;
    }
    if (m_importThread) {
        m_importThread->wait();
    }
}

QString PasswordCheckPage::listPath() const
{
    return PasswordList::pathIn(m_context.settings.vaultDirectory());
}

void PasswordCheckPage::setPerson(qint64 personId)
{
    m_wantedPerson = personId; // kept until the list of people has them
    {
        const QSignalBlocker quiet(m_person);
        m_person->setCurrentIndex(std::max(m_person->findData(personId), 0));
    }
    showPerson();
}

qint64 PasswordCheckPage::person() const
{
    return m_person->currentData().toLongLong();
}

void PasswordCheckPage::reload()
{
    showListStatus();
    if (!m_context.runner.isOpen()) {
        return;
    }
    m_context.runner.run([](VaultSession &session) { return session.people(); },
                         [this](const QList<Person> &people) { showPeople(people); });
}

void PasswordCheckPage::showPeople(const QList<Person> &people)
{
    {
        const QSignalBlocker quiet(m_person);
        m_person->clear();
        m_person->addItem(tr("Nobody in particular (nothing is kept)"), qint64(0));
        for (const Person &saved : people) {
            m_person->addItem(saved.name, saved.id);
        }
        m_person->setCurrentIndex(std::max(m_person->findData(m_wantedPerson), 0));
    }
    showPerson();
}

void PasswordCheckPage::showPerson()
{
    const qint64 shown = person();
    m_form->setRowVisible(m_services, shown != 0);
    if (shown != m_shownPerson) {
        // What was kept, and where they use it, were about the person shown before.
        m_kept->clear();
        m_openPlan->hide();
        m_services->uncheckAll();
    }
    m_shownPerson = shown;
}

bool PasswordCheckPage::openList()
{
    if (m_index) {
        return true;
    }
    if (!QFileInfo::exists(listPath())) {
        return false;
    }
    try {
        m_index = std::make_unique<PasswordIndex>(listPath());
    } catch (const Error &error) {
        m_listMessage->show(InlineMessage::Kind::Error, error.message());
        return false;
    }
    return true;
}

void PasswordCheckPage::showListStatus()
{
    if (!openList()) {
        m_importFile->setText(tr("Import the &list…"));
        if (QFileInfo::exists(listPath())) {
            m_listStatus->setText(tr("The list of leaked passwords on this computer cannot be used (see below): import it again."));
            return;
        }
        m_listStatus->setText(tr("There is no list of leaked passwords on this computer yet. Download Have I Been Pwned's \"Pwned "
                                 "Passwords\" list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), "
                                 "then import the file, or the folder of files, here. The list is public data: nothing you check is sent "
                                 "anywhere."));
        return;
    }
    const PasswordIndex::Info &info = m_index->info();
    const QLocale locale;
    m_listStatus->setText(tr("%1 leaked passwords (%2), imported on %3 from %4.")
                              .arg(locale.toString(qulonglong(info.hashes)), passwordHashKindName(info.kind),
                                   locale.toString(info.importedAt.toLocalTime().date(), QLocale::LongFormat), info.sourceName));
    m_importFile->setText(tr("Import a newer &list…"));
}

void PasswordCheckPage::check()
{
    m_answer->clear();
    m_kept->clear();
    m_openPlan->hide();
    if (m_password->isEmpty()) {
        m_answer->show(InlineMessage::Kind::Error, tr("Type the password to check."));
        m_password->lineEdit()->setFocus();
        return;
    }
    // Out of the field at once, whatever comes next: it is never left behind on the screen.
    const SecureBuffer password = m_password->takePassphrase();
    if (!openList()) {
        m_answer->show(InlineMessage::Kind::Error, tr("Import the list of leaked passwords first: without it there is nothing to check against."));
        m_importFile->setFocus();
        return;
    }
    std::optional<int> seen;
    try {
        seen = m_index->find(passwordKey(m_index->info().kind, password));
    } catch (const Error &error) {
        m_index.reset(); // a damaged list is opened (and refused) again next time
        m_answer->show(InlineMessage::Kind::Error, error.message());
        return;
    }
    m_answer->show(seen ? InlineMessage::Kind::Warning : InlineMessage::Kind::Information, PasswordList::verdict(seen));
    const qint64 personId = person();
    if (seen && personId != 0) {
        keepWithPerson(personId, *seen, m_services->checkedIds());
    }
    m_password->lineEdit()->setFocus();
    Q_EMIT checked(seen.has_value());
}

void PasswordCheckPage::keepWithPerson(qint64 personId, int seenClass, const QStringList &usedAt)
{
    m_context.runner.run(
        [personId, seenClass, usedAt](VaultSession &session) {
            const Person person = session.requirePerson(personId);
            session.recordKnownPassword(person, seenClass, usedAt);
            return person.name;
        },
        [this](const QString &name) {
            m_kept->show(InlineMessage::Kind::Success, tr("Kept with %1: a password of theirs is known (nothing of the password itself). "
                                                          "Their plan now starts with changing it.")
                                                           .arg(name));
            m_openPlan->show();
            Q_EMIT m_context.events.peopleChanged();
        },
        [this](const Error &error) {
            if (m_context.runner.isOpen()) { // else locked meanwhile: the page was cleared, nothing to say
                m_kept->show(InlineMessage::Kind::Error, error.message());
            }
        });
}

void PasswordCheckPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the list of leaked passwords"), QDir::homePath(),
                                                      tr("Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)"));
    if (!path.isEmpty()) {
        importList(path);
    }
}

void PasswordCheckPage::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the folder of prefix files"), QDir::homePath());
    if (!path.isEmpty()) {
        importList(path);
    }
}

void PasswordCheckPage::importList(const QString &source)
{
    if (m_importThread) {
        return;
    }
    if (!QDir().mkpath(m_context.settings.vaultDirectory())) {
        m_listMessage->show(InlineMessage::Kind::Error, tr("Cannot make the folder %1.").arg(m_context.settings.vaultDirectory()));
        return;
    }
    m_listMessage->clear();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_progressText->setText(tr("Starting…"));
    m_progressArea->show();
    m_importFile->setEnabled(false);
    m_importFolder->setEnabled(false);
    m_cancel->setFocus();
    Q_EMIT activity(tr("Importing the list of leaked passwords…"));
    const QString target = listPath();
    const auto cancel = m_cancelFlag;
    // Its own thread, not the session's: the list is no part of the vault, and a long import
    // must not hold up the people and checks meanwhile. The destructor waits for it, so
    // `this` outlives the thread; a queued call to a page already gone is dropped by Qt.
    m_importThread.reset(QThread::create([this, source, target, cancel] {
        QElapsedTimer clock;
        clock.start();
        qint64 shown = -kProgressEveryMs;
        WorkControl control;
        control.cancel = cancel.get();
        control.progress = [&](qint64 done, qint64 total) {
            if (clock.elapsed() - shown < kProgressEveryMs) {
                return;
            }
            shown = clock.elapsed();
            const double left = done > 0 && total > done ? double(clock.elapsed()) / 1000.0 * double(total - done) / double(done) : -1.0;
            QMetaObject::invokeMethod(this, [this, done, total, left] { showProgress(done, total, left); });
        };
        try {
            const PasswordImportReport report = PasswordCorpusImporter::run(source, target, control);
            QMetaObject::invokeMethod(this, [this, report, source] { importDone(report, source); });
        } catch (const Error &error) {
            QMetaObject::invokeMethod(this, [this, error] { importFailed(error); });
        } catch (const std::exception &error) {
            const Error wrapped(ErrorKind::Internal, QString::fromLocal8Bit(error.what()));
            QMetaObject::invokeMethod(this, [this, wrapped] { importFailed(wrapped); });
        }
    }));
    m_importThread->start();
}

void PasswordCheckPage::showProgress(qint64 done, qint64 total, double secondsLeft)
{
    if (!m_importThread || total <= 0) {
        return;
    }
    const int permille = int(1000 * done / total);
    m_progress->setValue(permille);
    QString text = tr("Reading the list: %1%").arg(permille / 10);
    const QString left = UiText::timeLeft(secondsLeft);
    if (!left.isEmpty()) {
        text += QStringLiteral(", ") + left;
    }
    m_progressText->setText(text);
    Q_EMIT activity(tr("Importing the list of leaked passwords: %1%").arg(permille / 10));
}

void PasswordCheckPage::endImport()
{
    if (m_importThread) {
        m_importThread->wait(); // it ends with the call that brought us here
        m_importThread.reset();
    }
    m_cancelFlag.reset();
    m_progressArea->hide();
    m_importFile->setEnabled(true);
    m_importFolder->setEnabled(true);
    Q_EMIT activity(QString());
}

void PasswordCheckPage::importDone(const PasswordImportReport &report, const QString &source)
{
    endImport();
    m_index.reset(); // the new list replaced the file: open it afresh
    showListStatus();
    m_lastImport = Imported{report, source};
    showImported(*m_lastImport);
    m_password->lineEdit()->setFocus();
    Q_EMIT importFinished(true);
}

void PasswordCheckPage::showImported(const Imported &imported)
{
    const QStringList summary = PasswordList::importSummary(imported.report, QFileInfo(imported.source).fileName());
    m_listMessage->show(InlineMessage::Kind::Success, summary.join(QLatin1Char(' ')));
}

void PasswordCheckPage::importFailed(const Error &error)
{
    endImport();
    const bool cancelled = error.kind() == ErrorKind::Cancelled;
    m_listMessage->show(cancelled ? InlineMessage::Kind::Information : InlineMessage::Kind::Error,
                        cancelled ? tr("The import was cancelled. The list is as it was.") : error.message());
    showListStatus();
    Q_EMIT importFinished(false);
}

void PasswordCheckPage::cancelImport()
{
    if (m_cancelFlag) {
        *m_cancelFlag = true;
        m_progressText->setText(tr("Cancelling…"));
    }
}

void PasswordCheckPage::clear()
{
    cancelImport();
    m_password->clear();
    m_answer->clear();
    m_wantedPerson = 0;
    showPeople({}); // their names go with the vault
}

QString PasswordCheckPage::answerText() const
{
    return m_answer->text();
}

QString PasswordCheckPage::listStatusText() const
{
    return m_listStatus->text();
}

void PasswordCheckPage::hideEvent(QHideEvent *event)
{
    if (!event->spontaneous()) { // leaving the page, not minimizing the window
        m_password->clear();
        m_answer->clear();
    }
    QWidget::hideEvent(event);
}

} // namespace BreachAdvisor::Ui
