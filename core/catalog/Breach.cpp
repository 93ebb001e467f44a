#include "Breach.h"

#include "DataClassTaxonomy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace BreachAdvisor {

QString breachDisplayTitle(const QString &title, const QDate &date)
{
    const QString year = date.isValid() ? QString::number(date.year()) : QString();
    return year.isEmpty() || title.contains(year) ? title : QStringLiteral("%1 (%2)").arg(title, year);
}

QString Breach::displayTitle() const
{
    return breachDisplayTitle(title, breachDate);
}

QString originName(Breach::Origin origin)
{
    switch (origin) {
    case Breach::Origin::Bundled: return QStringLiteral("bundled");
    case Breach::Origin::Imported: return QStringLiteral("imported");
    case Breach::Origin::Added: return QStringLiteral("added");
    }
    return QStringLiteral("imported");
}

QString Breach::factualSummary() const
{
    const QLocale locale;
    QStringList classes;
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();
    const QLocale reader;
    for (const QString &dataClass : dataClasses) {
        classes << reader.toLower(taxonomy.displayName(dataClass)); // "email addresses", in the reader's language
    }
    QString leaked;
    if (classes.size() == 1) {
        leaked = classes.first();
    } else if (!classes.isEmpty()) {
        const QString last = classes.takeLast();
        //: %1 is a list of leaked data types, %2 the last one
        leaked = QCoreApplication::translate("Breach", "%1 and %2").arg(classes.join(QStringLiteral(", ")), last);
    }
    const QString where = domain.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, domain);
    QString summary;
    if (pwnCount > 0) {
        //: %1 number of accounts, %2 service name, %3 month and year, %4 list of data types
        summary = QCoreApplication::translate("Breach", "Data of %1 accounts at %2 leaked in %3. It included %4.")
                      .arg(locale.toString(pwnCount), where, locale.toString(breachDate, QStringLiteral("MMMM yyyy")),
                           leaked);
    } else {
        summary = QCoreApplication::translate("Breach", "Data of accounts at %1 leaked in %2. It included %3.")
                      .arg(where, locale.toString(breachDate, QStringLiteral("MMMM yyyy")), leaked);
    }
    if (isFabricated) {
        summary += QLatin1Char(' ') + QCoreApplication::translate("Breach", "The data is believed to be fabricated.");
    } else if (isSpamList) {
        summary += QLatin1Char(' ') + QCoreApplication::translate("Breach", "It is a list used for sending spam.");
    } else if (!isVerified && origin != Origin::Added) {
        summary += QLatin1Char(' ') + QCoreApplication::translate("Breach", "It has not been confirmed as genuine.");
    }
    return summary;
}

QString Breach::description() const
{
    return ourDescription.isEmpty() ? factualSummary() : ourDescription;
}

QString Breach::sourceDescriptionText() const
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = sourceDescription;
    text.remove(tags);
    text.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.simplified();
}

QString Breach::factsCredit() const
{
    if (origin == Origin::Added) {
        return QCoreApplication::translate("Breach", "Entered by hand in this vault.");
    }
    if (factsSource == QLatin1String("hibp")) {
        return QCoreApplication::translate("Breach", "Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.");
    }
    if (factsSource == QLatin1String("breach-advisor")) {
        return QCoreApplication::translate("Breach", "Facts: Breach Advisor's research from the sources above.");
    }
    return QCoreApplication::translate("Breach", "Facts: from an imported catalog file.");
}

QStringList Breach::flagNames() const
{
    QStringList flags;
    if (isStealerLog) flags << QStringLiteral("stealer_log");
    if (isSpamList) flags << QStringLiteral("spam_list");
    if (isSensitive) flags << QStringLiteral("sensitive");
    if (isMalware) flags << QStringLiteral("malware");
    return flags;
}

} // namespace BreachAdvisor
