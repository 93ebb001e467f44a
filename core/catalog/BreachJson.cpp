#include "BreachJson.h"

#include "DataClassTaxonomy.h"
#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace BreachAdvisor {
namespace BreachJson {

namespace {

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Offsets of the objects in the breach array, so a bad breach can be reported with
// its line: QJsonDocument keeps no positions.
QList<qsizetype> breachObjectOffsets(const QByteArray &bytes)
{
    QList<qsizetype> offsets;
    QByteArray stack;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '{':
            if (stack == "[" || stack == "{[") {
                offsets << i;
            }
            stack.append(c);
            break;
        case '[': stack.append(c); break;
        case '}':
        case ']': stack.chop(1); break;
        default: break;
        }
    }
    return offsets;
}

class RecordReader
{
public:
    RecordReader(const QJsonObject &object)
        : m_object(object)
    {
    }

    QString problem() const { return m_problem; }

    QString requiredString(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(QCoreApplication::translate("BreachJson", "%1 is missing or not text").arg(QLatin1String(key)));
            return {};
        }
        return value.toString().trimmed();
    }

    QString optionalString(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isString()) {
            fail(QCoreApplication::translate("BreachJson", "%1 is not text").arg(QLatin1String(key)));
            return {};
        }
        return value.toString();
    }

    bool optionalBool(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return false;
        }
        if (!value.isBool()) {
            fail(QCoreApplication::translate("BreachJson", "%1 is not true or false").arg(QLatin1String(key)));
        }
        return value.toBool();
    }

    qint64 optionalCount(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return 0;
        }
        const double number = value.toDouble(-1);
        // Checked as a double: converting one beyond qint64 is undefined (found by fuzz_breach_json).
        if (!value.isDouble() || !(number >= 0 && number <= 9007199254740992.0) || number != std::floor(number)) {
            fail(QCoreApplication::translate("BreachJson", "%1 is not a whole number of zero or more").arg(QLatin1String(key)));
            return 0;
        }
        return qint64(number);
    }

    QDate requiredDate(const char *key)
    {
        const QString text = requiredString(key);
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (!text.isEmpty() && !date.isValid()) {
            fail(QCoreApplication::translate("BreachJson", "%1 \"%2\" is not a date (YYYY-MM-DD)").arg(QLatin1String(key), text));
        }
        return date;
    }

    QDateTime optionalDateTime(const char *key)
    {
        const QString text = optionalString(key);
        if (text.isEmpty()) {
            return {};
        }
        QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
        if (!dateTime.isValid()) {
            fail(QCoreApplication::translate("BreachJson", "%1 \"%2\" is not a date and time (ISO 8601)").arg(QLatin1String(key), text));
        }
        return dateTime.toUTC();
    }

    QStringList stringList(const char *key, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if ((value.isUndefined() || value.isNull()) && !required) {
            return {};
        }
        if (!value.isArray()) {
            fail(QCoreApplication::translate("BreachJson", "%1 is missing or not a list").arg(QLatin1String(key)));
            return {};
        }
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(QCoreApplication::translate("BreachJson", "%1 holds an entry that is not text").arg(QLatin1String(key)));
                return {};
            }
            if (!list.contains(item.toString().trimmed())) {
                list << item.toString().trimmed();
            }
        }
        return list;
    }

private:
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty()) {
            m_problem = problem;
        }
    }

    QJsonObject m_object;
    QString m_problem;
};

Breach breachFrom(const QJsonObject &object, Breach::Origin origin, QString *problem)
{
    RecordReader reader(object);
    Breach breach;
    breach.origin = origin;
    breach.name = reader.requiredString("Name");
    breach.title = reader.optionalString("Title").trimmed();
    if (breach.title.isEmpty()) {
        breach.title = breach.name;
    }
    breach.domain = reader.optionalString("Domain").trimmed();
    breach.breachDate = reader.requiredDate("BreachDate");
    breach.addedDate = reader.optionalDateTime("AddedDate");
    breach.modifiedDate = reader.optionalDateTime("ModifiedDate");
    breach.pwnCount = reader.optionalCount("PwnCount");
    breach.dataClasses = reader.stringList("DataClasses", true);
    breach.isVerified = reader.optionalBool("IsVerified");
    breach.isFabricated = reader.optionalBool("IsFabricated");
    breach.isSensitive = reader.optionalBool("IsSensitive");
    breach.isRetired = reader.optionalBool("IsRetired");
    breach.isSpamList = reader.optionalBool("IsSpamList");
    breach.isMalware = reader.optionalBool("IsMalware");
    breach.isStealerLog = reader.optionalBool("IsStealerLog");
    breach.isSubscriptionFree = reader.optionalBool("IsSubscriptionFree");
    breach.attribution = reader.optionalString("Attribution");
    breach.disclosureUrl = reader.optionalString("DisclosureUrl");
    breach.sourceDescription = reader.optionalString("Description");
    breach.ourDescription = reader.optionalString("OurDescription");
    breach.provenanceNotes = reader.optionalString("ProvenanceNotes");
    breach.provenanceSources = reader.stringList("ProvenanceSources", false);
    breach.factsSource = reader.optionalString("Source");
    if (breach.factsSource.isEmpty() && origin == Breach::Origin::Bundled) {
        breach.factsSource = QStringLiteral("hibp"); // the bundled catalog is HIBP's facts unless marked
    }
    *problem = reader.problem();
    return breach;
}

} // namespace

CatalogFile readFile(const QString &path, Breach::Origin origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::RejectedInput,
                    QCoreApplication::translate("BreachJson", "%1: cannot read the file: %2").arg(path, file.errorString()));
    }
    return parse(file.readAll(), path, origin);
}

CatalogFile parse(const QByteArray &json, const QString &sourceName, Breach::Origin origin)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("BreachJson", "%1:%2: not valid JSON: %3")
                                                  .arg(sourceName)
                                                  .arg(lineAt(json, parseError.offset))
                                                  .arg(parseError.errorString()));
    }
    CatalogFile catalog;
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else if (document.object().value(QLatin1String("format")).toString() == QLatin1String("breach-advisor-catalog")) {
        catalog.version = document.object().value(QLatin1String("version")).toString();
        array = document.object().value(QLatin1String("breaches")).toArray();
    } else {
        throw Error(ErrorKind::RejectedInput,
                    QCoreApplication::translate("BreachJson", "%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them")
                        .arg(sourceName));
    }

    QSet<QString> seenNames;
    for (qsizetype i = 0; i < array.size(); ++i) {
        // The line is found only for an error: counting lines for every breach made
        // reading a catalog quadratic in its size.
        const auto reject = [&](const QString &problem) {
            const QList<qsizetype> offsets = breachObjectOffsets(json);
            const int line = i < offsets.size() ? lineAt(json, offsets.at(i)) : 1;
            return Error(ErrorKind::RejectedInput,
                         QCoreApplication::translate("BreachJson", "%1:%2: breach #%3: %4").arg(sourceName).arg(line).arg(i + 1).arg(problem));
        };
        if (!array.at(i).isObject()) {
            throw reject(QCoreApplication::translate("BreachJson", "not an object"));
        }
        QString problem;
        Breach breach = breachFrom(array.at(i).toObject(), origin, &problem);
        if (!problem.isEmpty()) {
            throw reject(breach.name.isEmpty() ? problem : QCoreApplication::translate("BreachJson", "\"%1\": %2").arg(breach.name, problem));
        }
        const QString key = breach.name.toCaseFolded();
        if (seenNames.contains(key)) {
            throw reject(QCoreApplication::translate("BreachJson", "the name \"%1\" appears twice").arg(breach.name));
        }
        seenNames.insert(key);
        catalog.breaches << breach;
    }
    return catalog;
}

QJsonObject toJson(const Breach &breach, const DataClassTaxonomy &taxonomy)
{
    const auto nullable = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    const auto dateTime = [](const QDateTime &value) {
        return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray classDetails;
    for (const QString &name : breach.dataClasses) {
        const DataClassInfo info = taxonomy.describe(name);
        classDetails.append(QJsonObject{{QLatin1String("name"), name},
                                        {QLatin1String("category"), info.category},
                                        {QLatin1String("severity"), DataClassTaxonomy::severityName(info.severity)},
                                        {QLatin1String("known"), info.known}});
    }
    return QJsonObject{
        {QLatin1String("Name"), breach.name},
        {QLatin1String("Title"), breach.title},
        {QLatin1String("Domain"), breach.domain},
        {QLatin1String("BreachDate"), breach.breachDate.toString(Qt::ISODate)},
        {QLatin1String("AddedDate"), dateTime(breach.addedDate)},
        {QLatin1String("ModifiedDate"), dateTime(breach.modifiedDate)},
        {QLatin1String("PwnCount"), double(breach.pwnCount)},
        {QLatin1String("DataClasses"), QJsonArray::fromStringList(breach.dataClasses)},
        {QLatin1String("IsVerified"), breach.isVerified},
        {QLatin1String("IsFabricated"), breach.isFabricated},
        {QLatin1String("IsSensitive"), breach.isSensitive},
        {QLatin1String("IsRetired"), breach.isRetired},
        {QLatin1String("IsSpamList"), breach.isSpamList},
        {QLatin1String("IsMalware"), breach.isMalware},
        {QLatin1String("IsStealerLog"), breach.isStealerLog},
        {QLatin1String("IsSubscriptionFree"), breach.isSubscriptionFree},
        {QLatin1String("Attribution"), nullable(breach.attribution)},
        {QLatin1String("DisclosureUrl"), nullable(breach.disclosureUrl)},
        {QLatin1String("Description"), nullable(breach.sourceDescription)},
        {QLatin1String("OurDescription"), nullable(breach.ourDescription)},
        {QLatin1String("Summary"), breach.ourDescription.isEmpty() ? breach.factualSummary() : breach.ourDescription},
        {QLatin1String("ProvenanceNotes"), nullable(breach.provenanceNotes)},
        {QLatin1String("ProvenanceSources"), QJsonArray::fromStringList(breach.provenanceSources)},
        {QLatin1String("Origin"), originName(breach.origin)},
        {QLatin1String("Source"), nullable(breach.factsSource)},
        {QLatin1String("DataClassDetails"), classDetails},
    };
}

} // namespace BreachJson
} // namespace BreachAdvisor
