#include "StepView.h"

#include "Accessibility.h"
#include "FlowLayout.h"
#include "HeadingLabel.h"
#include "UiText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

StepView::StepView(bool guided, QWidget *parent)
    : QWidget(parent)
    , m_guided(guided)
    , m_position(new QLabel(this))
    , m_title(new HeadingLabel(QString(), guided ? 8 : 3, this))
    , m_statusLine(new QLabel(this))
    , m_why(new HeadingLabel(QString(), guided ? 2 : 0, this, false))
    , m_tabs(new QTabBar(this))
    , m_instructions(new HeadingLabel(QString(), guided ? 2 : 0, this, false))
    , m_sources(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_done(new QPushButton(tr("I've &done this"), this))
    , m_later(new QPushButton(tr("I'll do it &later"), this))
    , m_notApplicable(new QPushButton(tr("This doesn't &apply to me"), this))
    , m_reopen(new QPushButton(tr("&Back to my to-do list"), this))
    , m_undo(new QPushButton(tr("&Undo"), this))
{
    const QString prefix = guided ? QStringLiteral("guided") : QStringLiteral("step");
    setObjectName(prefix + QStringLiteral("View"));
    auto *layout = new QVBoxLayout(this);
    m_position->setObjectName(prefix + QStringLiteral("Position"));
    layout->addWidget(m_position);
    m_title->setObjectName(prefix + QStringLiteral("Title"));
    layout->addWidget(m_title);
    m_statusLine->setWordWrap(true);
    Accessibility::markStatusArea(m_statusLine, tr("Status of this step"));
    layout->addWidget(m_statusLine);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setObjectName(prefix + QStringLiteral("Why"));
    layout->addWidget(m_why);
    m_tabs->setObjectName(prefix + QStringLiteral("PlatformTabs"));
    m_tabs->setAccessibleName(tr("Instructions for"));
    m_tabs->setExpanding(false);
    layout->addWidget(m_tabs);
    m_instructions->setObjectName(prefix + QStringLiteral("Instructions"));
    m_instructions->setAccessibleName(tr("What to do"));
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::PlainText);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instructions->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_instructions->setMargin(6);
    m_instructions->setAutoFillBackground(true);
    m_instructions->setBackgroundRole(QPalette::Base);
    layout->addWidget(m_instructions);
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_sources);
    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(prefix + QStringLiteral("Note"));
    m_note->setPlaceholderText(tr("optional, e.g. \"PIN kept in the family safe\""));
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    layout->addLayout(noteRow);

    auto *buttons = new FlowLayout;
    for (QPushButton *button : {m_done, m_later, m_notApplicable, m_reopen}) {
        buttons->addWidget(button);
    }
    m_done->setObjectName(prefix + QStringLiteral("DoneButton"));
    m_later->setObjectName(prefix + QStringLiteral("LaterButton"));
    m_notApplicable->setObjectName(prefix + QStringLiteral("NotApplicableButton"));
    m_reopen->setObjectName(prefix + QStringLiteral("ReopenButton"));
    // Undo is its own action, apart from the status buttons, so it never looks like one.
    m_undo->setObjectName(prefix + QStringLiteral("UndoButton"));
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);
    m_undo->hide();
    layout->addStretch(1);

    if (guided) {
        auto *navigation = new QHBoxLayout;
        m_previous = new QPushButton(tr("← &Previous step"), this);
        m_next = new QPushButton(tr("N&ext step →"), this);
        m_previous->setObjectName(QStringLiteral("guidedPreviousButton"));
        m_next->setObjectName(QStringLiteral("guidedNextButton"));
        m_previous->setAccessibleName(tr("Previous step"));
        m_next->setAccessibleName(tr("Next step"));
        navigation->addWidget(m_previous);
        navigation->addStretch(1);
        navigation->addWidget(m_next);
        layout->addLayout(navigation);
        connect(m_previous, &QPushButton::clicked, this, &StepView::previousRequested);
        connect(m_next, &QPushButton::clicked, this, &StepView::nextRequested);
    }

    connect(m_tabs, &QTabBar::currentChanged, this, &StepView::showPlatform);
    connect(m_done, &QPushButton::clicked, this, [this] { Q_EMIT markRequested(m_stepId, StepStatus::Done, note()); });
    connect(m_later, &QPushButton::clicked, this, [this] { Q_EMIT markRequested(m_stepId, StepStatus::Skipped, note()); });
    connect(m_notApplicable, &QPushButton::clicked, this, [this] { Q_EMIT markRequested(m_stepId, StepStatus::NotApplicable, note()); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { Q_EMIT markRequested(m_stepId, StepStatus::Open, note()); });
    connect(m_undo, &QPushButton::clicked, this, &StepView::undoRequested);
    clear();
}

QString StepView::note() const
{
    return m_note->text().trimmed();
}

void StepView::clear()
{
    m_item = PlanItem(); // its reasons name the person's identifiers
    m_stepId.clear();
    m_position->clear();
    m_title->setText(m_guided ? tr("Nothing to do right now.") : tr("Choose a step to see what to do."));
    m_statusLine->clear();
    m_why->clear();
    m_instructions->clear();
    m_sources->clear();
    m_note->setText(QString()); // unlike clear(), also forgets what undo would bring back
    while (m_tabs->count() > 0) {
        m_tabs->removeTab(0);
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_done), static_cast<QWidget *>(m_later), static_cast<QWidget *>(m_notApplicable),
                            static_cast<QWidget *>(m_reopen), static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_tabs)}) {
        widget->setEnabled(false);
    }
}

void StepView::setItem(const PlanItem &item, const QStringList &personPlatforms, const QString &position)
{
    m_item = item;
    m_stepId = item.step->id;
    m_position->setText(position);
    m_title->setText(item.title);
    QString status = tr("%1 · about %n minute(s)", nullptr, item.step->minutes).arg(UiText::statusWord(item.status));
    if (item.status == StepStatus::Reopened) {
        status += QLatin1Char('\n') + tr("You had done this, but it leaked again since (%1). Please do it again.")
                                          .arg(item.newReasonTitles().join(QStringLiteral(", ")));
    } else if (item.statusChanged.isValid() && item.status != StepStatus::Open) {
        status += tr(" · marked on %1").arg(QLocale().toString(item.statusChanged.toLocalTime().date(), QLocale::ShortFormat));
    }
    m_statusLine->setText(status);
    m_why->setText(item.why);

    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0) {
        m_tabs->removeTab(0);
    }
    const QStringList own = item.platformsWithOwnText();
    if (own.isEmpty()) {
        m_tabs->addTab(tr("All devices"));
        m_tabs->setTabData(0, QStringLiteral("all"));
    } else {
        // The person's own devices first.
        QStringList order = personPlatforms;
        for (const QString &platform : ChecklistRules::kPlatforms) {
            if (!order.contains(platform)) {
                order << platform;
            }
        }
        for (const QString &platform : std::as_const(order)) {
            if (!item.instructionsFor(platform).isEmpty()) {
                const int tab = m_tabs->addTab(UiText::platformName(platform));
                m_tabs->setTabData(tab, platform);
            }
        }
    }
    m_tabs->setVisible(m_tabs->count() > 1);
    m_tabs->setCurrentIndex(0);
    showPlatform(0);

    QString sources = tr("Where this comes from: %1").arg(item.text.sources.join(QStringLiteral("  ")));
    if (!item.text.reviewed.isEmpty()) {
        sources += QLatin1Char(' ') + tr("(checked %1)").arg(item.text.reviewed);
    }
    m_sources->setText(sources);
    m_note->setText(item.note);
    m_note->setToolTip(item.noteIsFromBefore() ? tr("This note was written before the step reopened.") : QString());
    for (QWidget *widget : {static_cast<QWidget *>(m_done), static_cast<QWidget *>(m_later), static_cast<QWidget *>(m_notApplicable),
                            static_cast<QWidget *>(m_reopen), static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_tabs)}) {
        widget->setEnabled(true);
    }
    m_done->setVisible(item.status != StepStatus::Done);
    m_later->setVisible(item.status != StepStatus::Skipped);
    m_notApplicable->setVisible(item.status != StepStatus::NotApplicable);
    m_reopen->setVisible(item.status == StepStatus::Done || item.isSetAside());
}

void StepView::showPlatform(int tab)
{
    if (tab < 0) {
        m_instructions->clear();
        return;
    }
    const QString platform = m_tabs->tabData(tab).toString();
    const QString text = m_item.step ? m_item.instructionsFor(platform) : QString();
    m_instructions->setText(text);
}

void StepView::setNavigation(bool hasPrevious, bool hasNext)
{
    if (m_previous && m_next) {
        m_previous->setEnabled(hasPrevious);
        m_next->setEnabled(hasNext);
    }
}

void StepView::setUndoAvailable(bool available, const QString &what)
{
    m_undo->setVisible(available);
    m_undo->setText(available && !what.isEmpty() ? tr("&Undo: %1").arg(what) : tr("&Undo"));
    m_undo->setAccessibleName(m_undo->text().remove(QLatin1Char('&')));
}

} // namespace BreachAdvisor::Ui
