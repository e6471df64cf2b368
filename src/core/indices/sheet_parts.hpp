// Internal to rank_sheet: the optional parts of a score sheet (self-assessed scores, bonus and
// penalty columns, areas), checked and summed. Not part of the public API.
#pragma once

#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"

namespace vnplan::indices::detail {

// Shapes of self_scores, adjustments and areas; InputError naming what disagrees.
void check_parts(const ScoreSheet& sheet);

// The sum of the unit's bonus columns, and of its penalty columns as a positive number.
// InputError: text or error cells, a negative bonus.
Exact bonus_of(const ScoreSheet& sheet, std::size_t unit);
Exact penalty_of(const ScoreSheet& sheet, std::size_t unit);

// The sum of each area's component scores (`scores`: one exact score per component).
std::vector<decimal::Decimal> area_totals(const ScoreSheet& sheet,
                                          const std::vector<Exact>& scores);

} // namespace vnplan::indices::detail
