// Appendix tables: award-quota tables (totals computed by the award core) and plain tables.
#include "core/plan/appendix.hpp"

#include "core/common/message.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <cmath>

namespace vnplan::plan {
namespace {

bool blank_row(const Grid& grid, std::size_t r) {
    return std::all_of(grid.rows[r].begin(), grid.rows[r].end(),
                       [](const Cell& c) { return vntext::trim(vntext::cell_text(c)).empty(); });
}

std::vector<std::string> row_texts(const Grid& grid, std::size_t r) {
    std::vector<std::string> out;
    for (const Cell& c : grid.rows[r])
        out.push_back(vntext::trim(vntext::cell_text(c)));
    return out;
}

std::vector<std::string> bottom_headers(const std::vector<std::vector<std::string>>& cells,
                                        std::size_t header_rows) {
    std::vector<std::string> names(cells.empty() ? 0 : cells.front().size());
    for (std::size_t c = 0; c < names.size(); ++c)
        for (std::size_t r = header_rows; r-- > 0;)
            if (!cells[r][c].empty()) {
                names[c] = cells[r][c];
                break;
            }
    return names;
}

bool is_total_text(const std::string& text) {
    const std::string k = vntext::fold_loose(text);
    return k == "tong cong" || k == "tong" || k == "cong" || k == "tong so";
}

std::string count_text(long long n) {
    return std::to_string(n);
}

} // namespace

bool is_number_header(const std::string& text) {
    const std::string k = vntext::fold_loose(text);
    return k == "tt" || k == "stt" || k == "so tt" || k == "so thu tu";
}

std::vector<Merge> header_merges(const std::vector<std::vector<std::string>>& cells,
                                 std::size_t header_rows) {
    std::vector<Merge> merges;
    if (cells.empty() || header_rows < 2) return merges;
    const std::size_t width = cells.front().size();
    std::vector<std::vector<bool>> taken(header_rows, std::vector<bool>(width, false));
    for (std::size_t r = 0; r < header_rows; ++r)
        for (std::size_t c = 0; c < width; ++c) {
            if (taken[r][c] || cells[r][c].empty()) continue;
            Merge m{r, c, 1, 1};
            // Across: empty cells to the right that have sub-headers under them ("Phân bổ").
            while (c + m.columns < width && r + 1 < header_rows &&
                   cells[r][c + m.columns].empty() && !cells[r + 1][c + m.columns].empty())
                ++m.columns;
            // Down: a single header over empty cells ("STT" over two header rows).
            if (m.columns == 1)
                while (r + m.rows < header_rows && cells[r + m.rows][c].empty())
                    ++m.rows;
            for (std::size_t i = r; i < r + m.rows; ++i)
                for (std::size_t j = c; j < c + m.columns; ++j)
                    taken[i][j] = true;
            if (m.rows > 1 || m.columns > 1) merges.push_back(m);
        }
    return merges;
}

std::vector<double> column_widths(const Table& table, const std::vector<double>& sheet_widths) {
    const std::size_t n = table.columns();
    std::vector<double> w(n, 1.0);
    bool from_sheet = sheet_widths.size() == n && n > 0;
    if (from_sheet) {
        // Calc's default widths (all equal) say nothing: only a width the clerk set counts.
        const bool all_equal = std::all_of(sheet_widths.begin(), sheet_widths.end(), [&](double x) {
            return std::fabs(x - sheet_widths.front()) < 1e-6;
        });
        from_sheet = !all_equal && std::all_of(sheet_widths.begin(), sheet_widths.end(),
                                               [](double x) { return x > 0; });
    }
    if (from_sheet) {
        w = sheet_widths;
    } else {
        for (std::size_t c = 0; c < n; ++c) {
            double longest_header = 0, total = 0, count = 0;
            for (std::size_t r = 0; r < table.cells.size(); ++r) {
                // Lengths in characters (UTF-8 continuation bytes not counted).
                const auto& t = table.cells[r][c];
                const double len =
                    static_cast<double>(std::count_if(t.begin(), t.end(), [](char ch) {
                        return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
                    }));
                if (r < table.header_rows) {
                    longest_header = std::max(longest_header, std::min(len, 14.0));
                } else if (len > 0) {
                    total += std::min(len, 90.0);
                    ++count;
                }
            }
            const double average = count > 0 ? total / count : 0;
            w[c] = std::max({5.0, longest_header + 2, std::min(average * 1.1, 60.0)});
        }
    }
    double sum = 0;
    for (double x : w)
        sum += x;
    for (double& x : w)
        x /= sum;
    return w;
}

Table award_table(const Grid& grid, const awards::Verification& v) {
    const awards::Layout& layout = v.layout;
    Table t;
    for (std::size_t r = 0; r < grid.height(); ++r) {
        const awards::RowKind kind = layout.rows[r];
        if (kind == awards::RowKind::blank || kind == awards::RowKind::trailer) continue;
        std::vector<std::string> row = row_texts(grid, r);
        RowRole role = RowRole::item;
        if (kind == awards::RowKind::header) {
            role = RowRole::header;
            ++t.header_rows;
        } else if (kind == awards::RowKind::section || kind == awards::RowKind::subtotal) {
            // Subtotals from the items, never copied from the sheet: on the closing row when
            // the section has one, else on its heading row.
            role = kind == awards::RowKind::section ? RowRole::section : RowRole::total;
            const auto it = std::find_if(
                v.layout.sections.begin(), v.layout.sections.end(),
                [&](const awards::Section& s) { return s.row == r || s.closing_row == r; });
            if (it != v.layout.sections.end()) {
                const auto& report =
                    v.sections[static_cast<std::size_t>(it - v.layout.sections.begin())];
                const bool here = kind == awards::RowKind::subtotal || !it->closing_row;
                for (std::size_t k = 0; k < layout.count_columns.size(); ++k) {
                    const long long n = report.totals.computed[k];
                    row[layout.count_columns[k]] =
                        !here || (n == 0 && !report.totals.declared[k]) ? "" : count_text(n);
                }
            }
        } else if (kind == awards::RowKind::total) {
            role = RowRole::total;
            for (std::size_t k = 0; k < layout.count_columns.size(); ++k)
                row[layout.count_columns[k]] = count_text(v.total.computed[k]);
        }
        t.cells.push_back(std::move(row));
        t.roles.push_back(role);
    }
    if (!layout.total_row) {
        std::vector<std::string> row(grid.width());
        row[layout.unit_column < grid.width() ? layout.unit_column : 0] = "Tổng cộng";
        for (std::size_t k = 0; k < layout.count_columns.size(); ++k)
            row[layout.count_columns[k]] = count_text(v.total.computed[k]);
        t.cells.push_back(std::move(row));
        t.roles.push_back(RowRole::total);
    }
    t.merges = header_merges(t.cells, t.header_rows);
    t.column_names = bottom_headers(t.cells, t.header_rows);
    t.align.assign(grid.width(), Align::left);
    t.align[layout.number_column] = Align::center;
    for (std::size_t c : layout.count_columns)
        t.align[c] = Align::center;
    return t;
}

Table plain_table(const Grid& grid, std::size_t header_rows) {
    Table t;
    for (std::size_t r = 0; r < grid.height(); ++r) {
        if (blank_row(grid, r)) continue;
        std::vector<std::string> row = row_texts(grid, r);
        RowRole role = RowRole::item;
        if (t.cells.size() < header_rows) {
            role = RowRole::header;
        } else {
            const bool roman_label = [&] { // "I", "XIV." (capitals, 1..39)
                std::string s = row.empty() ? std::string() : row.front();
                while (!s.empty() && s.back() == '.')
                    s.pop_back();
                const auto n = vntext::roman_value(s);
                return n && *n < 40 && vntext::roman_numeral(*n) == s;
            }();
            const bool total = std::any_of(
                row.begin(),
                row.begin() + std::min<std::ptrdiff_t>(3, static_cast<std::ptrdiff_t>(row.size())),
                [](const std::string& s) { return is_total_text(s); });
            role = total ? RowRole::total : roman_label ? RowRole::section : RowRole::item;
        }
        t.cells.push_back(std::move(row));
        t.roles.push_back(role);
    }
    t.header_rows = std::min(header_rows, t.cells.size());
    t.merges = header_merges(t.cells, t.header_rows);
    t.column_names = bottom_headers(t.cells, t.header_rows);
    t.align.assign(grid.width(), Align::left);
    if (!t.column_names.empty() && is_number_header(t.column_names.front()))
        t.align.front() = Align::center;
    return t;
}

std::optional<awards::Verification> award_reading(const Grid& grid, const std::string& kind) {
    if (!kind.empty() && kind.rfind("khen thuong", 0) != 0 && kind != "phan bo") return {};
    try {
        awards::Verification v = awards::verify(grid);
        // A table with counts but neither sections nor a total is a plain list.
        const bool structured =
            v.layout.total_row ||
            std::any_of(v.layout.sections.begin(), v.layout.sections.end(),
                        [](const awards::Section& s) { return s.row.has_value(); });
        if (!v.layout.count_columns.empty() && (structured || !kind.empty())) return v;
    } catch (const InputError&) {
        if (!kind.empty()) throw;
    }
    return {};
}

// Wider than 1.5 times the portrait text width (165 mm): scaled to fit a portrait page the
// table would print below two thirds of its size. A narrow table with one long text column
// (the talks appendix of Kế hoạch 143: 220 mm on its sheet) wraps and stays portrait.
bool too_wide_for_portrait(const std::vector<double>& widths) {
    double sum = 0;
    for (double w : widths)
        sum += w;
    return sum > 25000;
}

std::optional<bool> landscape_label(const std::string& value) {
    const std::string k = vntext::fold_loose(value);
    if (k == "ngang") return true;
    if (k == "doc") return false;
    return {};
}

std::vector<Appendix> read_appendices(const Workbook& book, const Header& header,
                                      const Bindings& bindings, Lang lang) {
    (void)lang;
    std::vector<Appendix> out;
    for (const AppendixSource& source : book.appendices) {
        Appendix a;
        a.sheet = source.sheet;
        a.first_row = source.table.first_row;
        a.first_column = source.table.first_column;
        const auto field = [&](const char* key) {
            const auto it = source.fields.find(key);
            if (it == source.fields.end()) return std::string();
            try {
                return substitute(it->second, bindings, true);
            } catch (const InputError& e) {
                throw InputError(
                    {source.sheet + ": " + e.message().vi, source.sheet + ": " + e.message().en});
            }
        };
        a.title = vntext::upper(field("tieu de"));
        a.subtitle = field("tieu de phu");
        const std::string attached = field("kem theo");
        const std::string attached_key = vntext::fold_loose(attached);
        if (attached.empty())
            a.attached = header.attached_line();
        else if (attached_key == "khong" || attached_key == "bo")
            a.attached.clear();
        else
            a.attached = attached.front() == '(' ? attached : "(" + attached + ")";

        // Placeholders may appear in cells too (batch documents).
        Grid grid = source.table;
        for (auto& row : grid.rows)
            for (auto& cell : row)
                if (cell.is_text() && cell.text.find("{{") != std::string::npos)
                    cell.text = substitute(cell.text, bindings, false);

        const std::string kind = vntext::fold_loose(field("loai bang"));
        std::optional<awards::Verification> award;
        try {
            award = award_reading(grid, kind);
        } catch (const InputError& e) {
            throw InputError(
                {source.sheet + ": " + e.message().vi, source.sheet + ": " + e.message().en});
        }
        if (award) {
            a.table = award_table(grid, *award);
            a.award = std::move(award);
        } else {
            std::size_t header_rows = 1;
            const std::string rows_text = field("so dong tieu de");
            if (!rows_text.empty()) {
                try {
                    header_rows = static_cast<std::size_t>(std::stoul(rows_text));
                } catch (const std::exception&) {
                    throw InputError({source.sheet + ": \"Số dòng tiêu đề\" phải là một số.",
                                      source.sheet + ": \"Số dòng tiêu đề\" must be a number."});
                }
            }
            a.table = plain_table(grid, header_rows);
        }
        a.table.widths = column_widths(a.table, source.widths);
        const std::string orientation = field("huong trang");
        const std::optional<bool> label = landscape_label(orientation);
        if (!orientation.empty() && !label)
            throw InputError({source.sheet + ": \"Hướng trang\" là \"ngang\" hoặc \"dọc\".",
                              source.sheet + ": \"Hướng trang\" is \"ngang\" or \"dọc\"."});
        a.landscape = label.value_or(too_wide_for_portrait(source.widths));
        out.push_back(std::move(a));
    }
    if (out.size() >= 2)
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i].numeral = vntext::roman_numeral(static_cast<int>(i) + 1);
    return out;
}

} // namespace vnplan::plan
