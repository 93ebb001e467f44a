#include "Plan.h"

#include <QCoreApplication>

#include <algorithm>

namespace BreachAdvisor {

namespace {

struct StatusName
{
    StepStatus status;
    const char *name;
};
constexpr StatusName kStatusNames[] = {
    {StepStatus::Open, "todo"},
    {StepStatus::Done, "done"},
    {StepStatus::Skipped, "skipped"},
    {StepStatus::NotApplicable, "not_applicable"},
    {StepStatus::Reopened, "reopened"},
};

PlanSection::Kind sectionOf(const PlanItem &item)
{
    if (item.step->general) {
        return PlanSection::Kind::GeneralTips;
    }
    switch (item.step->priority) {
    case 0:
    case 1: return PlanSection::Kind::DoFirst;
    case 2: return PlanSection::Kind::Next;
    case 3: return PlanSection::Kind::WhenYouCan;
    default: return PlanSection::Kind::LongerTerm;
    }
}

} // namespace

QString stepStatusName(StepStatus status)
{
    for (const StatusName &entry : kStatusNames) {
        if (entry.status == status) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QStringLiteral("todo");
}

std::optional<StepStatus> stepStatusFromName(const QString &name)
{
    for (const StatusName &entry : kStatusNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.status;
        }
    }
    return std::nullopt;
}

QString evidenceName(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Confirmed: return QStringLiteral("confirmed");
    case Evidence::Reported: return QStringLiteral("reported");
    case Evidence::Possible: return QStringLiteral("possible");
    }
    return QStringLiteral("confirmed");
}

PlanReason PlanReason::fromBreach(const Breach &breach, const QStringList &fields, Evidence evidence)
{
    return PlanReason{breach.name, breach.title, breach.domain, breach.breachDate, fields, evidence, breach.flagNames()};
}

QString PlanItem::instructionsFor(const QString &platform) const
{
    return text.instructions.value(platform, text.instructions.value(QStringLiteral("all")));
}

QStringList PlanItem::platformsWithOwnText() const
{
    QStringList platforms;
    for (const QString &platform : ChecklistRules::kPlatforms) {
        if (text.instructions.contains(platform)) {
            platforms << platform;
        }
    }
    return platforms;
}

QString PlanSection::title() const
{
    switch (kind) {
    case Kind::DoFirst: return QCoreApplication::translate("Plan", "Do these first");
    case Kind::Next: return QCoreApplication::translate("Plan", "Next");
    case Kind::WhenYouCan: return QCoreApplication::translate("Plan", "When you can");
    case Kind::LongerTerm: return QCoreApplication::translate("Plan", "Longer term");
    case Kind::GeneralTips: return QCoreApplication::translate("Plan", "General tips");
    }
    return QString();
}

QList<PlanSection> Plan::sections() const
{
    QList<PlanSection> sections;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlanSection::Kind kind = sectionOf(items.at(i));
        if (sections.isEmpty() || sections.last().kind != kind) {
            sections << PlanSection{kind, {}, 0};
        }
        sections.last().items << i;
        sections.last().finished += items.at(i).isFinished() ? 1 : 0;
    }
    return sections;
}

int Plan::finishedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const PlanItem &item) { return item.isFinished(); }));
}

const PlanItem *Plan::firstOpen() const
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [](const PlanItem &item) { return item.isOpen(); });
    return it == items.cend() ? nullptr : &*it;
}

const PlanItem *Plan::item(const QString &stepId) const
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const PlanItem &item) { return item.step->id == stepId; });
    return it == items.cend() ? nullptr : &*it;
}

} // namespace BreachAdvisor
