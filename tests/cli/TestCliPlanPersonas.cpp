#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace BreachAdvisor;
using TestSupport::CliRun;

// Plans for the people of the second round of personas, through the real command line on a
// real vault: the country each identifier calls for (an SSN is American, a UK number
// British), steps left out for want of a country named, a help desk's batch as one plan per
// client, password reuse among the first steps, a check that could check nothing never
// called "nothing found", and JSON a script can follow (which identifier each reason is
// about, each item's section, one object a line in the shell).
class TestCliPlanPersonas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usPersonWhoseSsnLeakedWithNoCountrySet();
    void stepsLeftOutForWantOfACountryAreNamed();
    void ukNumberAndUsEmailGetEachTheirCountrysSteps();
    void helpDeskBatchIsOnePlanPerClient();
    void helpDeskBatchInWords();
    void leakedPasswordPutsReuseBeforeTwoStepVerification();
    void nothingImportedAndNoServiceIsNotNothingFound();
    void everyIdentifierInvalidIsNotNothingFound();
    void aNamedServiceMakesTheCheckCount();
    void aSellersClaimIsNeverLikely();
    void aResaleIsOneEventAndRareFieldsAreNotCountedAsLeaked();
    void reasonsNameTheirIdentifiersMaskedAndItemsTheirSection();
    void shellPrintsOneJsonObjectALine();
    void everyPlanFitsInAWeek_data();
    void everyPlanFitsInAWeek();
    void servicesNobodySaidAreOneLine();
    void aWorkAddressGoesToItsItDepartment();

private:
    CliRun cli(const QString &vault, const QStringList &arguments, const QByteArray &input = {});
    QJsonObject checkJson(const QString &vault, const QStringList &arguments, int expectedExit = 0);
    static QJsonObject item(const QJsonObject &check, const QString &stepId);
    static QStringList ids(const QJsonObject &check);

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_vault;      // leak files imported
    QString m_emptyVault; // nothing imported
    QString m_passphraseFile;
};

void TestCliPlanPersonas::initTestCase()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_vault = m_temp->filePath(QStringLiteral("vault"));
    m_emptyVault = m_temp->filePath(QStringLiteral("empty"));
    m_passphraseFile = m_temp->filePath(QStringLiteral("passphrase.txt"));
    TestSupport::writeFile(m_passphraseFile, "correct horse battery\n");
    for (const QString &vault : {m_vault, m_emptyVault}) {
        QCOMPARE(cli(vault, {QStringLiteral("init"), QStringLiteral("--kdf-strength"), QStringLiteral("interactive")}).exitCode, 0);
    }
    // A tax preparer's breach with Social Security numbers and passwords, and a shop's with
    // names, birth dates, addresses and phone numbers: fictional, like their people.
    const auto addBreach = [&](const QString &name, const QString &classes) {
        const CliRun run = cli(m_vault, {QStringLiteral("catalog"), QStringLiteral("add"), QStringLiteral("--name"), name, QStringLiteral("--title"), name,
                                         QStringLiteral("--date"), QStringLiteral("2025-02-01"), QStringLiteral("--classes"), classes,
                                         QStringLiteral("--count"), QStringLiteral("50000")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    };
    addBreach(QStringLiteral("DemoTaxPrep2025"), QStringLiteral("Names;Email addresses;Social security numbers;Dates of birth;Passwords"));
    addBreach(QStringLiteral("DemoShop2025"), QStringLiteral("Names;Email addresses;Dates of birth;Physical addresses;Phone numbers"));
    const QString tax = m_temp->filePath(QStringLiteral("tax.csv"));
    TestSupport::writeFile(tax, "email,name,ssn,dob,password\n"
                                "sam@example.org,Sam Doe,123-45-6789,1980-01-01,hunter2\n"
                                "ana@example.org,Ana Diaz,123-45-6790,1981-01-01,letmein\n");
    CliRun run = cli(m_vault, {QStringLiteral("import"), tax, QStringLiteral("--breach"), QStringLiteral("DemoTaxPrep2025"), QStringLiteral("--email"),
                               QStringLiteral("email"), QStringLiteral("--field"), QStringLiteral("Names=name"), QStringLiteral("--field"),
                               QStringLiteral("Social security numbers=ssn"), QStringLiteral("--field"), QStringLiteral("Dates of birth=dob"),
                               QStringLiteral("--field"), QStringLiteral("Passwords=password")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString shop = m_temp->filePath(QStringLiteral("shop.csv"));
    TestSupport::writeFile(shop, "email,name,dob,address,phone\n"
                                 "kim@example.org,Kim Lee,1970-02-02,1 High Street,+447400123457\n"
                                 "lou@example.org,Lou Park,1971-03-03,2 Main Street,+12025550143\n");
    run = cli(m_vault, {QStringLiteral("import"), shop, QStringLiteral("--breach"), QStringLiteral("DemoShop2025"), QStringLiteral("--email"),
                        QStringLiteral("email"), QStringLiteral("--phone"), QStringLiteral("phone"), QStringLiteral("--field"),
                        QStringLiteral("Names=name"), QStringLiteral("--field"), QStringLiteral("Dates of birth=dob"), QStringLiteral("--field"),
                        QStringLiteral("Physical addresses=address")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // A forum's leak of e-mail addresses and passwords: a small office's work address (its
    // mail on Microsoft 365), a Gmail address and a Yahoo France one.
    addBreach(QStringLiteral("DemoForum2025"), QStringLiteral("Email addresses;Passwords;Usernames"));
    const QString forum = m_temp->filePath(QStringLiteral("forum.csv"));
    TestSupport::writeFile(forum, "email,password\n"
                                  "dana@smalloffice.example,Spring2025!\n"
                                  "eli@gmail.com,qwerty12\n"
                                  "flo@yahoo.fr,soleil75\n");
    run = cli(m_vault, {QStringLiteral("import"), forum, QStringLiteral("--breach"), QStringLiteral("DemoForum2025"), QStringLiteral("--email"),
                        QStringLiteral("email"), QStringLiteral("--field"), QStringLiteral("Passwords=password")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // A number in the 2022 "WhatsApp" list, which re-sold the 2021 scrape.
    const QString list = m_temp->filePath(QStringLiteral("list.csv"));
    TestSupport::writeFile(list, "phone\n+393331234567\n");
    run = cli(m_vault, {QStringLiteral("import"), list, QStringLiteral("--breach"), QStringLiteral("WhatsAppNumberList2022"), QStringLiteral("--phone"),
                        QStringLiteral("phone")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

CliRun TestCliPlanPersonas::cli(const QString &vault, const QStringList &arguments, const QByteArray &input)
{
    const QHash<QString, QString> english{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}, {QStringLiteral("LC_ALL"), QString()}};
    return TestSupport::runCli(QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--passphrase-file"), m_passphraseFile} + arguments, english, input);
}

QJsonObject TestCliPlanPersonas::checkJson(const QString &vault, const QStringList &arguments, int expectedExit)
{
    const CliRun run = cli(vault, QStringList{QStringLiteral("check"), QStringLiteral("--json")} + arguments);
    if (run.exitCode != expectedExit) {
        qWarning() << "exit" << run.exitCode << run.err;
    }
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    if (error.error != QJsonParseError::NoError || run.exitCode != expectedExit) {
        return {};
    }
    return json;
}

QJsonObject TestCliPlanPersonas::item(const QJsonObject &check, const QString &stepId)
{
    for (const QJsonValue &value : check.value(QLatin1String("plan")).toArray()) {
        if (value.toObject().value(QLatin1String("id")).toString() == stepId) {
            return value.toObject();
        }
    }
    return {};
}

QStringList TestCliPlanPersonas::ids(const QJsonObject &check)
{
    QStringList list;
    for (const QJsonValue &value : check.value(QLatin1String("plan")).toArray()) {
        list << value.toObject().value(QLatin1String("id")).toString();
    }
    return list;
}

// Persona: a US taxpayer whose tax preparer leaked their SSN; they never said their country.
void TestCliPlanPersonas::usPersonWhoseSsnLeakedWithNoCountrySet()
{
    const QJsonObject check = checkJson(m_vault, {QStringLiteral("--email"), QStringLiteral("sam@example.org")});
    QVERIFY(!check.isEmpty());
    const QStringList planned = ids(check);
    for (const char *step : {"credit-freeze", "irs-identity-protection-pin", "check-credit-reports"}) {
        QVERIFY2(planned.contains(QLatin1String(step)), qPrintable(QStringLiteral("%1 missing from %2").arg(QLatin1String(step), planned.join(QLatin1Char(' ')))));
    }
    QVERIFY(check.value(QLatin1String("regions")).toArray().contains(QStringLiteral("US")));
    QVERIFY(check.value(QLatin1String("missing_country")).toArray().isEmpty());
    // The freeze is the most protective step for an SSN: this week, right after the first three.
    QCOMPARE(item(check, QStringLiteral("credit-freeze")).value(QLatin1String("section")).toString(), QStringLiteral("this_week"));
    // The freeze is the American one: the bureaus by name.
    QVERIFY(item(check, QStringLiteral("credit-freeze")).value(QLatin1String("instructions")).toObject().value(QLatin1String("computer")).toString().contains(QLatin1String("Equifax")));
}

// Persona: someone whose name, birth date and address leaked, who gave only an e-mail address.
void TestCliPlanPersonas::stepsLeftOutForWantOfACountryAreNamed()
{
    const CliRun run = cli(m_vault, {QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("kim@example.org")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("Left out because no country is known: Freeze your credit or add a fraud alert"), run.err.constData());
    QVERIFY2(run.err.contains("--region CC"), run.err.constData());
    QVERIFY(!run.out.contains("[credit-freeze]"));

    const QJsonObject check = checkJson(m_vault, {QStringLiteral("--email"), QStringLiteral("kim@example.org")});
    QStringList leftOut;
    QJsonArray freezeCountries;
    for (const QJsonValue &value : check.value(QLatin1String("missing_country")).toArray()) {
        leftOut << value.toObject().value(QLatin1String("id")).toString();
        if (leftOut.last() == QLatin1String("credit-freeze")) {
            freezeCountries = value.toObject().value(QLatin1String("countries")).toArray();
        }
    }
    QVERIFY2(leftOut.contains(QLatin1String("credit-freeze")), qPrintable(leftOut.join(QLatin1Char(' '))));
    QVERIFY(freezeCountries.contains(QStringLiteral("GB")) && freezeCountries.contains(QStringLiteral("US")));

    // Given the country, the step is there and nothing is said to be left out.
    const QJsonObject withCountry = checkJson(m_vault, {QStringLiteral("--email"), QStringLiteral("kim@example.org"), QStringLiteral("--region"), QStringLiteral("GB")});
    QVERIFY(ids(withCountry).contains(QLatin1String("credit-freeze")));
    QVERIFY(withCountry.value(QLatin1String("missing_country")).toArray().isEmpty());
    // A person found nowhere has nothing left out either: no step would apply.
    const QJsonObject nowhere = checkJson(m_vault, {QStringLiteral("--email"), QStringLiteral("nobody@example.org")});
    QVERIFY(nowhere.value(QLatin1String("missing_country")).toArray().isEmpty());
}

// Persona: a British number in the leak, living in the US with a US e-mail.
void TestCliPlanPersonas::ukNumberAndUsEmailGetEachTheirCountrysSteps()
{
    const QJsonObject check = checkJson(m_vault, {QStringLiteral("--phone"), QStringLiteral("+44 7400 123457"), QStringLiteral("--email"),
                                                  QStringLiteral("kim@example.org"), QStringLiteral("--region"), QStringLiteral("US")});
    QVERIFY(!check.isEmpty());
    const QString freeze = item(check, QStringLiteral("credit-freeze")).value(QLatin1String("instructions")).toObject().value(QLatin1String("computer")).toString();
    QVERIFY2(freeze.contains(QLatin1String("United Kingdom: ")) && freeze.contains(QLatin1String("United States: ")), qPrintable(freeze));
    QVERIFY2(freeze.contains(QLatin1String("Cifas")) && freeze.contains(QLatin1String("Equifax")), qPrintable(freeze));
    const QJsonArray reasons = item(check, QStringLiteral("sim-port-out-lock")).value(QLatin1String("reasons")).toArray();
    QVERIFY(!reasons.isEmpty());
    const QJsonArray regions = reasons.first().toObject().value(QLatin1String("regions")).toArray();
    QVERIFY(regions.contains(QStringLiteral("GB")) && regions.contains(QStringLiteral("US")));

    // The same number alone: British steps only.
    const QJsonObject numberOnly = checkJson(m_vault, {QStringLiteral("--phone"), QStringLiteral("+44 7400 123457")});
    const QString lock = item(numberOnly, QStringLiteral("sim-port-out-lock")).value(QLatin1String("instructions")).toObject().value(QLatin1String("computer")).toString();
    QVERIFY2(lock.contains(QLatin1String("EE, O2")) && !lock.contains(QLatin1String("T-Mobile")), qPrintable(lock));
}

// Persona: a help desk with a list of clients, one a line.
void TestCliPlanPersonas::helpDeskBatchIsOnePlanPerClient()
{
    const QString clients = m_temp->filePath(QStringLiteral("clients.txt"));
    TestSupport::writeFile(clients, "# clients of the week\n"
                                    "sam@example.org, +1 202 555 0199\n"
                                    "\n"
                                    " , \n"
                                    "kim@example.org\t+44 7400 123457\n"
                                    "nobody@example.org\n");
    const CliRun run = cli(m_vault, {QStringLiteral("check"), QStringLiteral("--from"), clients, QStringLiteral("--each-line"), QStringLiteral("--json"),
                                     QStringLiteral("--mask")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("line 4: no identifier on it"), run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QList<int> expectedLines{2, 5, 6};
    const QList<int> expectedIdentifiers{2, 2, 1};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QLatin1String("line")).toInt(), expectedLines.at(i));
        QCOMPARE(object.value(QLatin1String("identifiers")).toArray().size(), expectedIdentifiers.at(i));
        QVERIFY(object.contains(QLatin1String("plan")) && object.contains(QLatin1String("language")));
    }
    // Each client has their own plan: Sam's SSN steps are not Kim's.
    const QJsonObject sam = QJsonDocument::fromJson(lines.at(0)).object();
    const QJsonObject kim = QJsonDocument::fromJson(lines.at(1)).object();
    QVERIFY(ids(sam).contains(QLatin1String("irs-identity-protection-pin")));
    QVERIFY(!ids(kim).contains(QLatin1String("irs-identity-protection-pin")));
    QVERIFY(ids(kim).contains(QLatin1String("sim-port-out-lock")));
    QVERIFY2(!run.out.contains("sam@example.org") && !run.out.contains("kim@example.org"), "--mask holds for every line");

    // Without --each-line, the same file is one person (a line each identifier), as before.
    const QJsonObject merged = checkJson(m_vault, {QStringLiteral("--from"), clients});
    QVERIFY(merged.value(QLatin1String("identifiers")).toArray().size() > 1);
    QVERIFY(!merged.contains(QLatin1String("line")));
}

void TestCliPlanPersonas::helpDeskBatchInWords()
{
    const QString clients = m_temp->filePath(QStringLiteral("two-clients.txt"));
    TestSupport::writeFile(clients, "sam@example.org\nnobody@example.org\n");
    const CliRun run = cli(m_vault, {QStringLiteral("check"), QStringLiteral("--from"), clients, QStringLiteral("--each-line")});
    QCOMPARE(run.exitCode, 0);
    const QByteArray out = run.out;
    QVERIFY2(out.indexOf("Line 1") >= 0 && out.indexOf("Line 2") > out.indexOf("Line 1"), out.constData());
    QVERIFY(out.indexOf("[irs-identity-protection-pin]") < out.indexOf("Line 2"));

    // A file with no identifier at all checks nothing.
    const QString blank = m_temp->filePath(QStringLiteral("blank.txt"));
    TestSupport::writeFile(blank, "# nobody yet\n\n");
    const CliRun none = cli(m_vault, {QStringLiteral("check"), QStringLiteral("--from"), blank, QStringLiteral("--each-line")});
    QCOMPARE(none.exitCode, 5);
    QVERIFY2(none.err.contains("nothing was checked"), none.err.constData());
    // --each-line reads one file, not identifiers on the command line.
    QCOMPARE(cli(m_vault, {QStringLiteral("check"), QStringLiteral("--each-line"), QStringLiteral("--email"), QStringLiteral("a@example.org")}).exitCode, 2);
}

// Persona: a person whose password leaked and who, like most, used it elsewhere too.
void TestCliPlanPersonas::leakedPasswordPutsReuseBeforeTwoStepVerification()
{
    const QJsonObject check = checkJson(m_vault, {QStringLiteral("--email"), QStringLiteral("ana@example.org"), QStringLiteral("--uses"), QStringLiteral("WhatsApp"),
                                                  QStringLiteral("--region"), QStringLiteral("US")});
    const QJsonArray plan = check.value(QLatin1String("plan")).toArray();
    qsizetype reuse = -1;
    qsizetype firstTwoStep = -1;
    int doFirst = 0;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const QJsonObject step = plan.at(i).toObject();
        doFirst += step.value(QLatin1String("do_first")).toBool() ? 1 : 0;
        if (step.value(QLatin1String("id")).toString() == QLatin1String("change-reused-passwords")) {
            reuse = i;
            QVERIFY(step.value(QLatin1String("do_first")).toBool());
            QCOMPARE(step.value(QLatin1String("section")).toString(), QStringLiteral("do_first"));
        }
        if (firstTwoStep < 0 && step.value(QLatin1String("category")).toString() == QLatin1String("account-2sv")) {
            firstTwoStep = i;
        }
    }
    QVERIFY(reuse >= 0);
    QVERIFY(firstTwoStep < 0 || reuse < firstTwoStep);
    QVERIFY(doFirst <= 3);
}

// Persona: a first-time user who checks before importing anything and names no service.
void TestCliPlanPersonas::nothingImportedAndNoServiceIsNotNothingFound()
{
    const CliRun run = cli(m_emptyVault, {QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("sam@example.org")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.out.contains("Nothing could be checked"), run.out.constData());
    QVERIFY2(run.out.contains("No service was named"), run.out.constData());
    QVERIFY2(!run.out.contains("  not found"), run.out.constData());
    QVERIFY2(!run.out.contains("Nothing of yours was found"), run.out.constData());

    const QJsonObject check = checkJson(m_emptyVault, {QStringLiteral("--email"), QStringLiteral("sam@example.org")}, 5);
    QVERIFY(check.value(QLatin1String("nothing_checked")).toBool());
    const QJsonObject checked = check.value(QLatin1String("checked")).toObject();
    QCOMPARE(checked.value(QLatin1String("leak_files")).toInt(), 0);
    QCOMPARE(checked.value(QLatin1String("checkable")).toInt(), 1);
    QVERIFY(!checked.value(QLatin1String("not_checked")).toArray().isEmpty());
}

// Persona: a relative's details typed in a hurry, none of them usable.
void TestCliPlanPersonas::everyIdentifierInvalidIsNotNothingFound()
{
    const QJsonObject check = checkJson(m_vault, {QStringLiteral("--phone"), QStringLiteral("12"), QStringLiteral("--email"), QStringLiteral("not-an-address@")}, 5);
    QVERIFY(check.value(QLatin1String("nothing_checked")).toBool());
    QCOMPARE(check.value(QLatin1String("checked")).toObject().value(QLatin1String("checkable")).toInt(), 0);
    QVERIFY(check.value(QLatin1String("checked")).toObject().value(QLatin1String("leak_files")).toInt() > 0);
}

// Persona: a WhatsApp user with nothing imported: the service's breaches are weighed, so the
// check did check something.
void TestCliPlanPersonas::aNamedServiceMakesTheCheckCount()
{
    const QJsonObject check = checkJson(m_emptyVault, {QStringLiteral("--phone"), QStringLiteral("+20 100 123 4567"), QStringLiteral("--uses"), QStringLiteral("WhatsApp")});
    QVERIFY(!check.isEmpty());
    QVERIFY(!check.value(QLatin1String("nothing_checked")).toBool());
    QVERIFY(check.value(QLatin1String("checked")).toObject().value(QLatin1String("services")).toArray().contains(QStringLiteral("whatsapp")));
}

// Persona: an Egyptian WhatsApp user who heard of "487M WhatsApp numbers": the counts are what
// the seller advertised, so the list is said to be unverified and is never "likely".
void TestCliPlanPersonas::aSellersClaimIsNeverLikely()
{
    const QJsonObject check = checkJson(m_emptyVault, {QStringLiteral("--phone"), QStringLiteral("+20 100 123 4567"), QStringLiteral("--uses"), QStringLiteral("WhatsApp")});
    const QJsonObject pin = item(check, QStringLiteral("whatsapp-two-step-pin"));
    QVERIFY(!pin.isEmpty());
    const QJsonObject reason = pin.value(QLatin1String("reasons")).toArray().first().toObject();
    QCOMPARE(reason.value(QLatin1String("breach")).toString(), QStringLiteral("WhatsAppNumberList2022"));
    QCOMPARE(reason.value(QLatin1String("likelihood")).toString(), QStringLiteral("unknown"));
    QVERIFY(reason.value(QLatin1String("share")).isNull());
    QVERIFY2(reason.value(QLatin1String("likelihood_text")).toString().contains(QLatin1String("as the seller claimed; nobody has verified it")),
             qPrintable(reason.value(QLatin1String("likelihood_text")).toString()));
    for (const QJsonValue &value : check.value(QLatin1String("plan")).toArray()) {
        QVERIFY(!value.toObject().value(QLatin1String("do_first")).toBool());
    }
}

// Persona: an Italian on Facebook and WhatsApp, found nowhere, who gave a number and an e-mail
// address: the 2021 scrape and its 2022 resale are one event, and since only 2.5 million of the
// scrape's records held an e-mail address, the address is not counted as leaked.
void TestCliPlanPersonas::aResaleIsOneEventAndRareFieldsAreNotCountedAsLeaked()
{
    const QJsonObject check = checkJson(m_emptyVault, {QStringLiteral("--phone"), QStringLiteral("+39 312 345 6789"), QStringLiteral("--email"),
                                                       QStringLiteral("gio@example.org"), QStringLiteral("--uses"), QStringLiteral("WhatsApp"),
                                                       QStringLiteral("--uses"), QStringLiteral("Facebook")});
    QVERIFY(!check.isEmpty());
    QSet<QString> breaches;
    for (const QJsonValue &value : check.value(QLatin1String("plan")).toArray()) {
        for (const QJsonValue &reason : value.toObject().value(QLatin1String("reasons")).toArray()) {
            const QJsonObject object = reason.toObject();
            breaches.insert(object.value(QLatin1String("breach")).toString());
            if (object.value(QLatin1String("breach")).toString() == QLatin1String("Facebook")) {
                QCOMPARE(object.value(QLatin1String("same_event")).toArray(), QJsonArray{QStringLiteral("WhatsAppNumberList2022")});
                QCOMPARE(object.value(QLatin1String("rare_fields")).toArray(), QJsonArray{QStringLiteral("Email addresses")});
                QVERIFY(!object.value(QLatin1String("fields")).toArray().contains(QStringLiteral("Email addresses")));
                QCOMPARE(object.value(QLatin1String("identifiers")).toArray(), QJsonArray{QStringLiteral("+393123456789")});
            }
        }
    }
    QVERIFY2(breaches.contains(QStringLiteral("Facebook")) && !breaches.contains(QStringLiteral("WhatsAppNumberList2022")),
             qPrintable(QStringList(breaches.values()).join(QLatin1Char(' '))));
    QVERIFY(item(check, QStringLiteral("secure-your-mailbox")).isEmpty());
}

void TestCliPlanPersonas::reasonsNameTheirIdentifiersMaskedAndItemsTheirSection()
{
    const CliRun run = cli(m_vault, {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--mask"), QStringLiteral("--email"),
                                     QStringLiteral("kim@example.org"), QStringLiteral("--phone"), QStringLiteral("+44 7400 123457"),
                                     QStringLiteral("--email"), QStringLiteral("nobody@example.org"), QStringLiteral("--region"), QStringLiteral("GB")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains("kim@example.org") && !run.out.contains("7400 123457") && !run.out.contains("447400123457"), "masked everywhere");
    const QJsonObject check = QJsonDocument::fromJson(run.out).object();
    const QStringList sections{QStringLiteral("do_first"), QStringLiteral("this_week"), QStringLiteral("later")};
    for (const QJsonValue &value : check.value(QLatin1String("plan")).toArray()) {
        const QJsonObject step = value.toObject();
        QVERIFY2(sections.contains(step.value(QLatin1String("section")).toString()), qPrintable(step.value(QLatin1String("id")).toString()));
        for (const QJsonValue &reason : step.value(QLatin1String("reasons")).toArray()) {
            const QJsonArray about = reason.toObject().value(QLatin1String("identifiers")).toArray();
            QCOMPARE(about.size(), 2); // Kim's address and number, never the one found nowhere
            for (const QJsonValue &shown : about) {
                QVERIFY2(shown.toString().contains(QStringLiteral("•")), qPrintable(shown.toString()));
            }
        }
    }
    // Unmasked, the reason names the identifier as normalized.
    const QJsonObject plain = checkJson(m_vault, {QStringLiteral("--email"), QStringLiteral("kim@example.org"), QStringLiteral("--region"), QStringLiteral("GB")});
    const QJsonArray about = item(plain, QStringLiteral("credit-freeze")).value(QLatin1String("reasons")).toArray().first().toObject().value(QLatin1String("identifiers")).toArray();
    QCOMPARE(about, QJsonArray{QStringLiteral("kim@example.org")});
}

void TestCliPlanPersonas::shellPrintsOneJsonObjectALine()
{
    const CliRun run = cli(m_emptyVault, {QStringLiteral("shell")},
                           "check --json --email sam@example.org\n"
                           "catalog show Facebook --json\n");
    QCOMPARE(run.exitCode, 0); // "nothing could be checked" does not end a script
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        QJsonParseError error{};
        QVERIFY(QJsonDocument::fromJson(line, &error).isObject());
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    QVERIFY(QJsonDocument::fromJson(lines.first()).object().value(QLatin1String("nothing_checked")).toBool());
}

void TestCliPlanPersonas::everyPlanFitsInAWeek_data()
{
    QTest::addColumn<bool>("empty");
    QTest::addColumn<QStringList>("arguments");
    const auto row = [](const char *name, bool empty, const QStringList &arguments) { QTest::newRow(name) << empty << arguments; };
    row("US taxpayer, SSN and password leaked", false, {QStringLiteral("--email"), QStringLiteral("sam@example.org")});
    row("same, on an iPhone, using WhatsApp and Google", false,
        {QStringLiteral("--email"), QStringLiteral("sam@example.org"), QStringLiteral("--platform"), QStringLiteral("iphone"), QStringLiteral("--uses"),
         QStringLiteral("WhatsApp"), QStringLiteral("--uses"), QStringLiteral("Google")});
    row("UK number and US e-mail", false,
        {QStringLiteral("--phone"), QStringLiteral("+44 7400 123457"), QStringLiteral("--email"), QStringLiteral("kim@example.org"), QStringLiteral("--region"),
         QStringLiteral("US")});
    row("Egyptian WhatsApp user, nothing imported", true,
        {QStringLiteral("--phone"), QStringLiteral("+20 100 123 4567"), QStringLiteral("--uses"), QStringLiteral("WhatsApp"), QStringLiteral("--platform"),
         QStringLiteral("android")});
    row("Italian on Facebook and WhatsApp, every service", true,
        {QStringLiteral("--phone"), QStringLiteral("+39 312 345 6789"), QStringLiteral("--uses"), QStringLiteral("WhatsApp"), QStringLiteral("--uses"),
         QStringLiteral("Facebook"), QStringLiteral("--uses"), QStringLiteral("Instagram"), QStringLiteral("--uses"), QStringLiteral("Google"),
         QStringLiteral("--uses"), QStringLiteral("Microsoft"), QStringLiteral("--uses"), QStringLiteral("Apple")});
    row("found nowhere", false, {QStringLiteral("--email"), QStringLiteral("nobody@example.org")});
}

// At most three to do first, at most seven this week, and what a person reads before "Later"
// (titles, reasons, their own platforms' instructions) under 700 words.
void TestCliPlanPersonas::everyPlanFitsInAWeek()
{
    QFETCH(bool, empty);
    QFETCH(QStringList, arguments);
    const QJsonObject check = checkJson(empty ? m_emptyVault : m_vault, arguments);
    QVERIFY(!check.isEmpty());
    QStringList platforms;
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--platform")) {
            platforms << arguments.at(i + 1);
        }
    }
    if (platforms.isEmpty()) {
        platforms = {QStringLiteral("android"), QStringLiteral("iphone"), QStringLiteral("computer")};
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto words = [](const QString &text) { return int(text.split(space, Qt::SkipEmptyParts).size()); };
    int doFirst = 0;
    int thisWeek = 0;
    int read = 0;
    bool later = false;
    for (const QJsonValue &value : check.value(QLatin1String("plan")).toArray()) {
        const QJsonObject step = value.toObject();
        const QString section = step.value(QLatin1String("section")).toString();
        QVERIFY2(!later || section == QLatin1String("later"), "Later comes last, in one piece");
        if (section == QLatin1String("later")) {
            later = true;
            continue;
        }
        doFirst += section == QLatin1String("do_first") ? 1 : 0;
        ++thisWeek;
        read += words(step.value(QLatin1String("title")).toString()) + words(step.value(QLatin1String("why")).toString());
        QStringList texts;
        for (const QString &platform : std::as_const(platforms)) {
            const QString text = step.value(QLatin1String("instructions")).toObject().value(platform).toString();
            if (!texts.contains(text)) {
                texts << text;
                read += words(text);
            }
        }
    }
    QVERIFY2(doFirst <= 3, qPrintable(QString::number(doFirst)));
    QVERIFY2(thisWeek <= 7 && thisWeek >= 1, qPrintable(QString::number(thisWeek)));
    QVERIFY2(read <= 700, qPrintable(QStringLiteral("%1 words before \"Later\"").arg(read)));
}

// Personas: a phone-number leak for someone who never said which apps they use: WhatsApp comes
// as one line, not as steps, until they say they use it; a number in the list sold as WhatsApp
// users gets WhatsApp's steps in full.
void TestCliPlanPersonas::servicesNobodySaidAreOneLine()
{
    const auto whatsappSteps = [](const QJsonObject &check) {
        QStringList steps;
        for (const QString &id : ids(check)) {
            if (id.startsWith(QLatin1String("whatsapp-"))) {
                steps << id;
            }
        }
        return steps;
    };
    const auto lineFor = [](const QJsonObject &check, const QString &service) {
        for (const QJsonValue &value : check.value(QLatin1String("if_you_use")).toArray()) {
            if (value.toObject().value(QLatin1String("service")).toString() == service) {
                return value.toObject();
            }
        }
        return QJsonObject();
    };
    const QStringList number{QStringLiteral("--phone"), QStringLiteral("+44 7400 123457")};
    const QJsonObject silent = checkJson(m_vault, number);
    QVERIFY2(whatsappSteps(silent).isEmpty(), qPrintable(whatsappSteps(silent).join(QLatin1Char(' '))));
    const QJsonObject line = lineFor(silent, QStringLiteral("whatsapp"));
    QVERIFY(line.value(QLatin1String("steps")).toArray().contains(QStringLiteral("whatsapp-two-step-pin")));
    QVERIFY2(line.value(QLatin1String("text")).toString().startsWith(QLatin1String("If you use WhatsApp: Turn on two-step verification in WhatsApp")),
             qPrintable(line.value(QLatin1String("text")).toString()));
    QCOMPARE(silent.value(QLatin1String("if_you_use")).toArray().size(), 1); // only the service whose step would lead
    const CliRun words = cli(m_vault, QStringList{QStringLiteral("check")} + number);
    QVERIFY2(words.out.contains("If you use these services\n  - If you use WhatsApp: "), words.out.constData());

    const QJsonObject said = checkJson(m_vault, number + QStringList{QStringLiteral("--uses"), QStringLiteral("WhatsApp")});
    QVERIFY(whatsappSteps(said).contains(QLatin1String("whatsapp-two-step-pin")));
    QVERIFY(said.value(QLatin1String("if_you_use")).toArray().isEmpty());
    // Said, and WhatsApp is not among them: nothing about WhatsApp.
    const QJsonObject notWhatsApp = checkJson(m_vault, number + QStringList{QStringLiteral("--uses"), QStringLiteral("Telegram")});
    QVERIFY(whatsappSteps(notWhatsApp).isEmpty());
    QVERIFY(notWhatsApp.value(QLatin1String("if_you_use")).toArray().isEmpty());

    // Found in the list sold as WhatsApp users (the seed scenario): the evidence is about
    // WhatsApp, so its steps come in full, first among them the PIN.
    const QJsonObject resale = checkJson(m_vault, {QStringLiteral("--phone"), QStringLiteral("+39 333 123 4567")});
    QVERIFY2(whatsappSteps(resale).contains(QLatin1String("whatsapp-two-step-pin")), qPrintable(ids(resale).join(QLatin1Char(' '))));
    QVERIFY(item(resale, QStringLiteral("whatsapp-two-step-pin")).value(QLatin1String("do_first")).toBool());
    QVERIFY(lineFor(resale, QStringLiteral("whatsapp")).isEmpty());
}

// Persona: an employee of a small office whose mail runs on Microsoft 365; a forum leaked
// their work address and password. Their IT department runs that mailbox: the plan says to
// tell them, with the steps an employee can take (the forum's password, reuse), and none
// for a personal mail account. A personal address in the same leak gets those instead.
void TestCliPlanPersonas::aWorkAddressGoesToItsItDepartment()
{
    const QJsonObject work = checkJson(m_vault, {QStringLiteral("--email"), QStringLiteral("dana@smalloffice.example")});
    const QStringList workSteps = ids(work);
    const QJsonObject tell = item(work, QStringLiteral("tell-your-it-department"));
    QVERIFY2(!tell.isEmpty(), qPrintable(workSteps.join(QLatin1Char(' '))));
    QVERIFY(tell.value(QLatin1String("section")).toString() != QLatin1String("later"));
    QVERIFY(tell.value(QLatin1String("instructions")).toObject().value(QLatin1String("computer")).toString().contains(QLatin1String("IT department")));
    QVERIFY(workSteps.contains(QLatin1String("change-breached-password")));
    QVERIFY(workSteps.contains(QLatin1String("change-reused-passwords")));
    QVERIFY2(!workSteps.contains(QLatin1String("secure-your-mailbox")), qPrintable(workSteps.join(QLatin1Char(' '))));
    for (const QString &id : workSteps) {
        QVERIFY2(!id.startsWith(QLatin1String("microsoft-")) && !id.startsWith(QLatin1String("google-")), qPrintable(id));
    }

    for (const QString &personal : {QStringLiteral("eli@gmail.com"), QStringLiteral("flo@yahoo.fr")}) {
        const QJsonObject check = checkJson(m_vault, {QStringLiteral("--email"), personal});
        QVERIFY2(!check.isEmpty(), qPrintable(personal));
        QVERIFY2(!ids(check).contains(QLatin1String("tell-your-it-department")), qPrintable(personal));
        QVERIFY2(ids(check).contains(QLatin1String("secure-your-mailbox")) || ids(check).contains(QLatin1String("google-two-step")),
                 qPrintable(personal + QLatin1Char(' ') + ids(check).join(QLatin1Char(' '))));
    }
    // Both at once (a help desk checking someone's two addresses): both kinds of steps.
    const QJsonObject both = checkJson(m_vault, {QStringLiteral("--email"), QStringLiteral("dana@smalloffice.example"), QStringLiteral("--email"),
                                                 QStringLiteral("flo@yahoo.fr")});
    QVERIFY(ids(both).contains(QLatin1String("tell-your-it-department")));
    QVERIFY(ids(both).contains(QLatin1String("secure-your-mailbox")));
}

QTEST_GUILESS_MAIN(TestCliPlanPersonas)
#include "TestCliPlanPersonas.moc"
