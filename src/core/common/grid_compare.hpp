// Comparing grids read from the same range twice (a memo of a grid reuses it only when what was
// read besides the cells reads the same again).
#pragma once

#include "core/common/grid.hpp"

namespace vnplan {

inline bool operator==(const CellBlock& a, const CellBlock& b) {
    return a.top == b.top && a.left == b.left && a.bottom == b.bottom && a.right == b.right &&
           a.value == b.value;
}

// Whether `a` and `b` agree on everything but their cells: sheet position, formulas, hidden
// rows and fonts.
inline bool same_extras(const Grid& a, const Grid& b) {
    return a.first_column == b.first_column && a.first_row == b.first_row &&
           a.formulas == b.formulas && a.hidden_rows == b.hidden_rows && a.fonts == b.fonts;
}

} // namespace vnplan
