#include "ImportPage.h"

#include "BundleImportDialog.h"
#include "ColumnMappingModel.h"
#include "Confirm.h"
#include "CountryComboBox.h"
#include "HeadingLabel.h"
#include "ImportsModel.h"
#include "InlineMessage.h"
#include "LeakArchive.h"
#include "LeakFormatPreset.h"
#include "LeakImportText.h"
#include "SessionRunner.h"
#include "UiText.h"
#include "VaultSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

namespace {

constexpr int kBreachTitleRole = Qt::UserRole + 1; // the breach combo's titles, for the summary

// A file's plan; for an archive, its first leak file's, whose columns stand for all of them.
struct FilePreview
{
    LeakImportPlan plan;
    QString member;
};
constexpr int kExampleRole = Qt::UserRole + 2;     // the summary list's examples, unindented

// "Holds" is chosen from a list: every identifier kind and data class, or nothing.
class HoldsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(ImportPage::tr("What the column holds"));
        for (const ColumnMappingModel::Choice &choice : ColumnMappingModel::choices()) {
            combo->addItem(choice.label, choice.id);
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(ColumnMappingModel::RoleIdRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), ColumnMappingModel::RoleIdRole);
    }
};

} // namespace

ImportPage::ImportPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_steps(new QStackedWidget(this))
    , m_message(new InlineMessage(this))
    , m_chooseButton(new QPushButton(tr("&Choose a leak file…"), this))
    , m_bundleButton(new QPushButton(tr("Import a help desk's &bundle…"), this))
    , m_preset(new QComboBox(this))
    , m_hasHeader(new QCheckBox(tr("The first line holds the column &names"), this))
    , m_skipMisfits(new QCheckBox(tr("Skip all rows that do not fit"), this))
    , m_delimiter(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_fileNotes(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_previewModel(new QStandardItemModel(this))
    , m_mappingView(new QTableView(this))
    , m_mapping(new ColumnMappingModel(this))
    , m_breach(new QComboBox(this))
    , m_phoneFormat(new QComboBox(this))
    , m_region(new CountryComboBox(this))
    , m_phoneFormatNote(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("&Cancel the import"), this))
    , m_summary(new QLabel(this))
    , m_skipped(new QListWidget(this))
    , m_imports(new ImportsModel(this))
    , m_importsView(new QTableView(this))
    , m_remove(new QPushButton(tr("&Remove this import…"), this))
    , m_removeProgress(new QLabel(this))
{
    setObjectName(QStringLiteral("importPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new HeadingLabel(tr("Import a leak file"), 4, this));
    auto *intro = new QLabel(tr("Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of "
                                "the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had "
                                "— never the leaked values."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_message);

    // 1. Choose
    auto *choose = new QWidget(this);
    auto *chooseLayout = new QVBoxLayout(choose);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    auto *defaults = new QLabel(tr("The file is read as set below. Most files need no change here."), choose);
    defaults->setWordWrap(true);
    chooseLayout->addWidget(defaults);
    auto *delimiterForm = new QFormLayout;
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    // The layouts' titles are long: the box takes the width it is given, the list shows them whole.
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(20);
    m_preset->addItem(tr("None: work it out from the file"), QString());
    for (const LeakFormatPreset &preset : VaultSession::leakFormatPresets()) {
        m_preset->addItem(preset.translatedTitle(), preset.name);
        m_preset->setItemData(m_preset->count() - 1, preset.translatedDescription(), Qt::ToolTipRole);
    }
    auto *presetLabel = new QLabel(tr("A &known leak layout:"), choose);
    presetLabel->setBuddy(m_preset);
    delimiterForm->addRow(presetLabel, m_preset);
    m_hasHeader->setObjectName(QStringLiteral("hasHeaderCheckBox"));
    m_hasHeader->setChecked(true);
    delimiterForm->addRow(m_hasHeader);
    // Unticked, more than 1 % of rows that do not fit refuse the file: a wrong delimiter or
    // header shows that way, before anything is written.
    m_skipMisfits->setObjectName(QStringLiteral("skipMisfitsCheckBox"));
    delimiterForm->addRow(m_skipMisfits);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Found in the file (comma, semicolon, tab, pipe or colon)"), QString());
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Pipe |"), QStringLiteral("|"));
    m_delimiter->addItem(tr("Colon :"), QStringLiteral(":"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    auto *delimiterLabel = new QLabel(tr("Fields are &separated by:"), choose);
    delimiterLabel->setBuddy(m_delimiter);
    delimiterForm->addRow(delimiterLabel, m_delimiter);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Found in the file (UTF-8, else Windows-1252)"), int(TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), int(TextEncoding::Windows1252));
    m_encoding->addItem(tr("Latin-1 (ISO 8859-1)"), int(TextEncoding::Latin1));
    auto *encodingLabel = new QLabel(tr("The &text is written in:"), choose);
    encodingLabel->setBuddy(m_encoding);
    delimiterForm->addRow(encodingLabel, m_encoding);
    chooseLayout->addLayout(delimiterForm);
    chooseLayout->addWidget(m_chooseButton, 0, Qt::AlignLeading);
    auto *bundleNote = new QLabel(tr("Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the "
                                     "agent key it gave you."),
                                  choose);
    bundleNote->setWordWrap(true);
    chooseLayout->addSpacing(fontMetrics().height());
    chooseLayout->addWidget(bundleNote);
    m_bundleButton->setObjectName(QStringLiteral("chooseBundleButton"));
    chooseLayout->addWidget(m_bundleButton, 0, Qt::AlignLeading);
    chooseLayout->addStretch(1);
    m_steps->addWidget(choose);

    // 2. Map: the longest step, so it scrolls when the text is large.
    auto *map = new QWidget(this);
    QWidget *mapContent = UiText::scrollingContent(map);
    auto *mapLayout = new QVBoxLayout(mapContent);
    m_fileLabel->setWordWrap(true);
    mapLayout->addWidget(m_fileLabel);
    m_fileNotes->setObjectName(QStringLiteral("fileNotes"));
    m_fileNotes->setWordWrap(true);
    mapLayout->addWidget(m_fileNotes);
    auto *previewLabel = new QLabel(tr("The first rows:"), map);
    mapLayout->addWidget(previewLabel);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("The first rows of the file"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * 9);
    mapLayout->addWidget(m_preview);
    auto *mappingLabel = new QLabel(tr("What each column holds (change it where the suggestion is wrong):"), map);
    mappingLabel->setWordWrap(true);
    mapLayout->addWidget(mappingLabel);
    m_mappingView->setObjectName(QStringLiteral("mappingTable"));
    m_mappingView->setAccessibleName(tr("What each column holds"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::HoldsColumn, new HoldsDelegate(m_mappingView));
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::HoldsColumn, QHeaderView::Stretch);
    mapLayout->addWidget(m_mappingView, 1);
    auto *mapForm = new QFormLayout;
    mapForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *breachRow = new QHBoxLayout;
    m_breach->setObjectName(QStringLiteral("breachCombo"));
    m_breach->setAccessibleName(tr("The breach the file belongs to"));
    breachRow->addWidget(m_breach, 1);
    auto *newBreachButton = new QPushButton(tr("&New breach…"), map);
    newBreachButton->setObjectName(QStringLiteral("newBreachButton"));
    breachRow->addWidget(newBreachButton);
    auto *breachLabel = new QLabel(tr("The &breach it comes from:"), map);
    breachLabel->setBuddy(m_breach);
    mapForm->addRow(breachLabel, breachRow);
    m_phoneFormat->setObjectName(QStringLiteral("phoneFormatCombo"));
    m_phoneFormat->addItem(tr("With the country code (201001234567, +20…)"), int(PhoneFormat::International));
    m_phoneFormat->addItem(tr("As dialled in one country (0100…)"), int(PhoneFormat::National));
    mapForm->addRow(tr("&Phone numbers are written:"), m_phoneFormat);
    m_region->setObjectName(QStringLiteral("importRegionCombo"));
    mapForm->addRow(tr("Their &country:"), m_region);
    m_phoneFormatNote->setWordWrap(true);
    mapForm->addRow(m_phoneFormatNote);
    mapLayout->addLayout(mapForm);
    auto *mapButtons = new QHBoxLayout;
    auto *back = new QPushButton(tr("&Back"), map);
    back->setObjectName(QStringLiteral("importBackButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    mapButtons->addWidget(back);
    mapButtons->addStretch(1);
    mapButtons->addWidget(m_importButton);
    mapLayout->addLayout(mapButtons);
    m_steps->addWidget(map);

    // 3. Progress
    auto *progress = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progress);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    progressLayout->addWidget(m_progress);
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    progressLayout->addWidget(m_progressText);
    auto *meanwhile = new QLabel(tr("You can use the rest of the app meanwhile. Cancelling changes nothing."), progress);
    meanwhile->setWordWrap(true);
    progressLayout->addWidget(meanwhile);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    progressLayout->addWidget(m_cancelButton, 0, Qt::AlignLeading);
    progressLayout->addStretch(1);
    m_steps->addWidget(progress);

    // 4. Summary
    auto *summary = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summary);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    summaryLayout->addWidget(m_summary);
    m_skipped->setObjectName(QStringLiteral("skippedList"));
    m_skipped->setAccessibleName(tr("What was not imported, with examples"));
    m_skipped->setWordWrap(true);
    m_skipped->setMaximumHeight(m_skipped->fontMetrics().height() * 12);
    summaryLayout->addWidget(m_skipped);
    auto *again = new QPushButton(tr("Import &another file"), summary);
    again->setObjectName(QStringLiteral("importAgainButton"));
    summaryLayout->addWidget(again, 0, Qt::AlignLeading);
    summaryLayout->addStretch(1);
    m_steps->addWidget(summary);
    layout->addWidget(m_steps, 3);

    auto *past = new QGroupBox(tr("Imported so far"), this);
    auto *pastLayout = new QVBoxLayout(past);
    m_importsView->setObjectName(QStringLiteral("importsTable"));
    m_importsView->setAccessibleName(tr("Imported leak files"));
    m_importsView->setModel(m_imports);
    m_importsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_importsView->setSelectionMode(QAbstractItemView::SingleSelection);
    UiText::shareWidth(m_importsView);
    m_importsView->verticalHeader()->hide();
    pastLayout->addWidget(m_importsView);
    auto *pastButtons = new QHBoxLayout;
    m_remove->setObjectName(QStringLiteral("removeImportButton"));
    pastButtons->addWidget(m_remove);
    m_removeProgress->setObjectName(QStringLiteral("removeImportProgress"));
    pastButtons->addWidget(m_removeProgress, 1);
    pastLayout->addLayout(pastButtons);
    layout->addWidget(past, 2);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportPage::choose);
    connect(m_bundleButton, &QPushButton::clicked, this, &ImportPage::chooseBundle);
    connect(back, &QPushButton::clicked, this, [this] { setStep(Step::Choose); });
    connect(newBreachButton, &QPushButton::clicked, this, &ImportPage::newBreach);
    connect(m_importButton, &QPushButton::clicked, this, &ImportPage::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportPage::cancelImport);
    connect(again, &QPushButton::clicked, this, [this] { setStep(Step::Choose); });
    connect(m_remove, &QPushButton::clicked, this, &ImportPage::removeSelectedImport);
    connect(m_phoneFormat, &QComboBox::currentIndexChanged, this, [this] {
        m_region->setEnabled(PhoneFormat(m_phoneFormat->currentData().toInt()) == PhoneFormat::National);
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        // A known layout says whether there is a header and what separates the fields.
        const bool free = m_preset->currentData().toString().isEmpty();
        m_hasHeader->setEnabled(free);
        m_delimiter->setEnabled(free);
    });
    connect(&m_context.events, &VaultEvents::indexChanged, this, &ImportPage::reload);
    connect(&m_context.events, &VaultEvents::catalogChanged, this, [this] { loadBreaches(m_breach->currentData().toString()); });
    m_region->setEnabled(false);
    setStep(Step::Choose);
}

ImportPage::Step ImportPage::step() const
{
    return Step(m_steps->currentIndex());
}

void ImportPage::setStep(Step step)
{
    m_steps->setCurrentIndex(int(step));
    if (step != Step::Progress) {
        m_message->clear();
    }
}

QString ImportPage::summaryText() const
{
    // The headline, then the findings the list heads with their examples.
    QStringList texts{m_summary->text()};
    for (int row = 0; row < m_skipped->count(); ++row) {
        if (m_skipped->item(row)->data(kExampleRole).isNull()) {
            texts << m_skipped->item(row)->text();
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QString ImportPage::fileNotesText() const
{
    return m_fileNotes->text();
}

QStringList ImportPage::summaryExamples() const
{
    QStringList examples;
    for (int row = 0; row < m_skipped->count(); ++row) {
        const QString example = m_skipped->item(row)->data(kExampleRole).toString();
        if (!example.isEmpty()) {
            examples << example;
        }
    }
    return examples;
}

void ImportPage::clear()
{
    cancelImport();
    m_imports->setImports({});
    m_previewModel->clear();
    m_plan = LeakImportPlan(); // its sample rows are the leak file's identifiers
    m_mapping->setPlan(m_plan);
    m_fileLabel->clear();
    m_fileNotes->clear();
    m_phoneFormatNote->clear();
    m_breach->clear();
    m_path.clear();
    m_skipped->clear();
    m_summary->clear();
    setStep(Step::Choose);
}

void ImportPage::reload()
{
    if (!m_context.runner.isOpen()) {
        return;
    }
    m_context.runner.run([](VaultSession &session) { return session.indexStats(); },
                         [this](const IndexStats &stats) {
                             m_imports->setImports(stats.imports);
                             m_remove->setEnabled(!stats.imports.isEmpty());
                         });
    loadBreaches(m_breach->currentData().toString());
}

void ImportPage::loadBreaches(const QString &select)
{
    if (!m_context.runner.isOpen()) {
        return;
    }
    m_context.runner.run([](VaultSession &session) { return session.breaches(); },
                         [this, select](const QList<Breach> &breaches) {
                             m_breach->clear();
                             m_breach->addItem(tr("Choose the breach…"), QString());
                             QList<Breach> sorted = breaches;
                             std::sort(sorted.begin(), sorted.end(), [](const Breach &a, const Breach &b) {
                                 return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
                             });
                             for (const Breach &breach : std::as_const(sorted)) {
                                 m_breach->addItem(breach.displayTitle(), breach.name);
                                 m_breach->setItemData(m_breach->count() - 1, breach.displayTitle(), kBreachTitleRole);
                             }
                             m_breach->setCurrentIndex(std::max(0, m_breach->findData(select)));
                         });
}

void ImportPage::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a leak file"), QDir::homePath(),
                                                      tr("Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz "
                                                         "*.zst *.zip *.7z *.tar *.tgz);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void ImportPage::chooseBundle()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a help desk's bundle"), QDir::homePath(),
                                                      tr("Bundles (*.bundle);;All files (*)"));
    if (!path.isEmpty()) {
        openBundle(path);
    }
}

void ImportPage::openBundle(const QString &path)
{
    struct BundleSeen
    {
        BundleFile::Header header;
        std::optional<BundleSigner> signer;
    };
    m_message->clear();
    m_context.runner.run(
        [path](VaultSession &session) {
            BundleSeen seen;
            seen.header = BundleFile::readHeader(path, QFileInfo(path).fileName());
            for (const BundleSigner &signer : session.bundleSigners()) {
                if (signer.publicKey == seen.header.signer) {
                    seen.signer = signer;
                }
            }
            return seen;
        },
        [this, path](const BundleSeen &seen) {
            BundleImportDialog dialog(m_context, path, seen.header, seen.signer, this);
            if (dialog.exec() == QDialog::Accepted) {
                showBundleReport(dialog.report());
            }
        },
        [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

void ImportPage::showBundleReport(const BundleImportReport &report)
{
    QStringList lines;
    lines << tr("Imported the bundle signed by %1 (made on %2).")
                 .arg(report.signer.name, QLocale().toString(report.header.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (report.older) {
        lines << tr("It was older than the last bundle taken from this help desk.");
    }
    lines << tr("Breaches: %1 new, %2 updated.").arg(report.catalog.added).arg(report.catalog.updated);
    lines << tr("Leak files: %1 added with %2 records; %3 were here already.")
                 .arg(report.importsAdded)
                 .arg(QLocale().toString(report.records))
                 .arg(report.importsAlreadyPresent);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_skipped->clear();
    m_skipped->hide();
    setStep(Step::Summary);
    Q_EMIT bundleImported();
}

LeakImportOptions ImportPage::options() const
{
    LeakImportOptions options;
    options.path = m_path;
    options.file.format = leakFileFormatFromPath(m_path);
    options.file.hasHeader = m_hasHeader->isChecked();
    if (m_skipMisfits->isChecked()) {
        options.maxBadRows.percent = 100;
    }
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty()) {
        options.file.delimiter = delimiter.at(0).toLatin1();
    }
    options.file.encoding = TextEncoding(m_encoding->currentData().toInt());
    if (const auto preset = LeakFormatPreset::find(m_preset->currentData().toString())) {
        preset->applyTo(options);
    }
    return options;
}

void ImportPage::openFile(const QString &path)
{
    m_path = path;
    LeakImportOptions preview = options();
    preview.preview = true;
    m_message->clear();
    m_context.runner.run(
        [preview](VaultSession &session) {
            FilePreview result;
            if (LeakArchive::isArchive(preview.path)) {
                // The first leak file only: a tar.gz is not unpacked whole for a preview.
                const LeakArchiveReport archive = session.planArchiveImport(preview, {}, 1);
                result.plan = archive.plans.first(); // none: planArchiveImport refused the archive
                result.member = archive.chosen.first();
            } else {
                result.plan = session.planImport(preview);
            }
            return result;
        },
                         [this](const FilePreview &filePreview) {
                             const LeakImportPlan &plan = filePreview.plan;
                             m_plan = plan;
                             m_member = filePreview.member;
                             m_fileLabel->setText(m_member.isEmpty()
                                                      ? tr("File: %1").arg(QDir::toNativeSeparators(m_path))
                                                      : tr("Archive: %1. Its columns are those of %2; every leak file in the "
                                                           "archive is imported with this mapping, each on its own.")
                                                            .arg(QDir::toNativeSeparators(m_path), m_member));
                             m_previewModel->clear();
                             m_previewModel->setHorizontalHeaderLabels(plan.columns);
                             for (const QStringList &row : plan.sampleRows) {
                                 QList<QStandardItem *> items;
                                 for (const QString &value : row) {
                                     items << new QStandardItem(value.left(80));
                                 }
                                 m_previewModel->appendRow(items);
                             }
                             m_mapping->setPlan(plan);
                             m_mappingView->resizeColumnsToContents();
                             m_phoneFormat->setCurrentIndex(plan.phoneFormat == PhoneFormat::National ? 1 : 0);
                             m_phoneFormatNote->setText(plan.phoneFormatExplanation);
                             QStringList notes = LeakImportText::fileNotes(plan, QString());
                             m_fileNotes->setText(notes.join(QLatin1Char(' ')));
                             m_fileNotes->setVisible(!notes.isEmpty());
                             if (m_breach->currentData().toString().isEmpty()) {
                                 if (const auto preset = LeakFormatPreset::find(plan.preset)) {
                                     m_breach->setCurrentIndex(std::max(0, m_breach->findData(preset->breach)));
                                 }
                             }
                             if (!plan.mappingDetected || plan.mapping.identifiers.isEmpty()) {
                                 m_message->show(InlineMessage::Kind::Information,
                                                 tr("No column was recognized as phone numbers, e-mail addresses or usernames: say which "
                                                    "column holds them."));
                             }
                             setStep(Step::Map);
                             Q_EMIT previewReady();
                         },
                         [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

void ImportPage::newBreach()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("A breach the catalog does not have"));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(QStringLiteral("newBreachTitle"));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    auto *count = new QLineEdit(&dialog);
    count->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), count));
    form->addRow(tr("Company or &service:"), title);
    form->addRow(tr("&When it happened:"), date);
    form->addRow(tr("&Accounts in it (if known):"), count);
    auto *note = new QLabel(tr("What leaked is taken from the columns you map."), &dialog);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || title->text().trimmed().isEmpty()) {
        return;
    }
    Breach breach;
    breach.title = title->text().trimmed();
    breach.name = QString(breach.title).remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]"))) + date->date().toString(QStringLiteral("yyyy"));
    breach.breachDate = date->date();
    breach.pwnCount = count->text().toLongLong();
    const LeakMappingRequest request = m_mapping->request();
    for (const LeakMappingRequest::Identifier &identifier : request.identifiers) {
        const QString dataClass = LeakMapping::identifierDataClass(identifier.kind);
        if (!breach.dataClasses.contains(dataClass)) breach.dataClasses << dataClass;
    }
    for (const LeakMappingRequest::Field &field : request.fields) {
        breach.dataClasses << field.dataClass;
    }
    if (breach.dataClasses.isEmpty()) {
        breach.dataClasses << QStringLiteral("Phone numbers");
    }
    m_context.runner.run([breach](VaultSession &session) { return session.addBreach(breach); },
                         [this](const Breach &added) {
                             Q_EMIT m_context.events.catalogChanged();
                             loadBreaches(added.name);
                         },
                         [this](const Error &error) { m_message->show(InlineMessage::Kind::Error, error.message()); });
}

void ImportPage::startImport()
{
    if (m_cancel) {
        return;
    }
    LeakImportOptions import = options();
    import.breach = m_breach->currentData().toString();
    import.mapping = m_mapping->request();
    import.phoneFormat = PhoneFormat(m_phoneFormat->currentData().toInt());
    import.region = m_region->code();
    if (!m_mapping->hasIdentifierColumn()) {
        m_message->show(InlineMessage::Kind::Error, tr("Say which column holds phone numbers, e-mail addresses or usernames."));
        m_mappingView->setFocus();
        return;
    }
    if (import.breach.isEmpty()) {
        m_message->show(InlineMessage::Kind::Error, tr("Choose the breach the file comes from, or make a new one."));
        m_breach->setFocus();
        return;
    }
    if (import.phoneFormat == PhoneFormat::National && import.region.isEmpty()) {
        m_message->show(InlineMessage::Kind::Error, tr("Numbers written as dialled in one country need that country."));
        m_region->setFocus();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_progressText->setText(tr("Starting…"));
    setStep(Step::Progress);
    m_cancelButton->setFocus();
    const QString file = QFileInfo(m_path).fileName();
    Q_EMIT activity(tr("Importing %1…").arg(file));
    QPointer<ImportPage> self(this);
    auto cancel = m_cancel;
    m_context.runner.run(
        [import, cancel, self, archive = !m_member.isEmpty()](VaultSession &session) {
            const auto progress = [self](const LeakImportProgress &p) {
                QMetaObject::invokeMethod(self, [self, p] { if (self) self->showProgress(p); });
            };
            if (archive) {
                return session.importArchive(import, progress, cancel.get());
            }
            LeakArchiveReport single; // no archive: its one report
            single.reports << session.importLeak(import, progress, cancel.get());
            return single;
        },
        [this](const LeakArchiveReport &report) {
            m_cancel.reset();
            Q_EMIT activity(QString());
            if (report.archive.isEmpty()) {
                showReport(report.reports.first());
            } else {
                showArchiveReport(report);
            }
            Q_EMIT m_context.events.indexChanged();
            Q_EMIT importFinished(true);
        },
        [this](const Error &error) {
            m_cancel.reset();
            Q_EMIT activity(QString());
            setStep(Step::Map);
            m_message->show(error.kind() == ErrorKind::Cancelled ? InlineMessage::Kind::Information : InlineMessage::Kind::Error,
                            error.kind() == ErrorKind::Cancelled ? tr("The import was cancelled. Nothing was changed.") : error.message());
            Q_EMIT importFinished(false);
        });
}

void ImportPage::showProgress(const LeakImportProgress &progress)
{
    if (!m_cancel) {
        return;
    }
    const QLocale locale;
    const int permille = progress.bytesTotal > 0 ? int(1000 * progress.bytesDone / progress.bytesTotal) : 0;
    if (progress.phase == LeakImportProgress::Phase::Reading) {
        m_progress->setValue(permille);
        QString text = tr("%1 rows read, %2 rows a second").arg(locale.toString(progress.rows), locale.toString(qint64(progress.rowsPerSecond)));
        const QString left = UiText::timeLeft(progress.secondsLeft);
        if (!left.isEmpty()) {
            text += QStringLiteral(", ") + left;
        }
        m_progressText->setText(text);
        Q_EMIT activity(tr("Importing: %1%").arg(permille / 10));
    } else {
        m_progress->setValue(1000);
        m_progressText->setText(tr("Writing the encrypted index: %1%").arg(permille / 10));
        Q_EMIT activity(tr("Importing: writing the index"));
    }
}

void ImportPage::showReport(const LeakImportReport &report)
{
    // The headline above; below it every other finding, each followed by its examples.
    const QList<LeakImportTextSection> sections = LeakImportText::report(report, m_breach->currentData(kBreachTitleRole).toString());
    m_summary->setText(sections.first().text);
    m_skipped->clear();
    for (const LeakImportTextSection &section : sections.mid(1)) {
        auto *heading = new QListWidgetItem(section.text, m_skipped);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const QString &example : section.examples) {
            auto *item = new QListWidgetItem(QStringLiteral("    ") + example, m_skipped);
            item->setData(kExampleRole, example);
        }
    }
    m_skipped->setVisible(m_skipped->count() > 0);
    setStep(Step::Summary);
}

void ImportPage::showArchiveReport(const LeakArchiveReport &report)
{
    // Each leak file's headline above; below, every other finding under its file's name, then
    // the members that were not read and why.
    const QString breach = m_breach->currentData(kBreachTitleRole).toString();
    QStringList headlines;
    m_skipped->clear();
    QFont bold = m_skipped->font();
    bold.setBold(true);
    for (qsizetype i = 0; i < report.reports.size(); ++i) {
        const QList<LeakImportTextSection> sections = LeakImportText::report(report.reports.at(i), breach);
        headlines << tr("%1: %2").arg(report.chosen.at(i), sections.first().text);
        for (const LeakImportTextSection &section : sections.mid(1)) {
            auto *heading = new QListWidgetItem(tr("%1: %2").arg(report.chosen.at(i), section.text), m_skipped);
            heading->setFont(bold);
            for (const QString &example : section.examples) {
                auto *item = new QListWidgetItem(QStringLiteral("    ") + example, m_skipped);
                item->setData(kExampleRole, example);
            }
        }
    }
    for (const LeakArchiveMember &member : report.members) {
        if (!member.chosen) {
            new QListWidgetItem(tr("Not read from the archive: %1 (%2)").arg(member.name, member.reason), m_skipped);
        }
    }
    m_summary->setText(headlines.join(QLatin1Char('\n')));
    m_skipped->setVisible(m_skipped->count() > 0);
    setStep(Step::Summary);
}

void ImportPage::cancelImport()
{
    if (m_cancel) {
        *m_cancel = true;
        m_progressText->setText(tr("Cancelling…"));
    }
}

void ImportPage::removeSelectedImport()
{
    const IndexStats::PerImport *entry = m_imports->entry(m_importsView->currentIndex());
    if (!entry) {
        m_message->show(InlineMessage::Kind::Information, tr("Choose the import to remove in the list."));
        return;
    }
    const qint64 id = entry->import.id;
    if (!Confirm::ask(this, tr("Remove this import?"),
                      tr("The records from %1 (%2) will be removed from the index. People's results change accordingly. The file "
                         "itself is not touched.")
                          .arg(entry->import.sourceName, entry->breachTitle),
                      tr("&Remove"))) {
        return;
    }
    QPointer<ImportPage> self(this);
    m_remove->setEnabled(false);
    m_context.runner.run(
        [id, self](VaultSession &session) {
            WorkControl control;
            control.progress = [self](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self && total > 0) self->m_removeProgress->setText(tr("Removing: %1%").arg(100 * done / total));
                });
            };
            session.removeImport(id, control);
            QMetaObject::invokeMethod(self, [self] {
                if (self) self->m_removeProgress->setText(tr("Removed. Giving the space back to the disk…"));
            });
            return session.compact();
        },
        [this](qint64 freed) {
            m_removeProgress->setText(tr("Removed. The vault is %1 smaller.").arg(QLocale().formattedDataSize(freed)));
            Q_EMIT m_context.events.indexChanged();
        },
        [this](const Error &error) {
            m_remove->setEnabled(true);
            m_removeProgress->clear();
            m_message->show(InlineMessage::Kind::Error, error.message());
        });
}

} // namespace BreachAdvisor::Ui
