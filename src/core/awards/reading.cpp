// What the reader understood of a table, said with every answer: a check that names the rows
// it read lets the clerk see at once when it read something else than the table they meant.
#include "core/awards/verify.hpp"

namespace vnplan::awards {
namespace {

std::string rows_text(const Grid& grid, std::size_t first, std::size_t last) {
    const auto name = [&](std::size_t r) {
        return std::to_string(grid.first_row + static_cast<int>(r) + 1);
    };
    return first == last ? name(first) : name(first) + "-" + name(last);
}

} // namespace

std::vector<std::string> reading_lines(const Grid& grid, const Verification& v, Lang lang) {
    const Layout& l = v.layout;
    const bool vi = lang == Lang::vi;
    std::vector<std::string> out;
    std::string columns;
    for (std::size_t k = 0; k < l.count_columns.size(); ++k)
        columns += (k ? ", " : "") +
                   (l.count_headers[k].empty() ? std::string("?") : l.count_headers[k]) + " (" +
                   column_name(grid.first_column + static_cast<int>(l.count_columns[k])) + ")";
    if (l.header_rows > 0)
        out.push_back((vi                   ? "Đã đọc: tiêu đề cột ở dòng "
                       : l.header_rows == 1 ? "Read: column headers in row "
                                            : "Read: column headers in rows ") +
                      rows_text(grid, l.header_first, l.header_first + l.header_rows - 1) +
                      (vi ? "; cột số lượng: " : "; count columns: ") + columns + ".");
    else
        out.push_back((vi ? "Đã đọc: không có dòng tiêu đề; cột số lượng: "
                          : "Read: no header row; count columns: ") +
                      columns + ".");
    for (const Section& s : l.sections) {
        if (!s.row && s.label.empty()) {
            out.push_back((vi ? "Các dòng ngoài mục: " : "Rows outside any section: ") +
                          rows_text(grid, s.first_row, s.last_row) + ".");
            continue;
        }
        std::string line = (vi ? "Mục " : "Section ") + (s.path.empty() ? s.label : s.path) +
                           (s.title.empty() ? "" : " \"" + s.title + "\"") + ": " +
                           (vi ? "dòng " : "rows ") + rows_text(grid, s.first_row, s.last_row);
        if (s.closing_row)
            line += vi ? ", dòng cộng " + rows_text(grid, *s.closing_row, *s.closing_row)
                       : ", subtotal row " + rows_text(grid, *s.closing_row, *s.closing_row);
        out.push_back(line + ".");
    }
    out.push_back(std::to_string(l.items.size()) +
                  (vi ? " dòng đơn vị được cộng." : " item rows added up."));
    if (l.total_row)
        out.push_back((vi ? "Dòng tổng cộng: " : "Grand total row: ") +
                      rows_text(grid, *l.total_row, *l.total_row) + ".");
    else
        out.push_back(vi ? "Không có dòng tổng cộng." : "No grand total row.");
    if (!l.hidden_rows.empty()) {
        std::string rows;
        for (std::size_t r : l.hidden_rows)
            rows += (rows.empty() ? "" : ", ") + rows_text(grid, r, r);
        out.push_back((vi ? "Dòng ẩn (vẫn được tính): " : "Hidden rows (counted): ") + rows + ".");
    }
    for (const std::string& e : l.encodings)
        out.push_back(vi ? "Chữ mã " + e + " đã được đọc sang Unicode."
                         : e + " text was read as Unicode.");
    if (!l.unclear_rows.empty()) {
        std::string rows;
        for (std::size_t r : l.unclear_rows)
            rows += (rows.empty() ? "" : ", ") + rows_text(grid, r, r);
        out.push_back(
            (vi ? "Không xác định được cấu trúc ở dòng: " : "Structure not understood at rows: ") +
            rows + ".");
    }
    return out;
}

} // namespace vnplan::awards
