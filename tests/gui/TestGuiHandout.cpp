#include "ChecklistEngine.h"
#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"
#include "Handout.h"
#include "HandoutPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;

// The printed handout: every step on one page, masked identifiers, large print.
class TestGuiHandout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreNeverSplitAcrossPages();
    void noHeadingIsLeftAtTheFootOfAPage();
    void largePrintTakesMorePages();
    void identifiersAreMaskedUnlessAsked();

private:
    static Handout::Content content();
};

Handout::Content TestGuiHandout::content()
{
    const ChecklistEngine engine(ChecklistRules::bundled(), DataClassTaxonomy::bundled());
    Handout::Content content;
    content.personName = QStringLiteral("Amira");
    content.date = QDate(2026, 11, 25);
    content.catalogVersion = QStringLiteral("2026-02-26");
    PlanReason reason;
    reason.breach = QStringLiteral("Everything");
    reason.title = QStringLiteral("A big leak");
    reason.date = QDate(2024, 1, 1);
    reason.fields = {QStringLiteral("Phone numbers"), QStringLiteral("Email addresses"), QStringLiteral("Passwords"), QStringLiteral("Names"),
                     QStringLiteral("Social security numbers"), QStringLiteral("Credit cards"), QStringLiteral("Physical addresses"),
                     QStringLiteral("Dates of birth")};
    content.plan.context.reasons << reason;
    content.plan.context.regions = {QStringLiteral("US")};
    content.plan.items = engine.plan(content.plan.context);
    CheckedIdentifier checked;
    checked.identifier = Identifiers::normalize({IdentifierKind::Phone, QStringLiteral("+1 415 555 2671")});
    content.plan.identifiers << checked;
    return content;
}

void TestGuiHandout::stepsAreNeverSplitAcrossPages()
{
    QTemporaryDir temp;
    QPdfWriter writer(temp.filePath(QStringLiteral("layout.pdf")));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    const Handout::Content handout = content();
    QVERIFY(handout.plan.items.size() > 15);
    const std::unique_ptr<QTextDocument> document = HandoutPrinter::layOut(Handout::html(handout, {}), writer);
    const qreal pageHeight = document->pageSize().height();
    QVERIFY(document->pageCount() >= 3);
    int steps = 0;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (!qobject_cast<QTextTable *>(frame)) {
            continue;
        }
        ++steps;
        const QRectF box = document->documentLayout()->frameBoundingRect(frame);
        QVERIFY(box.height() < pageHeight);
        QCOMPARE(int(box.top() / pageHeight), int((box.bottom() - 1) / pageHeight));
    }
    QCOMPARE(steps, int(handout.plan.items.size()));
}

void TestGuiHandout::noHeadingIsLeftAtTheFootOfAPage()
{
    // Page heights from 20 margins: where a section starts on the page moves with them.
    QTemporaryDir temp;
    const QString html = Handout::html(content(), {});
    int headingsChecked = 0;
    for (int margin = 10; margin < 50; margin += 2) {
        QPdfWriter writer(temp.filePath(QStringLiteral("margins.pdf")));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, margin, 18, margin), QPageLayout::Millimeter);
        const std::unique_ptr<QTextDocument> document = HandoutPrinter::layOut(html, writer);
        const qreal pageHeight = document->pageSize().height();
        QAbstractTextDocumentLayout *layout = document->documentLayout();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 || block.text().trimmed().isEmpty()) {
                continue;
            }
            // What follows the heading: the next non-empty paragraph or the next step's box.
            qreal nextTop = -1;
            for (QTextBlock after = block.next(); after.isValid(); after = after.next()) {
                if (QTextFrame *frame = QTextCursor(after).currentFrame(); frame != document->rootFrame()) {
                    nextTop = layout->frameBoundingRect(frame).top();
                    break;
                }
                if (!after.text().trimmed().isEmpty()) {
                    nextTop = layout->blockBoundingRect(after).top();
                    break;
                }
            }
            if (nextTop < 0) {
                continue;
            }
            ++headingsChecked;
            const int headingPage = int(layout->blockBoundingRect(block).top() / pageHeight);
            QVERIFY2(headingPage == int(nextTop / pageHeight),
                     qPrintable(QStringLiteral("'%1' ends page %2 (margins %3 mm)").arg(block.text()).arg(headingPage + 1).arg(margin)));
        }
    }
    QVERIFY(headingsChecked > 20);
}

void TestGuiHandout::largePrintTakesMorePages()
{
    QTemporaryDir temp;
    QPdfWriter normal(temp.filePath(QStringLiteral("normal.pdf")));
    QPdfWriter large(temp.filePath(QStringLiteral("large.pdf")));
    Handout::Options options;
    const int normalPages = HandoutPrinter::layOut(Handout::html(content(), options), normal)->pageCount();
    options.largePrint = true;
    const int largePages = HandoutPrinter::layOut(Handout::html(content(), options), large)->pageCount();
    QVERIFY2(largePages > normalPages, qPrintable(QStringLiteral("%1 vs %2").arg(largePages).arg(normalPages)));
}

void TestGuiHandout::identifiersAreMaskedUnlessAsked()
{
    const QString masked = Handout::html(content(), {});
    QVERIFY(!masked.contains(QLatin1String("4155552671")));
    QVERIFY(masked.contains(QStringLiteral("+1 %1 %1 2671").arg(QString(3, QChar(0x2022)))));
    Handout::Options open;
    open.maskIdentifiers = false;
    QVERIFY(Handout::html(content(), open).contains(QLatin1String("+14155552671")));
    // A checklist one can act on: a box per step, the date, the keep-safe line.
    QCOMPARE(masked.count(QStringLiteral("&#x2610;")), content().plan.items.size());
    QVERIFY(masked.contains(QLatin1String("keep it somewhere safe")));
}

QTEST_MAIN(TestGuiHandout)
#include "TestGuiHandout.moc"
