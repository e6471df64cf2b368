// Award-quota tables as clerks lay them out (appendix of Kế hoạch 143/KH-UBND):
// header rows, section rows "I. | title | 6 | 10", numbered item rows, an optional total row.
#pragma once

#include "core/common/grid.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace vnplan::awards {

enum class RowKind { blank, header, section, item, total, trailer };

struct Item {
    std::size_t row = 0;        // index into the grid
    std::optional<long> number; // the "STT" number when there is one
    std::string unit;           // unit (tập thể / cá nhân) name as written
};

struct Section {
    std::optional<std::size_t> row; // none for items listed before any section row
    std::string label;              // "II" (no trailing dot)
    std::string title;
    std::vector<std::size_t> items; // indices into Layout::items
};

// Where things are in a table; every index is relative to the grid.
struct Layout {
    std::vector<RowKind> rows;
    std::size_t number_column = 0;
    std::size_t unit_column = 1;
    std::optional<std::size_t> note_column;
    std::vector<std::size_t> count_columns;
    std::vector<std::string> count_headers; // "Tập thể", "Cá nhân" (empty when no header)
    std::vector<Item> items;
    std::vector<Section> sections;
    std::optional<std::size_t> total_row;
};

// Recognises the structure of `table`; throws InputError when it is not an award table.
Layout read_layout(const Grid& table);

// Which section(s) to take: all, a 1-based position, or a label such as "II" / "II.".
using SectionChoice = std::variant<std::monostate, long, std::string>;

// AWARDTOTAL: the sum of the 1-based `column` of `table` over item rows (subtotal and total
// rows left out), optionally of one section. Blank counts are 0; text, negative or fractional
// counts and error cells are InputErrors naming the cell.
long long award_total(const Grid& table, long column, const SectionChoice& section = {});

// The section index (into layout.sections) chosen by `choice`; throws when there is none.
std::size_t find_section(const Layout& layout, const SectionChoice& choice);

} // namespace vnplan::awards
