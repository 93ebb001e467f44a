#pragma once

#include "AppContext.h"
#include "PersonReport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace BreachAdvisor::Ui {

class CheckResultsModel;
class HeadingLabel;
class InlineMessage;
class PlanWidget;

// One person: the summary first, in calm words ("Found in 2 of 3 ... This does not
// mean anyone has used your accounts."), then what leaked — breaches found in leak files
// apart from those a notice named and from "may have leaked" at services they use —
// and their plan. Also used for a quick check (no person, nothing saved).
class PersonView : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Results, Plan };

    PersonView(AppContext &context, QWidget *parent = nullptr);

    void setReport(const PersonReport &report);
    void clear();
    const PersonReport &report() const { return m_report; }
    void showTab(Tab tab);
    PlanWidget *planWidget() const { return m_plan; }
    CheckResultsModel *resultsModel() const { return m_results; }
    QListWidget *checkedList() const { return m_checked; }
    QString summaryText() const;
    // A handout of this report (masked identifiers unless unmasked is asked for).
    QString handoutHtml(bool maskIdentifiers = true) const;

Q_SIGNALS:
    void editRequested();
    void removeRequested();
    void reportRequested(); // "I was told I'm in a breach"
    void passwordCheckRequested(); // "Check a password of theirs"

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitTabsToText();
    void showBreach(const QModelIndex &index);
    void printHandout();
    void saveHandout();

    AppContext &m_context;
    PersonReport m_report;
    HeadingLabel *m_name;
    QLabel *m_details;
    HeadingLabel *m_summary;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_report_;
    QPushButton *m_checkPassword;
    QPushButton *m_setCountry; // shown when steps were left out for want of a country
    QPushButton *m_print;
    QPushButton *m_save;
    InlineMessage *m_message;
    QTabWidget *m_tabs;
    CheckResultsModel *m_results;
    QTreeView *m_resultsView;
    QListWidget *m_checked;
    QTextBrowser *m_breachCard;
    PlanWidget *m_plan;
};

// The text of a breach card: facts, what leaked (of this person, when found is given:
// how sure, how likely), what it really is, provenance and sources.
QString breachCardHtml(const Breach &breach, const FoundBreach *found);

} // namespace BreachAdvisor::Ui
