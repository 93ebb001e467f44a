#pragma once

#include "Plan.h"

#include <QAbstractItemModel>

namespace BreachAdvisor::Ui {

// A person's plan as a tree: sections ("Do these first", "This week", "Later" and "Set aside"
// for skipped and not-applicable steps, which stay reachable there) with their steps.
// Columns: the step, its status in words, the minutes it takes.
class PlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, StatusColumn, MinutesColumn, ColumnCount };
    enum Role { StepIdRole = Qt::UserRole + 1, StatusRole, IsFirstRole, IsSectionRole };

    explicit PlanModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }
    // The plan item behind a step row; null for a section row.
    const PlanItem *item(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &stepId) const;
    // The step to do first (highlighted), or an invalid index when all are done.
    QModelIndex firstOpenIndex() const;
    // The section rows shown collapsed at first: "Later".
    QList<QModelIndex> collapsedSections() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Section
    {
        QString title;
        QList<qsizetype> items; // indexes into m_plan.items
        int finished = 0;
        bool collapsed = false; // "Later": out of the way until the first part is done
    };
    QVariant sectionData(const Section &section, int column, int role) const;
    QVariant itemData(qsizetype itemIndex, int column, int role) const;

    Plan m_plan;
    QList<Section> m_sections;
    const PlanItem *m_first = nullptr;
};

} // namespace BreachAdvisor::Ui
