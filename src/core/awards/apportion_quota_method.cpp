// The quota method of M. L. Balinski and H. P. Young ("The quota method of apportionment",
// American Mathematical Monthly 82(7), 1975): the house is filled one seat at a time; the
// next seat goes, by D'Hondt's priority w / (a + 1), to the best unit that would not pass
// its upper quota at the new house size (a < quota(h + 1)). It is house monotone by
// construction, and Balinski and Young prove it never leaves a unit below its lower quota
// either; no divisor method has both properties.
//
// Bounds: the first min_i seats are given outright (the house starts at the sum of the
// minimums) and the quota at each size is the bounded quota of docs/allocate.md, which never
// exceeds the maximum. Ties: equal priorities go by the tie rule; a run of seats at one
// priority is reported when a unit of it did not get that seat in the end.
#include "core/awards/apportion_detail.hpp"

#include <algorithm>
#include <queue>
#include <stdexcept>

namespace vnplan::awards::detail {
namespace {

constexpr std::int64_t max_quota_method_seats = 1000000;

// One run of seats given at the same priority w / (a + 1), with every eligible unit that
// had that priority, and the seats each of them held when the run began.
struct Run {
    Int num, den; // the priority
    std::vector<std::size_t> units, winners;
    std::vector<std::int64_t> held; // parallel to units
};

void add_unique(Run& run, std::size_t unit, std::int64_t held) {
    if (std::find(run.units.begin(), run.units.end(), unit) != run.units.end()) return;
    run.units.push_back(unit);
    run.held.push_back(held);
}

std::vector<AllocationTie> ties_of(const std::vector<Run>& runs,
                                   const std::vector<std::int64_t>& seats) {
    std::vector<AllocationTie> ties;
    for (const Run& run : runs) {
        bool decided = false; // some tied unit never got the seat it was tied for
        for (std::size_t k = 0; k < run.units.size(); ++k)
            if (seats[run.units[k]] <= run.held[k]) decided = true;
        if (!decided) continue;
        AllocationTie tie;
        tie.units = run.units;
        tie.winners = run.winners;
        std::sort(tie.units.begin(), tie.units.end());
        std::sort(tie.winners.begin(), tie.winners.end());
        tie.seats = static_cast<std::int64_t>(tie.winners.size());
        ties.push_back(std::move(tie));
    }
    return ties;
}

} // namespace

Outcome quota_method(const Problem& problem) {
    const std::size_t n = problem.weights.size();
    Outcome out;
    out.seats = problem.minimum;
    out.last_step.assign(n, 0);
    std::int64_t house = 0;
    for (std::int64_t m : problem.minimum)
        house += m;
    // Seat by seat by nature (no divisor to jump to): refuse sizes no clerk shares by hand.
    if (problem.total - house > max_quota_method_seats)
        throw InputError({"Phương pháp hạn ngạch (Balinski-Young) chia từng chỉ tiêu một nên chỉ "
                          "nhận tối đa 1.000.000 chỉ tiêu (ngoài các mức tối thiểu).",
                          "The quota method (Balinski-Young) gives seats one at a time, so it "
                          "takes at most 1,000,000 seats (beyond the minimums)."});

    // Top of the heap: the highest priority w / (a + 1), then the tie rule.
    const auto later = [&](std::size_t a, std::size_t b) {
        const Int left = problem.weights[a] * (out.seats[b] + 1);
        const Int right = problem.weights[b] * (out.seats[a] + 1);
        if (left != right) return left < right;
        return rule_prefers(problem, b, a);
    };
    const auto open = [&](std::size_t i) {
        return problem.weights[i] > 0 &&
               (!problem.maximum[i] || out.seats[i] < *problem.maximum[i]);
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
    for (std::size_t i = 0; i < n; ++i)
        if (open(i)) heap.push(i);

    ShareSweep sweep(problem);
    std::vector<Run> runs; // the runs where more than one unit had the priority
    Run current;
    std::vector<std::size_t> aside;
    Int p, q;
    for (; house < problem.total; ++house) {
        sweep.at(house + 1, p, q);
        // Eligible: below the (bounded) quota at the new size; the maximum is checked by open.
        const auto eligible = [&](std::size_t i) {
            return Int(out.seats[i]) * q < problem.weights[i] * p;
        };
        aside.clear();
        std::size_t chosen = n;
        while (!heap.empty() && chosen == n) {
            const std::size_t i = heap.top();
            heap.pop();
            if (eligible(i))
                chosen = i;
            else
                aside.push_back(i);
        }
        if (chosen == n) throw std::logic_error("quota_method: no eligible unit");
        const Int num = problem.weights[chosen];
        const Int den = out.seats[chosen] + 1;
        // Every other eligible unit with the same priority is tied with the chosen one.
        std::vector<std::size_t> tied;
        while (!heap.empty()) {
            const std::size_t i = heap.top();
            if (problem.weights[i] * den != num * (out.seats[i] + 1)) break;
            heap.pop();
            aside.push_back(i);
            if (eligible(i)) tied.push_back(i);
        }
        const bool same_run = current.num * den == num * current.den && !current.units.empty();
        if (!same_run) {
            if (current.units.size() > 1) runs.push_back(std::move(current));
            current = Run{num, den, {}, {}, {}};
        }
        add_unique(current, chosen, out.seats[chosen]);
        for (std::size_t i : tied)
            add_unique(current, i, out.seats[i]);
        current.winners.push_back(chosen);
        ++out.seats[chosen];
        out.last_step[chosen] = house + 1;
        if (open(chosen)) heap.push(chosen);
        for (std::size_t i : aside)
            heap.push(i);
    }
    if (current.units.size() > 1) runs.push_back(std::move(current));
    out.ties = ties_of(runs, out.seats);
    return out;
}

Outcome run_method(const Problem& problem, const Shares& shares, AllocationMethod method) {
    switch (method) {
    case AllocationMethod::hamilton:
        return largest_remainder(problem, shares);
    case AllocationMethod::quota:
        return quota_method(problem);
    default:
        return highest_averages(problem, shares, method);
    }
}

} // namespace vnplan::awards::detail
