#include "PersonDialog.h"

#include "CountryComboBox.h"
#include "InlineMessage.h"
#include "PhoneNumberEdit.h"
#include "SessionRunner.h"
#include "UiText.h"
#include "VaultSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

PersonDialog::PersonDialog(AppContext &context, const Person &person, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(person.id)
    , m_name(new QLineEdit(person.name, this))
    , m_country(new CountryComboBox(this))
    , m_language(new QComboBox(this))
    , m_phoneRows(new QVBoxLayout)
    , m_emailRows(new QVBoxLayout)
    , m_usernameRows(new QVBoxLayout)
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id == 0 ? tr("Add a person") : tr("Edit %1").arg(person.name));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("a name or nickname"));
    form->addRow(tr("&Name:"), m_name);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->setCode(person.id == 0 && person.country.isEmpty() ? CountryComboBox::systemCountry() : person.country);
    form->addRow(tr("&Country:"), m_country);
    // Their handout is printed in the language they read, whatever the app is in.
    m_language->setObjectName(QStringLiteral("personLanguageCombo"));
    UiText::fillLanguages(m_language, person.language, tr("The same as the app"));
    form->addRow(tr("They &read:"), m_language);
    layout->addLayout(form);

    auto *phones = new QGroupBox(tr("Phone numbers"), content);
    auto *phoneLayout = new QVBoxLayout(phones);
    phoneLayout->addLayout(m_phoneRows);
    auto *addPhone = m_addPhone = new QPushButton(tr("Add another &phone number"), phones);
    addPhone->setObjectName(QStringLiteral("addPhoneButton"));
    phoneLayout->addWidget(addPhone, 0, Qt::AlignLeading);
    layout->addWidget(phones);

    auto *emails = new QGroupBox(tr("E-mail addresses"), content);
    auto *emailLayout = new QVBoxLayout(emails);
    emailLayout->addLayout(m_emailRows);
    auto *addEmail = m_addEmail = new QPushButton(tr("Add another &e-mail address"), emails);
    addEmail->setObjectName(QStringLiteral("addEmailButton"));
    emailLayout->addWidget(addEmail, 0, Qt::AlignLeading);
    layout->addWidget(emails);

    auto *usernames = new QGroupBox(tr("Usernames"), content);
    auto *usernameLayout = new QVBoxLayout(usernames);
    usernameLayout->addLayout(m_usernameRows);
    auto *addUsername = m_addUsername = new QPushButton(tr("Add another &username"), usernames);
    addUsername->setObjectName(QStringLiteral("addUsernameButton"));
    usernameLayout->addWidget(addUsername, 0, Qt::AlignLeading);
    layout->addWidget(usernames);

    auto *services = new QGroupBox(tr("Services they use"), content);
    auto *serviceGrid = new QGridLayout(services);
    int position = 0;
    for (const Service &service : VaultSession::services()) {
        auto *box = new QCheckBox(service.name, services);
        box->setObjectName(QStringLiteral("service_%1").arg(service.id));
        box->setProperty("serviceId", service.id);
        box->setChecked(person.uses.contains(service.id) || person.uses.contains(service.name));
        serviceGrid->addWidget(box, position / 3, position % 3);
        m_services << box;
        ++position;
    }
    layout->addWidget(services);

    auto *devices = new QGroupBox(tr("Their phone and computer"), content);
    auto *deviceRow = new QHBoxLayout(devices);
    for (const QString &platform : ChecklistRules::kPlatforms) {
        const QString label = platform == QLatin1String("android")   ? tr("An &Android phone")
                            : platform == QLatin1String("iphone")    ? tr("An &iPhone")
                                                                     : tr("A co&mputer");
        auto *box = new QCheckBox(label, devices);
        box->setObjectName(QStringLiteral("platform_%1").arg(platform));
        box->setProperty("platform", platform);
        box->setChecked(person.platforms.contains(platform));
        deviceRow->addWidget(box);
        m_platforms << box;
    }
    layout->addWidget(devices);
    layout->addWidget(new QLabel(tr("What you enter stays in the encrypted vault on this computer."), content));
    layout->addStretch(1);

    for (const IdentifierInput &input : person.identifiers) {
        switch (input.kind) {
        case IdentifierKind::Phone: addPhoneRow(input.text); break;
        case IdentifierKind::Email: addTextRow(m_emailRows, m_emails, input.text, tr("E-mail address")); break;
        case IdentifierKind::Username: addTextRow(m_usernameRows, m_usernames, input.text, tr("Username")); break;
        }
    }
    if (m_phones.isEmpty()) addPhoneRow();
    if (m_emails.isEmpty()) addTextRow(m_emailRows, m_emails, QString(), tr("E-mail address"));
    if (m_usernames.isEmpty()) addTextRow(m_usernameRows, m_usernames, QString(), tr("Username"));

    connect(addPhone, &QPushButton::clicked, this, [this] {
        addPhoneRow();
        m_phones.last()->setFocus();
    });
    connect(addEmail, &QPushButton::clicked, this, [this] {
        addTextRow(m_emailRows, m_emails, QString(), tr("E-mail address"));
        m_emails.last()->setFocus();
    });
    connect(addUsername, &QPushButton::clicked, this, [this] {
        addTextRow(m_usernameRows, m_usernames, QString(), tr("Username"));
        m_usernames.last()->setFocus();
    });
    connect(m_country, &CountryComboBox::codeChanged, this, [this](const QString &code) {
        for (PhoneNumberEdit *phone : std::as_const(m_phones)) {
            phone->setRegion(code);
        }
    });

    auto *scroll = new QScrollArea(this);

    scroll->setFocusPolicy(Qt::NoFocus); // a container: its fields take the focus
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePersonButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    m_message->setObjectName(QStringLiteral("personMessage"));
    outer->addWidget(m_message);
    outer->addWidget(buttons);
    resize(sizeHint().width() + 80, 640);
    updateTabOrder();
    m_name->setFocus();
}

void PersonDialog::updateTabOrder()
{
    // Rows are added after the rest of the form is built: without this, Tab would reach
    // them last, after the services and the Save button.
    if (!m_buttons) {
        return; // still being built
    }
    QList<QWidget *> chain{m_name, m_country, m_language};
    for (PhoneNumberEdit *phone : std::as_const(m_phones)) {
        chain << phone->lineEdit();
    }
    chain << m_addPhone;
    for (QLineEdit *email : std::as_const(m_emails)) {
        chain << email;
    }
    chain << m_addEmail;
    for (QLineEdit *username : std::as_const(m_usernames)) {
        chain << username;
    }
    chain << m_addUsername;
    for (QCheckBox *box : std::as_const(m_services)) {
        chain << box;
    }
    for (QCheckBox *box : std::as_const(m_platforms)) {
        chain << box;
    }
    for (QAbstractButton *button : m_buttons->buttons()) {
        chain << button;
    }
    for (qsizetype i = 1; i < chain.size(); ++i) {
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    }
}

void PersonDialog::addPhoneRow(const QString &text)
{
    auto *edit = new PhoneNumberEdit(this);
    edit->setObjectName(QStringLiteral("phoneEdit%1").arg(m_phones.size()));
    edit->lineEdit()->setAccessibleName(tr("Phone number %1").arg(m_phones.size() + 1));
    edit->setRegion(m_country->code());
    edit->setText(text);
    m_phoneRows->addWidget(edit);
    edit->show(); // now, not on the next event: the focus goes to it at once
    m_phones << edit;
    updateTabOrder();
}

void PersonDialog::addTextRow(QVBoxLayout *rows, QList<QLineEdit *> &edits, const QString &text, const QString &accessibleName)
{
    auto *edit = new QLineEdit(text, this);
    edit->setAccessibleName(tr("%1 %2").arg(accessibleName).arg(edits.size() + 1));
    edit->setObjectName(QStringLiteral("%1Edit%2").arg(rows == m_emailRows ? QStringLiteral("email") : QStringLiteral("username")).arg(edits.size()));
    rows->addWidget(edit);
    edit->show();
    edits << edit;
    updateTabOrder();
}

Person PersonDialog::person() const
{
    Person person;
    person.id = m_id;
    person.name = m_name->text().trimmed();
    person.country = m_country->code();
    person.language = m_language->currentData().toString();
    for (const PhoneNumberEdit *phone : m_phones) {
        if (!phone->text().isEmpty()) {
            person.identifiers << IdentifierInput{IdentifierKind::Phone, phone->text()};
        }
    }
    for (const QLineEdit *email : m_emails) {
        if (!email->text().trimmed().isEmpty()) {
            person.identifiers << IdentifierInput{IdentifierKind::Email, email->text().trimmed()};
        }
    }
    for (const QLineEdit *username : m_usernames) {
        if (!username->text().trimmed().isEmpty()) {
            person.identifiers << IdentifierInput{IdentifierKind::Username, username->text().trimmed()};
        }
    }
    for (const QCheckBox *box : m_services) {
        if (box->isChecked()) {
            person.uses << box->property("serviceId").toString();
        }
    }
    for (const QCheckBox *box : m_platforms) {
        if (box->isChecked()) {
            person.platforms << box->property("platform").toString();
        }
    }
    return person;
}

void PersonDialog::accept()
{
    if (m_saving) {
        return;
    }
    for (PhoneNumberEdit *phone : std::as_const(m_phones)) {
        if (!phone->text().isEmpty()) {
            phone->validate();
        }
    }
    const Person entered = person();
    const QStringList problems = People::problems(entered);
    if (!problems.isEmpty()) {
        m_message->show(InlineMessage::Kind::Error, problems.join(QLatin1Char('\n')));
        if (entered.name.isEmpty()) {
            m_name->setFocus();
        }
        return;
    }
    m_saving = true;
    m_context.runner.run(
        [entered](VaultSession &session) { return entered.id == 0 ? session.addPerson(entered) : session.updatePerson(entered); },
        [this](const Person &saved) {
            m_saving = false;
            m_saved = saved;
            Q_EMIT m_context.events.peopleChanged();
            QDialog::accept();
        },
        [this](const Error &error) {
            m_saving = false;
            m_message->show(InlineMessage::Kind::Error, error.message());
            if (error.kind() == ErrorKind::AlreadyExists) {
                m_name->setFocus();
                m_name->selectAll();
            }
        });
}

} // namespace BreachAdvisor::Ui
