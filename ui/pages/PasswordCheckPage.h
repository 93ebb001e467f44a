#pragma once

#include "AppContext.h"
#include "PasswordCorpusImporter.h"
#include "People.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace BreachAdvisor {
class Error;
class PasswordIndex;
}

namespace BreachAdvisor::Ui {

class InlineMessage;
class PassphraseEdit;
class ServiceCheckBoxes;

// "Is this password known to criminals?", checked on this computer against Have I Been
// Pwned's list of leaked passwords (imported here once, from a file or the downloader's
// folder, with progress and Cancel). The password is typed into a field whose text goes
// straight into secure memory, is hashed there and wiped: the field is emptied after each
// check, when the page is left and when the app locks. For a saved person, a password found
// is kept as "a password of theirs is known" with the services they say use it — nothing
// of the password — and their plan then starts with changing it.
class PasswordCheckPage : public QWidget
{
    Q_OBJECT

public:
    PasswordCheckPage(AppContext &context, QWidget *parent = nullptr);
    ~PasswordCheckPage() override; // cancels an import and waits for it (the list stays as it was)

    // Whose password is checked: a saved person, or 0 for nobody (nothing is kept).
    void setPerson(qint64 personId);
    qint64 person() const;
    // The people to choose from and the list's state, read again.
    void reload();
    void check();
    // Imports a Pwned Passwords file or the downloader's folder of prefix files, on a
    // thread of its own; the list in use stays until the new one is whole.
    void importList(const QString &source);
    void cancelImport();
    bool isImporting() const { return m_importThread != nullptr; }
    // Empties the field, the answer and the choice of person; cancels an import.
    void clear();
    // What the last import brought, said again by the page built anew in another language.
    struct Imported {
        PasswordImportReport report;
        QString source;
    };
    std::optional<Imported> lastImport() const { return m_lastImport; }
    void showImported(const Imported &imported);

    PassphraseEdit *passwordField() const { return m_password; }
    QString answerText() const;
    QString listStatusText() const;

Q_SIGNALS:
    void checked(bool found);
    void importFinished(bool imported);
    void planRequested(qint64 personId); // "Open their plan"
    void activity(const QString &text);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    // Opens the list when there is one (the header and directory checked); says what is there.
    bool openList();
    void showListStatus();
    void showProgress(qint64 done, qint64 total, double secondsLeft);
    void importDone(const PasswordImportReport &report, const QString &source);
    void importFailed(const Error &error);
    void endImport();
    void chooseFile();
    void chooseFolder();
    // The people to choose from (none: only "nobody"), the wanted one chosen.
    void showPeople(const QList<Person> &people);
    // Shows the chosen person's part (where they use the password); forgets what was about another.
    void showPerson();
    void keepWithPerson(qint64 personId, int seenClass, const QStringList &usedAt);
    QString listPath() const;

    AppContext &m_context;
    std::unique_ptr<PasswordIndex> m_index;
    QLabel *m_listStatus;
    QPushButton *m_importFile;
    QPushButton *m_importFolder;
    QWidget *m_progressArea;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancel;
    QComboBox *m_person;
    QFormLayout *m_form = nullptr;
    ServiceCheckBoxes *m_services;
    PassphraseEdit *m_password;
    QPushButton *m_check;
    InlineMessage *m_answer;
    InlineMessage *m_kept;
    QPushButton *m_openPlan;
    InlineMessage *m_listMessage;
    std::unique_ptr<QThread> m_importThread;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    qint64 m_wantedPerson = 0; // chosen before the list of people arrived
    qint64 m_shownPerson = 0;
    std::optional<Imported> m_lastImport;
};

} // namespace BreachAdvisor::Ui
