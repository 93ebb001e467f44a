// CSV and TSV leak files (LeakFileReader): the first two bytes pick the options the
// command line allows (format, header, any ASCII delimiter but '"'), the rest is the file,
// plain or gzip. Every row must come out with exactly the header's number of fields.

#include "Error.h"
#include "FuzzSupport.h"

using namespace BreachAdvisor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2) {
        return 0;
    }
    LeakFileReader::Options options;
    options.format = (data[0] & 1) ? LeakFileFormat::Tsv : LeakFileFormat::Csv;
    options.hasHeader = (data[0] & 2) == 0;
    const char delimiter = char(data[1] & 0x7f);
    options.delimiter = (data[0] & 4) && delimiter != '"' ? delimiter : 0;
    const QString path = Fuzz::writeScratchFile(QStringLiteral("leak.csv"), data + 2, size - 2);
    try {
        Fuzz::readEveryRow(path, options);
    } catch (const Error &) {
        // A refused file is a correct answer.
    }
    return 0;
}
