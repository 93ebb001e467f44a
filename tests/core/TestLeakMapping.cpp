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
    void headersInOtherLanguages_data();
    void headersInOtherLanguages();
    void dottedPathsAndLists();
    void nothingRecognizedListsTheColumns();
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

namespace {

LeakMappingRequest request(const QStringList &phones, const QStringList &fields, const QStringList &emails = {})
{
    LeakMappingRequest request;
    for (const QString &column : phones) {
        request.identifiers << LeakMappingRequest::Identifier{IdentifierKind::Phone, column};
    }
    for (const QString &column : emails) {
        request.identifiers << LeakMappingRequest::Identifier{IdentifierKind::Email, column};
    }
    for (const QString &field : fields) {
        request.fields << LeakMappingRequest::Field{field.section(QLatin1Char('='), 0, 0), field.section(QLatin1Char('='), 1).split(QLatin1Char(','))};
    }
    return request;
}

} // namespace

void TestLeakMapping::explicitMappingByNameOrNumber()
{
    const QStringList columns = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    const LeakMapping mapping = LeakMapping::fromRequest(
        columns, request({QStringLiteral("1")}, {QStringLiteral("names=3,4"), QStringLiteral("Social media profiles=2")}));
    QCOMPARE(mapping.identifiers.size(), 1);
    QCOMPARE(mapping.identifiers.first().column, 0);
    QCOMPARE(mapping.fields.at(0).dataClass, QStringLiteral("Names")); // canonical spelling
    QCOMPARE(mapping.fields.at(0).columns, (QList<int>{2, 3}));
    QVERIFY(mapping.unusedColumns.isEmpty());

    const QStringList named = {QStringLiteral("mobile"), QStringLiteral("who")};
    const LeakMapping byName = LeakMapping::fromRequest(named, request({QStringLiteral("MOBILE")}, {QStringLiteral("Names=who")}));
    QCOMPARE(byName.identifiers.first().column, 0);
    QCOMPARE(LeakMapping::columnIndex(named, QStringLiteral("2")), 1);
    QCOMPARE(LeakMapping::columnIndex(named, QStringLiteral("3")), -1);
}

void TestLeakMapping::mappingErrors_data()
{
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no such column") << QStringList{QStringLiteral("tel")} << QStringList() << QStringList()
                                    << QStringLiteral("Column \"tel\": the file has no such column. Its columns are: phone, name");
    QTest::newRow("column number out of range") << QStringList{QStringLiteral("3")} << QStringList() << QStringList()
                                                << QStringLiteral("no such column");
    QTest::newRow("unknown data class") << QStringList{QStringLiteral("phone")} << QStringList() << QStringList{QStringLiteral("Nmaes=name")}
                                        << QStringLiteral("\"Nmaes\" is not a kind of data");
    QTest::newRow("no identifier") << QStringList() << QStringList() << QStringList{QStringLiteral("Names=name")}
                                   << QStringLiteral("No column holds phone numbers, e-mail addresses or usernames");
    QTest::newRow("one column, two kinds") << QStringList{QStringLiteral("phone")} << QStringList{QStringLiteral("1")} << QStringList()
                                           << QStringLiteral("not both phone numbers and email addresses");
}

void TestLeakMapping::mappingErrors()
{
    QFETCH(QStringList, phones);
    QFETCH(QStringList, emails);
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);
    try {
        LeakMapping::fromRequest({QStringLiteral("phone"), QStringLiteral("name")}, request(phones, fields, emails));
        QFAIL("a bad mapping was accepted");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QLatin1String("--")), qPrintable(error.message())); // core names no flags
    }
    QCOMPARE(TestSupport::failureOf([] { LeakMapping::detect({QStringLiteral("colour"), QStringLiteral("size")}); }),
             std::optional(ErrorKind::Usage));
}

void TestLeakMapping::headersInOtherLanguages_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("holds");
    const QList<QPair<const char *, const char *>> cases = {
        {"Telefon", "phone"}, {"Telefonnummer", "phone"}, {"Handy", "phone"}, {"E-Mail-Adresse", "email"},
        {"téléphone", "phone"}, {"Portable", "phone"}, {"courriel", "email"}, {"teléfono", "phone"}, {"celular", "phone"},
        {"correo", "email"}, {"Correo electrónico", "email"}, {"telefono", "phone"}, {"cellulare", "phone"},
        {"رقم الهاتف", "phone"}, {"هاتف", "phone"}, {"البريد الإلكتروني", "email"}, {"телефон", "phone"}, {"Почта", "email"},
        {"Vorname", "Names"}, {"Nachname", "Names"}, {"Geburtsdatum", "Dates of birth"}, {"Straße", "Physical addresses"},
        {"E_MAIL ADRESSE", "email"}, {"Benutzername", "username"}};
    for (const auto &[header, holds] : cases) {
        QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(holds);
    }
}

void TestLeakMapping::headersInOtherLanguages()
{
    QFETCH(QString, header);
    QFETCH(QString, holds);
    // Next to a column that is surely a phone or an e-mail, so that every file has an identifier.
    const QStringList columns = {header, holds == QLatin1String("phone") ? QStringLiteral("email") : QStringLiteral("phone")};
    const LeakMapping mapping = LeakMapping::detect(columns);
    QVERIFY2(mapping.unusedColumns.isEmpty(), qPrintable(mapping.unusedColumns.join(QLatin1Char(','))));
    const std::optional<IdentifierKind> kind = identifierKindFromName(holds);
    if (kind) {
        QCOMPARE(mapping.identifiers.first().column, 0);
        QCOMPARE(mapping.identifiers.first().kind, *kind);
    } else {
        QCOMPARE(mapping.fields.first().dataClass, holds);
    }
}

void TestLeakMapping::dottedPathsAndLists()
{
    // Nested JSON, flattened by the reader: the paths' last parts say what they hold.
    const QStringList columns = {QStringLiteral("id"), QStringLiteral("phones"), QStringLiteral("user.contact.email"),
                                 QStringLiteral("user.contact.phone"), QStringLiteral("user.name")};
    const LeakMapping mapping = LeakMapping::detect(columns, {1});
    QCOMPARE(mapping.identifiers.size(), 2);
    QCOMPARE(mapping.identifiers.at(0).kind, IdentifierKind::Email);
    QCOMPARE(mapping.identifiers.at(0).column, 2);
    QCOMPARE(mapping.identifiers.at(1).kind, IdentifierKind::Phone);
    QCOMPARE(mapping.identifiers.at(1).column, 3);
    QCOMPARE(mapping.fields.first().dataClass, QStringLiteral("Names"));
    QCOMPARE(mapping.unusedColumns, (QStringList{QStringLiteral("id"), QStringLiteral("phones")})); // a list is never an identifier

    const LeakMapping named = LeakMapping::fromRequest(columns, request({QStringLiteral("user.contact.phone")}, {QStringLiteral("Names=user.name")}), {1});
    QCOMPARE(named.identifiers.first().column, 3);
    try {
        LeakMapping::fromRequest(columns, request({QStringLiteral("phones")}, {}), {1});
        QFAIL("a column of lists was taken as identifiers");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(error.message().contains(QLatin1String("\"phones\" holds lists")), qPrintable(error.message()));
    }
}

void TestLeakMapping::nothingRecognizedListsTheColumns()
{
    try {
        LeakMapping::detect({QStringLiteral("colour"), QStringLiteral("size"), QStringLiteral("Kundennr")});
        QFAIL("a mapping without identifiers was made");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::Usage);
        QVERIFY2(error.message().endsWith(QLatin1String("Its columns are: colour, size, Kundennr")), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestLeakMapping)
#include "TestLeakMapping.moc"
