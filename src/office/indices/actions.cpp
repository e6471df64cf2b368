// "Xếp hạng chỉ số": reading the raw score ranges and computing the ranking (no writes here;
// the result sheet is written by writer.cpp).
#include "office/indices/actions.hpp"
#include "office/common/uno_util.hpp"

#include "core/indices/score_labels.hpp"
#include "core/indices/score_layout.hpp"
#include "core/vntext/text.hpp"

#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/internal.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace vnplan::office {

namespace {

// Rows (columns when transposed) above the scores that may hold their headers.
constexpr sal_Int32 header_lines = 6;

css::table::CellRangeAddress address_of(const Reference<css::table::XCellRange>& range) {
    return Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
}

bool same_unit(const std::string& a, const std::string& b) {
    return a == b || vntext::fold_exact(a) == vntext::fold_exact(b);
}

// The given ranges, each with its place in the grid read for all of them.
struct Given {
    std::vector<css::table::CellRangeAddress> addresses;
    css::table::CellRangeAddress box;
};

Given given_of(const std::vector<Reference<css::table::XCellRange>>& ranges) {
    Given g;
    for (const auto& r : ranges)
        if (r.is()) g.addresses.push_back(address_of(r));
    g.box = g.addresses.front(); // the scores
    g.box.StartRow = std::max<sal_Int32>(0, g.box.StartRow - header_lines);
    g.box.StartColumn = std::max<sal_Int32>(0, g.box.StartColumn - header_lines);
    for (const auto& a : g.addresses) {
        if (a.Sheet != g.box.Sheet)
            throw InputError({"Các vùng của bảng điểm phải ở cùng một trang tính.",
                              "All ranges of the score table must be on one sheet."});
        g.box.StartRow = std::min(g.box.StartRow, a.StartRow);
        g.box.StartColumn = std::min(g.box.StartColumn, a.StartColumn);
        g.box.EndRow = std::max(g.box.EndRow, a.EndRow);
        g.box.EndColumn = std::max(g.box.EndColumn, a.EndColumn);
    }
    return g;
}

indices::GridSpan span_in(const Given& g, const Reference<css::table::XCellRange>& range) {
    const auto a = address_of(range);
    auto pos = [&](sal_Int32 row, sal_Int32 column) {
        return indices::Position{static_cast<std::size_t>(row - g.box.StartRow),
                                 static_cast<std::size_t>(column - g.box.StartColumn)};
    };
    return {pos(a.StartRow, a.StartColumn), pos(a.EndRow, a.EndColumn)};
}

std::optional<indices::GridSpan> optional_span(const Given& g,
                                               const Reference<css::table::XCellRange>& range) {
    if (!range.is()) return std::nullopt;
    return span_in(g, range);
}

} // namespace

ScoreInput read_scores(const ScoreRanges& ranges) {
    if (!ranges.units.is() || !ranges.scores.is())
        throw InputError(
            {"Cần chọn vùng tên đơn vị và vùng điểm.", "Select the unit names and the scores."});
    const Given g = given_of({ranges.scores, ranges.units, ranges.maxima, ranges.weights,
                              ranges.previous_ranks, ranges.groups, ranges.component_names});
    auto sheet =
        Reference<css::sheet::XSheetCellRange>(ranges.scores, UNO_QUERY_THROW)->getSpreadsheet();
    const Grid grid = read_grid(sheet->getCellRangeByPosition(g.box.StartColumn, g.box.StartRow,
                                                              g.box.EndColumn, g.box.EndRow));
    indices::ScoreSpans spans;
    spans.units = span_in(g, ranges.units);
    spans.scores = span_in(g, ranges.scores);
    spans.maxima = optional_span(g, ranges.maxima);
    spans.weights = optional_span(g, ranges.weights);
    spans.previous_ranks = optional_span(g, ranges.previous_ranks);
    spans.groups = optional_span(g, ranges.groups);
    spans.component_names = optional_span(g, ranges.component_names);
    ScoreInput input;
    input.sheet = indices::score_sheet(grid, indices::layout_of_spans(grid, spans));
    input.weights = input.sheet.weights;
    input.weights.resize(input.sheet.components.size(), 1.0);
    return input;
}

std::vector<std::string> unit_names(const Reference<css::table::XCellRange>& units) {
    const Grid grid = read_grid(units);
    const auto encoding = indices::legacy_encoding(grid);
    std::vector<std::string> names;
    for (const auto& row : grid.rows)
        for (const Cell& cell : row) {
            const std::string name = cell.is_number() ? indices::format_typed(cell.number)
                                                      : indices::label_text(cell, encoding);
            if (!name.empty()) names.push_back(name);
        }
    return names;
}

detail::Computed detail::compute(const RankingRequest& request) {
    Computed out;
    out.input = read_scores(request.ranges);
    indices::ScoreSheet sheet = out.input.sheet;
    sheet.tier_thresholds = request.tiers.thresholds;
    sheet.tier_labels = request.tiers.labels;
    indices::SheetOptions options = request.options;
    options.previous_in_group = options.previous_in_group || request.previous_in_group;
    auto ranked = indices::rank_sheet(sheet, options); // weights, groups, phrases: the core's
    out.maximum_total = indices::maximum_total(sheet);

    RankingResult& result = out.result;
    result.units = std::move(ranked);
    result.components = sheet.components;
    if (!request.radar_unit.empty()) {
        const auto found = std::find_if(
            result.units.begin(), result.units.end(),
            [&](const indices::UnitResult& r) { return same_unit(r.unit, request.radar_unit); });
        if (found == result.units.end())
            throw InputError(
                {"Không có đơn vị \"" + request.radar_unit + "\" trong vùng tên đơn vị.",
                 "There is no unit \"" + request.radar_unit + "\" among the units."});
        result.radar_unit = static_cast<std::size_t>(found - result.units.begin());
    }
    return out;
}

RankingResult compute_ranking(const RankingRequest& request) {
    return detail::compute(request).result;
}

} // namespace vnplan::office
