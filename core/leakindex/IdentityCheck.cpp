#include "IdentityCheck.h"

#include "BreachCatalog.h"
#include "IdentifierHasher.h"
#include "LeakIndex.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace BreachAdvisor {

namespace {

constexpr qsizetype kProgressStep = 256;

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
    QList<CheckedIdentifier> results;
    results.reserve(inputs.size());
    QList<IdentifierHasher::Digest> digests;
    QList<QList<qsizetype>> owners; // results sharing each digest: the same identifier typed twice is looked up once
    QHash<QPair<int, QString>, qsizetype> digestOf;
    control.report(0, inputs.size());
    for (const IdentifierInput &input : inputs) {
        if (results.size() % kProgressStep == 0) {
            control.throwIfCancelled();
            control.report(results.size(), inputs.size());
        }
        CheckedIdentifier result{Identifiers::normalize(input, region), {}};
        if (result.identifier.valid) {
            const QPair<int, QString> key(int(input.kind), result.identifier.normalized);
            const auto known = digestOf.constFind(key);
            if (known != digestOf.constEnd()) {
                owners[*known] << results.size();
            } else {
                const QByteArray utf8 = result.identifier.normalized.toUtf8();
                digestOf.insert(key, digests.size());
                digests << m_hasher.hash(input.kind, std::string_view(utf8.constData(), size_t(utf8.size())));
                owners << QList<qsizetype>{results.size()};
            }
        }
        results << result;
    }
    control.throwIfCancelled();

    const QList<QList<LeakIndex::Match>> found = m_index.lookup(digests);
    QHash<qint64, Breach> breaches;
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (const LeakIndex::Match &match : found.at(i)) {
            auto breach = breaches.find(match.breachId);
            if (breach == breaches.end()) {
                breach = breaches.insert(match.breachId, m_catalog.find(match.breachId).value_or(Breach()));
            }
            for (const qsizetype owner : owners.at(i)) {
                results[owner].matches << BreachMatch{*breach, match.fields};
            }
        }
    }
    control.report(inputs.size(), inputs.size());
    return results;
}

CheckSummary IdentityCheck::summarize(const QList<CheckedIdentifier> &results)
{
    CheckSummary summary;
    summary.total = int(results.size());
    summary.imports = int(m_index.imports().size());
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
