#include "LeakImportText.h"

#include "LeakFile.h"
#include "LeakFormatPreset.h"
#include "PhoneColumnNormalizer.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace BreachAdvisor {

QString LeakImportText::counted(const char *context, const char *text, std::int64_t n)
{
    const int form = int(std::min<std::int64_t>(n, std::numeric_limits<int>::max()));
    QString message = QCoreApplication::translate(context, text, nullptr, form);
    if (n > form) {
        const QLocale locale;
        message.replace(locale.toString(form), locale.toString(qint64(n)));
    }
    return message;
}

template <typename Example> QStringList LeakImportText::lineExamples(const QList<Example> &examples)
{
    QStringList lines;
    for (const Example &example : examples.mid(0, kExamples)) {
        lines << tr("line %1: %2").arg(example.line).arg(example.reason);
    }
    return lines;
}

QString LeakImportText::presetTitle(const QString &name)
{
    const std::optional<LeakFormatPreset> preset = LeakFormatPreset::find(name);
    return preset ? preset->translatedTitle() : name;
}

QString LeakImportText::delimiterName(char delimiter)
{
    switch (delimiter) {
    case '\t':
        return tr("tabs");
    case ' ':
        return tr("spaces");
    default:
        return QStringLiteral("\"%1\"").arg(QLatin1Char(delimiter));
    }
}

QStringList LeakImportText::fileNotes(const LeakImportPlan &plan, const QString &breach)
{
    QStringList notes;
    if (!plan.preset.isEmpty()) {
        notes << tr("Read as the known layout \"%1\".").arg(presetTitle(plan.preset));
    }
    if (plan.delimiter && !plan.hasHeader && plan.headerDetected) {
        notes << tr("No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns "
                    "are numbered from 1.");
    } else if (plan.delimiter && plan.hasHeader && plan.headerDetected) {
        notes << tr("The first line names the columns (it does not look like data).");
    }
    if (!plan.table.isEmpty()) {
        notes << (plan.tableDetected ? tr("Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone "
                                          "numbers.")
                                     : tr("Reading the table %1 of the SQL dump."))
                     .arg(plan.table);
    }
    if (plan.delimiter) {
        notes << tr("Fields separated by %1%2.")
                     .arg(delimiterName(plan.delimiter), plan.delimiterDetected ? tr(" (detected)") : QString());
    }
    if (!plan.encoding.isEmpty() && plan.encoding != textEncodingName(TextEncoding::Utf8)) {
        notes << tr("Text: %1 (the first rows are not UTF-8).").arg(plan.encoding);
    }
    if (!breach.isEmpty() && !plan.newDataClasses.isEmpty()) {
        notes << tr("Note: the catalog does not list %1 for \"%2\"; this import records them for its people.")
                     .arg(plan.newDataClasses.join(QStringLiteral(", ")), breach);
    }
    return notes;
}

QStringList LeakImportText::planNotes(const LeakImportPlan &plan, const QString &breach)
{
    QStringList notes = fileNotes(plan, breach);
    QString format;
    switch (plan.phoneFormat) {
    //: how the leak file writes its phone numbers: "Phone numbers: international format."
    case PhoneFormat::International: format = tr("international"); break;
    case PhoneFormat::National: format = tr("national"); break;
    case PhoneFormat::Auto: format = tr("mixed"); break;
    }
    QString phones = tr("Phone numbers: %1 format.").arg(format);
    if (!plan.phoneFormatExplanation.isEmpty()) {
        phones += QLatin1Char(' ') + plan.phoneFormatExplanation;
    }
    notes << phones;
    return notes;
}

QList<LeakImportTextSection> LeakImportText::report(const LeakImportReport &report, const QString &breach)
{
    const QLocale locale;
    QList<LeakImportTextSection> sections;
    if (report.alreadyImported) {
        sections.append(
            { tr("This file was imported into \"%1\" before with the same settings (import %2). Nothing changed.")
                    .arg(breach)
                    .arg(report.importId),
                {} });
        return sections;
    }
    // In the words of the rest of the app: rows, records a check can find, what was left out.
    if (report.dryRun) {
        sections.append({ tr("Dry run: %1 of %2 rows would be imported into \"%3\" (at most %4 records). Nothing was written.")
                              .arg(locale.toString(report.imported), locale.toString(report.rows), breach, locale.toString(report.records)),
            {} });
    }
    QString headline = tr("Imported %1 of %2 rows into \"%3\".").arg(locale.toString(report.imported), locale.toString(report.rows), breach);
    if (report.records > 0) {
        headline += QLatin1Char(' ')
            + counted("LeakImport", QT_TRANSLATE_N_NOOP("LeakImport", "A check can now find the %Ln record(s) they hold."), report.records);
    }
    if (report.bytes > 0) {
        headline += QLatin1Char(' ')
            + tr("It took %1 seconds; the vault grew by %2.").arg(locale.toString(report.seconds, 'f', 1), locale.formattedDataSize(report.bytes));
    }
    if (!report.dryRun) {
        sections.append({ headline, {} });
    }
    if (report.recodedRows > 0) {
        const QString encoding = report.plan.encoding == textEncodingName(TextEncoding::Latin1)
            ? report.plan.encoding
            : textEncodingName(TextEncoding::Windows1252);
        sections.append(
            { counted("LeakImport", QT_TRANSLATE_N_NOOP("LeakImport", "Text: %Ln row(s) not valid UTF-8, read as %1."),
                  report.recodedRows)
                    .arg(encoding),
                {} });
    }
    const std::int64_t loginsNotUsernames = report.loginKinds[std::size_t(IdentifierKind::Phone) - 1]
        + report.loginKinds[std::size_t(IdentifierKind::Email) - 1];
    if (loginsNotUsernames > 0) {
        // A login column holds whatever people sign in with: each value was kept as what it is.
        sections.append({ counted("LeakImport",
                              QT_TRANSLATE_N_NOOP("LeakImport",
                                  "%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a "
                                  "check finds them as such (e-mail addresses: %1, phone numbers: %2)."),
                              loginsNotUsernames)
                              .arg(locale.toString(report.loginKinds[std::size_t(IdentifierKind::Email) - 1]),
                                  locale.toString(report.loginKinds[std::size_t(IdentifierKind::Phone) - 1])),
            {} });
    }
    if (report.plan.mapping.siteColumn >= 0) {
        // Which site each login was for is kept with it; rows without one are still imported.
        QStringList notes;
        if (report.rowsWithoutSite > 0) {
            notes << counted("LeakImport", QT_TRANSLATE_N_NOOP("LeakImport", "%Ln row(s) named no site: imported without one."),
                             report.rowsWithoutSite);
        }
        if (report.rowsPastSiteLimit > 0) {
            notes << counted("LeakImport", QT_TRANSLATE_N_NOOP("LeakImport", "%Ln row(s) named a site after the first 65,535 sites: "
                                                                             "imported without it."),
                             report.rowsPastSiteLimit);
        }
        sections.append({ counted("LeakImport",
                              QT_TRANSLATE_N_NOOP("LeakImport", "Sites: the logins were for %Ln site(s); a check names the site of each "
                                                                "login it finds."),
                              report.sites),
            notes });
    }
    if (report.invalidIdentifiers > 0) {
        QStringList byKind;
        const char *kinds[] = { QT_TRANSLATE_NOOP("LeakImport", "phone numbers: %1"),
            QT_TRANSLATE_NOOP("LeakImport", "e-mail addresses: %1"), QT_TRANSLATE_NOOP("LeakImport", "usernames: %1") };
        for (std::size_t kind = 0; kind < report.invalidByKind.size(); ++kind) {
            if (report.invalidByKind[kind] > 0) {
                const bool estimated = report.invalidPhonesEstimated && kind == std::size_t(IdentifierKind::Phone) - 1;
                byKind << (estimated ? tr("phone numbers: at least %1 (the fast check finds most, not all)")
                                     : QCoreApplication::translate("LeakImport", kinds[kind]))
                              .arg(locale.toString(report.invalidByKind[kind]));
            }
        }
        sections.append(
            { counted("LeakImport",
                  QT_TRANSLATE_N_NOOP("LeakImport",
                      "Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:"),
                  report.invalidIdentifiers)
                    .arg(byKind.join(QStringLiteral(", "))),
                lineExamples(report.invalidExamples) });
    }
    if (report.misfitRows > 0) {
        sections.append({ counted("LeakImport",
                              QT_TRANSLATE_N_NOOP("LeakImport",
                                  "Left out %Ln row(s) that did not have the fields of the layout \"%1\"."),
                              report.misfitRows)
                              .arg(presetTitle(report.plan.preset)),
            {} });
    }
    if (report.skipped > 0) {
        sections.append({ report.misfitRows == 0
                ? counted("LeakImport",
                    QT_TRANSLATE_N_NOOP("LeakImport",
                        "Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:"),
                    report.skipped)
                : counted("LeakImport", QT_TRANSLATE_N_NOOP("LeakImport", "Left out %Ln row(s), for example:"),
                    report.skipped),
            lineExamples(report.skippedExamples) });
    }
    if (report.rowsInOtherTables > 0) {
        QStringList tables;
        QStringList withIdentifiers;
        for (const LeakFileReader::OtherTable &table : report.otherTables) {
            if (tables.size() < kExamples) {
                tables << QStringLiteral("%1 (%2)").arg(table.name, locale.toString(qlonglong(table.rows)));
            }
            if (table.identifiers) {
                withIdentifiers << table.name;
            }
        }
        if (report.otherTables.size() > kExamples) {
            tables << tr("%1 more").arg(locale.toString(qlonglong(report.otherTables.size() - kExamples)));
        }
        sections.append({ counted("LeakImport", QT_TRANSLATE_N_NOOP("LeakImport", "Not read: %Ln row(s) in other tables of the dump: %1."),
                              report.rowsInOtherTables)
                              .arg(tables.join(QStringLiteral(", "))),
            {} });
        if (!withIdentifiers.isEmpty()) {
            sections.append({ tr("Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by "
                                 "naming it.")
                                  .arg(withIdentifiers.join(QStringLiteral(", "))),
                {} });
        }
    }
    if (report.rowsWithUnreadKeys > 0) {
        sections.append(
            { counted("LeakImport",
                  QT_TRANSLATE_N_NOOP("LeakImport",
                      "%Ln line(s) had fields the first lines did not have, and those fields were not read: %1"),
                  report.rowsWithUnreadKeys)
                    .arg(report.unreadKeys.join(QStringLiteral(", "))),
                {} });
    }
    return sections;
}

QString LeakImportText::masked(std::string_view value)
{
    constexpr qsizetype kMostBullets = 8;
    const QString text = QString::fromUtf8(value.data(), qsizetype(std::min<std::size_t>(value.size(), 4096))).trimmed();
    if (text.size() < 6) {
        return QString(text.size(), QChar(0x2022));
    }
    QString shown = text.left(2) + QString(std::min(text.size() - 4, kMostBullets), QChar(0x2022)) + text.right(2);
    if (value.size() > 4096 || text.size() - 4 > kMostBullets) {
        shown += QCoreApplication::translate("LeakImporter", " (%1 characters)")
                     .arg(QLocale().toString(value.size() > 4096 ? qint64(value.size()) : qint64(text.size())));
    }
    return shown;
}

} // namespace BreachAdvisor
