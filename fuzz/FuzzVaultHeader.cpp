// The vault header (VaultHeader::parse): accepted or refused with an Error, quickly
// (no KDF settings beyond the cap get through), and an accepted header reads back the
// same after it is written out.

#include "Error.h"
#include "FuzzSupport.h"
#include "VaultHeader.h"

using namespace BreachAdvisor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const VaultHeader header = VaultHeader::parse(bytes, QStringLiteral("vault.header"));
        Fuzz::require(header.passphrase.kdf.isAcceptable());
        Fuzz::require(header.passphrase.salt.size() == qsizetype(VaultKeys::kSaltSize));
        const VaultHeader again = VaultHeader::parse(header.toJson(), QStringLiteral("vault.header"));
        Fuzz::require(again.toJson() == header.toJson());
    } catch (const Error &) {
        // A refused header is a correct answer.
    }
    return 0;
}
