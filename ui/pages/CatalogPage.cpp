#include "CatalogPage.h"

#include "DataClassTaxonomy.h"

#include "Accessibility.h"
#include "CatalogModel.h"
#include "HeadingLabel.h"
#include "PersonView.h"
#include "SessionRunner.h"
#include "UiText.h"
#include "VaultSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

CatalogPage::CatalogPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CatalogModel(this))
    , m_filter(new CatalogFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_dataClass(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_card(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("catalogPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new HeadingLabel(tr("Breach catalog"), 4, this));
    auto *filters = new QFormLayout;
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("a company or website, e.g. LinkedIn"));
    m_search->setClearButtonEnabled(true);
    filters->addRow(tr("&Search:"), m_search);
    auto *row = new QHBoxLayout;
    m_dataClass->setObjectName(QStringLiteral("dataClassFilter"));
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    auto *dataClassLabel = new QLabel(tr("What &leaked:"), this);
    dataClassLabel->setBuddy(m_dataClass);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *serviceLabel = new QLabel(tr("Se&rvice:"), this);
    serviceLabel->setBuddy(m_service);
    row->addWidget(dataClassLabel);
    row->addWidget(m_dataClass, 2);
    row->addWidget(yearLabel);
    row->addWidget(m_year, 1);
    row->addWidget(serviceLabel);
    row->addWidget(m_service, 1);
    filters->addRow(row);
    layout->addLayout(filters);
    m_count->setObjectName(QStringLiteral("catalogCount"));
    m_count->setWordWrap(true);
    layout->addWidget(m_count);

    m_filter->setSourceModel(m_model);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("catalogView"));
    m_view->setAccessibleName(tr("Breaches"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    UiText::shareWidth(m_view);
    m_view->setAlternatingRowColors(true);
    auto *cardBox = new QWidget(this);
    auto *cardLayout = new QVBoxLayout(cardBox);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_card->setObjectName(QStringLiteral("catalogCard"));
    m_card->setAccessibleName(tr("About the breach"));
    cardLayout->addWidget(m_card, 1);
    auto *report = new QPushButton(tr("I was &told I'm in this breach…"), cardBox);
    report->setObjectName(QStringLiteral("catalogReportButton"));
    cardLayout->addWidget(report);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(cardBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_dataClass, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setDataClass(m_dataClass->currentData().toString());
        updateCount();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setYear(m_year->currentData().toInt());
        updateCount();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setService(m_service->currentData().toString());
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogPage::showBreach);
    Accessibility::currentFollowsSelection(m_view);
    connect(report, &QPushButton::clicked, this, [this] {
        if (const Breach *breach = m_model->breach(m_filter->mapToSource(m_view->currentIndex()))) {
            Q_EMIT reportRequested(breach->name);
        }
    });
    connect(&m_context.events, &VaultEvents::catalogChanged, this, &CatalogPage::reload);
}

void CatalogPage::clear()
{
    m_model->setBreaches({}, {});
    m_card->clear();
    m_search->clear();
    updateCount();
}

QString CatalogPage::cardText() const
{
    return m_card->toPlainText();
}

void CatalogPage::reload()
{
    if (!m_context.runner.isOpen()) {
        return;
    }
    m_context.runner.run(
        [](VaultSession &session) {
            const QList<Breach> breaches = session.breaches();
            QHash<QString, QStringList> services;
            for (const Breach &breach : breaches) {
                const QStringList of = session.servicesOf(breach);
                if (!of.isEmpty()) {
                    services.insert(breach.name, of);
                }
            }
            return std::make_pair(breaches, services);
        },
        [this](const std::pair<QList<Breach>, QHash<QString, QStringList>> &catalog) {
            const QString dataClass = m_dataClass->currentData().toString();
            const int year = m_year->currentData().toInt();
            const QString service = m_service->currentData().toString();
            m_model->setBreaches(catalog.first, catalog.second);
            const QSignalBlocker blockClasses(m_dataClass);
            const QSignalBlocker blockYears(m_year);
            const QSignalBlocker blockServices(m_service);
            m_dataClass->clear();
            m_dataClass->addItem(tr("Anything"), QString());
            for (const QString &name : m_model->dataClasses()) {
                m_dataClass->addItem(DataClassTaxonomy::bundled().displayName(name), name);
            }
            m_dataClass->setCurrentIndex(std::max(0, m_dataClass->findData(dataClass)));
            m_year->clear();
            m_year->addItem(tr("Any year"), 0);
            for (const int value : m_model->years()) {
                m_year->addItem(QString::number(value), value);
            }
            m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
            m_service->clear();
            m_service->addItem(tr("Any service"), QString());
            for (const Service &entry : VaultSession::services()) {
                m_service->addItem(entry.name, entry.id);
            }
            m_service->setCurrentIndex(std::max(0, m_service->findData(service)));
            updateCount();
            Q_EMIT loaded();
        });
}

void CatalogPage::updateCount()
{
    m_count->setText(tr("%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.")
                         .arg(QLocale().toString(m_filter->rowCount()), QLocale().toString(m_model->rowCount())));
}

void CatalogPage::showBreach(const QModelIndex &proxyIndex)
{
    if (const Breach *breach = m_model->breach(m_filter->mapToSource(proxyIndex))) {
        m_card->setHtml(breachCardHtml(*breach, nullptr));
    }
}

} // namespace BreachAdvisor::Ui
