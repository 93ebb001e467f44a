#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace BreachAdvisor {

// How the numbers of one column of a leak file are written. One format per column:
// guessing per row is wrong ("4915123456789" is also a valid German national number).
enum class PhoneFormat {
    International, // with the country code: "201001234567", "+20 100 123 4567", "0020..."
    National,      // as dialled inside one country (needs the region): "0100 123 4567"
    Auto,          // detect from a sample of the column, and show the guess
};
QString phoneFormatName(PhoneFormat format);
bool phoneFormatFromName(const QString &name, PhoneFormat *format);

// Normalizes the phone numbers of a leak file to E.164, fast: hundreds of millions of
// rows cannot each go through libphonenumber (≈ 12 µs a number). Numbers are
// validated by libphonenumber per number range (country code, length and leading
// digits) and the verdict is reused for the rest of that range once several numbers
// of the range agreed; ranges where they disagree are checked number by number.
// Anything unusual (letters, extensions, non-ASCII digits) takes the full path.
// One instance per thread.
class PhoneColumnNormalizer
{
public:
    struct Result
    {
        bool valid = false;
        const char *reason = nullptr; // error code when invalid ("too_short", ...)
    };

    // exact: check every number with libphonenumber (slow; for comparison and for the wary).
    PhoneColumnNormalizer(PhoneFormat format, const QString &region, bool exact = false);
    ~PhoneColumnNormalizer();

    // Writes the E.164 form ("+4915123456789") into e164 when valid.
    Result normalize(std::string_view raw, std::string *e164);

    struct Detection
    {
        PhoneFormat format = PhoneFormat::International;
        bool certain = false;
        QString explanation; // for a person: what was tried and what fitted
    };
    // Which format fits a sample of the column best. Without a region only the
    // international format can be tried.
    static Detection detect(const QStringList &sample, const QString &region);

    // Forgets what the number ranges seen so far taught. Called at the start of each part of
    // a file, it makes every verdict depend only on the numbers of that part, never on which
    // thread saw which parts first: the same file gives the same counts every time.
    void forgetLearned();

    // How many numbers took the full libphonenumber path (for benchmarks and tests).
    std::uint64_t fullChecks() const { return m_fullChecks; }

private:
    struct Memo;
    Result fullPath(std::string_view raw, std::string *e164);
    Result international(std::string_view digits, std::string *e164);
    Result national(std::string_view digits, std::string *e164);

    PhoneFormat m_format;
    std::string m_region;
    int m_regionCallingCode = 0;
    std::string m_nationalPrefix; // "0" in most countries, "1" in the US, "" in Italy
    bool m_exact;
    std::unique_ptr<Memo> m_memo;
    std::uint64_t m_fullChecks = 0;
};

} // namespace BreachAdvisor
