#include "Error.h"
#include "LeakMapping.h"
#include "TestSupport.h"

#include <QTest>

using namespace BreachAdvisor;

class TestLeakMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsColumnsFromHeaders();
    void explicitMappingByNameOrNumber();
    void mappingErrors_data();
    void mappingErrors();
};

void TestLeakMapping::detectsColumnsFromHeaders()
{
    const QStringList columns = {QStringLiteral("Phone Number"), QStringLiteral("E-mail"), QStringLiteral("first_name"),
                                 QStringLiteral("last_name"), QStringLiteral("Gender"), QStringLiteral("profile_photo"),
                                 QStringLiteral("about"), QStringLiteral("favourite_colour")};
    const LeakMapping mapping = LeakMapping::detect(columns);
    QCOMPARE(mapping.identifiers.size(), 2);
    QCOMPARE(mapping.identifiers.at(0).kind, IdentifierKind::Phone);
    QCOMPARE(mapping.identifiers.at(1).kind, IdentifierKind::Email);
    QCOMPARE(mapping.fields.size(), 4);
    QCOMPARE(mapping.fields.at(0).dataClass, QStringLiteral("Names"));
    QCOMPARE(mapping.fields.at(0).columns, (QList<int>{2, 3}));
    QCOMPARE(mapping.dataClasses(), (QStringList{QStringLiteral("Phone numbers"), QStringLiteral("Email addresses"),
                                                 QStringLiteral("Names"), QStringLiteral("Genders"),
                                                 QStringLiteral("Profile photos"), QStringLiteral("Bios")}));
    QCOMPARE(mapping.unusedColumns, QStringList{QStringLiteral("favourite_colour")});
    QVERIFY(mapping.describe(columns).last().contains(QLatin1String("favourite_colour")));
}

void TestLeakMapping::explicitMappingByNameOrNumber()
{
    const QStringList columns = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    const LeakMapping mapping = LeakMapping::fromOptions(columns, {QStringLiteral("1")}, {}, {},
                                                         {QStringLiteral("names=3,4"), QStringLiteral("Social media profiles=2")});
    QCOMPARE(mapping.identifiers.size(), 1);
    QCOMPARE(mapping.identifiers.first().column, 0);
    QCOMPARE(mapping.fields.at(0).dataClass, QStringLiteral("Names")); // canonical spelling
    QCOMPARE(mapping.fields.at(0).columns, (QList<int>{2, 3}));
    QVERIFY(mapping.unusedColumns.isEmpty());

    const QStringList named = {QStringLiteral("mobile"), QStringLiteral("who")};
    const LeakMapping byName = LeakMapping::fromOptions(named, {QStringLiteral("MOBILE")}, {}, {}, {QStringLiteral("Names=who")});
    QCOMPARE(byName.identifiers.first().column, 0);
}

void TestLeakMapping::mappingErrors_data()
{
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no such column") << QStringList{QStringLiteral("tel")} << QStringList()
                                    << QStringLiteral("--phone \"tel\": the file has no such column. Its columns are: phone, name");
    QTest::newRow("column number out of range") << QStringList{QStringLiteral("3")} << QStringList() << QStringLiteral("no such column");
    QTest::newRow("unknown data class") << QStringList{QStringLiteral("phone")} << QStringList{QStringLiteral("Nmaes=name")}
                                        << QStringLiteral("\"Nmaes\" is not a data class");
    QTest::newRow("spec without =") << QStringList{QStringLiteral("phone")} << QStringList{QStringLiteral("Names")}
                                    << QStringLiteral("write it as \"DATA CLASS=COLUMN[,COLUMN]\"");
    QTest::newRow("no identifier") << QStringList() << QStringList{QStringLiteral("Names=name")}
                                   << QStringLiteral("No phone, e-mail or username column");
}

void TestLeakMapping::mappingErrors()
{
    QFETCH(QStringList, phones);
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);
    try {
        LeakMapping::fromOptions({QStringLiteral("phone"), QStringLiteral("name")}, phones, {}, {}, fields);
        QFAIL("a bad mapping was accepted");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    }
    QCOMPARE(TestSupport::failureOf([] { LeakMapping::detect({QStringLiteral("colour"), QStringLiteral("size")}); }),
             std::optional(ErrorKind::Usage));
}

QTEST_GUILESS_MAIN(TestLeakMapping)
#include "TestLeakMapping.moc"
