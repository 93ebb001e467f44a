// HIBP catalog files (BreachJson::parse): a file is accepted whole or refused with an
// Error; every accepted breach can be turned back into JSON.

#include "BreachJson.h"
#include "DataClassTaxonomy.h"
#include "Error.h"
#include "FuzzSupport.h"

using namespace BreachAdvisor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const BreachJson::CatalogFile catalog = BreachJson::parse(json, QStringLiteral("fuzz.json"), Breach::Origin::Imported);
        for (const Breach &breach : catalog.breaches) {
            Fuzz::require(!breach.name.isEmpty());
            BreachJson::toJson(breach, DataClassTaxonomy::bundled());
        }
    } catch (const Error &) {
        // A refused file is a correct answer.
    }
    return 0;
}
