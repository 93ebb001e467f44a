#include "SiteRegistry.h"

#include "LeakFile.h"

namespace BreachAdvisor {

namespace {

bool isHostCharacter(unsigned char c)
{
    // Letters, digits, '-', '_' (seen in real hosts) and '.', or any byte of a UTF-8
    // (internationalized) name.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c >= 0x80;
}

} // namespace

std::string SiteRegistry::hostOf(std::string_view address)
{
    std::string host;
    hostInto(address, &host);
    return host;
}

bool SiteRegistry::hostInto(std::string_view address, std::string *host)
{
    host->clear();
    const std::size_t first = address.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return false;
    }
    address.remove_prefix(first);
    const std::size_t scheme = address.find("://");
    if (scheme != std::string_view::npos && scheme > 0 && address.substr(0, scheme).find_first_of("/@?# ") == std::string_view::npos) {
        address.remove_prefix(scheme + 3);
    }
    // The authority ends at the path, query or fragment; a user's name and password
    // (before '@') and the port are not the host.
    address = address.substr(0, address.find_first_of("/?#\\ \t\r\n"));
    const std::size_t at = address.rfind('@');
    if (at != std::string_view::npos) {
        address.remove_prefix(at + 1);
    }
    if (!address.empty() && address.front() == '[') { // an IPv6 literal
        const std::size_t close = address.find(']');
        address = close == std::string_view::npos ? std::string_view() : address.substr(0, close + 1);
    } else {
        address = address.substr(0, address.find(':'));
    }
    while (!address.empty() && address.back() == '.') {
        address.remove_suffix(1);
    }
    if (address.empty() || address.size() > kMaxHostBytes) {
        return false;
    }
    const bool literal = address.front() == '[';
    for (const char c : address) {
        const unsigned char byte = static_cast<unsigned char>(c);
        if (!isHostCharacter(byte) && !(literal && (c == '[' || c == ']' || c == ':'))) {
            host->clear();
            return false;
        }
        host->push_back(byte >= 'A' && byte <= 'Z' ? char(byte - 'A' + 'a') : c);
    }
    if (host->find_first_not_of(".-_") == std::string::npos) {
        host->clear();
        return false;
    }
    return true;
}

void SiteRegistry::number(RowBatch &batch, int column)
{
    batch.sites.assign(batch.rowCount(), 0);
    for (std::size_t row = 0; row < batch.rowCount(); ++row) {
        const std::string_view value = batch.field(row, column);
        if (RowBatch::isStructured(value) || !hostInto(value, &m_host)) {
            ++m_rowsWithoutSite;
            continue;
        }
        const auto known = m_numbers.find(m_host);
        if (known != m_numbers.end()) {
            batch.sites[row] = known->second;
        } else if (m_hosts.size() < kMaxSites) {
            m_hosts.push_back(m_host);
            batch.sites[row] = m_numbers[m_host] = std::uint16_t(m_hosts.size());
        } else {
            ++m_rowsPastLimit;
        }
    }
}

} // namespace BreachAdvisor
