#pragma once

#include "LeakImport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string_view>

namespace BreachAdvisor {

// An import's plan and report in plain words, the same in the app and on the command
// line: nothing the import did not do is left out (rows skipped, values not valid, text
// recoded, rows that did not fit a layout, keys not read).
struct LeakImportTextSection
{
    QString text;
    QStringList examples; // "line 12: …", values masked; at most LeakImportText::kExamples
};

class LeakImportText
{
    Q_DECLARE_TR_FUNCTIONS(LeakImport)

public:
    static constexpr int kExamples = 10;

    // "tabs", "\";\"" …
    static QString delimiterName(char delimiter);
    // A known layout's title for a person ("Facebook 2021 scrape ..."), from its name.
    static QString presetTitle(const QString &name);
    // What was found out about the file before the import: the delimiter, the text encoding,
    // data classes the catalog does not list for the breach (with an empty breach: none).
    static QStringList fileNotes(const LeakImportPlan &plan, const QString &breach);
    // fileNotes and the phone numbers' format.
    static QStringList planNotes(const LeakImportPlan &plan, const QString &breach);
    // What the import did, headline first.
    static QList<LeakImportTextSection> report(const LeakImportReport &report, const QString &breach);
    // A message that counts n things (mark it with QT_TRANSLATE_N_NOOP): the translation's
    // plural form for n, the number in full. tr()'s %Ln takes an int, and a leak file can
    // have billions of rows.
    static QString counted(const char *context, const char *text, std::int64_t n);
    // A value from a leak file, enough to find its row again and not enough to use: its
    // first and last two characters, and its length when long ("al••••om").
    static QString masked(std::string_view value);

private:
    template <typename Example> static QStringList lineExamples(const QList<Example> &examples);
};

} // namespace BreachAdvisor
