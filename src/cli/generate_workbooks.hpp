// vnplan generate WORKBOOK...: every workbook's documents made in the command's office (the
// warm one when `vnplan office start` left one) and, with --jobs above 1 and no --each, in
// offices started beside it, a whole workbook each at a time (cli/generate_pool). Each
// workbook is reported on its own, in the order given, as verify does: one that cannot be
// read, whose totals disagree or whose documents would take the name of an earlier
// workbook's does not stop the others; only a dead office stops the command (exit 2) - with
// several offices, the workbook of one that died is redone by another.
#pragma once

#include "cli/cli.hpp"
#include "office/plan/generate.hpp"

#include <string>
#include <vector>

namespace vnplan::cli {

// Makes the documents of each workbook with `options` (its stem: the workbook's file name
// without extension) into options.out_dir: with --each, each workbook's batch shared by `jobs`
// offices as write_prepared does; without it, the workbooks shared by `jobs` offices. Names: a
// document whose name (case and composed marks aside, as Windows and macOS compare file names) an
// earlier workbook of the command already writes is never written: that later workbook is refused
// whole (exit 2), --force or not. Returns the worst exit code: ok, found_errors (totals disagree),
// unreadable.
int generate_workbooks(const Context& context, const std::vector<std::string>& workbooks,
                       const office::GenerateOptions& options, unsigned jobs);

// InputError "file not found" unless `workbook` is a file.
void require_file(const std::string& workbook);

// What the documents of any workbook share: template (the default one when empty), output
// folder, formats, --force, --override-totals; InputError for a missing template or a bad
// format.
office::GenerateOptions output_options(const Context& context, const std::string& template_file,
                                       const std::string& out_dir, const std::string& formats,
                                       bool force, bool override_totals);

} // namespace vnplan::cli
