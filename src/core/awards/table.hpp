// Award-quota tables as clerks lay them out: a title block, header rows (groups merged over
// their columns), sections marked I., A. or 1. (two levels too) with subtotals on their own
// row or in a closing "Cộng" row, items numbered or not, a grand total, a signature block.
// Legacy TCVN3/VNI text is read through its font or the vntext detector.
#pragma once

#include "core/common/grid.hpp"
#include "core/common/message.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace vnplan::awards {

// subtotal: a row closing a section ("Cộng mục I"); unclear: figures that fit no part of the
// structure (an error names them); trailer: anything below the table (signatures, notes).
enum class RowKind { blank, header, section, item, total, trailer, subtotal, unclear };

struct Item {
    std::size_t row = 0;        // index into the grid
    std::optional<long> number; // the "STT" number when there is one
    std::string unit;           // unit (tập thể / cá nhân) name, in Unicode
};

struct Section {
    std::optional<std::size_t> row;          // heading row; none for items before any heading
    std::optional<std::size_t> closing_row;  // its "Cộng ..." row, when it has one
    std::string label;                       // "II" (no trailing dot)
    std::string path;                        // with the parents' labels: "A/II"
    std::string title;                       // in Unicode
    std::size_t level = 0;                   // 0 = outermost
    std::optional<std::size_t> parent;       // index into Layout::sections
    std::size_t first_row = 0, last_row = 0; // heading (or first item) to closing (or last item)
    std::vector<std::size_t> items;          // indices into Layout::items, nested ones included
};

// A count column that should equal the sum of other count columns on every row ("Tổng").
struct RowTotalColumn {
    std::size_t count = 0;          // index into Layout::count_columns
    std::vector<std::size_t> parts; // indices into Layout::count_columns
};

// Where things are in a table; every index is relative to the grid.
struct Layout {
    std::vector<RowKind> rows;
    std::size_t number_column = 0;
    std::size_t unit_column = 1;
    std::optional<std::size_t> note_column;
    std::vector<std::size_t> count_columns;
    // "Tập thể", "Cá nhân"; under a group header the full name "Bằng khen - Tập thể"
    // (empty when there is no header); Unicode.
    std::vector<std::string> count_headers;
    std::vector<RowTotalColumn> row_totals;
    std::vector<Item> items;
    std::vector<Section> sections;
    std::optional<std::size_t> total_row;
    std::size_t header_first = 0, header_rows = 0; // the header block (rows of the grid)
    std::vector<std::size_t> unclear_rows;         // figures that fit nowhere (RowKind::unclear)
    std::vector<Message> unclear_reasons;          // why, one per unclear row
    std::vector<std::size_t> hidden_rows;          // hidden rows inside the table
    std::vector<std::string> encodings;            // legacy encodings met: "TCVN3", "VNI"
};

// Recognises the structure of `table`; throws InputError when it is not an award table.
Layout read_layout(const Grid& table);

// Which section(s) to take: all, a 1-based position, or a label such as "II" / "II.". The
// position is 64 bits everywhere: Calc passes any whole number below 1e15, and a 32-bit long
// (Windows) would wrap 4294967297 to section 1 in silence.
using SectionChoice = std::variant<std::monostate, std::int64_t, std::string>;

// AWARDTOTAL: the sum of the 1-based `column` of `table` over item rows (subtotal and total
// rows left out), optionally of one section. Blank counts are 0; text, negative or fractional
// counts and error cells are InputErrors naming the cell.
long long award_total(const Grid& table, long column, const SectionChoice& section = {});

// The section index (into layout.sections) chosen by `choice`; throws when there is none.
std::size_t find_section(const Layout& layout, const SectionChoice& choice);

} // namespace vnplan::awards
