// The dialog's fields (grid spans) read as a layout, and the score sheet a layout points at.
#include "core/indices/exact.hpp"
#include "core/indices/layout_build.hpp"
#include "core/indices/score_labels.hpp"
#include "core/indices/score_layout.hpp"

#include <charconv>

namespace vnplan::indices {
namespace {

using detail::fail;

std::string n(std::size_t value) {
    return std::to_string(value);
}

bool is_line(const GridSpan& s) {
    return s.height() == 1 || s.width() == 1;
}

std::size_t cells_in(const GridSpan& s) {
    return s.height() * s.width();
}

// The frame positions of a one-row or one-column span, in order.
std::vector<Position> line_cells(const Frame& f, const GridSpan& s, const Message& field) {
    if (!is_line(s))
        fail("Vùng " + field.vi + " phải là một hàng hoặc một cột.",
             "The " + field.en + " range must be one row or one column.");
    std::vector<Position> out;
    for (std::size_t r = s.first.row; r <= s.last.row; ++r)
        for (std::size_t c = s.first.column; c <= s.last.column; ++c)
            out.push_back(f.transposed() ? Position{c, r} : Position{r, c});
    return out;
}

void check_count(std::size_t got, std::size_t wanted, const Message& field, const Message& of) {
    if (got != wanted)
        fail("Vùng " + field.vi + " có " + n(got) + " ô nhưng có " + n(wanted) + " " + of.vi + ".",
             "The " + field.en + " range has " + n(got) + " cells but there are " + n(wanted) +
                 " " + of.en + ".");
}

// Frame rows and columns of the scores span.
struct Block {
    std::size_t top, bottom, first, last;
};

Block block_of(const Frame& f, const GridSpan& s) {
    const Position a = f.transposed() ? Position{s.first.column, s.first.row} : s.first;
    const Position b = f.transposed() ? Position{s.last.column, s.last.row} : s.last;
    return {a.row, b.row, a.column, b.column};
}

// Every column a component, named by the given cells (the API's component names).
ScoreBlock named_block(const Frame& f, const Block& b, const std::vector<Position>& names) {
    check_count(names.size(), b.last - b.first + 1, {"tên chỉ số thành phần", "component names"},
                {"cột điểm", "score columns"});
    ScoreBlock block;
    for (std::size_t c = b.first; c <= b.last; ++c) {
        BlockItem item;
        item.column = c;
        item.name = detail::name_text(f, names[c - b.first].row, names[c - b.first].column);
        block.items.push_back(item);
    }
    return block;
}

std::vector<std::optional<Position>> optional_cells(const std::vector<Position>& cells) {
    return {cells.begin(), cells.end()};
}

void check_units(const ScoreSpans& spans, const Block& b) {
    if (!is_line(spans.units))
        fail("Vùng tên đơn vị phải là một cột hoặc một hàng.",
             "The unit names must be one column or one row.");
    const bool by_rows = spans.units.height() >= spans.units.width();
    const std::size_t units = cells_in(spans.units), got = b.bottom - b.top + 1;
    if (got != units)
        fail("Vùng điểm có " + n(got) + (by_rows ? " hàng" : " cột") + " nhưng có " + n(units) +
                 " đơn vị.",
             "The scores have " + n(got) + (by_rows ? " rows" : " columns") + " but there are " +
                 n(units) + " units.");
}

detail::LineCells line_cells_of(const Frame& f, const ScoreSpans& spans, const Block& b) {
    const std::size_t columns = b.last - b.first + 1;
    detail::LineCells cells;
    cells.first = b.first;
    if (spans.maxima) {
        const Message field{"điểm tối đa", "maxima"};
        cells.maxima = optional_cells(line_cells(f, *spans.maxima, field));
        check_count(cells.maxima.size(), columns, field, {"cột điểm", "score columns"});
    }
    if (spans.weights) {
        const Message field{"hệ số", "weights"};
        cells.weights = optional_cells(line_cells(f, *spans.weights, field));
        check_count(cells.weights.size(), columns, field, {"cột điểm", "score columns"});
    }
    return cells;
}

std::optional<GridSpan> per_unit(const Frame& f, const std::optional<GridSpan>& span,
                                 const Message& field, std::size_t units) {
    if (!span) return std::nullopt;
    check_count(line_cells(f, *span, field).size(), units, field, {"đơn vị", "units"});
    return span;
}

// "07" typed as text keeps its leading zero; it is still a rank.
std::optional<double> previous_rank(const Cell& cell, const std::string& unit) {
    if (cell.is_empty()) return std::nullopt;
    if (cell.is_number()) return cell.number;
    double value = 0;
    const std::string& text = cell.text;
    if (!cell.is_text() || std::from_chars(text.data(), text.data() + text.size(), value).ptr !=
                               text.data() + text.size())
        fail("Đơn vị \"" + unit + "\": xếp hạng năm trước \"" + text + "\" không phải là số.",
             "Unit \"" + unit + "\": the previous rank \"" + text + "\" is not a number.");
    return value;
}

// The cells of unit u in a frame column (`line`).
struct UnitCells {
    const Frame& f;
    std::size_t top; // frame row of the first unit's scores
    const Cell& at(std::size_t u, std::size_t line) const { return f.at(top + u, line); }
};

void read_components(const ScoreLayout& layout, const UnitCells& cells, ScoreSheet& sheet) {
    bool self = false;
    for (const auto& c : layout.components) {
        sheet.components.push_back(c.name);
        sheet.maxima.push_back(c.maximum);
        self = self || c.self_line.has_value();
    }
    for (std::size_t u = 0; u < sheet.units.size(); ++u) {
        sheet.scores.emplace_back();
        for (const auto& c : layout.components)
            sheet.scores.back().push_back(cells.at(u, c.line));
        if (!self) continue;
        // A component scored once counts as agreed: its score stands for both.
        sheet.self_scores.emplace_back();
        for (const auto& c : layout.components)
            sheet.self_scores.back().push_back(cells.at(u, c.self_line.value_or(c.line)));
    }
    if (layout.weights)
        for (const auto& c : layout.components)
            sheet.weights.push_back(c.weight);
    for (const auto& area : layout.areas)
        sheet.areas.push_back({area.name, area.components});
}

void read_adjustments(const ScoreLayout& layout, const UnitCells& cells, ScoreSheet& sheet) {
    for (bool bonus : {true, false})
        for (const auto& line : bonus ? layout.bonus : layout.penalty) {
            Adjustment a{line.name, bonus, {}};
            for (std::size_t u = 0; u < sheet.units.size(); ++u)
                a.values.push_back(cells.at(u, line.line));
            sheet.adjustments.push_back(std::move(a));
        }
}

void read_per_unit(const Frame& f, const ScoreLayout& layout, ScoreSheet& sheet) {
    if (layout.previous_ranks) {
        const auto cells = line_cells(f, *layout.previous_ranks, {"xếp hạng", "ranks"});
        for (std::size_t u = 0; u < cells.size(); ++u)
            sheet.previous_ranks.push_back(
                previous_rank(f.at(cells[u].row, cells[u].column), sheet.units[u]));
    }
    if (layout.groups)
        for (const Position& p : line_cells(f, *layout.groups, {"khối/nhóm", "groups"}))
            sheet.groups.push_back(detail::name_text(f, p.row, p.column));
}

} // namespace

ScoreSheet score_sheet(const Grid& grid, const ScoreLayout& layout) {
    const Frame f(grid, !layout.units_in_rows);
    ScoreSheet sheet;
    sheet.units = layout.unit_names;
    const UnitCells cells{f, block_of(f, layout.scores).top};
    read_components(layout, cells, sheet);
    read_adjustments(layout, cells, sheet);
    read_per_unit(f, layout, sheet);
    return sheet;
}

ScoreLayout layout_of_spans(const Grid& grid, const ScoreSpans& spans) {
    const bool by_rows = spans.units.height() >= spans.units.width();
    const Frame f(grid, !by_rows);
    const Block b = block_of(f, spans.scores);
    check_units(spans, b);
    const ScoreBlock block =
        spans.component_names
            ? named_block(f, b,
                          line_cells(f, *spans.component_names,
                                     {"tên chỉ số thành phần", "component names"}))
            : read_score_block(f, b.first, b.last, b.top);
    ScoreLayout out;
    out.units_in_rows = by_rows;
    out.units = spans.units;
    out.scores = spans.scores;
    out.maxima = spans.maxima;
    out.weights = spans.weights;
    const std::size_t units = cells_in(spans.units);
    out.previous_ranks =
        per_unit(f, spans.previous_ranks, {"xếp hạng năm trước", "previous ranks"}, units);
    out.groups = per_unit(f, spans.groups, {"khối/nhóm", "groups"}, units);
    for (const Position& p : line_cells(f, spans.units, {"tên đơn vị", "unit names"}))
        out.unit_names.push_back(detail::name_text(f, p.row, p.column));
    detail::check_unit_names(out.unit_names, address_of(grid, spans.units));
    detail::fill_from_block(f, block, line_cells_of(f, spans, b), out);
    if (out.components.empty())
        fail("Vùng điểm không có chỉ số thành phần nào.", "The scores hold no component.");
    return out;
}

} // namespace vnplan::indices
