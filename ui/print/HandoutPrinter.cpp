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

// Pushes each step (a top-level table) that would cross a page break to the next page.
void keepStepsWhole(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table) {
            continue;
        }
        const QRectF box = layout->frameBoundingRect(frame);
        const int firstPage = int(box.top() / pageHeight);
        const int lastPage = int((box.bottom() - 1) / pageHeight);
        if (firstPage != lastPage && box.height() < pageHeight) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format); // lays out the rest again
        }
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
