#pragma once

#include "AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace BreachAdvisor::Ui {

class CatalogFilterModel;
class CatalogModel;

// The breaches the app knows: search by name, filter by what leaked, year and service,
// and read a breach's card (facts, provenance, sources).
class CatalogPage : public QWidget
{
    Q_OBJECT

public:
    CatalogPage(AppContext &context, QWidget *parent = nullptr);

    void reload();
    void clear();
    CatalogModel *model() const { return m_model; }
    CatalogFilterModel *filter() const { return m_filter; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *dataClassCombo() const { return m_dataClass; }
    QComboBox *yearCombo() const { return m_year; }
    QComboBox *serviceCombo() const { return m_service; }
    QTableView *view() const { return m_view; }
    QString cardText() const;

Q_SIGNALS:
    void loaded();
    void reportRequested(const QString &breachName); // "I was told I'm in this breach"

private:
    void showBreach(const QModelIndex &proxyIndex);
    void updateCount();

    AppContext &m_context;
    CatalogModel *m_model;
    CatalogFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_dataClass;
    QComboBox *m_year;
    QComboBox *m_service;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_card;
};

} // namespace BreachAdvisor::Ui
