// vnplan generate --jobs N: several office processes share one command's work. A batch
// (--each) is read (and every document checked) in the command's office; the documents are
// then handed out from one queue to N workers, the command's office and N-1 others, each
// rendering and storing whole documents. Several workbooks without --each are shared the same
// way, a whole workbook at a time (cli/generate_workbooks). The other offices are started
// ahead (SpareOffices), while the command's office starts and reads. A worker whose office
// dies hands its item back (another worker, or the same one with a new office, redoes it); a
// file is only renamed into place once all its formats are stored, so none is half-written.
#pragma once

#include "cli/cli.hpp"
#include "office/plan/generate.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <vector>

namespace vnplan::cli {

// How many offices share a batch without --jobs: the number of cores, at most 4.
unsigned default_jobs() noexcept;

// "--jobs" as given: a whole number from 1 to 32; InputError otherwise.
unsigned parse_jobs(const std::string& text);

// Offices started ahead of a shared batch, each in its own thread, so that their start
// overlaps the command's own office starting and reading the workbook (about 4 s on a quiet
// machine). Those never taken are stopped when this ends.
class SpareOffices {
public:
    SpareOffices() = default;
    SpareOffices(const Context& context, unsigned count);
    ~SpareOffices();
    SpareOffices(const SpareOffices&) = delete;
    SpareOffices& operator=(const SpareOffices&) = delete;

    unsigned size() const noexcept { return static_cast<unsigned>(starts_.size()); }
    // Spare k's office once started; nullptr when it could not start or was taken already.
    std::unique_ptr<office::OfficeProcess> take(unsigned k) noexcept;

private:
    std::vector<std::future<std::unique_ptr<office::OfficeProcess>>> starts_;
};

// False when `office` does not answer a call: it died (killed or crashed).
bool answers(
    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& office) noexcept;

// Does item i in `office` and returns the files it wrote; `slot` tells concurrent workers
// apart. An exception while `office` still answers stops the whole run (rethrown by
// run_pooled); one from a dead office hands item i to another worker.
using PooledJob = std::function<std::vector<std::filesystem::path>(
    std::size_t i, const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>&,
    std::size_t slot)>;

// Items 0..count-1 done by `jobs` workers: the command's office `first` and offices taken from
// `spares` (or started here when a spare is missing or dies; 3 starts a worker at most).
// `on_take(i)` runs (under the queue's lock) as item i is handed out. Returns each item's
// files; InputError when offices kept dying and some items were not done.
std::vector<std::vector<std::filesystem::path>>
run_pooled(const Context& context,
           const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& first,
           SpareOffices& spares, std::size_t count, unsigned jobs, const PooledJob& job,
           const std::function<void(std::size_t)>& on_take = {});

// Writes prepared plans (office::prepare_plans) as office::generate_plans would, the batch
// shared by `jobs` offices (at most one per two documents): `first` is the command's office,
// the others come from `spares` or are started here. jobs == 1 or a single document: `first`
// alone. Files in batch order. InputError when a document cannot be written or every office
// keeps dying (the finished documents then stay, none half-written).
std::vector<std::filesystem::path>
write_prepared(const Context& context,
               const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& first,
               const office::PreparedPlans& plans, const office::GenerateOptions& options,
               unsigned jobs, SpareOffices& spares);

} // namespace vnplan::cli
