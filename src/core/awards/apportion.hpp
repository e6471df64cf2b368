// Sharing a whole-number quota among units in proportion to weights: the core of
// ALLOCATE(weights; total; [method]; [minimum]; [maximum]). Exact rational arithmetic
// throughout; see docs/allocate.md for the methods, aliases, bounds and the tie rule.
#pragma once

#include "core/common/message.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::awards {

enum class AllocationMethod {
    hamilton,        // largest remainder (Hare quota)
    dhondt,          // highest averages with divisors 1, 2, 3, ... (Jefferson)
    sainte_lague,    // divisors 1, 3, 5, ... (Webster)
    huntington_hill, // divisors sqrt(n(n+1)) (equal proportions)
    adams,           // divisors 0, 1, 2, ... (smallest divisors)
    dean,            // divisors n(n+1)/(n+1/2), the harmonic mean (Dean)
    quota,           // Balinski and Young's quota method: house monotone and within quota
};

inline constexpr std::array<AllocationMethod, 7> all_allocation_methods{
    AllocationMethod::hamilton,     AllocationMethod::dhondt,
    AllocationMethod::sainte_lague, AllocationMethod::huntington_hill,
    AllocationMethod::adams,        AllocationMethod::dean,
    AllocationMethod::quota};

// A divisor method: one common divisor d and a rounding of w / d (not Hamilton nor quota).
bool is_divisor_method(AllocationMethod method);

// A method from its name or an alias, English or Vietnamese, ignoring case, accents,
// spaces and punctuation ("D'Hondt", "sainte-laguë", "Phần dư lớn nhất"). Empty or blank
// means hamilton. Throws InputError for an unknown name.
AllocationMethod parse_allocation_method(std::string_view name);

// "hamilton", "dhondt", "sainte-lague", "huntington-hill", "adams", "dean", "quota".
std::string_view canonical_name(AllocationMethod method);

// What a dialog shows: {"Phần dư lớn nhất (Hamilton)", "Largest remainder (Hamilton)"}.
Message display_name(AllocationMethod method);

// A tie the rule had to decide: more units had an equal claim to the last seats than there
// were seats left. The rule: the larger weight first, then the earlier unit (row).
struct AllocationTie {
    std::vector<std::size_t> units;   // 0-based positions of every unit tied, ascending
    std::vector<std::size_t> winners; // those the rule gave a seat, ascending
    std::int64_t seats = 0;           // seats the rule decided (== winners.size())
};

struct Allocation {
    AllocationMethod method = AllocationMethod::hamilton;
    std::vector<std::int64_t> seats; // one per weight, summing to the total
    // Each unit's exact proportional share after the bounds (the quota the largest
    // remainder method rounds), as the nearest double: for display only.
    std::vector<double> quotas;
    // The same quotas exactly: "12" or a reduced fraction "2486830/361592", and the whole
    // numbers below and above (equal when the quota is whole): the quota rule's limits.
    std::vector<std::string> exact_quotas;
    std::vector<std::int64_t> quota_floor, quota_ceil;
    std::vector<AllocationTie> ties; // ties the rule decided (none, or one at the margin)
};

// Bounds: empty = none; one entry = the same bound for every unit; otherwise one entry per
// weight. An empty optional means "no minimum" (0) or "no maximum".
using Bounds = std::vector<std::optional<double>>;

// weights: numbers >= 0 (read as the exact decimals the clerk typed, so 0.1 is 1/10), at
// least one positive; total: a whole number >= 0; bounds: whole numbers >= 0 with
// minimum <= maximum. A unit with weight 0 gets its minimum. Throws InputError (bilingual)
// for bad input and for bounds no allocation can satisfy.
Allocation allocate(const std::vector<double>& weights, double total, AllocationMethod method,
                    const Bounds& minimum = {}, const Bounds& maximum = {});

// The same with the method by name (empty = hamilton).
Allocation allocate(const std::vector<double>& weights, double total, std::string_view method,
                    const Bounds& minimum = {}, const Bounds& maximum = {});

// "Tie between unit 3 and unit 5 for the last seat; by the tie rule ... it went to unit 3."
// labels[i] names unit i (a cell address, a row number, a unit's name); without labels the
// 1-based positions are used.
Message describe_tie(const AllocationTie& tie, const std::vector<std::string>& labels = {});

} // namespace vnplan::awards
