#pragma once

#include "VaultSession.h"

#include <QAbstractListModel>

namespace BreachAdvisor::Ui {

// The people saved in the vault, each with how far they are ("3 of 9 steps done").
class PeopleModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PersonIdRole = Qt::UserRole + 1, NameRole, ProgressRole };

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(const QList<PersonSummary> &people);
    const PersonSummary *summary(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 personId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString progressText(int finished, int steps);

private:
    QList<PersonSummary> m_people;
};

} // namespace BreachAdvisor::Ui
