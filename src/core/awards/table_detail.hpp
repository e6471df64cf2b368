// Internal to the award-table reader (table*.cpp): the steps of read_layout.
#pragma once

#include "core/awards/table.hpp"

#include <memory>
#include <string>
#include <vector>

namespace vnplan::awards::detail {

// The grid with its legacy TCVN3/VNI text in Unicode (by the cell's font, else the vntext
// detector); `encodings` lists those met. Returns nullptr when nothing needed converting.
std::unique_ptr<Grid> unicode_grid(const Grid& grid, std::vector<std::string>& encodings);

// Folded text of a text cell ("" for other cells).
std::string folded(const Cell& cell);
bool row_is_blank(const Grid& grid, std::size_t row);

// "Tổng", "Tổng số", "Cộng" as a column header (folded): a row-total column.
bool row_total_header(const std::string& folded_header);

// The header block and the columns: sets header_first, header_rows, number_column,
// unit_column, note_column, count_columns, count_headers and row_totals.
void read_columns(const Grid& grid, Layout& layout);

// The rows below the header: kinds, sections (nested), items, the grand total, unclear rows.
void read_rows(const Grid& grid, Layout& layout);

// Does the row hold anything in a count column?
bool has_figures(const Grid& grid, const Layout& layout, std::size_t row);

} // namespace vnplan::awards::detail
