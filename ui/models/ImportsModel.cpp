#include "ImportsModel.h"

#include <QLocale>

#include <algorithm>

namespace BreachAdvisor::Ui {

ImportsModel::ImportsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportsModel::setImports(const QList<IndexStats::PerImport> &imports)
{
    beginResetModel();
    m_imports = imports;
    std::reverse(m_imports.begin(), m_imports.end());
    endResetModel();
}

const IndexStats::PerImport *ImportsModel::entry(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_imports.size() ? &m_imports.at(index.row()) : nullptr;
}

int ImportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_imports.size());
}

int ImportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case BreachColumn: return tr("Breach");
    case FileColumn: return tr("File");
    case DateColumn: return tr("Imported");
    case RecordsColumn: return tr("Records");
    case SizeColumn: return tr("Space used");
    default: return QVariant();
    }
}

QVariant ImportsModel::data(const QModelIndex &index, int role) const
{
    const IndexStats::PerImport *import = entry(index);
    if (!import) {
        return QVariant();
    }
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BreachColumn: return import->breachTitle;
        case FileColumn: return import->import.sourceName;
        case DateColumn: return locale.toString(import->import.importedAt.toLocalTime(), QLocale::ShortFormat);
        case RecordsColumn: return locale.toString(import->import.records);
        case SizeColumn: return locale.formattedDataSize(import->import.bytes);
        }
        return QVariant();
    case Qt::AccessibleTextRole:
        return tr("%1 from %2: %3 records").arg(import->breachTitle, import->import.sourceName, locale.toString(import->import.records));
    case Qt::TextAlignmentRole:
        return index.column() >= RecordsColumn ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter)) : QVariant();
    case ImportIdRole: return import->import.id;
    default: return QVariant();
    }
}

} // namespace BreachAdvisor::Ui
