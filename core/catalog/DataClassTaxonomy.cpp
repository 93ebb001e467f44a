#include "DataClassTaxonomy.h"

#include "Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BreachAdvisor {

namespace {

Severity severityFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("low")) return Severity::Low;
    if (name == QLatin1String("medium")) return Severity::Medium;
    if (name == QLatin1String("high")) return Severity::High;
    if (name == QLatin1String("critical")) return Severity::Critical;
    *ok = false;
    return Severity::Medium;
}

} // namespace

QString DataClassTaxonomy::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low: return QStringLiteral("low");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::High: return QStringLiteral("high");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("medium");
}

QString DataClassTaxonomy::normalizedKey(const QString &name)
{
    QString key = name.simplified().toCaseFolded();
    key.replace(QChar(0x2019), QLatin1Char('\'')); // ’ as in HIBP's "Driver’s licenses"
    key.replace(QChar(0x2018), QLatin1Char('\''));
    return key;
}

const DataClassTaxonomy &DataClassTaxonomy::bundled()
{
    static const DataClassTaxonomy taxonomy = [] {
        QFile file(QStringLiteral(":/catalog/dataclasses.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(ErrorKind::Internal, QStringLiteral("The data-class list is missing from this build."));
        }
        return fromJson(file.readAll());
    }();
    return taxonomy;
}

DataClassTaxonomy DataClassTaxonomy::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    DataClassTaxonomy taxonomy;
    for (const QJsonValue &category : root.value(QLatin1String("categories")).toArray()) {
        taxonomy.m_categories << category.toString();
    }
    for (const QJsonValue &value : root.value(QLatin1String("classes")).toArray()) {
        const QJsonObject entry = value.toObject();
        bool ok = false;
        DataClassInfo info{entry.value(QLatin1String("name")).toString(), entry.value(QLatin1String("category")).toString(),
                           severityFromName(entry.value(QLatin1String("severity")).toString(), &ok), true,
                           entry.value(QLatin1String("phrase")).toString(), entry.value(QLatin1String("country")).toString()};
        if (info.name.isEmpty() || !ok || !taxonomy.m_categories.contains(info.category) || (!info.country.isEmpty() && info.country.size() != 2)) {
            throw Error(ErrorKind::Internal, QStringLiteral("Bad data-class entry: %1").arg(info.name));
        }
        const int index = int(taxonomy.m_classes.size());
        taxonomy.m_classes << info;
        taxonomy.m_byKey.insert(normalizedKey(info.name), index);
        for (const QJsonValue &alias : entry.value(QLatin1String("aliases")).toArray()) {
            taxonomy.m_byKey.insert(normalizedKey(alias.toString()), index);
        }
    }
    return taxonomy;
}

DataClassInfo DataClassTaxonomy::describe(const QString &name) const
{
    const auto it = m_byKey.constFind(normalizedKey(name));
    if (it != m_byKey.constEnd()) {
        return m_classes.at(*it);
    }
    return DataClassInfo{name.simplified(), QStringLiteral("unknown"), Severity::Medium, false, QString(), QString()};
}

QString DataClassTaxonomy::displayName(const QString &name) const
{
    const DataClassInfo info = describe(name);
    return info.known ? QCoreApplication::translate("dataclass", info.name.toUtf8().constData()) : info.name;
}

QString DataClassTaxonomy::inSentence(const QString &name) const
{
    const DataClassInfo info = describe(name);
    if (!info.phrase.isEmpty()) {
        return QCoreApplication::translate("checklist", info.phrase.toUtf8().constData());
    }
    return QLocale().toLower(displayName(name));
}

QString DataClassTaxonomy::displayNames(const QStringList &names) const
{
    QStringList shown;
    for (const QString &name : names) {
        shown << displayName(name);
    }
    return shown.join(QStringLiteral(", "));
}

bool DataClassTaxonomy::isKnown(const QString &name) const
{
    return m_byKey.contains(normalizedKey(name));
}

} // namespace BreachAdvisor
