#pragma once

#include "AppContext.h"
#include "People.h"
#include "Plan.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace BreachAdvisor::Ui {

class InlineMessage;
class PlanModel;
class StepView;

// A person's plan, in two modes: a list by section with progress ("7 of 12 done"), the
// step to do first highlighted, and the chosen step's details below; or one step at a
// time in large text. Marking a step saves it at once; Undo puts it back.
class PlanWidget : public QWidget
{
    Q_OBJECT

public:
    PlanWidget(AppContext &context, QWidget *parent = nullptr);

    void setPlan(const Person &person, const Plan &plan);
    void clear();
    void setGuided(bool guided);
    bool isGuided() const;
    PlanModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    StepView *stepView() const { return m_details; }
    StepView *guidedView() const { return m_guided; }
    QString progressText() const;

private:
    struct Undo
    {
        QString stepId;
        std::optional<StepProgress> previous;
        QString description;
    };
    void select(const QString &stepId);
    void showGuided(qsizetype position);
    void mark(const QString &stepId, StepStatus status, const QString &note);
    void undo();
    // Plan items in the order the guided mode walks them: open steps first, then the rest.
    qsizetype nextOpenAfter(qsizetype position) const;
    static QString markedText(const QString &title, StepStatus status);

    AppContext &m_context;
    Person m_person;
    PlanModel *m_model;
    QLabel *m_progress;
    QLabel *m_ifYouUsed;
    QPushButton *m_listMode;
    QPushButton *m_guidedMode;
    QStackedWidget *m_modes;
    QTreeView *m_view;
    StepView *m_details;
    StepView *m_guided;
    InlineMessage *m_message;
    QString m_selected;
    qsizetype m_guidedPosition = 0;
    QString m_guidedStep;        // the step the guided view shows, by id
    bool m_advanceGuided = false; // a step was marked there: go on to the next open one
    std::optional<Undo> m_undo;
};

} // namespace BreachAdvisor::Ui
