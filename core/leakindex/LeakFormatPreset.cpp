#include "LeakFormatPreset.h"

#include "DataClassTaxonomy.h"
#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BreachAdvisor {

namespace {

[[noreturn]] void broken(const QString &source, const QString &problem)
{
    throw Error(ErrorKind::Internal, QCoreApplication::translate("LeakFormatPreset", "The leak file layout %1 is broken: %2").arg(source, problem));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

} // namespace

LeakFormatPreset LeakFormatPreset::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        broken(source, error.errorString());
    }
    LeakFormatPreset preset;
    preset.name = root.value(QLatin1String("name")).toString();
    preset.title = root.value(QLatin1String("title")).toString();
    preset.description = root.value(QLatin1String("description")).toString();
    preset.breach = root.value(QLatin1String("breach")).toString();
    if (preset.name.isEmpty() || preset.title.isEmpty()) {
        broken(source, QStringLiteral("no name or title"));
    }
    if (!leakFileFormatFromName(root.value(QLatin1String("format")).toString(QStringLiteral("csv")), &preset.file.format)) {
        broken(source, QStringLiteral("unknown format"));
    }
    const QString delimiter = root.value(QLatin1String("delimiter")).toString();
    if (delimiter.size() > 1 || (delimiter.size() == 1 && delimiter.at(0).unicode() > 127)) {
        broken(source, QStringLiteral("the delimiter is one ASCII character"));
    }
    preset.file.delimiter = delimiter.isEmpty() ? 0 : delimiter.at(0).toLatin1();
    preset.file.hasHeader = root.value(QLatin1String("header")).toBool(true);
    preset.file.detectHeader = false; // the layout says
    preset.file.quotes = root.value(QLatin1String("quotes")).toBool(true);
    preset.file.columnNames = stringList(root.value(QLatin1String("columns")));
    if (!preset.file.columnNames.isEmpty() && preset.file.hasHeader) {
        broken(source, QStringLiteral("named columns are for files without a header"));
    }
    preset.file.tables = stringList(root.value(QLatin1String("tables")));
    if (!preset.file.tables.isEmpty() && preset.file.format != LeakFileFormat::Sql) {
        broken(source, QStringLiteral("tables are for SQL dumps"));
    }
    preset.mapping.skipMissingColumns = root.value(QLatin1String("skip_missing_columns")).toBool(false);
    const QJsonObject inside = root.value(QLatin1String("delimiter_inside")).toObject();
    if (!inside.isEmpty()) {
        preset.file.delimiterInsideColumn = int(preset.file.columnNames.indexOf(inside.value(QLatin1String("column")).toString()));
        preset.file.delimiterInsidePattern =
            QRegularExpression(QRegularExpression::anchoredPattern(inside.value(QLatin1String("pattern")).toString()));
        if (preset.file.delimiterInsideColumn < 0 || !preset.file.delimiterInsidePattern.isValid()) {
            broken(source, QStringLiteral("delimiter_inside names no column or has a bad pattern"));
        }
    }
    const QString pattern = root.value(QLatin1String("pattern")).toString();
    if (!pattern.isEmpty()) {
        preset.file.linePattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern));
        if (!preset.file.linePattern.isValid() || preset.file.linePattern.captureCount() != preset.file.columnNames.size()) {
            broken(source, QStringLiteral("the pattern is not valid or has not one group per column"));
        }
        preset.file.linePattern.optimize();
    }
    const QJsonObject keys = root.value(QLatin1String("keys")).toObject();
    for (auto key = keys.constBegin(); key != keys.constEnd(); ++key) {
        if (!preset.file.columnNames.contains(key.value().toString())) {
            broken(source, QStringLiteral("key %1 names no column").arg(key.key()));
        }
        preset.file.blockKeys.insert(key.key().toLower(), key.value().toString().toLower());
    }
    const QString phoneFormat = root.value(QLatin1String("phone_format")).toString(QStringLiteral("auto"));
    if (!phoneFormatFromName(phoneFormat, &preset.phoneFormat)) {
        broken(source, QStringLiteral("unknown phone_format"));
    }
    const QJsonObject identifiers = root.value(QLatin1String("identifiers")).toObject();
    for (const QString &name : identifiers.keys()) {
        if (!identifierKindFromName(name)) {
            broken(source, QStringLiteral("unknown identifier kind %1").arg(name));
        }
    }
    for (IdentifierKind kind : {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Username}) {
        for (const QString &column : stringList(identifiers.value(identifierKindName(kind)))) {
            preset.mapping.identifiers << LeakMappingRequest::Identifier{kind, column};
        }
    }
    for (const QJsonValue &value : root.value(QLatin1String("fields")).toArray()) {
        const QString dataClass = value.toObject().value(QLatin1String("class")).toString();
        if (!DataClassTaxonomy::bundled().describe(dataClass).known) {
            broken(source, QStringLiteral("unknown data class %1").arg(dataClass));
        }
        preset.mapping.fields << LeakMappingRequest::Field{dataClass, stringList(value.toObject().value(QLatin1String("columns")))};
    }
    preset.mapping.site = root.value(QLatin1String("site")).toString();
    if (!preset.mapping.site.isEmpty() && !preset.file.columnNames.isEmpty() && !preset.file.columnNames.contains(preset.mapping.site)) {
        broken(source, QStringLiteral("site names no column"));
    }
    if (preset.mapping.identifiers.isEmpty()) {
        broken(source, QStringLiteral("no identifier column"));
    }
    for (const QString &column : preset.file.columnNames) {
        if (preset.file.columnNames.count(column) > 1) {
            broken(source, QStringLiteral("column %1 is named twice").arg(column));
        }
    }
    return preset;
}

const QList<LeakFormatPreset> &LeakFormatPreset::all()
{
    static const QList<LeakFormatPreset> presets = [] {
        QList<LeakFormatPreset> loaded;
        const QDir folder(QStringLiteral(":/leakformats/presets"));
        for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                broken(name, file.errorString());
            }
            loaded << fromJson(file.readAll(), name);
        }
        return loaded;
    }();
    return presets;
}

std::optional<LeakFormatPreset> LeakFormatPreset::find(const QString &name)
{
    for (const LeakFormatPreset &preset : all()) {
        if (preset.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return preset;
        }
    }
    return std::nullopt;
}

void LeakFormatPreset::applyTo(LeakImportOptions &options) const
{
    const TextEncoding encoding = options.file.encoding;
    const QStringList tables = options.file.tables; // a table named for this import wins
    options.file = file;
    if (!tables.isEmpty()) {
        options.file.tables = tables;
    }
    if (encoding != TextEncoding::Auto) {
        options.file.encoding = encoding;
    }
    options.mapping = mapping;
    if (options.phoneFormat == PhoneFormat::Auto) {
        options.phoneFormat = phoneFormat;
    }
    if (options.breach.isEmpty()) {
        options.breach = breach;
    }
    options.preset = name;
}

QString LeakFormatPreset::translatedTitle() const
{
    return QCoreApplication::translate("leakformat", title.toUtf8().constData());
}

QString LeakFormatPreset::translatedDescription() const
{
    return QCoreApplication::translate("leakformat", description.toUtf8().constData());
}

} // namespace BreachAdvisor
