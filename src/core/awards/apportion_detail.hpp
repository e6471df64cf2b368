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

// The bounded shares for growing totals (the quota method asks at every house size): lambda
// only grows with the total, so one sweep over the sorted breakpoints serves every size.
class ShareSweep {
public:
    explicit ShareSweep(const Problem& problem);
    // lambda = p / q for `total` (>= the sum of the minimums; never below an earlier call).
    void at(std::int64_t total, Int& p, Int& q);

private:
    struct Event {
        Int num; // lambda = num / weight of `unit`
        std::size_t unit;
        bool leaves_minimum;
    };
    const Problem& problem_;
    std::vector<Event> events_;
    std::size_t next_ = 0;
    Int fixed_ = 0; // sum of the bounds of the units held at a bound
    Int slope_ = 0; // sum of the weights of the free units
};

// The checked, exact problem (InputError for bad input); the front of allocate().
Problem make_problem(const std::vector<double>& weights, double total, const Bounds& minimum,
                     const Bounds& maximum);

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
    // The quota method only: the house size at which each unit got its last seat (0: none
    // beyond its minimum).
    std::vector<std::int64_t> last_step;
};

Outcome largest_remainder(const Problem& problem, const Shares& shares);
Outcome highest_averages(const Problem& problem, const Shares& shares, AllocationMethod method);
Outcome quota_method(const Problem& problem);
Outcome run_method(const Problem& problem, const Shares& shares, AllocationMethod method);

// The Allocation of an outcome: seats, ties and the exact bounded quotas.
Allocation finish(const Problem& problem, const Shares& shares, Outcome outcome,
                  AllocationMethod method);

} // namespace vnplan::awards::detail
