#pragma once

#include "AppContext.h"
#include "Breach.h"
#include "People.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListView;
class QStackedWidget;
class QVBoxLayout;

namespace BreachAdvisor::Ui {

class CatalogFilterModel;
class CatalogModel;
class InlineMessage;

// "I was told I'm in a breach": most people learn of a breach from a notice, not a leak
// file. They choose the person, find the breach in the catalog (or describe a new one),
// tick the kinds of data the notice named, and get the plan; it is kept as a reported
// breach for that person.
class ReportBreachDialog : public QDialog
{
    Q_OBJECT

public:
    ReportBreachDialog(AppContext &context, const QList<Person> &people, const QList<Breach> &breaches, qint64 personId,
                       QWidget *parent = nullptr);

    void selectBreach(const QString &name);
    void setFieldChecked(const QString &dataClass, bool checked);
    qint64 personId() const;
    void accept() override;

private:
    void showFields(const QStringList &dataClasses);
    QStringList checkedFields() const;

    AppContext &m_context;
    QList<Person> m_people;
    QComboBox *m_person;
    QLineEdit *m_search;
    CatalogModel *m_catalog;
    CatalogFilterModel *m_filter;
    QListView *m_list;
    QCheckBox *m_newBreach;
    QWidget *m_newBox;
    QLineEdit *m_newTitle;
    QDateEdit *m_newDate;
    QVBoxLayout *m_fieldRows;
    QList<QCheckBox *> m_fields;
    InlineMessage *m_message;
    bool m_saving = false;
};

} // namespace BreachAdvisor::Ui
