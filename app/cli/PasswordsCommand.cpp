#include "Commands.h"

#include "CommandLine.h"
#include "PasswordCorpusImporter.h"
#include "PasswordHash.h"
#include "PasswordList.h"
#include "SecretInput.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

#include <unistd.h>

namespace BreachAdvisor::Cli {

namespace {

// The JSON's "kind": "sha1" or "ntlm".
QString kindKey(PasswordHashKind kind)
{
    return passwordHashKindName(kind).remove(QLatin1Char('-')).toLower();
}

int importList(CliContext &context)
{
    const QString source = context.commandLine.positional().value(2);
    if (source.isEmpty() || context.commandLine.positional().size() > 3) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: passwords import FILE|FOLDER [--json]"));
    }
    // The vault's folder, made if there is no vault yet (checking passwords needs none).
    if (!QDir().mkpath(context.vaultDirectory())) {
        throw Error(ErrorKind::Internal, QCoreApplication::translate("Cli", "Cannot make the folder %1.").arg(context.vaultDirectory()));
    }
    const QString target = PasswordList::pathIn(context.vaultDirectory());
    QElapsedTimer timer;
    timer.start();
    WorkControl control;
    if (context.environment.interactive && !context.json()) {
        control.progress = [&context, &timer, last = qint64(-1)](qint64 done, qint64 total) mutable {
            const int percent = total > 0 ? int(100 * done / total) : 0;
            if (percent == last) {
                return;
            }
            last = percent;
            QString line = QStringLiteral("\r%1% ").arg(percent, 3);
            if (percent > 0) {
                const qint64 left = timer.elapsed() * (100 - percent) / percent / 1000;
                line += QCoreApplication::translate("Cli", "about %1 s left").arg(left + 1);
            }
            context.err << line << QStringLiteral("   ");
            context.err.flush();
        };
    }
    const PasswordImportReport report = PasswordCorpusImporter::run(source, target, control);
    if (control.progress) {
        context.err << Qt::endl;
    }
    const double perHash = report.hashes > 0 ? double(report.bytes) / double(report.hashes) : 0.0;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("source"), source},
                                      {QStringLiteral("file"), target},
                                      {QStringLiteral("kind"), kindKey(report.kind)},
                                      {QStringLiteral("lines"), double(report.lines)},
                                      {QStringLiteral("hashes"), double(report.hashes)},
                                      {QStringLiteral("merged"), double(report.merged)},
                                      {QStringLiteral("blank_lines"), double(report.blankLines)},
                                      {QStringLiteral("prefix_files"), report.prefixFiles},
                                      {QStringLiteral("other_files"), report.otherFiles},
                                      {QStringLiteral("bytes"), double(report.bytes)},
                                      {QStringLiteral("bytes_per_hash"), perHash},
                                      {QStringLiteral("seconds"), report.seconds},
                                      {QStringLiteral("lines_per_second"), report.seconds > 0 ? double(report.lines) / report.seconds : 0.0}});
        return Success;
    }
    for (const QString &sentence : PasswordList::importSummary(report, source)) {
        context.out << sentence << Qt::endl;
    }
    return Success;
}

int checkPasswords(CliContext &context)
{
    if (context.commandLine.positional().size() > 2) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Passwords are never taken from the command line (other users "
                                                                         "and the shell's history would see them): type them at the "
                                                                         "prompt, or give them one a line on standard input."));
    }
    PasswordIndex index(PasswordList::pathIn(context.vaultDirectory()));
    // --person NAME: a password found is kept with them ("a password of theirs is known", with
    // the services of --uses), and their plan then starts with changing it. The vault is
    // unlocked only then, before the first password is read.
    const QString personName = context.commandLine.value(QStringLiteral("person"));
    const QStringList usedAt = context.commandLine.values(QStringLiteral("uses"));
    std::optional<Person> person;
    if (!personName.isEmpty()) {
        People::serviceIds(usedAt); // an unknown service is refused before any password is read
        person = context.session().requirePerson(personName);
    } else if (!usedAt.isEmpty()) {
        throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "--uses says where a person uses the password: give --person NAME too."));
    }
    const auto answer = [&](int line, const SecureBuffer &password) {
        const std::optional<int> seen = password.isEmpty() ? std::nullopt : index.find(passwordKey(index.info().kind, password));
        const bool kept = seen && person;
        if (kept) {
            context.session().recordKnownPassword(*person, *seen, usedAt);
        }
        if (context.json()) {
            QJsonObject answered{{QStringLiteral("line"), line},
                                 {QStringLiteral("checked"), !password.isEmpty()},
                                 {QStringLiteral("found"), seen.has_value()},
                                 {QStringLiteral("seen"), seen ? double(PasswordList::seenAtLeast(*seen)) : 0.0}};
            if (person) {
                answered.insert(QStringLiteral("kept"), kept);
            }
            context.printJsonLine(answered);
        } else if (password.isEmpty()) {
            context.out << QCoreApplication::translate("Cli", "Line %1: empty, not checked.").arg(line) << Qt::endl;
        } else {
            context.out << QCoreApplication::translate("Cli", "Line %1: %2").arg(line).arg(PasswordList::verdict(seen)) << Qt::endl;
            if (kept) {
                context.out << QCoreApplication::translate("Cli", "Kept with %1: a password of theirs is known (nothing of the password "
                                                                  "itself). Their plan now starts with changing it.")
                                   .arg(person->name)
                            << Qt::endl;
            }
        }
    };
    if (context.environment.interactive && isatty(STDIN_FILENO)) {
        for (int line = 1;; ++line) {
            const SecureBuffer password = SecretInput::prompt(QT_TRANSLATE_NOOP("SecretInput", "Password to check (Enter alone to stop): "));
            if (password.isEmpty()) {
                return Success;
            }
            answer(line, password);
        }
    }
    SecretLines lines(STDIN_FILENO, QCoreApplication::translate("Cli", "standard input"));
    while (const std::optional<SecureBuffer> password = lines.next()) {
        answer(lines.lineNumber(), *password);
    }
    return Success;
}

int printInfo(CliContext &context)
{
    PasswordIndex index(PasswordList::pathIn(context.vaultDirectory()));
    const PasswordIndex::Info &info = index.info();
    const double perHash = info.hashes > 0 ? double(info.bytes) / double(info.hashes) : 0.0;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("hashes"), double(info.hashes)},
                                      {QStringLiteral("bytes"), double(info.bytes)},
                                      {QStringLiteral("bytes_per_hash"), perHash},
                                      {QStringLiteral("kind"), kindKey(info.kind)},
                                      {QStringLiteral("source"), info.sourceName},
                                      {QStringLiteral("imported_at"), info.importedAt.toString(Qt::ISODateWithMs)}});
        return Success;
    }
    const QLocale locale;
    context.out << QCoreApplication::translate("Cli", "%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.")
                       .arg(locale.toString(qulonglong(info.hashes)), passwordHashKindName(info.kind), info.sourceName,
                            locale.toString(info.importedAt.toLocalTime(), QLocale::ShortFormat), locale.formattedDataSize(info.bytes),
                            locale.toString(perHash, 'f', 2))
                << Qt::endl;
    return Success;
}

} // namespace

QString PasswordsCommand::name() const
{
    return QStringLiteral("passwords");
}

QString PasswordsCommand::usage() const
{
    return QCoreApplication::translate("Cli", "  passwords import FILE|FOLDER [--json]\n"
                                              "                          the list of leaked passwords (Pwned Passwords), for offline checks\n"
                                              "  passwords check [--person NAME [--uses SERVICE]...] [--json]\n"
                                              "                          is a password in it? (the prompt, or one a line on standard input)\n"
                                              "  passwords info [--json]\n");
}

QString PasswordsCommand::details() const
{
    return QCoreApplication::translate("Cli", "  FILE     the ordered-by-hash download (SHA-1 or NTLM, HASH:COUNT a line), plain or\n"
                                              "           compressed; FOLDER: the downloader's files, one per 5-digit hash prefix\n"
                                              "The list is kept beside the vault (--vault DIR), not in it: it is public data. No\n"
                                              "passphrase is asked unless --person is given: nothing of the vault is read. Passwords\n"
                                              "are never taken from the command line. check --json prints one line per password:\n"
                                              "{\"line\",\"checked\",\"found\",\"seen\"} (seen: at least that many times; 0 when not\n"
                                              "found), and \"kept\" with --person. It exits 0 whether a password was found or not.\n"
                                              "  --person NAME   keep a password found with this saved person, as \"a password of\n"
                                              "                  theirs is known\" (never the password): their plan starts with\n"
                                              "                  changing it everywhere\n"
                                              "  --uses SERVICE  where they use it (repeat for more), named in that step");
}

QSet<QString> PasswordsCommand::valueOptions() const
{
    return {QStringLiteral("vault"), QStringLiteral("person"), QStringLiteral("uses")};
}

QSet<QString> PasswordsCommand::flagOptions() const
{
    return {QStringLiteral("json")};
}

int PasswordsCommand::execute(CliContext &context)
{
    const QString action = context.commandLine.positional().value(1);
    if (action == QLatin1String("import")) {
        return importList(context);
    }
    if (action == QLatin1String("check")) {
        return checkPasswords(context);
    }
    if (action == QLatin1String("info")) {
        return printInfo(context);
    }
    throw Error(ErrorKind::Usage, QCoreApplication::translate("Cli", "Usage: passwords import | check | info (see passwords --help)"));
}

} // namespace BreachAdvisor::Cli
