#pragma once

#include "AppContext.h"
#include "BundleExchange.h"
#include "LeakImport.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace BreachAdvisor::Ui {

class ColumnMappingModel;
class CountryComboBox;
class ImportsModel;
class InlineMessage;

// Import a leak file: choose it; see its first rows and say what each column holds
// (suggested from the headers); choose or create the breach it belongs to; import with
// a progress bar (rows a second, time left) and Cancel; end on a summary that leaves
// nothing out (rows skipped, values not valid, text recoded, rows that did not fit a
// known layout), with examples. Well-known leak layouts (presets) and the text encoding
// can be chosen before the file is read. Past imports are listed and can be removed. The person can use the
// rest of the app while an import runs.
class ImportPage : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Choose, Map, Progress, Summary };

    ImportPage(AppContext &context, QWidget *parent = nullptr);

    void reload();
    void clear();
    Step step() const;
    // The steps, callable from tests as from the buttons.
    void openFile(const QString &path);
    // A help desk's bundle: who signed it and what it holds, then BundleImportDialog.
    void openBundle(const QString &path);
    void startImport();
    void cancelImport();
    void removeSelectedImport();
    bool isImporting() const { return m_cancel != nullptr; }

    ColumnMappingModel *mapping() const { return m_mapping; }
    ImportsModel *imports() const { return m_imports; }
    QComboBox *breachCombo() const { return m_breach; }
    QComboBox *phoneFormatCombo() const { return m_phoneFormat; }
    QComboBox *presetCombo() const { return m_preset; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QString fileNotesText() const;
    QTableView *importsView() const { return m_importsView; }
    QString summaryText() const;     // the last import's findings, one a line
    QStringList summaryExamples() const; // their examples

Q_SIGNALS:
    void activity(const QString &text); // for the status bar: empty when nothing runs
    void previewReady();
    void importFinished(bool imported); // false: cancelled or failed
    void bundleImported();

private:
    void setStep(Step step);
    void choose();
    void chooseBundle();
    void showBundleReport(const BundleImportReport &report);
    void loadBreaches(const QString &select = QString());
    void newBreach();
    void showProgress(const LeakImportProgress &progress);
    void showReport(const LeakImportReport &report);
    void showArchiveReport(const LeakArchiveReport &report);
    LeakImportOptions options() const;

    AppContext &m_context;
    QStackedWidget *m_steps;
    InlineMessage *m_message;
    // Choose
    QPushButton *m_chooseButton;
    QPushButton *m_bundleButton;
    QComboBox *m_preset;
    QCheckBox *m_hasHeader;
    QCheckBox *m_skipMisfits;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    // Map
    QLabel *m_fileLabel;
    QLabel *m_fileNotes;
    QTableView *m_preview;
    QStandardItemModel *m_previewModel;
    QTableView *m_mappingView;
    ColumnMappingModel *m_mapping;
    QComboBox *m_breach;
    QComboBox *m_phoneFormat;
    CountryComboBox *m_region;
    QLabel *m_phoneFormatNote;
    QPushButton *m_importButton;
    // Progress
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancelButton;
    // Summary
    QLabel *m_summary;
    QListWidget *m_skipped;
    // Past imports
    ImportsModel *m_imports;
    QTableView *m_importsView;
    QPushButton *m_remove;
    QLabel *m_removeProgress;

    QString m_path;
    QString m_member; // an archive's first leak file, whose columns the mapping shows
    LeakImportPlan m_plan;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace BreachAdvisor::Ui
