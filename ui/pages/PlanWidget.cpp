#include "PlanWidget.h"

#include "Accessibility.h"
#include "FlowLayout.h"
#include "InlineMessage.h"
#include "PlanModel.h"
#include "SessionRunner.h"
#include "StepView.h"
#include "UiText.h"
#include "VaultSession.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

PlanWidget::PlanWidget(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PlanModel(this))
    , m_progress(new QLabel(this))
    , m_ifYouUsed(new QLabel(this))
    , m_listMode(new QPushButton(tr("&List of steps"), this))
    , m_guidedMode(new QPushButton(tr("One step at a &time"), this))
    , m_modes(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_details(new StepView(false, this))
    , m_guided(new StepView(true, this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("planWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new FlowLayout;
    m_progress->setObjectName(QStringLiteral("planProgress"));
    Accessibility::markStatusArea(m_progress, tr("Progress of the plan"));
    top->addWidget(m_progress);
    auto *group = new QButtonGroup(this);
    for (QPushButton *button : {m_listMode, m_guidedMode}) {
        button->setCheckable(true);
        group->addButton(button);
        top->addWidget(button);
    }
    m_listMode->setObjectName(QStringLiteral("listModeButton"));
    m_guidedMode->setObjectName(QStringLiteral("guidedModeButton"));
    m_listMode->setChecked(true);
    layout->addLayout(top);
    layout->addWidget(m_message);
    m_ifYouUsed->setObjectName(QStringLiteral("ifYouUsed"));
    m_ifYouUsed->setWordWrap(true);
    m_ifYouUsed->setTextFormat(Qt::PlainText);
    m_ifYouUsed->hide();
    layout->addWidget(m_ifYouUsed);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setAccessibleName(tr("Steps of the plan"));
    m_view->setModel(m_model);
    Accessibility::currentFollowsSelection(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PlanModel::StepColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(PlanModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PlanModel::MinutesColumn, QHeaderView::ResizeToContents);
    split->addWidget(m_view);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setFocusPolicy(Qt::NoFocus); // a container: its fields take the focus
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidget(m_details);
    split->addWidget(detailsScroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_modes->addWidget(split);
    auto *guidedScroll = new QScrollArea(this);
    guidedScroll->setFocusPolicy(Qt::NoFocus); // a container: its fields take the focus
    guidedScroll->setWidgetResizable(true);
    guidedScroll->setFrameShape(QFrame::NoFrame);
    guidedScroll->setWidget(m_guided);
    m_modes->addWidget(guidedScroll);
    layout->addWidget(m_modes, 1);

    // toggled, not clicked: a screen reader's Toggle action checks a button without clicking it.
    connect(m_listMode, &QPushButton::toggled, this, [this](bool on) {
        if (on && isGuided()) setGuided(false);
    });
    connect(m_guidedMode, &QPushButton::toggled, this, [this](bool on) {
        if (on && !isGuided()) setGuided(true);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const PlanItem *item = m_model->item(current);
        if (item) {
            m_selected = item->step->id;
            m_details->setItem(*item, m_person.platforms);
            m_details->setUndoAvailable(m_undo.has_value(), m_undo ? m_undo->description : QString());
        } else {
            m_selected.clear(); // a section's heading, or nothing: no step is shown as chosen
            m_details->clear();
        }
    });
    for (StepView *view : {m_details, m_guided}) {
        connect(view, &StepView::markRequested, this, &PlanWidget::mark);
        connect(view, &StepView::undoRequested, this, &PlanWidget::undo);
    }
    connect(m_guided, &StepView::previousRequested, this, [this] { showGuided(m_guidedPosition - 1); });
    connect(m_guided, &StepView::nextRequested, this, [this] { showGuided(m_guidedPosition + 1); });
}

void PlanWidget::clear()
{
    m_person = Person();
    m_model->setPlan(Plan());
    m_details->clear();
    m_guided->clear();
    m_progress->clear();
    m_ifYouUsed->clear();
    m_ifYouUsed->hide();
    m_message->clear();
    m_undo.reset();
    m_selected.clear();
}

QString PlanWidget::progressText() const
{
    return m_progress->text();
}

void PlanWidget::setPlan(const Person &person, const Plan &plan)
{
    if (person.id != m_person.id) {
        m_undo.reset();
        m_selected.clear();
        m_guidedPosition = 0;
        m_guidedStep.clear();
    }
    m_person = person;
    m_model->setPlan(plan);
    m_view->expandAll();
    // "Later" stays folded until it is opened or one of its steps is selected.
    for (const QModelIndex &section : m_model->collapsedSections()) {
        m_view->collapse(section);
    }
    if (plan.items.isEmpty()) {
        m_progress->setText(tr("No steps for now."));
    } else {
        m_progress->setText(tr("%1 of %n step(s) done", nullptr, int(plan.items.size())).arg(plan.finishedCount()));
    }
    QStringList lines;
    for (const IfYouUse &service : plan.ifYouUse) {
        lines << service.text;
    }
    for (const IfYouUsed &small : plan.ifYouUsed) {
        lines << small.text;
    }
    m_ifYouUsed->setText(lines.join(QLatin1Char('\n')));
    m_ifYouUsed->setVisible(!lines.isEmpty());
    if (!plan.warnings.isEmpty()) {
        m_message->show(InlineMessage::Kind::Warning, plan.warnings.join(QLatin1Char(' ')));
    }
    // The guided view stays on its step when the plan is made again (its place may move),
    // or goes on to the next open one after a step of it was marked.
    for (qsizetype i = 0; !m_guidedStep.isEmpty() && i < plan.items.size(); ++i) {
        if (plan.items.at(i).step->id == m_guidedStep) {
            m_guidedPosition = m_advanceGuided ? nextOpenAfter(i) : i;
        }
    }
    m_advanceGuided = false;
    const QModelIndex first = m_model->firstOpenIndex();
    if (!m_selected.isEmpty() && m_model->indexOf(m_selected).isValid()) {
        select(m_selected);
    } else if (first.isValid()) {
        select(first.data(PlanModel::StepIdRole).toString());
    } else {
        m_details->clear();
    }
    showGuided(m_guidedPosition);
}

void PlanWidget::select(const QString &stepId)
{
    const QModelIndex index = m_model->indexOf(stepId);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        // After the layout settles: the section's heading in view too, then the step.
        QTimer::singleShot(0, m_view, [view = m_view, index = QPersistentModelIndex(index)] {
            if (index.isValid()) {
                view->scrollTo(index.parent(), QAbstractItemView::PositionAtTop);
                view->scrollTo(index);
            }
        });
        if (const PlanItem *item = m_model->item(index)) {
            m_details->setItem(*item, m_person.platforms);
            m_details->setUndoAvailable(m_undo.has_value(), m_undo ? m_undo->description : QString());
        }
    }
}

void PlanWidget::setGuided(bool guided)
{
    m_modes->setCurrentIndex(guided ? 1 : 0);
    m_guidedMode->setChecked(guided);
    m_listMode->setChecked(!guided);
    if (guided) {
        // Start at the step to do first.
        const Plan &plan = m_model->plan();
        if (const PlanItem *first = plan.firstOpen()) {
            m_guidedPosition = first - plan.items.constData();
        }
        showGuided(m_guidedPosition);
        m_guided->setFocus();
    }
}

bool PlanWidget::isGuided() const
{
    return m_modes->currentIndex() == 1;
}

qsizetype PlanWidget::nextOpenAfter(qsizetype position) const
{
    // The plan's own order, so "Step 3 of 12" always means the same step; after the
    // last one, back to any open step before it.
    const QList<PlanItem> &items = m_model->plan().items;
    for (qsizetype i = 1; i <= items.size(); ++i) {
        const qsizetype candidate = (position + i) % items.size();
        if (items.at(candidate).isOpen()) {
            return candidate;
        }
    }
    return position;
}

void PlanWidget::showGuided(qsizetype position)
{
    const QList<PlanItem> &items = m_model->plan().items;
    if (items.isEmpty()) {
        m_guided->clear();
        return;
    }
    m_guidedPosition = qBound<qsizetype>(0, position, items.size() - 1);
    const PlanItem &item = items.at(m_guidedPosition);
    m_guidedStep = item.step->id;
    m_guided->setItem(item, m_person.platforms, tr("Step %1 of %2").arg(m_guidedPosition + 1).arg(items.size()));
    m_guided->setUndoAvailable(m_undo.has_value(), m_undo ? m_undo->description : QString());
    m_guided->setNavigation(m_guidedPosition > 0, m_guidedPosition + 1 < items.size());
}

void PlanWidget::mark(const QString &stepId, StepStatus status, const QString &note)
{
    if (stepId.isEmpty() || m_person.id == 0) {
        return;
    }
    m_message->clear();
    if (m_context.runner.pending() > 0) {
        m_message->show(InlineMessage::Kind::Information, tr("Other work is running (an import?): this is saved as soon as it ends."));
    }
    const Person person = m_person;
    const QString title = m_model->item(m_model->indexOf(stepId)) ? m_model->item(m_model->indexOf(stepId))->title : stepId;
    m_context.runner.run(
        [person, stepId, status, note](VaultSession &session) { return session.markStep(person, stepId, status, note); },
        [this, stepId, status, title, guided = isGuided()](std::optional<StepProgress> previous) {
            m_undo = Undo{stepId, previous, markedText(title, status)};
            m_selected = stepId;
            m_advanceGuided = guided && status != StepStatus::Open && stepId == m_guidedStep;
            Q_EMIT m_context.events.peopleChanged();
        },
        [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

QString PlanWidget::markedText(const QString &title, StepStatus status)
{
    switch (status) {
    case StepStatus::Done: return tr("\"%1\" marked done").arg(title);
    case StepStatus::Skipped: return tr("\"%1\" set aside for now").arg(title);
    case StepStatus::NotApplicable: return tr("\"%1\" marked as not for you").arg(title);
    case StepStatus::Open:
    case StepStatus::Reopened: break;
    }
    return tr("\"%1\" back on the to-do list").arg(title);
}

void PlanWidget::undo()
{
    if (!m_undo) {
        return;
    }
    const Undo undo = *m_undo;
    const Person person = m_person;
    m_context.runner.run([person, undo](VaultSession &session) { session.restoreStep(person, undo.stepId, undo.previous); },
                         [this, undo] {
                             m_undo.reset();
                             m_selected = undo.stepId;
                             m_message->show(InlineMessage::Kind::Information, tr("Undone: %1.").arg(undo.description));
                             Q_EMIT m_context.events.peopleChanged();
                         },
                         [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

} // namespace BreachAdvisor::Ui
