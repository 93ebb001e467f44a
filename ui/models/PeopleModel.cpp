#include "PeopleModel.h"

#include "UiText.h"

namespace BreachAdvisor::Ui {

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PeopleModel::setPeople(const QList<PersonSummary> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

const PersonSummary *PeopleModel::summary(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_people.size() ? &m_people.at(index.row()) : nullptr;
}

QModelIndex PeopleModel::indexOf(qint64 personId) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).person.id == personId) {
            return index(row);
        }
    }
    return QModelIndex();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QString PeopleModel::progressText(int finished, int steps)
{
    if (steps == 0) {
        return tr("No steps for now");
    }
    return tr("%1 of %n step(s) done", nullptr, steps).arg(finished);
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    const PersonSummary *entry = summary(index);
    if (!entry) {
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1\n%2").arg(entry->person.name, progressText(entry->finished, entry->steps));
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: return QStringLiteral("%1: %2").arg(entry->person.name, progressText(entry->finished, entry->steps));
    case Qt::DecorationRole: return UiText::icon(entry->steps > 0 && entry->finished == entry->steps ? "done" : "people");
    case PersonIdRole: return entry->person.id;
    case NameRole: return entry->person.name;
    case ProgressRole: return progressText(entry->finished, entry->steps);
    default: return QVariant();
    }
}

} // namespace BreachAdvisor::Ui
