#pragma once

#include "LeakImport.h"
#include "LeakIndexFormat.h"

#include <array>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace BreachAdvisor {

class IdentifierHasher;

// Numbers the distinct sets of non-empty data classes (a bit mask each), for all the
// threads of one import.
class FieldSetRegistry
{
public:
    // Throws Error(RejectedInput) past 65,535 sets.
    std::uint16_t indexOf(std::uint64_t mask);
    std::vector<std::uint64_t> masks() const;

private:
    mutable std::mutex m_mutex;
    std::unordered_map<std::uint64_t, std::uint16_t> m_indexes;
    std::vector<std::uint64_t> m_masks;
};

// Turns parsed rows into index records: normalizes and hashes each identifier, and
// gives each row the number of its field set (the mapped data classes non-empty in
// it). One per worker thread.
class RecordMaker
{
public:
    struct Batch
    {
        std::vector<LeakIndexFormat::Record> records;
        std::int64_t imported = 0;
        std::int64_t skipped = 0;
        std::int64_t invalid = 0;
        std::array<std::int64_t, 3> invalidByKind{};
        std::array<std::int64_t, 3> loginKinds{}; // usernames' values by what they were: phone, email, username
        QList<LeakImportReport::Invalid> invalidExamples;
        QList<LeakImportReport::Skipped> examples;
    };

    RecordMaker(const LeakImportPlan &plan, const LeakImportOptions &options, const IdentifierHasher &hasher,
                FieldSetRegistry &fieldSets);

    void make(const RowBatch &rows, Batch *out);

private:
    // What a username column's value is; leaves the normalized form in m_normalized
    // when it is an e-mail address or a phone number.
    IdentifierKind loginKind(std::string_view value);
    // Leaves the normalized form in m_normalized; says why not (values masked) when asked.
    bool normalize(IdentifierKind kind, std::string_view value, QString *problem);
    // Why a value is not an identifier of that kind, for a person: the value masked.
    static QString problemText(IdentifierKind kind, std::string_view value, const QString &reason);

    PhoneColumnNormalizer m_phones;
    PhoneColumnNormalizer m_loginPhones; // numbers in username columns: with their country code
    const IdentifierHasher &m_hasher;
    FieldSetRegistry &m_fieldSets;
    std::unordered_map<std::uint64_t, std::uint16_t> m_localSets;
    std::vector<std::pair<QList<int>, std::uint64_t>> m_fields;
    std::vector<std::pair<LeakMapping::IdentifierColumn, std::uint64_t>> m_identifiers;
    std::array<std::uint64_t, 3> m_kindBits{}; // each identifier kind's data class bit
    std::string m_normalized;
};

} // namespace BreachAdvisor
