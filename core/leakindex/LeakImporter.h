#pragma once

#include "LeakImport.h"

#include <atomic>
#include <functional>
#include <memory>

namespace BreachAdvisor {

class Vault;

// Imports a leak file into the vault's index, as a pipeline:
//  1. read: this thread streams and parses the file (LeakFileReader) into a bounded queue;
//  2. make records: worker threads normalize and hash identifiers (RecordMaker) into
//     256 partitions by hash (PartitionStore, spilling encrypted past the memory budget);
//  3. write: each partition is sorted and written in key order (LeakIndexWriter) in one
//     transaction.
// Cancelled, failed or killed, the index is exactly as before.
class LeakImporter
{
public:
    using Progress = std::function<void(const LeakImportProgress &)>;

    LeakImporter(Vault &vault, LeakImportOptions options);
    ~LeakImporter();

    // Reads the header and a sample; resolves mapping and phone format. Throws
    // Error(Usage) for mapping errors, Error(RejectedInput) for a broken file.
    LeakImportPlan plan();
    // progress is called on the calling thread about 5 times a second; cancel may be
    // null or set from any thread (then Error(Cancelled) is thrown).
    LeakImportReport run(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace BreachAdvisor
