// Benchmarks for the leak index (issue: "The breach index at WhatsApp scale").
// Run through bench/run.sh, which prints the figures and the ratios to a naive
// baseline measured in the same run. Subcommands:
//   generate --rows N --format international|national|combo|url|blocks|json|sql --out FILE [--seed S]
//   import FILE --vault DIR --format (as generate) [--region CC]   (FILE may be an archive)
//   zip FILE --out ZIP   (FILE as the one member of a deflate zip, streamed)
//   lookup --vault DIR --hits FILE --count N
//   baseline FILE --vault DIR --format international|national [--region CC]
//   batch-check --vault DIR --hits FILE --count N [--repeat R]
//   bundle --vault DIR --out FILE --agent-vault DIR2   (exports DIR's imports as a signed
//          bundle, then imports it into a new vault DIR2, as a help desk and an agent would)
// Each prints one line of JSON with its measurements.
#include "BreachCatalog.h"
#include "BundleKeys.h"
#include "IdentifierHasher.h"
#include "LeakArchive.h"
#include "LeakFormatPreset.h"
#include "LeakImporter.h"
#include "LeakIndex.h"
#include "PhoneNumbers.h"
#include "SecureBuffer.h"
#include "SqlCipher.h"
#include "Vault.h"
#include "VaultSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <vector>

using namespace BreachAdvisor;

namespace {

// Fictional numbers: a real country code and range, random subscriber digits.
struct Range
{
    const char *countryCode;
    const char *nationalPrefix; // the digits after the country code that make the range valid
    int subscriberDigits;
    const char *trunk; // national format: what is dialled before the range at home
};
const Range kRanges[] = {
    {"20", "10", 8, "0"},   {"20", "11", 8, "0"},   {"20", "12", 8, "0"},   {"39", "31", 8, ""},   {"39", "34", 8, ""},
    {"1", "415555", 4, ""}, {"1", "212555", 4, ""}, {"91", "81", 8, "0"},   {"91", "98", 8, "0"},  {"966", "50", 7, "0"},
    {"90", "532", 7, "0"},  {"90", "505", 7, "0"},  {"49", "151", 8, "0"},  {"49", "176", 8, "0"}, {"44", "740", 7, "0"},
    {"33", "61", 7, "0"},   {"34", "61", 7, ""},    {"55", "119", 8, ""},   {"61", "41", 7, "0"},  {"234", "803", 7, "0"},
    {"62", "812", 8, "0"},  {"52", "55", 8, ""},    {"27", "71", 7, "0"},   {"31", "61", 7, "0"},  {"81", "90", 8, "0"},
};

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString g_label;

void printJson(QJsonObject object)
{
    if (!g_label.isEmpty()) {
        object.insert(QStringLiteral("label"), g_label);
    }
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QString option(const QStringList &args, const char *name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

SecureBuffer benchPassphrase()
{
    return SecureBuffer::copyOf("bench", 5);
}

std::unique_ptr<Vault> openOrCreate(const QString &directory)
{
    if (Vault::existsAt(directory)) {
        return Vault::open(directory, benchPassphrase());
    }
    auto vault = Vault::create(directory, benchPassphrase(), KdfParams::interactive()).vault;
    BreachCatalog(vault->database()).updateFromBundled();
    return vault;
}

std::unique_ptr<VaultSession> openOrCreateSession(const QString &directory)
{
    if (VaultSession::existsAt(directory)) {
        return VaultSession::open(directory, benchPassphrase());
    }
    return VaultSession::create(directory, benchPassphrase(), KdfParams::interactive()).session;
}

// The first numbers of a generated file, as a person would type them ("+2010...").
std::vector<QString> numbersFrom(const QString &path, int count)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    file.readLine(); // header
    std::vector<QString> numbers;
    while (int(numbers.size()) < count && !file.atEnd()) {
        const QByteArray line = file.readLine();
        numbers.push_back(QLatin1Char('+') + QString::fromLatin1(line.left(line.indexOf(','))));
    }
    return numbers;
}

// A login as leaks hold them: mostly e-mail addresses, some usernames, some phone numbers
// with their country code.
std::string randomLogin(std::mt19937_64 &random)
{
    static const char *domains[] = {"example.com", "example.org", "example.net", "mail.example", "example.co.uk"};
    std::string login;
    const std::uint64_t kind = random() % 10;
    if (kind < 7) {
        login += "user";
        login += std::to_string(random() % 100000000);
        login += '@';
        login += domains[random() % std::size(domains)];
    } else if (kind < 9) {
        login += "player_";
        login += std::to_string(random() % 10000000);
    } else {
        const Range &range = kRanges[random() % std::size(kRanges)];
        login += '+';
        login += range.countryCode;
        login += range.nationalPrefix;
        for (int i = 0; i < range.subscriberDigits; ++i) {
            login.push_back(char('0' + random() % 10));
        }
    }
    return login;
}

// A password, now and then with the separator in it.
std::string randomPassword(std::mt19937_64 &random)
{
    return (random() % 20 == 0 ? "pa:ss" : "hunter") + std::to_string(random() % 1000000);
}

// The other shapes leaks circulate in, each with the same logins and passwords:
//   combo   login:password lines
//   url     URL:login:password lines (a stealer log)
//   blocks  RedLine-style blocks of "URL: / Username: / Password: / Application:" lines
//   json    a JSON array of user objects, one per line
//   sql     a mysqldump of a forum's users table, 1,000 rows an INSERT
int generateShape(const QStringList &args, const QString &shape)
{
    const qint64 rows = option(args, "--rows").toLongLong();
    std::mt19937_64 random(option(args, "--seed", QStringLiteral("533")).toULongLong());
    std::ofstream out(option(args, "--out").toStdString(), std::ios::binary);
    if (shape == QLatin1String("json")) {
        out << "[\n";
    } else if (shape == QLatin1String("sql")) {
        out << "CREATE TABLE `phpbb_users` (\n  `user_id` int NOT NULL,\n  `username` varchar(255),\n"
               "  `user_email` varchar(100),\n  `user_password` varchar(255)\n);\n";
    }
    std::string line;
    for (qint64 row = 0; row < rows; ++row) {
        const std::string login = randomLogin(random);
        const std::string password = randomPassword(random);
        const std::string site = "site" + std::to_string(random() % 5000) + ".example";
        line.clear();
        if (shape == QLatin1String("url")) {
            line += "https://" + site + "/login:" + login + ':' + password + '\n';
        } else if (shape == QLatin1String("blocks")) {
            line += "URL: https://" + site + "/\nUsername: " + login + "\nPassword: " + password + "\nApplication: Google_[Chrome]_Default\n"
                    "===============\n";
        } else if (shape == QLatin1String("json")) {
            line += std::string(row ? ",\n" : "") + "{\"id\": " + std::to_string(row) + ", \"login\": \"" + login + "\", \"password\": \""
                  + password + "\", \"site\": \"" + site + "\"}";
        } else if (shape == QLatin1String("sql")) {
            line += row % 1000 == 0 ? "INSERT INTO `phpbb_users` VALUES " : ",";
            const std::string name = login.find('@') == std::string::npos ? login : login.substr(0, login.find('@'));
            line += '(' + std::to_string(row) + ",'" + name + "','" + (login.find('@') != std::string::npos ? login : std::string()) + "','$2y$10$"
                  + password + "')";
            line += row % 1000 == 999 || row + 1 == rows ? ";\n" : "";
        } else {
            line += login + ':' + password + '\n';
        }
        out << line;
    }
    if (shape == QLatin1String("json")) {
        out << "\n]\n";
    }
    return 0;
}

int generate(const QStringList &args)
{
    const QString shape = option(args, "--format");
    if (shape != QLatin1String("international") && shape != QLatin1String("national")) {
        return generateShape(args, shape);
    }
    const qint64 rows = option(args, "--rows").toLongLong();
    const bool national = option(args, "--format") == QLatin1String("national");
    std::mt19937_64 random(option(args, "--seed", QStringLiteral("533")).toULongLong());
    std::ofstream out(option(args, "--out").toStdString(), std::ios::binary);
    out << "phone,first_name,last_name,gender,city,about\n";
    static const char *genders[] = {"female", "male", ""};
    static const char *cities[] = {"Cairo", "Milano", "", "Riyadh", "Istanbul", "", "Berlin"};
    std::string line;
    for (qint64 row = 0; row < rows; ++row) {
        // National files hold one country (Egypt here, the largest in the 2021 scrape).
        const Range &range = national ? kRanges[random() % 3] : kRanges[random() % std::size(kRanges)];
        line.clear();
        if (national) {
            line += range.trunk;
        } else {
            line += range.countryCode;
        }
        line += range.nationalPrefix;
        for (int i = 0; i < range.subscriberDigits; ++i) {
            line.push_back(char('0' + random() % 10));
        }
        if (random() % 200 == 0) {
            line.resize(line.size() - 3); // now and then a broken number
        }
        line += ",Name";
        line += std::to_string(random() % 100000);
        line += random() % 3 ? ",Surname," : ",,";
        line += genders[random() % 3];
        line += ',';
        line += cities[random() % std::size(cities)];
        line += random() % 10 == 0 ? ",Hey there! I am using WhatsApp.\n" : ",\n";
        out << line;
    }
    return 0;
}

int import(const QStringList &args)
{
    auto session = openOrCreateSession(option(args, "--vault"));
    LeakImportOptions options;
    // The other shapes through their presets (a JSON array's columns are recognized by name).
    static const QHash<QString, QString> presets = {{QStringLiteral("combo"), QStringLiteral("combo")},
                                                    {QStringLiteral("url"), QStringLiteral("stealer-url-login-password")},
                                                    {QStringLiteral("blocks"), QStringLiteral("stealer-redline")},
                                                    {QStringLiteral("sql"), QStringLiteral("forum-sql-users")}};
    const QString shape = option(args, "--format", QStringLiteral("international"));
    if (presets.contains(shape)) {
        LeakFormatPreset::find(presets.value(shape))->applyTo(options);
    } else if (shape == QLatin1String("json")) {
        options.file.format = LeakFileFormat::Json;
    } else {
        phoneFormatFromName(option(args, "--format", QStringLiteral("international")), &options.phoneFormat);
        options.region = option(args, "--region");
        options.mapping.identifiers = {{IdentifierKind::Phone, QStringLiteral("phone")}};
        options.mapping.fields = {{QStringLiteral("Names"), {QStringLiteral("first_name"), QStringLiteral("last_name")}},
                                  {QStringLiteral("Genders"), {QStringLiteral("gender")}},
                                  {QStringLiteral("Geographic locations"), {QStringLiteral("city")}},
                                  {QStringLiteral("Bios"), {QStringLiteral("about")}}};
    }
    options.path = args.value(2);
    options.breach = QStringLiteral("Facebook");
    if (args.contains(QLatin1String("--memory-mb"))) {
        options.memoryBudget = std::size_t(option(args, "--memory-mb").toLongLong()) << 20;
    }
    LeakImportReport report;
    if (LeakArchive::isArchive(options.path)) {
        // Its members one after another, as import ARCHIVE does: the figures are their sums.
        QElapsedTimer timer;
        timer.start();
        const LeakArchiveReport archive = session->importArchive(options);
        for (const LeakImportReport &member : archive.reports) {
            report.rows += member.rows;
            report.records += member.records;
            report.bytes += member.bytes;
        }
        report.seconds = double(timer.elapsed()) / 1000.0;
    } else {
        report = session->importLeak(options);
    }
    printJson(QJsonObject{{QStringLiteral("rows"), double(report.rows)},
                          {QStringLiteral("records"), double(report.records)},
                          {QStringLiteral("seconds"), report.seconds},
                          {QStringLiteral("rows_per_second"), double(report.rows) / report.seconds},
                          {QStringLiteral("bytes"), double(report.bytes)},
                          {QStringLiteral("bytes_per_record"), double(report.bytes) / double(report.records)},
                          {QStringLiteral("peak_rss_mib"), double(peakRssKiB()) / 1024.0}});
    return 0;
}

// The file as the one member of a zip (deflate), streamed through libarchive's writer.
int zip(const QStringList &args)
{
    const QString path = args.value(2);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return 1;
    }
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    if (archive_write_open_filename(a, QFile::encodeName(option(args, "--out")).constData()) != ARCHIVE_OK) {
        archive_write_free(a);
        return 1;
    }
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, QFileInfo(path).fileName().toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, in.size());
    archive_write_header(a, entry);
    std::vector<char> buffer(std::size_t(1) << 20);
    for (qint64 got = 0; (got = in.read(buffer.data(), qint64(buffer.size()))) > 0;) {
        archive_write_data(a, buffer.data(), std::size_t(got));
    }
    archive_entry_free(entry);
    const bool ok = archive_write_close(a) == ARCHIVE_OK;
    archive_write_free(a);
    return ok ? 0 : 1;
}

// Lookup latency, warm: identifiers from the file (hits) and random ones (misses),
// each looked up on its own as a person would, timed one by one.
int lookup(const QStringList &args)
{
    auto vault = openOrCreate(option(args, "--vault"));
    const int count = option(args, "--count", QStringLiteral("10000")).toInt();
    std::vector<std::string> hits;
    for (const QString &number : numbersFrom(option(args, "--hits"), count)) {
        hits.push_back(number.toStdString());
    }
    const IdentifierHasher hasher(vault->identifierKey());
    LeakIndex index(vault->database());
    std::mt19937_64 random(7);
    const auto measure = [&](bool hit) {
        std::vector<double> micros;
        int found = 0;
        for (int i = 0; i < count; ++i) {
            const std::string number = hit ? hits[std::size_t(i) % hits.size()]
                                           : "+999" + std::to_string(random() % 1000000000000ULL); // never valid
            QElapsedTimer timer;
            timer.start();
            const auto matches = index.lookup({{IdentifierKind::Phone, QByteArray::fromStdString(number)}}, hasher);
            micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
            found += matches.first().isEmpty() ? 0 : 1;
        }
        std::sort(micros.begin(), micros.end());
        return QJsonObject{{QStringLiteral("p50_us"), micros[micros.size() / 2]},
                           {QStringLiteral("p99_us"), micros[micros.size() * 99 / 100]},
                           {QStringLiteral("found"), found}};
    };
    index.lookup({}, hasher); // load the import list once
    if (args.contains(QLatin1String("--cold"))) {
        // Run right after the page cache was dropped: the first lookups read from disk.
        const QJsonObject coldHits = measure(true);
        printJson(QJsonObject{{QStringLiteral("hits_cold"), coldHits}});
        return 0;
    }
    const QJsonObject firstHits = measure(true);
    const QJsonObject misses = measure(false);
    const QJsonObject hotHits = measure(true); // the same identifiers again: their pages are cached
    printJson(QJsonObject{{QStringLiteral("hits"), firstHits}, {QStringLiteral("misses"), misses},
                          {QStringLiteral("hits_hot"), hotHits}});
    return 0;
}

// The naive way: every row through libphonenumber, one SQLCipher row per record,
// inserted in file order, in one transaction.
int baseline(const QStringList &args)
{
    const QString directory = option(args, "--vault");
    auto vault = openOrCreate(directory);
    Database &db = vault->database();
    const QString region = option(args, "--region");
    const bool national = option(args, "--format") == QLatin1String("national");
    const IdentifierHasher hasher(vault->identifierKey());
    QElapsedTimer timer;
    timer.start();
    QFile file(args.value(2));
    file.open(QIODevice::ReadOnly);
    file.readLine();
    db.exec("CREATE TABLE IF NOT EXISTS naive_record (hash BLOB NOT NULL, breach_id INTEGER NOT NULL, "
            "field_mask INTEGER NOT NULL, PRIMARY KEY (hash, breach_id, field_mask)) WITHOUT ROWID;");
    Statement pageCount = db.prepare("PRAGMA page_count;");
    pageCount.step();
    const qint64 pagesBefore = pageCount.columnInt64(0);
    pageCount.reset();
    Transaction transaction(db);
    Statement insert = db.prepare("INSERT OR IGNORE INTO naive_record VALUES (?, 1, ?);");
    qint64 rows = 0;
    qint64 records = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QList<QByteArray> fields = line.split(',');
        ++rows;
        const QString raw = QString::fromLatin1(fields.value(0));
        const NormalizedIdentifier phone = PhoneNumbers::toE164(national ? raw : QLatin1Char('+') + raw, region);
        if (!phone.valid) {
            continue;
        }
        qint64 mask = 1;
        for (int i = 1; i < fields.size(); ++i) {
            if (!fields.at(i).trimmed().isEmpty()) {
                mask |= qint64(1) << i;
            }
        }
        const IdentifierHasher::Digest digest = hasher.hash(IdentifierKind::Phone, phone.normalized.toStdString());
        insert.bindBlob(1, digest.data(), 8).bind(2, mask).run();
        ++records;
    }
    transaction.commit();
    const double seconds = double(timer.elapsed()) / 1000.0;
    pageCount.step();
    const qint64 bytes = (pageCount.columnInt64(0) - pagesBefore) * 4096;
    printJson(QJsonObject{{QStringLiteral("rows"), double(rows)},
                          {QStringLiteral("records"), double(records)},
                          {QStringLiteral("seconds"), seconds},
                          {QStringLiteral("rows_per_second"), double(rows) / seconds},
                          {QStringLiteral("bytes"), double(bytes)},
                          {QStringLiteral("bytes_per_record"), double(bytes) / double(std::max<qint64>(1, records))},
                          {QStringLiteral("peak_rss_mib"), double(peakRssKiB()) / 1024.0}});
    return 0;
}

// A help desk's client list: --count phone numbers (half from the file, half not in
// it) checked in one call of the session, warm, --repeat times; and as the baseline in
// the same run, the same numbers checked one call each.
int batchCheck(const QStringList &args)
{
    auto session = openOrCreateSession(option(args, "--vault"));
    const int count = option(args, "--count", QStringLiteral("1000")).toInt();
    const int repeat = option(args, "--repeat", QStringLiteral("20")).toInt();
    QList<IdentifierInput> inputs;
    for (const QString &number : numbersFrom(option(args, "--hits"), count / 2)) {
        inputs << IdentifierInput{IdentifierKind::Phone, number};
    }
    std::mt19937_64 random(11);
    while (inputs.size() < count) {
        // Valid Egyptian mobile numbers, almost surely not among the file's.
        inputs << IdentifierInput{IdentifierKind::Phone, QStringLiteral("+2012%1").arg(random() % 100000000, 8, 10, QLatin1Char('0'))};
    }
    session->check(inputs); // warm: the index's upper pages and the import list
    std::vector<double> millis;
    int found = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CheckReport report = session->check(inputs);
        millis.push_back(double(timer.nsecsElapsed()) / 1e6);
        found = report.summary.found;
    }
    std::sort(millis.begin(), millis.end());
    QElapsedTimer one;
    one.start();
    for (const IdentifierInput &input : std::as_const(inputs)) {
        session->check({input});
    }
    const double oneByOne = double(one.nsecsElapsed()) / 1e6;
    printJson(QJsonObject{{QStringLiteral("identifiers"), count},
                          {QStringLiteral("found"), found},
                          {QStringLiteral("median_ms"), millis[millis.size() / 2]},
                          {QStringLiteral("max_ms"), millis.back()},
                          {QStringLiteral("one_by_one_ms"), oneByOne}});
    return 0;
}

// Prints the measurements of one bench/run.sh invocation as a table, with ratios to
// the naive baseline measured in the same run.
// A help desk's vault to an agent's: the export, then the import (verifying the signature
// over the whole file first, then reading it again as it merges), each timed.
int bundle(const QStringList &args)
{
    const QString path = option(args, "--out");
    const BundleKeys::HelpDeskKeys keys = BundleKeys::generate();
    QElapsedTimer timer;
    timer.start();
    BundleExportReport exported;
    {
        auto desk = openOrCreateSession(option(args, "--vault"));
        exported = desk->exportBundle(path, keys, {});
    }
    const double exportSeconds = double(timer.elapsed()) / 1000.0;
    auto agent = openOrCreateSession(option(args, "--agent-vault"));
    agent->trustSigner(keys.publicKey, QStringLiteral("bench"));
    timer.restart();
    const BundleImportReport imported = agent->importBundle(path, QFileInfo(path).fileName(), keys.contentKey);
    const double importSeconds = double(timer.elapsed()) / 1000.0;
    printJson(QJsonObject{{QStringLiteral("records"), double(imported.records)},
                          {QStringLiteral("imports"), imported.importsAdded},
                          {QStringLiteral("bundle_bytes"), double(QFileInfo(path).size())},
                          {QStringLiteral("export_seconds"), exportSeconds},
                          {QStringLiteral("seconds"), importSeconds},
                          {QStringLiteral("records_per_second"), double(imported.records) / importSeconds},
                          {QStringLiteral("peak_rss_mib"), double(peakRssKiB()) / 1024.0}});
    return exported.records == imported.records ? 0 : 1;
}

int report(const QStringList &args)
{
    QFile file(args.value(2));
    if (!file.open(QIODevice::ReadOnly)) {
        return 1;
    }
    QList<QJsonObject> lines;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (!line.isEmpty()) {
            lines << line;
        }
    }
    double baselineRate = 0;
    for (const QJsonObject &line : lines) {
        if (line.value(QStringLiteral("label")).toString().startsWith(QLatin1String("baseline"))) {
            baselineRate = line.value(QStringLiteral("rows_per_second")).toDouble();
            std::printf("%-34s %12.0f rows/s  %6.2f bytes/record  peak %5.0f MiB\n",
                        qPrintable(line.value(QStringLiteral("label")).toString()), baselineRate,
                        line.value(QStringLiteral("bytes_per_record")).toDouble(),
                        line.value(QStringLiteral("peak_rss_mib")).toDouble());
        }
    }
    for (const QJsonObject &line : lines) {
        const QString label = line.value(QStringLiteral("label")).toString();
        if (label.startsWith(QLatin1String("import"))) {
            const double rate = line.value(QStringLiteral("rows_per_second")).toDouble();
            std::printf("%-34s %12.0f rows/s  %6.2f bytes/record  peak %5.0f MiB", qPrintable(label), rate,
                        line.value(QStringLiteral("bytes_per_record")).toDouble(), line.value(QStringLiteral("peak_rss_mib")).toDouble());
            if (baselineRate > 0) {
                std::printf("  %5.1fx baseline", rate / baselineRate);
            }
            std::printf("\n");
            if (label.startsWith(QLatin1String("import combo "))) {
                std::printf("%-34s %s (goal: 1,000,000 rows/s)\n", qPrintable(label), rate >= 1e6 ? "meets its goal" : "BELOW its goal");
            }
            if (line.value(QStringLiteral("peak_rss_mib")).toDouble() >= 512) {
                std::printf("%-34s peak memory over the 512 MiB goal\n", qPrintable(label));
            }
            // "import zip international N": the same rows as "import international N", zipped.
            if (label.startsWith(QLatin1String("import zip "))) {
                const QString plainLabel = QStringLiteral("import ") + label.mid(11);
                for (const QJsonObject &plain : lines) {
                    if (plain.value(QStringLiteral("label")).toString() == plainLabel) {
                        const double plainRate = plain.value(QStringLiteral("rows_per_second")).toDouble();
                        std::printf("%-34s %5.1f %% of the plain file's speed (goal: 70 %%)\n", qPrintable(label),
                                    plainRate > 0 ? 100.0 * rate / plainRate : 0.0);
                    }
                }
            }
        } else if (label.startsWith(QLatin1String("lookup"))) {
            for (const char *kind : {"hits", "misses", "hits_hot", "hits_cold"}) {
                const QJsonObject figures = line.value(QLatin1String(kind)).toObject();
                if (!figures.isEmpty()) {
                    std::printf("%-34s %-9s p50 %7.1f us   p99 %7.1f us\n", qPrintable(label), kind,
                                figures.value(QStringLiteral("p50_us")).toDouble(),
                                figures.value(QStringLiteral("p99_us")).toDouble());
                }
            }
        } else if (label.startsWith(QLatin1String("batch"))) {
            const double median = line.value(QStringLiteral("median_ms")).toDouble();
            const double oneByOne = line.value(QStringLiteral("one_by_one_ms")).toDouble();
            std::printf("%-34s %d identifiers in one call: median %.1f ms, max %.1f ms (%d found); one call each: %.1f ms (%.1fx)\n",
                        qPrintable(label), line.value(QStringLiteral("identifiers")).toInt(), median,
                        line.value(QStringLiteral("max_ms")).toDouble(), line.value(QStringLiteral("found")).toInt(), oneByOne,
                        median > 0 ? oneByOne / median : 0.0);
        } else if (label.startsWith(QLatin1String("bundle"))) {
            // "bundle N": against "import international N", the same records from their CSV.
            const double seconds = line.value(QStringLiteral("seconds")).toDouble();
            const double records = line.value(QStringLiteral("records")).toDouble();
            double csvSeconds = 0;
            for (const QJsonObject &plain : lines) {
                if (plain.value(QStringLiteral("label")).toString() == QStringLiteral("import international ") + label.mid(7)) {
                    csvSeconds = plain.value(QStringLiteral("seconds")).toDouble();
                }
            }
            std::printf("%-34s %.0f records: export %.1f s, import %.1f s (%.0f records/s), %.2f bytes/record, peak %.0f MiB\n",
                        qPrintable(label), records, line.value(QStringLiteral("export_seconds")).toDouble(), seconds,
                        line.value(QStringLiteral("records_per_second")).toDouble(),
                        line.value(QStringLiteral("bundle_bytes")).toDouble() / std::max(records, 1.0),
                        line.value(QStringLiteral("peak_rss_mib")).toDouble());
            std::printf("%-34s %.1fx faster than importing the CSV (%.1f s); %s (goal: 10M records in under 60 s)\n", qPrintable(label),
                        seconds > 0 ? csvSeconds / seconds : 0.0, csvSeconds,
                        records >= 1e7 ? (seconds < 60 ? "meets its goal" : "BELOW its goal") : "too few records for the goal");
        } else if (label.startsWith(QLatin1String("note"))) {
            std::printf("%s\n", qPrintable(line.value(QStringLiteral("text")).toString()));
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    g_label = option(args, "--label");
    try {
        if (command == QLatin1String("generate")) return generate(args);
        if (command == QLatin1String("import")) return import(args);
        if (command == QLatin1String("zip")) return zip(args);
        if (command == QLatin1String("lookup")) return lookup(args);
        if (command == QLatin1String("baseline")) return baseline(args);
        if (command == QLatin1String("batch-check")) return batchCheck(args);
        if (command == QLatin1String("bundle")) return bundle(args);
        if (command == QLatin1String("report")) return report(args);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "leak-bench: %s\n", error.what());
        return 1;
    }
    std::fprintf(stderr, "usage: leak-bench generate|import|zip|lookup|baseline ... (see bench/run.sh)\n");
    return 2;
}
