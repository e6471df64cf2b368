#include "core/awards/table.hpp"

#include "core/awards/labels.hpp"
#include "core/common/message.hpp"

#include <cmath>

namespace vnplan::awards {
namespace {

std::string text_of(const Cell& cell) { return cell.is_text() ? cell.text : std::string(); }

// Only spaces (ASCII or no-break)? Checked byte by byte: this runs on every cell.
bool blank_text(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

bool row_is_blank(const Grid& grid, std::size_t r) {
    for (const Cell& c : grid.rows[r])
        if (!c.is_empty() && !(c.is_text() && blank_text(c.text))) return false;
    return true;
}

// The first non-empty cell of a row among the first columns: where labels are written.
std::optional<std::size_t> first_filled(const Grid& grid, std::size_t r, std::size_t limit) {
    for (std::size_t c = 0; c < std::min(limit, grid.width()); ++c)
        if (!grid.at(r, c).is_empty()) return c;
    return std::nullopt;
}

std::optional<long> number_label(const Cell& cell) {
    if (cell.is_number()) {
        if (cell.number >= 1 && cell.number < 1e9 && std::floor(cell.number) == cell.number)
            return static_cast<long>(cell.number);
        return std::nullopt;
    }
    return cell.is_text() ? item_number(cell.text) : std::nullopt;
}

bool contains(const std::string& folded, const char* word) {
    return folded.find(word) != std::string::npos;
}

// Finds the number, unit, note and count columns from the header rows and the item rows.
void find_columns(const Grid& grid, Layout& layout, std::size_t header_rows) {
    const std::size_t width = grid.width();
    std::vector<std::string> header(width); // bottom-most header text of each column
    for (std::size_t c = 0; c < width; ++c)
        for (std::size_t r = header_rows; r-- > 0;)
            if (grid.at(r, c).is_text()) {
                header[c] = grid.at(r, c).text;
                break;
            }
    std::vector<std::string> folded(width);
    for (std::size_t c = 0; c < width; ++c) folded[c] = fold_label(header[c]);

    for (std::size_t c = 0; c < width; ++c) {
        const std::string& h = folded[c];
        if (h == "stt" || h == "tt" || h == "số tt" || h == "số thứ tự") {
            layout.number_column = c;
            break;
        }
    }
    layout.unit_column = layout.number_column + 1;
    for (std::size_t c = layout.number_column + 1; c < width; ++c) {
        const std::string& h = folded[c];
        if (contains(h, "tên") || contains(h, "đơn vị") || contains(h, "nội dung")) {
            layout.unit_column = c;
            break;
        }
    }
    for (std::size_t c = 0; c < width; ++c)
        if (contains(folded[c], "ghi chú")) layout.note_column = c;

    for (std::size_t c = 0; c < width; ++c) {
        if (c == layout.number_column || c == layout.unit_column || c == layout.note_column)
            continue;
        bool numbers = false;
        for (std::size_t r = header_rows; r < grid.height() && !numbers; ++r)
            numbers = (layout.rows[r] == RowKind::item || layout.rows[r] == RowKind::section ||
                       layout.rows[r] == RowKind::total) &&
                      grid.at(r, c).is_number();
        const std::string& h = folded[c];
        const bool named = contains(h, "tập thể") || contains(h, "cá nhân") ||
                           contains(h, "số lượng") || contains(h, "chỉ tiêu");
        if (numbers || named) {
            layout.count_columns.push_back(c);
            layout.count_headers.push_back(header[c]);
        }
    }
}

} // namespace

Layout read_layout(const Grid& grid) {
    if (grid.height() < 1 || grid.width() < 2)
        throw InputError({"Bảng khen thưởng phải có ít nhất hai cột (tên đơn vị và số lượng).",
                          "An award table needs at least two columns (unit and count)."});
    Layout layout;
    layout.rows.assign(grid.height(), RowKind::blank);
    bool started = false, ended = false;
    const std::size_t label_columns = std::min<std::size_t>(3, grid.width());

    for (std::size_t r = 0; r < grid.height(); ++r) {
        RowKind& kind = layout.rows[r];
        if (ended) {
            kind = row_is_blank(grid, r) ? RowKind::blank : RowKind::trailer;
            continue;
        }
        if (row_is_blank(grid, r)) continue;
        const auto first = first_filled(grid, r, label_columns);
        bool total = false;
        for (std::size_t c = 0; c < label_columns && !total; ++c)
            total = grid.at(r, c).is_text() && is_total_label(grid.at(r, c).text);
        if (total) {
            kind = RowKind::total;
            layout.total_row = r;
            ended = started;
            continue;
        }
        if (first && *first <= 1 && grid.at(r, *first).is_text() &&
            roman_value(grid.at(r, *first).text)) {
            kind = RowKind::section;
            started = true;
            continue;
        }
        if (first && number_label(grid.at(r, *first))) {
            kind = RowKind::item;
            started = true;
            continue;
        }
        kind = started ? RowKind::item : RowKind::header;
    }

    std::size_t header_rows = 0;
    while (header_rows < grid.height() && (layout.rows[header_rows] == RowKind::header ||
                                           layout.rows[header_rows] == RowKind::blank))
        ++header_rows;
    find_columns(grid, layout, header_rows);

    for (std::size_t r = 0; r < grid.height(); ++r) {
        if (layout.rows[r] == RowKind::section) {
            Section s;
            s.row = r;
            const auto first = *first_filled(grid, r, label_columns);
            std::string label = grid.at(r, first).text;
            while (!label.empty() && (label.back() == '.' || label.back() == ' ')) label.pop_back();
            while (!label.empty() && label.front() == ' ') label.erase(label.begin());
            s.label = label;
            for (std::size_t c = first + 1; c < grid.width(); ++c)
                if (grid.at(r, c).is_text()) {
                    s.title = grid.at(r, c).text;
                    break;
                }
            layout.sections.push_back(std::move(s));
        } else if (layout.rows[r] == RowKind::item) {
            if (layout.sections.empty()) layout.sections.push_back(Section{});
            Item item;
            item.row = r;
            item.number = number_label(grid.at(r, layout.number_column));
            if (layout.unit_column < grid.width()) item.unit = text_of(grid.at(r, layout.unit_column));
            layout.sections.back().items.push_back(layout.items.size());
            layout.items.push_back(std::move(item));
        }
    }
    if (layout.items.empty())
        throw InputError({"Không tìm thấy dòng nào của bảng khen thưởng (dòng có số thứ tự và tên "
                          "đơn vị).",
                          "No item rows found: this does not look like an award table."});
    return layout;
}

std::size_t find_section(const Layout& layout, const SectionChoice& choice) {
    if (const long* position = std::get_if<long>(&choice)) {
        if (*position < 1 || static_cast<std::size_t>(*position) > layout.sections.size())
            throw InputError(
                {"Bảng chỉ có " + std::to_string(layout.sections.size()) + " mục; không có mục thứ " +
                     std::to_string(*position) + ".",
                 "The table has " + std::to_string(layout.sections.size()) +
                     " sections; there is no section " + std::to_string(*position) + "."});
        return static_cast<std::size_t>(*position - 1);
    }
    const std::string wanted = fold_label(std::get<std::string>(choice));
    for (std::size_t i = 0; i < layout.sections.size(); ++i)
        if (!layout.sections[i].label.empty() && fold_label(layout.sections[i].label) == wanted)
            return i;
    throw InputError({"Không có mục \"" + std::get<std::string>(choice) + "\" trong bảng.",
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
        for (std::size_t i = 0; i < layout.items.size(); ++i) items.push_back(i);
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
        if (cell.is_empty()) continue;
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
