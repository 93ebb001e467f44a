#include "PeopleModel.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;

// The people list: a name and how far they are.
class TestPeopleModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale::c()); }
    void passesTheModelTester();
    void showsProgressInWords();
};

namespace {

PersonSummary summary(qint64 id, const char *name, int steps, int finished)
{
    PersonSummary entry;
    entry.person.id = id;
    entry.person.name = QString::fromUtf8(name);
    entry.steps = steps;
    entry.finished = finished;
    return entry;
}

} // namespace

void TestPeopleModel::passesTheModelTester()
{
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPeople({summary(1, "Amira", 12, 3), summary(2, "Max", 0, 0)});
    model.setPeople({summary(2, "Max", 4, 4)});
    model.setPeople({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPeopleModel::showsProgressInWords()
{
    PeopleModel model;
    model.setPeople({summary(7, "Amira", 12, 3), summary(8, "Max", 0, 0)});
    const QModelIndex amira = model.index(0);
    QCOMPARE(amira.data(PeopleModel::NameRole).toString(), QStringLiteral("Amira"));
    QCOMPARE(amira.data(PeopleModel::ProgressRole).toString(), QStringLiteral("3 of 12 steps done"));
    QVERIFY(amira.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Amira")));
    QCOMPARE(model.index(1).data(PeopleModel::ProgressRole).toString(), QStringLiteral("No steps for now"));
    QCOMPARE(model.indexOf(8).row(), 1);
    QVERIFY(!model.indexOf(99).isValid());
    QCOMPARE(model.summary(model.indexOf(7))->person.name, QStringLiteral("Amira"));
}

QTEST_MAIN(TestPeopleModel)
#include "TestPeopleModel.moc"
