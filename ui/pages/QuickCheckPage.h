#pragma once

#include "AppContext.h"
#include "Plan.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace BreachAdvisor::Ui {

class CountryComboBox;
class InlineMessage;
class PersonView;
class ServiceCheckBoxes;

// For help desks: check identifiers without saving anything, print or save a handout,
// then forget. What was typed and found is cleared when the page is left or the app
// locks.
class QuickCheckPage : public QWidget
{
    Q_OBJECT

public:
    QuickCheckPage(AppContext &context, QWidget *parent = nullptr);

    void setInput(const QString &lines);
    void check();
    void forget();
    PersonView *results() const { return m_results; }
    // The service ids ticked under "Services they use".
    QStringList uses() const;

Q_SIGNALS:
    void checked();
    void passwordCheckRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    // After a check: what could not be checked, or the steps left out for want of a country,
    // with the field that fixes it focused.
    void sayWhatWasNotChecked(const Plan &plan);

    AppContext &m_context;
    CountryComboBox *m_country;
    ServiceCheckBoxes *m_services;
    QPlainTextEdit *m_input;
    QPushButton *m_check;
    QPushButton *m_forget;
    QPushButton *m_checkPassword;
    QLabel *m_busy;
    InlineMessage *m_message;
    PersonView *m_results;
};

} // namespace BreachAdvisor::Ui
