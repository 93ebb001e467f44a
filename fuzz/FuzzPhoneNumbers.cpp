// Phone numbers as people type them (PhoneNumbers::normalize) and as leak files hold
// them (PhoneColumnNormalizer, one fresh instance per input so its memory of number
// ranges is exercised within the input's lines). The first byte picks the region and
// the column's format; each further line is a number.

#include "Error.h"
#include "FuzzSupport.h"
#include "PhoneColumnNormalizer.h"
#include "PhoneNumbers.h"

#include <QStringList>

#include <string>
#include <string_view>

using namespace BreachAdvisor;

namespace {

// "+", a country code and a national number. Not E.164's 15 digits: libphonenumber takes
// national numbers of up to 17 digits, and Germany uses up to 15 (TestFuzzFindings).
bool looksLikeE164(const std::string &number)
{
    if (number.size() < 2 || number.size() > 1 + 3 + 17 || number.front() != '+') {
        return false;
    }
    for (std::size_t i = 1; i < number.size(); ++i) {
        if (number[i] < '0' || number[i] > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1) {
        return 0;
    }
    static const char *const regions[] = {"", "DE", "EG", "US", "GB", "IN", "BR", "NG", "IT", "VA", "GG", "ZZ"};
    const QString region = QString::fromLatin1(regions[(data[0] & 0x0f) % (sizeof regions / sizeof *regions)]);
    const PhoneFormat format = (data[0] & 0x10) ? PhoneFormat::National : PhoneFormat::International;
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);

    try {
        PhoneColumnNormalizer normalizer(format, region, (data[0] & 0x20) != 0);
        QStringList sample;
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) {
                end = text.size();
            }
            const std::string_view line = text.substr(start, end - start);
            std::string e164;
            if (normalizer.normalize(line, &e164).valid) {
                Fuzz::require(looksLikeE164(e164));
            }
            const QString typed = QString::fromUtf8(line.data(), qsizetype(line.size()));
            const NormalizedIdentifier person = PhoneNumbers::normalize(typed, region);
            if (person.valid) {
                Fuzz::require(person.normalized.startsWith(QLatin1Char('+')));
            }
            if (sample.size() < 50) {
                sample << typed;
            }
            start = end + 1;
        }
        PhoneColumnNormalizer::detect(sample, region);
    } catch (const Error &) {
        // A refused region or format is a correct answer.
    }
    return 0;
}
