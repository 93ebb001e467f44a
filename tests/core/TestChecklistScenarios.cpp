#include "ChecklistEngine.h"
#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace BreachAdvisor;

namespace {

// "Name|domain|Class;Class|flag;flag|may|accounts|yyyy-MM-dd" → a reason. "may" marks a breach
// at a service the person uses, "told" one a notice named; otherwise their record was found.
PlanReason reason(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    PlanReason reason;
    reason.breach = parts.value(0);
    reason.title = parts.value(0);
    reason.domain = parts.value(1);
    reason.date = parts.value(6).isEmpty() ? QDate(2021, 4, 3) : QDate::fromString(parts.value(6), Qt::ISODate);
    reason.fields = parts.value(2).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    reason.flags = parts.value(3).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    reason.evidence = parts.value(4) == QLatin1String("may")    ? Evidence::Possible
                    : parts.value(4) == QLatin1String("told") ? Evidence::Reported
                                                              : Evidence::Confirmed;
    reason.accounts = parts.value(5).toLongLong();
    return reason;
}

// A person: their reasons (specs as above), countries, services and platforms.
PlanContext contextOf(const QStringList &specs, const QStringList &regions = {}, const QStringList &uses = {}, const QStringList &platforms = {})
{
    PlanContext context;
    for (const QString &spec : specs) {
        context.reasons << reason(spec);
    }
    context.regions = regions;
    context.uses = uses;
    context.platforms = platforms;
    return context;
}

// The catalog's facts for the breaches the people were in (HIBP's counts and dates).
const QString kFacebook = QStringLiteral("Facebook|facebook.com|Dates of birth;Email addresses;Employers;Genders;Geographic locations;Names;"
                                         "Phone numbers;Relationship statuses||may|509458528|2019-08-01");
const QString kMarketplace = QStringLiteral("FacebookMarketplace|facebook.com|Email addresses;Geographic locations;Names;Passwords;"
                                            "Phone numbers;Social media profiles||may|77267|2023-10-01");
const QString kWhatsAppList = QStringLiteral("WhatsAppNumberList2022|whatsapp.com|Phone numbers||may|487000000|2022-11-16");

// What each step does for each of its reasons, resolved as the rules describe it ("mailbox" is
// the person's mail services, "breached" the breach's service or the breach itself).
QStringList actionsOf(const ChecklistEngine &engine, const PlanItem &item, const PlanReason *reason, const PlanContext &context)
{
    QStringList actions;
    for (const QString &does : item.step->does) {
        const QString verb = does.section(QLatin1Char(':'), 0, 0);
        const QString target = does.section(QLatin1Char(':'), 1);
        QStringList targets{target};
        if (target == QLatin1String("mailbox") && !context.mailServices.isEmpty() && !context.otherMail) {
            targets = context.mailServices;
        } else if (target == QLatin1String("breached") && reason) {
            targets = engine.servicesOf(*reason);
            if (targets.isEmpty()) {
                targets << QStringLiteral("breach-") + reason->breach;
            }
        }
        for (const QString &name : targets) {
            actions << (name.isEmpty() ? verb : verb + QLatin1Char(':') + name);
        }
    }
    return actions;
}

// "step and step both do X for breach B", for every pair of steps in a plan.
QStringList sameActions(const ChecklistEngine &engine, const Plan &plan)
{
    QHash<QString, QString> doneBy; // "breach|action" → step
    QHash<QString, QString> anywhere; // action → a step that does it for some breach, or a general tip
    QStringList clashes;
    for (const PlanItem &item : plan.items) {
        QList<const PlanReason *> reasons;
        for (const PlanReason &reason : item.reasons) {
            reasons << &reason;
        }
        if (reasons.isEmpty()) {
            reasons << nullptr; // a general tip
        }
        for (const PlanReason *reason : reasons) {
            for (const QString &action : actionsOf(engine, item, reason, plan.context)) {
                // A general tip does the same as a step that does it for any breach.
                const QString key = reason ? reason->breach + QLatin1Char('|') + action : QString();
                const bool general = item.step->general;
                const QString other = general ? anywhere.value(action) : doneBy.value(key, anywhere.value(QStringLiteral("general|") + action));
                if (!other.isEmpty() && other != item.step->id) {
                    clashes << QStringLiteral("%1 and %2: %3").arg(other, item.step->id, action);
                }
                if (general) {
                    anywhere.insert(QStringLiteral("general|") + action, item.step->id);
                } else {
                    doneBy.insert(key, item.step->id);
                    anywhere.insert(action, item.step->id);
                }
            }
        }
    }
    return clashes;
}

// The "why" of the first step a breach causes: where a possibility's facts are told.
QString firstWhyNaming(const QList<PlanItem> &items, const QString &breach)
{
    for (const PlanItem &item : items) {
        for (const PlanReason &reason : item.reasons) {
            if (reason.breach == breach) {
                return item.why;
            }
        }
    }
    return QString();
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
    // English's singular and plural forms, as the app and the CLI load them.
    void initTestCase() { Translations::install(QLocale::c()); }
    void scenarios_data();
    void scenarios();
    void seedScenarioReadsWell();
    void duplicatesMergeWithAllReasons();
    void orderIsLeadsThenPriorityThenSeverityThenEffort();
    void mayHaveLeakedIsSaidSo();
    void possibleOnlyPlanIsShortAndLedByLikelyEvidence();
    void unlikelyPossibilityNeverLeads();
    void mostProtectiveStepLeads_data();
    void mostProtectiveStepLeads();
    void noTwoStepsDoTheSame_data();
    void noTwoStepsDoTheSame();
    void whyNamesOnlyWhatLeakedForThatReason();
    void whyTextsAreTrue();
    void whatsAppListSaysWhatItIs();
    void androidUserGetsTheFacebookAppPath();
    void nothingFoundGivesGoodHabits();
    void sourcesMatchTheCountry();
    void planCountsStepsByEvidence();

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
        << QStringList{QStringLiteral("clean-infected-device")}
        // Cleaning the device includes changing the passwords: no second step for the same.
        << QStringList{QStringLiteral("change-breached-password"), QStringLiteral("change-reused-passwords")}
        << QStringLiteral("clean-infected-device") << QStringList()
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
        << QStringList{QStringLiteral("do-not-download-leaked-files"), QStringLiteral("keep-everything-updated"), QStringLiteral("password-manager-general")}
        << QStringList{QStringLiteral("sim-port-out-lock"), QStringLiteral("change-breached-password"), QStringLiteral("use-password-manager")}
        << QStringLiteral("do-not-download-leaked-files") << QStringList()
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
        << QStringList{QStringLiteral("sensitive-data-extortion"), QStringLiteral("secure-your-mailbox")}
        // Reporting scam calls and texts is for a leaked number, not an e-mail address.
        << QStringList{QStringLiteral("report-scam-messages")}
        << QStringLiteral("") << QStringList()
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
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:2442"), QStringLiteral("report-scam-messages:622")}
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
        << QStringList{QStringLiteral("report-scam-messages:Bundesnetzagentur"), QStringLiteral("report-scam-messages:not with fraud"),
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
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:e-Blagh")}
        << QStringList();
    QTest::newRow("16k Colombian number")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("CO")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages"), QStringLiteral("sim-port-out-lock")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:ADenunciar"), QStringLiteral("report-scam-messages:Fiscalía")}
        << QStringList();
    QTest::newRow("16l South African identity leak")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names;Government issued IDs||")}
        << QStringList{QStringLiteral("ZA")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages"), QStringLiteral("credit-freeze"), QStringLiteral("report-identity-theft")}
        << QStringList() << QStringLiteral("")
        << QStringList{QStringLiteral("report-scam-messages:WASPA"), QStringLiteral("report-scam-messages:STOP"),
                       QStringLiteral("credit-freeze:Protective Registration"), QStringLiteral("report-identity-theft:SAFPS")}
        << QStringList();
    QTest::newRow("16m Algerian number: the Gendarmerie's own line and portal, the general SIM text")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("DZ")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages"), QStringLiteral("sim-port-out-lock")} << QStringList()
        << QStringLiteral("")
        << QStringList{QStringLiteral("report-scam-messages:1055"), QStringLiteral("report-scam-messages:ppgn.mdn.dz"),
                       QStringLiteral("sim-port-out-lock:ask for a lock or PIN")}
        << QStringList();
    QTest::newRow("16n Malaysian number")
        << QStringList{QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")}
        << QStringList{QStringLiteral("MY")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-scam-messages"), QStringLiteral("sim-port-out-lock")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-scam-messages:997")}
        << QStringList();
    QTest::newRow("16o Nigerian ID leak: the general police report")
        << QStringList{QStringLiteral("Leak|example.ng|Names;Dates of birth;Physical addresses;Phone numbers||")}
        << QStringList{QStringLiteral("NG")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("report-identity-theft"), QStringLiteral("sim-port-out-lock")} << QStringList()
        << QStringLiteral("") << QStringList{QStringLiteral("report-identity-theft:report it to the police and keep the reference number")}
        << QStringList();
    QTest::newRow("16p Gmail user's password leaked elsewhere: app passwords and breach alerts")
        << QStringList{QStringLiteral("Forum|forum.example|Email addresses;Passwords;Usernames||")}
        << QStringList() << QStringList() << QStringList{QStringLiteral("google"), QStringLiteral("microsoft"), QStringLiteral("apple")}
        << QStringList{QStringLiteral("google-third-party-access"), QStringLiteral("microsoft-app-passwords"),
                       QStringLiteral("apple-app-specific-passwords"), QStringLiteral("breach-alerts"), QStringLiteral("delete-unused-accounts"),
                       QStringLiteral("confirm-breach-notice"), QStringLiteral("use-password-manager")}
        // The general password-manager tip is the same action as the step the leak calls for.
        << QStringList{QStringLiteral("irs-identity-protection-pin"), QStringLiteral("check-call-forwarding"),
                       QStringLiteral("password-manager-general")} << QStringLiteral("")
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

    const QList<PlanItem> items = engine().plan(contextOf(reasons, regions, uses, platforms));
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
    // The step's own point first, then what leaked of theirs, and where.
    QVERIFY2(impersonation->why.startsWith(QLatin1String("With your name and photo or number, scammers")), qPrintable(impersonation->why));
    QVERIFY2(impersonation->why.endsWith(QStringLiteral("Your phone number, name, about text and profile photo leaked in the 2022 \u201cWhatsApp\u201d number list.")),
             qPrintable(impersonation->why));
    for (const PlanItem &item : items) {
        // No password leaked, so no password step caused by the leak (the general password-manager
        // tip, shown to everyone, is not caused by it).
        QVERIFY2(item.step->general || item.step->category != QLatin1String("password"), qPrintable(item.step->id));
    }
    // General tips come last and say so.
    QVERIFY(items.last().step->general);
    QVERIFY(items.last().why.startsWith(QLatin1String("A general tip, not caused by a particular leak.")));
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
                    << reason(QStringLiteral("ExampleShop|shop.example|Phone numbers||"));
    const QList<PlanItem> items = engine().plan(context);
    QCOMPARE(ids(items).count(QStringLiteral("sim-port-out-lock")), 1);
    const PlanItem *sim = TestSupport::planItem(items, QStringLiteral("sim-port-out-lock"));
    QCOMPARE(sim->reasons.size(), 2);
    QVERIFY(sim->why.contains(QLatin1String("Facebook")));
    QVERIFY(sim->why.contains(QLatin1String("ExampleShop")));

    // A resale of the same event is not a second breach: one reason, named together.
    PlanContext resold = context;
    resold.reasons = {reason(QStringLiteral("Facebook|facebook.com|Phone numbers;Names||")),
                      reason(QStringLiteral("WhatsAppNumberList2022|whatsapp.com|Phone numbers||"))};
    const Plan plan = engine().build(resold);
    QCOMPARE(plan.context.reasons.size(), 1);
    QCOMPARE(plan.context.reasons.first().breach, QStringLiteral("Facebook"));
    QCOMPARE(plan.context.reasons.first().sameEventBreaches, QStringList{QStringLiteral("WhatsAppNumberList2022")});
    const PlanItem *once = plan.item(QStringLiteral("sim-port-out-lock"));
    QCOMPARE(once->reasons.size(), 1);
    QVERIFY2(once->why.contains(QLatin1String("Your phone number leaked in Facebook (2021), the same leak as WhatsAppNumberList2022")), qPrintable(once->why));
    QVERIFY(!once->why.contains(QLatin1String("other breach")));
}

void TestChecklistScenarios::orderIsLeadsThenPriorityThenSeverityThenEffort()
{
    PlanContext context;
    context.regions = {QStringLiteral("US")};
    context.reasons << reason(QStringLiteral("Big|big.example|Passwords;Credit cards;Credit card CVV;Phone numbers;Email addresses;IP addresses;Names;"
                                             "Dates of birth;Physical addresses||"));
    const QList<PlanItem> items = engine().plan(context);
    // The (at most three) steps to do first lead; the rest follow this order.
    qsizetype i = 0;
    while (i < items.size() && items.at(i).doFirst) {
        ++i;
    }
    QVERIFY(i >= 1 && i <= PlanSection::kMaxDoFirst);
    QVERIFY(TestSupport::planItem(items, QStringLiteral("replace-payment-card"))->doFirst); // a card number with its CVV leaked
    for (++i; i < items.size(); ++i) {
        QVERIFY(!items.at(i).doFirst);
        const PlanItem &a = items.at(i - 1);
        const PlanItem &b = items.at(i);
        if (a.step->general != b.step->general) {
            QVERIFY(!a.step->general);
            continue;
        }
        if (a.leads != b.leads) { // the most protective steps that did not fit among the first
            QVERIFY(a.leads);
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
    PlanReason linkedIn = reason(QStringLiteral("LinkedIn|linkedin.com|Email addresses;Passwords||may|164611595|2012-05-05"));
    context.reasons << linkedIn;
    const QList<PlanItem> items = engine().plan(context);
    const PlanItem *twoStep = TestSupport::planItem(items, QStringLiteral("linkedin-two-step"));
    QVERIFY(twoStep);
    // 164.6 million accounts when LinkedIn had 145 million members (services.json): as good as everyone.
    // The facts are told once, with the first step; the others say how likely it is.
    const QString first = firstWhyNaming(items, QStringLiteral("LinkedIn"));
    QVERIFY2(first.endsWith(QLatin1String("Your password may have leaked in LinkedIn (2012): it held 164.6 million "
                                          "accounts, about as many as LinkedIn had users at the time.")),
             qPrintable(first));
    QVERIFY2(items.first().why == first, qPrintable(items.first().step->id));
    QVERIFY2(twoStep->why.endsWith(QLatin1String("Your e-mail address and password may have leaked in LinkedIn (2012), which is likely.")),
             qPrintable(twoStep->why));
    QVERIFY(twoStep->reasons.first().evidence == Evidence::Possible);
    QCOMPARE(twoStep->reasons.first().likelihood, Likelihood::Likely);
    QVERIFY(!twoStep->reasons.first().likelihoodSources.isEmpty());
    // Likely enough for a password change, which names the account.
    const PlanItem *password = TestSupport::planItem(items, QStringLiteral("change-breached-password"));
    QVERIFY(password);
    QCOMPARE(password->title, QStringLiteral("Change your password at LinkedIn"));
    QVERIFY(password->instructionsFor(QStringLiteral("all")).startsWith(QLatin1String("Sign in to LinkedIn and change your password.")));
}

void TestChecklistScenarios::possibleOnlyPlanIsShortAndLedByLikelyEvidence()
{
    // A UK number found in no imported leak, for a person who uses WhatsApp and Facebook.
    PlanContext context;
    context.regions = {QStringLiteral("GB")};
    context.uses = {QStringLiteral("whatsapp"), QStringLiteral("facebook")};
    context.reasons << reason(kFacebook) << reason(kMarketplace) << reason(kWhatsAppList);
    context.reasons[1].title = QStringLiteral("Facebook Marketplace");
    const Plan plan = engine().build(context);
    const QStringList planned = ids(plan.items);

    // Facebook Marketplace held about one Facebook user in 40,000: one line, no steps.
    QCOMPARE(plan.ifYouUsed.size(), 1);
    QCOMPARE(plan.ifYouUsed.first().reason.breach, QStringLiteral("FacebookMarketplace"));
    QCOMPARE(plan.ifYouUsed.first().reason.likelihood, Likelihood::Small);
    QVERIFY2(plan.ifYouUsed.first().text.startsWith(QLatin1String("If you used Facebook Marketplace (2023): ")), qPrintable(plan.ifYouUsed.first().text));
    QVERIFY2(plan.ifYouUsed.first().text.contains(QStringLiteral("%1 accounts, about one Facebook user in %2 at the time")
                                                      .arg(QLocale().toString(77267), QLocale().toString(39000))),
             qPrintable(plan.ifYouUsed.first().text));
    QVERIFY(plan.ifYouUsed.first().text.contains(QLatin1String("change its password")));
    for (const PlanItem &item : plan.items) {
        QVERIFY2(item.step->category != QLatin1String("password") || item.step->general, qPrintable(item.step->id));
        for (const PlanReason &why : item.reasons) {
            QVERIFY(why.breach != QLatin1String("FacebookMarketplace"));
        }
    }
    // Short: the urgent steps for a likely possibility, and the general tips.
    const EvidenceCounts counts = plan.evidenceCounts();
    QCOMPARE(counts.confirmed, 0);
    // 13 before the five short steps, one per scam that follows a phone-number leak (issue 18).
    QVERIFY2(counts.possible >= 5 && counts.possible <= 18, qPrintable(planned.join(QLatin1Char(' '))));
    // Led by likely evidence: WhatsApp's PIN and the SIM lock for the phone number.
    QCOMPARE(planned.mid(0, 2), (QStringList{QStringLiteral("whatsapp-two-step-pin"), QStringLiteral("sim-port-out-lock")}));
    for (const PlanItem &item : plan.items) {
        if (item.doFirst) {
            QVERIFY(std::any_of(item.reasons.cbegin(), item.reasons.cend(), [](const PlanReason &r) { return r.likelihood == Likelihood::Likely; }));
        }
    }
    // Said in words, with sources: the UK count reported for the 2021 scrape.
    const PlanItem *facebook = TestSupport::planItem(plan.items, QStringLiteral("facebook-two-factor"));
    QVERIFY(facebook);
    const QString first = firstWhyNaming(plan.items, QStringLiteral("Facebook"));
    // The 2022 list resold the 2021 scrape: one event, named together. Only 2.5 million of the
    // scrape's records held an e-mail address: said, and not counted as leaked.
    QVERIFY2(first.contains(QStringLiteral("may have leaked in Facebook (2019), the same leak as WhatsAppNumberList2022: about 11.5 million of "
                                           "its records came from United Kingdom, as reported; worldwide it held about one Facebook user in 5 "
                                           "at the time; only about 2.5 million of its records held an entry for “Email addresses”.")),
             qPrintable(first));
    QVERIFY2(facebook->why.contains(QLatin1String("may have leaked in Facebook (2019), the same leak as WhatsAppNumberList2022, which is likely.")),
             qPrintable(facebook->why));
    QVERIFY(!plan.item(QStringLiteral("secure-your-mailbox")));
    QVERIFY(!plan.item(QStringLiteral("phishing-awareness")));
    for (const PlanItem &item : plan.items) {
        QVERIFY(!item.why.contains(QLatin1String("a leak at a service you use")));
    }
    for (const QString &source : facebook->reasons.first().likelihoodSources) {
        QVERIFY2(source.startsWith(QLatin1String("https://")), qPrintable(source));
    }
}

void TestChecklistScenarios::unlikelyPossibilityNeverLeads()
{
    // X had 330 million users in March 2019; a breach of 5 million accounts then is one in 66.
    PlanContext context;
    context.uses = {QStringLiteral("x")};
    context.reasons << reason(QStringLiteral("XLeak|x.com|Email addresses;Passwords;Phone numbers||may|5000000|2019-06-01"));
    const Plan plan = engine().build(context);
    QCOMPARE(plan.context.reasons.first().likelihood, Likelihood::Unlikely);
    const PlanItem *twoFactor = TestSupport::planItem(plan.items, QStringLiteral("x-two-factor"));
    QVERIFY(twoFactor);
    QVERIFY(twoFactor->why.contains(QLatin1String("about one X user in 66 at the time")));
    for (const PlanItem &item : plan.items) {
        QVERIFY2(!item.doFirst, qPrintable(item.step->id));
        QVERIFY2(item.step->general || item.step->category != QLatin1String("password"), qPrintable(item.step->id));
    }
    QVERIFY(plan.sections().first().kind != PlanSection::Kind::DoFirst);
}

void TestChecklistScenarios::mostProtectiveStepLeads_data()
{
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QStringList>("uses");
    QTest::addColumn<QStringList>("first");  // in the first three, in any order
    QTest::addColumn<QString>("leader");     // the very first step ("" to skip)

    QTest::newRow("US SSN leak: freeze and tax PIN before mailbox and SIM")
        << QStringList{QStringLiteral("NationalPublicData|nationalpublicdata.com|Social security numbers;Names;Physical addresses;Dates of birth;"
                                      "Email addresses;Phone numbers||")}
        << QStringList{QStringLiteral("US")} << QStringList()
        << QStringList{QStringLiteral("credit-freeze"), QStringLiteral("irs-identity-protection-pin")} << QString();
    QTest::newRow("card")
        << QStringList{QStringLiteral("Shop|shop.example|Credit cards;Credit card CVV;Names;Email addresses;Phone numbers||")}
        << QStringList{QStringLiteral("CA")} << QStringList() << QStringList{QStringLiteral("replace-payment-card")}
        << QStringLiteral("replace-payment-card");
    QTest::newRow("stealer log")
        << QStringList{QStringLiteral("Logs||Email addresses;Passwords;Auth tokens;Phone numbers|stealer_log|")}
        << QStringList{QStringLiteral("DE")} << QStringList() << QStringList{QStringLiteral("clean-infected-device")}
        << QStringLiteral("clean-infected-device");
    QTest::newRow("phone in a messaging leak: the app's PIN and the SIM lock")
        << QStringList{QStringLiteral("WhatsAppNumberList2022|whatsapp.com|Phone numbers||")}
        << QStringList{QStringLiteral("US")} << QStringList{QStringLiteral("whatsapp")}
        << QStringList{QStringLiteral("whatsapp-two-step-pin"), QStringLiteral("sim-port-out-lock")} << QStringLiteral("whatsapp-two-step-pin");
    QTest::newRow("two leaks at once: the card and the password")
        << QStringList{QStringLiteral("Shop|shop.example|Credit cards;Credit card CVV;Email addresses||"),
                       QStringLiteral("Forum|forum.example|Email addresses;Passwords;Usernames||")}
        << QStringList{QStringLiteral("GB")} << QStringList()
        << QStringList{QStringLiteral("replace-payment-card"), QStringLiteral("change-breached-password")} << QString();
}

void TestChecklistScenarios::mostProtectiveStepLeads()
{
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, regions);
    QFETCH(QStringList, uses);
    QFETCH(QStringList, first);
    QFETCH(QString, leader);
    const Plan plan = engine().build(contextOf(reasons, regions, uses));
    const QStringList planned = ids(plan.items);
    const QStringList firstThree = planned.mid(0, PlanSection::kMaxDoFirst);
    for (const QString &id : first) {
        QVERIFY2(firstThree.contains(id), qPrintable(id + QStringLiteral(" not in the first three: ") + planned.join(QLatin1Char(' '))));
    }
    if (!leader.isEmpty()) {
        QCOMPARE(planned.value(0), leader);
    }
    const QList<PlanSection> sections = plan.sections();
    QCOMPARE(sections.first().kind, PlanSection::Kind::DoFirst);
    QVERIFY(sections.first().items.size() <= PlanSection::kMaxDoFirst);
    QCOMPARE(std::count_if(plan.items.cbegin(), plan.items.cend(), [](const PlanItem &item) { return item.doFirst; }),
             sections.first().items.size());
}

void TestChecklistScenarios::noTwoStepsDoTheSame_data()
{
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QStringList>("uses");
    QTest::addColumn<QStringList>("mailServices");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QString>("mergedInto"); // "step:merged step"

    QTest::newRow("Gmail user: Google 2-Step is the mailbox's two-step")
        << QStringList{QStringLiteral("Forum|forum.example|Email addresses;Passwords||")} << QStringList{QStringLiteral("google")}
        << QStringList{QStringLiteral("google")} << QStringList{QStringLiteral("secure-your-mailbox"), QStringLiteral("two-step-verification-general")}
        << QStringLiteral("google-two-step:secure-your-mailbox");
    QTest::newRow("Outlook user: Microsoft two-step is the mailbox's two-step")
        << QStringList{QStringLiteral("Forum|forum.example|Email addresses;Usernames||")} << QStringList{QStringLiteral("microsoft")}
        << QStringList{QStringLiteral("microsoft")} << QStringList{QStringLiteral("secure-your-mailbox")}
        << QStringLiteral("microsoft-two-step:secure-your-mailbox");
    QTest::newRow("device details: one update step")
        << QStringList{QStringLiteral("App|app.example|Device information;Email addresses||")} << QStringList() << QStringList()
        << QStringList{QStringLiteral("keep-everything-updated")} << QString();
    QTest::newRow("stealer log beside a password leak")
        << QStringList{QStringLiteral("Logs||Email addresses;Passwords|stealer_log|"), QStringLiteral("Adobe|adobe.com|Email addresses;Passwords||")}
        << QStringList() << QStringList() << QStringList() << QStringLiteral("clean-infected-device:change-breached-password");
    QTest::newRow("a mailbox no service knows keeps its own step")
        << QStringList{QStringLiteral("Forum|forum.example|Email addresses;Passwords||")} << QStringList{QStringLiteral("google")}
        << QStringList() << QStringList{QStringLiteral("two-step-verification-general")} << QString();
}

void TestChecklistScenarios::noTwoStepsDoTheSame()
{
    QFETCH(QStringList, reasons);
    QFETCH(QStringList, uses);
    QFETCH(QStringList, mailServices);
    QFETCH(QStringList, absent);
    QFETCH(QString, mergedInto);
    PlanContext context = contextOf(reasons, {}, uses);
    context.mailServices = mailServices;
    const ChecklistEngine checklist = engine();
    const Plan plan = checklist.build(context);
    const QStringList clashes = sameActions(checklist, plan);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    for (const QString &id : absent) {
        QVERIFY2(!ids(plan.items).contains(id), qPrintable(id));
    }
    if (!mergedInto.isEmpty()) {
        const PlanItem *item = TestSupport::planItem(plan.items, mergedInto.section(QLatin1Char(':'), 0, 0));
        QVERIFY(item);
        QVERIFY2(item->mergedSteps.contains(mergedInto.section(QLatin1Char(':'), 1)), qPrintable(item->mergedSteps.join(QLatin1Char(' '))));
    }
    if (QByteArray(QTest::currentDataTag()).startsWith("stealer log")) {
        // The password of the other breach is still to change, and says where.
        const PlanItem *password = TestSupport::planItem(plan.items, QStringLiteral("change-breached-password"));
        QVERIFY(password);
        QCOMPARE(password->reasons.size(), 1);
        QCOMPARE(password->title, QStringLiteral("Change your password at Adobe"));
    }
    if (mailServices.isEmpty() && !uses.isEmpty()) {
        QVERIFY(TestSupport::planItem(plan.items, QStringLiteral("secure-your-mailbox")));
        QVERIFY(TestSupport::planItem(plan.items, QStringLiteral("google-two-step")));
    }
}

void TestChecklistScenarios::whyNamesOnlyWhatLeakedForThatReason()
{
    // The scenarios' people, each plan checked: a reason names only fields that leaked in that
    // breach, and the step's point comes first.
    const QList<QStringList> people = {
        {QStringLiteral("WhatsAppNumberList2022|whatsapp.com|Phone numbers||")},
        {QStringLiteral("Recipes|recipes.example|Email addresses;Passwords||"), QStringLiteral("WhatsAppNumberList2022|whatsapp.com|Phone numbers||")},
        {QStringLiteral("Adobe|adobe.com|Email addresses;Password hints||")},
        {QStringLiteral("NationalPublicData|npd.example|Social security numbers;Names;Physical addresses||")},
        {QStringLiteral("Game|game.example|Usernames;Email addresses;Passwords;IP addresses||"), QStringLiteral("Shop|shop.example|Credit cards;Names||")},
    };
    for (const QStringList &specs : people) {
        PlanContext context;
        context.regions = {QStringLiteral("US")};
        context.uses = {QStringLiteral("whatsapp"), QStringLiteral("facebook")};
        QHash<QString, QStringList> leaked;
        for (const QString &spec : specs) {
            context.reasons << reason(spec);
            leaked.insert(context.reasons.last().breach, context.reasons.last().fields);
        }
        for (const PlanItem &item : engine().plan(context)) {
            for (const PlanReason &why : item.reasons) {
                for (const QString &field : why.fields) {
                    QVERIFY2(leaked.value(why.breach).contains(field), qPrintable(item.step->id + QLatin1Char(' ') + field));
                }
            }
            if (!item.step->general) {
                QVERIFY2(item.why.startsWith(QCoreApplication::translate("checklist", item.step->why.toUtf8().constData()))
                             || std::any_of(item.step->whyFor.cbegin(), item.step->whyFor.cend(),
                                            [&](const WhyVariant &variant) { return item.why.startsWith(variant.why); }),
                         qPrintable(item.why));
            }
        }
    }
    // Not "Your e-mail address and password were in Recipes" on WhatsApp's linked-devices step.
    PlanContext context;
    context.uses = {QStringLiteral("whatsapp")};
    context.reasons << reason(QStringLiteral("Recipes|recipes.example|Email addresses;Passwords||"));
    QVERIFY(!TestSupport::planItem(engine().plan(context), QStringLiteral("whatsapp-linked-devices")));
}

void TestChecklistScenarios::whyTextsAreTrue()
{
    // Only the number leaked: no "your number and name".
    PlanContext phoneOnly;
    phoneOnly.regions = {QStringLiteral("GB")};
    phoneOnly.reasons << reason(QStringLiteral("Leak|example.co.uk|Phone numbers||"));
    const QList<PlanItem> phonePlan = engine().plan(phoneOnly);
    const PlanItem *sim = TestSupport::planItem(phonePlan, QStringLiteral("sim-port-out-lock"));
    QVERIFY(sim);
    QVERIFY2(!sim->why.contains(QLatin1String("number and name")), qPrintable(sim->why));
    QVERIFY2(sim->why.endsWith(QLatin1String("Your phone number leaked in Leak (2021).")), qPrintable(sim->why));

    // Only a hint leaked: the hint gives the password away, not "your password should be treated as known".
    PlanContext hint;
    hint.reasons << reason(QStringLiteral("Adobe|adobe.com|Password hints||"));
    const QList<PlanItem> hintPlan = engine().plan(hint);
    const PlanItem *password = TestSupport::planItem(hintPlan, QStringLiteral("change-breached-password"));
    QVERIFY(password);
    QVERIFY2(password->why.startsWith(QLatin1String("A leaked password hint often gives the password away")), qPrintable(password->why));
    QVERIFY(!password->why.contains(QLatin1String("even a scrambled one")));

    // Grammar: plural data with no "was".
    PlanContext answers;
    answers.reasons << reason(QStringLiteral("Quiz|quiz.example|Security questions and answers||"));
    for (const PlanItem &item : engine().plan(answers)) {
        QVERIFY2(!item.why.contains(QLatin1String("answers was")), qPrintable(item.why));
    }

    // Many breaches: one sentence for each of the first two, then a count.
    PlanContext many;
    many.regions = {QStringLiteral("US")};
    for (const char *name : {"One", "Two", "Three", "Four"}) {
        many.reasons << reason(QString::fromLatin1(name) + QStringLiteral("|x.example|Phone numbers||"));
    }
    const QList<PlanItem> manyPlan = engine().plan(many);
    const PlanItem *lock = TestSupport::planItem(manyPlan, QStringLiteral("sim-port-out-lock"));
    QVERIFY(lock);
    QCOMPARE(lock->why.count(QLatin1String("leaked in")), 2);
    QVERIFY2(lock->why.endsWith(QLatin1String("The same goes for 2 other breaches.")), qPrintable(lock->why));
    many.reasons.removeLast(); // one more than those named: "breach", not "breaches"
    const QList<PlanItem> planOfThree = engine().plan(many);
    const PlanItem *lockOfThree = TestSupport::planItem(planOfThree, QStringLiteral("sim-port-out-lock"));
    QVERIFY(lockOfThree);
    QVERIFY2(lockOfThree->why.endsWith(QLatin1String("The same goes for 1 other breach.")), qPrintable(lockOfThree->why));

    // No step says "the service named below" without naming it: a password step names its account.
    PlanContext stealer;
    stealer.reasons << reason(QStringLiteral("Logs||Email addresses;Passwords|stealer_log|"));
    for (const PlanItem &item : engine().plan(stealer)) {
        QVERIFY2(!item.instructionsFor(QStringLiteral("all")).contains(QLatin1String("named below")), qPrintable(item.step->id));
    }
}

void TestChecklistScenarios::whatsAppListSaysWhatItIs()
{
    // The Egyptian grandmother: she uses WhatsApp, and the 2022 list held 44.8 million Egyptian numbers.
    PlanContext context;
    context.regions = {QStringLiteral("EG")};
    context.uses = {QStringLiteral("whatsapp")};
    context.reasons << reason(kWhatsAppList);
    context.reasons.first().title = QStringLiteral("\u201cWhatsApp\u201d phone number list (2022)");
    const Plan plan = engine().build(context);
    const PlanItem *pin = TestSupport::planItem(plan.items, QStringLiteral("whatsapp-two-step-pin"));
    QVERIFY(pin);
    QVERIFY2(pin->why.contains(QLatin1String("a resale of the 2021 Facebook scrape, offered as WhatsApp users")), qPrintable(pin->why));
    // The per-country counts are what the seller advertised: said so, and never "likely".
    QVERIFY2(pin->why.contains(QLatin1String("about 44.8 million of its records came from Egypt, as the seller claimed; nobody has verified it")),
             qPrintable(pin->why));
    QVERIFY(!pin->why.contains(QLatin1String("a leak at a service you use")));
    QVERIFY(!pin->doFirst);
    QCOMPARE(pin->reasons.first().likelihood, Likelihood::Unknown);
    QVERIFY(pin->reasons.first().share < 0);
    QVERIFY(pin->reasons.first().likelihoodSources.size() >= 2);

    // In Egypt, the 2021 scrape held more numbers than Egypt had Facebook users on their phones in 2018.
    PlanContext facebook;
    facebook.regions = {QStringLiteral("EG")};
    facebook.uses = {QStringLiteral("facebook")};
    facebook.reasons << reason(kFacebook);
    const QString first = firstWhyNaming(engine().plan(facebook), QStringLiteral("Facebook"));
    QVERIFY2(first.contains(QLatin1String("about 44.8 million of its records came from Egypt, as reported: about as many as Facebook "
                                          "had users in Egypt at the time")),
             qPrintable(first));
}

void TestChecklistScenarios::androidUserGetsTheFacebookAppPath()
{
    PlanContext context;
    context.platforms = {QStringLiteral("android")};
    context.reasons << reason(QStringLiteral("Facebook|facebook.com|Phone numbers;Names||"));
    const QList<PlanItem> items = engine().plan(context);
    const PlanItem *twoFactor = TestSupport::planItem(items, QStringLiteral("facebook-two-factor"));
    QVERIFY(twoFactor);
    const QString android = twoFactor->instructionsFor(QStringLiteral("android"));
    QVERIFY2(android.startsWith(QLatin1String("In the Facebook app tap Menu")), qPrintable(android));
    QVERIFY(!android.contains(QLatin1String("facebook.com")));
    QVERIFY(twoFactor->instructionsFor(QStringLiteral("computer")).startsWith(QLatin1String("On facebook.com click")));
}

void TestChecklistScenarios::nothingFoundGivesGoodHabits()
{
    // Found nowhere, uses Google, Apple and Microsoft (no breach of theirs in the catalog).
    PlanContext context;
    context.uses = {QStringLiteral("google"), QStringLiteral("apple"), QStringLiteral("microsoft")};
    const Plan plan = engine().build(context);
    QVERIFY(plan.isBaseline());
    QCOMPARE(ids(plan.items), (QStringList{QStringLiteral("do-not-download-leaked-files"), QStringLiteral("keep-everything-updated"),
                                          QStringLiteral("two-step-verification-general"), QStringLiteral("password-manager-general")}));
    for (const PlanItem &item : plan.items) {
        QVERIFY(item.reasons.isEmpty());
        QVERIFY(item.why.startsWith(QLatin1String("A general tip, not caused by a particular leak.")));
    }
    QCOMPARE(plan.sections().size(), 1);
    QCOMPARE(plan.sections().first().kind, PlanSection::Kind::ThisWeek); // the habits are the plan: nothing later
    QVERIFY2(plan.evidenceSummary().contains(QLatin1String("general good habits")), qPrintable(plan.evidenceSummary()));
}

void TestChecklistScenarios::sourcesMatchTheCountry()
{
    const auto sourcesOf = [this](const QString &spec, const QString &region, const QString &step) {
        PlanContext context;
        context.regions = {region};
        context.reasons << reason(spec);
        const QList<PlanItem> items = engine().plan(context);
        const PlanItem *item = TestSupport::planItem(items, step);
        return item ? item->text.sources : QStringList{QStringLiteral("missing")};
    };
    const QString address = QStringLiteral("Insurer|insurer.example|Names;Physical addresses||");
    QCOMPARE(sourcesOf(address, QStringLiteral("GB"), QStringLiteral("home-address-caution")),
             QStringList{QStringLiteral("https://www.ncsc.gov.uk/guidance/data-breaches")});
    QCOMPARE(sourcesOf(address, QStringLiteral("US"), QStringLiteral("home-address-caution")),
             QStringList{QStringLiteral("https://www.identitytheft.gov/databreach")});
    QCOMPARE(sourcesOf(address, QStringLiteral("AU"), QStringLiteral("home-address-caution")).size(), 2);
    QCOMPARE(sourcesOf(QStringLiteral("Shop|shop.fr|Government issued IDs;Names||"), QStringLiteral("FR"), QStringLiteral("contact-id-issuer")),
             QStringList{QStringLiteral("https://www.service-public.fr/particuliers/vosdroits/F37944")});
    // Every step, in each of the countries with texts of their own: no other country's source
    // unless the step has nothing else.
    const ChecklistRules &rules = ChecklistRules::bundled();
    for (const char *region : {"US", "GB", "FR", "DE", "AU", "EG"}) {
        PlanContext context;
        context.regions = {QString::fromLatin1(region)};
        context.reasons << reason(QStringLiteral("Everything|every.example|Phone numbers;Email addresses;Passwords;Names;Physical addresses;"
                                                 "Dates of birth;Government issued IDs;Credit cards||"));
        for (const PlanItem &item : engine().plan(context)) {
            const StepText &text = item.step->textFor(context.regions);
            const bool hasOwnOrGeneral = std::any_of(text.sources.cbegin(), text.sources.cend(), [&](const QString &source) {
                const QString country = rules.countryOfSource(source);
                return country.isEmpty() || country == QLatin1String(region);
            });
            for (const QString &source : item.text.sources) {
                const QString country = rules.countryOfSource(source);
                QVERIFY2(!hasOwnOrGeneral || country.isEmpty() || country == QLatin1String(region),
                         qPrintable(item.step->id + QLatin1Char(' ') + QLatin1String(region) + QLatin1Char(' ') + source));
            }
        }
    }
}

void TestChecklistScenarios::planCountsStepsByEvidence()
{
    PlanContext context;
    context.regions = {QStringLiteral("US")};
    context.uses = {QStringLiteral("facebook")};
    context.reasons << reason(QStringLiteral("Shop|shop.example|Credit cards;Credit card CVV||"))
                    << reason(QStringLiteral("Adobe|adobe.com|Passwords||told")) << reason(kFacebook);
    const Plan plan = engine().build(context);
    const EvidenceCounts counts = plan.evidenceCounts();
    QVERIFY(counts.confirmed >= 1);
    QVERIFY(counts.reported >= 1);
    QVERIFY(counts.possible >= 1);
    QCOMPARE(counts.confirmed + counts.reported + counts.possible + counts.general, int(plan.items.size()));
    QCOMPARE(TestSupport::planItem(plan.items, QStringLiteral("replace-payment-card"))->evidence(), Evidence::Confirmed);
    QCOMPARE(TestSupport::planItem(plan.items, QStringLiteral("facebook-two-factor"))->evidence(), Evidence::Reported);
    QCOMPARE(TestSupport::planItem(plan.items, QStringLiteral("facebook-phone-lookup"))->evidence(), Evidence::Possible);
    const QString summary = plan.evidenceSummary();
    QVERIFY2(summary.startsWith(QStringLiteral("%1 steps: ").arg(plan.items.size())), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 from breaches a notice told you about").arg(counts.reported)), qPrintable(summary));
    // A notice's breach reads as such.
    const PlanItem *password = TestSupport::planItem(plan.items, QStringLiteral("change-breached-password"));
    QVERIFY2(password->why.endsWith(QLatin1String("A notice told you that your password leaked in Adobe (2021).")), qPrintable(password->why));
}

QTEST_GUILESS_MAIN(TestChecklistScenarios)
#include "TestChecklistScenarios.moc"
