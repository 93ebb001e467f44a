#include "ReportBreachDialog.h"

#include "CatalogModel.h"
#include "DataClassTaxonomy.h"
#include "InlineMessage.h"
#include "SessionRunner.h"
#include "VaultSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

namespace {

// Each breach on two lines, so the person can tell theirs by its year, size and what
// leaked, not by the name alone.
class BreachChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // A line separator, not "\n", is what the item's text layout breaks at.
        option->text = index.data(CatalogModel::ChoiceTextRole).toString().replace(QLatin1Char('\n'), QChar::LineSeparator);
    }
};

// The kinds of data notices name most, offered when the breach is a new one.
const char *const kUsualClasses[] = {"Email addresses", "Phone numbers", "Names", "Passwords", "Physical addresses", "Dates of birth",
                                     "Credit cards", "Bank account numbers", "Social security numbers", "Government issued IDs",
                                     "Usernames", "IP addresses"};

} // namespace

ReportBreachDialog::ReportBreachDialog(AppContext &context, const QList<Person> &people, const QList<Breach> &breaches,
                                       qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_people(people)
    , m_person(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_catalog(new CatalogModel(this))
    , m_filter(new CatalogFilterModel(this))
    , m_list(new QListView(this))
    , m_newBreach(new QCheckBox(tr("It is &not in the list: describe it"), this))
    , m_newBox(new QWidget(this))
    , m_newTitle(new QLineEdit(this))
    , m_newDate(new QDateEdit(QDate::currentDate(), this))
    , m_fieldRows(new QVBoxLayout)
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("reportBreachDialog"));
    setWindowTitle(tr("I was told I'm in a breach"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A company or a news story said your details were in a breach? Choose it here and tick what the "
                                "notice said leaked. You get a plan for it, and it is kept with this person."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_person->setObjectName(QStringLiteral("reportPersonCombo"));
    for (const Person &person : people) {
        m_person->addItem(person.name, person.id);
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(personId)));
    form->addRow(tr("&Who got the notice:"), m_person);
    m_search->setObjectName(QStringLiteral("reportSearchEdit"));
    m_search->setPlaceholderText(tr("the company's name, e.g. Facebook"));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("&Find the breach:"), m_search);
    layout->addLayout(form);

    QHash<QString, QStringList> noServices;
    m_catalog->setBreaches(breaches, noServices);
    m_filter->setSourceModel(m_catalog);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->sort(CatalogModel::TitleColumn);
    m_list->setObjectName(QStringLiteral("reportBreachList"));
    m_list->setAccessibleName(tr("Breaches"));
    m_list->setModel(m_filter);
    m_list->setModelColumn(CatalogModel::TitleColumn);
    m_list->setItemDelegate(new BreachChoiceDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 8);
    layout->addWidget(m_list, 1);

    m_newBreach->setObjectName(QStringLiteral("newBreachCheckBox"));
    layout->addWidget(m_newBreach);
    auto *newForm = new QFormLayout(m_newBox);
    m_newTitle->setObjectName(QStringLiteral("newBreachTitleEdit"));
    m_newTitle->setPlaceholderText(tr("e.g. Town sports club"));
    newForm->addRow(tr("Company or &service:"), m_newTitle);
    m_newDate->setObjectName(QStringLiteral("newBreachDateEdit"));
    m_newDate->setCalendarPopup(true);
    m_newDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    newForm->addRow(tr("&When it happened (or the notice's date):"), m_newDate);
    m_newBox->hide();
    layout->addWidget(m_newBox);

    auto *fields = new QGroupBox(tr("What the notice said leaked"), this);
    fields->setObjectName(QStringLiteral("reportFieldsBox"));
    auto *fieldsLayout = new QVBoxLayout(fields);
    auto *scrollContent = new QWidget;
    auto *scrollLayout = new QVBoxLayout(scrollContent);
    scrollLayout->addLayout(m_fieldRows);
    scrollLayout->addStretch(1);
    auto *scroll = new QScrollArea(fields);
    scroll->setFocusPolicy(Qt::NoFocus); // a container: its fields take the focus
    scroll->setWidgetResizable(true);
    scroll->setWidget(scrollContent);
    scroll->setMinimumHeight(m_list->fontMetrics().height() * 7);
    fieldsLayout->addWidget(scroll);
    layout->addWidget(fields, 1);

    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make my &plan"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reportOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportBreachDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter, &CatalogFilterModel::setSearchText);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const Breach *breach = m_catalog->breach(m_filter->mapToSource(current))) {
            showFields(breach->dataClasses);
        }
    });
    connect(m_newBreach, &QCheckBox::toggled, this, [this](bool describe) {
        m_newBox->setVisible(describe);
        m_list->setEnabled(!describe);
        m_search->setEnabled(!describe);
        QStringList usual;
        for (const char *name : kUsualClasses) {
            usual << QLatin1String(name);
        }
        if (describe) {
            showFields(usual);
            m_newTitle->setFocus();
        } else if (const Breach *breach = m_catalog->breach(m_filter->mapToSource(m_list->currentIndex()))) {
            showFields(breach->dataClasses);
        }
    });
    resize(560, 700);
    m_search->setFocus();
}

void ReportBreachDialog::selectBreach(const QString &name)
{
    const QModelIndex source = m_catalog->indexOf(name);
    const QModelIndex index = m_filter->mapFromSource(m_catalog->index(source.row(), CatalogModel::TitleColumn));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void ReportBreachDialog::showFields(const QStringList &dataClasses)
{
    for (QCheckBox *box : std::as_const(m_fields)) {
        delete box;
    }
    m_fields.clear();
    for (const QString &dataClass : dataClasses) {
        auto *box = new QCheckBox(DataClassTaxonomy::bundled().displayName(dataClass), this);
        box->setProperty("dataClass", dataClass); // the English name is what is saved
        box->setObjectName(QStringLiteral("field_%1").arg(QString(dataClass).remove(QRegularExpression(QStringLiteral("[^A-Za-z]")))));
        m_fieldRows->addWidget(box);
        m_fields << box;
    }
}

void ReportBreachDialog::setFieldChecked(const QString &dataClass, bool checked)
{
    for (QCheckBox *box : std::as_const(m_fields)) {
        if (box->property("dataClass").toString() == dataClass) {
            box->setChecked(checked);
        }
    }
}

QStringList ReportBreachDialog::checkedFields() const
{
    QStringList fields;
    for (const QCheckBox *box : m_fields) {
        if (box->isChecked()) {
            fields << box->property("dataClass").toString();
        }
    }
    return fields;
}

qint64 ReportBreachDialog::personId() const
{
    return m_person->currentData().toLongLong();
}

void ReportBreachDialog::accept()
{
    if (m_saving) {
        return;
    }
    if (m_person->currentIndex() < 0) {
        m_message->show(InlineMessage::Kind::Error, tr("Add the person first, then tell the app about the notice."));
        return;
    }
    const QStringList fields = checkedFields();
    std::optional<Breach> newBreach;
    QString breachName;
    if (m_newBreach->isChecked()) {
        const QString title = m_newTitle->text().trimmed();
        if (title.isEmpty()) {
            m_message->show(InlineMessage::Kind::Error, tr("Say which company or service the notice was about."));
            m_newTitle->setFocus();
            return;
        }
        Breach breach;
        breach.name = QStringLiteral("Reported-%1-%2").arg(QString(title).remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]"))),
                                                           m_newDate->date().toString(QStringLiteral("yyyyMMdd")));
        breach.title = title;
        breach.breachDate = m_newDate->date();
        breach.dataClasses = fields;
        breach.ourDescription = tr("Entered from a breach notice.");
        newBreach = breach;
        breachName = breach.name;
    } else {
        const Breach *breach = m_catalog->breach(m_filter->mapToSource(m_list->currentIndex()));
        if (!breach) {
            m_message->show(InlineMessage::Kind::Error, tr("Choose the breach from the list, or describe it if it is not there."));
            m_search->setFocus();
            return;
        }
        breachName = breach->name;
    }
    if (fields.isEmpty()) {
        m_message->show(InlineMessage::Kind::Error, tr("Tick at least one kind of data the notice named."));
        return;
    }
    const qint64 id = personId();
    const auto person = std::find_if(m_people.cbegin(), m_people.cend(), [id](const Person &p) { return p.id == id; });
    m_saving = true;
    m_context.runner.run(
        [person = *person, newBreach, breachName, fields](VaultSession &session) {
            if (newBreach && !session.breach(newBreach->name)) {
                session.addBreach(*newBreach);
            }
            session.reportBreach(person, breachName, fields);
        },
        [this, created = newBreach.has_value()] {
            m_saving = false;
            if (created) {
                Q_EMIT m_context.events.catalogChanged();
            }
            Q_EMIT m_context.events.peopleChanged();
            QDialog::accept();
        },
        [this](const Error &error) {
            m_saving = false;
            m_message->show(InlineMessage::Kind::Error, error.message());
        });
}

} // namespace BreachAdvisor::Ui
