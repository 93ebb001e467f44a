#pragma once

#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace BreachAdvisor::Ui {

// Puts a handout (Handout::html) on paper or into a PDF: A4 or Letter from the
// locale, margins, "Page x of y" and a keep-safe line at the foot of every page, and
// no step split across two pages (a step that would cross a page break starts on the
// next page). Needs QtGui only, so the command line can use it too.
class HandoutPrinter
{
public:
    // The laid-out document for a device, pages chosen. Each step table's top and bottom
    // are on the same page unless the step is taller than a page.
    static std::unique_ptr<QTextDocument> layOut(const QString &html, QPagedPaintDevice &device);
    static bool print(const QString &html, QPagedPaintDevice &device, QString *error);
    static bool writePdf(const QString &html, const QString &path, QString *error);
    static bool writeHtml(const QString &html, const QString &path, QString *error);
    enum class Format { Pdf, Html };
    // From the file name: .pdf, or .html/.htm; nullopt for anything else.
    static std::optional<Format> formatOf(const QString &path);
    static bool write(const QString &html, const QString &path, Format format, QString *error);
    // The page size people use here: Letter in the US and Canada, else A4.
    static bool usesLetter();
};

} // namespace BreachAdvisor::Ui
