#include "DemoVault.h"

#include "Error.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace BreachAdvisor::Ui {

void DemoVault::create(const QString &directory)
{
    const SecureBuffer passphrase = SecureBuffer::copyOf(kPassphrase, sizeof kPassphrase - 1);
    VaultSession::Created created = VaultSession::create(directory, passphrase, KdfParams::interactive());
    fill(*created.session, directory + QStringLiteral("/tmp"));
}

void DemoVault::fill(VaultSession &session, const QString &scratchDirectory)
{
    Breach club;
    club.name = QStringLiteral("DemoSportsClub2025");
    //: the demo vault's fictional breach, shown as its title
    club.title = QCoreApplication::translate("DemoVault", "Demo sports club");
    club.domain = QStringLiteral("sportsclub.example");
    club.breachDate = QDate(2025, 9, 14);
    club.pwnCount = 1200;
    club.dataClasses = {QStringLiteral("Phone numbers"), QStringLiteral("Names"), QStringLiteral("Genders"),
                        QStringLiteral("Geographic locations"), QStringLiteral("Bios"), QStringLiteral("Email addresses")};
    club.ourDescription = QCoreApplication::translate("DemoVault", "A fictional sports club whose member list leaked: made up for the demo.");
    session.addBreach(club);

    // The importer reads files; the demo leak lives in the app's resources.
    // Inside the vault's folder, so private like everything there.
    QDir().mkpath(scratchDirectory);
    QFile::setPermissions(scratchDirectory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString leak = scratchDirectory + QStringLiteral("/fictional-leak.csv");
    QFile::remove(leak);
    if (!QFile::copy(QStringLiteral(":/demo/fictional-leak.csv"), leak)) {
        throw Error(ErrorKind::Internal, QStringLiteral("The demo leak file is missing from this build."));
    }
    LeakImportOptions options;
    options.path = leak;
    options.breach = club.name;
    options.phoneFormat = PhoneFormat::International;
    session.importLeak(options);
    QFile::remove(leak);

    Person amira;
    amira.name = QStringLiteral("Amira");
    amira.country = QStringLiteral("EG");
    amira.platforms = {QStringLiteral("android")};
    amira.uses = {QStringLiteral("whatsapp"), QStringLiteral("facebook")};
    amira.identifiers = {{IdentifierKind::Phone, QStringLiteral("0100 123 4567")}};
    amira = session.addPerson(amira);
    session.markStep(amira, QStringLiteral("whatsapp-two-step-pin"), StepStatus::Done, QCoreApplication::translate("DemoVault", "PIN written on the card in her wallet"));

    Person max;
    max.name = QStringLiteral("Max");
    max.country = QStringLiteral("DE");
    max.platforms = {QStringLiteral("iphone"), QStringLiteral("computer")};
    max.identifiers = {{IdentifierKind::Phone, QStringLiteral("0151 23456789")}, {IdentifierKind::Email, QStringLiteral("max.beispiel@example.com")}};
    max = session.addPerson(max);
    session.reportBreach(max, QStringLiteral("LinkedIn"), {QStringLiteral("Email addresses"), QStringLiteral("Passwords")});

    Person jo;
    jo.name = QStringLiteral("Jo");
    jo.country = QStringLiteral("GB");
    jo.platforms = {QStringLiteral("android"), QStringLiteral("computer")};
    jo.uses = {QStringLiteral("google")};
    jo.identifiers = {{IdentifierKind::Phone, QStringLiteral("07400 123456")}, {IdentifierKind::Email, QStringLiteral("jo.example@example.org")}};
    session.addPerson(jo);
}

} // namespace BreachAdvisor::Ui
