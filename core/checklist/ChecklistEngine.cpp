#include "ChecklistEngine.h"

#include "CountryNames.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace BreachAdvisor {

namespace {

// Rule texts are translated in the "checklist" context (see translations/checklist_strings.cpp).
QString ruleText(const QString &text)
{
    return QCoreApplication::translate("checklist", text.toUtf8().constData());
}

bool intersects(const QStringList &a, const QStringList &b)
{
    return std::any_of(a.cbegin(), a.cend(), [&b](const QString &item) { return b.contains(item); });
}

QString joined(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.value(0);
    }
    //: a list: "%1 and %2" where %1 is "a, b" and %2 the last item
    return QCoreApplication::translate("ChecklistEngine", "%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

// "44.8 million", "77,267".
QString amount(qint64 count)
{
    const QLocale locale;
    if (count >= 1'000'000) {
        //: a count in millions, %1 with one decimal ("44.8")
        return QCoreApplication::translate("ChecklistEngine", "%1 million").arg(locale.toString(double(count) / 1e6, 'f', 1));
    }
    return locale.toString(count);
}

// "one user in 39,000": two significant digits are all a share like this deserves.
qint64 roughlyOneIn(double share)
{
    const double n = 1.0 / share;
    if (n < 100) {
        return std::max<qint64>(1, std::llround(n));
    }
    const double scale = std::pow(10.0, std::floor(std::log10(n)) - 1);
    return std::llround(std::round(n / scale) * scale);
}

QString countryName(const QString &code)
{
    return CountryNames::name(code);
}

// The share in words: "about one Facebook user in 5 at the time".
QString shareWords(double share, const QString &service, const QString &country)
{
    if (share >= 0.9) {
        return country.isEmpty() ? QCoreApplication::translate("ChecklistEngine", "about as many as %1 had users at the time").arg(service)
                                 : QCoreApplication::translate("ChecklistEngine", "about as many as %1 had users in %2 at the time").arg(service, countryName(country));
    }
    if (share >= 0.5) {
        return country.isEmpty() ? QCoreApplication::translate("ChecklistEngine", "more than half of the users %1 had at the time").arg(service)
                                 : QCoreApplication::translate("ChecklistEngine", "more than half of the users %1 had in %2 at the time").arg(service, countryName(country));
    }
    const QString oneIn = QLocale().toString(roughlyOneIn(share));
    return country.isEmpty() ? QCoreApplication::translate("ChecklistEngine", "about one %1 user in %2 at the time").arg(service, oneIn)
                             : QCoreApplication::translate("ChecklistEngine", "about one %1 user in %2 in %3 at the time").arg(service, oneIn, countryName(country));
}

int strength(const PlanReason &reason)
{
    if (reason.evidence != Evidence::Possible) {
        return int(reason.evidence); // Confirmed 0, Reported 1
    }
    return reason.likelihood == Likelihood::Likely ? 2 : 3;
}

// The countries a step is written for: those with their own text, and those its conditions name.
QStringList countriesOf(const ChecklistStep &step)
{
    QStringList countries = step.byRegion.keys();
    for (const StepCondition &condition : step.when) {
        for (const QString &region : condition.regions) {
            if (!countries.contains(region)) {
                countries << region;
            }
        }
    }
    return countries;
}

// Targets resolved per person and breach.
const QLatin1String kMailbox("mailbox");
const QLatin1String kBreached("breached");

} // namespace

struct ChecklistEngine::Candidate
{
    PlanItem item;
    Severity leadSeverity = Severity::Low; // of the leaked data it leads for
    QStringList fields;                     // what leaked, over all its reasons
};

ChecklistEngine::ChecklistEngine(const ChecklistRules &rules, const DataClassTaxonomy &taxonomy)
    : m_rules(rules)
    , m_taxonomy(taxonomy)
{
}

QStringList ChecklistEngine::servicesOf(const PlanReason &reason) const
{
    QStringList services;
    for (const Service &service : m_rules.services()) {
        if (service.breaches.contains(reason.breach, Qt::CaseInsensitive)
            || (!reason.domain.isEmpty() && service.domains.contains(reason.domain.toLower()))) {
            services << service.id;
        }
    }
    return services;
}

QStringList ChecklistEngine::servicesOfEmail(const QString &normalizedEmail) const
{
    const QString domain = normalizedEmail.section(QLatin1Char('@'), 1).toLower();
    QStringList services;
    for (const Service &service : m_rules.services()) {
        if (!domain.isEmpty() && service.mailDomains.contains(domain)) {
            services << service.id;
        }
    }
    return services;
}

bool ChecklistEngine::isWorkAddress(const QString &normalizedEmail) const
{
    const QString domain = normalizedEmail.section(QLatin1Char('@'), 1);
    return !domain.isEmpty() && !m_rules.isPersonalMailDomain(domain);
}

QString ChecklistEngine::phrase(const QString &dataClass) const
{
    const DataClassInfo info = m_taxonomy.describe(dataClass);
    return info.phrase.isEmpty() ? dataClass.toLower() : ruleText(info.phrase);
}

QString ChecklistEngine::fieldsPhrase(const QStringList &fields) const
{
    QStringList phrases;
    for (const QString &field : fields) {
        phrases << phrase(field);
    }
    return joined(phrases);
}

void ChecklistEngine::consolidate(PlanContext &context) const
{
    const auto addUnique = [](QStringList &list, const QStringList &items) {
        for (const QString &item : items) {
            if (!list.contains(item)) {
                list << item;
            }
        }
    };
    // Resales: the stronger reason stays, the other is named with it.
    for (qsizetype i = 0; i < context.reasons.size(); ++i) {
        const BreachFacts *facts = m_rules.factsOf(context.reasons.at(i).breach);
        if (!facts || facts->resaleOf.isEmpty()) {
            continue;
        }
        const auto original = std::find_if(context.reasons.begin(), context.reasons.end(),
                                           [&](const PlanReason &reason) { return reason.breach == facts->resaleOf; });
        if (original == context.reasons.end()) {
            continue;
        }
        PlanReason resale = context.reasons.takeAt(i);
        PlanReason &kept = *std::find_if(context.reasons.begin(), context.reasons.end(),
                                         [&](const PlanReason &reason) { return reason.breach == facts->resaleOf; });
        if (strength(resale) < strength(kept)) {
            std::swap(resale, kept);
        }
        kept.sameEvent << resale.displayTitle();
        kept.sameEventBreaches << resale.breach;
        addUnique(kept.sameEvent, resale.sameEvent);
        addUnique(kept.sameEventBreaches, resale.sameEventBreaches);
        addUnique(kept.fields, resale.fields);
        addUnique(kept.identifiers, resale.identifiers);
        addUnique(kept.regions, resale.regions);
        addUnique(kept.flags, resale.flags);
        i = -1; // the list changed: look again from the start (a few reasons at most)
    }
    // Classes only a small share of a possible breach's records held.
    for (PlanReason &reason : context.reasons) {
        const BreachFacts *facts = m_rules.factsOf(reason.breach);
        if (reason.evidence != Evidence::Possible || !facts || reason.accounts <= 0) {
            continue;
        }
        for (auto it = facts->fieldCounts.constBegin(); it != facts->fieldCounts.constEnd(); ++it) {
            if (double(it->count) / double(reason.accounts) < 0.01 && reason.fields.removeAll(it.key()) > 0) {
                reason.rareFields << it.key();
            }
        }
    }
}

void ChecklistEngine::weigh(PlanReason &reason, const QStringList &regions) const
{
    reason.likelihood = Likelihood::Unknown;
    reason.share = -1;
    reason.likelihoodText.clear();
    reason.likelihoodSources.clear();
    reason.about.clear();
    const QStringList serviceIds = servicesOf(reason);
    const Service *service = serviceIds.isEmpty() ? nullptr : m_rules.service(serviceIds.first());
    const BreachFacts *facts = m_rules.factsOf(reason.breach);
    if (facts && !facts->about.isEmpty()) {
        reason.about = ruleText(facts->about);
        reason.likelihoodSources << facts->aboutSources;
    }
    const SourcedCount *worldwide = service ? service->usersAt(reason.date) : nullptr;
    const double worldShare = worldwide && reason.accounts > 0 ? double(reason.accounts) / double(worldwide->count) : -1;
    QString country;
    const SourcedCount *reported = nullptr;
    for (const QString &region : regions) {
        if (facts && facts->perCountry.contains(region)) {
            country = region;
            reported = &*facts->perCountry.constFind(region);
            break;
        }
    }
    if (reported) {
        // The reported count for the person's country, against the service's users there
        // when that count is known; otherwise the breach's worldwide share.
        const SourcedCount *local = service ? service->usersAt(reason.date, country) : nullptr;
        reason.likelihoodSources << reported->source;
        if (facts && !facts->countsVerified()) {
            // What a seller advertised: said as such, and never enough to call it likely.
            //: %1 a count ("44.8 million"), %2 a country
            reason.likelihoodText = QCoreApplication::translate("ChecklistEngine", "about %1 of its records came from %2, as the seller claimed; "
                                                                                   "nobody has verified it")
                                        .arg(amount(reported->count), countryName(country));
            appendRareFields(reason, facts);
            reason.likelihoodSources.removeDuplicates();
            return;
        }
        //: %1 a count ("44.8 million"), %2 a country
        QString text = QCoreApplication::translate("ChecklistEngine", "about %1 of its records came from %2, as reported").arg(amount(reported->count), countryName(country));
        if (local) {
            reason.share = std::min(1.0, double(reported->count) / double(local->count));
            reason.likelihoodSources << local->source;
            text += QStringLiteral(": ") + shareWords(reason.share, service->name, country);
        } else if (worldShare > 0) {
            reason.share = std::min(1.0, worldShare);
            reason.likelihoodSources << worldwide->source;
            //: %1 how large a share of a service's users a breach held, worldwide
            text += QCoreApplication::translate("ChecklistEngine", "; worldwide it held %1").arg(shareWords(reason.share, service->name, QString()));
        }
        reason.likelihoodText = text;
    } else if (worldShare > 0) {
        reason.share = std::min(1.0, worldShare);
        reason.likelihoodSources << worldwide->source;
        //: %1 a count of accounts, %2 their share of the service's users in words
        reason.likelihoodText = QCoreApplication::translate("ChecklistEngine", "it held %1 accounts, %2").arg(amount(reason.accounts), shareWords(reason.share, service->name, QString()));
    } else if (service) {
        reason.likelihoodText = QCoreApplication::translate("ChecklistEngine", "how many of the users %1 had then it held is not known").arg(service->name);
    }
    appendRareFields(reason, facts);
    if (reason.share >= 0.1) {
        reason.likelihood = Likelihood::Likely;
    } else if (reason.share >= 0.01) {
        reason.likelihood = Likelihood::Unlikely;
    } else if (reason.share >= 0) {
        reason.likelihood = Likelihood::Small;
    }
    reason.likelihoodSources.removeDuplicates();
}

void ChecklistEngine::appendRareFields(PlanReason &reason, const BreachFacts *facts) const
{
    QStringList parts;
    for (const QString &field : std::as_const(reason.rareFields)) {
        const auto count = facts ? facts->fieldCounts.constFind(field) : QMap<QString, SourcedCount>::const_iterator();
        if (!facts || count == facts->fieldCounts.constEnd()) {
            continue;
        }
        //: %1 the name of a kind of data ("Email addresses"), %2 a count ("2.5 million"): only a few of a breach's records held it
        parts << QCoreApplication::translate("ChecklistEngine", "only about %2 of its records held an entry for “%1”").arg(m_taxonomy.displayName(field), amount(count->count));
        reason.likelihoodSources << count->source;
    }
    if (parts.isEmpty()) {
        return;
    }
    reason.likelihoodText += (reason.likelihoodText.isEmpty() ? QString() : QStringLiteral("; ")) + parts.join(QStringLiteral("; "));
}

bool ChecklistEngine::holds(const StepCondition &condition, const PlanReason &reason, const PlanContext &context,
                            QStringList *matchedFields) const
{
    if (!condition.leakedAll.isEmpty()
        && !std::all_of(condition.leakedAll.cbegin(), condition.leakedAll.cend(),
                        [&reason](const QString &name) { return reason.fields.contains(name); })) {
        return false;
    }
    if (!condition.leakedAny.isEmpty() && !intersects(condition.leakedAny, reason.fields)) {
        return false;
    }
    // A service condition holds for a breach at the service; for a breach elsewhere, it
    // holds when the person uses the service and the condition's data classes leaked.
    if (!condition.services.isEmpty()) {
        const bool atService = intersects(condition.services, servicesOf(reason));
        const bool namesClasses = !condition.leakedAny.isEmpty() || !condition.leakedAll.isEmpty();
        if (!atService && !(namesClasses && intersects(condition.services, context.uses))) {
            return false;
        }
    }
    if (!condition.breachFlags.isEmpty() && !intersects(condition.breachFlags, reason.flags)) {
        return false;
    }
    if (!condition.regions.isEmpty() && !intersects(condition.regions, context.regions)) {
        return false;
    }
    if (!condition.platforms.isEmpty() && !context.platforms.isEmpty() && !intersects(condition.platforms, context.platforms)) {
        return false;
    }
    if (!condition.mailboxes.isEmpty()) {
        // The breach is about a work address, or about another one (or none at all).
        const auto isAddress = [](const QString &identifier) { return identifier.indexOf(QLatin1Char('@')) > 0; };
        const bool work = intersects(reason.identifiers, context.workAddresses);
        const bool personal = std::any_of(reason.identifiers.cbegin(), reason.identifiers.cend(), [&](const QString &identifier) {
            return isAddress(identifier) && !context.workAddresses.contains(identifier);
        }) || std::none_of(reason.identifiers.cbegin(), reason.identifiers.cend(), isAddress);
        if (!(work && condition.mailboxes.contains(QLatin1String("work")))
            && !(personal && condition.mailboxes.contains(QLatin1String("personal")))) {
            return false;
        }
    }
    for (const QString &field : reason.fields) {
        if ((condition.leakedAny.contains(field) || condition.leakedAll.contains(field)) && !matchedFields->contains(field)) {
            *matchedFields << field;
        }
    }
    return true;
}

bool ChecklistEngine::appliesToAny(const ChecklistStep &step, const QList<PlanReason> &reasons, const PlanContext &context) const
{
    PlanContext anywhere = context;
    anywhere.regions = countriesOf(step);
    return std::any_of(reasons.cbegin(), reasons.cend(), [&](const PlanReason &reason) {
        QStringList matched;
        return admits(step, reason) && reason.isStrong()
            && std::any_of(step.when.cbegin(), step.when.cend(),
                           [&](const StepCondition &condition) { return holds(condition, reason, anywhere, &matched); });
    });
}

QString ChecklistEngine::reasonSentence(const PlanReason &reason, bool withFacts) const
{
    if (!reason.isBreach()) {
        return reason.about; // it says what it is itself
    }
    const QString what = fieldsPhrase(reason.fields);
    const int count = int(reason.fields.size());
    switch (reason.evidence) {
    case Evidence::Confirmed:
        //: %1 what leaked ("phone number and name"), %2 the breach; n the number of kinds of data
        return QCoreApplication::translate("ChecklistEngine", "Your %1 leaked in %2.", nullptr, count).arg(what, reason.titleWithSameEvent());
    case Evidence::Reported:
        return QCoreApplication::translate("ChecklistEngine", "A notice told you that your %1 leaked in %2.", nullptr, count).arg(what, reason.titleWithSameEvent());
    case Evidence::Possible: break;
    }
    if (!withFacts) {
        switch (reason.likelihood) {
        case Likelihood::Likely: return QCoreApplication::translate("ChecklistEngine", "Your %1 may have leaked in %2, which is likely.", nullptr, count).arg(what, reason.titleWithSameEvent());
        case Likelihood::Unlikely:
        case Likelihood::Small: return QCoreApplication::translate("ChecklistEngine", "Your %1 may have leaked in %2, which is not likely.", nullptr, count).arg(what, reason.titleWithSameEvent());
        case Likelihood::Unknown: break;
        }
        return QCoreApplication::translate("ChecklistEngine", "Your %1 may have leaked in %2.", nullptr, count).arg(what, reason.titleWithSameEvent());
    }
    QStringList detail;
    if (!reason.about.isEmpty()) {
        detail << reason.about;
    }
    if (!reason.likelihoodText.isEmpty()) {
        detail << reason.likelihoodText;
    }
    if (detail.isEmpty()) {
        return QCoreApplication::translate("ChecklistEngine", "Your %1 may have leaked in %2.", nullptr, count).arg(what, reason.titleWithSameEvent());
    }
    //: %3 what the breach is and how likely it holds the person, with the facts
    return QCoreApplication::translate("ChecklistEngine", "Your %1 may have leaked in %2: %3.", nullptr, count).arg(what, reason.titleWithSameEvent(), detail.join(QStringLiteral("; ")));
}

QString ChecklistEngine::accountName(const PlanReason &reason) const
{
    const QStringList services = servicesOf(reason);
    const Service *service = services.isEmpty() ? nullptr : m_rules.service(services.first());
    return service ? service->name : reason.title;
}

bool ChecklistEngine::admits(const ChecklistStep &step, const PlanReason &reason) const
{
    if (!reason.isBreach()) {
        // A known password is no breach at a service: only the steps written for it.
        return std::any_of(step.when.cbegin(), step.when.cend(),
                           [&](const StepCondition &condition) { return intersects(condition.breachFlags, reason.flags); });
    }
    if (reason.evidence != Evidence::Possible) {
        return true;
    }
    // A possibility asks for the urgent steps only, and a password change only when likely.
    return step.priority <= 2 && (step.category != QLatin1String("password") || reason.isStrong());
}

QSet<QString> ChecklistEngine::actionsFor(const ChecklistStep &step, const PlanReason *reason, const PlanContext &context) const
{
    QSet<QString> actions;
    for (const QString &does : step.does) {
        const QString verb = does.section(QLatin1Char(':'), 0, 0);
        const QString target = does.section(QLatin1Char(':'), 1);
        QStringList resolved;
        if (target == kMailbox && !context.otherMail) {
            resolved = context.mailServices;
        } else if (target == kBreached && reason) {
            resolved = servicesOf(*reason);
            if (resolved.isEmpty()) {
                resolved << QStringLiteral("breach-") + reason->breach;
            }
        }
        if (resolved.isEmpty()) {
            actions.insert(does);
        }
        for (const QString &name : std::as_const(resolved)) {
            actions.insert(verb + QLatin1Char(':') + name);
        }
    }
    return actions;
}

void ChecklistEngine::mergeSameActions(QList<Candidate> &candidates, const PlanContext &context) const
{
    // How much of a step's "does" is only known per person: a step that names its account
    // ("two-step:google") wins over one that reaches it through "mailbox".
    const auto aliases = [](const ChecklistStep &step) {
        return std::count_if(step.does.cbegin(), step.does.cend(), [](const QString &does) {
            const QString target = does.section(QLatin1Char(':'), 1);
            return target == kMailbox || target == kBreached;
        });
    };
    // Does step a, doing `theirs`, take over from step b, doing `mine`, for one breach?
    const auto outranks = [&](const ChecklistStep &a, const QSet<QString> &theirs, const ChecklistStep &b, const QSet<QString> &mine) {
        if (theirs.size() != mine.size()) return theirs.size() > mine.size();
        if (aliases(a) != aliases(b)) return aliases(a) < aliases(b);
        if (a.priority != b.priority) return a.priority < b.priority;
        return a.id < b.id;
    };
    QList<QHash<QString, qsizetype>> reasonIndex; // per candidate: breach name → index in its reasons
    QList<QList<bool>> taken;                      // per candidate and reason: another step took it over
    for (const Candidate &candidate : std::as_const(candidates)) {
        QHash<QString, qsizetype> index;
        for (qsizetype k = 0; k < candidate.item.reasons.size(); ++k) {
            index.insert(candidate.item.reasons.at(k).breach, k);
        }
        reasonIndex << index;
        taken << QList<bool>(candidate.item.reasons.size(), false);
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        PlanItem &item = candidates[i].item;
        for (qsizetype k = 0; k < item.reasons.size(); ++k) {
            const QString &breach = item.reasons.at(k).breach;
            const QSet<QString> mine = actionsFor(*item.step, &item.reasons.at(k), context);
            for (qsizetype j = 0; j < candidates.size() && !mine.isEmpty(); ++j) {
                const auto other = reasonIndex.at(j).constFind(breach);
                if (j == i || other == reasonIndex.at(j).constEnd() || taken.at(j).at(*other)) {
                    continue;
                }
                PlanItem &taker = candidates[j].item;
                const QSet<QString> theirs = actionsFor(*taker.step, &taker.reasons.at(*other), context);
                if (theirs.contains(mine) && outranks(*taker.step, theirs, *item.step, mine)) {
                    taken[i][k] = true;
                    if (!taker.mergedSteps.contains(item.step->id)) {
                        taker.mergedSteps << item.step->id;
                    }
                    break;
                }
            }
        }
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        QList<PlanReason> &reasons = candidates[i].item.reasons;
        qsizetype kept = 0;
        for (qsizetype k = 0; k < reasons.size(); ++k) {
            if (!taken.at(i).at(k)) {
                reasons[kept++] = reasons.at(k);
            }
        }
        reasons.resize(kept);
    }
    candidates.removeIf([](const Candidate &candidate) { return candidate.item.reasons.isEmpty(); });
}

void ChecklistEngine::foldServicesNobodySaid(QList<Candidate> &candidates, QList<Candidate> ifTheyUsed, const PlanContext &context, Plan &plan) const
{
    if (context.servicesSaid) {
        return;
    }
    // Steps in the plan already need no line; the others join the candidates to be folded.
    for (const Candidate &hypothetical : std::as_const(ifTheyUsed)) {
        if (std::none_of(candidates.cbegin(), candidates.cend(), [&](const Candidate &c) { return c.item.step == hypothetical.item.step; })) {
            candidates << hypothetical;
        }
    }
    // A leak is about a service when the catalog puts it at the service (a list sold as
    // "WhatsApp users" is about WhatsApp, whatever it really is).
    const auto aboutService = [&](const PlanReason &reason, const QStringList &services) { return intersects(servicesOf(reason), services); };
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const PlanItem &item = candidates.at(i).item;
        QStringList services;
        for (const StepCondition &condition : item.step->when) {
            for (const QString &service : condition.services) {
                if (!services.contains(service)) {
                    services << service;
                }
            }
        }
        if (services.isEmpty() || intersects(services, context.uses)
            || std::any_of(item.reasons.cbegin(), item.reasons.cend(), [&](const PlanReason &reason) { return aboutService(reason, services); })) {
            continue;
        }
        const QString service = services.first();
        auto line = std::find_if(plan.ifYouUse.begin(), plan.ifYouUse.end(), [&](const IfYouUse &use) { return use.service == service; });
        if (line == plan.ifYouUse.end()) {
            plan.ifYouUse << IfYouUse{service, {}, {}};
            line = plan.ifYouUse.end() - 1;
        }
        line->stepIds << item.step->id;
        candidates.removeAt(i--);
    }
    for (IfYouUse &line : plan.ifYouUse) {
        const Service *service = m_rules.service(line.service);
        QStringList titles;
        for (const QString &id : std::as_const(line.stepIds)) {
            const ChecklistStep *step = m_rules.step(id);
            titles << (step->namesAccount ? ruleText(step->title).arg(service ? service->name : line.service) : ruleText(step->title));
        }
        //: %1 a service ("WhatsApp"), %2 the titles of its steps, separated by semicolons
        line.text = QCoreApplication::translate("ChecklistEngine", "If you use %1: %2. Say that you use it to get these steps in full.")
                        .arg(service ? service->name : line.service, titles.join(QStringLiteral("; ")));
    }
}

void ChecklistEngine::finish(Candidate &candidate, const PlanContext &context) const
{
    PlanItem &item = candidate.item;
    const ChecklistStep &step = *item.step;
    std::stable_sort(item.reasons.begin(), item.reasons.end(),
                     [](const PlanReason &a, const PlanReason &b) { return strength(a) < strength(b); });
    QStringList accounts;
    QStringList fields;
    for (const PlanReason &reason : std::as_const(item.reasons)) {
        const QString account = accountName(reason);
        if (!accounts.contains(account)) {
            accounts << account;
        }
        for (const QString &field : reason.fields) {
            if (!fields.contains(field)) {
                fields << field;
            }
        }
    }
    const QString names = joined(accounts);
    item.title = step.namesAccount ? ruleText(step.title).arg(names) : ruleText(step.title);
    candidate.fields = fields;

    // Each reason's own countries (a UK number's, an SSN's US), else the person's.
    QStringList regions;
    for (const PlanReason &reason : std::as_const(item.reasons)) {
        for (const QString &region : reason.regions) {
            if (!regions.contains(region)) {
                regions << region;
            }
        }
    }
    if (regions.isEmpty()) {
        regions = context.regions;
    }
    const auto translated = [&](const QString &text) { return step.namesAccount ? ruleText(text).arg(names) : ruleText(text); };
    QStringList withOwnText;
    for (const QString &region : std::as_const(regions)) {
        if (step.byRegion.contains(region)) {
            withOwnText << region;
        }
    }
    if (withOwnText.size() <= 1) {
        item.text = step.textFor(regions);
        for (auto it = item.text.instructions.begin(); it != item.text.instructions.end(); ++it) {
            it.value() = translated(it.value());
        }
    } else {
        // Identifiers from several countries: each country's instructions, named.
        item.text = StepText{};
        QStringList keys;
        for (const QString &region : std::as_const(withOwnText)) {
            const StepText &own = step.byRegion.value(region);
            for (auto it = own.instructions.cbegin(); it != own.instructions.cend(); ++it) {
                if (!keys.contains(it.key())) {
                    keys << it.key();
                }
            }
            for (const QString &source : own.sources) {
                if (!item.text.sources.contains(source)) {
                    item.text.sources << source;
                }
            }
            const QString reviewed = own.reviewed.isEmpty() ? step.text.reviewed : own.reviewed;
            if (item.text.reviewed.isEmpty() || (!reviewed.isEmpty() && reviewed < item.text.reviewed)) {
                item.text.reviewed = reviewed;
            }
        }
        for (const QString &key : std::as_const(keys)) {
            QStringList parts;
            for (const QString &region : std::as_const(withOwnText)) {
                const StepText &own = step.byRegion.value(region);
                const QString text = own.instructions.value(key, own.instructions.value(QStringLiteral("all")));
                if (!text.isEmpty()) {
                    //: instructions for one country among several: "%1: %2" where %1 is the country
                    parts << QCoreApplication::translate("ChecklistEngine", "%1: %2").arg(countryName(region), translated(text));
                }
            }
            item.text.instructions.insert(key, parts.join(QLatin1Char(' ')));
        }
        return;
    }
    // Sources of the person's country or of none; another country's only when nothing else is left.
    QStringList sources;
    for (const QString &source : std::as_const(item.text.sources)) {
        const QString country = m_rules.countryOfSource(source);
        if (country.isEmpty() || regions.contains(country)) {
            sources << source;
        }
    }
    if (!sources.isEmpty()) {
        item.text.sources = sources;
    }
}

QString ChecklistEngine::whyOf(const Candidate &candidate, QSet<QString> &explained) const
{
    const PlanItem &item = candidate.item;
    const ChecklistStep &step = *item.step;
    // The step's own point first, true for what leaked; then one sentence per breach, at most two.
    QString point = ruleText(step.why);
    for (const WhyVariant &variant : step.whyFor) {
        if (!candidate.fields.isEmpty()
            && std::all_of(candidate.fields.cbegin(), candidate.fields.cend(), [&](const QString &field) { return variant.fields.contains(field); })) {
            point = ruleText(variant.why);
            break;
        }
    }
    QStringList sentences;
    if (step.general) {
        sentences << QCoreApplication::translate("ChecklistEngine", "A general tip, not caused by a particular leak.");
    }
    sentences << point;
    constexpr qsizetype kReasonsNamed = 2;
    for (qsizetype k = 0; k < std::min(kReasonsNamed, item.reasons.size()); ++k) {
        const PlanReason &reason = item.reasons.at(k);
        // A possibility's facts are told once, with the first step it causes.
        const bool detailed = reason.evidence == Evidence::Possible && !explained.contains(reason.breach);
        sentences << reasonSentence(reason, detailed || reason.evidence != Evidence::Possible);
        explained.insert(reason.breach);
    }
    if (item.reasons.size() > kReasonsNamed) {
        sentences << QCoreApplication::translate("ChecklistEngine", "The same goes for %n other breach(es).", nullptr, int(item.reasons.size() - kReasonsNamed));
    }
    return sentences.join(QLatin1Char(' '));
}

Plan ChecklistEngine::build(const PlanContext &input) const
{
    Plan plan;
    plan.context = input;
    PlanContext &context = plan.context;
    // What the context gives to weigh; the caller adds what it looked up (identifiers, leak files).
    plan.coverage.services = context.uses;
    plan.coverage.reported = int(std::count_if(context.reasons.cbegin(), context.reasons.cend(),
                                               [](const PlanReason &reason) { return reason.evidence == Evidence::Reported; }));
    consolidate(context);
    QList<PlanReason> active;
    for (PlanReason &reason : context.reasons) {
        if (reason.evidence == Evidence::Possible) {
            weigh(reason, context.regions);
            if (reason.likelihood == Likelihood::Small) {
                QString text = QCoreApplication::translate("ChecklistEngine", "If you used %1: your %2 may have leaked there; %3.", nullptr, int(reason.fields.size()))
                                   .arg(reason.titleWithSameEvent(), fieldsPhrase(reason.fields), reason.likelihoodText);
                if (std::any_of(reason.fields.cbegin(), reason.fields.cend(),
                                [this](const QString &field) { return m_taxonomy.describe(field).category == QLatin1String("credentials"); })) {
                    text += QLatin1Char(' ') + QCoreApplication::translate("ChecklistEngine", "If you had an account there, change its password and sign out its other sessions.");
                }
                plan.ifYouUsed << IfYouUsed{reason, text};
                continue;
            }
        }
        active << reason;
    }

    QList<Candidate> candidates;
    // Service steps that would lead if the person used the service, when nobody said which
    // they use: they become an "if you use ..." line, never steps.
    QList<Candidate> ifTheyUsed;
    PlanContext everyService = context;
    for (const Service &service : m_rules.services()) {
        everyService.uses << service.id;
    }
    QList<const ChecklistStep *> generalSteps;
    for (const ChecklistStep &step : m_rules.steps()) {
        if (step.onlyInListedRegions && !intersects(step.byRegion.keys(), context.regions)) {
            // With no country known, say which steps that would apply were left out.
            if (context.regions.isEmpty() && !step.general && appliesToAny(step, active, context)) {
                plan.leftOutForCountry << LeftOutForCountry{step.id, ruleText(step.title), countriesOf(step)};
            }
            continue;
        }
        if (step.general) {
            generalSteps << &step;
            continue;
        }
        Candidate candidate;
        candidate.item.step = &step;
        for (const PlanReason &reason : std::as_const(active)) {
            if (!admits(step, reason)) {
                continue;
            }
            // A country's own step only for what concerns that country.
            if (step.onlyInListedRegions && !reason.regions.isEmpty() && !intersects(step.byRegion.keys(), reason.regions)) {
                continue;
            }
            QStringList matched;
            bool applies = false;
            bool flagged = false;
            for (const StepCondition &condition : step.when) {
                if (holds(condition, reason, context, &matched)) {
                    applies = true;
                    flagged = flagged || !condition.breachFlags.isEmpty();
                }
            }
            if (!applies && !context.servicesSaid && reason.isStrong() && !step.leads.isEmpty()) {
                Candidate hypothetical;
                hypothetical.item.step = &step;
                for (const StepCondition &condition : step.when) {
                    QStringList fields;
                    if (!condition.services.isEmpty() && holds(condition, reason, everyService, &fields)
                        && intersects(fields, step.leads)) {
                        hypothetical.item.reasons << reason;
                        hypothetical.item.leads = true;
                        break;
                    }
                }
                if (!hypothetical.item.reasons.isEmpty()
                    && std::none_of(ifTheyUsed.cbegin(), ifTheyUsed.cend(), [&](const Candidate &c) { return c.item.step == &step; })) {
                    ifTheyUsed << hypothetical;
                }
            }
            if (!applies) {
                continue;
            }
            PlanReason named = reason;
            named.fields = matched.isEmpty() ? reason.fields : matched;
            for (const QString &field : std::as_const(named.fields)) {
                const Severity severity = m_taxonomy.describe(field).severity;
                candidate.item.severity = std::max(candidate.item.severity, severity);
                if (reason.isStrong() && step.leads.contains(field)) {
                    candidate.item.leads = true;
                    candidate.leadSeverity = std::max(candidate.leadSeverity, severity);
                }
            }
            if (reason.isStrong() && step.leadsForFlags && flagged) {
                candidate.item.leads = true;
                candidate.leadSeverity = Severity::Critical;
            }
            candidate.item.reasons << named;
        }
        if (!candidate.item.reasons.isEmpty()) {
            candidates << candidate;
        } else if (context.regions.isEmpty() && !countriesOf(step).isEmpty() && appliesToAny(step, active, context)) {
            plan.leftOutForCountry << LeftOutForCountry{step.id, ruleText(step.title), countriesOf(step)};
        }
    }
    mergeSameActions(candidates, context);
    foldServicesNobodySaid(candidates, ifTheyUsed, context, plan);
    // A general tip only when no step of the plan does the same already.
    QSet<QString> planned;
    for (const Candidate &candidate : std::as_const(candidates)) {
        for (const PlanReason &reason : candidate.item.reasons) {
            planned.unite(actionsFor(*candidate.item.step, &reason, context));
        }
    }
    for (const ChecklistStep *step : std::as_const(generalSteps)) {
        if (!actionsFor(*step, nullptr, context).intersects(planned)) {
            Candidate candidate;
            candidate.item.step = step;
            candidates << candidate;
        }
    }
    for (Candidate &candidate : candidates) {
        finish(candidate, context);
    }

    // At most three to do first: cleaning an infected device, then the most protective step for
    // the most severe data that leaked, then other urgent steps; all from strong evidence.
    QList<Candidate *> first;
    for (Candidate &candidate : candidates) {
        const PlanItem &item = candidate.item;
        const bool strong = std::any_of(item.reasons.cbegin(), item.reasons.cend(), [](const PlanReason &reason) { return reason.isStrong(); });
        if (!item.step->general && strong && (item.leads || item.step->priority <= 1)) {
            first << &candidate;
        }
    }
    std::stable_sort(first.begin(), first.end(), [](const Candidate *a, const Candidate *b) {
        const ChecklistStep &x = *a->item.step;
        const ChecklistStep &y = *b->item.step;
        if ((x.priority == 0) != (y.priority == 0)) return x.priority == 0;
        if (a->item.leads != b->item.leads) return a->item.leads;
        if (a->leadSeverity != b->leadSeverity) return a->leadSeverity > b->leadSeverity;
        if (x.priority != y.priority) return x.priority < y.priority;
        if (a->item.severity != b->item.severity) return a->item.severity > b->item.severity;
        if (x.minutes != y.minutes) return x.minutes < y.minutes;
        return x.id < y.id;
    });
    for (qsizetype k = 0; k < std::min<qsizetype>(PlanSection::kMaxDoFirst, first.size()); ++k) {
        first.at(k)->item.doFirst = true;
    }
    for (Candidate *candidate : std::as_const(first)) {
        if (candidate->item.doFirst) {
            plan.items << candidate->item;
        }
    }
    QList<PlanItem> rest;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (!candidate.item.doFirst) {
            rest << candidate.item;
        }
    }
    std::stable_sort(rest.begin(), rest.end(), [](const PlanItem &a, const PlanItem &b) {
        if (a.step->general != b.step->general) return !a.step->general;
        // The most protective step for something that leaked, when three others came first.
        if (a.leads != b.leads) return a.leads;
        if (a.step->priority != b.step->priority) return a.step->priority < b.step->priority;
        if (a.severity != b.severity) return a.severity > b.severity;
        if (a.step->minutes != b.step->minutes) return a.step->minutes < b.step->minutes;
        return a.step->id < b.step->id;
    });
    plan.items << rest;
    QSet<QString> explained;
    for (PlanItem &item : plan.items) {
        const auto it = std::find_if(candidates.cbegin(), candidates.cend(), [&](const Candidate &c) { return c.item.step == item.step; });
        item.why = whyOf(*it, explained);
    }
    // This week: the steps to do first, then the next ones while the plan stays short enough to
    // read and finish; the first that does not fit and all after it come later.
    int steps = 0;
    int words = 0;
    for (PlanItem &item : plan.items) {
        const int itemWords = Plan::wordsOf(item, context.platforms);
        if (!item.doFirst && (steps >= PlanSection::kMaxThisWeek || words + itemWords > PlanSection::kMaxWordsThisWeek)) {
            break;
        }
        item.thisWeek = true;
        ++steps;
        words += itemWords;
    }
    return plan;
}

} // namespace BreachAdvisor
