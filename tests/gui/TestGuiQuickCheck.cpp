#include "GuiTestSupport.h"
#include "HandoutPrinter.h"
#include "PersonView.h"
#include "QuickCheckPage.h"

#include "InlineMessage.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// The help desk's quick check: nothing saved, a handout, then forget.
class TestGuiQuickCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickCheckToAPdfHandout();
    void nothingImportedAsksWhichServicesTheyUse();
};

void TestGuiQuickCheck::quickCheckToAPdfHandout()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        QSKIP("pdftotext (poppler-utils, installed by scripts/setup-debian.sh) is needed to read the PDF back");
    }
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("demo")));
    window.showPage(MainWindow::Page::QuickCheck);
    QuickCheckPage *page = window.quickCheckPage();
    auto *input = page->findChild<QPlainTextEdit *>(QStringLiteral("quickCheckInput"));
    QTest::keyClicks(input, QStringLiteral("+20 100 123 4567"));
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, QStringLiteral("jo.example@example.org"));
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, QStringLiteral("0100 123"));
    page->findChild<QPushButton *>(QStringLiteral("quickCheckButton"))->click();
    PersonView *results = page->results();
    QVERIFY(waitFor([&] { return results->isVisible(); }));
    QVERIFY2(results->summaryText().startsWith(QLatin1String("Found 2 of 3 in: Demo sports club.")), qPrintable(results->summaryText()));
    QCOMPARE(results->checkedList()->count(), 3);
    QVERIFY(results->checkedList()->item(2)->text().contains(QLatin1String("not checked")));
    const Plan &plan = results->report().plan;
    QVERIFY(plan.items.size() >= 3);

    // The handout as a PDF: the steps' titles, identifiers masked.
    const QString pdf = fixture.temp.filePath(QStringLiteral("handout.pdf"));
    QString error;
    QVERIFY2(HandoutPrinter::writePdf(results->handoutHtml(), pdf, &error), qPrintable(error));
    QVERIFY(QFile::exists(pdf));
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    // Ligatures ("ﬁ") come back as single characters: compare their plain letters.
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    // Titles may wrap at any space or hyphen on paper: compare without white space.
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    for (const PlanItem &item : plan.items.mid(0, 5)) {
        QVERIFY2(compact.contains(QString(item.title).remove(QLatin1Char(0x20))), qPrintable(item.title));
    }
    QVERIFY(text.contains(QLatin1String("Page 1 of")));
    QVERIFY(text.contains(QLatin1String("breach list of 2026-")));
    for (const char *unmasked : {"1001234567", "jo.example", "+201001234567"}) {
        QVERIFY2(!text.contains(QLatin1String(unmasked)), unmasked);
    }
    QVERIFY(text.contains(QStringLiteral("+20 %1 %1 4567").arg(QString(3, QChar(0x2022)))));

    // Leaving the page forgets it all.
    window.showPage(MainWindow::Page::People);
    QVERIFY(input->toPlainText().isEmpty());
    QVERIFY(results->report().plan.items.isEmpty());
}

// With no leak file imported, a check of an address alone could look at nothing: the page
// says so (never "nothing found"), asks which services the person uses, and with WhatsApp
// ticked the check weighs WhatsApp's breaches.
void TestGuiQuickCheck::nothingImportedAsksWhichServicesTheyUse()
{
    Fixture fixture;
    fixture.openOnEmptyVault(QStringLiteral("a passphrase for this test"));
    MainWindow &window = *fixture.window;
    QVERIFY(fixture.unlock(QStringLiteral("a passphrase for this test")));
    window.showPage(MainWindow::Page::QuickCheck);
    QuickCheckPage *page = window.quickCheckPage();
    page->setInput(QStringLiteral("+20 100 123 4567"));
    page->findChild<QPushButton *>(QStringLiteral("quickCheckButton"))->click();
    PersonView *results = page->results();
    QVERIFY(waitFor([&] { return results->isVisible(); }));
    const Plan &plan = results->report().plan;
    QVERIFY(plan.coverage.nothingChecked());
    auto *message = page->findChild<InlineMessage *>();
    const QString said = visibleText(message);
    QVERIFY2(said.contains(QLatin1String("Tick the services they use")), qPrintable(said));
    QVERIFY2(!visibleText(page).contains(QLatin1String("Nothing of yours was found")), qPrintable(visibleText(page)));
    auto *whatsapp = page->findChild<QCheckBox *>(QStringLiteral("quickCheckService_whatsapp"));
    QVERIFY(whatsapp);
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("quickCheckService_facebook"))->hasFocus()
            || page->findChild<QWidget *>(QStringLiteral("quickCheckServices"))->isAncestorOf(QApplication::focusWidget()));

    whatsapp->click();
    page->findChild<QPushButton *>(QStringLiteral("quickCheckButton"))->click();
    QVERIFY(waitFor([&] { return !results->report().plan.coverage.nothingChecked(); }));
    QVERIFY(results->report().plan.coverage.services.contains(QStringLiteral("whatsapp")));
    QVERIFY(!visibleText(message).contains(QLatin1String("Tick the services")));

    // Leaving the page forgets the services too.
    window.showPage(MainWindow::Page::People);
    QVERIFY(!whatsapp->isChecked());
}

QTEST_MAIN(TestGuiQuickCheck)
#include "TestGuiQuickCheck.moc"
