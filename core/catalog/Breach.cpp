#include "Breach.h"

#include <QCoreApplication>
#include <QLocale>

namespace BreachAdvisor {

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
    for (const QString &dataClass : dataClasses) {
        classes << dataClass.toLower();
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

} // namespace BreachAdvisor
