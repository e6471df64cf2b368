// vnplan generate --each ... --jobs N: several office processes share one batch. The workbook
// is read (and every document checked) in the command's office; the documents are then handed
// out from one queue to N workers, the command's office and N-1 offices started here, each
// rendering and storing whole documents. A worker whose office dies hands its document back
// (another worker, or the same one with a new office, redoes it); a file is only renamed into
// place once all its formats are stored, so none is ever half-written.
#pragma once

#include "cli/cli.hpp"
#include "office/plan/generate.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstddef>
#include <filesystem>
#include <vector>

namespace vnplan::cli {

// How many offices share a batch without --jobs: the number of cores, at most 4.
unsigned default_jobs() noexcept;

// "--jobs" as given: a whole number from 1 to 32; InputError otherwise.
unsigned parse_jobs(const std::string& text);

// office::generate_plans with the writing of a batch (--each) shared by `jobs` offices (at
// most one per two documents): `first` is the command's office, which reads the workbook
// and works as one of them; the others are started and stopped here. jobs == 1 or a single
// document: generate_plans itself. Files in batch order, as generate_plans gives them.
// InputError when a document cannot be written or every office keeps dying (the finished
// documents then stay, none half-written).
office::GenerateResult generate_batch(
    const Context& context,
    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& first,
    const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheetDocument>& workbook,
    const office::GenerateOptions& options, unsigned jobs);

} // namespace vnplan::cli
