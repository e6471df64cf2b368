// Reading several years of one index from a workbook: the year in a sheet's name, and a table
// with a year column split into one grid per year that the score layout reader reads as it
// reads any score sheet.
#include "core/indices/exact.hpp"
#include "core/indices/layout_build.hpp"
#include "core/indices/score_layout.hpp"
#include "core/indices/years.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace vnplan::indices {
namespace {

using detail::fail;

bool says_year_column(const Cell& cell) {
    if (!cell.is_text()) return false;
    const std::string f = vntext::fold_label(cell.text);
    return f == "năm" || f == "năm đánh giá" || f == "năm xếp hạng" || f == "năm công bố";
}

std::optional<int> year_cell(const Cell& cell) {
    if (cell.is_number()) {
        const double v = cell.number;
        if (std::floor(v) == v && v >= 1900 && v <= 2999) return static_cast<int>(v);
        return std::nullopt;
    }
    if (!cell.is_text()) return std::nullopt;
    const std::string f = vntext::fold_label(cell.text);
    const auto year = detail::year_in(f);
    return year && f == std::to_string(*year) ? year : std::nullopt;
}

bool blank_row(const std::vector<Cell>& row) {
    return std::all_of(row.begin(), row.end(), [](const Cell& c) { return c.is_empty(); });
}

struct YearColumn {
    std::size_t column = 0, header = 0;
};

// The column headed "Năm" with a year in the first filled cell below the header.
std::optional<YearColumn> year_column(const Grid& grid) {
    for (std::size_t c = 0; c < grid.width(); ++c)
        for (std::size_t r = 0; r + 1 < grid.height(); ++r) {
            if (grid.at(r, c).is_empty()) continue;
            if (!says_year_column(grid.at(r, c))) break;
            for (std::size_t below = r + 1; below < grid.height(); ++below)
                if (!grid.at(below, c).is_empty()) {
                    if (year_cell(grid.at(below, c))) return YearColumn{c, r};
                    break;
                }
            break;
        }
    return std::nullopt;
}

struct Block {
    std::size_t first = 0, last = 0;
};

std::string cell_name(const Grid& g, std::size_t row, std::size_t column) {
    return a1_address(g.first_column + static_cast<int>(column),
                      g.first_row + static_cast<int>(row));
}

// Each year's rows; an empty year cell on a filled row continues the year above (merged cells).
std::map<int, Block> year_blocks(const Grid& grid, const YearColumn& yc, std::size_t& data_top) {
    std::map<int, Block> blocks;
    std::optional<int> current;
    bool started = false;
    for (std::size_t r = yc.header + 1; r < grid.height(); ++r) {
        const Cell& cell = grid.at(r, yc.column);
        if (cell.is_empty()) {
            if (current && !blank_row(grid.rows[r])) blocks[*current].last = r;
            continue;
        }
        const auto year = year_cell(cell);
        if (!year) {
            if (!started) continue; // a line of maxima or numbering under the header
            fail("Ô " + cell_name(grid, r, yc.column) + " của cột Năm không phải là năm.",
                 "Cell " + cell_name(grid, r, yc.column) + " of the year column is not a year.");
        }
        if (!started) data_top = r;
        started = true;
        if (year != current && blocks.count(*year))
            fail("Các dòng của năm " + std::to_string(*year) +
                     " không liền nhau (có dòng năm khác xen giữa, ô " +
                     cell_name(grid, r, yc.column) + "): hãy sắp xếp bảng theo năm.",
                 "The rows of " + std::to_string(*year) +
                     " are not together (another year in between, cell " +
                     cell_name(grid, r, yc.column) + "): sort the table by year.");
        if (year != current) blocks[*year] = Block{r, r};
        blocks[*year].last = r;
        current = year;
    }
    return blocks;
}

// The headers and one year's rows, the year's rows on their own sheet rows.
YearGrid year_grid(const Grid& grid, std::size_t column, std::size_t top, int year, Block b) {
    YearGrid out;
    out.year = year;
    Grid& g = out.grid;
    g.first_column = grid.first_column;
    g.first_row = grid.first_row + static_cast<int>(b.first - top);
    std::map<std::size_t, std::size_t> to; // old grid row -> new one
    for (std::size_t r = 0; r < top; ++r)
        to[r] = r;
    for (std::size_t r = b.first; r <= b.last; ++r)
        to[r] = top + (r - b.first);
    for (const auto& entry : to) {
        g.rows.push_back(grid.rows[entry.first]);
        g.rows.back()[column] = Cell{};
    }
    for (const auto& [at, formula] : grid.formulas)
        if (to.count(at.first) && at.second != column)
            g.formulas[{to[at.first], at.second}] = formula;
    for (std::size_t r : grid.hidden_rows)
        if (to.count(r)) g.hidden_rows.push_back(to[r]);
    for (const auto& f : grid.fonts)
        for (std::size_t r = f.top; r <= f.bottom; ++r)
            if (to.count(r)) g.fonts.push_back({to[r], f.left, to[r], f.right, f.value});
    out.rows = cell_name(grid, b.first, 0) + ":" + cell_name(grid, b.last, grid.width() - 1);
    return out;
}

} // namespace

std::optional<int> year_of_name(std::string_view name) {
    const auto digit = [&](std::size_t i) {
        return i < name.size() && std::isdigit(static_cast<unsigned char>(name[i]));
    };
    std::optional<int> found;
    for (std::size_t i = 0; i < name.size();) {
        if (!digit(i)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (digit(end))
            ++end;
        const auto year =
            end - i == 4 ? detail::year_in(std::string(name.substr(i, 4))) : std::nullopt;
        if (year && found && *found != *year) return std::nullopt; // "2022-2023": which one?
        if (year) found = year;
        i = end;
    }
    return found;
}

std::string name_without_year(std::string_view name) {
    std::string text(name);
    if (const auto year = year_of_name(name))
        for (auto at = text.find(std::to_string(*year)); at != std::string::npos;
             at = text.find(std::to_string(*year)))
            text.erase(at, 4);
    return vntext::fold_loose(text);
}

std::vector<YearGrid> split_years(const Grid& grid) {
    const auto yc = year_column(grid);
    if (!yc) return {};
    std::size_t top = 0;
    const auto blocks = year_blocks(grid, *yc, top);
    if (blocks.size() < 2) return {};
    std::vector<YearGrid> out;
    for (const auto& [year, block] : blocks)
        out.push_back(year_grid(grid, yc->column, top, year, block));
    return out;
}

YearSheet year_sheet(int year, const Grid& grid, const std::string& where) {
    try {
        return {year, score_sheet(grid, read_score_layout(grid)), where};
    } catch (const InputError& e) {
        const std::string y = std::to_string(year);
        fail("Năm " + y + " (" + where + "): " + e.message().vi,
             "Year " + y + " (" + where + "): " + e.message().en);
    }
}

std::vector<YearSheet> year_sheets(const Grid& grid, const std::string& where) {
    std::vector<YearSheet> out;
    for (const auto& y : split_years(grid))
        out.push_back(year_sheet(y.year, y.grid, where + " " + y.rows));
    return out;
}

} // namespace vnplan::indices
