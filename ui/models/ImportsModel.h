#pragma once

#include "VaultSession.h"

#include <QAbstractTableModel>

namespace BreachAdvisor::Ui {

// The leak files imported into the vault, newest first.
class ImportsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BreachColumn, FileColumn, DateColumn, RecordsColumn, SizeColumn, ColumnCount };
    enum Role { ImportIdRole = Qt::UserRole + 1 };

    explicit ImportsModel(QObject *parent = nullptr);

    void setImports(const QList<IndexStats::PerImport> &imports);
    const IndexStats::PerImport *entry(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IndexStats::PerImport> m_imports;
};

} // namespace BreachAdvisor::Ui
