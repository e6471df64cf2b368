// Appendices from any table of an open workbook, written as their own document (.odt, .docx,
// .pdf): `vnplan appendix` calls this, and so can the "Xuất phụ lục" dialog with the
// selection's sheet and range. docs/appendix.md.
#pragma once

#include "core/plan/appendix_export.hpp"
#include "office/plan/generate.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace vnplan::office {

// One table to export: "Sheet!A4:E53" (or "$'Sheet'.A4:E53") and what goes above it. An
// empty request.attached takes the line of the workbook's "Thông tin" sheet when it has one.
struct AppendixJob {
    std::string range;
    plan::AppendixRequest request;
};

// The table of `range` on `sheet` as the clerk sees it: displayed texts, bold, italic,
// alignment, merged cells and column widths (cut to the sheet's used area).
plan::SheetTable read_sheet_table(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
                                  const std::string& sheet, const std::string& range);

// The "(Kèm theo ...)" line of the workbook's "Thông tin" sheet (as generate writes it), or ""
// when it has none. InputError when that sheet cannot be read.
std::string attached_line_of(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book);

// The appendices of `jobs` read from `book` and checked: `problems` holds the award tables
// whose own totals disagree (all of them unless override_totals; the document then carries
// the computed figures). The dialog renders the document where the clerk wants it.
struct PreparedAppendices {
    plan::Document document;
    std::vector<plan::TotalsProblem> problems;
};
PreparedAppendices
prepare_appendices(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
                   const std::vector<AppendixJob>& jobs, Lang lang, bool override_totals);

// The appendices, one after another, in one document per call (options.stem; the formats,
// out_dir, overwrite, override_totals and template_file of `options`). Stops before writing
// when an award table's totals disagree (result.problems), unless override_totals.
GenerateResult export_appendices(const css::uno::Reference<css::uno::XComponentContext>& context,
                                 const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
                                 const std::vector<AppendixJob>& jobs,
                                 const GenerateOptions& options);

} // namespace vnplan::office
