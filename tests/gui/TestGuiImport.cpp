#include "ColumnMappingModel.h"
#include "Confirm.h"
#include "GuiTestSupport.h"
#include "ImportPage.h"
#include "ImportsModel.h"
#include "SessionRunner.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// Importing a leak file in the app: cancelled (nothing changes) and to the end.
class TestGuiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cancelLeavesTheVaultUnchanged();
    void importToTheEndAndRemove();
    void knownLayoutAndEncoding();
    void importTwiceThroughThePages();

private:
    void preview(const QString &path);
    std::unique_ptr<Fixture> m_fixture;
    ImportPage *m_page = nullptr;
};

void TestGuiImport::init()
{
    m_fixture = std::make_unique<Fixture>();
    m_fixture->openOnEmptyVault(QStringLiteral("pass"));
    QVERIFY(m_fixture->unlock(QStringLiteral("pass")));
    m_fixture->window->showPage(MainWindow::Page::Import);
    m_page = m_fixture->window->importPage();
}

void TestGuiImport::cleanup()
{
    m_fixture.reset();
}

void TestGuiImport::preview(const QString &path)
{
    m_page->openFile(path);
    QVERIFY(waitFor([&] { return m_page->step() == ImportPage::Step::Map && m_page->breachCombo()->count() > 900; }));
    // Suggested from the headers: the phone column is looked up, the name is a field.
    QCOMPARE(m_page->mapping()->roleOf(0), QStringLiteral("phone"));
    QCOMPARE(m_page->mapping()->roleOf(1), QStringLiteral("Names"));
    m_page->breachCombo()->setCurrentIndex(m_page->breachCombo()->findData(QStringLiteral("Facebook")));
    m_page->phoneFormatCombo()->setCurrentIndex(m_page->phoneFormatCombo()->findData(int(PhoneFormat::International)));
}

void TestGuiImport::cancelLeavesTheVaultUnchanged()
{
    QByteArray csv = "phone,name\n";
    for (int i = 0; i < 1500000; ++i) {
        csv += "2010" + QByteArray::number(10000000 + i * 3) + ",x\n";
    }
    const QString path = m_fixture->temp.filePath(QStringLiteral("big.csv"));
    TestSupport::writeFile(path, csv);
    preview(path);
    const QByteArray before = TestSupport::fingerprintOf(m_fixture->vaultDirectory());
    QSignalSpy finished(m_page, &ImportPage::importFinished);
    m_page->startImport();
    QCOMPARE(m_page->step(), ImportPage::Step::Progress);
    QVERIFY(m_page->isImporting());
    m_page->cancelImport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_page->step(), ImportPage::Step::Map);
    QVERIFY(waitFor([&] { return m_fixture->window->context().runner.pending() == 0; }));
    QCOMPARE(m_page->imports()->rowCount(), 0);
    QCOMPARE(TestSupport::fingerprintOf(m_fixture->vaultDirectory()), before);
}

void TestGuiImport::importToTheEndAndRemove()
{
    const QString path = m_fixture->temp.filePath(QStringLiteral("small.csv"));
    TestSupport::writeFile(path, "phone,name,email\n201001234567,Amira,\n2010,Short,\n4915123456789,,max@example.com\n");
    preview(path);
    QCOMPARE(m_page->mapping()->roleOf(2), QStringLiteral("email"));
    QSignalSpy finished(m_page, &ImportPage::importFinished);
    m_page->startImport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(m_page->step(), ImportPage::Step::Summary);
    QVERIFY2(m_page->summaryText().startsWith(QLatin1String("Imported 2 of 3 rows")), qPrintable(m_page->summaryText()));
    QVERIFY(m_page->summaryText().contains(QLatin1String("1 row")));
    QVERIFY(waitFor([&] { return m_page->imports()->rowCount() == 1; }));

    m_page->importsView()->selectRow(0);
    Confirm::setNextAnswer(true);
    m_page->removeSelectedImport();
    QVERIFY(waitFor([&] { return m_page->imports()->rowCount() == 0; }));
    // The space is given back, and the person is told how much.
    auto *removed = m_page->findChild<QLabel *>(QStringLiteral("removeImportProgress"));
    QVERIFY(waitFor([&] { return removed->text().contains(QLatin1String("smaller")); }));
    QVERIFY2(QRegularExpression(QStringLiteral("^Removed\\. The vault is [0-9.,]+ [KMG]?i?B smaller\\.$")).match(removed->text()).hasMatch(),
             qPrintable(removed->text()));
}

void TestGuiImport::knownLayoutAndEncoding()
{
    // The 2021 Facebook scrape's own lines in Windows-1252 ("Müller"), one line cut short.
    const QString path = m_fixture->temp.filePath(QStringLiteral("EG.txt"));
    TestSupport::writeFile(path, "201223456789:100001234567890:Mona:M\xfcller:female:Cairo, Egypt:Giza:Married:Acme:"
                                 "10/15/2019 12:00:00 AM:mona@example.com:\n"
                                 "201234567890:100001234567891:Hany:Aziz:male:Giza::::::3/4/1990\n"
                                 "201244444444:1:Broken:Row\n");
    QComboBox *preset = m_page->presetCombo();
    QCOMPARE(preset->currentData().toString(), QString());
    auto *delimiter = m_page->findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    QVERIFY(delimiter->isEnabled());
    preset->setCurrentIndex(preset->findData(QStringLiteral("facebook-2021")));
    QVERIFY(preset->currentIndex() > 0);
    QVERIFY(!delimiter->isEnabled()); // the layout says what separates the fields
    QCOMPARE(TextEncoding(m_page->encodingCombo()->currentData().toInt()), TextEncoding::Auto);

    m_page->openFile(path);
    QVERIFY(waitFor([&] { return m_page->step() == ImportPage::Step::Map && m_page->breachCombo()->count() > 900; }));
    QVERIFY2(m_page->fileNotesText().contains(QLatin1String("The 2021 Facebook scrape")), qPrintable(m_page->fileNotesText()));
    QVERIFY2(m_page->fileNotesText().contains(QLatin1String("windows-1252")), qPrintable(m_page->fileNotesText()));
    QCOMPARE(m_page->mapping()->roleOf(0), QStringLiteral("phone"));
    // The layout's breach is chosen for the person.
    QCOMPARE(m_page->breachCombo()->currentData().toString(), QStringLiteral("Facebook"));

    // One row in three does not fit: more than the 1 % allowed unless the person says so.
    auto *skipMisfits = m_page->findChild<QCheckBox *>(QStringLiteral("skipMisfitsCheckBox"));
    QVERIFY(skipMisfits && !skipMisfits->isChecked());
    skipMisfits->setChecked(true);
    QSignalSpy finished(m_page, &ImportPage::importFinished);
    m_page->startImport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    const QString summary = m_page->summaryText();
    QVERIFY2(summary.startsWith(QLatin1String("Imported 2 of 3 rows")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 row not valid UTF-8, read as windows-1252")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Left out 1 row that did not have the fields of the layout")), qPrintable(summary));
    QVERIFY2(m_page->summaryExamples().join(QLatin1Char('\n')).contains(QLatin1String("line 3: 4 fields where the layout has 12")),
             qPrintable(m_page->summaryExamples().join(QLatin1Char('\n'))));
}

// Import, look at People, "Import another", import again: once crashed (issue 20). The
// sanitizer build runs this too.
void TestGuiImport::importTwiceThroughThePages()
{
    const QString first = m_fixture->temp.filePath(QStringLiteral("first.csv"));
    const QString second = m_fixture->temp.filePath(QStringLiteral("second.csv"));
    TestSupport::writeFile(first, "phone,name\n201001234567,Amira\n201001234568,Omar\n");
    TestSupport::writeFile(second, "phone,name\n201001234569,Youssef\n");
    QSignalSpy finished(m_page, &ImportPage::importFinished);
    preview(first);
    m_page->startImport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_page->step(), ImportPage::Step::Summary);
    // Said in the app's words: the breach with its year once, no rates or bytes.
    QVERIFY2(m_page->summaryText().startsWith(QLatin1String("Imported 2 of 2 rows into \"Facebook (2019)\". A check can now find the 2 "
                                                            "records they hold.")),
             qPrintable(m_page->summaryText()));
    QVERIFY(!m_page->summaryText().contains(QLatin1String("rows/s")));
    QVERIFY(!m_page->summaryText().contains(QLatin1String("bytes")));
    static const QRegularExpression yearTwice(QStringLiteral("\\((\\d{4})\\).*\\(\\1\\)"));
    for (int i = 0; i < m_page->breachCombo()->count(); ++i) {
        QVERIFY2(!yearTwice.match(m_page->breachCombo()->itemText(i)).hasMatch(), qPrintable(m_page->breachCombo()->itemText(i)));
    }
    QVERIFY(m_page->breachCombo()->findText(QStringLiteral("Abandonia (2015)")) >= 0);

    m_fixture->window->showPage(MainWindow::Page::People);
    QVERIFY(waitFor([&] { return m_fixture->window->context().runner.pending() == 0; }));
    m_fixture->window->showPage(MainWindow::Page::Import);
    m_page->findChild<QPushButton *>(QStringLiteral("importAgainButton"))->click();
    QCOMPARE(m_page->step(), ImportPage::Step::Choose);
    preview(second);
    m_page->startImport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(m_page->step(), ImportPage::Step::Summary);
    QVERIFY(waitFor([&] { return m_page->imports()->rowCount() == 2; }));
    // And again, while People reloads from the first import's news.
    m_page->findChild<QPushButton *>(QStringLiteral("importAgainButton"))->click();
    m_fixture->window->showPage(MainWindow::Page::People);
    m_fixture->window->showPage(MainWindow::Page::Import);
    const QString third = m_fixture->temp.filePath(QStringLiteral("third.csv"));
    TestSupport::writeFile(third, "phone,name\n201001234570,Noor\n");
    preview(third);
    m_page->startImport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(waitFor([&] { return m_page->imports()->rowCount() == 3; }));
}

QTEST_MAIN(TestGuiImport)
#include "TestGuiImport.moc"
