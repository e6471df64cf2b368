// Appendices from any table of any workbook ("vnplan appendix", later the "Xuất phụ lục"
// dialog): award tables with their totals computed, any other table copied as the clerk sees
// it, in a document of appendices only (docs/appendix.md).
#pragma once

#include "core/plan/model.hpp"

#include <string>
#include <vector>

namespace vnplan::plan {

// A table as the clerk sees it on the sheet (the office layer reads it).
struct SheetTable {
    std::string sheet;
    Grid grid;                                   // the values, for the award reader
    std::vector<std::vector<std::string>> shown; // every cell's displayed text
    std::vector<std::vector<CellLook>> looks;    // every cell's emphasis and alignment
    std::vector<Merge> merges;                   // merged cells, relative to the table
    std::vector<double> widths;                  // column widths, 1/100 mm
};

enum class Orientation { automatic, portrait, landscape };

struct AppendixRequest {
    std::string numeral;  // "II", or empty for "Phụ lục" alone
    std::string title;    // upper-cased in the document (the decree's rule)
    std::string subtitle; // optional line under the title
    std::string attached; // "(Kèm theo ...)" (parentheses added when missing), or empty
    Orientation orientation = Orientation::automatic;
};

// Award tables (the award reader finds header, sections, totals) carry the computed subtotals
// and total; any other table is copied (copied_table). InputError for an empty table.
Appendix make_appendix(const SheetTable& table, const AppendixRequest& request);

// The displayed texts with the sheet's merges and looks; trailing blank rows dropped. The
// header is the first row plus the rows its merged cells reach (and the row of sub-headers
// under a header merged across columns).
Table copied_table(const SheetTable& table);

// Numerals of `count` appendices, from `first` ("II": II, III, ...). Without `first`, a single
// appendix has none (the decree numbers them only when there are two or more) and several are
// I, II, ... InputError when `first` is not a Roman numeral.
std::vector<std::string> appendix_numerals(std::size_t count, const std::string& first);

// A document of these appendices only (no body), its template fields bound.
Document appendix_document(std::vector<Appendix> appendices);

} // namespace vnplan::plan
