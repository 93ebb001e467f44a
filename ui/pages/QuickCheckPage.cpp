#include "QuickCheckPage.h"

#include "CountryComboBox.h"
#include "HeadingLabel.h"
#include "InlineMessage.h"
#include "PersonReport.h"
#include "PersonView.h"
#include "SessionRunner.h"
#include "VaultSession.h"

#include <QFormLayout>
#include <QHideEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

QuickCheckPage::QuickCheckPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_country(new CountryComboBox(this))
    , m_input(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_forget(new QPushButton(tr("&Forget all of it"), this))
    , m_busy(new QLabel(tr("Checking…"), this))
    , m_message(new InlineMessage(this))
    , m_results(new PersonView(context, this))
{
    setObjectName(QStringLiteral("quickCheckPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new HeadingLabel(tr("Quick check"), 4, this));
    auto *intro = new QLabel(tr("Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type "
                                "and what is found are forgotten when you leave this page or lock the app."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_country->setObjectName(QStringLiteral("quickCheckCountry"));
    m_country->setCode(CountryComboBox::systemCountry());
    form->addRow(tr("Numbers without a country code are &from:"), m_country);
    m_input->setObjectName(QStringLiteral("quickCheckInput"));
    m_input->setPlaceholderText(tr("One per line, e.g.\n0100 123 4567\nname@example.com\nusername"));
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(m_input->fontMetrics().height() * 7);
    form->addRow(tr("&What to check:"), m_input);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_check->setObjectName(QStringLiteral("quickCheckButton"));
    m_check->setDefault(true);
    m_forget->setObjectName(QStringLiteral("quickCheckForgetButton"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_forget);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    m_busy->hide();
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    m_results->setObjectName(QStringLiteral("quickCheckResults"));
    m_results->hide();
    layout->addWidget(m_results, 1);
    connect(m_check, &QPushButton::clicked, this, &QuickCheckPage::check);
    connect(m_forget, &QPushButton::clicked, this, &QuickCheckPage::forget);
}

void QuickCheckPage::setInput(const QString &lines)
{
    m_input->setPlainText(lines);
}

void QuickCheckPage::check()
{
    QList<IdentifierInput> inputs;
    for (const QString &line : m_input->toPlainText().split(QLatin1Char('\n'))) {
        if (const std::optional<IdentifierInput> input = Identifiers::inputFromLine(line)) {
            inputs << *input;
        }
    }
    if (inputs.isEmpty()) {
        m_message->show(InlineMessage::Kind::Error, tr("Type at least one phone number, e-mail address or username."));
        m_input->setFocus();
        return;
    }
    m_message->clear();
    m_busy->show();
    m_check->setEnabled(false);
    if (m_context.runner.pending() > 0) {
        m_message->show(InlineMessage::Kind::Information, tr("Other work is running (an import?): the check runs as soon as it ends."));
    }
    const QString region = m_country->code();
    m_context.runner.run([inputs, region](VaultSession &session) { return PersonReport::forIdentifiers(session, inputs, region); },
                         [this](const PersonReport &report) {
                             m_busy->hide();
                             m_check->setEnabled(true);
                             m_message->clear();
                             m_results->setReport(report);
                             m_results->show();
                             m_results->showTab(PersonView::Tab::Results);
                             Q_EMIT checked();
                         },
                         [this](const Error &error) {
                             m_busy->hide();
                             m_check->setEnabled(true);
                             m_message->show(InlineMessage::Kind::Error, error.message());
                         });
}

void QuickCheckPage::forget()
{
    m_input->clear();
    m_results->clear();
    m_results->hide();
    m_message->clear();
}

void QuickCheckPage::hideEvent(QHideEvent *event)
{
    if (!event->spontaneous()) { // leaving the page, not minimizing the window
        forget();
    }
    QWidget::hideEvent(event);
}

} // namespace BreachAdvisor::Ui
