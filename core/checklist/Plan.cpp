#include "Plan.h"

#include "PasswordList.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

QString likelihoodName(Likelihood likelihood)
{
    switch (likelihood) {
    case Likelihood::Unknown: return QStringLiteral("unknown");
    case Likelihood::Small: return QStringLiteral("small");
    case Likelihood::Unlikely: return QStringLiteral("unlikely");
    case Likelihood::Likely: return QStringLiteral("likely");
    }
    return QStringLiteral("unknown");
}

PlanReason PlanReason::fromBreach(const Breach &breach, const QStringList &fields, Evidence evidence)
{
    PlanReason reason{breach.name, breach.title, breach.domain, breach.breachDate, fields, evidence, breach.flagNames()};
    reason.accounts = breach.pwnCount;
    return reason;
}

PlanReason PlanReason::knownPassword(int seenClass, const QStringList &usedAtNames, const QDateTime &foundAt)
{
    PlanReason reason;
    reason.breach = QString::fromLatin1(kKnownPassword);
    reason.foundAt = foundAt;
    reason.title = QCoreApplication::translate("Plan", "the list of leaked passwords");
    reason.fields = QStringList{QStringLiteral("Passwords")};
    reason.flags = QStringList{reason.breach};
    reason.about = seenClass <= 0
        ? QCoreApplication::translate("Plan", "A password you use is in the list of leaked passwords.")
        //: %1 how often it was seen, at least ("10,000")
        : QCoreApplication::translate("Plan", "A password you use is in the list of leaked passwords: it was seen at least %1 times.")
              .arg(QLocale().toString(qulonglong(PasswordList::seenAtLeast(seenClass))));
    if (!usedAtNames.isEmpty()) {
        //: %1 the services ("Google, Facebook")
        reason.about += QLatin1Char(' ') + QCoreApplication::translate("Plan", "You said you use it at %1.").arg(usedAtNames.join(QStringLiteral(", ")));
    }
    return reason;
}

QString PlanReason::progressKey() const
{
    return foundAt.isValid() ? breach + QLatin1Char('@') + foundAt.toUTC().toString(Qt::ISODateWithMs) : breach;
}

QString PlanReason::displayTitle() const
{
    return breachDisplayTitle(title, date);
}

QString PlanReason::titleWithSameEvent() const
{
    if (sameEvent.isEmpty()) {
        return displayTitle();
    }
    //: %1 a breach, %2 other releases of the same leak ("Facebook (2019), the same leak as “WhatsApp” phone number list (2022)")
    return QCoreApplication::translate("Plan", "%1, the same leak as %2").arg(displayTitle(), sameEvent.join(QStringLiteral(", ")));
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

Evidence PlanItem::evidence() const
{
    Evidence strongest = reasons.isEmpty() ? Evidence::Confirmed : Evidence::Possible;
    for (const PlanReason &reason : reasons) {
        strongest = std::min(strongest, reason.evidence); // Confirmed < Reported < Possible
    }
    return strongest;
}

QStringList PlanItem::newReasonTitles() const
{
    QStringList titles;
    for (const QString &name : newReasons) {
        const auto it = std::find_if(reasons.cbegin(), reasons.cend(), [&](const PlanReason &reason) { return reason.breach == name; });
        titles << (it == reasons.cend() ? name : it->displayTitle());
    }
    return titles;
}

QString PlanSection::title() const
{
    switch (kind) {
    case Kind::DoFirst: return QCoreApplication::translate("Plan", "Do these first");
    case Kind::ThisWeek: return QCoreApplication::translate("Plan", "This week");
    case Kind::Later: return QCoreApplication::translate("Plan", "Later");
    }
    return QString();
}

PlanSection::Kind PlanSection::of(const PlanItem &item)
{
    if (item.doFirst) {
        return Kind::DoFirst;
    }
    return item.thisWeek ? Kind::ThisWeek : Kind::Later;
}

QString PlanSection::name(Kind kind)
{
    switch (kind) {
    case Kind::DoFirst: return QStringLiteral("do_first");
    case Kind::ThisWeek: return QStringLiteral("this_week");
    case Kind::Later: return QStringLiteral("later");
    }
    return QString();
}

QStringList CheckCoverage::sentences() const
{
    QStringList sentences;
    if (identifiers > 0 && checkable == 0) {
        sentences << QCoreApplication::translate("Plan", "None of the identifiers given could be checked: see why below.");
    }
    if (leakFiles == 0) {
        sentences << QCoreApplication::translate("Plan", "No leak file is imported, so no leak could be searched for these.");
    }
    if (const QString services = noServiceSentence(); !services.isEmpty()) {
        sentences << services;
    }
    return sentences;
}

QString CheckCoverage::noServiceSentence() const
{
    if (leakFiles > 0 || !services.isEmpty()) {
        return QString();
    }
    return QCoreApplication::translate("Plan", "No service was named, so no breach at a service could be weighed. "
                                               "Say which services are used (WhatsApp, Facebook, Google, ...) to add them.");
}

QList<PlanSection> Plan::sections() const
{
    QList<PlanSection> sections;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlanSection::Kind kind = PlanSection::of(items.at(i));
        if (sections.isEmpty() || sections.last().kind != kind) {
            sections << PlanSection{kind, {}, 0};
        }
        sections.last().items << i;
        sections.last().finished += items.at(i).isFinished() ? 1 : 0;
    }
    return sections;
}

EvidenceCounts Plan::evidenceCounts() const
{
    EvidenceCounts counts;
    for (const PlanItem &item : items) {
        if (item.step->general) {
            ++counts.general;
            continue;
        }
        switch (item.evidence()) {
        case Evidence::Confirmed: ++counts.confirmed; break;
        case Evidence::Reported: ++counts.reported; break;
        case Evidence::Possible: ++counts.possible; break;
        }
    }
    return counts;
}

bool Plan::isBaseline() const
{
    return std::all_of(items.cbegin(), items.cend(), [](const PlanItem &item) { return item.step->general; });
}

QString Plan::evidenceSummary() const
{
    const EvidenceCounts counts = evidenceCounts();
    if (isBaseline() && coverage.nothingChecked()) {
        return QCoreApplication::translate("Plan", "Nothing could be checked, so this is not a \"nothing found\". "
                                                   "Below: %n general good habit(s), not caused by a leak.",
                                           nullptr, counts.general);
    }
    if (isBaseline()) {
        return QCoreApplication::translate("Plan", "Nothing of yours was found in the leaks checked, and no breach at a service you use "
                                                   "is likely to hold you. Below: %n general good habit(s), not caused by a leak.",
                                           nullptr, counts.general);
    }
    QStringList parts;
    if (counts.confirmed > 0) {
        parts << QCoreApplication::translate("Plan", "%n from leaks your details were found in", nullptr, counts.confirmed);
    }
    if (counts.reported > 0) {
        parts << QCoreApplication::translate("Plan", "%n from breaches a notice told you about", nullptr, counts.reported);
    }
    if (counts.possible > 0) {
        parts << QCoreApplication::translate("Plan", "%n from breaches at services you use that may hold you", nullptr, counts.possible);
    }
    if (counts.general > 0) {
        parts << QCoreApplication::translate("Plan", "%n general tip(s)", nullptr, counts.general);
    }
    const QString list = parts.size() <= 1 ? parts.value(0)
                                             //: a list: "%1 and %2" where %1 is "a, b" and %2 the last item
                                           : QCoreApplication::translate("Plan", "%1 and %2").arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
    //: %1: how many steps come from each kind of evidence
    return QCoreApplication::translate("Plan", "%n step(s): %1.", nullptr, int(items.size())).arg(list);
}

int Plan::wordsOf(const PlanItem &item, const QStringList &platforms)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto count = [](const QString &text) { return int(text.split(space, Qt::SkipEmptyParts).size()); };
    int words = count(item.title) + count(item.why);
    QStringList texts;
    const QStringList own = item.platformsWithOwnText();
    if (own.isEmpty()) {
        texts << item.instructionsFor(QStringLiteral("all"));
    } else {
        for (const QString &platform : platforms.isEmpty() ? ChecklistRules::kPlatforms : platforms) {
            const QString text = item.instructionsFor(platform);
            if (!texts.contains(text)) {
                texts << text;
            }
        }
    }
    for (const QString &text : std::as_const(texts)) {
        words += count(text);
    }
    return words;
}

int Plan::wordsThisWeek() const
{
    int words = 0;
    for (const PlanItem &item : items) {
        words += item.doFirst || item.thisWeek ? wordsOf(item, context.platforms) : 0;
    }
    return words;
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
