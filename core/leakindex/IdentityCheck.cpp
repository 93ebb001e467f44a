#include "IdentityCheck.h"

#include "BreachCatalog.h"
#include "IdentifierHasher.h"
#include "LeakIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace BreachAdvisor {

namespace {

constexpr qsizetype kChunk = 64;                // identifiers a thread normalizes at a time
constexpr qsizetype kPerExtraThread = 256;      // fewer than this per thread: not worth a thread

// Normalizing is most of a batch check's work (libphonenumber: ~10 µs a number), so a
// big batch is shared among the cores. The calling thread works too, and reports
// progress between its chunks.
QList<NormalizedIdentifier> normalizeAll(const QList<IdentifierInput> &inputs, const QString &region, const WorkControl &control)
{
    const qsizetype count = inputs.size();
    QList<NormalizedIdentifier> results(count);
    std::atomic<qsizetype> next = 0;
    std::atomic<qsizetype> done = 0;
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto work = [&](bool reporting) {
        try {
            for (;;) {
                const qsizetype begin = next.fetch_add(kChunk);
                if (begin >= count || control.cancelled()) {
                    return;
                }
                const qsizetype end = std::min(begin + kChunk, count);
                for (qsizetype i = begin; i < end; ++i) {
                    results[i] = Identifiers::normalize(inputs.at(i), region);
                }
                done += end - begin;
                if (reporting) {
                    control.report(done, count);
                }
            }
        } catch (...) {
            std::lock_guard lock(failureMutex);
            failure = std::current_exception();
            next = count;
        }
    };
    const qsizetype extra = std::min<qsizetype>(std::max(0, QThread::idealThreadCount() - 1), count / kPerExtraThread);
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < extra; ++i) {
        threads.emplace_back(work, false);
    }
    work(true);
    for (std::thread &thread : threads) {
        thread.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    control.throwIfCancelled();
    return results;
}

} // namespace

QStringList CheckSummary::sentences() const
{
    QStringList sentences;
    if (imports == 0) {
        sentences << QCoreApplication::translate("IdentityCheck", "No leak files are imported into this vault yet, so these could not be "
                                                                  "looked up in any leak.");
    } else if (found == 0) {
        sentences << QCoreApplication::translate("IdentityCheck", "None of these were found in the leak files imported into this vault "
                                                                  "(imports: %1).").arg(imports)
                  << QCoreApplication::translate("IdentityCheck", "That does not mean they never leaked: only the imported files were checked.");
    } else {
        QStringList titles;
        for (const Breach &breach : breaches) {
            titles << (breach.title.isEmpty() ? breach.name : breach.title);
        }
        sentences << QCoreApplication::translate("IdentityCheck", "Found %1 of %2 in: %3. This does not mean anyone has used your accounts.")
                         .arg(found)
                         .arg(total)
                         .arg(titles.join(QStringLiteral(", ")));
    }
    if (notChecked > 0) {
        sentences << QCoreApplication::translate("IdentityCheck", "%1 of %2 could not be checked: see why below.").arg(notChecked).arg(total);
    }
    return sentences;
}

IdentityCheck::IdentityCheck(const BreachCatalog &catalog, LeakIndex &index, const IdentifierHasher &hasher)
    : m_catalog(catalog)
    , m_index(index)
    , m_hasher(hasher)
{
}

QList<CheckedIdentifier> IdentityCheck::check(const QList<IdentifierInput> &inputs, const QString &region, const WorkControl &control)
{
    control.report(0, inputs.size());
    const QList<NormalizedIdentifier> normalized = normalizeAll(inputs, region, control);
    QList<CheckedIdentifier> results;
    results.reserve(inputs.size());
    QList<LeakIndex::Probe> probes;
    QList<QList<qsizetype>> owners; // results sharing each probe: the same identifier typed twice is looked up once
    QHash<QPair<int, QString>, qsizetype> probeOf;
    for (const NormalizedIdentifier &identifier : normalized) {
        const IdentifierInput &input = inputs.at(results.size());
        CheckedIdentifier result{identifier, {}};
        if (result.identifier.valid) {
            const QPair<int, QString> key(int(input.kind), result.identifier.normalized);
            const auto known = probeOf.constFind(key);
            if (known != probeOf.constEnd()) {
                owners[*known] << results.size();
            } else {
                probeOf.insert(key, probes.size());
                probes << LeakIndex::Probe{input.kind, result.identifier.normalized.toUtf8()};
                owners << QList<qsizetype>{results.size()};
            }
        }
        results << result;
    }

    const QList<QList<LeakIndex::Match>> found = m_index.lookup(probes, m_hasher);
    QHash<qint64, Breach> breaches;
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (const LeakIndex::Match &match : found.at(i)) {
            auto breach = breaches.find(match.breachId);
            if (breach == breaches.end()) {
                breach = breaches.insert(match.breachId, m_catalog.find(match.breachId).value_or(Breach()));
            }
            for (const qsizetype owner : owners.at(i)) {
                results[owner].matches << BreachMatch{*breach, match.fields, match.sites};
            }
        }
    }
    control.report(inputs.size(), inputs.size());
    return results;
}

int IdentityCheck::leakFileCount()
{
    return int(m_index.imports().size());
}

CheckSummary IdentityCheck::summarize(const QList<CheckedIdentifier> &results)
{
    CheckSummary summary;
    summary.total = int(results.size());
    summary.imports = leakFileCount();
    for (const CheckedIdentifier &result : results) {
        summary.notChecked += result.identifier.valid ? 0 : 1;
        summary.found += result.found() ? 1 : 0;
        for (const BreachMatch &match : result.matches) {
            const bool known = std::any_of(summary.breaches.cbegin(), summary.breaches.cend(),
                                           [&](const Breach &breach) { return breach.id == match.breach.id; });
            if (!known) {
                summary.breaches << match.breach;
            }
        }
    }
    std::sort(summary.breaches.begin(), summary.breaches.end(),
              [](const Breach &a, const Breach &b) { return a.title.compare(b.title, Qt::CaseInsensitive) < 0; });
    return summary;
}

} // namespace BreachAdvisor
