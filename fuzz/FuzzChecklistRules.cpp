// The checklist's rule files (ChecklistRules::load): any file loads or is refused, and
// its problems can be listed.

#include "ChecklistRules.h"
#include "DataClassTaxonomy.h"
#include "Error.h"
#include "FuzzSupport.h"

using namespace BreachAdvisor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = Fuzz::writeScratchFile(QStringLiteral("rules/fuzz.json"), data, size);
    try {
        const ChecklistRules rules = ChecklistRules::load(path.section(QLatin1Char('/'), 0, -2));
        rules.problems(DataClassTaxonomy::bundled());
        for (const ChecklistStep &step : rules.steps()) {
            rules.step(step.id);
        }
    } catch (const Error &) {
        // A refused file is a correct answer.
    }
    return 0;
}
