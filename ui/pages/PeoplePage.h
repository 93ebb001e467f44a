#pragma once

#include "AppContext.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace BreachAdvisor::Ui {

class InlineMessage;
class PeopleModel;
class PersonView;

// "Me" and the family members or clients being helped: the list with how far each is,
// and the chosen person's results and plan beside it.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    PeoplePage(AppContext &context, QWidget *parent = nullptr);

    void reload();
    void clear();
    void selectPerson(qint64 personId);
    qint64 selectedPersonId() const;
    PeopleModel *model() const { return m_model; }
    PersonView *personView() const { return m_person; }

    void addPerson();
    void editPerson();
    void removePerson();
    void reportBreach(const QString &breachName = QString());

Q_SIGNALS:
    void loaded(); // the list (and the chosen person) are shown

private:
    void loadPerson(qint64 personId);

    AppContext &m_context;
    PeopleModel *m_model;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_report;
    InlineMessage *m_message;
    QStackedWidget *m_detail;
    QLabel *m_noneChosen;
    PersonView *m_person;
    qint64 m_selected = 0;
    int m_loading = 0;
};

} // namespace BreachAdvisor::Ui
