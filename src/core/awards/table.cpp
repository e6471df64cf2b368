#include "core/awards/table.hpp"

#include "core/awards/labels.hpp"
#include "core/awards/table_detail.hpp"
#include "core/common/message.hpp"

#include <algorithm>
#include <cmath>

namespace vnplan::awards {

Layout read_layout(const Grid& table) {
    if (table.height() < 1 || table.width() < 2)
        throw InputError({"Bảng khen thưởng phải có ít nhất hai cột (tên đơn vị và số lượng).",
                          "An award table needs at least two columns (unit and count)."});
    Layout layout;
    const std::unique_ptr<Grid> unicode = detail::unicode_grid(table, layout.encodings);
    const Grid& grid = unicode ? *unicode : table;
    detail::read_columns(grid, layout);
    detail::read_rows(grid, layout);
    if (layout.items.empty())
        throw InputError({"Không tìm thấy dòng nào của bảng khen thưởng (dòng có số thứ tự và tên "
                          "đơn vị).",
                          "No item rows found: this does not look like an award table."});
    // Hidden rows inside the table are counted like the others, and said.
    const std::size_t last =
        std::max(layout.total_row.value_or(0),
                 layout.sections.empty() ? 0 : layout.sections.back().last_row);
    for (std::size_t r : grid.hidden_rows)
        if (r >= layout.header_first && r <= std::max(last, layout.items.back().row) &&
            layout.rows[r] != RowKind::blank)
            layout.hidden_rows.push_back(r);
    return layout;
}

std::size_t find_section(const Layout& layout, const SectionChoice& choice) {
    if (const std::int64_t* position = std::get_if<std::int64_t>(&choice)) {
        if (*position < 1 || static_cast<std::size_t>(*position) > layout.sections.size())
            throw InputError({"Bảng chỉ có " + std::to_string(layout.sections.size()) +
                                  " mục; không có mục thứ " + std::to_string(*position) + ".",
                              "The table has " + std::to_string(layout.sections.size()) +
                                  " sections; there is no section " + std::to_string(*position) +
                                  "."});
        return static_cast<std::size_t>(*position - 1);
    }
    // "II", "ii." or, for nested sections, "B/I" (also written "B.I").
    std::string wanted = fold_label(std::get<std::string>(choice));
    std::replace(wanted.begin(), wanted.end(), '.', '/');
    for (std::size_t i = 0; i < layout.sections.size(); ++i) {
        const Section& s = layout.sections[i];
        if (!s.label.empty() && (fold_label(s.label) == wanted || fold_label(s.path) == wanted))
            return i;
    }
    throw InputError(
        {"Không có mục \"" + std::get<std::string>(choice) + "\" trong bảng.",
         "There is no section \"" + std::get<std::string>(choice) + "\" in the table."});
}

long long award_total(const Grid& grid, long column, const SectionChoice& section) {
    if (column < 1 || static_cast<std::size_t>(column) > grid.width())
        throw InputError({"Cột " + std::to_string(column) + " nằm ngoài bảng (bảng có " +
                              std::to_string(grid.width()) + " cột).",
                          "Column " + std::to_string(column) + " is outside the table (it has " +
                              std::to_string(grid.width()) + " columns)."});
    const Layout layout = read_layout(grid);
    std::vector<std::size_t> items;
    if (std::holds_alternative<std::monostate>(section)) {
        for (std::size_t i = 0; i < layout.items.size(); ++i)
            items.push_back(i);
    } else {
        items = layout.sections[find_section(layout, section)].items;
    }
    const std::size_t c = static_cast<std::size_t>(column - 1);
    long long sum = 0;
    for (std::size_t i : items) {
        const std::size_t r = layout.items[i].row;
        const Cell& cell = grid.at(r, c);
        const std::string where = a1_address(grid.first_column + static_cast<int>(c),
                                             grid.first_row + static_cast<int>(r));
        if (cell.is_empty() || zero_dash(cell)) continue;
        if (cell.is_error())
            throw InputError({"Ô " + where + " có lỗi.", "Cell " + where + " holds an error."});
        if (cell.is_text())
            throw InputError({"Ô " + where + " chứa chữ \"" + cell.text + "\", cần một số.",
                              "Cell " + where + " holds the text \"" + cell.text +
                                  "\" where a count is expected."});
        if (cell.number < 0 || std::floor(cell.number) != cell.number || cell.number > 1e15)
            throw InputError({"Ô " + where + ": số lượng phải là số nguyên không âm.",
                              "Cell " + where + ": a count must be a whole number >= 0."});
        sum += static_cast<long long>(cell.number);
    }
    return sum;
}

} // namespace vnplan::awards
