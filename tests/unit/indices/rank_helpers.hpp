// Test helpers for rankings: a column of values with gaps (`skip`), and rank options by tie rule.
#pragma once

#include "core/indices/indices.hpp"

#include <optional>
#include <vector>

namespace vnplan::indices::test {

using Column = std::vector<std::optional<double>>;
inline constexpr std::nullopt_t skip = std::nullopt;

inline RankOptions with(TieRule ties, Order order = Order::highest_first, int decimals = 6) {
    RankOptions options;
    options.ties = ties;
    options.order = order;
    options.decimals = decimals;
    return options;
}

} // namespace vnplan::indices::test
