#include "LeakIndexFormat.h"

#include <algorithm>
#include <cmath>

namespace BreachAdvisor::LeakIndexFormat {

int bucketBitsFor(std::uint64_t records)
{
    const double buckets = std::max(1.0, double(records) / kEntriesPerBucket);
    return std::clamp(int(std::lround(std::log2(buckets))), kMinBucketBits, kMaxBucketBits);
}

} // namespace BreachAdvisor::LeakIndexFormat
