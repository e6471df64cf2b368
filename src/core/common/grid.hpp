// A rectangle of sheet cells as the core sees them, with where it sits on the sheet.
// Readers in the office layer fill it in one bulk transfer; the core never sees UNO.
#pragma once

#include <cstddef>
#include <string>
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

struct Grid {
    std::vector<std::vector<Cell>> rows; // every row has `width()` cells
    int first_column = 0;                // sheet position of rows[0][0], 0-based
    int first_row = 0;

    std::size_t height() const { return rows.size(); }
    std::size_t width() const { return rows.empty() ? 0 : rows.front().size(); }
    const Cell& at(std::size_t row, std::size_t column) const { return rows[row][column]; }
};

// "A1" style address of a 0-based sheet column and row: (3, 11) -> "D12".
std::string a1_address(int column, int row);
// Column letters only: 0 -> "A", 26 -> "AA".
std::string column_name(int column);

} // namespace vnplan
