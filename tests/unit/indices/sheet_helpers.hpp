// Test helpers for score sheets: a row of numeric cells, and an exact decimal shown as a
// Vietnamese number ("87,06").
#pragma once

#include "core/common/decimal.hpp"
#include "core/common/grid.hpp"

#include <initializer_list>
#include <string>
#include <vector>

namespace vnplan::indices::test {

inline std::vector<Cell> row(std::initializer_list<double> values) {
    std::vector<Cell> out;
    for (double v : values)
        out.push_back(Cell::of(v));
    return out;
}

inline std::string text(const decimal::Decimal& d) {
    return decimal::format(decimal::to_double(d), d.scale, ',', '.');
}

} // namespace vnplan::indices::test
