#include "QuickCheckPage.h"

#include "FlowLayout.h"
#include "CountryComboBox.h"
#include "HeadingLabel.h"
#include "InlineMessage.h"
#include "PersonReport.h"
#include "PersonView.h"
#include "ServiceCheckBoxes.h"
#include "SessionRunner.h"
#include "VaultSession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
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
    , m_services(new ServiceCheckBoxes(tr("Services they use"), QStringLiteral("quickCheckService_"), this))
    , m_input(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_forget(new QPushButton(tr("&Forget all of it"), this))
    , m_checkPassword(new QPushButton(tr("Check a pass&word…"), this))
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
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long label goes above its field in large text
    m_country->setObjectName(QStringLiteral("quickCheckCountry"));
    m_country->setCode(CountryComboBox::systemCountry());
    form->addRow(tr("Numbers without a country code are &from:"), m_country);
    m_input->setObjectName(QStringLiteral("quickCheckInput"));
    m_input->setPlaceholderText(tr("One per line, e.g.\n0100 123 4567\nname@example.com\nusername"));
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(m_input->fontMetrics().height() * 7);
    form->addRow(tr("&What to check:"), m_input);
    layout->addLayout(form);
    // Without a leak file, the breaches of the services a person uses are all there is to check.
    m_services->setObjectName(QStringLiteral("quickCheckServices"));
    layout->addWidget(m_services);
    auto *buttons = new FlowLayout;
    m_check->setObjectName(QStringLiteral("quickCheckButton"));
    m_check->setDefault(true);
    m_forget->setObjectName(QStringLiteral("quickCheckForgetButton"));
    buttons->addWidget(m_check);
    buttons->addWidget(m_forget);
    m_checkPassword->setObjectName(QStringLiteral("quickCheckPasswordButton"));
    buttons->addWidget(m_checkPassword);
    buttons->addWidget(m_busy);
    m_busy->hide();
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    m_results->setObjectName(QStringLiteral("quickCheckResults"));
    m_results->hide();
    layout->addWidget(m_results, 1);
    connect(m_check, &QPushButton::clicked, this, &QuickCheckPage::check);
    connect(m_forget, &QPushButton::clicked, this, &QuickCheckPage::forget);
    connect(m_checkPassword, &QPushButton::clicked, this, &QuickCheckPage::passwordCheckRequested);
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
    const QStringList services = uses();
    m_context.runner.run([inputs, region, services](VaultSession &session) { return PersonReport::forIdentifiers(session, inputs, region, services); },
                         [this](const PersonReport &report) {
                             m_busy->hide();
                             m_check->setEnabled(true);
                             m_message->clear();
                             m_results->setReport(report);
                             m_results->show();
                             m_results->showTab(PersonView::Tab::Results);
                             sayWhatWasNotChecked(report.plan);
                             Q_EMIT checked();
                         },
                         [this](const Error &error) {
                             m_busy->hide();
                             m_check->setEnabled(true);
                             m_message->show(InlineMessage::Kind::Error, error.message());
                         });
}

QStringList QuickCheckPage::uses() const
{
    return m_services->checkedIds();
}

void QuickCheckPage::sayWhatWasNotChecked(const Plan &plan)
{
    if (plan.coverage.nothingChecked()) {
        QStringList sentences = plan.coverage.sentences();
        if (plan.coverage.checkable > 0) {
            sentences << tr("Tick the services they use and check again.");
        }
        m_message->show(InlineMessage::Kind::Warning, sentences.join(QLatin1Char(' ')));
        if (plan.coverage.checkable > 0 && m_services->first()) {
            m_services->first()->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (!plan.leftOutForCountry.isEmpty()) {
        QStringList titles;
        for (const LeftOutForCountry &step : plan.leftOutForCountry) {
            titles << step.title;
        }
        m_message->show(InlineMessage::Kind::Information,
                        tr("Left out because no country is known: %1. Choose the country above and check again to add them.")
                            .arg(titles.join(QStringLiteral("; "))));
        m_country->setFocus(Qt::OtherFocusReason);
    }
}

void QuickCheckPage::forget()
{
    m_services->uncheckAll();
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
