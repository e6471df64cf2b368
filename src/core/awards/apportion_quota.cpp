// Bounded proportional shares and the largest remainder (Hamilton / Hare) method.
//
// Hamilton (proposed 1792; the US House's "Vinton method" from 1852, "Hare-Niemeyer" in
// German elections): each unit gets the whole part of its quota total * w_i / sum(w), and
// the seats left over go to the largest fractional parts. Ref.: M. L. Balinski and
// H. P. Young, Fair Representation, 2nd ed., Brookings 2001; F. Pukelsheim, Proportional
// Representation, 2nd ed., Springer 2017.
//
// Bounds. Hamilton has no single standard bounded form; we use the one the divisor methods
// imply: the quota itself is bounded. "Fix every unit whose quota falls outside its bounds
// at the bound and share the rest among the others in proportion, again and again" ends at
// the unique lambda with sum_i clamp(lambda * w_i, min_i, max_i) = total; those clamped
// values are the bounded quotas, and the largest remainder rounding is applied to them.
// Each unit then gets the floor or the ceiling of its bounded quota (the quota rule), and
// the bounds hold by themselves because they are whole numbers.
// lambda is found exactly by sweeping the breakpoints min_i / w_i and max_i / w_i of the
// piecewise linear, non-decreasing function f(lambda) = sum_i clamp(lambda * w_i, ...).
#include "core/awards/apportion_detail.hpp"

#include <algorithm>
#include <stdexcept>

namespace vnplan::awards::detail {

ShareSweep::ShareSweep(const Problem& problem) : problem_(problem) {
    const std::size_t n = problem.weights.size();
    for (std::int64_t m : problem.minimum)
        fixed_ += m;
    events_.reserve(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        if (problem.weights[i] == 0) continue;
        events_.push_back({Int(problem.minimum[i]), i, true});
        if (problem.maximum[i]) events_.push_back({Int(*problem.maximum[i]), i, false});
    }
    std::sort(events_.begin(), events_.end(), [&](const Event& a, const Event& b) {
        return a.num * problem.weights[b.unit] < b.num * problem.weights[a.unit];
    });
}

void ShareSweep::at(std::int64_t total_seats, Int& p, Int& q) {
    const Int total = total_seats;
    const auto same_value = [&](const Event& a, const Event& b) {
        return a.num * problem_.weights[b.unit] == b.num * problem_.weights[a.unit];
    };
    while (next_ < events_.size()) {
        // f(b) with the state of the open interval just below b: fixed + b * slope.
        const Int& b_num = events_[next_].num;
        const Int& b_den = problem_.weights[events_[next_].unit];
        if (fixed_ * b_den + b_num * slope_ >= total * b_den) break;
        const std::size_t first = next_;
        for (; next_ < events_.size() && same_value(events_[first], events_[next_]); ++next_) {
            const Event& ev = events_[next_];
            const Int& w = problem_.weights[ev.unit];
            if (ev.leaves_minimum) {
                slope_ += w;
                fixed_ -= problem_.minimum[ev.unit];
            } else {
                slope_ -= w;
                fixed_ += *problem_.maximum[ev.unit];
            }
        }
    }
    if (slope_ == 0) throw std::logic_error("bounded_shares: infeasible bounds reached the core");
    p = total - fixed_;
    q = slope_;
}

Shares bounded_shares(const Problem& problem) {
    const std::size_t n = problem.weights.size();
    Shares shares;
    shares.state.assign(n, Shares::State::at_minimum);
    Int low = 0;
    for (std::int64_t m : problem.minimum)
        low += m;
    if (low == problem.total) return shares; // lambda = 0: everyone at the minimum

    ShareSweep(problem).at(problem.total, shares.p, shares.q);
    for (std::size_t i = 0; i < n; ++i) {
        if (problem.weights[i] == 0) continue;
        const Int x = problem.weights[i] * shares.p;
        if (x <= problem.minimum[i] * shares.q)
            shares.state[i] = Shares::State::at_minimum;
        else if (problem.maximum[i] && x >= *problem.maximum[i] * shares.q)
            shares.state[i] = Shares::State::at_maximum;
        else
            shares.state[i] = Shares::State::free;
    }
    return shares;
}

void share_of(const Problem& problem, const Shares& shares, std::size_t i, Int& numerator,
              Int& denominator) {
    switch (shares.state[i]) {
    case Shares::State::free:
        numerator = problem.weights[i] * shares.p;
        denominator = shares.q;
        return;
    case Shares::State::at_minimum:
        numerator = problem.minimum[i];
        break;
    case Shares::State::at_maximum:
        numerator = *problem.maximum[i];
        break;
    }
    denominator = 1;
}

Outcome largest_remainder(const Problem& problem, const Shares& shares) {
    const std::size_t n = problem.weights.size();
    Outcome out;
    out.seats.assign(n, 0);
    // Every free share has the denominator q, so remainders compare as numerators.
    std::vector<Int> remainder(n);
    std::vector<std::size_t> candidates;
    std::int64_t given = 0;
    for (std::size_t i = 0; i < n; ++i) {
        Int num, den;
        share_of(problem, shares, i, num, den);
        const Int whole = num / den;
        out.seats[i] = whole.convert_to<std::int64_t>();
        given += out.seats[i];
        remainder[i] = num - whole * den;
        if (remainder[i] > 0) candidates.push_back(i);
    }
    const std::size_t left = static_cast<std::size_t>(problem.total - given);
    // The fractional parts add up to `left`, each below 1: more candidates than seats left.
    if (left > 0 && left >= candidates.size())
        throw std::logic_error("largest_remainder: remainders do not add up");
    std::sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
        if (remainder[a] != remainder[b]) return remainder[a] > remainder[b];
        return rule_prefers(problem, a, b);
    });
    for (std::size_t k = 0; k < left; ++k)
        ++out.seats[candidates[k]];

    if (left > 0 && remainder[candidates[left - 1]] == remainder[candidates[left]]) {
        const Int& margin = remainder[candidates[left - 1]];
        AllocationTie tie;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (remainder[candidates[k]] != margin) continue;
            tie.units.push_back(candidates[k]);
            if (k < left) tie.winners.push_back(candidates[k]);
        }
        std::sort(tie.units.begin(), tie.units.end());
        std::sort(tie.winners.begin(), tie.winners.end());
        tie.seats = static_cast<std::int64_t>(tie.winners.size());
        out.ties.push_back(std::move(tie));
    }
    return out;
}

} // namespace vnplan::awards::detail
