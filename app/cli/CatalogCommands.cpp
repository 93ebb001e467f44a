#include "CliApplication.h"
#include "CliSupport.h"

#include "BreachCatalog.h"
#include "BreachJson.h"
#include "CommandLine.h"
#include "DataClassTaxonomy.h"
#include "Error.h"
#include "IdentityCheck.h"
#include "LeakImporter.h"
#include "LeakIndex.h"
#include "People.h"
#include "PersonalPlan.h"
#include "PhoneNumbers.h"
#include "SecretInput.h"
#include "TextIdentifiers.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QMap>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace BreachAdvisor::Cli {

int CliApplication::catalog(const CommandLine &commandLine)
{
    const QString action = commandLine.positional().value(1);
    const bool json = commandLine.has(QStringLiteral("json"));
    const DataClassTaxonomy &taxonomy = DataClassTaxonomy::bundled();

    if (action == QLatin1String("import")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        const QString file = commandLine.positional().value(2);
        if (file.isEmpty() || commandLine.positional().size() > 3) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: catalog import FILE"));
        }
        // Read and validate before unlocking: a bad file costs no passphrase prompt.
        const QList<Breach> breaches = BreachJson::readFile(file, Breach::Origin::Imported).breaches;
        std::unique_ptr<Vault> vault = openVault(commandLine);
        const BreachCatalog::ImportSummary summary = BreachCatalog(vault->database()).importBreaches(breaches);
        if (json) {
            printJson(QJsonObject{{QLatin1String("file"), file},
                                  {QLatin1String("breaches"), int(breaches.size())},
                                  {QLatin1String("added"), summary.added},
                                  {QLatin1String("updated"), summary.updated},
                                  {QLatin1String("unchanged"), summary.unchanged},
                                  {QLatin1String("unknown_data_classes"),
                                   QJsonArray::fromStringList(summary.unknownDataClasses)}});
            return Success;
        }
        m_out << QCoreApplication::translate("Cli", "Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.\n")
                     .arg(breaches.size())
                     .arg(file)
                     .arg(summary.added)
                     .arg(summary.updated)
                     .arg(summary.unchanged);
        if (!summary.unknownDataClasses.isEmpty()) {
            m_out << QCoreApplication::translate("Cli", "Kinds of data this version does not know yet (kept and shown as they are): %1\n")
                         .arg(summary.unknownDataClasses.join(QStringLiteral(", ")));
        }
        m_out.flush();
        return Success;
    }

    if (action == QLatin1String("add")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("date"),
                                                QStringLiteral("domain"), QStringLiteral("classes"),
                                                QStringLiteral("count"), QStringLiteral("description"),
                                                QStringLiteral("json")}));
        Breach breach;
        breach.origin = Breach::Origin::Added;
        breach.name = commandLine.value(QStringLiteral("name")).trimmed();
        breach.title = commandLine.value(QStringLiteral("title")).trimmed();
        breach.domain = commandLine.value(QStringLiteral("domain")).trimmed();
        breach.breachDate = QDate::fromString(commandLine.value(QStringLiteral("date")), Qt::ISODate);
        breach.ourDescription = commandLine.value(QStringLiteral("description")).trimmed();
        for (const QString &dataClass : commandLine.value(QStringLiteral("classes")).split(QLatin1Char(';'))) {
            if (!dataClass.trimmed().isEmpty()) {
                breach.dataClasses << taxonomy.describe(dataClass).name; // canonical spelling when known
            }
        }
        if (commandLine.has(QStringLiteral("count"))) {
            bool ok = false;
            breach.pwnCount = commandLine.value(QStringLiteral("count")).toLongLong(&ok);
            if (!ok || breach.pwnCount < 0) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--count is a whole number of zero or more."));
            }
        }
        if (breach.name.isEmpty() || breach.title.isEmpty() || !commandLine.has(QStringLiteral("date"))
            || breach.dataClasses.isEmpty()) {
            throw Error(ErrorKind::Usage,
                        QCoreApplication::translate("Cli", "Usage: catalog add --name N --title T --date YYYY-MM-DD --classes \"Phone numbers;Names\""));
        }
        if (!breach.breachDate.isValid()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--date \"%1\" is not a date (YYYY-MM-DD).")
                                              .arg(commandLine.value(QStringLiteral("date"))));
        }
        std::unique_ptr<Vault> vault = openVault(commandLine);
        BreachCatalog catalog(vault->database());
        catalog.add(breach);
        if (json) {
            printJson(BreachJson::toJson(*catalog.find(breach.name), taxonomy));
        } else {
            m_out << QCoreApplication::translate("Cli", "Added \"%1\" to the catalog.").arg(breach.name) << Qt::endl;
        }
        return Success;
    }

    if (action == QLatin1String("list")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        std::unique_ptr<Vault> vault = openVault(commandLine);
        const QList<Breach> breaches = BreachCatalog(vault->database()).list();
        if (json) {
            QJsonArray array;
            for (const Breach &breach : breaches) {
                array.append(BreachJson::toJson(breach, taxonomy));
            }
            printJson(array);
            return Success;
        }
        const QLocale locale;
        m_out << QCoreApplication::translate("Cli", "%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.\n\n")
                     .arg(locale.toString(breaches.size()));
        m_out << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(QCoreApplication::translate("Cli", "Name"), -28)
                     .arg(QCoreApplication::translate("Cli", "Date"), -10)
                     .arg(QCoreApplication::translate("Cli", "Accounts"), 13)
                     .arg(QCoreApplication::translate("Cli", "What leaked"));
        for (const Breach &breach : breaches) {
            QString leaked = breach.dataClasses.mid(0, 4).join(QStringLiteral(", "));
            if (breach.dataClasses.size() > 4) {
                leaked += QCoreApplication::translate("Cli", " and %1 more").arg(breach.dataClasses.size() - 4);
            }
            m_out << QStringLiteral("%1  %2  %3  %4\n")
                         .arg(breach.name, -28)
                         .arg(breach.breachDate.toString(Qt::ISODate), -10)
                         .arg(breach.pwnCount > 0 ? locale.toString(breach.pwnCount) : QStringLiteral("?"), 13)
                         .arg(leaked);
        }
        m_out.flush();
        return Success;
    }

    if (action == QLatin1String("show")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        const QString name = commandLine.positional().value(2);
        if (name.isEmpty()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: catalog show NAME"));
        }
        std::unique_ptr<Vault> vault = openVault(commandLine);
        const std::optional<Breach> breach = BreachCatalog(vault->database()).find(name);
        if (!breach) {
            throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "The catalog has no breach named \"%1\". "
                                                "See catalog list for the names.").arg(name));
        }
        if (json) {
            printJson(BreachJson::toJson(*breach, taxonomy));
            return Success;
        }
        const QLocale locale;
        m_out << breach->title;
        if (!breach->domain.isEmpty()) {
            m_out << QStringLiteral(" (%1)").arg(breach->domain);
        }
        m_out << QLatin1Char('\n');
        m_out << QCoreApplication::translate("Cli", "Breach date: %1").arg(locale.toString(breach->breachDate, QLocale::LongFormat)) << QLatin1Char('\n');
        if (breach->pwnCount > 0) {
            m_out << QCoreApplication::translate("Cli", "Accounts: %1").arg(locale.toString(breach->pwnCount)) << QLatin1Char('\n');
        }
        m_out << QLatin1Char('\n')
              << (breach->ourDescription.isEmpty() ? breach->factualSummary() : breach->ourDescription) << "\n\n";
        if (!breach->sourceDescription.isEmpty()) {
            // The imported file's own prose (HIBP's), shown as theirs, as plain text.
            QString prose = breach->sourceDescription;
            prose.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            prose.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&"));
            m_out << QCoreApplication::translate("Cli", "From the imported catalog file: %1").arg(prose) << "\n\n";
        }
        m_out << QCoreApplication::translate("Cli", "What leaked:") << QLatin1Char('\n');
        for (const QString &dataClass : breach->dataClasses) {
            const DataClassInfo info = taxonomy.describe(dataClass);
            m_out << QStringLiteral("  - %1").arg(dataClass);
            if (!info.known) {
                m_out << QCoreApplication::translate("Cli", " (a kind of data this version does not know yet)");
            }
            m_out << QLatin1Char('\n');
        }
        if (!breach->provenanceNotes.isEmpty()) {
            m_out << QLatin1Char('\n') << QCoreApplication::translate("Cli", "Where this comes from: %1").arg(breach->provenanceNotes) << QLatin1Char('\n');
            for (const QString &source : breach->provenanceSources) {
                m_out << QStringLiteral("  %1\n").arg(source);
            }
        }
        m_out << QLatin1Char('\n');
        if (breach->origin == Breach::Origin::Added) {
            m_out << QCoreApplication::translate("Cli", "Entered by hand in this vault.");
        } else if (breach->factsSource == QLatin1String("hibp")) {
            m_out << QCoreApplication::translate("Cli", "Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.");
        } else if (breach->factsSource == QLatin1String("breach-advisor")) {
            m_out << QCoreApplication::translate("Cli", "Facts: Breach Advisor's research from the sources above.");
        } else {
            m_out << QCoreApplication::translate("Cli", "Facts: from an imported catalog file.");
        }
        m_out << QLatin1Char('\n');
        m_out.flush();
        return Success;
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use catalog import, catalog add, catalog list or catalog show."));
}

int CliApplication::normalize(const CommandLine &commandLine)
{
    commandLine.allowOnly({QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"),
                           QStringLiteral("region"), QStringLiteral("language"), QStringLiteral("json")});
    const QStringList phones = commandLine.values(QStringLiteral("phone"));
    const QStringList emails = commandLine.values(QStringLiteral("email"));
    const QStringList usernames = commandLine.values(QStringLiteral("username"));
    if (phones.size() + emails.size() + usernames.size() == 0) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT"));
    }
    const QString region = commandLine.value(QStringLiteral("region"));
    if (!region.isEmpty() && !PhoneNumbers::isKnownRegion(region)) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--region \"%1\" is not a known two-letter country code.").arg(region));
    }
    QString language = commandLine.value(QStringLiteral("language"));
    if (language.isEmpty()) {
        language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    }

    QJsonArray results;
    for (const QString &phone : phones) {
        results.append(phoneJson(PhoneNumbers::normalize(phone, region, language)));
    }
    for (const QString &email : emails) {
        results.append(textIdentifierJson("email", EmailAddress::normalize(email)));
    }
    for (const QString &username : usernames) {
        results.append(textIdentifierJson("username", Username::normalize(username)));
    }
    bool allValid = true;
    for (const QJsonValue &result : results) {
        allValid = allValid && result.toObject().value(QLatin1String("valid")).toBool();
    }

    if (commandLine.has(QStringLiteral("json"))) {
        // One identifier: one object (the documented shape); several: an array of them.
        printJson(results.size() == 1 ? QJsonValue(results.first()) : QJsonValue(results));
    } else {
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QString input = result.value(QLatin1String("input")).toString();
            if (!result.value(QLatin1String("valid")).toBool()) {
                m_out << QCoreApplication::translate("Cli", "%1: not valid. %2").arg(input, result.value(QLatin1String("error")).toString()) << Qt::endl;
                continue;
            }
            m_out << QStringLiteral("%1 -> %2").arg(input, result.value(QLatin1String("normalized")).toString());
            if (result.value(QLatin1String("kind")).toString() == QLatin1String("phone")) {
                m_out << QStringLiteral("  (%1, %2").arg(result.value(QLatin1String("region")).toString(),
                                                       result.value(QLatin1String("type")).toString());
                const QString description = result.value(QLatin1String("description")).toString();
                if (!description.isEmpty()) {
                    m_out << QStringLiteral(", %1").arg(description);
                }
                m_out << QLatin1Char(')');
            }
            m_out << Qt::endl;
        }
    }
    return allValid ? Success : Failure;
}

} // namespace BreachAdvisor::Cli
