#include "PersonView.h"

#include "FlowLayout.h"
#include "BidiText.h"

#include "Accessibility.h"
#include "AppSettings.h"
#include "CheckResultsModel.h"
#include "Handout.h"
#include "HandoutPrinter.h"
#include "HeadingLabel.h"
#include "InlineMessage.h"
#include "PlanWidget.h"
#include "SessionRunner.h"
#include "Translations.h"
#include "UiText.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QEvent>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

QString breachCardHtml(const Breach &breach, const FoundBreach *found)
{
    const QStringList fields = found ? found->fields : breach.dataClasses;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(breach.title.toHtmlEscaped());
    QStringList facts;
    if (breach.breachDate.isValid()) {
        facts << PersonView::tr("When: %1").arg(locale.toString(breach.breachDate, QStringLiteral("MMMM yyyy")));
    }
    if (breach.pwnCount > 0) {
        facts << PersonView::tr("Accounts in it: %1").arg(locale.toString(breach.pwnCount));
    }
    if (!breach.domain.isEmpty()) {
        facts << PersonView::tr("Website: %1").arg(breach.domain);
    }
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!fields.isEmpty()) {
        const QString label = !found                                  ? PersonView::tr("What leaked:")
                            : found->evidence == Evidence::Confirmed ? PersonView::tr("Your details in it:")
                            : found->evidence == Evidence::Reported  ? PersonView::tr("The notice said this leaked:")
                                                                     : PersonView::tr("What leaked there (yours may be among it):");
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), CheckResultsModel::fieldsText(fields).toHtmlEscaped());
    }
    if (found && !found->about.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(PersonView::tr("What it is:").toHtmlEscaped(), found->about.toHtmlEscaped());
    }
    if (found && !found->likelihood.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(PersonView::tr("How likely it holds you:").toHtmlEscaped(), found->likelihood.toHtmlEscaped());
        for (const QString &source : found->likelihoodSources) {
            html += QStringLiteral("<p><small>%1</small></p>").arg(source.toHtmlEscaped());
        }
    }
    html += QStringLiteral("<p>%1</p>").arg(breach.description().toHtmlEscaped());
    if (!breach.provenanceNotes.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(PersonView::tr("Where this comes from:").toHtmlEscaped(), breach.provenanceNotes.toHtmlEscaped());
        for (const QString &source : breach.provenanceSources) {
            html += QStringLiteral("<p>%1</p>").arg(source.toHtmlEscaped());
        }
    }
    html += QStringLiteral("<p><small>%1</small></p>").arg(breach.factsCredit().toHtmlEscaped());
    return html;
}

PersonView::PersonView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_name(new HeadingLabel(QString(), 6, this))
    , m_details(new QLabel(this))
    , m_summary(new HeadingLabel(QString(), 1, this, false))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_report_(new QPushButton(tr("I was &told about a breach"), this))
    , m_checkPassword(new QPushButton(tr("Check a pass&word of theirs…"), this))
    , m_setCountry(new QPushButton(tr("Set their countr&y…"), this))
    , m_print(new QPushButton(tr("&Print handout…"), this))
    , m_save(new QPushButton(tr("Save handout as P&DF…"), this))
    , m_message(new InlineMessage(this))
    , m_tabs(new QTabWidget(this))
    , m_results(new CheckResultsModel(this))
    , m_resultsView(new QTreeView(this))
    , m_checked(new QListWidget(this))
    , m_breachCard(new QTextBrowser(this))
    , m_plan(new PlanWidget(context, this))
{
    setObjectName(QStringLiteral("personView"));
    // The whole view scrolls up and down: with large text its header and summary take
    // room, and the plan below keeps a usable height rather than being squeezed away.
    auto *layout = new QVBoxLayout(UiText::scrollingContent(this));
    auto *header = new FlowLayout;
    m_name->setObjectName(QStringLiteral("personName"));
    header->addWidget(m_name);
    for (QPushButton *button : {m_setCountry, m_edit, m_remove, m_report_, m_checkPassword}) {
        header->addWidget(button);
    }
    m_checkPassword->setObjectName(QStringLiteral("personCheckPasswordButton"));
    m_setCountry->setObjectName(QStringLiteral("setCountryButton"));
    m_setCountry->hide();
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_remove->setObjectName(QStringLiteral("deletePersonButton"));
    m_report_->setObjectName(QStringLiteral("personReportButton"));
    layout->addLayout(header);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    Accessibility::markStatusArea(m_summary, tr("Result of the check"));
    layout->addWidget(m_summary);
    auto *handout = new FlowLayout;
    m_print->setObjectName(QStringLiteral("printHandoutButton"));
    m_save->setObjectName(QStringLiteral("saveHandoutButton"));
    handout->addWidget(m_print);
    handout->addWidget(m_save);
    layout->addLayout(handout);
    layout->addWidget(m_message);

    auto *results = new QSplitter(Qt::Horizontal, this);
    auto *resultsLeft = new QWidget(this);
    auto *resultsLeftLayout = new QVBoxLayout(resultsLeft);
    resultsLeftLayout->setContentsMargins(0, 0, 0, 0);
    auto *checkedLabel = new QLabel(tr("What was &checked:"), resultsLeft);
    checkedLabel->setBuddy(m_checked);
    m_checked->setObjectName(QStringLiteral("checkedList"));
    m_checked->setAccessibleName(tr("What was checked"));
    m_checked->setMaximumHeight(m_checked->fontMetrics().height() * 5 + 8);
    m_checked->setWordWrap(true);
    m_checked->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // so the lines wrap
    m_checked->setResizeMode(QListView::Adjust);
    resultsLeftLayout->addWidget(checkedLabel);
    resultsLeftLayout->addWidget(m_checked);
    auto *breachesLabel = new QLabel(tr("&Breaches:"), resultsLeft);
    breachesLabel->setBuddy(m_resultsView);
    resultsLeftLayout->addWidget(breachesLabel);
    resultsLeftLayout->addWidget(m_resultsView, 1);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView->setAccessibleName(tr("Breaches"));
    m_resultsView->setModel(m_results);
    Accessibility::currentFollowsSelection(m_resultsView);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->header()->setStretchLastSection(false);
    UiText::shareWidth(m_resultsView);
    m_breachCard->setObjectName(QStringLiteral("breachCard"));
    m_breachCard->setAccessibleName(tr("About the breach"));
    m_breachCard->setOpenExternalLinks(false);
    results->addWidget(resultsLeft);
    results->addWidget(m_breachCard);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);
    m_tabs->setObjectName(QStringLiteral("personTabs"));
    // Its tab bar takes the focus (and names the tabs); the container itself never does.
    m_tabs->setFocusPolicy(Qt::NoFocus); // passed on to the tab bar, its focus proxy…
    m_tabs->tabBar()->setFocusPolicy(Qt::TabFocus); // …which takes it back
    m_tabs->addTab(m_plan, tr("What to do"));
    m_tabs->addTab(results, tr("What leaked"));
    layout->addWidget(m_tabs, 1);
    fitTabsToText();

    connect(m_edit, &QPushButton::clicked, this, &PersonView::editRequested);
    // Steps that need the country were left out: the person's dialog is where it is set.
    connect(m_setCountry, &QPushButton::clicked, this, &PersonView::editRequested);
    connect(m_remove, &QPushButton::clicked, this, &PersonView::removeRequested);
    connect(m_report_, &QPushButton::clicked, this, &PersonView::reportRequested);
    connect(m_checkPassword, &QPushButton::clicked, this, &PersonView::passwordCheckRequested);
    connect(m_print, &QPushButton::clicked, this, &PersonView::printHandout);
    connect(m_save, &QPushButton::clicked, this, &PersonView::saveHandout);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &PersonView::showBreach);
}

void PersonView::fitTabsToText()
{
    // Room for the list of steps and the step below it, in lines of the current text size.
    m_tabs->setMinimumHeight(m_tabs->fontMetrics().height() * 20);
}

void PersonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        fitTabsToText();
    }
    QWidget::changeEvent(event);
}

void PersonView::clear()
{
    m_report = PersonReport();
    m_name->clear();
    m_details->clear();
    m_summary->clear();
    m_message->clear();
    m_results->setBreaches({});
    m_checked->clear();
    m_breachCard->clear();
    m_plan->clear();
}

QString PersonView::summaryText() const
{
    return m_summary->text();
}

void PersonView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::Plan ? 0 : 1);
}

void PersonView::setReport(const PersonReport &report)
{
    m_report = report;
    const bool saved = report.person.has_value();
    for (QPushButton *button : {m_edit, m_remove, m_report_, m_checkPassword}) {
        button->setVisible(saved);
    }
    if (saved) {
        const Person &person = *report.person;
        m_name->setText(person.name);
        QStringList details;
        if (!person.country.isEmpty()) {
            details << UiText::countryName(person.country);
        }
        QStringList devices;
        for (const QString &platform : person.platforms) {
            devices << UiText::platformName(platform);
        }
        if (!devices.isEmpty()) {
            details << devices.join(QStringLiteral(", "));
        }
        int kinds[4] = {0, 0, 0, 0};
        for (const IdentifierInput &input : person.identifiers) {
            ++kinds[int(input.kind)];
        }
        if (kinds[int(IdentifierKind::Phone)] > 0) details << tr("%n phone number(s)", nullptr, kinds[int(IdentifierKind::Phone)]);
        if (kinds[int(IdentifierKind::Email)] > 0) details << tr("%n e-mail address(es)", nullptr, kinds[int(IdentifierKind::Email)]);
        if (kinds[int(IdentifierKind::Username)] > 0) details << tr("%n username(s)", nullptr, kinds[int(IdentifierKind::Username)]);
        m_details->setText(details.join(QStringLiteral(" · ")));
    } else {
        m_name->setText(tr("Results"));
        m_details->setText(tr("Nothing of this check is saved. Clear it when you are done."));
    }

    QStringList summary = report.summary.sentences();
    int possible = 0;
    int reported = 0;
    for (const FoundBreach &found : report.breaches) {
        possible += found.evidence == Evidence::Possible ? 1 : 0;
        reported += found.evidence == Evidence::Reported ? 1 : 0;
    }
    if (reported > 0) {
        summary << tr("You were told about %n breach(es).", nullptr, reported);
    }
    if (possible > 0) {
        summary << tr("%n breach(es) at services you use may include your details: they are listed apart.", nullptr, possible);
    }
    for (const PlanReason &reason : report.plan.context.reasons) {
        if (!reason.isBreach()) {
            summary << reason.about; // a known password: how often it was seen, where they use it
        }
    }
    if (!report.plan.items.isEmpty()) {
        summary << report.plan.evidenceSummary();
    }
    QStringList leftOut;
    for (const LeftOutForCountry &step : report.plan.leftOutForCountry) {
        leftOut << step.title;
    }
    if (saved && !leftOut.isEmpty()) {
        summary << tr("Left out because no country is known: %1. Set their country to add them.").arg(leftOut.join(QStringLiteral("; ")));
    }
    m_setCountry->setVisible(saved && !leftOut.isEmpty());
    m_summary->setText(summary.join(QLatin1Char(' ')));
    m_summary->setAccessibleName(m_summary->text());
    m_checked->clear();
    for (const CheckedIdentifier &checked : report.plan.identifiers) {
        const NormalizedIdentifier &identifier = checked.identifier;
        const QString shown = BidiText::leftToRight(identifier.valid ? identifier.normalized : identifier.input);
        QString text;
        QIcon icon;
        if (!identifier.valid) {
            text = tr("%1: not checked. %2").arg(shown, identifier.error);
            icon = UiText::icon("warning");
        } else if (checked.found()) {
            QStringList titles;
            for (const BreachMatch &match : checked.matches) {
                titles << match.breach.title;
            }
            text = tr("%1: found in %2").arg(shown, titles.join(QStringLiteral(", ")));
            icon = UiText::icon("found");
        } else if (report.plan.coverage.leakFiles == 0) {
            text = tr("%1: not looked up, no leak file is imported").arg(shown);
            icon = UiText::icon("info");
        } else {
            text = tr("%1: not in the imported leak files").arg(shown);
            icon = UiText::icon("info");
        }
        auto *item = new QListWidgetItem(icon, text, m_checked);
        item->setData(Qt::AccessibleTextRole, text);
    }
    m_results->setBreaches(report.breaches);
    m_resultsView->expandAll();
    for (int row = 0; row < m_results->rowCount(); ++row) {
        m_resultsView->setFirstColumnSpanned(row, QModelIndex(), true); // the evidence headings
    }
    if (report.breaches.isEmpty()) {
        m_breachCard->setHtml(tr("<p>No breach to show. Only the leak files imported into this vault and the breaches of the "
                                 "services you said you use were looked at.</p>"));
    } else {
        m_resultsView->setCurrentIndex(m_results->index(0, 0, m_results->index(0, 0)));
    }
    if (saved) {
        m_plan->setPlan(*report.person, report.plan);
    } else {
        Person nobody;
        m_plan->setPlan(nobody, report.plan);
    }
}

void PersonView::showBreach(const QModelIndex &index)
{
    if (const FoundBreach *found = m_results->breach(index)) {
        m_breachCard->setHtml(breachCardHtml(found->breach, found));
    } else {
        m_breachCard->setHtml(tr("<p>Choose a breach to see what of yours it held.</p>"));
    }
}

QString PersonView::handoutHtml(bool maskIdentifiers) const
{
    Handout::Options options = m_report.person ? Handout::optionsFor(*m_report.person) : Handout::Options();
    options.maskIdentifiers = maskIdentifiers;
    options.helper = m_context.settings.helperName();
    // In the language the person reads, whatever the app is in (the help desk prints in
    // its client's): their plan is made again in it, while the window waits a moment.
    const QString appLanguage = Translations::current();
    const QString theirs = m_report.person ? Translations::offeredCode(m_report.person->language) : QString();
    if (!theirs.isEmpty() && theirs != appLanguage && m_context.runner.isOpen() && m_context.runner.pending() == 0) {
        Translations::install(theirs);
        QString html;
        try {
            const Person person = *m_report.person;
            const PersonReport report = m_context.runner.runAndWait([person](VaultSession &session) { return PersonReport::forPerson(session, person); });
            html = Handout::html(Handout::content(person.name, report.plan, report.summary, report.catalogVersion), options);
        } catch (const Error &) {
            // Printed in the app's language below.
        }
        Translations::install(appLanguage);
        if (!html.isEmpty()) {
            return html;
        }
    }
    const Handout::Content content =
        Handout::content(m_report.person ? m_report.person->name : QString(), m_report.plan, m_report.summary, m_report.catalogVersion);
    return Handout::html(content, options);
}

void PersonView::printHandout()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(HandoutPrinter::usesLetter() ? QPageSize(QPageSize::Letter) : QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the handout"));
    const QString html = handoutHtml();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, html](QPrinter *target) {
        QString error;
        if (!HandoutPrinter::print(html, *target, &error)) {
            m_message->show(InlineMessage::Kind::Error, error);
        }
    });
    preview.exec();
}

void PersonView::saveHandout()
{
    const QString suggested = QDir::home().filePath(
        m_report.person ? tr("Breach Advisor plan for %1.pdf").arg(m_report.person->name) : tr("Breach Advisor plan.pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the handout"), suggested, tr("PDF (*.pdf);;Web page (*.html)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    const auto format = HandoutPrinter::formatOf(path).value_or(HandoutPrinter::Format::Pdf);
    if (HandoutPrinter::write(handoutHtml(), path, format, &error)) {
        m_message->show(InlineMessage::Kind::Success,
                        tr("Saved to %1. It holds personal details: keep it safe.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_message->show(InlineMessage::Kind::Error, tr("Could not save %1: %2. Nothing was saved.").arg(QDir::toNativeSeparators(path), error));
    }
}

} // namespace BreachAdvisor::Ui
