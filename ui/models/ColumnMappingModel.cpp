#include "ColumnMappingModel.h"

#include "DataClassTaxonomy.h"

namespace BreachAdvisor::Ui {

namespace {

// The kinds of data leak files commonly hold, offered first; the rest of the taxonomy follows.
const char *const kCommonClasses[] = {"Names", "Dates of birth", "Genders", "Geographic locations", "Physical addresses",
                                      "Employers", "Job titles", "Relationship statuses", "Passwords", "IP addresses",
                                      "Social media profiles", "Bios", "Profile photos"};

} // namespace

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

const QList<ColumnMappingModel::Choice> &ColumnMappingModel::choices()
{
    static const QList<Choice> all = [] {
        QList<Choice> list = {
            {QString(), tr("Not used")},
            {QStringLiteral("phone"), tr("Phone numbers (looked up)")},
            {QStringLiteral("email"), tr("E-mail addresses (looked up)")},
            {QStringLiteral("username"), tr("Usernames (looked up)")},
            {kSiteRole, tr("Web addresses (the site of each login)")},
        };
        QStringList added;
        for (const char *name : kCommonClasses) {
            list << Choice{QLatin1String(name), tr("%1 (only whether it is filled in)").arg(QLatin1String(name))};
            added << QLatin1String(name);
        }
        for (const DataClassInfo &info : DataClassTaxonomy::bundled().classes()) {
            if (!added.contains(info.name) && info.name != QLatin1String("Phone numbers") && info.name != QLatin1String("Email addresses")
                && info.name != QLatin1String("Usernames")) {
                list << Choice{info.name, tr("%1 (only whether it is filled in)").arg(info.name)};
            }
        }
        return list;
    }();
    return all;
}

QString ColumnMappingModel::labelOf(const QString &roleId)
{
    for (const Choice &choice : choices()) {
        if (choice.id == roleId) {
            return choice.label;
        }
    }
    return roleId;
}

void ColumnMappingModel::setPlan(const LeakImportPlan &plan)
{
    beginResetModel();
    m_columns = plan.columns;
    m_examples = QStringList(m_columns.size());
    m_roles = QStringList(m_columns.size());
    for (int column = 0; column < m_columns.size(); ++column) {
        for (const QStringList &row : plan.sampleRows) {
            const QString value = row.value(column).trimmed();
            if (!value.isEmpty()) {
                m_examples[column] = value.left(60);
                break;
            }
        }
    }
    for (const LeakMapping::IdentifierColumn &identifier : plan.mapping.identifiers) {
        m_roles[identifier.column] = identifierKindName(identifier.kind);
    }
    for (const LeakMapping::FieldColumns &field : plan.mapping.fields) {
        for (const int column : field.columns) {
            m_roles[column] = field.dataClass;
        }
    }
    if (plan.mapping.siteColumn >= 0 && plan.mapping.siteColumn < m_roles.size()) {
        m_roles[plan.mapping.siteColumn] = kSiteRole;
    }
    endResetModel();
}

LeakMappingRequest ColumnMappingModel::request() const
{
    LeakMappingRequest request;
    for (int column = 0; column < m_roles.size(); ++column) {
        const QString &role = m_roles.at(column);
        const QString number = QString::number(column + 1);
        if (role.isEmpty()) {
            continue;
        }
        if (role == kSiteRole) {
            request.site = number;
            continue;
        }
        if (const std::optional<IdentifierKind> kind = identifierKindFromName(role)) {
            request.identifiers << LeakMappingRequest::Identifier{*kind, number};
            continue;
        }
        auto field = std::find_if(request.fields.begin(), request.fields.end(), [&](const auto &f) { return f.dataClass == role; });
        if (field == request.fields.end()) {
            request.fields << LeakMappingRequest::Field{role, {number}};
        } else {
            field->columns << number;
        }
    }
    return request;
}

bool ColumnMappingModel::hasIdentifierColumn() const
{
    return std::any_of(m_roles.cbegin(), m_roles.cend(), [](const QString &role) { return identifierKindFromName(role).has_value(); });
}

QString ColumnMappingModel::roleOf(int column) const
{
    return m_roles.value(column);
}

bool ColumnMappingModel::setRole(int column, const QString &roleId)
{
    return setData(index(column, HoldsColumn), roleId, RoleIdRole);
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QVariant();
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    switch (section) {
    case NameColumn: return tr("Column");
    case ExampleColumn: return tr("First value");
    case HoldsColumn: return tr("Holds");
    default: return QVariant();
    }
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size()) {
        return QVariant();
    }
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return m_columns.at(row);
        case ExampleColumn: return m_examples.at(row);
        case HoldsColumn: return labelOf(m_roles.at(row));
        }
        return QVariant();
    case Qt::EditRole:
    case RoleIdRole: return index.column() == HoldsColumn ? QVariant(m_roles.at(row)) : QVariant();
    case Qt::AccessibleTextRole:
        return tr("Column %1, %2: %3").arg(row + 1).arg(m_columns.at(row), labelOf(m_roles.at(row)));
    default: return QVariant();
    }
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != HoldsColumn || (role != Qt::EditRole && role != RoleIdRole)) {
        return false;
    }
    const QString roleId = value.toString();
    const bool known = std::any_of(choices().cbegin(), choices().cend(), [&](const Choice &choice) { return choice.id == roleId; });
    if (!known) {
        return false;
    }
    if (roleId == kSiteRole) { // one column names the site
        const qsizetype previous = m_roles.indexOf(kSiteRole);
        if (previous >= 0 && previous != index.row()) {
            m_roles[previous].clear();
            const QModelIndex cleared = this->index(int(previous), HoldsColumn);
            Q_EMIT dataChanged(cleared, cleared, {Qt::DisplayRole, Qt::EditRole, RoleIdRole, Qt::AccessibleTextRole});
        }
    }
    m_roles[index.row()] = roleId;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, RoleIdRole, Qt::AccessibleTextRole});
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == HoldsColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

} // namespace BreachAdvisor::Ui
