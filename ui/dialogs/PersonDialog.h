#pragma once

#include "AppContext.h"
#include "People.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QPushButton;
class QComboBox;
class QLineEdit;
class QVBoxLayout;

namespace BreachAdvisor::Ui {

class CountryComboBox;
class InlineMessage;
class PhoneNumberEdit;

// Add or edit a person: a name, their country (which also says how their numbers are
// written), phone numbers formatted as they are typed, e-mail addresses, usernames,
// the services they use and their devices. Nothing is saved until every entry can be
// right; the problems are said next to the fields.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    // person.id == 0: a new person.
    PersonDialog(AppContext &context, const Person &person, QWidget *parent = nullptr);

    Person person() const; // as entered
    Person saved() const { return m_saved; }
    QList<PhoneNumberEdit *> phoneEdits() const { return m_phones; }
    void addPhoneRow(const QString &text = QString());

    void accept() override; // validates, saves on the session's thread, then closes

private:
    void updateTabOrder();
    void addTextRow(QVBoxLayout *rows, QList<QLineEdit *> &edits, const QString &text, const QString &accessibleName);

    AppContext &m_context;
    qint64 m_id;
    QLineEdit *m_name;
    CountryComboBox *m_country;
    QComboBox *m_language;
    QVBoxLayout *m_phoneRows;
    QVBoxLayout *m_emailRows;
    QVBoxLayout *m_usernameRows;
    QList<PhoneNumberEdit *> m_phones;
    QList<QLineEdit *> m_emails;
    QList<QLineEdit *> m_usernames;
    QList<QCheckBox *> m_services;
    QList<QCheckBox *> m_platforms;
    QPushButton *m_addPhone = nullptr;
    QPushButton *m_addEmail = nullptr;
    QPushButton *m_addUsername = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    InlineMessage *m_message;
    Person m_saved;
    bool m_saving = false;
};

} // namespace BreachAdvisor::Ui
