#include "CatalogModel.h"

#include "DataClassTaxonomy.h"

#include <QLocale>

#include <algorithm>

namespace BreachAdvisor::Ui {

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CatalogModel::setBreaches(const QList<Breach> &breaches, const QHash<QString, QStringList> &services)
{
    beginResetModel();
    m_breaches = breaches;
    m_services = services;
    endResetModel();
}

const Breach *CatalogModel::breach(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_breaches.size() ? &m_breaches.at(index.row()) : nullptr;
}

QModelIndex CatalogModel::indexOf(const QString &name) const
{
    for (int row = 0; row < m_breaches.size(); ++row) {
        if (m_breaches.at(row).name == name) {
            return index(row, 0);
        }
    }
    return QModelIndex();
}

QStringList CatalogModel::dataClasses() const
{
    QStringList classes;
    for (const Breach &breach : m_breaches) {
        for (const QString &dataClass : breach.dataClasses) {
            if (!classes.contains(dataClass)) {
                classes << dataClass;
            }
        }
    }
    classes.sort(Qt::CaseInsensitive);
    return classes;
}

QList<int> CatalogModel::years() const
{
    QList<int> years;
    for (const Breach &breach : m_breaches) {
        if (breach.breachDate.isValid() && !years.contains(breach.breachDate.year())) {
            years << breach.breachDate.year();
        }
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    return years;
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_breaches.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case TitleColumn: return tr("Breach");
    case DateColumn: return tr("When");
    case AccountsColumn: return tr("Accounts");
    case LeakedColumn: return tr("What leaked");
    default: return QVariant();
    }
}

QString CatalogModel::leakedText(const Breach &breach)
{
    QString leaked = DataClassTaxonomy::bundled().displayNames(breach.dataClasses.mid(0, 4));
    if (breach.dataClasses.size() > 4) {
        leaked += tr(" and %1 more").arg(breach.dataClasses.size() - 4);
    }
    return leaked;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    const Breach *entry = breach(index);
    if (!entry) {
        return QVariant();
    }
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return entry->title.isEmpty() ? entry->name : entry->title;
        case DateColumn: return entry->breachDate.toString(Qt::ISODate);
        case AccountsColumn: return entry->pwnCount > 0 ? locale.toString(entry->pwnCount) : tr("unknown");
        case LeakedColumn: return leakedText(*entry);
        }
        return QVariant();
    case ChoiceTextRole:
        return tr("%1 · %2\n%3")
            .arg(entry->displayTitle(),
                 entry->pwnCount > 0 ? tr("%1 accounts").arg(locale.toString(entry->pwnCount)) : tr("number of accounts unknown"),
                 leakedText(*entry));
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3 accounts: %4")
            .arg(entry->title, locale.toString(entry->breachDate, QStringLiteral("MMMM yyyy")),
                 entry->pwnCount > 0 ? locale.toString(entry->pwnCount) : tr("unknown"),
                 DataClassTaxonomy::bundled().displayNames(entry->dataClasses));
    case Qt::TextAlignmentRole:
        return index.column() == AccountsColumn ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case DateColumn: return entry->breachDate;
        case AccountsColumn: return entry->pwnCount;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case BreachNameRole: return entry->name;
    case DataClassesRole: return entry->dataClasses;
    case YearRole: return entry->breachDate.isValid() ? entry->breachDate.year() : 0;
    case ServicesRole: return m_services.value(entry->name);
    default: return QVariant();
    }
}

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogModel::SortRole);
}

void CatalogFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void CatalogFilterModel::setDataClass(const QString &dataClass)
{
    m_dataClass = dataClass;
    invalidateFilter();
}

void CatalogFilterModel::setYear(int year)
{
    m_year = year;
    invalidateFilter();
}

void CatalogFilterModel::setService(const QString &serviceId)
{
    m_service = serviceId;
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *catalog = qobject_cast<const CatalogModel *>(sourceModel());
    const Breach *breach = catalog ? catalog->breach(catalog->index(sourceRow, 0, sourceParent)) : nullptr;
    if (!breach) {
        return false;
    }
    if (!m_text.isEmpty() && !breach->title.contains(m_text, Qt::CaseInsensitive) && !breach->name.contains(m_text, Qt::CaseInsensitive)
        && !breach->domain.contains(m_text, Qt::CaseInsensitive)) {
        return false;
    }
    if (!m_dataClass.isEmpty() && !breach->dataClasses.contains(m_dataClass)) {
        return false;
    }
    if (m_year != 0 && (!breach->breachDate.isValid() || breach->breachDate.year() != m_year)) {
        return false;
    }
    if (!m_service.isEmpty() && !catalog->index(sourceRow, 0).data(CatalogModel::ServicesRole).toStringList().contains(m_service)) {
        return false;
    }
    return true;
}

} // namespace BreachAdvisor::Ui
