// What the award dialogs do to a document, without any window: find the table around the
// selection, mark the cells a check names, write an allocation. Each write is one undo step.
#pragma once

#include "core/awards/apportion.hpp"
#include "core/awards/apportion_compare.hpp"
#include "core/awards/verify.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <string>
#include <vector>

namespace vnplan::office {

namespace css = com::sun::star;

struct CheckedTable {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    Grid grid;
    awards::Verification verification;
};

// The award table around `selection`: the selection itself when it spans several rows,
// otherwise the block of filled cells around it (Calc's "current region"), widened upwards
// to take the header rows. Throws InputError when no award table is there.
CheckedTable check_table_around(const css::uno::Reference<css::table::XCellRange>& selection);

// What the check dialog lists: the findings (errors, then warnings; "OK" when none), then
// what was read (sections, rows, columns, the grand-total row used).
std::vector<std::string> check_lines(const CheckedTable& table, Lang lang);

// Puts a comment with the message on every cell of the check's findings and colours errors
// and warnings; one undo step ("Đánh dấu bảng khen thưởng"). Returns how many cells.
std::size_t mark_findings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const CheckedTable& table, Lang lang);

struct AllocationRequest {
    css::uno::Reference<css::table::XCellRange> weights; // one column or one row
    double total = 0;
    std::string method; // "" = hamilton
    awards::Bounds minimum, maximum;
    css::uno::Reference<css::table::XCellRange> output; // the first cell of the result column
};

// Allocates and writes the seats down from `output`, one undo step ("Phân bổ chỉ tiêu").
// Refuses to overwrite non-empty cells (InputError) unless `overwrite`.
awards::Allocation
allocate_into(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
              const AllocationRequest& request, bool overwrite = false);

// Every method on the request's weights, total and bounds (the dialog's comparison, shown
// before anything is written). InputError for bad input, as allocate_into.
awards::MethodComparison compare_request(const AllocationRequest& request);

// What the comparison calls the units: each weight's cell, and the name beside it when the
// cell left of a column of weights (above a row of them) holds text: "B2 UBND xã Tân Lập".
std::vector<std::string> unit_labels(const css::uno::Reference<css::table::XCellRange>& weights);

// Writes the working of the request's method (ALLOCATEREPORT's table) and, below it, the
// comparison of the methods (ALLOCATECOMPARE's) on a new sheet after the others, as one undo
// step ("Cách tính phân bổ"); a failure removes the half-written sheet. Returns its name:
// "Cách tính phân bổ" / "Allocation working", with " (2)", ... when taken.
std::string write_working(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const AllocationRequest& request, Lang lang);

// Numbers of a one-column or one-row range (blanks 0); InputError for text or errors.
std::vector<double> weights_in(const css::uno::Reference<css::table::XCellRange>& range);

} // namespace vnplan::office
