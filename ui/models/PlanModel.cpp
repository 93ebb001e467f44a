#include "PlanModel.h"

#include "UiText.h"

#include <QApplication>
#include <QFont>

namespace BreachAdvisor::Ui {

namespace {
constexpr quintptr kSectionRow = 0; // internal id of a section row; a step row holds its section + 1
}

PlanModel::PlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PlanModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_sections.clear();
    Section setAside{tr("Set aside"), {}, 0, false};
    for (const PlanSection &section : m_plan.sections()) {
        Section shown{section.title(), {}, 0, section.kind == PlanSection::Kind::Later};
        for (const qsizetype index : section.items) {
            const PlanItem &item = m_plan.items.at(index);
            Section &target = item.isSetAside() ? setAside : shown;
            target.items << index;
            target.finished += item.isFinished() ? 1 : 0;
        }
        if (!shown.items.isEmpty()) {
            m_sections << shown;
        }
    }
    if (!setAside.items.isEmpty()) {
        m_sections << setAside;
    }
    m_first = m_plan.firstOpen();
    endResetModel();
}

const PlanItem *PlanModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionRow) {
        return nullptr;
    }
    const Section &section = m_sections.at(qsizetype(index.internalId() - 1));
    return &m_plan.items.at(section.items.at(index.row()));
}

QModelIndex PlanModel::indexOf(const QString &stepId) const
{
    for (int s = 0; s < m_sections.size(); ++s) {
        for (int row = 0; row < m_sections.at(s).items.size(); ++row) {
            if (m_plan.items.at(m_sections.at(s).items.at(row)).step->id == stepId) {
                return createIndex(row, 0, quintptr(s + 1));
            }
        }
    }
    return QModelIndex();
}

QModelIndex PlanModel::firstOpenIndex() const
{
    return m_first ? indexOf(m_first->step->id) : QModelIndex();
}

QList<QModelIndex> PlanModel::collapsedSections() const
{
    QList<QModelIndex> rows;
    for (int s = 0; s < m_sections.size(); ++s) {
        if (m_sections.at(s).collapsed) {
            rows << index(s, 0);
        }
    }
    return rows;
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return QModelIndex();
    }
    if (!parent.isValid()) {
        return row < m_sections.size() ? createIndex(row, column, kSectionRow) : QModelIndex();
    }
    if (parent.internalId() != kSectionRow || parent.column() != 0 || parent.row() >= m_sections.size()) {
        return QModelIndex();
    }
    return row < m_sections.at(parent.row()).items.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow) {
        return QModelIndex();
    }
    return createIndex(int(child.internalId() - 1), 0, kSectionRow);
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_sections.size());
    }
    if (parent.internalId() == kSectionRow && parent.column() == 0) {
        return int(m_sections.at(parent.row()).items.size());
    }
    return 0;
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case StepColumn: return tr("Step");
    case StatusColumn: return tr("Status");
    case MinutesColumn: return tr("Time");
    default: return QVariant();
    }
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return QVariant();
    }
    if (index.internalId() == kSectionRow) {
        return sectionData(m_sections.at(index.row()), index.column(), role);
    }
    const Section &section = m_sections.at(qsizetype(index.internalId() - 1));
    return itemData(section.items.at(index.row()), index.column(), role);
}

QVariant PlanModel::sectionData(const Section &section, int column, int role) const
{
    if (role == IsSectionRole) {
        return true;
    }
    if (role == Qt::FontRole) {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    if (role == Qt::AccessibleTextRole) {
        // Every cell of the heading's row reads whole: a reader has no empty cell to announce.
        return tr("%1: %2 of %3 done").arg(section.title).arg(section.finished).arg(section.items.size());
    }
    if (role != Qt::DisplayRole) {
        return QVariant();
    }
    if (column == StepColumn) {
        return section.title;
    }
    if (column == StatusColumn) {
        return tr("%1 of %2 done").arg(section.finished).arg(section.items.size());
    }
    return QVariant();
}

QVariant PlanModel::itemData(qsizetype itemIndex, int column, int role) const
{
    const PlanItem &item = m_plan.items.at(itemIndex);
    const bool first = &item == m_first;
    switch (role) {
    case Qt::DisplayRole:
        if (column == StepColumn) return first ? tr("%1 (start here)").arg(item.title) : item.title;
        if (column == StatusColumn) return UiText::statusWord(item.status);
        if (column == MinutesColumn) return tr("%n min", nullptr, item.step->minutes);
        return QVariant();
    case Qt::AccessibleTextRole:
        return tr("%1. %2, about %3 minutes%4")
            .arg(item.title, UiText::statusWord(item.status))
            .arg(item.step->minutes)
            .arg(first ? tr(", start here") : QString());
    case Qt::DecorationRole: return column == StatusColumn ? QVariant(UiText::statusIcon(item.status)) : QVariant();
    case Qt::FontRole:
        if (first) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole: return item.reasons.isEmpty() ? QVariant() : QVariant(item.why);
    case StepIdRole: return item.step->id;
    case StatusRole: return int(item.status);
    case IsFirstRole: return first;
    case IsSectionRole: return false;
    default: return QVariant();
    }
}

} // namespace BreachAdvisor::Ui
