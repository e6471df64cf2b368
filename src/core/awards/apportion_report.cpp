// ALLOCATEREPORT: the working of an allocation, unit by unit. The seats and ties come from
// the exact core (apportion*.cpp); the divisors shown are for reading, as doubles.
#include "core/awards/apportion_report.hpp"

#include "core/awards/apportion_detail.hpp"
#include "core/common/decimal.hpp"

#include <cmath>
#include <limits>
#include <string>

namespace vnplan::awards {
namespace {

// The signpost s(n) where the rounding of a divisor method moves from n to n + 1.
double signpost(AllocationMethod method, std::int64_t n) {
    const double x = static_cast<double>(n);
    switch (method) {
    case AllocationMethod::dhondt:
        return x + 1;
    case AllocationMethod::sainte_lague:
        return x + 0.5;
    case AllocationMethod::huntington_hill:
        return std::sqrt(x * (x + 1));
    case AllocationMethod::adams:
        return x;
    case AllocationMethod::dean:
        return x * (x + 1) / (x + 0.5);
    case AllocationMethod::hamilton:
    case AllocationMethod::quota:
        break;
    }
    return 0;
}

// w / s: none when s = 0 (an infinite divisor).
std::optional<double> divided(double weight, double s) {
    if (s == 0) return std::nullopt;
    return weight / s;
}

void divisor_working(const detail::Problem& problem, AllocationWorking& w) {
    const auto& seats = w.allocation.seats;
    double low = 0;
    std::optional<double> high;
    for (std::size_t i = 0; i < seats.size(); ++i) {
        if (problem.weights[i] == 0) continue;
        UnitWorking& unit = w.units[i];
        const double weight = w.weights[i];
        if (seats[i] > problem.minimum[i]) {
            // Its last seat stays while d <= w / s(a - 1).
            unit.last_seat = LastSeat::divisor;
            unit.value = divided(weight, signpost(w.allocation.method, seats[i] - 1));
            if (unit.value && (!high || *unit.value < *high)) high = unit.value;
        }
        if (!problem.maximum[i] || seats[i] < *problem.maximum[i]) {
            // No further seat while d >= w / s(a); s(a) = 0 asks for an infinite divisor.
            const auto next = divided(weight, signpost(w.allocation.method, seats[i]));
            low = next ? std::max(low, *next) : std::numeric_limits<double>::infinity();
        }
    }
    w.has_interval = true;
    w.interval_low = low;
    w.interval_high = high;
}

void hamilton_working(AllocationWorking& w) {
    const Allocation& a = w.allocation;
    for (std::size_t i = 0; i < a.seats.size(); ++i) {
        UnitWorking& unit = w.units[i];
        if (unit.last_seat != LastSeat::none || a.seats[i] == 0) continue;
        if (a.seats[i] > a.quota_floor[i]) {
            unit.last_seat = LastSeat::remainder;
            unit.value = a.quotas[i] - static_cast<double>(a.quota_floor[i]);
        } else {
            unit.last_seat = LastSeat::whole_part;
        }
    }
}

} // namespace

Message tie_flag(bool won) {
    return won ? Message{"Hòa, được theo quy tắc hòa - cần bốc thăm / cần quyết định",
                         "Tie, won by the tie rule - needs a draw / a decision"}
               : Message{"Hòa, không được theo quy tắc hòa - cần bốc thăm / cần quyết định",
                         "Tie, lost by the tie rule - needs a draw / a decision"};
}

void check_explainable(const std::vector<double>& weights) {
    if (weights.size() <= max_explained_units) return;
    const std::string n = std::to_string(weights.size());
    throw InputError({"Chỉ giải thích được phân bổ cho tối đa 5000 đơn vị; vùng trọng số có " + n +
                          " dòng. Hãy chọn đúng các ô trọng số (không chọn cả cột).",
                      "The working can be shown for at most 5000 units; the weights have " + n +
                          " rows. Select just the weight cells (not a whole column)."});
}

AllocationWorking explain_allocation(const std::vector<double>& weights, double total,
                                     AllocationMethod method, const Bounds& minimum,
                                     const Bounds& maximum) {
    check_explainable(weights);
    const detail::Problem problem = detail::make_problem(weights, total, minimum, maximum);
    const detail::Shares shares = detail::bounded_shares(problem);
    detail::Outcome outcome = detail::run_method(problem, shares, method);
    const std::vector<std::int64_t> last_step = outcome.last_step;

    AllocationWorking w;
    w.weights = weights;
    w.total = problem.total;
    w.allocation = detail::finish(problem, shares, std::move(outcome), method);
    const std::size_t n = weights.size();
    w.units.resize(n);
    double sum = 0;
    for (double x : weights)
        sum += x;
    w.standard_divisor = problem.total > 0 ? sum / static_cast<double>(problem.total) : 0;

    const auto& seats = w.allocation.seats;
    for (std::size_t i = 0; i < n; ++i) {
        UnitWorking& unit = w.units[i];
        unit.at_maximum = problem.maximum[i] && seats[i] == *problem.maximum[i] && seats[i] > 0;
        if (seats[i] > 0 && seats[i] == problem.minimum[i] &&
            (method != AllocationMethod::hamilton || w.allocation.quotas[i] == seats[i]))
            unit.last_seat = LastSeat::minimum;
        else if (method == AllocationMethod::hamilton && unit.at_maximum &&
                 w.allocation.quotas[i] == seats[i])
            unit.last_seat = LastSeat::maximum;
    }
    for (const AllocationTie& tie : w.allocation.ties) {
        for (std::size_t i : tie.units)
            w.units[i].tied = true;
        for (std::size_t i : tie.winners)
            w.units[i].won_tie = true;
    }

    if (method == AllocationMethod::hamilton) {
        hamilton_working(w);
    } else if (method == AllocationMethod::quota) {
        for (std::size_t i = 0; i < n; ++i) {
            if (last_step[i] == 0 || w.units[i].last_seat != LastSeat::none) continue;
            w.units[i].last_seat = LastSeat::quota_step;
            w.units[i].value = weights[i] / static_cast<double>(seats[i]);
            w.units[i].step = last_step[i];
        }
    } else {
        divisor_working(problem, w);
    }
    return w;
}

std::string short_number(double value, int places, Lang lang) {
    std::string text = lang == Lang::vi ? decimal::format(value, places, ',', '.')
                                        : decimal::format(value, places, '.', ',');
    const char point = lang == Lang::vi ? ',' : '.';
    if (text.find(point) != std::string::npos) {
        while (!text.empty() && text.back() == '0')
            text.pop_back();
        if (!text.empty() && text.back() == point) text.pop_back();
    }
    return text;
}

} // namespace vnplan::awards
