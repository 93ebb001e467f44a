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
#include <QMap>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace BreachAdvisor::Cli {

void CliApplication::printPlan(const QList<PlanItem> &items, const QStringList &platforms, bool detailed)
{
    static const char *const sections[] = {QT_TRANSLATE_NOOP("Cli", "Do these first"), QT_TRANSLATE_NOOP("Cli", "Next"),
                                           QT_TRANSLATE_NOOP("Cli", "When you can"), QT_TRANSLATE_NOOP("Cli", "Longer term")};
    int done = 0;
    for (const PlanItem &item : items) {
        done += item.status == QLatin1String("done") || item.status == QLatin1String("not_applicable") ? 1 : 0;
    }
    m_out << QCoreApplication::translate("Cli", "What to do: %1 steps, %2 done.").arg(items.size()).arg(done) << Qt::endl;
    int section = 0;
    bool generalShown = false;
    int number = 0;
    for (const PlanItem &item : items) {
        if (item.step->general && !generalShown) {
            m_out << Qt::endl << QCoreApplication::translate("Cli", "General tips") << Qt::endl;
            generalShown = true;
        } else if (!item.step->general && qMax(1, item.step->priority) != section) {
            section = qMax(1, item.step->priority);
            m_out << Qt::endl << QCoreApplication::translate("Cli", sections[qBound(1, section, 4) - 1]) << Qt::endl; // 0 and 1: do first
        }
        const QString box = item.status == QLatin1String("done") ? QStringLiteral("[x]")
                          : item.status == QLatin1String("skipped") || item.status == QLatin1String("not_applicable")
                              ? QStringLiteral("[-]")
                              : QStringLiteral("[ ]");
        m_out << QStringLiteral("%1 %2. %3 (%4 min) [%5]").arg(box).arg(++number).arg(item.title).arg(item.step->minutes).arg(item.step->id);
        if (item.status == QLatin1String("reopened")) {
            m_out << QCoreApplication::translate("Cli", " - reopened: it leaked again in %1").arg(item.newReasons.join(QStringLiteral(", ")));
        }
        m_out << Qt::endl;
        if (!detailed) {
            continue;
        }
        m_out << QStringLiteral("      ") << item.why << Qt::endl;
        const QStringList shown = platforms.isEmpty() ? ChecklistRules::kPlatforms : platforms;
        QStringList printed;
        for (const QString &platform : shown) {
            const QString text = item.text.instructions.value(platform, item.text.instructions.value(QStringLiteral("all")));
            if (text.isEmpty() || printed.contains(text)) {
                continue;
            }
            printed << text;
            const bool same = item.text.instructions.size() == 1 && item.text.instructions.contains(QStringLiteral("all"));
            m_out << QStringLiteral("      ") << (same ? QString() : QStringLiteral("%1: ").arg(platform)) << text << Qt::endl;
        }
        m_out << QStringLiteral("      ") << QCoreApplication::translate("Cli", "Source: %1").arg(item.text.sources.join(QStringLiteral(" "))) << Qt::endl;
        if (!item.note.isEmpty()) {
            m_out << QStringLiteral("      ") << QCoreApplication::translate("Cli", "Note: %1").arg(item.note) << Qt::endl;
        }
    }
    if (!detailed) {
        m_out << Qt::endl << QCoreApplication::translate("Cli", "Save the person (person add) and run plan --person NAME for the steps in full.") << Qt::endl;
    }
    m_out.flush();
}

int CliApplication::person(const CommandLine &commandLine)
{
    const QString action = commandLine.positional().value(1);
    if (action == QLatin1String("add")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("username"),
                                                QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("uses"),
                                                QStringLiteral("platform"), QStringLiteral("json")}));
        Person person;
        person.name = commandLine.positional().mid(2).join(QLatin1Char(' ')).trimmed();
        if (person.name.isEmpty()) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: person add NAME [--phone TEXT]... [--email TEXT]... (see --help)"));
        }
        person.country = (commandLine.value(QStringLiteral("country")) + commandLine.value(QStringLiteral("region"))).toUpper();
        if (!person.country.isEmpty() && !PhoneNumbers::isKnownRegion(person.country)) {
            throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "\"%1\" is not a known two-letter country code.").arg(person.country));
        }
        person.platforms = commandLine.values(QStringLiteral("platform"));
        person.uses = commandLine.values(QStringLiteral("uses"));
        for (const QString &phone : commandLine.values(QStringLiteral("phone"))) {
            person.identifiers << qMakePair(IdentifierKind::Phone, phone);
        }
        for (const QString &email : commandLine.values(QStringLiteral("email"))) {
            person.identifiers << qMakePair(IdentifierKind::Email, email);
        }
        for (const QString &username : commandLine.values(QStringLiteral("username"))) {
            person.identifiers << qMakePair(IdentifierKind::Username, username);
        }
        std::unique_ptr<Vault> vault = openVault(commandLine);
        // Validate before saving: a typo would otherwise never match anything.
        const PersonalPlan::Result checked = PersonalPlan(*vault).build(PersonalPlan::requestFor(person));
        for (const IdentityCheck::Result &identifier : checked.identifiers) {
            if (!identifier.valid) {
                throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "%1: %2 Nothing was saved.").arg(identifier.input, identifier.error));
            }
        }
        const Person saved = People(vault->database()).add(person);
        m_out << QCoreApplication::translate("Cli", "Saved %1. See their plan with: plan --person \"%1\"").arg(saved.name)
              << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("list")) {
        commandLine.allowOnly(withVaultOptions({QStringLiteral("json")}));
        std::unique_ptr<Vault> vault = openVault(commandLine);
        QJsonArray people;
        for (const Person &person : People(vault->database()).list()) {
            const PersonalPlan::Result planned = PersonalPlan(*vault).buildFor(person);
            int done = 0;
            for (const PlanItem &item : planned.items) {
                done += item.status == QLatin1String("done") || item.status == QLatin1String("not_applicable") ? 1 : 0;
            }
            people.append(QJsonObject{{QLatin1String("name"), person.name},
                                      {QLatin1String("country"), orNull(person.country)},
                                      {QLatin1String("identifiers"), int(person.identifiers.size())},
                                      {QLatin1String("steps"), int(planned.items.size())},
                                      {QLatin1String("done"), done}});
            if (!commandLine.has(QStringLiteral("json"))) {
                m_out << QCoreApplication::translate("Cli", "%1: %2 of %3 steps done").arg(person.name).arg(done).arg(planned.items.size()) << Qt::endl;
            }
        }
        if (commandLine.has(QStringLiteral("json"))) {
            printJson(people);
        } else if (people.isEmpty()) {
            m_out << QCoreApplication::translate("Cli", "Nobody saved yet. Add someone with: person add NAME --phone ...") << Qt::endl;
        }
        return Success;
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Use person add NAME ... or person list."));
}

int CliApplication::plan(const CommandLine &commandLine)
{
    commandLine.allowOnly(withVaultOptions({QStringLiteral("person"), QStringLiteral("json")}));
    const QString name = commandLine.value(QStringLiteral("person"));
    if (name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: plan --person NAME"));
    }
    std::unique_ptr<Vault> vault = openVault(commandLine);
    const std::optional<Person> person = People(vault->database()).find(name);
    if (!person) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "Nobody called \"%1\" is saved in this vault. See person list.").arg(name));
    }
    const PersonalPlan::Result planned = PersonalPlan(*vault).buildFor(*person);
    if (commandLine.has(QStringLiteral("json"))) {
        QJsonArray identifiers;
        for (const IdentityCheck::Result &result : planned.identifiers) {
            QJsonArray breaches;
            for (const IdentityCheck::BreachMatch &match : result.matches) {
                breaches.append(match.breach);
            }
            identifiers.append(QJsonObject{{QLatin1String("kind"), identifierKindName(result.kind)},
                                           {QLatin1String("input"), result.input},
                                           {QLatin1String("normalized"), orNull(result.normalized)},
                                           {QLatin1String("breaches"), breaches}});
        }
        printJson(QJsonObject{{QLatin1String("person"), person->name},
                              {QLatin1String("regions"), QJsonArray::fromStringList(planned.context.regions)},
                              {QLatin1String("identifiers"), identifiers},
                              {QLatin1String("plan"), planJson(planned.items)}});
        return Success;
    }
    if (planned.context.reasons.isEmpty()) {
        m_out << QCoreApplication::translate("Cli", "%1's details were not found in the leaks imported into this vault, and no service they use is in "
                    "the catalog's breaches. Nothing to do for now; check again after importing more leaks.")
                     .arg(person->name)
              << Qt::endl;
        return Success;
    }
    m_out << QCoreApplication::translate("Cli", "Plan for %1").arg(person->name) << Qt::endl;
    printPlan(planned.items, person->platforms, true);
    return Success;
}

int CliApplication::step(const CommandLine &commandLine)
{
    commandLine.allowOnly(withVaultOptions({QStringLiteral("person"), QStringLiteral("note")}));
    const QString action = commandLine.positional().value(1);
    const QString stepId = commandLine.positional().value(2);
    const QString name = commandLine.value(QStringLiteral("person"));
    static const QMap<QString, QString> statuses = {{QStringLiteral("done"), QStringLiteral("done")},
                                                    {QStringLiteral("skip"), QStringLiteral("skipped")},
                                                    {QStringLiteral("na"), QStringLiteral("not_applicable")}};
    if (!statuses.contains(action) || stepId.isEmpty() || name.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: step done|skip|na STEP_ID --person NAME [--note TEXT]"));
    }
    std::unique_ptr<Vault> vault = openVault(commandLine);
    const std::optional<Person> person = People(vault->database()).find(name);
    if (!person) {
        throw Error(ErrorKind::NotFound, QCoreApplication::translate("Cli", "Nobody called \"%1\" is saved in this vault. See person list.").arg(name));
    }
    PersonalPlan(*vault).mark(*person, stepId, statuses.value(action), commandLine.value(QStringLiteral("note")));
    m_out << QCoreApplication::translate("Cli", "Marked %1 as %2 for %3.").arg(stepId, statuses.value(action), person->name) << Qt::endl;
    return Success;
}

} // namespace BreachAdvisor::Cli
