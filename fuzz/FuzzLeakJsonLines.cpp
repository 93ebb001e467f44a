// JSON Lines leak files (LeakFileReader), plain or gzip: every row must come out with
// exactly as many fields as the columns found in the first lines.

#include "Error.h"
#include "FuzzSupport.h"

using namespace BreachAdvisor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = Fuzz::writeScratchFile(QStringLiteral("leak.jsonl"), data, size);
    LeakFileReader::Options options;
    options.format = LeakFileFormat::Jsonl;
    try {
        Fuzz::readEveryRow(path, options);
    } catch (const Error &) {
        // A refused file is a correct answer.
    }
    return 0;
}
