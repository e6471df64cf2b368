// The header block of an award table and what each column holds: the row with the column
// names is found by its words ("STT", "Tên đơn vị", "Tập thể" ...), so that a title block
// above it is left out; groups ("Bằng khen" over "Tập thể | Cá nhân") name their columns.
#include "core/awards/labels.hpp"
#include "core/awards/table_detail.hpp"

#include <algorithm>
#include <initializer_list>

namespace vnplan::awards::detail {
namespace {

bool contains_any(const std::string& text, std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const char* w) { return text.find(w) != std::string::npos; });
}

bool number_header(const std::string& h) {
    return h == "stt" || h == "tt" || h == "số tt" || h == "số thứ tự" || h == "s tt";
}
bool unit_header(const std::string& h) {
    return contains_any(h, {"tên", "đơn vị", "nội dung", "danh hiệu", "cơ quan"}) && h.size() < 120;
}
bool count_header(const std::string& h) {
    return contains_any(h, {"tập thể", "cá nhân", "số lượng", "chỉ tiêu", "bằng khen", "giấy khen",
                            "phân bổ", "số khen", "khen thưởng", "danh hiệu", "thi đua",
                            "lao động tiên tiến", "huân chương", "kỷ niệm chương", "số suất"}) ||
           row_total_header(h);
}
bool note_header(const std::string& h) {
    return h.find("ghi chú") != std::string::npos;
}
// Columns of numbers that are no counts: phone numbers, years, codes, dates.
bool other_number_header(const std::string& h) {
    return contains_any(h, {"điện thoại", "năm sinh", "mã ", "số hiệu", "quyết định", "cmnd",
                            "cccd", "ngày", "địa chỉ", "chức vụ", "điểm", "tỷ lệ"}) ||
           h == "mã";
}

// Cells of a row that read as column headers.
int header_hits(const Grid& grid, std::size_t r) {
    int hits = 0;
    for (std::size_t c = 0; c < grid.width(); ++c) {
        const std::string h = folded(grid.at(r, c));
        if (!h.empty() && h.size() < 80 &&
            (number_header(h) || unit_header(h) || count_header(h) || note_header(h)))
            ++hits;
    }
    return hits;
}

// "(1) (2) (3)" or "A B 1 2 3" under the header: the columns' numbers, not data.
bool index_row(const Grid& grid, std::size_t r) {
    std::size_t filled = 0;
    double previous = 0;
    for (std::size_t c = 0; c < grid.width(); ++c) {
        const Cell& cell = grid.at(r, c);
        if (cell.is_empty()) continue;
        ++filled;
        double value = 0;
        if (cell.is_number()) {
            value = cell.number;
        } else if (cell.is_text()) {
            std::string t = cell.text;
            t.erase(std::remove_if(t.begin(), t.end(),
                                   [](char ch) { return ch == '(' || ch == ')' || ch == ' '; }),
                    t.end());
            if (t.size() == 1 && t[0] >= 'A' && t[0] <= 'Z') continue;
            if (t.empty() || t.size() > 3 ||
                !std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                return false;
            value = std::stod(t);
        } else {
            return false;
        }
        if (value != previous + 1 && previous != 0) return false;
        previous = value;
    }
    return filled >= 3;
}

// Header texts of each column, top to bottom, a group's text spread over the columns below it.
std::vector<std::vector<std::string>> column_texts(const Grid& grid, std::size_t first,
                                                   std::size_t end) {
    const std::size_t width = grid.width();
    std::vector<std::vector<std::string>> texts(width);
    std::vector<bool> index(end, false);
    for (std::size_t r = first; r < end; ++r)
        index[r] = index_row(grid, r);
    for (std::size_t r = first; r < end; ++r) {
        if (index[r]) continue;
        for (std::size_t c = 0; c < width; ++c) {
            if (!grid.at(r, c).is_text()) continue;
            const std::string& text = grid.at(r, c).text;
            texts[c].push_back(text);
            // A group: empty cells to its right with names below them.
            for (std::size_t s = c + 1; s < width && grid.at(r, s).is_empty(); ++s) {
                bool below = false;
                for (std::size_t b = r + 1; b < end && !below; ++b)
                    below = !index[b] && grid.at(b, s).is_text();
                if (!below) break;
                texts[s].push_back(text);
            }
        }
    }
    return texts;
}

std::size_t find_header(const Grid& grid) {
    const std::size_t limit = std::min<std::size_t>(grid.height(), 40);
    for (std::size_t r = 0; r < limit; ++r)
        if (header_hits(grid, r) >= 2) return r;
    return grid.height();
}

} // namespace

bool row_total_header(const std::string& h) {
    return h == "tổng" || h == "tổng số" || h == "cộng" || h == "tổng cộng" || h == "total";
}

void read_columns(const Grid& grid, Layout& layout) {
    const std::size_t width = grid.width();
    std::size_t first = find_header(grid), end = first;
    if (first < grid.height()) {
        // Rows under the names row with sub-names (number and unit cells merged down) or the
        // columns' numbers belong to the header.
        end = first + 1;
        while (end < grid.height()) {
            bool numbers = false, label = false, text = false;
            for (std::size_t c = 0; c < width; ++c) {
                numbers = numbers || grid.at(end, c).is_number();
                text = text || grid.at(end, c).is_text();
            }
            for (std::size_t c = 0; c < std::min<std::size_t>(2, width); ++c)
                label = label || !grid.at(end, c).is_empty();
            if (index_row(grid, end) || (text && !numbers && !label && header_hits(grid, end) > 0))
                ++end;
            else
                break;
        }
    } else {
        first = 0; // no names row: everything before the first labelled row is the header
        end = 0;
        while (end < grid.height()) {
            const Cell& cell = grid.at(end, 0);
            if (cell.is_number() ||
                (cell.is_text() && (parse_mark(cell.text, true).kind != MarkKind::none ||
                                    classify_summary(cell.text).kind != SummaryKind::none)))
                break;
            ++end;
        }
        if (end == grid.height()) end = 0;
    }
    layout.header_first = first;
    layout.header_rows = end - first;

    const auto texts = column_texts(grid, first, end);
    std::vector<std::string> bottom(width);
    for (std::size_t c = 0; c < width; ++c)
        bottom[c] = texts[c].empty() ? "" : fold_label(texts[c].back());

    std::optional<std::size_t> number, unit;
    for (std::size_t c = 0; c < width && !number; ++c)
        if (number_header(bottom[c]) ||
            (!texts[c].empty() && number_header(fold_label(texts[c].front()))))
            number = c;
    for (std::size_t c = number ? *number + 1 : 0; c < width && !unit; ++c)
        if (unit_header(bottom[c])) unit = c;
    layout.number_column = number.value_or(unit && *unit == 0 ? 0 : 0);
    layout.unit_column = unit.value_or(std::min(layout.number_column + 1, width - 1));
    if (!number && unit) layout.number_column = *unit; // marks are read from the names
    for (std::size_t c = 0; c < width; ++c)
        if (note_header(bottom[c])) layout.note_column = c;

    std::vector<std::size_t> columns;
    for (std::size_t c = 0; c < width; ++c) {
        if (c == layout.number_column || c == layout.unit_column || c == layout.note_column)
            continue;
        if (other_number_header(bottom[c])) continue;
        bool numbers = false;
        for (std::size_t r = end; r < grid.height() && !numbers; ++r)
            numbers = grid.at(r, c).is_number();
        if (numbers || count_header(bottom[c])) columns.push_back(c);
    }
    // Under a header, an award table names at least one count column ("Tập thể", "Số lượng",
    // "Bằng khen" ...): a score sheet or a list of figures is no award table.
    const bool header = layout.header_rows > 0 && find_header(grid) < grid.height();
    const bool named = std::any_of(columns.begin(), columns.end(), [&](std::size_t c) {
        return std::any_of(texts[c].begin(), texts[c].end(),
                           [](const std::string& t) { return count_header(fold_label(t)); });
    });
    if (header && !named) columns.clear();
    // Names: the bottom header, or "Group - name" where the bottom names repeat.
    for (std::size_t c : columns) {
        const auto& t = texts[c];
        std::string name = t.empty() ? "" : t.back();
        const std::size_t same = static_cast<std::size_t>(std::count_if(
            columns.begin(), columns.end(), [&](std::size_t o) { return bottom[o] == bottom[c]; }));
        if (same > 1 && t.size() >= 2) name = t[t.size() - 2] + " - " + name;
        layout.count_columns.push_back(c);
        layout.count_headers.push_back(name);
    }
    // Row totals ("Tổng"): the sum of the other counts of its group, or of all the others.
    for (std::size_t k = 0; k < columns.size(); ++k) {
        if (!row_total_header(bottom[columns[k]])) continue;
        RowTotalColumn total{k, {}};
        const auto& group = texts[columns[k]];
        for (std::size_t o = 0; o < columns.size(); ++o) {
            if (o == k || row_total_header(bottom[columns[o]])) continue;
            const auto& other = texts[columns[o]];
            const bool same_group = group.size() >= 2 && other.size() >= 2 &&
                                    other[other.size() - 2] == group[group.size() - 2];
            if (same_group) total.parts.push_back(o);
        }
        if (total.parts.size() < 2) {
            total.parts.clear();
            for (std::size_t o = 0; o < columns.size(); ++o)
                if (o != k && !row_total_header(bottom[columns[o]])) total.parts.push_back(o);
        }
        if (!total.parts.empty()) layout.row_totals.push_back(std::move(total));
    }
}

} // namespace vnplan::awards::detail
