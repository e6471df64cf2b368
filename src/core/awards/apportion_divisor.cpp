// The divisor (highest averages) methods: D'Hondt/Jefferson, Sainte-Laguë/Webster,
// Huntington-Hill and Adams.
//
// A divisor method gives unit i the number of seats round(w_i / d) for one common divisor d
// chosen so that the seats add up to the total; the methods differ only in the rounding,
// fixed by the signposts s(n) where the rounding moves from n to n + 1:
//   D'Hondt / Jefferson      s(n) = n + 1            (round down)
//   Sainte-Laguë / Webster   s(n) = n + 1/2          (round to nearest)
//   Huntington-Hill          s(n) = sqrt(n (n + 1))  (geometric mean; US House since 1941,
//                                                     2 U.S.C. 2a)
//   Adams                    s(n) = n                (round up)
//   Dean                     s(n) = n (n + 1) / (n + 1/2)  (harmonic mean)
// Equivalently (the highest averages form used in elections), the k-th seat of unit i has
// the priority w_i / s(k - 1) and the seats go to the highest priorities. Ref.: M. L.
// Balinski and H. P. Young, Fair Representation, 2nd ed., Brookings 2001; F. Pukelsheim,
// Proportional Representation, 2nd ed., Springer 2017.
//
// Bounds: the min-max restricted divisor method (as treated by Pukelsheim; the European
// Parliament's "at least 6, at most 96 seats per Member State", TEU art. 14(2), is the
// classic legal instance of such bounds): seats_i = clamp(round(w_i / d), min_i, max_i) for
// one divisor d. In highest averages form: the first min_i seats of a unit are given
// outright, seats beyond max_i do not exist, the rest go by priority.
//
// Exactness: priorities are fractions of whole numbers compared by cross-multiplying;
// Huntington-Hill compares squared priorities w_i^2 / (k (k - 1)), so no square root of a
// priority is ever taken; s(0) = 0 (Adams, Huntington-Hill) gives an infinite priority,
// a fraction with denominator 0, which compares correctly.
//
// Speed (Pukelsheim's "jump and step"): jump to the divisor 1 / lambda of the bounded shares,
// which is within about one seat per unit of the answer, then step: add or remove single
// seats by priority with a heap. O(units) big-number steps, never one per seat.
//
// Ties: the slots are ranked by priority, then by the tie rule (larger weight, then earlier
// unit), so the result is always the top slots of one fixed order (hence house monotone
// even when ties occur). A tie is reported when the last slot given and the first slot not
// given have equal priority.
#include "core/awards/apportion_detail.hpp"

#include <queue>
#include <stdexcept>

namespace vnplan::awards::detail {
namespace {

// num / den with num > 0; den == 0 stands for an infinite priority.
struct Priority {
    Int num;
    Int den;
};

int compare(const Priority& a, const Priority& b) {
    const Int left = a.num * b.den;
    const Int right = b.num * a.den;
    return left < right ? -1 : (left > right ? 1 : 0);
}

class Slots {
public:
    Slots(const Problem& problem, AllocationMethod method) : problem_(problem), method_(method) {
        if (method == AllocationMethod::huntington_hill) {
            squares_.reserve(problem.weights.size());
            for (const Int& w : problem.weights)
                squares_.push_back(w * w);
        }
    }

    // Priority of the k-th seat (k >= 1) of unit i, up to a factor common to all units.
    Priority of(std::size_t i, std::int64_t k) const {
        const Int& w = problem_.weights[i];
        switch (method_) {
        case AllocationMethod::dhondt:
            return {w, Int(k)};
        case AllocationMethod::sainte_lague:
            return {w, Int(2 * k - 1)}; // w / (k - 1/2), times 2
        case AllocationMethod::adams:
            return {w, Int(k - 1)};
        case AllocationMethod::huntington_hill:
            return {squares_[i], Int(k) * Int(k - 1)};
        case AllocationMethod::dean: // w / s(k - 1) = w (2k - 1) / (2 k (k - 1))
            return {w * (2 * k - 1), Int(2 * k) * Int(k - 1)};
        case AllocationMethod::hamilton:
        case AllocationMethod::quota:
            break;
        }
        throw std::logic_error("Slots: not a divisor method");
    }

    // Seats whose priority is at least 1 / lambda = q / p, i.e. with s(n) <= x where
    // x = lambda * w_i = w_i * p / q is the unit's unbounded share.
    Int count(std::size_t i, const Int& p, const Int& q) const {
        const Int x = problem_.weights[i] * p;
        switch (method_) {
        case AllocationMethod::dhondt:
            return x / q; // n + 1 <= x
        case AllocationMethod::sainte_lague:
            return (2 * x + q) / (2 * q); // n + 1/2 <= x
        case AllocationMethod::adams:
            return x / q + 1; // n <= x, n >= 0
        case AllocationMethod::huntington_hill: {
            // n (n + 1) <= x^2 <=> n (n + 1) <= F = floor(x^2) <=> (2n + 1)^2 <= 4F + 1.
            const Int f = (x * x) / (q * q);
            return (boost::multiprecision::sqrt(4 * f + 1) + 1) / 2;
        }
        case AllocationMethod::dean: {
            // s(m) lies strictly between m and m + 1, so every m < floor(x) counts and
            // m = floor(x) counts when 2 m (m + 1) <= x (2m + 1); s(0) = 0 always counts.
            const Int m = x / q;
            if (m == 0) return 1;
            return m + (2 * m * (m + 1) * q <= x * (2 * m + 1) ? 1 : 0);
        }
        case AllocationMethod::hamilton:
        case AllocationMethod::quota:
            break;
        }
        throw std::logic_error("Slots: not a divisor method");
    }

    // The fixed order of slots: higher priority first, then the tie rule.
    bool before(std::size_t i, std::int64_t k, std::size_t j, std::int64_t l) const {
        const int c = compare(of(i, k), of(j, l));
        if (c != 0) return c > 0;
        return rule_prefers(problem_, i, j);
    }

private:
    const Problem& problem_;
    AllocationMethod method_;
    std::vector<Int> squares_;
};

bool can_grow(const Problem& problem, const std::vector<std::int64_t>& seats, std::size_t i) {
    return problem.weights[i] > 0 && (!problem.maximum[i] || seats[i] < *problem.maximum[i]);
}

bool can_shrink(const Problem& problem, const std::vector<std::int64_t>& seats, std::size_t i) {
    return problem.weights[i] > 0 && seats[i] > problem.minimum[i];
}

void step_to_total(const Problem& problem, const Slots& slots, std::vector<std::int64_t>& seats,
                   std::int64_t sum) {
    const std::size_t n = seats.size();
    if (sum < problem.total) {
        // Add the best next slots; top of the heap = the slot that comes first.
        std::vector<Priority> key(n);
        auto later = [&](std::size_t a, std::size_t b) {
            const int c = compare(key[a], key[b]);
            if (c != 0) return c < 0;
            return rule_prefers(problem, b, a);
        };
        std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
        for (std::size_t i = 0; i < n; ++i)
            if (can_grow(problem, seats, i)) {
                key[i] = slots.of(i, seats[i] + 1);
                heap.push(i);
            }
        for (; sum < problem.total; ++sum) {
            if (heap.empty()) throw std::logic_error("highest_averages: no slot left to add");
            const std::size_t i = heap.top();
            heap.pop();
            ++seats[i];
            if (can_grow(problem, seats, i)) {
                key[i] = slots.of(i, seats[i] + 1);
                heap.push(i);
            }
        }
    } else if (sum > problem.total) {
        // Take back the worst given slots; top of the heap = the slot that comes last.
        std::vector<Priority> key(n);
        auto earlier = [&](std::size_t a, std::size_t b) {
            const int c = compare(key[a], key[b]);
            if (c != 0) return c > 0;
            return rule_prefers(problem, a, b);
        };
        std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(earlier)> heap(earlier);
        for (std::size_t i = 0; i < n; ++i)
            if (can_shrink(problem, seats, i)) {
                key[i] = slots.of(i, seats[i]);
                heap.push(i);
            }
        for (; sum > problem.total; --sum) {
            if (heap.empty()) throw std::logic_error("highest_averages: no slot left to remove");
            const std::size_t i = heap.top();
            heap.pop();
            --seats[i];
            if (can_shrink(problem, seats, i)) {
                key[i] = slots.of(i, seats[i]);
                heap.push(i);
            }
        }
    }
}

// Reports the tie at the margin, if the last slot given and the first one left out have
// equal priority; also checks that no slot left out comes before one given.
void find_tie(const Problem& problem, const Slots& slots, const std::vector<std::int64_t>& seats,
              std::vector<AllocationTie>& ties) {
    const std::size_t n = seats.size();
    const std::size_t none = n;
    std::size_t last_given = none, first_out = none;
    for (std::size_t i = 0; i < n; ++i) {
        if (can_shrink(problem, seats, i) &&
            (last_given == none || slots.before(last_given, seats[last_given], i, seats[i])))
            last_given = i;
        if (can_grow(problem, seats, i) &&
            (first_out == none || slots.before(i, seats[i] + 1, first_out, seats[first_out] + 1)))
            first_out = i;
    }
    if (last_given == none || first_out == none) return;
    const Priority margin = slots.of(last_given, seats[last_given]);
    const int c = compare(margin, slots.of(first_out, seats[first_out] + 1));
    if (c < 0) throw std::logic_error("highest_averages: allocation is not a divisor solution");
    if (c > 0) return;

    AllocationTie tie;
    for (std::size_t i = 0; i < n; ++i) {
        if (can_shrink(problem, seats, i) && compare(slots.of(i, seats[i]), margin) == 0) {
            tie.units.push_back(i);
            tie.winners.push_back(i);
        } else if (can_grow(problem, seats, i) && compare(slots.of(i, seats[i] + 1), margin) == 0) {
            tie.units.push_back(i);
        }
    }
    tie.seats = static_cast<std::int64_t>(tie.winners.size());
    ties.push_back(std::move(tie));
}

} // namespace

Outcome highest_averages(const Problem& problem, const Shares& shares, AllocationMethod method) {
    const std::size_t n = problem.weights.size();
    Outcome out;
    out.seats = problem.minimum;
    if (shares.p == 0) return out; // the minimums use the whole total

    const Slots slots(problem, method);
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (problem.weights[i] > 0) {
            Int c = slots.count(i, shares.p, shares.q);
            if (c < problem.minimum[i]) c = problem.minimum[i];
            if (problem.maximum[i] && c > *problem.maximum[i]) c = *problem.maximum[i];
            out.seats[i] = c.convert_to<std::int64_t>();
        }
        sum += out.seats[i];
    }
    step_to_total(problem, slots, out.seats, sum);
    find_tie(problem, slots, out.seats, out.ties);
    return out;
}

} // namespace vnplan::awards::detail
