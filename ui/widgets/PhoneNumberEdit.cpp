#include "PhoneNumberEdit.h"

#include "CountryNames.h"
#include "PhoneAsYouType.h"
#include "PhoneNumbers.h"
#include "UiText.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace BreachAdvisor::Ui {

PhoneNumberEdit::PhoneNumberEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reading(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_formatter(std::make_unique<PhoneAsYouType>(QString()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_reading);
    layout->addWidget(m_problem);
    m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_reading->setObjectName(QStringLiteral("phoneReading"));
    m_reading->setWordWrap(true);
    m_reading->hide();
    m_problem->setWordWrap(true);
    m_problem->hide();
    setRegion(QString());
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
    const PhoneNumbers::Example example = PhoneNumbers::exampleMobile(region);
    m_edit->setPlaceholderText(example.national.isEmpty()
                                   ? tr("start with + and the country code")
                                   : tr("for example %1 or %2").arg(example.national, example.international));
    if (!m_edit->text().isEmpty()) {
        m_edit->setText(m_formatter->format(m_edit->text()));
        if (!m_problem->isHidden()) {
            validate();
        }
    }
    updateReading();
}

QString PhoneNumberEdit::text() const
{
    return m_edit->text().trimmed();
}

void PhoneNumberEdit::setText(const QString &text)
{
    m_edit->setText(text);
    m_problem->hide();
    updateReading();
}

void PhoneNumberEdit::updateReading()
{
    // Said while typing, so a number read as another country's (the computer's country
    // left in the picker) or as a landline is noticed before it is saved.
    QString reading;
    if (!text().isEmpty()) {
        const NormalizedIdentifier read = Identifiers::normalize({IdentifierKind::Phone, text()}, m_region, QStringLiteral("en"));
        const qsizetype digits = std::count_if(text().cbegin(), text().cend(), [](QChar c) { return c.isDigit(); });
        if (read.valid) {
            const QString type = UiText::lineTypeWord(read.type);
            reading = type.isEmpty() ? CountryNames::name(read.region)
                                     : tr("%1 · %2", "country · line type").arg(CountryNames::name(read.region), type);
        } else if (read.errorCode == QLatin1String("missing_region") && digits >= 6) {
            reading = tr("Which country is this number from? Choose its country, or start with + and the country code.");
        }
    }
    m_reading->setText(reading);
    m_reading->setVisible(!reading.isEmpty());
    if (m_problem->isHidden()) {
        m_edit->setAccessibleDescription(reading);
    }
}

QString PhoneNumberEdit::reading() const
{
    return m_reading->isHidden() ? QString() : m_reading->text();
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
    updateReading();
    Q_EMIT changed();
}

NormalizedIdentifier PhoneNumberEdit::validate()
{
    const NormalizedIdentifier result = Identifiers::normalize({IdentifierKind::Phone, text()}, m_region);
    if (result.valid || text().isEmpty()) {
        m_problem->hide();
        m_edit->setAccessibleDescription(reading());
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
