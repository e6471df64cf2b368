// What the "Xếp hạng chỉ số" dialog does to a document, without any window: read a raw score
// sheet into the core's ScoreSheet, write a new ranked result sheet with a bar chart of the
// percentages and a radar chart of one unit's components, all as one undo step.
#pragma once

#include "core/common/message.hpp"
#include "core/indices/indices.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::office {

namespace css = com::sun::star;

// The raw score table, as the dialog's fields name it. Units in a column put one unit per
// row of `scores` (score columns across); units in a row transpose everything. What each score
// column holds is read from the header lines above the scores (left of them when transposed):
// a component, a "Tự chấm" | "Thẩm định" pair (the appraised one ranks), "Điểm thưởng" (added),
// "Điểm trừ" (subtracted), the sheet's own totals (not read); areas from a header merged over
// their criteria or from numbering ("I." over "1.", "2.").
struct ScoreRanges {
    css::uno::Reference<css::table::XCellRange> units;  // names, one column or one row
    css::uno::Reference<css::table::XCellRange> scores; // units x score columns
    // One cell per score column, row or column: numbers, or headers stating them ("(10
    // điểm)"). Null when the headers above the scores state every maximum.
    css::uno::Reference<css::table::XCellRange> maxima;
    // Optional (null = not given):
    css::uno::Reference<css::table::XCellRange> weights;        // per score column, > 0
    css::uno::Reference<css::table::XCellRange> previous_ranks; // per unit; blank = none
    css::uno::Reference<css::table::XCellRange> groups;         // per unit
    // Component names, one per score column (every column then a component); null: read
    // from the headers, else "Chỉ số thành phần 1", ...
    css::uno::Reference<css::table::XCellRange> component_names;
};

struct ScoreInput {
    indices::ScoreSheet sheet;   // the scores as typed (no tiers yet)
    std::vector<double> weights; // one per component; all 1 without a weights range
};

// Reads the ranges (all on one sheet) with the header lines above the scores in one grid and
// has the core read them (indices::layout_of_spans, score_sheet): InputError naming the field
// for a wrong shape or a non-numeric maximum/weight/previous rank. Scores are checked later
// by the core.
ScoreInput read_scores(const ScoreRanges& ranges);

// The names in a units range (for the dialog's list of units); blanks skipped.
std::vector<std::string> unit_names(const css::uno::Reference<css::table::XCellRange>& units);

// The tier table of the dialog's text: see indices::parse_tiers.
using Tiers = indices::Tiers;
inline Tiers parse_tiers(std::string_view text) {
    return indices::parse_tiers(text);
}
inline constexpr const char* default_tiers = indices::default_tiers;

struct RankingRequest {
    ScoreRanges ranges;
    Tiers tiers;
    std::string result_sheet; // the new sheet's name; refused when a sheet has it
    std::string radar_unit;   // "" = the unit ranked first
    // Previous ranks are ranks within the unit's group (DDCI publishes each block's ranks):
    // change, change text and phrase then use the group rank.
    bool previous_in_group = false;
    indices::SheetOptions options;
};

struct RankingResult {
    std::string sheet;
    std::vector<indices::UnitResult> units; // sorted by rank; totals weighted
    std::vector<std::string> components;
    std::size_t radar_unit = 0;       // index into units
    std::size_t first_helper_row = 0; // 0-based row of the radar block's header on the sheet
    // Chart object names must be unique in the whole document: "Tỷ lệ điểm - <sheet>" and
    // "Chỉ số thành phần - <sheet>" (with " (2)" ... if a chart already has the name).
    std::string bar_chart, radar_chart;
};

// Computes the ranking (weights multiply scores and maxima exactly), then writes the new
// sheet, its formatting and both charts as one undo step ("Xếp hạng chỉ số"). Every input
// error is raised before the document is touched; on a failure while writing, the partial
// sheet is removed again. Note: Calc undoes a sheet insertion through its *active* view
// (ScUndoInsertTab), so undo only works while this document's view is the active one - as
// it is when the clerk presses Undo; a hidden document has no active view.
RankingResult write_ranking(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                            const RankingRequest& request);

// Only the computation of write_ranking (no document change).
RankingResult compute_ranking(const RankingRequest& request);

// The dialog's prefill: the score table around `selection` (its current region), read by
// indices::read_score_layout (maxima in a row, a column or the headers; units in rows or
// columns; areas, bonus/penalty columns, self-assessed/appraised pairs; legacy text).
// Addresses are on the selection's sheet ("C6:K16"); empty strings for what was not found.
// InputError naming what is missing, or the cells when the table reads two ways.
struct LayoutGuess {
    std::string units, scores, maxima, weights, previous_ranks, groups;
    bool previous_in_group = false; // the previous-rank header mentions the group ("khối")
    std::optional<int> year;        // a year in the previous-rank header ("năm 2021")
    std::string source_sheet;       // the name of the selection's sheet
    // What else was read (all inside `scores`, found again from the headers when ranking):
    bool units_in_rows = true;
    bool maxima_in_text = false;             // `maxima` is the header line stating them
    std::vector<std::string> components;     // names
    std::vector<std::string> areas;          // names
    std::vector<std::string> bonus, penalty; // one range per column
    std::vector<std::string> self_scores;    // the self-assessed range of each pair
    Message reading;                         // "Đã đọc: 11 đơn vị (B6:B16, ...)."
};
LayoutGuess guess_layout(const css::uno::Reference<css::table::XCellRange>& selection);

// A sheet name not yet used in `document`: `base`, else "base (2)", "base (3)", ...
std::string unused_sheet_name(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                              const std::string& base);

} // namespace vnplan::office
