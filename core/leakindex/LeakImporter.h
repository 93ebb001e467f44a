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
    // One member of an archive: options.path names it in messages ("/data/a.zip/users.csv"),
    // sourceName in the vault ("a.zip/users.csv").
    LeakImporter(Vault &vault, LeakImportOptions options, std::unique_ptr<LeakByteSource> member, const QString &sourceName);
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

// Imports the chosen members of an archive (LeakImportOptions::members), each as an
// import of its own with the same options, walking the archive once: a member is read
// as it comes, never unpacked twice, never written to disk. If one fails (or the import
// is cancelled), the members imported before it are removed again: the index is as before.
class LeakArchiveImporter
{
public:
    using Progress = LeakImporter::Progress;
    // Called with each chosen member's plan before it is imported.
    using Planned = std::function<void(const QString &member, const LeakImportPlan &plan)>;

    LeakArchiveImporter(Vault &vault, LeakImportOptions options);

    // Every member listed and each chosen one planned (a dry run); with maxPlans >= 0 the
    // walk stops after that many plans (the app's preview of the first member).
    LeakArchiveReport plan(const Planned &planned = {}, int maxPlans = -1);
    LeakArchiveReport run(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr, const Planned &planned = {});

private:
    LeakArchiveReport walk(bool import, const Progress &progress, const std::atomic_bool *cancel, const Planned &planned, int maxPlans);

    Vault &m_vault;
    LeakImportOptions m_options;
};

} // namespace BreachAdvisor
