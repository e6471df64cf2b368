// A rectangle of sheet cells as the core sees them, with where it sits on the sheet.
// Readers in the office layer fill it in one bulk transfer; the core never sees UNO.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace vnplan {

struct Cell {
    enum class Kind { empty, number, text, error };
    Kind kind = Kind::empty;
    double number = 0;
    std::string text; // UTF-8; for errors, the error's name when known ("#DIV/0!")

    static Cell of(double value) { return Cell{Kind::number, value, {}}; }
    static Cell of(std::string value) { return Cell{Kind::text, 0, std::move(value)}; }
    static Cell error(std::string name = {}) { return Cell{Kind::error, 0, std::move(name)}; }

    bool is_empty() const { return kind == Kind::empty || (kind == Kind::text && text.empty()); }
    bool is_number() const { return kind == Kind::number; }
    bool is_text() const { return kind == Kind::text && !text.empty(); }
    bool is_error() const { return kind == Kind::error; }
};

// A rectangle of grid cells (grid-relative, inclusive) sharing one property value.
struct CellBlock {
    std::size_t top = 0, left = 0, bottom = 0, right = 0;
    std::string value;
    bool contains(std::size_t row, std::size_t column) const {
        return row >= top && row <= bottom && column >= left && column <= right;
    }
};

struct Grid {
    std::vector<std::vector<Cell>> rows; // every row has `width()` cells
    int first_column = 0;                // sheet position of rows[0][0], 0-based
    int first_row = 0;

    // What a reader could learn besides values (empty when it could not): the formulas
    // ("=SUM(C6:C9)", keyed by grid row and column), the hidden rows (grid rows, ascending)
    // and the font names of blocks of cells (legacy Vietnamese text is told by its font).
    std::map<std::pair<std::size_t, std::size_t>, std::string> formulas{};
    std::vector<std::size_t> hidden_rows{};
    std::vector<CellBlock> fonts{};

    std::size_t height() const { return rows.size(); }
    std::size_t width() const { return rows.empty() ? 0 : rows.front().size(); }
    const Cell& at(std::size_t row, std::size_t column) const { return rows[row][column]; }
    // The cell's formula, or nullptr.
    const std::string* formula(std::size_t row, std::size_t column) const {
        const auto it = formulas.find({row, column});
        return it == formulas.end() ? nullptr : &it->second;
    }
    // The font name recorded for the cell ("" when none is).
    std::string font(std::size_t row, std::size_t column) const {
        for (auto it = fonts.rbegin(); it != fonts.rend(); ++it)
            if (it->contains(row, column)) return it->value;
        return {};
    }
};

// "A1" style address of a 0-based sheet column and row: (3, 11) -> "D12".
std::string a1_address(int column, int row);
// Column letters only: 0 -> "A", 26 -> "AA".
std::string column_name(int column);

} // namespace vnplan
