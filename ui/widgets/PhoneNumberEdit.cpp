#include "PhoneNumberEdit.h"

#include "PhoneAsYouType.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

PhoneNumberEdit::PhoneNumberEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_formatter(std::make_unique<PhoneAsYouType>(QString()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_edit->setPlaceholderText(tr("for example 0100 123 4567 or +20 100 123 4567"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(m_edit, &QLineEdit::textEdited, this, &PhoneNumberEdit::formatAsTyped);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_edit->text().trimmed().isEmpty()) {
            validate();
        }
    });
    setFocusProxy(m_edit);
}

PhoneNumberEdit::~PhoneNumberEdit() = default;

void PhoneNumberEdit::setRegion(const QString &region)
{
    m_region = region;
    m_formatter = std::make_unique<PhoneAsYouType>(region);
    if (!m_edit->text().isEmpty()) {
        m_edit->setText(m_formatter->format(m_edit->text()));
        if (!m_problem->isHidden()) {
            validate();
        }
    }
}

QString PhoneNumberEdit::text() const
{
    return m_edit->text().trimmed();
}

void PhoneNumberEdit::setText(const QString &text)
{
    m_edit->setText(text);
    m_problem->hide();
}

void PhoneNumberEdit::formatAsTyped(const QString &typed)
{
    m_problem->hide();
    // Only while typing at the end: reformatting in the middle would move the cursor.
    if (m_edit->cursorPosition() == typed.size()) {
        const QString formatted = m_formatter->format(typed);
        if (formatted != typed && !formatted.isEmpty()) {
            m_edit->setText(formatted);
        }
    }
    Q_EMIT changed();
}

NormalizedIdentifier PhoneNumberEdit::validate()
{
    const NormalizedIdentifier result = Identifiers::normalize({IdentifierKind::Phone, text()}, m_region);
    if (result.valid || text().isEmpty()) {
        m_problem->hide();
        m_edit->setAccessibleDescription(QString());
    } else {
        m_problem->setText(tr("This number cannot be right: %1").arg(result.error));
        m_problem->show();
        m_edit->setAccessibleDescription(m_problem->text());
    }
    return result;
}

QString PhoneNumberEdit::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace BreachAdvisor::Ui
