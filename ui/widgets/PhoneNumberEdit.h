#pragma once

#include "NormalizedIdentifier.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace BreachAdvisor {
class PhoneAsYouType;
}

namespace BreachAdvisor::Ui {

// A phone number field that groups the digits as they are typed, the way people of
// the chosen country write them, says what it reads as they type ("United Kingdom ·
// mobile", or which country when it cannot tell), and says in plain words when a number
// cannot be right and why (once the person has finished typing it). Its example is a
// number of the chosen country.
class PhoneNumberEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneNumberEdit(QWidget *parent = nullptr);
    ~PhoneNumberEdit() override;

    void setRegion(const QString &region);
    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    // Checks the number now and shows why it cannot be right, if it cannot.
    NormalizedIdentifier validate();
    QString problem() const; // the message shown, empty when none
    QString reading() const; // what the number was read as, or the question; empty when none

Q_SIGNALS:
    void changed();

private:
    void formatAsTyped(const QString &typed);
    void updateReading();

    QLineEdit *m_edit;
    QLabel *m_reading;
    QLabel *m_problem;
    QString m_region;
    std::unique_ptr<PhoneAsYouType> m_formatter;
};

} // namespace BreachAdvisor::Ui
