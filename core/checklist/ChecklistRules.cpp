#include "ChecklistRules.h"

#include "Error.h"
#include "PhoneNumbers.h"
#include "Plan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cstdlib>

namespace BreachAdvisor {

const QStringList ChecklistRules::kCategories = {
    QStringLiteral("account-2sv"),     QStringLiteral("password"),        QStringLiteral("privacy-settings"),
    QStringLiteral("sim-protection"),  QStringLiteral("scam-awareness"),  QStringLiteral("sessions"),
    QStringLiteral("device-update"),   QStringLiteral("credit-freeze"),   QStringLiteral("bank-card"),
    QStringLiteral("identity-documents"), QStringLiteral("impersonation"), QStringLiteral("report-fraud"),
    QStringLiteral("backups-encryption"),
};
const QStringList ChecklistRules::kPlatforms = {QStringLiteral("android"), QStringLiteral("iphone"), QStringLiteral("computer")};
const QStringList ChecklistRules::kBreachFlags = {QStringLiteral("stealer_log"), QStringLiteral("spam_list"),
                                                  QStringLiteral("sensitive"), QStringLiteral("malware"),
                                                  QString::fromLatin1(PlanReason::kKnownPassword)};

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

StepText textFrom(const QJsonObject &object)
{
    StepText text;
    const QJsonObject instructions = object.value(QLatin1String("instructions")).toObject();
    for (auto it = instructions.constBegin(); it != instructions.constEnd(); ++it) {
        text.instructions.insert(it.key(), it.value().toString());
    }
    text.sources = strings(object.value(QLatin1String("sources")));
    text.reviewed = object.value(QLatin1String("reviewed")).toString();
    return text;
}

// "2026-11": a year and a month.
bool isYearMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(19|20)\\d\\d-(0[1-9]|1[0-2])$"));
    return pattern.match(text).hasMatch();
}

SourcedCount countFrom(const QJsonObject &object)
{
    return SourcedCount{qint64(object.value(QLatin1String("count")).toDouble()), object.value(QLatin1String("date")).toString(),
                        object.value(QLatin1String("source")).toString()};
}

QList<SourcedCount> countsFrom(const QJsonValue &value)
{
    QList<SourcedCount> counts;
    for (const QJsonValue &item : value.toArray()) {
        counts << countFrom(item.toObject());
    }
    return counts;
}

bool isHttps(const QString &source)
{
    const QUrl url(source);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

StepCondition conditionFrom(const QJsonObject &object)
{
    return StepCondition{strings(object.value(QLatin1String("leaked_any"))), strings(object.value(QLatin1String("leaked_all"))),
                         strings(object.value(QLatin1String("services"))), strings(object.value(QLatin1String("breach_flags"))),
                         strings(object.value(QLatin1String("regions"))), strings(object.value(QLatin1String("platforms"))),
                         strings(object.value(QLatin1String("mailbox")))};
}

} // namespace

QDate SourcedCount::approximateDate() const
{
    const QDate month = QDate::fromString(date + QStringLiteral("-15"), QStringLiteral("yyyy-MM-dd"));
    return month.isValid() ? month : QDate::fromString(date + QStringLiteral("-07-01"), QStringLiteral("yyyy-MM-dd"));
}

const SourcedCount *Service::usersAt(const QDate &date, const QString &country) const
{
    // A count from years away says little about who used the service then.
    constexpr qint64 kMaxDaysApart = 2 * 366;
    const auto byCountry = usersByCountry.constFind(country);
    if (!country.isEmpty() && byCountry == usersByCountry.constEnd()) {
        return nullptr;
    }
    const QList<SourcedCount> &list = country.isEmpty() ? users : *byCountry;
    const SourcedCount *best = nullptr;
    qint64 bestDistance = kMaxDaysApart + 1;
    for (const SourcedCount &count : list) {
        const qint64 distance = std::abs(count.approximateDate().daysTo(date));
        if (count.count > 0 && distance < bestDistance) {
            best = &count;
            bestDistance = distance;
        }
    }
    return best;
}

const StepText &ChecklistStep::textFor(const QStringList &regions) const
{
    for (const QString &region : regions) {
        const auto it = byRegion.constFind(region);
        if (it != byRegion.constEnd()) {
            return *it;
        }
    }
    return text;
}

const ChecklistRules &ChecklistRules::bundled()
{
    static const ChecklistRules rules = load(QStringLiteral(":/checklist"));
    return rules;
}

ChecklistRules ChecklistRules::load(const QString &directory)
{
    ChecklistRules rules;
    const QStringList files = QDir(directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(directory + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::Internal, QStringLiteral("Cannot read the checklist file %1").arg(file.fileName()));
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            rules.m_loadProblems << QStringLiteral("%1: not valid JSON at byte %2: %3")
                                        .arg(name)
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString());
            continue;
        }
        const QJsonObject root = document.object();
        for (const QJsonValue &value : root.value(QLatin1String("services")).toArray()) {
            const QJsonObject object = value.toObject();
            rules.m_services << Service{object.value(QLatin1String("id")).toString(), object.value(QLatin1String("name")).toString(),
                                        strings(object.value(QLatin1String("domains"))),
                                        strings(object.value(QLatin1String("breaches"))),
                                        strings(object.value(QLatin1String("mail_domains"))),
                                        countsFrom(object.value(QLatin1String("users"))), {}};
            const QJsonObject byCountry = object.value(QLatin1String("users_by_country")).toObject();
            for (auto it = byCountry.constBegin(); it != byCountry.constEnd(); ++it) {
                rules.m_services.last().usersByCountry.insert(it.key(), countsFrom(it.value()));
            }
        }
        for (const QJsonValue &value : root.value(QLatin1String("breach_facts")).toArray()) {
            const QJsonObject object = value.toObject();
            BreachFacts facts{object.value(QLatin1String("breach")).toString(), object.value(QLatin1String("about")).toString(),
                              strings(object.value(QLatin1String("about_sources"))), {},
                              object.value(QLatin1String("counted_by")).toString(), object.value(QLatin1String("resale_of")).toString(), {}};
            const QJsonObject perCountry = object.value(QLatin1String("per_country")).toObject();
            for (auto it = perCountry.constBegin(); it != perCountry.constEnd(); ++it) {
                facts.perCountry.insert(it.key(), countFrom(it.value().toObject()));
            }
            const QJsonObject fieldCounts = object.value(QLatin1String("field_counts")).toObject();
            for (auto it = fieldCounts.constBegin(); it != fieldCounts.constEnd(); ++it) {
                facts.fieldCounts.insert(it.key(), countFrom(it.value().toObject()));
            }
            rules.m_facts << facts;
        }
        const QJsonObject personalMail = root.value(QLatin1String("personal_mail")).toObject();
        for (const QString &domain : strings(personalMail.value(QLatin1String("domains")))) {
            rules.m_personalMailDomains.insert(domain.toLower());
        }
        for (const QString &brand : strings(personalMail.value(QLatin1String("brands")))) {
            rules.m_personalMailBrands.insert(brand.toLower());
        }
        const QJsonObject sourceCountries = root.value(QLatin1String("source_countries")).toObject();
        for (auto it = sourceCountries.constBegin(); it != sourceCountries.constEnd(); ++it) {
            for (const QString &ending : strings(it.value())) {
                rules.m_sourceCountries.insert(ending.toLower(), it.key());
            }
        }
        for (const QJsonValue &value : root.value(QLatin1String("no_action")).toArray()) {
            const QJsonObject object = value.toObject();
            rules.m_notes << NoActionNote{strings(object.value(QLatin1String("classes"))),
                                          object.value(QLatin1String("reason")).toString()};
        }
        for (const QJsonValue &value : root.value(QLatin1String("steps")).toArray()) {
            const QJsonObject object = value.toObject();
            ChecklistStep step;
            step.file = name;
            step.id = object.value(QLatin1String("id")).toString();
            step.category = object.value(QLatin1String("category")).toString();
            step.priority = object.value(QLatin1String("priority")).toInt(3);
            step.minutes = object.value(QLatin1String("minutes")).toInt(5);
            step.general = object.value(QLatin1String("general")).toBool(false);
            step.reopenOnNewLeak = object.value(QLatin1String("reopen_on_new_leak")).toBool(false);
            step.title = object.value(QLatin1String("title")).toString();
            step.why = object.value(QLatin1String("why")).toString();
            step.text = textFrom(object);
            step.reviewed = step.text.reviewed;
            const QJsonObject byRegion = object.value(QLatin1String("by_region")).toObject();
            for (auto it = byRegion.constBegin(); it != byRegion.constEnd(); ++it) {
                StepText text = textFrom(it.value().toObject());
                if (text.reviewed.isEmpty()) {
                    text.reviewed = step.reviewed;
                }
                step.byRegion.insert(it.key(), text);
            }
            step.onlyInListedRegions = !byRegion.isEmpty() && step.text.instructions.isEmpty();
            for (const QJsonValue &variant : object.value(QLatin1String("why_for")).toArray()) {
                step.whyFor << WhyVariant{strings(variant.toObject().value(QLatin1String("fields"))),
                                          variant.toObject().value(QLatin1String("why")).toString()};
            }
            step.does = strings(object.value(QLatin1String("does")));
            step.leads = strings(object.value(QLatin1String("leads")));
            step.leadsForFlags = object.value(QLatin1String("leads_for_flags")).toBool(false);
            step.namesAccount = object.value(QLatin1String("names_account")).toBool(false);
            const QJsonValue when = object.value(QLatin1String("when"));
            if (when.isArray()) {
                for (const QJsonValue &condition : when.toArray()) {
                    step.when << conditionFrom(condition.toObject());
                }
            } else if (when.isObject()) {
                step.when << conditionFrom(when.toObject());
            }
            rules.m_steps << step;
        }
    }
    return rules;
}

bool ChecklistRules::isPersonalMailDomain(const QString &domain) const
{
    const QString lower = domain.trimmed().toLower();
    if (m_personalMailDomains.contains(lower)) {
        return true;
    }
    for (const Service &service : m_services) {
        if (service.mailDomains.contains(lower)) {
            return true;
        }
    }
    // A brand under a country's ending: yahoo.fr, hotmail.co.uk, outlook.com.tr.
    const QStringList labels = lower.split(QLatin1Char('.'));
    if (labels.size() < 2 || labels.size() > 3 || !m_personalMailBrands.contains(labels.first())) {
        return false;
    }
    return std::all_of(labels.cbegin() + 1, labels.cend(), [](const QString &label) { return label.size() >= 2 && label.size() <= 3; });
}

const BreachFacts *ChecklistRules::factsOf(const QString &breachName) const
{
    for (const BreachFacts &facts : m_facts) {
        if (facts.breach == breachName) {
            return &facts;
        }
    }
    return nullptr;
}

QString ChecklistRules::countryOfSource(const QString &source) const
{
    // The longest known ending of the host wins: "citizensadvice.org.uk" → "org.uk"/"uk".
    QString host = QUrl(source).host().toLower();
    while (!host.isEmpty()) {
        const auto it = m_sourceCountries.constFind(host);
        if (it != m_sourceCountries.constEnd()) {
            return *it;
        }
        const qsizetype dot = host.indexOf(QLatin1Char('.'));
        host = dot < 0 ? QString() : host.mid(dot + 1);
    }
    return QString();
}

const ChecklistStep *ChecklistRules::step(const QString &id) const
{
    for (const ChecklistStep &step : m_steps) {
        if (step.id == id) {
            return &step;
        }
    }
    return nullptr;
}

const Service *ChecklistRules::service(const QString &idOrName) const
{
    for (const Service &service : m_services) {
        if (service.id.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0
            || service.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0) {
            return &service;
        }
    }
    return nullptr;
}

QStringList ChecklistRules::problems(const DataClassTaxonomy &taxonomy) const
{
    QStringList problems = m_loadProblems;
    QSet<QString> ids;
    QSet<QString> coveredClasses;
    QSet<QString> serviceIds;
    const auto checkCount = [&](const SourcedCount &count, const QString &where) {
        if (count.count <= 0 || !count.approximateDate().isValid() || !isHttps(count.source)) {
            problems << QStringLiteral("%1: a count needs a number above 0, a date (2019-09 or 2019) and an https source").arg(where);
        }
    };
    for (const Service &service : m_services) {
        if (service.id.isEmpty() || service.name.isEmpty() || serviceIds.contains(service.id)) {
            problems << QStringLiteral("service \"%1\": missing id or name, or the id is used twice").arg(service.id);
        }
        serviceIds.insert(service.id);
        for (const SourcedCount &count : service.users) {
            checkCount(count, QStringLiteral("service \"%1\" users").arg(service.id));
        }
        for (auto it = service.usersByCountry.constBegin(); it != service.usersByCountry.constEnd(); ++it) {
            if (!PhoneNumbers::isKnownRegion(it.key())) {
                problems << QStringLiteral("service \"%1\": unknown region \"%2\"").arg(service.id, it.key());
            }
            for (const SourcedCount &count : *it) {
                checkCount(count, QStringLiteral("service \"%1\" users in %2").arg(service.id, it.key()));
            }
        }
    }
    for (const BreachFacts &facts : m_facts) {
        const QString where = QStringLiteral("breach facts \"%1\"").arg(facts.breach);
        if (facts.breach.isEmpty() || (!facts.about.isEmpty() && facts.aboutSources.isEmpty())) {
            problems << QStringLiteral("%1: needs the breach's name, and sources for \"about\"").arg(where);
        }
        for (const QString &source : facts.aboutSources) {
            if (!isHttps(source)) {
                problems << QStringLiteral("%1: source \"%2\" is not an https address").arg(where, source);
            }
        }
        for (auto it = facts.perCountry.constBegin(); it != facts.perCountry.constEnd(); ++it) {
            if (!PhoneNumbers::isKnownRegion(it.key())) {
                problems << QStringLiteral("%1: unknown region \"%2\"").arg(where, it.key());
            }
            checkCount(*it, QStringLiteral("%1 in %2").arg(where, it.key()));
        }
        if (!facts.perCountry.isEmpty() && facts.countedBy != QLatin1String("seller") && facts.countedBy != QLatin1String("researchers")) {
            problems << QStringLiteral("%1: \"counted_by\" must say who counted: \"researchers\" or \"seller\"").arg(where);
        }
        if (facts.resaleOf == facts.breach) {
            problems << QStringLiteral("%1: a breach is not a resale of itself").arg(where);
        }
        for (auto it = facts.fieldCounts.constBegin(); it != facts.fieldCounts.constEnd(); ++it) {
            checkCount(*it, QStringLiteral("%1, records with %2").arg(where, it.key()));
            if (!taxonomy.isKnown(it.key())) {
                problems << QStringLiteral("%1: unknown data class \"%2\"").arg(where, it.key());
            }
        }
    }
    for (auto it = m_sourceCountries.constBegin(); it != m_sourceCountries.constEnd(); ++it) {
        if (!PhoneNumbers::isKnownRegion(it.value())) {
            problems << QStringLiteral("source_countries: unknown region \"%1\"").arg(it.value());
        }
    }
    const auto checkClasses = [&](const QStringList &classes, const QString &where) {
        for (const QString &name : classes) {
            const DataClassInfo info = taxonomy.describe(name);
            if (!info.known) {
                problems << QStringLiteral("%1: unknown data class \"%2\"").arg(where, name);
            } else if (info.name != name) {
                problems << QStringLiteral("%1: write \"%2\" as \"%3\"").arg(where, name, info.name);
            } else {
                coveredClasses.insert(info.name);
            }
        }
    };
    const auto checkText = [&](const StepText &text, const QString &where) {
        if (text.sources.isEmpty()) {
            problems << QStringLiteral("%1: no source").arg(where);
        }
        if (!text.reviewed.isEmpty() && !isYearMonth(text.reviewed)) {
            problems << QStringLiteral("%1: reviewed date \"%2\" is not a year-month like 2026-11").arg(where, text.reviewed);
        }
        for (const QString &source : text.sources) {
            if (!isHttps(source)) {
                problems << QStringLiteral("%1: source \"%2\" is not an https address").arg(where, source);
            }
        }
        for (auto it = text.instructions.constBegin(); it != text.instructions.constEnd(); ++it) {
            if (it.key() != QLatin1String("all") && !kPlatforms.contains(it.key())) {
                problems << QStringLiteral("%1: instructions for unknown platform \"%2\"").arg(where, it.key());
            }
            if (it.value().trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty instructions").arg(where);
            }
        }
    };
    for (const ChecklistStep &step : m_steps) {
        const QString where = QStringLiteral("%1: step \"%2\"").arg(step.file, step.id);
        if (step.id.isEmpty() || ids.contains(step.id)) {
            problems << QStringLiteral("%1: missing or duplicate id").arg(where);
        }
        ids.insert(step.id);
        if (!kCategories.contains(step.category)) {
            problems << QStringLiteral("%1: unknown category \"%2\"").arg(where, step.category);
        }
        if (step.priority < 0 || step.priority > 4 || step.minutes < 1) {
            problems << QStringLiteral("%1: priority is 0 to 4 and minutes at least 1").arg(where);
        }
        if (step.title.trimmed().isEmpty() || step.why.trimmed().isEmpty()) {
            problems << QStringLiteral("%1: needs a title and a why").arg(where);
        }
        if (step.when.isEmpty()) {
            problems << QStringLiteral("%1: has no \"when\": it would never be shown").arg(where);
        }
        for (const WhyVariant &variant : step.whyFor) {
            if (variant.fields.isEmpty() || variant.why.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: each why_for needs fields and a why").arg(where);
            }
            checkClasses(variant.fields, where);
        }
        checkClasses(step.leads, where);
        static const QRegularExpression action(QStringLiteral("^[a-z-]+(:[a-z0-9-]+)?$"));
        for (const QString &does : step.does) {
            if (!action.match(does).hasMatch()) {
                problems << QStringLiteral("%1: \"does\" entry \"%2\" is not a verb or verb:target in lowercase").arg(where, does);
            }
        }
        if (step.namesAccount && !step.title.contains(QLatin1String("%1"))) {
            problems << QStringLiteral("%1: names_account needs %2 in the title for the account's name").arg(where, QStringLiteral("%1"));
        }
        if (!step.onlyInListedRegions) {
            checkText(step.text, where);
        } else {
            if (!step.text.sources.isEmpty()) {
                problems << QStringLiteral("%1: sources without instructions: give both, or neither").arg(where);
            }
            if (!step.reviewed.isEmpty() && !isYearMonth(step.reviewed)) {
                problems << QStringLiteral("%1: reviewed date \"%2\" is not a year-month like 2026-11").arg(where, step.reviewed);
            }
        }
        for (auto it = step.byRegion.constBegin(); it != step.byRegion.constEnd(); ++it) {
            if (!PhoneNumbers::isKnownRegion(it.key())) {
                problems << QStringLiteral("%1: unknown region \"%2\"").arg(where, it.key());
            }
            checkText(*it, QStringLiteral("%1 in %2").arg(where, it.key()));
            if (it->instructions.isEmpty()) {
                problems << QStringLiteral("%1 in %2: no instructions").arg(where, it.key());
            }
        }
        for (const StepCondition &condition : step.when) {
            checkClasses(condition.leakedAny, where);
            checkClasses(condition.leakedAll, where);
            for (const QString &service : condition.services) {
                if (!serviceIds.contains(service)) {
                    problems << QStringLiteral("%1: unknown service \"%2\"").arg(where, service);
                }
            }
            for (const QString &region : condition.regions) {
                if (!PhoneNumbers::isKnownRegion(region)) {
                    problems << QStringLiteral("%1: unknown region \"%2\"").arg(where, region);
                }
            }
            for (const QString &platform : condition.platforms) {
                if (!kPlatforms.contains(platform)) {
                    problems << QStringLiteral("%1: unknown platform \"%2\"").arg(where, platform);
                }
            }
            for (const QString &flag : condition.breachFlags) {
                if (!kBreachFlags.contains(flag)) {
                    problems << QStringLiteral("%1: unknown breach flag \"%2\"").arg(where, flag);
                }
            }
            for (const QString &mailbox : condition.mailboxes) {
                if (mailbox != QLatin1String("work") && mailbox != QLatin1String("personal")) {
                    problems << QStringLiteral("%1: mailbox is \"work\" or \"personal\", not \"%2\"").arg(where, mailbox);
                }
            }
        }
    }
    for (const NoActionNote &note : m_notes) {
        if (note.reason.trimmed().isEmpty()) {
            problems << QStringLiteral("no-action note for %1: needs a reason").arg(note.classes.join(QStringLiteral(", ")));
        }
        checkClasses(note.classes, QStringLiteral("no-action note"));
    }
    for (const DataClassInfo &info : taxonomy.classes()) {
        if (!coveredClasses.contains(info.name)) {
            problems << QStringLiteral("data class \"%1\" leads to no step and has no no-action reason").arg(info.name);
        }
    }
    return problems;
}

QString ChecklistRules::platformName(const QString &platform)
{
    if (platform == QLatin1String("android")) return QCoreApplication::translate("ChecklistRules", "Android");
    if (platform == QLatin1String("iphone")) return QCoreApplication::translate("ChecklistRules", "iPhone");
    if (platform == QLatin1String("computer")) return QCoreApplication::translate("ChecklistRules", "Computer");
    return platform;
}

} // namespace BreachAdvisor
