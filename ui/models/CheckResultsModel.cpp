#include "CheckResultsModel.h"

#include "DataClassTaxonomy.h"
#include "UiText.h"

#include <QApplication>
#include <QFont>
#include <QLocale>

namespace BreachAdvisor::Ui {

namespace {
constexpr quintptr kGroupRow = 0;
}

CheckResultsModel::CheckResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CheckResultsModel::setBreaches(const QList<FoundBreach> &breaches)
{
    beginResetModel();
    m_breaches = breaches;
    m_groups.clear();
    for (const Evidence evidence : {Evidence::Confirmed, Evidence::Reported, Evidence::Possible}) {
        Group group{evidence, {}};
        for (qsizetype i = 0; i < m_breaches.size(); ++i) {
            if (m_breaches.at(i).evidence == evidence) {
                group.breaches << i;
            }
        }
        if (!group.breaches.isEmpty()) {
            m_groups << group;
        }
    }
    endResetModel();
}

const FoundBreach *CheckResultsModel::breach(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow) {
        return nullptr;
    }
    return &m_breaches.at(m_groups.at(qsizetype(index.internalId() - 1)).breaches.at(index.row()));
}

QString CheckResultsModel::fieldsText(const QStringList &fields)
{
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();
    QStringList phrases;
    for (const QString &field : fields) {
        phrases << taxonomy.inSentence(field);
    }
    return phrases.join(QStringLiteral(", "));
}

QString CheckResultsModel::whatLeakedText(const FoundBreach &found)
{
    constexpr qsizetype kSitesShown = 5;
    const QString fields = fieldsText(found.fields);
    if (found.sites.isEmpty()) {
        return fields;
    }
    QString sites = found.sites.mid(0, kSitesShown).join(QStringLiteral(", "));
    if (found.sites.size() > kSitesShown) {
        sites = tr("%1 and %n more", nullptr, int(found.sites.size() - kSitesShown)).arg(sites);
    }
    return tr("%1; sites of the leaked logins: %2").arg(fields, sites);
}

QModelIndex CheckResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return QModelIndex();
    }
    if (!parent.isValid()) {
        return row < m_groups.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    }
    if (parent.internalId() != kGroupRow || parent.column() != 0 || parent.row() >= m_groups.size()) {
        return QModelIndex();
    }
    return row < m_groups.at(parent.row()).breaches.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex CheckResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow) {
        return QModelIndex();
    }
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int CheckResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.internalId() == kGroupRow && parent.column() == 0) {
        return int(m_groups.at(parent.row()).breaches.size());
    }
    return 0;
}

int CheckResultsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CheckResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case BreachColumn: return tr("Breach");
    case DateColumn: return tr("When");
    case FieldsColumn: return tr("What of yours");
    case AccountsColumn: return tr("Accounts in it");
    default: return QVariant();
    }
}

QVariant CheckResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return QVariant();
    }
    if (index.internalId() == kGroupRow) {
        const Group &group = m_groups.at(index.row());
        if (index.column() != BreachColumn && role != Qt::AccessibleTextRole) {
            return QVariant(); // a heading spans its row: a reader finds it whole in every cell
        }
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: return tr("%1 (%2)").arg(UiText::evidenceHeading(group.evidence)).arg(group.breaches.size());
        case Qt::DecorationRole: return UiText::evidenceIcon(group.evidence);
        case Qt::FontRole: {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        case EvidenceRole: return int(group.evidence);
        default: return QVariant();
        }
    }
    const FoundBreach &found = *breach(index);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BreachColumn: return found.breach.title.isEmpty() ? found.breach.name : found.breach.title;
        case DateColumn: return locale.toString(found.breach.breachDate, QStringLiteral("MMM yyyy"));
        case FieldsColumn:
            return found.evidence == Evidence::Possible ? tr("may include: %1").arg(fieldsText(found.fields)) : whatLeakedText(found);
        case AccountsColumn: return found.breach.pwnCount > 0 ? locale.toString(found.breach.pwnCount) : tr("unknown");
        }
        return QVariant();
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3 (%4)")
            .arg(found.breach.title, locale.toString(found.breach.breachDate, QStringLiteral("MMMM yyyy")), whatLeakedText(found),
                 UiText::evidenceWord(found.evidence));
    case Qt::DecorationRole: return index.column() == BreachColumn ? QVariant(UiText::evidenceIcon(found.evidence)) : QVariant();
    case Qt::ToolTipRole: return found.breach.description();
    case BreachNameRole: return found.breach.name;
    case EvidenceRole: return int(found.evidence);
    default: return QVariant();
    }
}

} // namespace BreachAdvisor::Ui
