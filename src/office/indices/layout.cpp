// "Xếp hạng chỉ số": the score table around the selection, read by the core
// (indices::read_score_layout) from the block of filled cells around it, so that the dialog
// opens filled in. This file only reads the sheet and turns grid positions into addresses.
#include "office/common/uno_util.hpp"
#include "office/indices/actions.hpp"
#include "office/indices/internal.hpp"

#include "core/indices/score_layout.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>

namespace vnplan::office {

namespace {

std::string text_of(const Grid& grid, const std::optional<indices::GridSpan>& span) {
    return span ? indices::address_of(grid, *span) : std::string();
}

std::string line_text(const Grid& grid, const indices::ScoreLayout& l, std::size_t line) {
    return indices::address_of(grid, indices::line_span(l, line));
}

LayoutGuess guess_of(const Grid& grid, const indices::ScoreLayout& l) {
    LayoutGuess guess;
    guess.units = indices::address_of(grid, l.units);
    guess.scores = indices::address_of(grid, l.scores);
    guess.maxima = text_of(grid, l.maxima);
    guess.weights = text_of(grid, l.weights);
    guess.previous_ranks = text_of(grid, l.previous_ranks);
    guess.groups = text_of(grid, l.groups);
    guess.previous_in_group = l.previous_in_group;
    guess.year = l.year;
    guess.units_in_rows = l.units_in_rows;
    guess.maxima_in_text = l.maxima_in_text;
    for (const auto& c : l.components) {
        guess.components.push_back(c.name);
        if (c.self_line) guess.self_scores.push_back(line_text(grid, l, *c.self_line));
    }
    for (const auto& a : l.areas)
        guess.areas.push_back(a.name);
    for (const auto& b : l.bonus)
        guess.bonus.push_back(line_text(grid, l, b.line));
    for (const auto& p : l.penalty)
        guess.penalty.push_back(line_text(grid, l, p.line));
    guess.reading = indices::describe_layout(grid, l);
    return guess;
}

} // namespace

Reference<css::table::XCellRange>
detail::table_around(const Reference<css::table::XCellRange>& selection) {
    Reference<css::sheet::XSheetCellRange> sheet_range(selection, UNO_QUERY_THROW);
    auto sheet = sheet_range->getSpreadsheet();
    // The block of filled cells around the selection (Calc's "current region"): a cell or
    // the scores alone are enough to find the headers and maxima around them.
    auto cursor = sheet->createCursorByRange(sheet_range);
    cursor->collapseToCurrentRegion();
    auto range =
        clip_to_used_area(sheet, Reference<css::table::XCellRange>(cursor, UNO_QUERY_THROW));
    if (!range.is())
        throw InputError({"Không thấy bảng điểm quanh vùng chọn (vùng chọn đang trống).",
                          "No score table around the selection (the selection is empty)."});
    return range;
}

LayoutGuess guess_layout(const Reference<css::table::XCellRange>& selection) {
    auto sheet =
        Reference<css::sheet::XSheetCellRange>(selection, UNO_QUERY_THROW)->getSpreadsheet();
    const Grid grid = read_grid(detail::table_around(selection));
    LayoutGuess guess = guess_of(grid, indices::read_score_layout(grid));
    guess.source_sheet =
        to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
    return guess;
}

std::string unused_sheet_name(const Reference<css::sheet::XSpreadsheetDocument>& document,
                              const std::string& base) {
    auto sheets = document->getSheets();
    if (!sheets->hasByName(to_ou(base))) return base;
    for (int i = 2;; ++i) {
        const std::string name = base + " (" + std::to_string(i) + ")";
        if (!sheets->hasByName(to_ou(name))) return name;
    }
}

} // namespace vnplan::office
