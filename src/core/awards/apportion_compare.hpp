// ALLOCATECOMPARE and the allocation dialog's comparison: the same weights and total under
// every method, with the quota rule checked and two disproportionality measures.
#pragma once

#include "core/awards/apportion.hpp"
#include "core/common/grid.hpp"
#include "core/common/message.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vnplan::awards {

struct MethodOutcome {
    AllocationMethod method = AllocationMethod::hamilton;
    std::optional<Message> error; // the method refused the input (then nothing else is set)
    Allocation allocation;
    // Units (0-based) below the floor or above the ceiling of their (bounded) quota.
    std::vector<std::size_t> outside_quota;
    // In percentage points of the seat shares against the weight shares (0 when the total is
    // 0): Loosemore-Hanby = 1/2 sum |s_i - v_i|; Gallagher = sqrt(1/2 sum (s_i - v_i)^2).
    double loosemore_hanby = 0;
    double gallagher = 0;
};

struct MethodComparison {
    std::vector<double> weights;
    std::int64_t total = 0;
    std::vector<double> quotas;         // the bounded quotas (the same for every method)
    std::vector<MethodOutcome> methods; // in all_allocation_methods order
};

// Throws InputError for input that no method can take (as allocate does).
MethodComparison compare_methods(const std::vector<double>& weights, double total,
                                 const Bounds& minimum = {}, const Bounds& maximum = {});

// ALLOCATECOMPARE's table: a header row (No., weight, quota, one column per method), one row
// per unit, the total, then the rows "quota rule", "ties", Loosemore-Hanby and Gallagher.
Grid comparison_table(const MethodComparison& comparison, Lang lang);

// The dialog's comparison as lines of a fixed-width table (shown in a monospaced font): a
// header, one line per unit (labels[i], or "Đơn vị 1", ...; its quota, then its seats by each
// method), the total, the quota rule, ties and both measures per method; then one line per
// method that breaks the quota rule or has a tie, saying which units.
std::vector<std::string> comparison_lines(const MethodComparison& comparison,
                                          const std::vector<std::string>& labels, Lang lang);

// Short column heads for that table: "Hamilton", "D'Hondt", "S-Laguë", "H-Hill", "Adams",
// "Dean", "B-Young" (the quota method; "Hạn ngạch" is the quota column's head).
std::string short_name(AllocationMethod method, Lang lang);

} // namespace vnplan::awards
