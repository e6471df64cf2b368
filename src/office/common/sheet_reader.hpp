// Reading sheet ranges into the core's Grid in one bulk transfer.
#pragma once

#include "core/common/grid.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <string>
#include <vector>

namespace vnplan::office {

namespace css = com::sun::star;

// What read_grid reads besides values and error cells: each part asks the office for another
// pass over the range (the formulas about as long as the values themselves).
struct GridParts {
    bool formulas = true;    // Grid::formulas
    bool hidden_rows = true; // Grid::hidden_rows
    bool fonts = true;       // Grid::fonts: blocks in legacy Vietnamese fonts (.Vn*, VNI*)
};

// Values and texts of `range` with its sheet position; error cells become Cell::error. Also
// the `parts` asked for, each read in bulk.
// Refuses (InputError) ranges of more than `max_cells` cells.
inline constexpr std::size_t max_cells = 4'000'000;
Grid read_grid(const css::uno::Reference<css::table::XCellRange>& range, GridParts parts = {});

// read_grid in two steps, for a memo that compares what it read (grid_memo.hpp): the values as
// getDataArray gave them, and a Grid with the position and the parts but no rows yet.
using DataRows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;
struct RawGrid {
    DataRows data;
    Grid grid; // no rows
    css::table::CellRangeAddress address;
    std::size_t width = 0, height = 0;
};
RawGrid read_raw(const css::uno::Reference<css::table::XCellRange>& range, GridParts parts = {});
// raw.grid with its rows made from raw.data.
Grid to_grid(RawGrid raw);
// `grid` (made from an earlier read of the same range) brought up to `raw`: the given rows made
// again from raw.data, the parts taken from raw.grid.
void patch_rows(Grid& grid, RawGrid raw, const std::vector<std::size_t>& rows);

// `range` cut down to the sheet's used area ("A:E" means the filled part of columns A-E);
// nullptr when they do not meet.
css::uno::Reference<css::table::XCellRange>
clip_to_used_area(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                  const css::uno::Reference<css::table::XCellRange>& range);

// The used area of a sheet (A1 to the last filled cell); empty sheets give an empty range.
css::uno::Reference<css::table::XCellRange>
used_range(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// A sheet by name, or nullptr.
css::uno::Reference<css::sheet::XSpreadsheet>
sheet_named(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
            const std::string& name);

} // namespace vnplan::office
