// ALLOCATE's inputs as they come from cells: weights and per-unit bounds.
#pragma once

#include "core/awards/apportion.hpp"
#include "core/common/grid.hpp"
#include "core/common/message.hpp"

#include <vector>

namespace vnplan::awards {

// Numbers in reading order; blanks are 0; text or errors are an InputError naming the weight.
std::vector<double> weights_from(const Grid& cells);

// Numbers in reading order; blanks are "no bound for this unit"; anything else is an
// InputError saying which bound (`name`, e.g. {"Số tối thiểu", "Minimums"}).
Bounds bounds_from(const Grid& cells, const Message& name);

} // namespace vnplan::awards
