#pragma once

#include "Plan.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;

namespace BreachAdvisor::Ui {

class HeadingLabel;

// One step of a plan: what to do, why it matters for this person (which breach, which
// of their details), how long it takes, instructions for their phone or computer (tabs),
// where the advice comes from, a note, and the buttons to mark it. Used under the plan's
// list, and large on its own in the guided mode.
class StepView : public QWidget
{
    Q_OBJECT

public:
    explicit StepView(bool guided, QWidget *parent = nullptr);

    void setItem(const PlanItem &item, const QStringList &personPlatforms, const QString &position = QString());
    void clear();
    QString stepId() const { return m_stepId; }
    QString note() const;
    void setUndoAvailable(bool available, const QString &what = QString());
    // Guided view only: whether there is a step before and after this one.
    void setNavigation(bool hasPrevious, bool hasNext);
    QTabBar *platformTabs() const { return m_tabs; }

Q_SIGNALS:
    void markRequested(const QString &stepId, StepStatus status, const QString &note);
    void undoRequested();
    void previousRequested();
    void nextRequested();

private:
    void showPlatform(int tab);

    bool m_guided;
    QString m_stepId;
    PlanItem m_item;
    QLabel *m_position;
    HeadingLabel *m_title;
    QLabel *m_statusLine;
    HeadingLabel *m_why;
    QTabBar *m_tabs;
    HeadingLabel *m_instructions;
    QLabel *m_sources;
    QLineEdit *m_note;
    QPushButton *m_done;
    QPushButton *m_later;
    QPushButton *m_notApplicable;
    QPushButton *m_reopen;
    QPushButton *m_undo;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace BreachAdvisor::Ui
