// A score table seen with units in rows, and sheet addresses of its cells.
#include "core/indices/score_labels.hpp"
#include "core/indices/score_layout.hpp"
#include "core/vntext/text.hpp"

namespace vnplan::indices {

std::string address_of(const Grid& grid, Position at) {
    return a1_address(grid.first_column + static_cast<int>(at.column),
                      grid.first_row + static_cast<int>(at.row));
}

std::string address_of(const Grid& grid, const GridSpan& span) {
    return address_of(grid, span.first) + ":" + address_of(grid, span.last);
}

Frame::Frame(const Grid& grid, bool transposed) : grid_(&grid), transposed_(transposed) {
    const auto sheet = legacy_encoding(grid);
    for (const auto& row : grid.rows)
        for (const Cell& cell : row) {
            labels_.push_back(label_text(cell, sheet));
            folded_.push_back(labels_.back().empty() ? std::string()
                                                     : vntext::fold_exact(labels_.back()));
        }
}

std::size_t Frame::index(std::size_t row, std::size_t column) const {
    const Position at = grid_position(row, column);
    return at.row * grid_->width() + at.column;
}

const Cell& Frame::at(std::size_t row, std::size_t column) const {
    const Position p = grid_position(row, column);
    return grid_->at(p.row, p.column);
}

const std::string& Frame::label(std::size_t row, std::size_t column) const {
    return labels_[index(row, column)];
}

const std::string& Frame::folded(std::size_t row, std::size_t column) const {
    return folded_[index(row, column)];
}

Position Frame::grid_position(std::size_t row, std::size_t column) const {
    return transposed_ ? Position{column, row} : Position{row, column};
}

GridSpan Frame::grid_span(Position first, Position last) const {
    return {grid_position(first.row, first.column), grid_position(last.row, last.column)};
}

std::string Frame::address(std::size_t row, std::size_t column) const {
    return address_of(*grid_, grid_position(row, column));
}

Frame Frame::turned() const {
    Frame out = *this;
    out.transposed_ = !transposed_;
    return out;
}

} // namespace vnplan::indices
