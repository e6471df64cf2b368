// Where the table around a cell is, as Calc's "select data area" finds it: the rectangle of
// filled cells reachable from it without crossing a blank row or column. The "Xuất phụ lục"
// dialog exports the table around the cursor cell when the clerk has not selected a range.
#pragma once

#include "core/common/grid.hpp"
#include "core/plan/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vnplan::plan {

// A rectangle of grid cells, grid-relative and inclusive.
struct Region {
    std::size_t top = 0, left = 0, bottom = 0, right = 0;
    bool operator==(const Region&) const = default;
};

// The table around grid cell (row, column): grown while a filled cell (or a merged area,
// `merges` in grid coordinates) touches its edge, diagonals included. nullopt when the cell
// is blank and no filled cell touches it.
std::optional<Region> table_around(const Grid& grid, std::size_t row, std::size_t column,
                                   const std::vector<Merge>& merges = {});

// "Sheet!B2:F5" of a region of `grid` (its sheet position taken into account).
std::string region_reference(const std::string& sheet, const Grid& grid, const Region& region);

// The numbering of an appendix added to a document whose paragraphs are `texts`: existing
// headings "Phụ lục" / "Phụ lục II" (a paragraph of that text alone) decide. `next` is the
// numeral of the new one ("" when the document has none: a lone appendix is unnumbered);
// `number_lone` is true when the document holds one unnumbered "Phụ lục", to become "Phụ lục I"
// now that there are two (the decree numbers them from two on).
struct NextAppendix {
    std::string next;
    bool number_lone = false;
    bool operator==(const NextAppendix&) const = default;
};
NextAppendix next_appendix(const std::vector<std::string>& texts);

} // namespace vnplan::plan
