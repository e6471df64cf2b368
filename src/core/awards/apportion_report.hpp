// The working of an allocation, for ALLOCATEREPORT and the allocation dialog: each unit's
// exact quota, what decided its last seat, the ties the rule broke (flagged for a decision),
// and for divisor methods every divisor that gives the same result. See docs/allocate.md.
#pragma once

#include "core/awards/apportion.hpp"
#include "core/common/grid.hpp"
#include "core/common/message.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace vnplan::awards {

// What gave a unit its last seat.
enum class LastSeat {
    none,       // no seat at all
    minimum,    // its seats are its minimum
    maximum,    // Hamilton: its bounded quota is its maximum
    whole_part, // Hamilton: the whole part of its quota, no remainder seat
    remainder,  // Hamilton: a seat for its remainder (value = the remainder)
    divisor,    // divisor method: value = the largest divisor still giving it these seats
    quota_step, // quota method: value = the D'Hondt priority w / a of its last seat
};

struct UnitWorking {
    LastSeat last_seat = LastSeat::none;
    std::optional<double> value; // see LastSeat; none = infinite (a first seat at s(0) = 0)
    std::int64_t step = 0;       // quota method: the house size at which it got that seat
    bool at_maximum = false;     // its seats are its maximum
    bool tied = false;           // in a tie the rule decided
    bool won_tie = false;
};

struct AllocationWorking {
    std::vector<double> weights;
    std::int64_t total = 0;
    Allocation allocation;
    std::vector<UnitWorking> units;
    double standard_divisor = 0; // sum of weights / total; 0 when the total is 0
    // Divisor methods: every divisor d with low <= d <= high gives these seats (high none =
    // no upper limit). low > high: no common divisor, the tie rule decided.
    bool has_interval = false;
    double interval_low = 0;
    std::optional<double> interval_high;
};

// The most units a working or a comparison is made for: a table of more rows explains
// nothing, and a whole column (A:A, a million rows) must get an answer at once.
inline constexpr std::size_t max_explained_units = 5000;

// InputError when `weights` has more than max_explained_units units.
void check_explainable(const std::vector<double>& weights);

// The allocation of `allocate` with its working; throws InputError like allocate.
AllocationWorking explain_allocation(const std::vector<double>& weights, double total,
                                     AllocationMethod method, const Bounds& minimum = {},
                                     const Bounds& maximum = {});

// What a tied unit's row says: a rule decided what the law or the plan leaves open.
Message tie_flag(bool won);

// ALLOCATEREPORT's table (report_columns wide): a header row, one row per unit (No., weight,
// quota, exact quota, seats, what decided the last seat, its value, tie), a total row, then
// rows for the method, the standard divisor, the divisor interval and each tie.
inline constexpr std::size_t report_columns = 8;
Grid allocation_report_table(const AllocationWorking& working, Lang lang);

// A number in the user's style with at most `places` decimals, trailing zeros dropped:
// "6,877" / "6.877", "44".
std::string short_number(double value, int places, Lang lang);

} // namespace vnplan::awards
