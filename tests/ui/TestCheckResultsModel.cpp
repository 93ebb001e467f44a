#include "CheckResultsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;

// What a check found: confirmed, reported and possible breaches kept apart.
class TestCheckResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void evidenceKindsAreKeptApart();
    void stealerLogsNameTheSitesOfTheLogins();
};

namespace {

FoundBreach found(const char *title, Evidence evidence, QStringList fields)
{
    Breach breach;
    breach.name = QString::fromLatin1(title).remove(QLatin1Char(' '));
    breach.title = QString::fromLatin1(title);
    breach.breachDate = QDate(2021, 4, 3);
    breach.pwnCount = 1000;
    return FoundBreach{breach, fields, evidence, {}, {}, {}};
}

} // namespace

void TestCheckResultsModel::passesTheModelTester()
{
    CheckResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBreaches({found("Leak one", Evidence::Confirmed, {QStringLiteral("Phone numbers")}),
                       found("Shop", Evidence::Possible, {QStringLiteral("Passwords")})});
    model.setBreaches({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCheckResultsModel::evidenceKindsAreKeptApart()
{
    CheckResultsModel model;
    model.setBreaches({found("Shop", Evidence::Possible, {QStringLiteral("Passwords")}),
                       found("Leak one", Evidence::Confirmed, {QStringLiteral("Phone numbers"), QStringLiteral("Names")}),
                       found("Notice", Evidence::Reported, {QStringLiteral("Email addresses")})});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(CheckResultsModel::EvidenceRole).toInt(), int(Evidence::Confirmed));
    QCOMPARE(model.index(1, 0).data(CheckResultsModel::EvidenceRole).toInt(), int(Evidence::Reported));
    QCOMPARE(model.index(2, 0).data(CheckResultsModel::EvidenceRole).toInt(), int(Evidence::Possible));
    QVERIFY(model.index(2, 0).data().toString().startsWith(QLatin1String("May have leaked")));
    const QModelIndex leak = model.index(0, 0, model.index(0, 0));
    QCOMPARE(leak.data().toString(), QStringLiteral("Leak one"));
    // What of this person leaked, in words; a possible breach says "may include".
    QCOMPARE(model.index(0, CheckResultsModel::FieldsColumn, model.index(0, 0)).data().toString(), QStringLiteral("phone number, name"));
    QVERIFY(model.index(0, CheckResultsModel::FieldsColumn, model.index(2, 0)).data().toString().startsWith(QLatin1String("may include")));
    // An icon and a word for each kind, never a colour alone.
    QVERIFY(!leak.data(Qt::DecorationRole).isNull());
    QVERIFY(leak.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Found")));
    QCOMPARE(model.breach(leak)->breach.name, QStringLiteral("Leakone"));
    QVERIFY(!model.breach(model.index(0, 0)));
}

void TestCheckResultsModel::stealerLogsNameTheSitesOfTheLogins()
{
    FoundBreach stealer = found("Stealer log", Evidence::Confirmed, {QStringLiteral("Email addresses"), QStringLiteral("Passwords")});
    for (int i = 1; i <= 7; ++i) {
        stealer.sites << QStringLiteral("site%1.example").arg(i);
    }
    CheckResultsModel model;
    model.setBreaches({stealer});
    const QModelIndex fields = model.index(0, CheckResultsModel::FieldsColumn, model.index(0, 0));
    // Five sites by name, the rest counted.
    QCOMPARE(fields.data().toString(), QStringLiteral("e-mail address, password; sites of the leaked logins: site1.example, site2.example, "
                                                      "site3.example, site4.example, site5.example and 2 more"));
    QVERIFY(model.index(0, 0, model.index(0, 0)).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("site1.example")));
}

QTEST_MAIN(TestCheckResultsModel)
#include "TestCheckResultsModel.moc"
