// Reading a clerk's score sheet: where the units, components (names, maxima, weights), areas,
// bonus and penalty columns, self-assessed/appraised pairs, groups and last year's ranks are,
// from the cells alone (no UNO). The "Xếp hạng chỉ số" dialog fills its fields from
// read_score_layout() and ranks through layout_of_spans() + score_sheet().
#pragma once

#include "core/common/grid.hpp"
#include "core/common/message.hpp"
#include "core/indices/indices.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::indices {

// A position, 0-based: in a Grid (from its top-left cell) or in a Frame, as documented.
struct Position {
    std::size_t row = 0, column = 0;
};
// An inclusive rectangle of grid positions.
struct GridSpan {
    Position first, last;
    std::size_t height() const { return last.row - first.row + 1; }
    std::size_t width() const { return last.column - first.column + 1; }
};

// "D5" / "C6:K16": a grid position or span as a sheet address (Grid::first_row/first_column).
std::string address_of(const Grid& grid, Position at);
std::string address_of(const Grid& grid, const GridSpan& span);

// A score table seen with units in rows: the grid itself, or its transpose when the units run
// across one row. Labels are read once (legacy TCVN3/VNI text converted, see label_text).
class Frame {
public:
    Frame(const Grid& grid, bool transposed);
    std::size_t height() const { return transposed_ ? grid_->width() : grid_->height(); }
    std::size_t width() const { return transposed_ ? grid_->height() : grid_->width(); }
    bool transposed() const { return transposed_; }
    const Grid& grid() const { return *grid_; }
    const Cell& at(std::size_t row, std::size_t column) const;
    const std::string& label(std::size_t row, std::size_t column) const;  // "" if no text
    const std::string& folded(std::size_t row, std::size_t column) const; // for keywords
    Position grid_position(std::size_t row, std::size_t column) const;
    GridSpan grid_span(Position first, Position last) const;        // frame corners
    std::string address(std::size_t row, std::size_t column) const; // "D5" on the sheet
    Frame turned() const; // the same grid seen the other way

private:
    std::size_t index(std::size_t row, std::size_t column) const;
    const Grid* grid_;
    bool transposed_;
    std::vector<std::string> labels_, folded_;
};

// ---- The columns of a score block, as its header lines name them --------------------------

enum class ItemKind {
    component, // scored against a maximum, ranked
    bonus,     // "Điểm thưởng": added to the total
    penalty,   // "Điểm trừ": subtracted from the total
    total,     // the sheet's own total ("Tổng điểm"): not read
    subtotal,  // an area's own row/column of subtotals ("I. Công tác chỉ đạo"): not read
};

// One column of the block, or a self-assessed ("Tự chấm") / appraised ("Thẩm định") pair.
// Columns and rows are frame positions.
struct BlockItem {
    ItemKind kind = ItemKind::component;
    std::string name;                       // without a maximum written in it
    std::size_t column = 0;                 // the scores that count (appraised when paired)
    std::optional<std::size_t> self_column; // the self-assessed scores beside them
    std::optional<double> text_maximum;     // written in the header ("(10 điểm)")
    std::optional<Position> header;         // the header cell naming the item
};

struct BlockArea {
    std::string name;
    std::vector<std::size_t> items;     // indices of component items
    std::optional<double> text_maximum; // "I. CÔNG TÁC CHỈ ĐẠO (10 điểm)"
    Position header;                    // frame position of its header cell
};

struct ScoreBlock {
    std::vector<BlockItem> items; // left to right
    std::vector<BlockArea> areas;
    std::vector<std::size_t> header_rows; // frame rows of the header lines read, top first
};

// Reads the header lines above `data_top` over the frame columns first..last: numeric lines
// (maxima, weights) are passed over, and up to three lines of labels read up to a blank line.
// InputError naming the cells for a pair that is not one (self-assessed without appraised).
ScoreBlock read_score_block(const Frame& frame, std::size_t first, std::size_t last,
                            std::size_t data_top);

// ---- The whole table ----------------------------------------------------------------------

struct LayoutComponent {
    std::string name;
    double maximum = 0;
    double weight = 1;
    std::size_t line = 0;                 // grid column (units in rows) or row of its scores
    std::optional<std::size_t> self_line; // ... of the self-assessed scores, if any
    Position maximum_at;                  // grid cell the maximum was read from
};
struct LayoutLine { // a bonus, penalty or total column (row when units are in columns)
    std::string name;
    std::size_t line = 0;
};
struct LayoutArea {
    std::string name;
    std::vector<std::size_t> components; // indices into ScoreLayout::components
};

struct ScoreLayout {
    bool units_in_rows = true;
    GridSpan units;                 // one column (or row) of unit names
    GridSpan scores;                // the whole block, bonus, penalty and pairs included
    std::optional<GridSpan> maxima; // the "Điểm tối đa" line, or the header line stating them
    bool maxima_in_text = false;    // maxima read from header text ("(10 điểm)")
    std::optional<GridSpan> weights; // the "Hệ số" line
    std::optional<GridSpan> groups, previous_ranks;
    bool previous_in_group = false; // the previous-rank header mentions the group ("khối")
    std::optional<int> year;        // a year in the previous-rank header ("năm 2021")
    std::vector<std::string> unit_names;
    std::vector<LayoutComponent> components;
    std::vector<LayoutArea> areas;
    std::vector<LayoutLine> bonus, penalty, totals;
};

// The score table of `grid` (the block of filled cells around a selection). InputError that
// names what is missing when no score table is recognised, and names the cells when two
// readings fit (a maxima row and a maxima column, a maximum written twice differently, two
// columns that could hold the unit names ...).
ScoreLayout read_score_layout(const Grid& grid);

// The dialog's fields as grid spans: units, scores and (unless the header text states them)
// maxima; the rest optional. Roles of the scores' columns come from the header lines above
// them (or left of them when the units are in one row).
struct ScoreSpans {
    GridSpan units, scores;
    std::optional<GridSpan> maxima, weights, previous_ranks, groups, component_names;
};
// InputError for shapes that disagree, naming the field ("Vùng điểm có 10 hàng ...").
ScoreLayout layout_of_spans(const Grid& grid, const ScoreSpans& spans);

// The cells of one score line over the units (a component's scores, a bonus column).
GridSpan line_span(const ScoreLayout& layout, std::size_t line);

// What was read, in one sentence for the dialog: "Đã đọc: 11 đơn vị (B6:B16, mỗi đơn vị một
// hàng), 9 chỉ số thành phần, điểm tối đa ở C5:K5 (tổng 99,5), hạng năm 2021 ở L6:L16."
Message describe_layout(const Grid& grid, const ScoreLayout& layout);

// The scores the layout points at, as typed (weights in ScoreSheet::weights), with areas,
// bonus and penalty columns and self-assessed scores; no tiers.
ScoreSheet score_sheet(const Grid& grid, const ScoreLayout& layout);

} // namespace vnplan::indices
