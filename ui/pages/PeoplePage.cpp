#include "PeoplePage.h"

#include "Accessibility.h"
#include "Confirm.h"
#include "HeadingLabel.h"
#include "InlineMessage.h"
#include "PeopleModel.h"
#include "PersonDialog.h"
#include "PersonReport.h"
#include "PersonView.h"
#include "ReportBreachDialog.h"
#include "SessionRunner.h"
#include "VaultSession.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

PeoplePage::PeoplePage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PeopleModel(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("&Add a person"), this))
    , m_report(new QPushButton(tr("I was &told I'm in a breach…"), this))
    , m_message(new InlineMessage(this))
    , m_detail(new QStackedWidget(this))
    , m_noneChosen(new QLabel(this))
    , m_person(new PersonView(context, this))
{
    setObjectName(QStringLiteral("peoplePage"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new HeadingLabel(tr("People"), 4, left));
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setAccessibleName(tr("People"));
    m_list->setModel(m_model);
    Accessibility::currentFollowsSelection(m_list);
    m_list->setIconSize(QSize(32, 32));
    m_list->setSpacing(4);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(PeopleModel::progressText(10, 28)) + 32 + 40);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(m_list, 1);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nobody here yet. Add yourself, or the person you are helping."));
    leftLayout->addWidget(m_empty);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_report->setObjectName(QStringLiteral("reportBreachButton"));
    leftLayout->addWidget(m_add);
    leftLayout->addWidget(m_report);
    leftLayout->addWidget(m_message);

    m_noneChosen->setWordWrap(true);
    m_noneChosen->setAlignment(Qt::AlignCenter);
    m_noneChosen->setText(tr("Choose a person to see what leaked and what to do."));
    m_detail->addWidget(m_noneChosen);
    m_detail->addWidget(m_person);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_report, &QPushButton::clicked, this, [this] { reportBreach(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const qint64 id = current.data(PeopleModel::PersonIdRole).toLongLong();
        if (id != 0 && id != m_selected) {
            m_person->clear(); // nothing of the previous person while theirs loads
            loadPerson(id);
        }
    });
    connect(m_person, &PersonView::editRequested, this, &PeoplePage::editPerson);
    connect(m_person, &PersonView::removeRequested, this, &PeoplePage::removePerson);
    connect(m_person, &PersonView::reportRequested, this, [this] { reportBreach(); });
    connect(&m_context.events, &VaultEvents::peopleChanged, this, &PeoplePage::reload);
    connect(&m_context.events, &VaultEvents::indexChanged, this, &PeoplePage::reload);
    connect(&m_context.events, &VaultEvents::catalogChanged, this, &PeoplePage::reload);
}

void PeoplePage::clear()
{
    m_selected = 0;
    m_model->setPeople({});
    m_person->clear();
    m_message->clear();
    m_detail->setCurrentWidget(m_noneChosen);
}

qint64 PeoplePage::selectedPersonId() const
{
    return m_selected;
}

void PeoplePage::reload()
{
    if (!m_context.runner.isOpen()) {
        return;
    }
    ++m_loading;
    m_context.runner.run([](VaultSession &session) { return session.peopleSummaries(); },
                         [this](const QList<PersonSummary> &people) {
                             const qint64 keep = m_selected;
                             m_model->setPeople(people);
                             m_empty->setVisible(people.isEmpty());
                             const QModelIndex index = m_model->indexOf(keep);
                             if (index.isValid()) {
                                 const QSignalBlocker blocker(m_list->selectionModel());
                                 m_list->setCurrentIndex(index);
                                 m_selected = 0; // loads again: plans change with progress and imports
                                 loadPerson(keep);
                             } else {
                                 m_selected = 0;
                                 m_person->clear();
                                 m_detail->setCurrentWidget(m_noneChosen);
                             }
                             if (--m_loading == 0) {
                                 Q_EMIT loaded();
                             }
                         },
                         [this](const Error &error) {
                             --m_loading;
                             m_message->show(InlineMessage::Kind::Error, error.message());
                         });
}

void PeoplePage::selectPerson(qint64 personId)
{
    const QModelIndex index = m_model->indexOf(personId);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
    }
}

void PeoplePage::loadPerson(qint64 personId)
{
    m_selected = personId;
    const PersonSummary *summary = m_model->summary(m_model->indexOf(personId));
    if (!summary) {
        return;
    }
    const Person person = summary->person;
    ++m_loading;
    m_context.runner.run([person](VaultSession &session) { return PersonReport::forPerson(session, person); },
                         [this, personId](const PersonReport &report) {
                             if (m_selected == personId) {
                                 m_person->setReport(report);
                                 m_detail->setCurrentWidget(m_person);
                             }
                             if (--m_loading == 0) {
                                 Q_EMIT loaded();
                             }
                         },
                         [this](const Error &error) {
                             --m_loading;
                             m_message->show(InlineMessage::Kind::Error, error.message());
                         });
}

void PeoplePage::addPerson()
{
    PersonDialog dialog(m_context, Person(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_selected = dialog.saved().id; // reload() (peopleChanged) selects and loads them
        m_message->show(InlineMessage::Kind::Success, tr("%1 was saved.").arg(dialog.saved().name));
    }
}

void PeoplePage::editPerson()
{
    const PersonSummary *summary = m_model->summary(m_model->indexOf(m_selected));
    if (!summary) {
        return;
    }
    PersonDialog dialog(m_context, summary->person, this);
    dialog.exec();
}

void PeoplePage::removePerson()
{
    const PersonSummary *summary = m_model->summary(m_model->indexOf(m_selected));
    if (!summary) {
        return;
    }
    const Person person = summary->person;
    if (!Confirm::ask(this, tr("Delete %1?").arg(person.name),
                      tr("%1, their details and their progress will be deleted from this vault. This cannot be undone.").arg(person.name),
                      tr("&Delete %1").arg(person.name))) {
        return;
    }
    m_context.runner.run([person](VaultSession &session) { session.removePerson(person); },
                         [this, name = person.name] {
                             m_selected = 0;
                             m_message->show(InlineMessage::Kind::Success, tr("%1 was deleted.").arg(name));
                             Q_EMIT m_context.events.peopleChanged();
                         },
                         [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

void PeoplePage::reportBreach(const QString &breachName)
{
    QList<Person> people;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        people << m_model->summary(m_model->index(row))->person;
    }
    if (people.isEmpty()) {
        m_message->show(InlineMessage::Kind::Information, tr("Add the person who got the notice first."));
        return;
    }
    m_context.runner.run([](VaultSession &session) { return session.breaches(); },
                         [this, people, breachName](const QList<Breach> &breaches) {
                             ReportBreachDialog dialog(m_context, people, breaches, m_selected, this);
                             if (!breachName.isEmpty()) {
                                 dialog.selectBreach(breachName);
                             }
                             if (dialog.exec() == QDialog::Accepted) {
                                 m_selected = dialog.personId();
                                 m_person->showTab(PersonView::Tab::Plan);
                             }
                         });
}

} // namespace BreachAdvisor::Ui
