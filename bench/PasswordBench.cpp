// Benchmarks for the leaked-password list (issue 25). Run through bench/run.sh --passwords,
// which prints the figures beside two baselines measured in the same run. Subcommands:
//   generate --rows N --out FILE            sorted random SHA-1 hashes, "HASH:COUNT\r\n" (HIBP's layout)
//   import FILE --out INDEX                 PasswordCorpusImporter: lines/s, bytes a hash, peak memory
//   lookup --index INDEX --hits FILE --count N [--cold]   find() p50/p99 for listed and unlisted hashes
//   scan FILE --hits FILE --count N         baseline: a linear scan of the text per lookup
//   sqlite FILE --db PATH --hits FILE --count N   baseline: an SQLCipher table with an index
//   report RESULTS                          the figures, the ratios, and the projection to 1 billion
// Each prints one line of JSON.
#include "Error.h"
#include "PasswordCorpusImporter.h"
#include "PasswordIndex.h"
#include "SecureBuffer.h"
#include "SqlCipher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtEndian>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

using namespace BreachAdvisor;

namespace {

QString g_label;

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

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

// Random hashes in ascending order without sorting: the range of the first 64 bits cut in N
// steps, a random value in each; the other 96 bits random. Counts follow a
// long tail, as real ones do (most passwords seen a few times, a few seen millions of times).
int generate(const QStringList &args)
{
    const std::uint64_t rows = option(args, "--rows").toULongLong();
    QFile out(option(args, "--out"));
    if (rows == 0 || !out.open(QIODevice::WriteOnly)) {
        return 1;
    }
    std::mt19937_64 random(25);
    const std::uint64_t step = ~std::uint64_t(0) / rows; // row i's first 64 bits: within its own step
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    QByteArray chunk;
    chunk.reserve(1 << 22);
    char line[64];
    for (std::uint64_t i = 0; i < rows; ++i) {
        const std::uint64_t top = i * step + random() % step;
        const std::uint64_t middle = random();
        const auto low = std::uint32_t(random());
        const auto seen = std::uint64_t(std::pow(1.0 - uniform(random), -1.3)); // Pareto: 1, 2, … millions
        const int size = std::snprintf(line, sizeof line, "%016llX%016llX%08X:%llu\r\n", static_cast<unsigned long long>(top),
                                       static_cast<unsigned long long>(middle), low, static_cast<unsigned long long>(std::max<std::uint64_t>(1, seen)));
        chunk.append(line, size);
        if (chunk.size() > (1 << 22) - 64) {
            out.write(chunk);
            chunk.clear();
        }
    }
    out.write(chunk);
    return out.error() == QFileDevice::NoError ? 0 : 1;
}

int import(const QStringList &args)
{
    const PasswordImportReport report = PasswordCorpusImporter::run(args.value(2), option(args, "--out"));
    printJson(QJsonObject{{QStringLiteral("lines"), double(report.lines)},
                          {QStringLiteral("hashes"), double(report.hashes)},
                          {QStringLiteral("seconds"), report.seconds},
                          {QStringLiteral("lines_per_second"), double(report.lines) / report.seconds},
                          {QStringLiteral("bytes"), double(report.bytes)},
                          {QStringLiteral("bytes_per_hash"), double(report.bytes) / double(report.hashes)},
                          {QStringLiteral("peak_rss_mib"), double(peakRssKiB()) / 1024.0}});
    return 0;
}

// Keys of listed hashes: lines read at random places in the text file.
std::vector<std::uint64_t> listedKeys(const QString &path, int count)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    std::mt19937_64 random(7);
    std::vector<std::uint64_t> keys;
    while (int(keys.size()) < count) {
        file.seek(qint64(random() % std::uint64_t(std::max<qint64>(1, file.size() - 200))));
        file.readLine(); // the rest of a line
        const QByteArray line = file.readLine();
        if (line.size() > 16) {
            keys.push_back(line.left(16).toULongLong(nullptr, 16));
        }
    }
    return keys;
}

QJsonObject percentiles(std::vector<double> micros, int found)
{
    std::sort(micros.begin(), micros.end());
    return QJsonObject{{QStringLiteral("p50_us"), micros[micros.size() / 2]},
                       {QStringLiteral("p99_us"), micros[micros.size() * 99 / 100]},
                       {QStringLiteral("found"), found}};
}

int lookup(const QStringList &args)
{
    const int count = option(args, "--count", QStringLiteral("10000")).toInt();
    const std::vector<std::uint64_t> hits = listedKeys(option(args, "--hits"), count);
    PasswordIndex index(option(args, "--index"));
    std::mt19937_64 random(11);
    const auto measure = [&](bool listed) {
        std::vector<double> micros;
        int found = 0;
        for (int i = 0; i < count; ++i) {
            const std::uint64_t key = listed ? hits[std::size_t(i)] : random();
            QElapsedTimer timer;
            timer.start();
            found += index.find(key) ? 1 : 0;
            micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
        }
        return percentiles(micros, found);
    };
    if (args.contains(QLatin1String("--cold"))) {
        printJson(QJsonObject{{QStringLiteral("hits_cold"), measure(true)}});
        return 0;
    }
    measure(true); // the pages read and their chunks checked once: then warm
    printJson(QJsonObject{{QStringLiteral("hits"), measure(true)}, {QStringLiteral("misses"), measure(false)}});
    return 0;
}

// The naive offline check (KeePassXC's): read the text until the hash, for each lookup.
int scan(const QStringList &args)
{
    const int count = option(args, "--count", QStringLiteral("3")).toInt();
    const std::vector<std::uint64_t> hits = listedKeys(option(args, "--hits"), count);
    std::vector<double> seconds;
    for (const std::uint64_t key : hits) {
        const QByteArray wanted = QByteArray::number(qulonglong(key), 16).toUpper().rightJustified(16, '0');
        QFile file(args.value(2));
        file.open(QIODevice::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        char line[128];
        while (file.readLine(line, sizeof line) > 0) {
            if (std::memcmp(line, wanted.constData(), 16) == 0) {
                break;
            }
        }
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    printJson(QJsonObject{{QStringLiteral("lookups"), count}, {QStringLiteral("median_seconds"), seconds[seconds.size() / 2]}});
    return 0;
}

// The other published way: the text loaded into an SQLite table, then indexed (here SQLCipher,
// the only SQLite this app may load, with its default encryption).
int sqlite(const QStringList &args)
{
    const int count = option(args, "--count", QStringLiteral("10000")).toInt();
    const QString path = option(args, "--db");
    QFile::remove(path);
    Database db = Database::open(path, SecureBuffer::random(32), Database::Mode::Create);
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
    db.exec("CREATE TABLE pwned(hash BLOB NOT NULL, seen INTEGER NOT NULL);");
    QFile file(args.value(2));
    file.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    std::uint64_t rows = 0;
    {
        Statement insert = db.prepare("INSERT INTO pwned(hash, seen) VALUES (?, ?);");
        db.exec("BEGIN;");
        char line[128];
        qint64 size = 0;
        while ((size = file.readLine(line, sizeof line)) > 41) {
            insert.bindBlob(1, QByteArray::fromHex(QByteArray(line, 40))).bind(2, qint64(std::strtoull(line + 41, nullptr, 10)));
            insert.run();
            ++rows;
        }
        db.exec("COMMIT;");
    }
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    db.exec("CREATE INDEX pwned_hash ON pwned(hash);");
    const double indexSeconds = double(timer.nsecsElapsed()) / 1e9;
    const std::vector<std::uint64_t> hits = listedKeys(option(args, "--hits"), count);
    Statement query = db.prepare("SELECT seen FROM pwned WHERE hash >= ? ORDER BY hash LIMIT 1;");
    std::vector<double> micros;
    int found = 0;
    for (const std::uint64_t key : hits) {
        QByteArray prefix(8, '\0');
        qToBigEndian(key, prefix.data());
        QElapsedTimer lookupTimer;
        lookupTimer.start();
        query.bindBlob(1, prefix);
        found += query.step() ? 1 : 0;
        query.reset();
        micros.push_back(double(lookupTimer.nsecsElapsed()) / 1000.0);
    }
    const qint64 bytes = db.sizeInBytes();
    printJson(QJsonObject{{QStringLiteral("rows"), double(rows)},
                          {QStringLiteral("load_seconds"), loadSeconds},
                          {QStringLiteral("index_seconds"), indexSeconds},
                          {QStringLiteral("lines_per_second"), double(rows) / (loadSeconds + indexSeconds)},
                          {QStringLiteral("bytes_per_hash"), double(bytes) / double(rows)},
                          {QStringLiteral("hits"), percentiles(micros, found)}});
    return 0;
}

QJsonObject lineLabelled(const QList<QJsonObject> &lines, const QString &label)
{
    for (const QJsonObject &line : lines) {
        if (line.value(QStringLiteral("label")).toString() == label) {
            return line;
        }
    }
    return {};
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
    const QJsonObject ours = lineLabelled(lines, QStringLiteral("import"));
    const QJsonObject warm = lineLabelled(lines, QStringLiteral("lookup warm"));
    const QJsonObject cold = lineLabelled(lines, QStringLiteral("lookup cold"));
    const QJsonObject scanned = lineLabelled(lines, QStringLiteral("scan"));
    const QJsonObject table = lineLabelled(lines, QStringLiteral("sqlite"));
    const double hashes = ours.value(QStringLiteral("hashes")).toDouble();
    const double rate = ours.value(QStringLiteral("lines_per_second")).toDouble();
    const double perHash = ours.value(QStringLiteral("bytes_per_hash")).toDouble();
    std::printf("import            %12.0f hashes  %10.0f lines/s (goal 5,000,000: %s)  %.2f bytes a hash  peak %.0f MiB\n", hashes, rate,
                rate >= 5e6 ? "met" : "NOT met", perHash, ours.value(QStringLiteral("peak_rss_mib")).toDouble());
    const auto printLookup = [](const char *name, const QJsonObject &figures) {
        if (!figures.isEmpty()) {
            std::printf("lookup %-10s p50 %8.2f us  p99 %8.2f us  (%d found)\n", name, figures.value(QStringLiteral("p50_us")).toDouble(),
                        figures.value(QStringLiteral("p99_us")).toDouble(), figures.value(QStringLiteral("found")).toInt());
        }
    };
    printLookup("warm hits", warm.value(QStringLiteral("hits")).toObject());
    printLookup("misses", warm.value(QStringLiteral("misses")).toObject());
    printLookup("cold hits", cold.value(QStringLiteral("hits_cold")).toObject());
    const double p99 = warm.value(QStringLiteral("hits")).toObject().value(QStringLiteral("p99_us")).toDouble();
    std::printf("lookup goal       p99 <= 50 us warm: %s\n", p99 <= 50 ? "met" : "NOT met");
    if (!scanned.isEmpty()) {
        const double seconds = scanned.value(QStringLiteral("median_seconds")).toDouble();
        std::printf("baseline scan     %.2f s a lookup (median of %d): %.0fx our warm p50\n", seconds, scanned.value(QStringLiteral("lookups")).toInt(),
                    seconds * 1e6 / std::max(0.01, warm.value(QStringLiteral("hits")).toObject().value(QStringLiteral("p50_us")).toDouble()));
    }
    if (!table.isEmpty()) {
        const double tableRate = table.value(QStringLiteral("lines_per_second")).toDouble();
        std::printf("baseline SQLite   load %.1f s + index %.1f s: %.0f lines/s (we are %.1fx faster), %.2f bytes a hash (%.1fx ours)\n",
                    table.value(QStringLiteral("load_seconds")).toDouble(), table.value(QStringLiteral("index_seconds")).toDouble(), tableRate,
                    tableRate > 0 ? rate / tableRate : 0.0, table.value(QStringLiteral("bytes_per_hash")).toDouble(),
                    perHash > 0 ? table.value(QStringLiteral("bytes_per_hash")).toDouble() / perHash : 0.0);
        printLookup("SQLite", table.value(QStringLiteral("hits")).toObject());
    }
    // At a billion hashes each Elias-Fano low part is log2(1e9 / n) bits shorter.
    if (hashes > 0) {
        const double projectedPerHash = perHash - std::log2(1e9 / hashes) / 8.0;
        std::printf("projected to 1e9  %.2f bytes a hash (goal 5: %s), %.1f GB on disk, import %.0f s\n", projectedPerHash,
                    projectedPerHash <= 5 ? "met" : "NOT met", projectedPerHash, rate > 0 ? 1e9 / rate : 0.0); // 1e9 × bytes = GB
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
        if (command == QLatin1String("lookup")) return lookup(args);
        if (command == QLatin1String("scan")) return scan(args);
        if (command == QLatin1String("sqlite")) return sqlite(args);
        if (command == QLatin1String("report")) return report(args);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "password-bench: %s\n", error.what());
        return 1;
    }
    std::fprintf(stderr, "usage: password-bench generate|import|lookup|scan|sqlite|report ... (see bench/run.sh)\n");
    return 2;
}
