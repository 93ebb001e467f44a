#include "RecordMaker.h"

#include "Error.h"
#include "IdentifierHasher.h"
#include "LeakMapping.h"
#include "LeakImportText.h"
#include "TextIdentifiers.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace BreachAdvisor {

namespace {

QString reasonText(const char *code)
{
    static const QHash<QByteArray, const char *> texts = {
        {"too_short", QT_TRANSLATE_NOOP("LeakImporter", "too short")},
        {"too_long", QT_TRANSLATE_NOOP("LeakImporter", "too long")},
        {"invalid_country_code", QT_TRANSLATE_NOOP("LeakImporter", "no such country code")},
        {"missing_region", QT_TRANSLATE_NOOP("LeakImporter", "no country code, and the file's country was not given")},
        {"not_a_number", QT_TRANSLATE_NOOP("LeakImporter", "not a number")},
        {"invalid_number", QT_TRANSLATE_NOOP("LeakImporter", "not a valid number")},
    };
    const char *text = texts.value(QByteArray(code), nullptr);
    return text ? QCoreApplication::translate("LeakImporter", text) : QString::fromLatin1(code);
}

bool isBlank(std::string_view value)
{
    return value.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

std::uint16_t FieldSetRegistry::indexOf(std::uint64_t mask)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_indexes.find(mask);
    if (it != m_indexes.end()) {
        return it->second;
    }
    if (m_masks.size() >= 0xffff) {
        throw Error(ErrorKind::RejectedInput, QCoreApplication::translate("LeakImporter", "The file has more than 65,535 different combinations of "
                                                                                          "filled-in columns: map fewer columns."));
    }
    m_masks.push_back(mask);
    return m_indexes[mask] = std::uint16_t(m_masks.size() - 1);
}

std::vector<std::uint64_t> FieldSetRegistry::masks() const
{
    std::lock_guard lock(m_mutex);
    return m_masks;
}

RecordMaker::RecordMaker(const LeakImportPlan &plan, const LeakImportOptions &options, const IdentifierHasher &hasher,
                         FieldSetRegistry &fieldSets)
    : m_phones(plan.phoneFormat, options.region, options.exactPhoneValidation)
    , m_loginPhones(PhoneFormat::International, options.region, options.exactPhoneValidation)
    , m_hasher(hasher)
    , m_fieldSets(fieldSets)
{
    // Bit positions once, not per row.
    const QStringList classes = plan.mapping.dataClasses();
    for (const LeakMapping::FieldColumns &field : plan.mapping.fields) {
        m_fields.push_back({field.columns, std::uint64_t(1) << classes.indexOf(field.dataClass)});
    }
    for (const LeakMapping::IdentifierColumn &identifier : plan.mapping.identifiers) {
        m_identifiers.push_back({identifier, std::uint64_t(1) << classes.indexOf(LeakMapping::identifierDataClass(identifier.kind))});
    }
    for (IdentifierKind kind : {IdentifierKind::Phone, IdentifierKind::Email, IdentifierKind::Username}) {
        const qsizetype position = classes.indexOf(LeakMapping::identifierDataClass(kind));
        m_kindBits[std::size_t(kind) - 1] = position >= 0 ? std::uint64_t(1) << position : 0;
    }
}

// A login (a username column's value) is whatever it is: an e-mail address, a phone number
// written with its country code ("+20…", "0020…"), or a username.
IdentifierKind RecordMaker::loginKind(std::string_view value)
{
    const std::size_t start = value.find_first_not_of(" \t");
    if (start == std::string_view::npos) {
        return IdentifierKind::Username;
    }
    const std::string_view trimmed = value.substr(start);
    if (value.find('@', start + 1) != std::string_view::npos) {
        if (EmailAddress::normalizeAscii(value, &m_normalized)) {
            return IdentifierKind::Email;
        }
        const NormalizedIdentifier email = EmailAddress::normalize(QString::fromUtf8(value.data(), qsizetype(value.size())));
        if (email.valid) {
            m_normalized = email.normalized.toStdString();
            return IdentifierKind::Email;
        }
    } else if ((trimmed.front() == '+' || trimmed.substr(0, 2) == "00")
               && trimmed.find_first_not_of("+0123456789 ()-./\t\r") == std::string_view::npos
               && m_loginPhones.normalize(trimmed, &m_normalized).valid) {
        return IdentifierKind::Phone;
    }
    return IdentifierKind::Username;
}

void RecordMaker::make(const RowBatch &rows, Batch *out)
{
    *out = Batch();
    // Verdicts on number ranges from this batch alone: the counts do not hang on which
    // thread got which batch.
    m_phones.forgetLearned();
    m_loginPhones.forgetLearned();
    for (std::size_t row = 0; row < rows.rowCount(); ++row) {
        std::uint64_t mask = 0;
        for (const auto &[columns, bit] : m_fields) {
            for (int column : columns) {
                if (!isBlank(rows.field(row, column))) {
                    mask |= bit;
                    break;
                }
            }
        }
        const std::size_t firstRecord = out->records.size();
        QString firstProblem;
        bool anyIdentifier = false;
        for (const auto &[identifier, bit] : m_identifiers) {
            const std::string_view value = rows.field(row, identifier.column);
            if (isBlank(value)) {
                continue;
            }
            anyIdentifier = true;
            const bool explain = firstProblem.isEmpty() || out->invalidExamples.size() < LeakImportReport::kSkippedExamples;
            QString problem;
            IdentifierKind kind = identifier.kind;
            if (kind == IdentifierKind::Username && !RowBatch::isStructured(value)) {
                kind = loginKind(value);
                ++out->loginKinds[std::size_t(kind) - 1];
                if (kind != IdentifierKind::Username) {
                    mask |= m_kindBits[std::size_t(kind) - 1];
                    out->records.push_back(LeakIndexFormat::recordOf(m_hasher.hash(kind, m_normalized)));
                    continue;
                }
            }
            mask |= bit;
            if (!normalize(identifier.kind, value, explain ? &problem : nullptr)) {
                ++out->invalid;
                ++out->invalidByKind[std::size_t(identifier.kind) - 1];
                if (out->invalidExamples.size() < LeakImportReport::kSkippedExamples) {
                    out->invalidExamples << LeakImportReport::Invalid{rows.lines[row], identifier.kind, problem};
                }
                if (firstProblem.isEmpty()) {
                    firstProblem = problem;
                }
                continue;
            }
            out->records.push_back(LeakIndexFormat::recordOf(m_hasher.hash(identifier.kind, m_normalized)));
        }
        if (out->records.size() == firstRecord) {
            ++out->skipped;
            if (out->examples.size() < LeakImportReport::kSkippedExamples) {
                out->examples << LeakImportReport::Skipped{
                    rows.lines[row],
                    anyIdentifier ? firstProblem : QCoreApplication::translate("LeakImporter", "no phone number, e-mail or username")};
            }
            continue;
        }
        ++out->imported;
        const auto known = m_localSets.find(mask);
        const std::uint16_t set = known != m_localSets.end() ? known->second : (m_localSets[mask] = m_fieldSets.indexOf(mask));
        const std::uint16_t site = rows.sites.empty() ? 0 : rows.sites[row];
        for (std::size_t i = firstRecord; i < out->records.size(); ++i) {
            out->records[i].fieldSet = set;
            out->records[i].site = site;
        }
    }
}

QString RecordMaker::problemText(IdentifierKind kind, std::string_view value, const QString &reason)
{
    switch (kind) {
    case IdentifierKind::Phone:
        return QCoreApplication::translate("LeakImporter", "invalid phone number %1 (%2)").arg(LeakImportText::masked(value), reason);
    case IdentifierKind::Email:
        return QCoreApplication::translate("LeakImporter", "invalid e-mail address %1 (%2)").arg(LeakImportText::masked(value), reason);
    case IdentifierKind::Username: break;
    }
    return QCoreApplication::translate("LeakImporter", "invalid username %1 (%2)").arg(LeakImportText::masked(value), reason);
}

bool RecordMaker::normalize(IdentifierKind kind, std::string_view value, QString *problem)
{
    if (RowBatch::isStructured(value)) {
        if (problem) {
            *problem = problemText(kind, value.substr(1), QCoreApplication::translate("LeakImporter", "a list, not one value"));
        }
        return false;
    }
    if (kind == IdentifierKind::Phone) {
        const PhoneColumnNormalizer::Result result = m_phones.normalize(value, &m_normalized);
        if (!result.valid && problem) {
            *problem = problemText(kind, value, reasonText(result.reason));
        }
        return result.valid;
    }
    if (kind == IdentifierKind::Email ? EmailAddress::normalizeAscii(value, &m_normalized) : Username::normalizeAscii(value, &m_normalized)) {
        return true;
    }
    const QString text = QString::fromUtf8(value.data(), qsizetype(value.size()));
    const NormalizedIdentifier result = kind == IdentifierKind::Email ? EmailAddress::normalize(text) : Username::normalize(text);
    if (result.valid) {
        m_normalized = result.normalized.toStdString();
    } else if (problem) {
        *problem = problemText(kind, value, result.error);
    }
    return result.valid;
}

} // namespace BreachAdvisor
