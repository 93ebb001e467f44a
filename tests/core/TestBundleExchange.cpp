#include "BundleFile.h"
#include "Error.h"
#include "TestSupport.h"
#include "VaultSession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace BreachAdvisor;

// A help desk's vault handed to an agent's vault as a signed bundle: the agent finds what the
// desk finds; anything untrusted, replayed, damaged or unreadable leaves the agent's vault as
// it was.
class TestBundleExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void roundTripFindsWhatTheDeskFinds();
    void importingAgainAddsNothing();
    void chosenImportsOnly();
    void untrustedSignerChangesNothing();
    void olderBundleIsReportedAndRefused();
    void damagedBundlesChangeNothing();
    void signedButUnusableContentChangesNothing();

private:
    // What a vault holds that an import could change, to compare before and after.
    struct State
    {
        int breaches = 0;
        qint64 records = 0;
        QList<qint64> imports;
        QList<QDateTime> signersTakenFrom;
        bool operator==(const State &other) const = default;
    };
    State stateOf(VaultSession &session);
    QString exportAll(const QString &name, const QList<qint64> &importIds = {});
    LeakImportOptions leakFile(const QByteArray &csv, const QString &breach);
    QList<QStringList> findings(VaultSession &session);
    QString copyChanged(const QString &path, qsizetype at);

    std::optional<BundleKeys::HelpDeskKeys> m_keys;
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<VaultSession> m_desk;
    std::unique_ptr<VaultSession> m_agent;
    QList<qint64> m_deskImports;
};

namespace {

const QList<IdentifierInput> kPeople = {
    {IdentifierKind::Phone, QStringLiteral("+20 100 123 4567")},
    {IdentifierKind::Phone, QStringLiteral("+33 6 12 34 56 78")},
    {IdentifierKind::Email, QStringLiteral("Leila@Example.com")},
    {IdentifierKind::Username, QStringLiteral("marco_t")},
    {IdentifierKind::Phone, QStringLiteral("+39 347 123 4567")}, // in no leak
};

} // namespace

void TestBundleExchange::initTestCase()
{
    m_keys = BundleKeys::generate();
}

void TestBundleExchange::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    m_desk = VaultSession::create(m_temp->filePath(QStringLiteral("desk")), TestSupport::secret("desk"), KdfParams::minimum()).session;
    m_agent = VaultSession::create(m_temp->filePath(QStringLiteral("agent")), TestSupport::secret("agent"), KdfParams::minimum()).session;

    // The desk knows a breach the bundled catalog does not, and has two leak files.
    Breach forum;
    forum.name = QStringLiteral("RiverForum");
    forum.title = QStringLiteral("River Forum");
    forum.domain = QStringLiteral("riverforum.example");
    forum.breachDate = QDate(2025, 3, 1);
    forum.pwnCount = 2;
    forum.dataClasses = {QStringLiteral("Email addresses"), QStringLiteral("Usernames"), QStringLiteral("Passwords")};
    m_desk->addBreach(forum);
    m_deskImports = {
        m_desk->importLeak(leakFile("phone,name,city\n201001234567,Amira,Cairo\n33612345678,Jean,\n", QStringLiteral("Facebook"))).importId,
        m_desk->importLeak(leakFile("email,username,password\nleila@example.com,,x\n,marco_t,y\n", QStringLiteral("RiverForum"))).importId};
}

void TestBundleExchange::cleanup()
{
    m_agent.reset();
    m_desk.reset();
    m_temp.reset();
}

LeakImportOptions TestBundleExchange::leakFile(const QByteArray &csv, const QString &breach)
{
    static int counter = 0;
    LeakImportOptions options;
    options.path = m_temp->filePath(QStringLiteral("leak-%1.csv").arg(++counter));
    TestSupport::writeFile(options.path, csv);
    options.breach = breach;
    options.phoneFormat = PhoneFormat::International;
    options.progressIntervalMs = 0;
    return options;
}

TestBundleExchange::State TestBundleExchange::stateOf(VaultSession &session)
{
    State state;
    state.breaches = int(session.breaches().size());
    const IndexStats stats = session.indexStats();
    state.records = stats.records;
    for (const IndexStats::PerImport &import : stats.imports) {
        state.imports << import.import.id;
    }
    for (const BundleSigner &signer : session.bundleSigners()) {
        state.signersTakenFrom << signer.lastBundleAt;
    }
    return state;
}

QString TestBundleExchange::exportAll(const QString &name, const QList<qint64> &importIds)
{
    const QString path = m_temp->filePath(name);
    m_desk->exportBundle(path, *m_keys, importIds);
    return path;
}

// Per person: each breach found, with the fields found, as one line.
QList<QStringList> TestBundleExchange::findings(VaultSession &session)
{
    QList<QStringList> all;
    for (const CheckedIdentifier &checked : session.check(kPeople).identifiers) {
        QStringList lines;
        for (const BreachMatch &match : checked.matches) {
            lines << match.breach.name + QLatin1Char(':') + match.fields.join(QLatin1Char(','));
        }
        all << lines;
    }
    return all;
}

QString TestBundleExchange::copyChanged(const QString &path, qsizetype at)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes = in.readAll();
    bytes[at] = char(bytes.at(at) ^ 0x01);
    const QString changed = path + QStringLiteral(".changed");
    TestSupport::writeFile(changed, bytes);
    return changed;
}

void TestBundleExchange::roundTripFindsWhatTheDeskFinds()
{
    const QList<QStringList> deskFindings = findings(*m_desk);
    QCOMPARE(deskFindings.at(0), QStringList{QStringLiteral("Facebook:Phone numbers,Names,Geographic locations")});
    QCOMPARE(deskFindings.at(4), QStringList());

    const QString path = exportAll(QStringLiteral("desk.bundle"));
    QCOMPARE(findings(*m_agent), QList<QStringList>(kPeople.size()));
    m_agent->trustSigner(m_keys->publicKey, QStringLiteral("City help desk"));
    const BundleImportReport report = m_agent->importBundle(path, QStringLiteral("desk.bundle"), m_keys->contentKey);

    QCOMPARE(report.signer.name, QStringLiteral("City help desk"));
    QCOMPARE(report.header.signer, m_keys->publicKey);
    QCOMPARE(report.importsAdded, 2);
    QCOMPARE(report.importsAlreadyPresent, 0);
    QCOMPARE(report.records, 4);
    QVERIFY(!report.older);
    QVERIFY(m_agent->breach(QStringLiteral("RiverForum"))); // the desk's own breach came with it
    QCOMPARE(findings(*m_agent), deskFindings);             // hashed with the desk's key, found with the agent's
    QCOMPARE(m_agent->indexStats().records, m_desk->indexStats().records);
    QCOMPARE(m_agent->bundleSigners().first().lastBundleAt, report.header.createdAt);

    // The agent's own imports are found beside the desk's.
    m_agent->importLeak(leakFile("phone\n393471234567\n", QStringLiteral("Facebook")));
    QCOMPARE(findings(*m_agent).at(4), QStringList{QStringLiteral("Facebook:Phone numbers")});
    QCOMPARE(findings(*m_agent).at(0), deskFindings.at(0));
}

void TestBundleExchange::importingAgainAddsNothing()
{
    const QString path = exportAll(QStringLiteral("desk.bundle"));
    m_agent->trustSigner(m_keys->publicKey, QStringLiteral("desk"));
    m_agent->importBundle(path, QStringLiteral("desk.bundle"), m_keys->contentKey);
    const State before = stateOf(*m_agent);
    const BundleImportReport again = m_agent->importBundle(path, QStringLiteral("desk.bundle"), m_keys->contentKey);
    QCOMPARE(again.importsAdded, 0);
    QCOMPARE(again.importsAlreadyPresent, 2);
    QCOMPARE(again.records, 0);
    QVERIFY(!again.older); // the same bundle is not older than itself
    QCOMPARE(stateOf(*m_agent), before);
}

void TestBundleExchange::chosenImportsOnly()
{
    const QString path = exportAll(QStringLiteral("forum.bundle"), {m_deskImports.at(1)});
    m_agent->trustSigner(m_keys->publicKey, QStringLiteral("desk"));
    const BundleImportReport report = m_agent->importBundle(path, QStringLiteral("forum.bundle"), m_keys->contentKey);
    QCOMPARE(report.importsAdded, 1);
    const QList<QStringList> found = findings(*m_agent);
    QCOMPARE(found.at(0), QStringList());
    QCOMPARE(found.at(2), QStringList{QStringLiteral("RiverForum:Email addresses,Passwords")});
    QCOMPARE(found.at(3), QStringList{QStringLiteral("RiverForum:Usernames,Passwords")});

    QCOMPARE(TestSupport::failureOf([&] { exportAll(QStringLiteral("none.bundle"), {m_deskImports.at(1) + 100}); }), ErrorKind::NotFound);
    QVERIFY(!QFile::exists(m_temp->filePath(QStringLiteral("none.bundle"))));
}

void TestBundleExchange::untrustedSignerChangesNothing()
{
    const QString path = exportAll(QStringLiteral("desk.bundle"));
    const State before = stateOf(*m_agent);
    try {
        m_agent->importBundle(path, QStringLiteral("desk.bundle"), m_keys->contentKey);
        QFAIL("an untrusted bundle was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(BundleKeys::fingerprint(m_keys->publicKey)), qPrintable(error.message()));
    }
    // Another help desk, trusted, does not make this one trusted.
    m_agent->trustSigner(BundleKeys::generate().publicKey, QStringLiteral("other desk"));
    const State trustingAnother = stateOf(*m_agent);
    QCOMPARE(TestSupport::failureOf([&] { m_agent->importBundle(path, QStringLiteral("desk.bundle"), m_keys->contentKey); }),
             ErrorKind::RejectedInput);
    QCOMPARE(stateOf(*m_agent), trustingAnother);
    QCOMPARE(trustingAnother.records, before.records);
}

void TestBundleExchange::olderBundleIsReportedAndRefused()
{
    const QString older = exportAll(QStringLiteral("monday.bundle"));
    QThread::msleep(20); // bundles are dated to the millisecond
    const QString newer = exportAll(QStringLiteral("tuesday.bundle"), {m_deskImports.at(0)});
    m_agent->trustSigner(m_keys->publicKey, QStringLiteral("desk"));
    const BundleImportReport taken = m_agent->importBundle(newer, QStringLiteral("tuesday.bundle"), m_keys->contentKey);

    const State before = stateOf(*m_agent);
    try {
        m_agent->importBundle(older, QStringLiteral("monday.bundle"), m_keys->contentKey);
        QFAIL("an older bundle was imported without asking");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("monday.bundle")), qPrintable(error.message()));
    }
    QCOMPARE(stateOf(*m_agent), before);

    // Asked for, it is taken and reported, and the newest bundle stays the mark.
    const BundleImportReport replayed = m_agent->importBundle(older, QStringLiteral("monday.bundle"), m_keys->contentKey, true);
    QVERIFY(replayed.older);
    QCOMPARE(replayed.importsAdded, 1);
    QCOMPARE(replayed.importsAlreadyPresent, 1);
    QCOMPARE(m_agent->bundleSigners().first().lastBundleAt, taken.header.createdAt);
}

void TestBundleExchange::damagedBundlesChangeNothing()
{
    const QString path = exportAll(QStringLiteral("desk.bundle"));
    m_agent->trustSigner(m_keys->publicKey, QStringLiteral("desk"));
    const State before = stateOf(*m_agent);
    const qint64 size = QFileInfo(path).size();
    // A byte changed in the header, the first message, the middle, the signature.
    for (const qsizetype at : {qsizetype(30), qsizetype(size / 4), qsizetype(size / 2), qsizetype(size - 1)}) {
        const QString changed = copyChanged(path, at);
        QVERIFY2(TestSupport::failureOf([&] { m_agent->importBundle(changed, QStringLiteral("desk.bundle"), m_keys->contentKey); })
                     == ErrorKind::RejectedInput,
                 qPrintable(QStringLiteral("byte %1 of %2").arg(at).arg(size)));
        QCOMPARE(stateOf(*m_agent), before);
    }
    // Cut short.
    QFile::copy(path, path + QStringLiteral(".cut"));
    QVERIFY(QFile::resize(path + QStringLiteral(".cut"), size - 100));
    QCOMPARE(TestSupport::failureOf([&] { m_agent->importBundle(path + QStringLiteral(".cut"), QStringLiteral("cut"), m_keys->contentKey); }),
             ErrorKind::RejectedInput);
    // Another help desk's agent key.
    QCOMPARE(TestSupport::failureOf([&] { m_agent->importBundle(path, QStringLiteral("desk.bundle"), BundleKeys::generate().contentKey); }),
             ErrorKind::RejectedInput);
    QCOMPARE(stateOf(*m_agent), before);
}

void TestBundleExchange::signedButUnusableContentChangesNothing()
{
    // The desk's key signed it, but its buckets stop short: the first import was already being
    // written when that shows, and must go with the rest.
    const QString path = exportAll(QStringLiteral("desk.bundle"));
    QList<QByteArray> messages;
    {
        BundleFile::Reader reader(path, QStringLiteral("desk.bundle"), m_keys->publicKey, m_keys->contentKey);
        while (const std::optional<QByteArray> message = reader.next()) {
            messages << *message;
        }
    }
    QCOMPARE(messages.size(), 5); // manifest, keys, one message per import, end
    const QString cut = m_temp->filePath(QStringLiteral("cut.bundle"));
    {
        BundleFile::Writer writer(cut, *m_keys, QJsonObject());
        writer.add(messages.at(0));
        writer.add(messages.at(1));
        writer.add(messages.at(2));
        writer.add(messages.at(3).left(messages.at(3).size() - 1));
        writer.add(messages.at(4), true);
        writer.finish();
    }
    m_agent->trustSigner(m_keys->publicKey, QStringLiteral("desk"));
    const State before = stateOf(*m_agent);
    try {
        m_agent->importBundle(cut, QStringLiteral("cut.bundle"), m_keys->contentKey);
        QFAIL("a bundle with a cut bucket was imported");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), ErrorKind::RejectedInput);
        QVERIFY2(error.message().contains(QLatin1String("cut.bundle")), qPrintable(error.message()));
    }
    QCOMPARE(stateOf(*m_agent), before);
    QCOMPARE(findings(*m_agent), QList<QStringList>(kPeople.size()));
}

QTEST_GUILESS_MAIN(TestBundleExchange)
#include "TestBundleExchange.moc"
