// What a spreadsheet formula adds up, when all it does is add cells: "=SUM(C6:C9)",
// "=C5+C12", "=SUM(C6:C9;C12)+C20". Used to check that a subtotal's range covers its rows.
#pragma once

#include "core/common/grid.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace vnplan {

// The blocks summed, in sheet positions (0-based; CellBlock::value unused); none when the
// formula does anything but add cells of its own sheet (other functions, minus, constants,
// other sheets), as then its coverage cannot be judged.
std::optional<std::vector<CellBlock>> summed_blocks(std::string_view formula);

} // namespace vnplan
