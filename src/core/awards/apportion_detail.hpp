// Internal to the apportionment: the exact problem once the input has been checked.
#pragma once

#include "core/awards/apportion.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace vnplan::awards::detail {

using Int = boost::multiprecision::cpp_int;

// Checked input: weights scaled to whole numbers with one common factor (so their ratios
// are exactly those of the decimals typed), feasible bounds, total >= sum of minimums.
struct Problem {
    std::vector<Int> weights;                         // >= 0, at least one > 0
    std::int64_t total = 0;                           // >= 0
    std::vector<std::int64_t> minimum;                // one per unit
    std::vector<std::optional<std::int64_t>> maximum; // one per unit; none = unbounded
};

// The bounded proportional shares q_i = clamp(lambda * w_i, min_i, max_i) with the one
// lambda = p / q making them sum to the total (q > 0; lambda = 0 when the minimums already
// use the whole total). A weight-0 unit's share is its minimum.
struct Shares {
    Int p = 0;
    Int q = 1;
    enum class State { free, at_minimum, at_maximum };
    std::vector<State> state; // free: q_i = w_i * p / q exactly
};

Shares bounded_shares(const Problem& problem);

// The share of unit i as an exact fraction numerator / denominator.
void share_of(const Problem& problem, const Shares& shares, std::size_t i, Int& numerator,
              Int& denominator);

// The tie rule as an order on units with equal claims: larger weight first, then earlier.
inline bool rule_prefers(const Problem& problem, std::size_t a, std::size_t b) {
    if (problem.weights[a] != problem.weights[b]) return problem.weights[a] > problem.weights[b];
    return a < b;
}

struct Outcome {
    std::vector<std::int64_t> seats;
    std::vector<AllocationTie> ties;
};

Outcome largest_remainder(const Problem& problem, const Shares& shares);
Outcome highest_averages(const Problem& problem, const Shares& shares, AllocationMethod method);

} // namespace vnplan::awards::detail
