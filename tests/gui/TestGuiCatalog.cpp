#include "CatalogModel.h"
#include "CatalogPage.h"
#include "GuiTestSupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// Browsing the catalog: search, filters, the breach card.
class TestGuiCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchAndFilter();
};

void TestGuiCatalog::searchAndFilter()
{
    Fixture fixture;
    fixture.openOnEmptyVault(QStringLiteral("pass"));
    QVERIFY(fixture.unlock(QStringLiteral("pass")));
    fixture.window->showPage(MainWindow::Page::Catalog);
    CatalogPage *page = fixture.window->catalogPage();
    QVERIFY(waitFor([&] { return page->model()->rowCount() >= 956; }));
    const int all = page->filter()->rowCount();
    QCOMPARE(all, page->model()->rowCount());

    QTest::keyClicks(page->searchEdit(), QStringLiteral("linkedin"));
    const int linkedIn = page->filter()->rowCount();
    QVERIFY(linkedIn >= 2 && linkedIn < 10);
    page->yearCombo()->setCurrentIndex(page->yearCombo()->findData(2012));
    QCOMPARE(page->filter()->rowCount(), 1);
    page->view()->selectRow(0);
    QVERIFY(page->cardText().contains(QLatin1String("LinkedIn")));
    QVERIFY(page->cardText().contains(QLatin1String("Have I Been Pwned")));

    page->searchEdit()->clear();
    page->yearCombo()->setCurrentIndex(0);
    page->serviceCombo()->setCurrentIndex(page->serviceCombo()->findData(QStringLiteral("whatsapp")));
    QCOMPARE(page->filter()->rowCount(), 1);
    page->view()->selectRow(0);
    QVERIFY(page->cardText().contains(QLatin1String("Not a WhatsApp breach"))); // its provenance
    page->serviceCombo()->setCurrentIndex(0);
    page->dataClassCombo()->setCurrentIndex(page->dataClassCombo()->findData(QStringLiteral("Social security numbers")));
    QVERIFY(page->filter()->rowCount() > 0 && page->filter()->rowCount() < all);
    for (int row = 0; row < page->filter()->rowCount(); ++row) {
        QVERIFY(page->filter()->index(row, 0).data(CatalogModel::DataClassesRole).toStringList().contains(QStringLiteral("Social security numbers")));
    }
}

QTEST_MAIN(TestGuiCatalog)
#include "TestGuiCatalog.moc"
