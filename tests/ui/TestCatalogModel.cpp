#include "CatalogModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;

// The catalog table and its search and filters.
class TestCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void filtersCombine();
    void sortsDatesAndCountsAsNumbers();

private:
    static QList<Breach> breaches();
};

QList<Breach> TestCatalogModel::breaches()
{
    const auto make = [](const char *name, const char *title, QDate date, qint64 count, QStringList classes) {
        Breach breach;
        breach.name = QString::fromLatin1(name);
        breach.title = QString::fromLatin1(title);
        breach.domain = breach.name.toLower() + QStringLiteral(".example");
        breach.breachDate = date;
        breach.pwnCount = count;
        breach.dataClasses = classes;
        return breach;
    };
    return {make("Chat", "Chat app", QDate(2021, 4, 3), 533000000, {QStringLiteral("Phone numbers"), QStringLiteral("Names")}),
            make("Shop", "Web shop", QDate(2019, 1, 2), 9000, {QStringLiteral("Email addresses"), QStringLiteral("Passwords")}),
            make("Forum", "Old forum", QDate(2021, 8, 9), 120000, {QStringLiteral("Usernames"), QStringLiteral("Passwords")})};
}

void TestCatalogModel::passesTheModelTester()
{
    CatalogModel model;
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBreaches(breaches(), {{QStringLiteral("Chat"), {QStringLiteral("whatsapp")}}});
    filter.setSearchText(QStringLiteral("o"));
    filter.setYear(2021);
    filter.setYear(0);
    model.setBreaches({}, {});
    QCOMPARE(filter.rowCount(), 0);
}

void TestCatalogModel::filtersCombine()
{
    CatalogModel model;
    model.setBreaches(breaches(), {{QStringLiteral("Chat"), {QStringLiteral("whatsapp")}}});
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 3);
    filter.setDataClass(QStringLiteral("Passwords"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setYear(2021);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Old forum"));
    filter.setDataClass(QString());
    filter.setService(QStringLiteral("whatsapp"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(CatalogModel::BreachNameRole).toString(), QStringLiteral("Chat"));
    filter.setService(QString());
    filter.setYear(0);
    filter.setSearchText(QStringLiteral("shop.example")); // the domain counts too
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(model.dataClasses().size(), 5);
    QCOMPARE(model.years(), (QList<int>{2021, 2019}));
}

void TestCatalogModel::sortsDatesAndCountsAsNumbers()
{
    CatalogModel model;
    model.setBreaches(breaches(), {});
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(CatalogModel::AccountsColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Chat app"));
    QCOMPARE(filter.index(2, 0).data().toString(), QStringLiteral("Web shop")); // 9,000 sorts below 120,000
    filter.sort(CatalogModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Web shop"));
}

QTEST_MAIN(TestCatalogModel)
#include "TestCatalogModel.moc"
