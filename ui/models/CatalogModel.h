#pragma once

#include "Breach.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace BreachAdvisor::Ui {

// Every breach in the catalog: title, date, size, what leaked. Sorts by the raw values
// (dates and counts as numbers); filter with CatalogFilterModel.
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, AccountsColumn, LeakedColumn, ColumnCount };
    enum Role {
        BreachNameRole = Qt::UserRole + 1,
        DataClassesRole,
        YearRole,
        ServicesRole,
        SortRole,
        // Two lines for a list to choose from: "Abandonia (2015) · 776,125 accounts", then
        // what leaked.
        ChoiceTextRole,
    };

    explicit CatalogModel(QObject *parent = nullptr);

    // services: for each breach name, the ids of the services it is at.
    void setBreaches(const QList<Breach> &breaches, const QHash<QString, QStringList> &services);
    const Breach *breach(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &name) const;
    // For the filters: every data class and year the catalog has, sorted.
    QStringList dataClasses() const;
    QList<int> years() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // "Phone numbers, Names, ... and 3 more".
    static QString leakedText(const Breach &breach);

    QList<Breach> m_breaches;
    QHash<QString, QStringList> m_services;
};

// Search and filters over the catalog: text (title, name, domain), a data class, a
// year, a service.
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setDataClass(const QString &dataClass); // empty: any
    void setYear(int year);                      // 0: any
    void setService(const QString &serviceId);   // empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_dataClass;
    int m_year = 0;
    QString m_service;
};

} // namespace BreachAdvisor::Ui
