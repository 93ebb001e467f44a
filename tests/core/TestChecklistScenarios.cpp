#include "ChecklistEngine.h"
#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"
#include "TestSupport.h"

#include <QTest>

using namespace BreachAdvisor;

namespace {

// "Name|domain|Class;Class|flag;flag|may" → a reason. "may" marks a breach at a service
// the person uses, not a match of their own record.
PlanReason reason(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    PlanReason reason;
    reason.breach = parts.value(0);
    reason.title = parts.value(0);
    reason.domain = parts.value(1);
    reason.date = QDate(2021, 4, 3);
    reason.fields = parts.value(2).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    reason.flags = parts.value(3).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    reason.evidence = parts.value(4) == QLatin1String("may") ? Evidence::Possible : Evidence::Confirmed;
    return reason;
}

QStringList ids(const QList<PlanItem> &items)
{
    QStringList list;
    for (const PlanItem &item : items) {
        list << item.step->id;
    }
    return list;
}


} // namespace

class TestChecklistScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void seedScenarioReadsWell();
    void duplicatesMergeWithAllReasons();
    void orderIsPriorityThenSeverityThenEffort();
    void mayHaveLeakedIsSaidSo();

private:
    ChecklistEngine engine() const { return ChecklistEngine(ChecklistRules::bundled(), DataClassTaxonomy::bundled()); }
};

void TestChecklistScenarios::scenarios_data()
{
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QStringList>("platforms");
    QTest::addColumn<QStringList>("uses");
    QTest::addColumn<QStringList>("expected");   // these steps, in this order
    QTest::addColumn<QStringList>("absent");     // none of these steps
    QTest::addColumn<QString>("firstStep");      // the plan's first step ("" to skip)
    QTest::addColumn<QStringList>("textMentions"); // "step:text" in its instructions for the country
    QTest::addColumn<QStringList>("textAbsent");   // "step:text" not in its instructions for the country

    QTest::newRow("1 seed: messaging-app leak, UK")
        << QStringList{QStringLiteral("WhatsAppNumberList2022|whatsapp.com|Phone numbers;Names;Bios;Profile photos||")}
        << QStringList{QStringLiteral("GB")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("whatsapp-two-step-pin"), QStringLiteral("sim-port-out-lock"), QStringLiteral("scam-calls-and-texts"),
                       QStringLiteral("warn-contacts-impersonation"), QStringLiteral("whatsapp-privacy-settings"),
                       QStringLiteral("report-scam-messages"), QStringLiteral("keep-everything-updated")}
        << QStringList{QStringLiteral("change-breached-password"), QStringLiteral("use-password-manager"), QStringLiteral("credit-freeze")}
        << QStringLiteral("whatsapp-two-step-pin")
        << QStringList{QStringLiteral("report-scam-messages:7726"), QStringLiteral("report-scam-messages:Police Scotland on 101"),
                       QStringLiteral("sim-port-out-lock:PIN or password")}
        << QStringList{QStringLiteral("report-scam-messages:Action Fraud")};
    QTest::newRow("2 password leak")
        << QStringList{QStringLiteral("Adobe|adobe.com|Email addresses;Passwords;Password hints;Usernames||")}
        << QStringList{QStringLiteral("DE")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("change-breached-password"), QStringLiteral("change-reused-passwords"), QStringLiteral("secure-your-mailbox"),
                       QStringLiteral("review-sessions-after-password-leak"), QStringLiteral("replace-security-answers"),
                       QStringLiteral("use-password-manager")}
        << QStringList{QStringLiteral("sim-port-out-lock"), QStringLiteral("whatsapp-two-step-pin")}
        << QStringLiteral("") << QStringList()
        << QStringList();
    QTest::newRow("3 SSN leak in the US")
        << QStringList{QStringLiteral("NationalPublicData|nationalpublicdata.com|Social security numbers;Names;Physical addresses;Dates of birth||")}
        << QStringList{QStringLiteral("US")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("credit-freeze"), QStringLiteral("file-taxes-early"), QStringLiteral("irs-identity-protection-pin"),
                       QStringLiteral("contact-id-issuer"), QStringLiteral("report-identity-theft"), QStringLiteral("take-offered-monitoring")}
        << QStringList{QStringLiteral("sim-port-out-lock")}
        << QStringLiteral("")
        << QStringList{QStringLiteral("credit-freeze:must lift it within one hour"), QStringLiteral("report-identity-theft:IdentityTheft.gov"),
                       QStringLiteral("irs-identity-protection-pin:irs.gov/ippin")}
        // 800-525-6285 is Equifax's fraud-alert line, not its freeze line; "for an hour" misstated the law.
        << QStringList{QStringLiteral("credit-freeze:800-525-6285"), QStringLiteral("credit-freeze:for an hour")};
    QTest::newRow("4 ID number leak in Germany: no US tax step")
        << QStringList{QStringLiteral("Leak|example.de|Government issued IDs;Names||")}
        << QStringList{QStringLiteral("DE")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("credit-freeze"), QStringLiteral("contact-id-issuer")}
        << QStringList{QStringLiteral("file-taxes-early")}
        << QStringLiteral("") << QStringList{QStringLiteral("credit-freeze:SCHUFA"), QStringLiteral("credit-freeze:free data copy")}
        << QStringList();
    QTest::newRow("5 stealer log")
        << QStringList{QStringLiteral("ALIEN TXTBASE Stealer Logs||Email addresses;Passwords|stealer_log|")}
        << QStringList() << QStringList() << QStringList()
        << QStringList{QStringLiteral("clean-infected-device"), QStringLiteral("change-breached-password")}
        << QStringList() << QStringLiteral("clean-infected-device") << QStringList()
        << QStringList();
    QTest::newRow("6 phone-only leak, UK number")
        << QStringList{QStringLiteral("Leak|example.co.uk|Phone numbers||")}
        << QStringList{QStringLiteral("GB")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("sim-port-out-lock"), QStringLiteral("scam-calls-and-texts"), QStringLiteral("report-scam-messages"),
                       QStringLiteral("prefer-app-codes-over-sms")}
        << QStringList{QStringLiteral("warn-contacts-impersonation"), QStringLiteral("whatsapp-two-step-pin"),
                       QStringLiteral("change-breached-password"), QStringLiteral("credit-freeze")}
        << QStringLiteral("sim-port-out-lock") << QStringList{QStringLiteral("report-scam-messages:report@phishing.gov.uk")}
        << QStringList();
    QTest::newRow("7 nothing actionable: only general tips")
        << QStringList{QStringLiteral("Quiz|quiz.example|Genders;Astrological signs;Ages||")}
        << QStringList{QStringLiteral("FR")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("keep-everything-updated"), QStringLiteral("password-manager-general")}
        << QStringList{QStringLiteral("sim-port-out-lock"), QStringLiteral("change-breached-password"), QStringLiteral("use-password-manager")}
        << QStringLiteral("keep-everything-updated") << QStringList()
        << QStringList();
    QTest::newRow("8 card details")
        << QStringList{QStringLiteral("Shop|shop.example|Credit cards;Credit card CVV;Names;Email addresses||")}
        << QStringList{QStringLiteral("CA")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("replace-payment-card"), QStringLiteral("secure-your-mailbox"), QStringLiteral("phishing-awareness")}
        << QStringList() << QStringLiteral("replace-payment-card") << QStringList()
        << QStringList();
    QTest::newRow("9 spam list")
        << QStringList{QStringLiteral("Spambot||Email addresses|spam_list|")}
        << QStringList() << QStringList() << QStringList()
        << QStringList{QStringLiteral("spam-list-unsubscribe-carefully")} << QStringList() << QStringLiteral("") << QStringList()
        << QStringList();
    QTest::newRow("10 uses Facebook, number leaked elsewhere")
        << QStringList{QStringLiteral("Leak|example.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("IT")} << QStringList() << QStringList{QStringLiteral("facebook")}
        << QStringList{QStringLiteral("facebook-two-factor"), QStringLiteral("facebook-phone-lookup")}
        << QStringList{QStringLiteral("instagram-two-factor")} << QStringLiteral("")
        << QStringList{QStringLiteral("report-scam-messages:commissariatodips.it")}
        << QStringList();
    QTest::newRow("11 computer only: no phone-app steps")
        << QStringList{QStringLiteral("WhatsAppNumberList2022|whatsapp.com|Phone numbers||")}
        << QStringList{QStringLiteral("ES")} << QStringList{QStringLiteral("computer")} << QStringList()
        << QStringList{QStringLiteral("whatsapp-two-step-pin")}
        << QStringList{QStringLiteral("whatsapp-silence-unknown-callers")} << QStringLiteral("")
        << QStringList{QStringLiteral("report-scam-messages:017")}
        << QStringList();
    QTest::newRow("12 Indian number")
        << QStringList{QStringLiteral("Leak|example.in|Phone numbers;Names||")}
        << QStringList{QStringLiteral("IN")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("sim-port-out-lock"), QStringLiteral("report-scam-messages")} << QStringList() << QStringLiteral("")
        << QStringList{QStringLiteral("sim-port-out-lock:sancharsaathi.gov.in"), QStringLiteral("report-scam-messages:1930")}
        << QStringList();
    QTest::newRow("13 sensitive breach")
        << QStringList{QStringLiteral("Dating|dating.example|Email addresses;Sexual orientations|sensitive|")}
        << QStringList{QStringLiteral("AU")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("sensitive-data-extortion"), QStringLiteral("secure-your-mailbox")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:Scamwatch")}
        << QStringList();
    QTest::newRow("14 sign-in tokens")
        << QStringList{QStringLiteral("App|app.example|Auth tokens;Email addresses||")}
        << QStringList() << QStringList() << QStringList()
        << QStringList{QStringLiteral("sign-out-everywhere"), QStringLiteral("change-breached-password")} << QStringList()
        << QStringLiteral("") << QStringList()
        << QStringList();
    QTest::newRow("15 name, birthday and address in Australia")
        << QStringList{QStringLiteral("Insurer|insurer.example|Names;Dates of birth;Physical addresses;Email addresses||")}
        << QStringList{QStringLiteral("AU")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("credit-freeze"), QStringLiteral("report-identity-theft"), QStringLiteral("change-passwords-with-personal-facts"),
                       QStringLiteral("home-address-caution")}
        << QStringList() << QStringLiteral("") << QStringList{QStringLiteral("credit-freeze:21-day credit ban")}
        << QStringList();
    QTest::newRow("16 Egyptian number: the general operator advice")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names;Genders||")}
        << QStringList{QStringLiteral("EG")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("facebook-two-factor"), QStringLiteral("sim-port-out-lock"), QStringLiteral("report-scam-messages")}
        << QStringList{QStringLiteral("credit-freeze")} << QStringLiteral("")
        << QStringList{QStringLiteral("sim-port-out-lock:ask for a lock or PIN"),
                       QStringLiteral("report-scam-messages:on 155")}
        << QStringList{QStringLiteral("sim-port-out-lock:port-out")};
    QTest::newRow("16b Saudi number")
        << QStringList{QStringLiteral("Leak|example.sa|Phone numbers||")}
        << QStringList{QStringLiteral("SA")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages")} << QStringList() << QStringLiteral("")
        << QStringList{QStringLiteral("report-scam-messages:330330")}
        << QStringList();
    QTest::newRow("16c Nigerian number")
        << QStringList{QStringLiteral("Leak|example.ng|Phone numbers||")}
        << QStringList{QStringLiteral("NG")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("sim-port-out-lock"), QStringLiteral("report-scam-messages")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:2442"), QStringLiteral("sim-port-out-lock:NCC")}
        << QStringList();
    QTest::newRow("16d Turkish number: USOM and 112, not Ihbar Web or 155")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("TR")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("sim-port-out-lock"), QStringLiteral("report-scam-messages")} << QStringList()
        << QStringLiteral("")
        << QStringList{QStringLiteral("report-scam-messages:USOM"), QStringLiteral("report-scam-messages:112"),
                       QStringLiteral("sim-port-out-lock:hat-sorgulama.btk.gov.tr")}
        << QStringList{QStringLiteral("report-scam-messages:ihbar"), QStringLiteral("report-scam-messages:155")};
    QTest::newRow("16e Brazilian number: no 0303")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("BR")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("sim-port-out-lock"), QStringLiteral("report-scam-messages")} << QStringList()
        << QStringLiteral("")
        << QStringList{QStringLiteral("report-scam-messages:Não Me Perturbe"), QStringLiteral("report-scam-messages:Origem Verificada")}
        << QStringList{QStringLiteral("report-scam-messages:0303")};
    QTest::newRow("16f German number: spam to the Bundesnetzagentur, fraud to the police")
        << QStringList{QStringLiteral("Leak|example.de|Phone numbers||")}
        << QStringList{QStringLiteral("DE")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("sim-port-out-lock"), QStringLiteral("check-call-forwarding"), QStringLiteral("report-scam-messages")}
        << QStringList() << QStringLiteral("")
        << QStringList{QStringLiteral("report-scam-messages:Bundesnetzagentur"), QStringLiteral("report-scam-messages:cannot act on fraud"),
                       QStringLiteral("report-scam-messages:Onlinewache"), QStringLiteral("sim-port-out-lock:Kundenkennwort")}
        << QStringList();
    QTest::newRow("16g US number: carrier locks without an unsourced legal date")
        << QStringList{QStringLiteral("Leak|example.com|Phone numbers||")}
        << QStringList{QStringLiteral("US")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("sim-port-out-lock")} << QStringList() << QStringLiteral("")
        << QStringList{QStringLiteral("sim-port-out-lock:Wireless Account Lock"), QStringLiteral("sim-port-out-lock:Number Lock")}
        << QStringList{QStringLiteral("sim-port-out-lock:July 2024"), QStringLiteral("sim-port-out-lock:must offer")};
    QTest::newRow("16h French ID leak: plainte, Perceval, Bloctel")
        << QStringList{QStringLiteral("Shop|shop.fr|Phone numbers;Names;Dates of birth;Physical addresses||")}
        << QStringList{QStringLiteral("FR")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-identity-theft"), QStringLiteral("report-scam-messages"), QStringLiteral("sim-port-out-lock")}
        << QStringList{QStringLiteral("credit-freeze")} << QStringLiteral("")
        << QStringList{QStringLiteral("report-identity-theft:plainte"), QStringLiteral("report-scam-messages:Bloctel"),
                       QStringLiteral("report-scam-messages:Perceval"), QStringLiteral("sim-port-out-lock:3179")}
        << QStringList();
    QTest::newRow("16i Canadian ID leak: Quebec's free security freeze")
        << QStringList{QStringLiteral("Lender|lender.ca|Names;Dates of birth;Physical addresses;Government issued IDs||")}
        << QStringList{QStringLiteral("CA")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("credit-freeze"), QStringLiteral("report-identity-theft"), QStringLiteral("take-offered-monitoring")}
        << QStringList() << QStringLiteral("")
        << QStringList{QStringLiteral("credit-freeze:Quebec"), QStringLiteral("credit-freeze:security freeze")}
        << QStringList();
    QTest::newRow("16j Moroccan number")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("MA")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages"), QStringLiteral("sim-port-out-lock")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:e-Blagh"), QStringLiteral("report-scam-messages:ANRT")}
        << QStringList();
    QTest::newRow("16k Colombian number")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("CO")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages"), QStringLiteral("sim-port-out-lock")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:A Denunciar"), QStringLiteral("report-scam-messages:CAI Virtual")}
        << QStringList();
    QTest::newRow("16l South African identity leak")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names;Government issued IDs||")}
        << QStringList{QStringLiteral("ZA")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages"), QStringLiteral("credit-freeze"), QStringLiteral("report-identity-theft")}
        << QStringList() << QStringLiteral("")
        << QStringList{QStringLiteral("report-scam-messages:WASPA"), QStringLiteral("report-scam-messages:STOP"),
                       QStringLiteral("credit-freeze:Protective Registration"), QStringLiteral("report-identity-theft:SAFPS")}
        << QStringList();
    QTest::newRow("16m Algerian number")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("DZ")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages"), QStringLiteral("sim-port-out-lock")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:1548"), QStringLiteral("sim-port-out-lock:*254#")}
        << QStringList();
    QTest::newRow("16n Malaysian number")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("MY")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages"), QStringLiteral("sim-port-out-lock")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:997")}
        << QStringList();
    QTest::newRow("16o Nigerian ID leak: police cybercrime centre")
        << QStringList{QStringLiteral("Leak|example.ng|Names;Dates of birth;Physical addresses;Phone numbers||")}
        << QStringList{QStringLiteral("NG")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-identity-theft"), QStringLiteral("sim-port-out-lock")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-identity-theft:NPF-NCCC"), QStringLiteral("sim-port-out-lock:NIN")}
        << QStringList();
    QTest::newRow("16p Gmail user's password leaked elsewhere: app passwords and breach alerts")
        << QStringList{QStringLiteral("Forum|forum.example|Email addresses;Passwords;Usernames||")}
        << QStringList() << QStringList() << QStringList{QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("apple")}
        << QStringList{QStringLiteral("google-third-party-access"), QStringLiteral("microsoft-app-passwords"),
                       QStringLiteral("apple-app-specific-passwords"), QStringLiteral("breach-alerts"), QStringLiteral("delete-unused-accounts"),
                       QStringLiteral("confirm-breach-notice"), QStringLiteral("password-manager-general")}
        << QStringList{QStringLiteral("irs-identity-protection-pin"), QStringLiteral("check-call-forwarding")} << QStringLiteral("")
        << QStringList{QStringLiteral("breach-alerts:haveibeenpwned.com"), QStringLiteral("google-third-party-access:App passwords")}
        << QStringList();
    QTest::newRow("16q SSN leak outside the US: no IRS PIN")
        << QStringList{QStringLiteral("Leak|example.com|Social security numbers;Names||")}
        << QStringList{QStringLiteral("GB")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-identity-theft")}
        << QStringList{QStringLiteral("irs-identity-protection-pin"), QStringLiteral("file-taxes-early")} << QStringLiteral("")
        << QStringList() << QStringList();
    QTest::newRow("17 crypto recovery phrase")
        << QStringList{QStringLiteral("Wallet|wallet.example|Mnemonic phrases;Email addresses||")}
        << QStringList() << QStringList() << QStringList()
        << QStringList{QStringLiteral("move-crypto-to-new-wallet")} << QStringList() << QStringLiteral("") << QStringList()
        << QStringList();
}

void TestChecklistScenarios::scenarios()
{
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, regions);
    QFETCH(QStringList, platforms);
    QFETCH(QStringList, uses);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QFETCH(QString, firstStep);
    QFETCH(QStringList, textMentions);
    QFETCH(QStringList, textAbsent);

    PlanContext context;
    for (const QString &spec : reasons) {
        context.reasons << reason(spec);
    }
    context.regions = regions;
    context.platforms = platforms;
    context.uses = uses;
    const QList<PlanItem> items = engine().plan(context);
    const QStringList planned = ids(items);
    qsizetype previous = -1;
    for (const QString &id : expected) {
        const qsizetype at = planned.indexOf(id);
        QVERIFY2(at >= 0, qPrintable(id + QStringLiteral(" missing from ") + planned.join(QLatin1Char(' '))));
        Q_UNUSED(previous);
    }
    for (const QString &id : absent) {
        QVERIFY2(!planned.contains(id), qPrintable(id + QStringLiteral(" should not be in ") + planned.join(QLatin1Char(' '))));
    }
    if (!firstStep.isEmpty()) {
        QCOMPARE(planned.value(0), firstStep);
    }
    for (const QString &mention : textMentions) {
        const QString id = mention.section(QLatin1Char(':'), 0, 0);
        const QString text = mention.section(QLatin1Char(':'), 1);
        const PlanItem *item = TestSupport::planItem(items, id);
        QVERIFY2(item, qPrintable(id));
        QVERIFY2(item->text.instructions.values().join(QLatin1Char(' ')).contains(text), qPrintable(mention));
    }
    for (const QString &unwanted : textAbsent) {
        const QString id = unwanted.section(QLatin1Char(':'), 0, 0);
        const QString text = unwanted.section(QLatin1Char(':'), 1);
        const PlanItem *item = TestSupport::planItem(items, id);
        QVERIFY2(item, qPrintable(id));
        QVERIFY2(!item->text.instructions.values().join(QLatin1Char(' ')).contains(text, Qt::CaseInsensitive), qPrintable(unwanted));
    }
    for (const PlanItem &item : items) {
        QVERIFY(!item.why.isEmpty());
        QVERIFY(!item.title.isEmpty());
        QVERIFY(!item.text.sources.isEmpty());
        if (!item.step->general) {
            QVERIFY2(item.why.contains(item.reasons.first().title), qPrintable(item.why)); // names the breach
        }
    }
}

void TestChecklistScenarios::seedScenarioReadsWell()
{
    PlanContext context;
    context.regions = {QStringLiteral("GB")};
    context.reasons << reason(QStringLiteral("WhatsAppNumberList2022|whatsapp.com|Phone numbers;Names;Bios;Profile photos||"));
    context.reasons.first().title = QStringLiteral("the 2022 \u201cWhatsApp\u201d number list");
    context.reasons.first().date = QDate(2022, 11, 16);
    const QList<PlanItem> items = engine().plan(context);
    const PlanItem *impersonation = TestSupport::planItem(items, QStringLiteral("warn-contacts-impersonation"));
    QVERIFY(impersonation);
    QCOMPARE(impersonation->why.left(impersonation->why.indexOf(QLatin1Char('.')) + 1),
             QStringLiteral("Your phone number, name, about text and profile photo were in the 2022 \u201cWhatsApp\u201d number list."));
    for (const PlanItem &item : items) {
        // No password leaked, so no password step caused by the leak (the general password-manager
        // tip, shown to everyone, is not caused by it).
        QVERIFY2(item.step->general || item.step->category != QLatin1String("password"), qPrintable(item.step->id));
    }
    // General tips come last and say so.
    QVERIFY(items.last().step->general);
    QVERIFY(items.last().why.contains(QLatin1String("general tip")));
    // The backup step is about encrypted backups, not about "turning on encryption".
    const PlanItem *backup = TestSupport::planItem(items, QStringLiteral("whatsapp-backup-and-security-notifications"));
    QVERIFY(backup);
    QVERIFY(backup->why.contains(QLatin1String("end-to-end encrypted already")));
}

void TestChecklistScenarios::duplicatesMergeWithAllReasons()
{
    PlanContext context;
    context.regions = {QStringLiteral("US")};
    context.reasons << reason(QStringLiteral("Facebook|facebook.com|Phone numbers;Names||"))
                    << reason(QStringLiteral("WhatsAppNumberList2022|whatsapp.com|Phone numbers||"));
    const QList<PlanItem> items = engine().plan(context);
    QCOMPARE(ids(items).count(QStringLiteral("sim-port-out-lock")), 1);
    const PlanItem *sim = TestSupport::planItem(items, QStringLiteral("sim-port-out-lock"));
    QCOMPARE(sim->reasons.size(), 2);
    QVERIFY(sim->why.contains(QLatin1String("Facebook")));
    QVERIFY(sim->why.contains(QLatin1String("WhatsAppNumberList2022")));
}

void TestChecklistScenarios::orderIsPriorityThenSeverityThenEffort()
{
    PlanContext context;
    context.regions = {QStringLiteral("US")};
    context.reasons << reason(QStringLiteral("Big|big.example|Passwords;Credit cards;Phone numbers;Email addresses;IP addresses;Names;Dates of birth;Physical addresses||"));
    const QList<PlanItem> items = engine().plan(context);
    for (qsizetype i = 1; i < items.size(); ++i) {
        const PlanItem &a = items.at(i - 1);
        const PlanItem &b = items.at(i);
        if (a.step->general != b.step->general) {
            QVERIFY(!a.step->general);
            continue;
        }
        QVERIFY(a.step->priority <= b.step->priority);
        if (a.step->priority == b.step->priority) {
            QVERIFY(a.severity >= b.severity);
            if (a.severity == b.severity) {
                QVERIFY(a.step->minutes <= b.step->minutes);
            }
        }
    }
}

void TestChecklistScenarios::mayHaveLeakedIsSaidSo()
{
    PlanContext context;
    context.uses = {QStringLiteral("linkedin")};
    PlanReason linkedIn = reason(QStringLiteral("LinkedIn|linkedin.com|Email addresses;Passwords||may"));
    linkedIn.date = QDate(2012, 5, 5);
    context.reasons << linkedIn;
    const QList<PlanItem> items = engine().plan(context);
    const PlanItem *twoStep = TestSupport::planItem(items, QStringLiteral("linkedin-two-step"));
    QVERIFY(twoStep);
    QVERIFY2(twoStep->why.startsWith(QLatin1String("Your e-mail address and password may also be in LinkedIn (2012), a leak at a service you use.")),
             qPrintable(twoStep->why));
    QVERIFY(twoStep->reasons.first().evidence == Evidence::Possible);
}

QTEST_GUILESS_MAIN(TestChecklistScenarios)
#include "TestChecklistScenarios.moc"
