// Composite index results (PAR INDEX, SIPAS, DDCI, PCI ...): percentages, ranks, rank
// changes, tiers and the sentence a notice quotes. Exact decimal arithmetic throughout;
// see docs/indices.md for the conventions the Calc functions and the dialog rely on.
#pragma once

#include "core/common/decimal.hpp"
#include "core/common/grid.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::indices {

// Every `decimals` argument accepts 0..15; anything else throws InputError.
constexpr int max_decimals = 15;

// A Calc number argument used as a count of decimals: truncated toward zero like ROUND does,
// then range-checked (InputError outside 0..15 or not finite).
int decimals_argument(double value);

// ---- Percent ------------------------------------------------------------------------------

// score / maximum * 100, rounded half away from zero to `decimals` places in exact decimal
// arithmetic on the numbers as typed: 87.06/99.5 -> 87.50; 40.62/80 -> 50.78 (exactly 50.775).
// InputError: maximum <= 0, decimals outside 0..15, a non-finite argument.
decimal::Decimal percent_exact(double score, double maximum, int decimals = 2);
double percent(double score, double maximum, int decimals = 2);

// ---- Ranking ------------------------------------------------------------------------------

enum class Order { highest_first, lowest_first };
enum class TieRule {
    competition, // 1,2,2,4 (RANK.EQ)
    dense,       // 1,2,2,3
    average,     // 1,2.5,2.5,4 (RANK.AVG)
    ordinal      // 1,2,3,4: ties in sheet order
};

// RANK.EQ's convention: 0 -> highest first, anything else -> lowest first.
Order order_argument(double value);
// Names and aliases (case-insensitive, with or without Vietnamese marks); "" -> competition.
// competition|standard|min|rank.eq|cạnh tranh|chuẩn, dense|liên tục|liền,
// average|avg|mean|fractional|rank.avg|trung bình, ordinal|first|sheet|thứ tự|lần lượt.
// Unknown name -> InputError.
TieRule tie_rule_argument(std::string_view name);

struct RankOptions {
    Order order = Order::highest_first;
    TieRule ties = TieRule::competition;
    int decimals = 6; // values are compared after rounding half up to this many places
};

// The rank of `value` among `values` (INDEXRANK). Skipped entries (nullopt: text, blank,
// error; also non-finite numbers) are ignored. nullopt when `value` (rounded) is not among
// them - the adapter returns #N/A like RANK.EQ. With TieRule::ordinal the rank is that of
// the first equal entry in sheet order.
std::optional<double> rank_of(double value, std::span<const std::optional<double>> values,
                              const RankOptions& options = {});

// The ranks of all entries (INDEXRANKS), one sort: nullopt for skipped entries (the adapter
// writes a blank). `groups` is empty (one ranking) or has one key per value; entries are then
// ranked within their group, group names compared as vntext::fold_exact keys ("  Khối  ĐỊA
// phương" is "khối địa phương"; a blank name is a group of its own, not a skipped entry).
// InputError on a size mismatch.
std::vector<std::optional<double>> ranks(std::span<const std::optional<double>> values,
                                         const RankOptions& options = {},
                                         std::span<const std::string> groups = {});

// ---- Planning: rank at a position, points to a target rank, how firm a rank is -------------
// (core/indices/planning.cpp; the rules are in docs/indices.md, "Planning")

// INDEXRANK with a position: the rank of the entry at `position` (1-based, in the order of
// `values`, every cell counted: skipped ones too), which must hold a number that rounds like
// `value`. With TieRule::ordinal equal entries are ranked in that order (the first of three
// tied at rank 2 gets 2, the next 3, then 4), as ranks() does; with the other rules the
// position changes nothing. InputError: position not a whole number in 1..values.size(), or
// the entry there skipped or not equal to `value` after rounding, bad decimals.
double rank_at(double value, std::span<const std::optional<double>> values, double position,
               const RankOptions& options = {});

// INDEXGAP: the points `value` must gain (lowest first: lose) to reach `target_rank` among
// `values`, 0 when it already has it. Competition ranks (a tie shares the better rank, so
// drawing level with the unit now at `target_rank` reaches it); values compared after
// rounding to options.decimals places, so the gap is the exact difference of two rounded
// values ("as typed"): 87.5 -> 90.37 needs 2.87. options.ties is not used. nullopt when
// `value` (rounded) is not among the values (#N/A, like INDEXRANK). InputError: target_rank
// not a whole number from 1 to the number of values, bad decimals.
std::optional<decimal::Decimal> rank_gap(double value,
                                         std::span<const std::optional<double>> values,
                                         double target_rank, const RankOptions& options = {});

// INDEXRANKRANGE: for every entry the best and the worst competition rank it could have if
// every score moved by up to `tolerance` (inclusive) either way: best = 1 + the number of
// others more than 2 x tolerance ahead, worst = 1 + the number of others less than
// 2 x tolerance behind (or ahead); a possible tie shares the better rank. tolerance 0 gives
// the competition rank twice. Values rounded to options.decimals places first, then compared
// exactly; options.ties is not used. nullopt for skipped entries. InputError: a negative or
// non-finite tolerance, bad decimals.
struct RankRange {
    double best = 0;
    double worst = 0;
};
std::vector<std::optional<RankRange>> rank_ranges(std::span<const std::optional<double>> values,
                                                  double tolerance,
                                                  const RankOptions& options = {});
inline constexpr double default_rank_tolerance = 0.005; // figures published to 2 places

// ---- Rank change --------------------------------------------------------------------------

// before - now (positive = moved up). Ranks must be finite numbers >= 1 (InputError).
double rank_change(double now, double before);
// "tăng 5 bậc", "giảm 3 bậc", "giữ nguyên"; pad gives at least two digits ("tăng 05 bậc").
// Ranks must be whole numbers >= 1 (InputError).
std::string rank_change_text(double now, double before, bool pad = false);

// ---- Tier ---------------------------------------------------------------------------------

// The label of the highest threshold not above `percent` (thresholds in any order). nullopt
// when `percent` is below every threshold: the adapter returns #N/A (like an approximate
// VLOOKUP below its first key). InputError: sizes differ, no threshold, a duplicate threshold,
// a non-finite number, a blank label.
std::optional<std::string> tier(double percent, std::span<const double> thresholds,
                                std::span<const std::string> labels);

// A tier table as the dialog takes it: "90 Tốt; 80 Khá; 65 Trung bình; 0 Yếu", a threshold
// (decimal comma or point) then a label, entries separated by ';', new lines, or a comma
// followed by a number. "" = no tiers. InputError for a malformed entry.
struct Tiers {
    std::vector<double> thresholds;
    std::vector<std::string> labels;
};
Tiers parse_tiers(std::string_view text);
inline constexpr const char* default_tiers = "90 Tốt; 80 Khá; 65 Trung bình; 0 Yếu";

// ---- Phrase -------------------------------------------------------------------------------

struct PhraseOptions {
    int percent_decimals = 2;
    int min_digits = 2; // zero-pad rank, count and change ("02/11", "tăng 05 bậc"); 1 = none
};

// "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11, tăng 05 bậc so với năm 2022"
//   score, maximum: as typed (shortest exact decimal), decimal comma, '.' between thousands;
//   percent: percent_exact(score, maximum, percent_decimals) with a decimal comma;
//   ", <change text>" only with previous_rank; " so với năm <year>" only with both
//   previous_rank and year (a year alone is ignored: nothing to compare).
// InputError: maximum <= 0, score outside 0..maximum, rank/count/previous not whole >= 1,
// rank > count, year not a whole number in 1..9999.
std::string phrase(double score, double maximum, double rank, double count,
                   std::optional<double> previous_rank = std::nullopt,
                   std::optional<double> year = std::nullopt, const PhraseOptions& options = {});

// A number as typed, Vietnamese style: 87.06 -> "87,06", 1234.5 -> "1.234,5", 10 -> "10".
std::string format_typed(double value);

// ---- Dialog "Xếp hạng chỉ số" (UI-free) ---------------------------------------------------

// A bonus ("Điểm thưởng") or penalty ("Điểm trừ") column: outside the maxima, added to or
// subtracted from the total. A blank cell is 0; a penalty typed negative (-2) subtracts 2.
struct Adjustment {
    std::string name;
    bool bonus = true;        // false: a penalty
    std::vector<Cell> values; // one per unit
};

// An area ("lĩnh vực") grouping components under one header; its total is computed and shown.
struct Area {
    std::string name;
    std::vector<std::size_t> components; // indices into ScoreSheet::components
};

struct ScoreSheet {
    std::vector<std::string> units;        // one per row, not blank
    std::vector<std::string> components;   // one per column
    std::vector<double> maxima;            // one per component, > 0
    std::vector<std::vector<Cell>> scores; // [unit][component], the cells as read from the sheet
    std::vector<std::optional<double>> previous_ranks; // empty, or one per unit (nullopt = none)
    std::vector<std::string> groups;                   // empty, or one per unit
    std::vector<double> tier_thresholds;               // empty = no tiers
    std::vector<std::string> tier_labels;
    // Empty, or one per component (> 0): scores and maxima are multiplied by them exactly.
    std::vector<double> weights;
    // Empty, or [unit][component]: self-assessed scores ("Tự chấm") beside the appraised
    // `scores` ("Thẩm định"), which alone rank; checked like them and totalled for display.
    std::vector<std::vector<Cell>> self_scores;
    std::vector<Adjustment> adjustments;
    std::vector<Area> areas;
};

struct SheetOptions {
    TieRule ties = TieRule::competition;
    int percent_decimals = 2;
    bool blank_as_zero = false; // default: a blank score cell is an InputError (text always is)
    bool pad = true;            // house style of seed 004: "tăng 05 bậc", "02/11"
    std::optional<int> year;    // the year previous ranks refer to, for the phrase
    // Previous ranks are ranks within the unit's group (DDCI publishes each block's ranks):
    // change, change text and phrase then compare the group rank, "xếp hạng 02/05" of the group.
    bool previous_in_group = false;
};

struct UnitResult {
    std::size_t row = 0; // index into ScoreSheet::units
    std::string unit;
    std::string group; // as typed on the unit's row ("" without groups)
    decimal::Decimal total;
    double total_value = 0;
    decimal::Decimal percent; // of the sum of maxima, percent_decimals places
    double percent_value = 0;
    double rank = 0;                  // among all units, by total (highest first)
    std::size_t count = 0;            // number of units
    std::optional<double> group_rank; // within the unit's group (only with groups)
    std::size_t group_count = 0;      // units in that group (0 without groups)
    std::optional<double> change;     // previous - rank (only with a previous rank)
    std::string change_text;          // "" without a previous rank
    std::optional<std::string> tier;  // nullopt without tiers or below every threshold
    std::size_t strongest = 0;        // component index with the highest score/maximum
    std::size_t weakest = 0;          // ... lowest; ties: the leftmost component
    std::string phrase;               // phrase() for the overall rank
    decimal::Decimal score_total;     // the components alone (total before bonus and penalty)
    decimal::Decimal bonus;           // the unit's bonus points (0 without bonus columns)
    decimal::Decimal penalty;         // the points taken off, as a positive number
    std::optional<decimal::Decimal> self_total; // sum of the self-assessed scores, if any
    std::vector<decimal::Decimal> area_totals;  // one per ScoreSheet::areas
};

// One record per unit, sorted by rank (ties in sheet order). Ranks use the exact totals:
// the components' sum plus bonus minus penalty; the percentage is of the sum of maxima.
// InputError: sizes disagree, a blank unit name, a blank, text, error or negative score, a score
// above its maximum (naming unit and component; self-assessed scores alike), a bad maximum,
// weight, previous rank or tier table, a bonus or penalty that is not a number or a negative
// bonus, an area without components or naming one that does not exist. With weights, the
// scores are checked as typed before they are weighted.
std::vector<UnitResult> rank_sheet(const ScoreSheet& sheet, const SheetOptions& options = {});

// The sheet with each component's scores and maximum multiplied by its weight in exact decimal
// arithmetic (1,5 x 8,63 = 12,945), weights then cleared. InputError: a weight count other than
// the components', a weight not a finite number > 0. Without weights: the sheet unchanged.
ScoreSheet weighted(const ScoreSheet& sheet);
// The sum of the (weighted) maxima, exact: the "tối đa" of the total.
double maximum_total(const ScoreSheet& sheet);
// The same for each area's components, one per ScoreSheet::areas.
std::vector<double> area_maxima(const ScoreSheet& sheet);

} // namespace vnplan::indices
