#include "core/plan/table_region.hpp"

#include "core/vntext/text.hpp"

#include <algorithm>

namespace vnplan::plan {

namespace {

class Filled {
public:
    Filled(const Grid& grid, const std::vector<Merge>& merges) : grid_(grid), merges_(merges) {}

    bool at(std::size_t r, std::size_t c) const {
        if (!grid_.at(r, c).is_empty()) return true;
        return std::any_of(merges_.begin(), merges_.end(), [&](const Merge& m) {
            return r >= m.row && r < m.row + m.rows && c >= m.column && c < m.column + m.columns;
        });
    }
    // Any filled cell in rows [top, bottom] x columns [left, right].
    bool any(std::size_t top, std::size_t bottom, std::size_t left, std::size_t right) const {
        for (std::size_t r = top; r <= bottom; ++r)
            for (std::size_t c = left; c <= right; ++c)
                if (at(r, c)) return true;
        return false;
    }

private:
    const Grid& grid_;
    const std::vector<Merge>& merges_;
};

} // namespace

std::optional<Region> table_around(const Grid& grid, std::size_t row, std::size_t column,
                                   const std::vector<Merge>& merges) {
    if (row >= grid.height() || column >= grid.width()) return std::nullopt;
    const Filled filled(grid, merges);
    Region r{row, column, row, column};
    const std::size_t last_row = grid.height() - 1, last_column = grid.width() - 1;
    // Each side moves out while the line just beyond it (corners included) holds a cell.
    for (bool grew = true; grew;) {
        grew = false;
        const std::size_t top = r.top > 0 ? r.top - 1 : 0;
        const std::size_t bottom = std::min(r.bottom + 1, last_row);
        const std::size_t left = r.left > 0 ? r.left - 1 : 0;
        const std::size_t right = std::min(r.right + 1, last_column);
        if (r.top > 0 && filled.any(top, top, left, right)) r.top = top, grew = true;
        if (r.bottom < last_row && filled.any(bottom, bottom, left, right))
            r.bottom = bottom, grew = true;
        if (r.left > 0 && filled.any(top, bottom, left, left)) r.left = left, grew = true;
        if (r.right < last_column && filled.any(top, bottom, right, right))
            r.right = right, grew = true;
    }
    if (r.top == r.bottom && r.left == r.right && !filled.at(row, column)) return std::nullopt;
    // The grown sides may leave blank outer lines (reached through a corner): trim them.
    while (r.top < r.bottom && !filled.any(r.top, r.top, r.left, r.right))
        ++r.top;
    while (r.bottom > r.top && !filled.any(r.bottom, r.bottom, r.left, r.right))
        --r.bottom;
    while (r.left < r.right && !filled.any(r.top, r.bottom, r.left, r.left))
        ++r.left;
    while (r.right > r.left && !filled.any(r.top, r.bottom, r.right, r.right))
        --r.right;
    return r;
}

std::string region_reference(const std::string& sheet, const Grid& grid, const Region& region) {
    const int top = grid.first_row + static_cast<int>(region.top);
    const int left = grid.first_column + static_cast<int>(region.left);
    const int bottom = grid.first_row + static_cast<int>(region.bottom);
    const int right = grid.first_column + static_cast<int>(region.right);
    return sheet + "!" + a1_address(left, top) + ":" + a1_address(right, bottom);
}

NextAppendix next_appendix(const std::vector<std::string>& texts) {
    // "Phụ lục", "PHỤ LỤC II", "Phụ lục  iii" alike; "Phụ lục về ..." is no heading.
    const std::string heading = "phu luc";
    int highest = 0;
    bool lone = false;
    for (const std::string& text : texts) {
        const std::string key = vntext::fold_loose(text);
        if (key == heading) {
            lone = true;
            highest = std::max(highest, 1);
        } else if (key.rfind(heading + " ", 0) == 0) {
            const auto n = vntext::roman_value(vntext::upper(key.substr(heading.size() + 1)));
            if (n && *n > 0) highest = std::max(highest, *n);
        }
    }
    if (highest == 0) return {};
    return {vntext::roman_numeral(highest + 1), lone};
}

} // namespace vnplan::plan
