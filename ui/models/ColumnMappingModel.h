#pragma once

#include "LeakImport.h"

#include <QAbstractTableModel>

namespace BreachAdvisor::Ui {

// The columns of a leak file and what each holds, for the person to check and change
// before importing: an identifier that is looked up (phone, e-mail, username), a kind
// of data of which only "filled in or not" is kept, or nothing. Starts from the
// suggestion the importer made from the headers.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ExampleColumn, HoldsColumn, ColumnCount };
    enum Role { RoleIdRole = Qt::UserRole + 1 };

    struct Choice
    {
        QString id;    // "" (not used), "phone", "email", "username", kSiteRole, or a data class
        QString label; // for a person
    };
    // The column of web addresses whose host is kept as each login's site (LeakMappingRequest::site).
    static inline const QString kSiteRole = QStringLiteral("site");

    explicit ColumnMappingModel(QObject *parent = nullptr);

    void setPlan(const LeakImportPlan &plan);
    // What the person chose, as the importer takes it (columns by number).
    LeakMappingRequest request() const;
    bool hasIdentifierColumn() const;
    QString roleOf(int column) const;
    bool setRole(int column, const QString &roleId);
    static const QList<Choice> &choices();
    static QString labelOf(const QString &roleId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QStringList m_examples;
    QStringList m_roles; // per column, a Choice id
};

} // namespace BreachAdvisor::Ui
