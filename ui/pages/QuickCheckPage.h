#pragma once

#include "AppContext.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace BreachAdvisor::Ui {

class CountryComboBox;
class InlineMessage;
class PersonView;

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

Q_SIGNALS:
    void checked();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    AppContext &m_context;
    CountryComboBox *m_country;
    QPlainTextEdit *m_input;
    QPushButton *m_check;
    QPushButton *m_forget;
    QLabel *m_busy;
    InlineMessage *m_message;
    PersonView *m_results;
};

} // namespace BreachAdvisor::Ui
