#include "CliOutput.h"

#include "DataClassTaxonomy.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace BreachAdvisor::Cli {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject normalizedJson(const NormalizedIdentifier &identifier)
{
    QJsonObject json{{QLatin1String("kind"), identifierKindName(identifier.kind)},
                     {QLatin1String("input"), identifier.input},
                     {QLatin1String("valid"), identifier.valid},
                     {QLatin1String("normalized"), orNull(identifier.normalized)},
                     {QLatin1String("error"), orNull(identifier.error)},
                     {QLatin1String("error_code"), orNull(identifier.errorCode)}};
    if (identifier.kind == IdentifierKind::Phone) {
        json.insert(QLatin1String("e164"), orNull(identifier.normalized));
        json.insert(QLatin1String("region"), orNull(identifier.region));
        json.insert(QLatin1String("type"), orNull(identifier.type));
        json.insert(QLatin1String("description"), orNull(identifier.description));
        json.insert(QLatin1String("extension"), orNull(identifier.extension));
    }
    return json;
}

QString shownInput(const NormalizedIdentifier &identifier, bool mask)
{
    return mask ? identifier.masked() : identifier.input;
}

QString shownNormalized(const NormalizedIdentifier &identifier, bool mask)
{
    return mask && identifier.valid ? identifier.masked() : identifier.normalized;
}

QJsonObject checkedJson(const CheckedIdentifier &checked, bool mask)
{
    QJsonArray matches;
    for (const BreachMatch &match : checked.matches) {
        matches.append(QJsonObject{{QLatin1String("breach"), match.breach.name},
                                   {QLatin1String("title"), match.breach.title},
                                   {QLatin1String("fields"), QJsonArray::fromStringList(match.fields)},
                                   {QLatin1String("sites"), QJsonArray::fromStringList(match.sites)},
                                   {QLatin1String("breach_classes"), QJsonArray::fromStringList(match.breach.dataClasses)}});
    }
    const NormalizedIdentifier &identifier = checked.identifier;
    return QJsonObject{{QLatin1String("kind"), identifierKindName(identifier.kind)},
                       {QLatin1String("input"), shownInput(identifier, mask)},
                       {QLatin1String("normalized"), orNull(shownNormalized(identifier, mask))},
                       {QLatin1String("valid"), identifier.valid},
                       {QLatin1String("region"), orNull(identifier.region)},
                       {QLatin1String("error"), orNull(identifier.error)},
                       {QLatin1String("error_code"), orNull(identifier.errorCode)},
                       {QLatin1String("matches"), matches}};
}

QJsonArray identifiersJson(const QList<CheckedIdentifier> &identifiers, bool mask)
{
    QJsonArray array;
    for (const CheckedIdentifier &checked : identifiers) {
        QJsonArray breaches;
        for (const BreachMatch &match : checked.matches) {
            breaches.append(match.breach.name);
        }
        array.append(QJsonObject{{QLatin1String("kind"), identifierKindName(checked.identifier.kind)},
                                 {QLatin1String("input"), shownInput(checked.identifier, mask)},
                                 {QLatin1String("normalized"), orNull(shownNormalized(checked.identifier, mask))},
                                 {QLatin1String("valid"), checked.identifier.valid},
                                 {QLatin1String("breaches"), breaches}});
    }
    return array;
}

namespace {

// The identifiers a reason is about, as this output shows identifiers.
QJsonArray reasonIdentifiers(const PlanReason &reason, const Plan &plan, bool mask)
{
    QJsonArray shown;
    for (const QString &normalized : reason.identifiers) {
        const auto it = std::find_if(plan.identifiers.cbegin(), plan.identifiers.cend(),
                                     [&](const CheckedIdentifier &checked) { return checked.identifier.normalized == normalized; });
        shown.append(it == plan.identifiers.cend() ? QString() : shownNormalized(it->identifier, mask));
    }
    return shown;
}

QJsonObject reasonJson(const PlanReason &reason, const Plan &plan, bool mask)
{
    const bool possible = reason.evidence == Evidence::Possible;
    return QJsonObject{{QLatin1String("breach"), reason.breach},
                       {QLatin1String("title"), reason.title},
                       {QLatin1String("fields"), QJsonArray::fromStringList(reason.fields)},
                       {QLatin1String("sites"), QJsonArray::fromStringList(reason.sites)},
                       {QLatin1String("may_have_leaked"), possible},
                       {QLatin1String("evidence"), evidenceName(reason.evidence)},
                       {QLatin1String("likelihood"), possible ? QJsonValue(likelihoodName(reason.likelihood)) : QJsonValue()},
                       {QLatin1String("share"), possible && reason.share >= 0 ? QJsonValue(reason.share) : QJsonValue()},
                       {QLatin1String("likelihood_text"), orNull(reason.likelihoodText)},
                       {QLatin1String("likelihood_sources"), QJsonArray::fromStringList(reason.likelihoodSources)},
                       {QLatin1String("about"), orNull(reason.about)},
                       {QLatin1String("identifiers"), reasonIdentifiers(reason, plan, mask)},
                       {QLatin1String("regions"), QJsonArray::fromStringList(reason.regions)},
                       {QLatin1String("same_event"), QJsonArray::fromStringList(reason.sameEventBreaches)},
                       {QLatin1String("rare_fields"), QJsonArray::fromStringList(reason.rareFields)}};
}

} // namespace

void addPlanExtras(QJsonObject &json, const Plan &plan, bool mask)
{
    const EvidenceCounts counts = plan.evidenceCounts();
    json.insert(QLatin1String("evidence_counts"), QJsonObject{{QLatin1String("confirmed"), counts.confirmed},
                                                               {QLatin1String("reported"), counts.reported},
                                                               {QLatin1String("possible"), counts.possible},
                                                               {QLatin1String("general"), counts.general}});
    json.insert(QLatin1String("evidence_summary"), plan.evidenceSummary());
    QJsonArray folded;
    for (const IfYouUsed &line : plan.ifYouUsed) {
        folded.append(QJsonObject{{QLatin1String("text"), line.text}, {QLatin1String("reason"), reasonJson(line.reason, plan, mask)}});
    }
    json.insert(QLatin1String("if_you_used"), folded);
    QJsonArray ifYouUse;
    for (const IfYouUse &line : plan.ifYouUse) {
        ifYouUse.append(QJsonObject{{QLatin1String("service"), line.service},
                                    {QLatin1String("steps"), QJsonArray::fromStringList(line.stepIds)},
                                    {QLatin1String("text"), line.text}});
    }
    json.insert(QLatin1String("if_you_use"), ifYouUse);
    json.insert(QLatin1String("warnings"), QJsonArray::fromStringList(plan.warnings));
    QJsonArray leftOut;
    for (const LeftOutForCountry &step : plan.leftOutForCountry) {
        leftOut.append(QJsonObject{{QLatin1String("id"), step.stepId},
                                   {QLatin1String("title"), step.title},
                                   {QLatin1String("countries"), QJsonArray::fromStringList(step.countries)}});
    }
    json.insert(QLatin1String("missing_country"), leftOut);
    const CheckCoverage &coverage = plan.coverage;
    json.insert(QLatin1String("checked"), QJsonObject{{QLatin1String("identifiers"), coverage.identifiers},
                                                       {QLatin1String("checkable"), coverage.checkable},
                                                       {QLatin1String("leak_files"), coverage.leakFiles},
                                                       {QLatin1String("services"), QJsonArray::fromStringList(coverage.services)},
                                                       {QLatin1String("reported"), coverage.reported},
                                                       {QLatin1String("not_checked"), QJsonArray::fromStringList(coverage.sentences())}});
    json.insert(QLatin1String("nothing_checked"), coverage.nothingChecked());
}

void printWarnings(QTextStream &err, const Plan &plan, const QString &howToAddCountry)
{
    for (const QString &warning : plan.warnings) {
        err << warning << Qt::endl;
    }
    if (!plan.leftOutForCountry.isEmpty()) {
        QStringList titles;
        for (const LeftOutForCountry &step : plan.leftOutForCountry) {
            titles << step.title;
        }
        //: %1 step titles, %2 how to give the country ("--region CC")
        err << QCoreApplication::translate("Cli", "Left out because no country is known: %1. To add them, give the country: %2.")
                   .arg(titles.join(QStringLiteral("; ")), howToAddCountry)
            << Qt::endl;
    }
}

void printCoverage(QTextStream &out, const Plan &plan)
{
    // The rest of CheckCoverage::sentences() is in the check's summary already.
    if (const QString sentence = plan.coverage.noServiceSentence(); !sentence.isEmpty()) {
        out << sentence << Qt::endl;
    }
}

QJsonObject planItemJson(const PlanItem &item, const Plan &plan, bool mask)
{
    QJsonObject instructions;
    for (const QString &platform : ChecklistRules::kPlatforms) {
        instructions.insert(platform, orNull(item.instructionsFor(platform)));
    }
    QJsonArray reasons;
    for (const PlanReason &reason : item.reasons) {
        reasons.append(reasonJson(reason, plan, mask));
    }
    return QJsonObject{{QLatin1String("id"), item.step->id},
                       {QLatin1String("category"), item.step->category},
                       {QLatin1String("title"), item.title},
                       {QLatin1String("why"), item.why},
                       {QLatin1String("priority"), item.step->priority},
                       {QLatin1String("minutes"), item.step->minutes},
                       {QLatin1String("general"), item.step->general},
                       {QLatin1String("severity"), DataClassTaxonomy::severityName(item.severity)},
                       {QLatin1String("instructions"), instructions},
                       {QLatin1String("sources"), QJsonArray::fromStringList(item.text.sources)},
                       {QLatin1String("reviewed"), orNull(item.text.reviewed)},
                       {QLatin1String("reasons"), reasons},
                       {QLatin1String("status"), stepStatusName(item.status)},
                       {QLatin1String("note"), orNull(item.note)},
                       {QLatin1String("status_changed"),
                        item.statusChanged.isValid() ? QJsonValue(item.statusChanged.toString(Qt::ISODate)) : QJsonValue()},
                       {QLatin1String("new_reasons"), QJsonArray::fromStringList(item.newReasons)},
                       {QLatin1String("evidence"), item.step->general ? QJsonValue() : QJsonValue(evidenceName(item.evidence()))},
                       {QLatin1String("do_first"), item.doFirst},
                       {QLatin1String("leads"), item.leads},
                       {QLatin1String("merged_steps"), QJsonArray::fromStringList(item.mergedSteps)},
                       {QLatin1String("note_from_before"), item.noteIsFromBefore()},
                       {QLatin1String("section"), PlanSection::name(PlanSection::of(item))},
                       {QLatin1String("this_week"), item.doFirst || item.thisWeek}};
}

QJsonArray planJson(const Plan &plan, bool mask)
{
    QJsonArray array;
    for (const PlanItem &item : plan.items) {
        array.append(planItemJson(item, plan, mask));
    }
    return array;
}

namespace {

QString checkBox(StepStatus status)
{
    switch (status) {
    case StepStatus::Done: return QStringLiteral("[x]");
    case StepStatus::Skipped: return QStringLiteral("[-]");
    case StepStatus::NotApplicable: return QStringLiteral("[/]");
    case StepStatus::Open:
    case StepStatus::Reopened: break;
    }
    return QStringLiteral("[ ]");
}

void printDetails(QTextStream &out, const PlanItem &item, const QStringList &platforms)
{
    const QString indent = QStringLiteral("      ");
    out << indent << item.why << Qt::endl;
    const QStringList own = item.platformsWithOwnText();
    if (own.isEmpty()) {
        out << indent << item.instructionsFor(QStringLiteral("all")) << Qt::endl;
    } else {
        QStringList printed;
        for (const QString &platform : platforms.isEmpty() ? ChecklistRules::kPlatforms : platforms) {
            const QString text = item.instructionsFor(platform);
            if (!text.isEmpty() && !printed.contains(text)) {
                printed << text;
                out << indent << QStringLiteral("%1: ").arg(ChecklistRules::platformName(platform)) << text << Qt::endl;
            }
        }
    }
    out << indent << QCoreApplication::translate("Cli", "Source: %1").arg(item.text.sources.join(QStringLiteral(" ")));
    if (!item.text.reviewed.isEmpty()) {
        out << QCoreApplication::translate("Cli", " (checked %1)").arg(item.text.reviewed);
    }
    out << Qt::endl;
    if (item.noteIsFromBefore()) {
        out << indent << QCoreApplication::translate("Cli", "Note, from when it was done before: %1").arg(item.note) << Qt::endl;
    } else if (!item.note.isEmpty()) {
        out << indent << QCoreApplication::translate("Cli", "Note: %1").arg(item.note) << Qt::endl;
    }
}

QString evidenceLabel(const PlanItem &item)
{
    if (item.step->general) {
        return QCoreApplication::translate("Cli", "general advice");
    }
    switch (item.evidence()) {
    case Evidence::Confirmed: return QCoreApplication::translate("Cli", "found in a leak");
    case Evidence::Reported: return QCoreApplication::translate("Cli", "a notice you got");
    case Evidence::Possible: return QCoreApplication::translate("Cli", "possible");
    }
    return QString();
}

} // namespace

void printPlan(QTextStream &out, const Plan &plan, const QStringList &platforms, bool detailed)
{
    out << QCoreApplication::translate("Cli", "What to do: %L1 steps, %L2 done.").arg(plan.items.size()).arg(plan.finishedCount()) << Qt::endl;
    out << plan.evidenceSummary() << Qt::endl;
    if (!detailed) {
        out << QCoreApplication::translate("Cli", "[x] done, [-] skipped, [/] does not apply") << Qt::endl;
    }
    int number = 0;
    for (const PlanSection &section : plan.sections()) {
        out << Qt::endl << section.title() << Qt::endl;
        for (const qsizetype index : section.items) {
            const PlanItem &item = plan.items.at(index);
            //: a step's time: "5 min"
            const QString minutes = QCoreApplication::translate("Cli", "%Ln min", nullptr, item.step->minutes);
            out << QStringLiteral("%1 %2. %3 (%4, %5) [%6]")
                       .arg(checkBox(item.status), QLocale().toString(++number), item.title, minutes, evidenceLabel(item), item.step->id);
            if (item.status == StepStatus::Reopened) {
                out << QCoreApplication::translate("Cli", " - reopened: it leaked again in %1").arg(item.newReasonTitles().join(QStringLiteral(", ")));
            } else if (item.status == StepStatus::Skipped) {
                out << QCoreApplication::translate("Cli", " - skipped");
            } else if (item.status == StepStatus::NotApplicable) {
                out << QCoreApplication::translate("Cli", " - does not apply");
            }
            out << Qt::endl;
            if (detailed) {
                printDetails(out, item, platforms);
            }
        }
    }
    if (!plan.ifYouUse.isEmpty()) {
        out << Qt::endl << QCoreApplication::translate("Cli", "If you use these services") << Qt::endl;
        for (const IfYouUse &line : plan.ifYouUse) {
            out << QStringLiteral("  - ") << line.text << Qt::endl;
        }
    }
    if (!plan.ifYouUsed.isEmpty()) {
        out << Qt::endl << QCoreApplication::translate("Cli", "Small breaches at services you use") << Qt::endl;
        for (const IfYouUsed &line : plan.ifYouUsed) {
            out << QStringLiteral("  - ") << line.text << Qt::endl;
        }
    }
    if (!detailed) {
        out << Qt::endl << QCoreApplication::translate("Cli", "Save the person (person add) and run plan --person NAME for the steps in full.") << Qt::endl;
    }
    out.flush();
}

} // namespace BreachAdvisor::Cli
