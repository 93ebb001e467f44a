#include "Handout.h"
#include "ChecklistRules.h"
#include "BidiText.h"
#include "DataClassTaxonomy.h"

#include "VaultSession.h"

#include <QCoreApplication>
#include <QLocale>

namespace BreachAdvisor {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString statusMark(const PlanItem &item)
{
    switch (item.status) {
    case StepStatus::Done: return QStringLiteral("&#x2713;");          // ✓
    case StepStatus::Skipped:
    case StepStatus::NotApplicable: return QStringLiteral("&#x2013;"); // –
    case StepStatus::Open:
    case StepStatus::Reopened: break;
    }
    return QStringLiteral("&#x2610;"); // ☐
}

QString statusWords(const PlanItem &item)
{
    const QLocale locale;
    switch (item.status) {
    case StepStatus::Done:
        return item.statusChanged.isValid()
                   ? QCoreApplication::translate("Handout", "done on %1").arg(locale.toString(item.statusChanged.date(), QLocale::ShortFormat))
                   : QCoreApplication::translate("Handout", "done");
    case StepStatus::Skipped: return QCoreApplication::translate("Handout", "set aside for now");
    case StepStatus::NotApplicable: return QCoreApplication::translate("Handout", "does not apply");
    case StepStatus::Reopened: return QCoreApplication::translate("Handout", "to do again: it leaked again");
    case StepStatus::Open: break;
    }
    return QString();
}

QString platformName(const QString &platform)
{
    return ChecklistRules::platformName(platform);
}

QString instructionsHtml(const PlanItem &item, const QStringList &platforms)
{
    const QStringList own = item.platformsWithOwnText();
    if (own.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(escaped(item.instructionsFor(QStringLiteral("all"))));
    }
    QString html;
    QStringList shown;
    for (const QString &platform : platforms.isEmpty() ? ChecklistRules::kPlatforms : platforms) {
        const QString text = item.instructionsFor(platform);
        if (text.isEmpty() || shown.contains(text)) {
            continue;
        }
        shown << text;
        html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(escaped(platformName(platform)), escaped(text));
    }
    return html;
}

QString stepHtml(const PlanItem &item, int number, const QStringList &platforms)
{
    // The box on the side a line starts: the right in Arabic (Qt lays a table's cells out
    // left to right whatever the text's direction, so the cells swap places).
    const QString box = QStringLiteral("<td class=\"box\" width=\"28\" valign=\"top\">%1</td>").arg(statusMark(item));
    QString html = QStringLiteral("<table class=\"step\" width=\"100%\" cellpadding=\"4\"><tr>");
    if (!BidiText::rightToLeft()) {
        html += box;
    }
    html += QStringLiteral("<td>");
    html += QStringLiteral("<p class=\"steptitle\"><b>%1. %2</b> <span class=\"meta\">(%3)</span></p>")
                .arg(number)
                .arg(escaped(item.title), escaped(QCoreApplication::translate("Handout", "about %n minute(s)", nullptr, item.step->minutes)));
    const QString words = statusWords(item);
    if (!words.isEmpty()) {
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(escaped(words));
    }
    html += QStringLiteral("<p class=\"why\">%1</p>").arg(escaped(item.why));
    html += instructionsHtml(item, platforms);
    if (!item.text.sources.isEmpty()) {
        QStringList addresses;
        for (const QString &source : item.text.sources) {
            addresses << BidiText::leftToRight(source);
        }
        QString sources = addresses.join(QStringLiteral("  "));
        if (!item.text.reviewed.isEmpty()) {
            sources += QStringLiteral("  ") + QCoreApplication::translate("Handout", "(checked %1)").arg(BidiText::leftToRight(item.text.reviewed));
        }
        html += QStringLiteral("<p class=\"source\">%1 %2</p>").arg(escaped(QCoreApplication::translate("Handout", "Where this comes from:")), escaped(sources));
    }
    if (!item.note.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">%1 %2</p>").arg(escaped(QCoreApplication::translate("Handout", "Note:")), escaped(item.note));
    }
    html += QStringLiteral("</td>");
    if (BidiText::rightToLeft()) {
        html += box;
    }
    return html + QStringLiteral("</tr></table>");
}

QString identifierText(const NormalizedIdentifier &identifier, bool mask)
{
    if (mask) {
        return BidiText::leftToRight(identifier.masked());
    }
    return BidiText::leftToRight(identifier.valid ? identifier.normalized : identifier.input);
}

} // namespace

QString Handout::title(const Content &content)
{
    return content.personName.isEmpty() ? QCoreApplication::translate("Handout", "Breach Advisor: what to do")
                                        : QCoreApplication::translate("Handout", "Breach Advisor: what to do, for %1").arg(content.personName);
}

QString Handout::html(const Content &content, const Options &options)
{
    const QLocale locale;
    const int basePoints = options.largePrint ? 16 : 11;
    // Arabic reads right to left: the page, its tables and the PDF made from it.
    const QString direction = BidiText::rightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html = QStringLiteral("<html dir=\"%6\" lang=\"%7\"><head><meta charset=\"utf-8\"><title>%1</title><style>"
                                  "body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Noto Sans Devanagari', 'DejaVu Sans', sans-serif; font-size: %2pt; }"
                                  "h1 { font-size: %3pt; } h2 { font-size: %4pt; margin-top: 14px; }"
                                  "table.step { border: 1px solid black; margin-bottom: 8px; }"
                                  "td.box { font-size: %4pt; }"
                                  ".meta, .source { font-size: %5pt; }"
                                  "</style></head><body dir=\"%6\">")
                       .arg(escaped(title(content)))
                       .arg(basePoints)
                       .arg(basePoints + 7)
                       .arg(basePoints + 3)
                       .arg(basePoints - 1)
                       .arg(direction, locale.name().section(QLatin1Char('_'), 0, 0));
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(title(content)));
    QStringList about;
    about << QCoreApplication::translate("Handout", "Made on %1").arg(locale.toString(content.date, QLocale::LongFormat));
    if (!options.helper.isEmpty()) {
        about << QCoreApplication::translate("Handout", "with help from %1").arg(options.helper);
    }
    about << QCoreApplication::translate("Handout", "Breach Advisor %1, breach list of %2").arg(QStringLiteral(BREACH_ADVISOR_VERSION), BidiText::leftToRight(content.catalogVersion));
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(escaped(about.join(QStringLiteral(" · "))));
    for (const QString &sentence : content.summary) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(sentence));
    }

    const Plan &plan = content.plan;
    if (plan.items.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(QCoreApplication::translate("Handout", "There are no steps for now. Check again when new leaks are known.")));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(QCoreApplication::translate("Handout", "%1 of %n step(s) done.", nullptr, int(plan.items.size()))
                                     .arg(plan.finishedCount())));
    }
    int number = 0;
    for (const PlanSection &section : plan.sections()) {
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(section.title()));
        for (const qsizetype index : section.items) {
            html += stepHtml(plan.items.at(index), ++number, options.platforms);
        }
    }

    // Services nobody said they use, and small breaches at the ones they do: a line each.
    if (!plan.ifYouUse.isEmpty() || !plan.ifYouUsed.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("Handout", "If this concerns you")));
        for (const IfYouUse &line : plan.ifYouUse) {
            html += QStringLiteral("<p>%1</p>").arg(escaped(line.text));
        }
        for (const IfYouUsed &line : plan.ifYouUsed) {
            html += QStringLiteral("<p>%1</p>").arg(escaped(line.text));
        }
    }

    // What leaked where: masked unless asked otherwise.
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(QCoreApplication::translate("Handout", "What was checked")));
    for (const CheckedIdentifier &checked : plan.identifiers) {
        const QString who = identifierText(checked.identifier, options.maskIdentifiers);
        if (!checked.identifier.valid) {
            html += QStringLiteral("<p>%1: %2</p>").arg(escaped(who), escaped(QCoreApplication::translate("Handout", "not checked (it cannot be right as written)")));
        } else if (!checked.found()) {
            html += QStringLiteral("<p>%1: %2</p>").arg(escaped(who), escaped(QCoreApplication::translate("Handout", "not found in the leak files imported")));
        } else {
            QStringList found;
            for (const BreachMatch &match : checked.matches) {
                found << QCoreApplication::translate("Handout", "%1 (%2)").arg(match.breach.title, DataClassTaxonomy::bundled().displayNames(match.fields));
            }
            html += QStringLiteral("<p>%1: %2</p>").arg(escaped(who), escaped(found.join(QStringLiteral("; "))));
        }
    }
    for (const PlanReason &reason : plan.context.reasons) {
        if (reason.evidence == Evidence::Reported) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(QCoreApplication::translate("Handout", "A notice said %1 leaked: %2.").arg(reason.title, DataClassTaxonomy::bundled().displayNames(reason.fields))));
        }
    }

    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(escaped(QCoreApplication::translate("Handout", "Who you contacted")), escaped(QCoreApplication::translate("Handout", "Write down whom you called or wrote to, when, and what they said.")));
    for (int line = 0; line < 4; ++line) {
        html += QStringLiteral("<p>______________________________________________________________</p>");
    }
    html += QStringLiteral("<p class=\"meta\"><b>%1</b></p>")
                .arg(escaped(QCoreApplication::translate("Handout", "This page holds personal information: keep it somewhere safe, or shred it when you are done.")));
    return html + QStringLiteral("</body></html>");
}

Handout::Content Handout::content(const QString &personName, const Plan &plan, const CheckSummary &summary, const QString &catalogVersion)
{
    Content content;
    content.personName = personName;
    content.plan = plan;
    content.summary = summary.sentences();
    content.catalogVersion = catalogVersion;
    content.date = QDate::currentDate();
    return content;
}

Handout::Content Handout::contentFor(VaultSession &session, const Person &person)
{
    const Plan plan = session.planFor(person);
    return content(person.name, plan, session.summarize(plan.identifiers), session.info().bundledCatalogVersion);
}

Handout::Options Handout::optionsFor(const Person &person)
{
    Options options;
    options.platforms = person.platforms;
    return options;
}

} // namespace BreachAdvisor
