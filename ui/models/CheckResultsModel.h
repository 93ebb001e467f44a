#pragma once

#include "PersonReport.h"

#include <QAbstractItemModel>

namespace BreachAdvisor::Ui {

// What a check found, as a tree: breaches found in imported leak files, breaches a
// notice named, and breaches at services the person uses ("may have leaked") — kept
// apart, in that order — each breach with its date, what of the person leaked there,
// and its size. The kind of evidence is a heading, a word and an icon, never a colour.
class CheckResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { BreachColumn, DateColumn, FieldsColumn, AccountsColumn, ColumnCount };
    enum Role { BreachNameRole = Qt::UserRole + 1, EvidenceRole };

    explicit CheckResultsModel(QObject *parent = nullptr);

    void setBreaches(const QList<FoundBreach> &breaches);
    const FoundBreach *breach(const QModelIndex &index) const;
    int breachCount() const { return int(m_breaches.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "phone number and name": data classes as a person says them.
    static QString fieldsText(const QStringList &fields);
    // What leaked, with the sites a stealer log's logins were for ("…; logins for a.com, b.com").
    static QString whatLeakedText(const FoundBreach &found);

private:
    struct Group
    {
        Evidence evidence;
        QList<qsizetype> breaches; // indexes into m_breaches
    };
    QList<FoundBreach> m_breaches;
    QList<Group> m_groups;
};

} // namespace BreachAdvisor::Ui
