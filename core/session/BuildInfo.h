#pragma once

namespace BreachAdvisor::BuildInfo {

// The version (CMake's project version) and the commit the build was made from
// ("3f2a9c1b7e04", with "-dirty" for uncommitted changes; "unknown" without git).
constexpr const char *version() { return BREACH_ADVISOR_VERSION; }
const char *commit();

} // namespace BreachAdvisor::BuildInfo
