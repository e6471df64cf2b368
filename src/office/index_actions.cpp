// "Xếp hạng chỉ số": reading the raw score ranges and computing the ranking (no writes here;
// the result sheet is written by index_writer.cpp).
#include "office/index_actions.hpp"

#include "office/index_internal.hpp"
#include "office/sheet_reader.hpp"
#include "office/ustring.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace vnplan::office {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

std::string n(std::size_t value) {
    return std::to_string(value);
}

css::table::CellRangeAddress address_of(const Reference<css::table::XCellRange>& range) {
    return Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
}

// A one-row or one-column range as a list of cells; InputError naming the field otherwise.
std::vector<Cell> line_of(const Reference<css::table::XCellRange>& range, const Message& field) {
    const Grid grid = read_grid(range);
    if (grid.width() != 1 && grid.height() != 1)
        throw InputError({"Vùng " + field.vi + " phải là một hàng hoặc một cột.",
                          "The " + field.en + " range must be one row or one column."});
    std::vector<Cell> cells;
    for (const auto& row : grid.rows)
        for (const Cell& cell : row)
            cells.push_back(cell);
    return cells;
}

void check_count(std::size_t got, std::size_t wanted, const Message& field, const Message& of) {
    if (got != wanted)
        throw InputError(
            {"Vùng " + field.vi + " có " + n(got) + " ô nhưng có " + n(wanted) + " " + of.vi + ".",
             "The " + field.en + " range has " + n(got) + " cells but there are " + n(wanted) +
                 " " + of.en + "."});
}

std::string cell_text(const Cell& cell) {
    if (cell.is_number()) return indices::format_typed(cell.number);
    if (cell.is_text()) return cell.text;
    return {};
}

// A positive number per component (maxima, weights); InputError naming the position.
std::vector<double> positive_numbers(const std::vector<Cell>& cells, const Message& field,
                                     const std::vector<std::string>& components) {
    std::vector<double> out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const Cell& cell = cells[i];
        const std::string& name = components[i];
        if (!cell.is_number() || !std::isfinite(cell.number) || cell.number <= 0)
            throw InputError({"Ô " + field.vi + " của \"" + name +
                                  "\" phải là số lớn hơn 0 (đang là \"" + cell_text(cell) + "\").",
                              "The " + field.en + " of \"" + name +
                                  "\" must be a number greater than 0 (got \"" + cell_text(cell) +
                                  "\")."});
        out.push_back(cell.number);
    }
    return out;
}

// The nearest row (column, when transposed) before the scores whose cells are all text.
std::vector<std::string> names_before(const Reference<css::table::XCellRange>& scores, bool by_rows,
                                      std::size_t count) {
    auto sheet = Reference<css::sheet::XSheetCellRange>(scores, UNO_QUERY_THROW)->getSpreadsheet();
    const auto a = address_of(scores);
    for (int step = 1; step <= 6; ++step) {
        const sal_Int32 at = (by_rows ? a.StartRow : a.StartColumn) - step;
        if (at < 0) break;
        const Grid line =
            by_rows ? read_grid(sheet->getCellRangeByPosition(a.StartColumn, at, a.EndColumn, at))
                    : read_grid(sheet->getCellRangeByPosition(at, a.StartRow, at, a.EndRow));
        std::vector<std::string> names;
        for (const auto& row : line.rows)
            for (const Cell& cell : row)
                if (cell.is_text()) names.push_back(cell.text);
        if (names.size() == count) return names;
    }
    return {};
}

bool same_unit(const std::string& a, const std::string& b) {
    return a == b || indices::group_key(a) == indices::group_key(b);
}

} // namespace

ScoreInput read_scores(const ScoreRanges& ranges) {
    const Message units_field{"tên đơn vị", "unit names"};
    const Message scores_field{"điểm", "scores"};
    const Message maxima_field{"điểm tối đa", "maxima"};
    if (!ranges.units.is() || !ranges.scores.is() || !ranges.maxima.is())
        throw InputError({"Cần chọn đủ vùng tên đơn vị, vùng điểm và vùng điểm tối đa.",
                          "Select the unit names, the scores and the maxima."});
    ScoreInput input;
    indices::ScoreSheet& sheet = input.sheet;

    const Grid unit_grid = read_grid(ranges.units);
    if (unit_grid.width() != 1 && unit_grid.height() != 1)
        throw InputError({"Vùng tên đơn vị phải là một cột hoặc một hàng.",
                          "The unit names must be one column or one row."});
    const bool by_rows = unit_grid.height() >= unit_grid.width();
    for (const auto& row : unit_grid.rows)
        for (const Cell& cell : row)
            sheet.units.push_back(cell_text(cell));
    const std::size_t units = sheet.units.size();

    const Grid score_grid = read_grid(ranges.scores);
    const std::size_t score_units = by_rows ? score_grid.height() : score_grid.width();
    const std::size_t components = by_rows ? score_grid.width() : score_grid.height();
    if (score_units != units)
        throw InputError({"Vùng điểm có " + n(score_units) + (by_rows ? " hàng" : " cột") +
                              " nhưng có " + n(units) + " đơn vị.",
                          "The scores have " + n(score_units) + (by_rows ? " rows" : " columns") +
                              " but there are " + n(units) + " units."});
    sheet.scores.assign(units, std::vector<Cell>(components));
    for (std::size_t u = 0; u < units; ++u)
        for (std::size_t c = 0; c < components; ++c)
            sheet.scores[u][c] = by_rows ? score_grid.at(u, c) : score_grid.at(c, u);

    // Component names: given, read above the scores, or numbered.
    if (ranges.component_names.is()) {
        const auto cells =
            line_of(ranges.component_names, {"tên chỉ số thành phần", "component names"});
        check_count(cells.size(), components, {"tên chỉ số thành phần", "component names"},
                    {"chỉ số thành phần", "components"});
        for (const Cell& cell : cells)
            sheet.components.push_back(cell_text(cell));
    } else {
        sheet.components = names_before(ranges.scores, by_rows, components);
    }
    for (std::size_t c = 0; c < components; ++c) {
        if (c >= sheet.components.size()) sheet.components.emplace_back();
        if (sheet.components[c].empty()) sheet.components[c] = "Chỉ số thành phần " + n(c + 1);
    }

    const auto maxima = line_of(ranges.maxima, maxima_field);
    check_count(maxima.size(), components, maxima_field, {"chỉ số thành phần", "components"});
    sheet.maxima = positive_numbers(maxima, maxima_field, sheet.components);

    input.weights.assign(components, 1.0);
    if (ranges.weights.is()) {
        const Message field{"hệ số", "weights"};
        const auto cells = line_of(ranges.weights, field);
        check_count(cells.size(), components, field, {"chỉ số thành phần", "components"});
        input.weights = positive_numbers(cells, field, sheet.components);
    }

    if (ranges.previous_ranks.is()) {
        const Message field{"xếp hạng năm trước", "previous ranks"};
        const auto cells = line_of(ranges.previous_ranks, field);
        check_count(cells.size(), units, field, {"đơn vị", "units"});
        for (std::size_t u = 0; u < units; ++u) {
            const Cell& cell = cells[u];
            double value = 0;
            if (cell.is_empty()) {
                sheet.previous_ranks.emplace_back();
                continue;
            }
            // "07" typed as text keeps its leading zero; it is still a rank.
            const std::string text = cell.text;
            if (cell.is_number())
                value = cell.number;
            else if (!cell.is_text() ||
                     std::from_chars(text.data(), text.data() + text.size(), value).ptr !=
                         text.data() + text.size())
                throw InputError({"Đơn vị \"" + sheet.units[u] + "\": xếp hạng năm trước \"" +
                                      cell_text(cell) + "\" không phải là số.",
                                  "Unit \"" + sheet.units[u] + "\": the previous rank \"" +
                                      cell_text(cell) + "\" is not a number."});
            sheet.previous_ranks.emplace_back(value);
        }
    }

    if (ranges.groups.is()) {
        const Message field{"khối/nhóm", "groups"};
        const auto cells = line_of(ranges.groups, field);
        check_count(cells.size(), units, field, {"đơn vị", "units"});
        for (const Cell& cell : cells)
            sheet.groups.push_back(cell_text(cell));
    }
    return input;
}

std::vector<std::string> unit_names(const Reference<css::table::XCellRange>& units) {
    std::vector<std::string> names;
    for (const auto& row : read_grid(units).rows)
        for (const Cell& cell : row)
            if (!cell_text(cell).empty()) names.push_back(cell_text(cell));
    return names;
}

detail::Computed detail::compute(const RankingRequest& request) {
    Computed out;
    out.input = read_scores(request.ranges);
    indices::ScoreSheet sheet = out.input.sheet;
    sheet.tier_thresholds = request.tiers.thresholds;
    sheet.tier_labels = request.tiers.labels;
    const auto& options = request.options;
    if (request.previous_in_group && sheet.groups.empty())
        throw InputError({"Hạng năm trước tính trong khối thì cần chọn vùng khối/nhóm.",
                          "Previous ranks within groups need the groups range."});

    const auto& weights = out.input.weights;
    if (std::any_of(weights.begin(), weights.end(), [](double w) { return w != 1.0; }))
        sheet.weights = weights;
    auto ranked = indices::rank_sheet(sheet, options);
    out.maximum_total = indices::maximum_total(sheet);

    if (request.previous_in_group) {
        indices::PhraseOptions phrase_options;
        phrase_options.percent_decimals = options.percent_decimals;
        phrase_options.min_digits = options.pad ? 2 : 1;
        for (auto& r : ranked) {
            const auto previous =
                sheet.previous_ranks.empty() ? std::nullopt : sheet.previous_ranks[r.row];
            const double rank = *r.group_rank;
            const bool whole = rank == std::floor(rank);
            r.change.reset();
            r.change_text.clear();
            r.phrase.clear();
            if (previous) {
                r.change = *previous - rank;
                if (whole) r.change_text = indices::rank_change_text(rank, *previous, options.pad);
            }
            std::optional<double> year;
            if (options.year) year = *options.year;
            if (whole)
                r.phrase = indices::phrase(r.total_value, out.maximum_total, rank,
                                           static_cast<double>(r.group_count), previous, year,
                                           phrase_options);
        }
    }

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
