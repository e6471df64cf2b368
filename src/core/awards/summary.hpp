// AWARDSUMMARY: how many awards each unit gets over all sections of an award table, units
// matched despite spelling variants ("UBND phường X" = "Ủy ban nhân dân phường X").
#pragma once

#include "core/awards/verify.hpp"

#include <string>
#include <vector>

namespace vnplan::awards {

struct UnitTotal {
    std::string unit;              // the first spelling met in the table
    std::vector<long long> counts; // one per count column
    std::vector<std::size_t> rows; // grid rows where the unit is listed
};

// One entry per distinct unit (vntext::unit_key), in the order first met. Throws InputError
// when a count cell is not a whole number >= 0 (the first such cell is named).
std::vector<UnitTotal> summarize(const Grid& table, const Verification& verification);

} // namespace vnplan::awards
