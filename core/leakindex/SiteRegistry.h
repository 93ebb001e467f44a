#pragma once

#include "LeakIndexFormat.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace BreachAdvisor {

struct RowBatch;

// Which site each row's login was for (a stealer log's URL): the host names of an
// import, numbered 1, 2, 3… in the order the file first names them, so the same file
// gives the same numbers every time. Only the host is kept, never the rest of the
// address (paths and queries may hold tokens). Number 0 is no site: a row without an
// address, one that holds no host name, or a host past the 65,535 an import keeps.
class SiteRegistry
{
public:
    static constexpr std::size_t kMaxSites = LeakIndexFormat::kMaxSites; // what an entry's 2 bytes number
    static constexpr std::size_t kMaxHostBytes = 253; // DNS

    // "https://user@Accounts.Example.com:8443/login?x" -> "accounts.example.com"; an
    // address without a scheme ("example.com/login") too; "android://…@com.app/" ->
    // "com.app". Empty when the text holds no host name.
    static std::string hostOf(std::string_view address);
    // The same into a buffer kept between calls; false when there is no host.
    static bool hostInto(std::string_view address, std::string *host);

    // Fills batch.sites from the column's addresses. Call with the batches in file order.
    void number(RowBatch &batch, int column);

    // Host of site n is hosts()[n - 1].
    const std::vector<std::string> &hosts() const { return m_hosts; }
    std::int64_t rowsWithoutSite() const { return m_rowsWithoutSite; }
    std::int64_t rowsPastLimit() const { return m_rowsPastLimit; } // their host came after the 65,535th

private:
    std::unordered_map<std::string, std::uint16_t> m_numbers;
    std::vector<std::string> m_hosts;
    std::string m_host;
    std::int64_t m_rowsWithoutSite = 0;
    std::int64_t m_rowsPastLimit = 0;
};

} // namespace BreachAdvisor
