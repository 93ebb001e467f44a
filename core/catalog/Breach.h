#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace BreachAdvisor {

// One breach in the full Have I Been Pwned breach model, plus our own fields.
struct Breach
{
    enum class Origin {
        Bundled,  // shipped with the app (facts from HIBP, wording ours)
        Imported, // from a catalog file the user imported
        Added,    // entered by hand ("catalog add")
    };

    qint64 id = 0; // the vault's number for it, for life; 0 when not stored
    QString name;  // the stable key, as HIBP's Name
    QString title;
    QString domain;
    QDate breachDate;
    QDateTime addedDate;
    QDateTime modifiedDate;
    qint64 pwnCount = 0;
    QStringList dataClasses; // as the source spells them; unknown ones are kept
    bool isVerified = false;
    bool isFabricated = false;
    bool isSensitive = false;
    bool isRetired = false;
    bool isSpamList = false;
    bool isMalware = false;
    bool isStealerLog = false;
    bool isSubscriptionFree = false;
    QString attribution;
    QString disclosureUrl;
    // The description an imported catalog file carried (HIBP's prose, shown as theirs).
    QString sourceDescription;

    // Ours: kept when the same breach is imported again.
    QString ourDescription;
    QString provenanceNotes;
    QStringList provenanceSources;
    // Who the facts come from: "hibp" (Have I Been Pwned, CC BY 4.0), "breach-advisor"
    // (our own research, see provenanceSources), or empty when unknown.
    QString factsSource;
    Origin origin = Origin::Imported;

    // "Facebook (2019)": the title with the year it happened, unless the title already
    // says it ("Abandonia (2015)").
    QString displayTitle() const;
    // A sentence in our words from the facts, for breaches with no description of ours.
    QString factualSummary() const;
    // What to show as the breach's description: ours when we wrote one, else the summary.
    QString description() const;
    // The imported catalog file's own prose (HIBP's), as plain text: tags and entities gone.
    QString sourceDescriptionText() const;
    // Who the facts come from, as one line for a person ("Facts: Have I Been Pwned ...").
    QString factsCredit() const;
    // "stealer_log", "spam_list", "sensitive", "malware": the flags plans react to.
    QStringList flagNames() const;
    bool operator==(const Breach &other) const = default;
};

QString originName(Breach::Origin origin);
// The same for any title and date (a plan's reasons carry no whole Breach).
QString breachDisplayTitle(const QString &title, const QDate &date);

} // namespace BreachAdvisor
