#include "HandoutPrinter.h"

#include "PrivateFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QTextOption>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace BreachAdvisor::Ui {

namespace {

constexpr int kPdfResolution = 300;

// Latin, Greek and Cyrillic, then Arabic and Devanagari (fonts-noto-core), then what
// every Linux desktop has.
const QStringList kHandoutFonts{QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic"),
                                QStringLiteral("Noto Sans Devanagari"), QStringLiteral("DejaVu Sans")};

// The height left for the document above the page's footer line.
qreal footerHeight(const QPagedPaintDevice &device)
{
    return device.logicalDpiY() * 0.45; // about a centimetre
}

QRectF bodyRect(QPagedPaintDevice &device)
{
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    return QRectF(0, 0, page.width(), page.height() - footerHeight(device));
}

void breakPageBefore(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format); // lays out the rest again
}

void breakPageBefore(QTextTable *table)
{
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
}

// Walks the handout from the top: a step (a top-level table) that would cross a page break
// moves to the next page, and a section heading moves with what follows it, so no step is
// split and no heading is left alone at the foot of a page. Each move lays out the rest
// again, so the walk measures the layout as it ends up.
void keepStepsWhole(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    QTextBlock heading; // the last heading with nothing after it yet
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table) {
                heading = {};
                continue;
            }
            const QRectF box = layout->frameBoundingRect(frame);
            const int firstPage = pageOf(box.top());
            const bool crossesBreak = firstPage != pageOf(box.bottom() - 1) && box.height() < pageHeight;
            const bool takesHeading = heading.isValid() && pageOf(layout->blockBoundingRect(heading).top()) == firstPage;
            if (heading.isValid() && (crossesBreak ? takesHeading : pageOf(layout->blockBoundingRect(heading).top()) < firstPage)) {
                breakPageBefore(heading);
            } else if (crossesBreak) {
                breakPageBefore(table);
            }
            heading = {};
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (block.text().trimmed().isEmpty()) {
            continue;
        }
        if (heading.isValid() && pageOf(layout->blockBoundingRect(heading).top()) < pageOf(layout->blockBoundingRect(block).top())) {
            breakPageBefore(heading);
        }
        heading = block.blockFormat().headingLevel() > 0 ? block : QTextBlock();
    }
}

} // namespace

bool HandoutPrinter::usesLetter()
{
    const QLocale::Territory territory = QLocale().territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada;
}

std::unique_ptr<QTextDocument> HandoutPrinter::layOut(const QString &html, QPagedPaintDevice &device)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&device);
    // Fonts that cover every script we offer, so no letter is drawn as a box; the PDF
    // embeds the ones it uses.
    QFont font = document->defaultFont();
    font.setFamilies(kHandoutFonts);
    document->setDefaultFont(font);
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(QLocale().textDirection());
    document->setDefaultTextOption(option);
    document->setHtml(html);
    const QRectF body = bodyRect(device);
    document->setPageSize(body.size());
    document->setDocumentMargin(0);
    keepStepsWhole(*document, body.height());
    return document;
}

bool HandoutPrinter::print(const QString &html, QPagedPaintDevice &device, QString *error)
{
    const std::unique_ptr<QTextDocument> document = layOut(html, device);
    const QRectF body = bodyRect(device);
    const int pages = document->pageCount();
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error) {
            *error = QCoreApplication::translate("HandoutPrinter", "The printer or file could not be opened.");
        }
        return false;
    }
    QFont footerFont = document->defaultFont();
    footerFont.setPointSizeF(9);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            if (error) {
                *error = QCoreApplication::translate("HandoutPrinter", "The printer or file stopped taking pages.");
            }
            return false;
        }
        painter.save();
        painter.translate(0, -page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        painter.setClipRect(clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setLayoutDirection(QLocale().textDirection());
        const QRectF footer(0, body.height(), body.width(), footerHeight(device));
        const bool rightToLeft = QLocale().textDirection() == Qt::RightToLeft;
        painter.drawText(footer, (rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom,
                         QCoreApplication::translate("HandoutPrinter", "Contains personal information: keep it safe or shred it."));
        painter.drawText(footer, (rightToLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom,
                         QCoreApplication::translate("HandoutPrinter", "Page %1 of %2").arg(page + 1).arg(pages));
    }
    return painter.end();
}

bool HandoutPrinter::writePdf(const QString &html, const QString &path, QString *error)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(kPdfResolution);
        writer.setPageSize(usesLetter() ? QPageSize(QPageSize::Letter) : QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("Breach Advisor"));
        writer.setCreator(QStringLiteral("Breach Advisor"));
        if (!print(html, writer, error)) {
            return false;
        }
    }
    return PrivateFile::write(path, pdf.data(), error);
}

std::optional<HandoutPrinter::Format> HandoutPrinter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return Format::Html;
    }
    return std::nullopt;
}

bool HandoutPrinter::write(const QString &html, const QString &path, Format format, QString *error)
{
    return format == Format::Pdf ? writePdf(html, path, error) : writeHtml(html, path, error);
}

bool HandoutPrinter::writeHtml(const QString &html, const QString &path, QString *error)
{
    return PrivateFile::write(path, html.toUtf8(), error);
}

} // namespace BreachAdvisor::Ui
