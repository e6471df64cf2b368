// Matching unit names (vntext::unit_key: "UBND phường X" = "Ủy ban nhân dân phường X").
// A key costs a few microseconds, and a clerk's table is verified again on every
// recalculation: keys are remembered between calls (up to a bound), behind a lock.
#pragma once

#include "core/awards/table.hpp"

#include <cstdint>
#include <vector>

namespace vnplan::awards {

// One number per item: the same for items whose unit names have the same key (an empty
// name has a number too). Numbers mean nothing across calls.
std::vector<std::uint32_t> unit_key_numbers(const std::vector<Item>& items);

} // namespace vnplan::awards
