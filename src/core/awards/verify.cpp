#include "core/awards/verify.hpp"

#include "core/awards/labels.hpp"
#include "core/awards/table_detail.hpp"
#include "core/awards/unit_keys.hpp"
#include "core/vntext/vntext.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace vnplan::awards {
namespace detail {
// formula_check.cpp
void formula_warnings(const Grid& grid, const Layout& layout, std::vector<Finding>& warnings);
} // namespace detail
namespace {

class Checker {
public:
    explicit Checker(const Grid& grid) : grid_(grid) {}

    std::string where(std::size_t row, std::size_t column) const {
        return a1_address(grid_.first_column + static_cast<int>(column),
                          grid_.first_row + static_cast<int>(row));
    }

    void add(std::vector<Finding>& list, std::size_t row, std::size_t column, std::string vi,
             std::string en) const {
        list.push_back({row, column, where(row, column), {std::move(vi), std::move(en)}});
    }

    // An item's count: blank is 0; anything but a whole number >= 0 is an error.
    long long count(std::size_t row, std::size_t column, std::vector<Finding>& errors) const {
        const Cell& cell = grid_.at(row, column);
        if (cell.is_empty() || zero_dash(cell)) return 0;
        if (cell.is_error()) {
            add(errors, row, column, "ô có lỗi, không cộng được.", "the cell holds an error.");
        } else if (cell.is_text()) {
            add(errors, row, column, "số lượng \"" + cell.text + "\" không phải là số.",
                "the count \"" + cell.text + "\" is not a number.");
        } else if (cell.number < 0) {
            add(errors, row, column, "số lượng âm.", "a negative count.");
        } else if (std::floor(cell.number) != cell.number || cell.number > 1e15) {
            add(errors, row, column, "số lượng phải là số nguyên.",
                "a count must be a whole number.");
        } else {
            return static_cast<long long>(cell.number);
        }
        return 0;
    }

    // A declared subtotal or total: blank is "not declared".
    std::optional<double> declared(std::size_t row, std::size_t column,
                                   std::vector<Finding>& errors) const {
        const Cell& cell = grid_.at(row, column);
        if (cell.is_empty() || zero_dash(cell)) return std::nullopt;
        if (cell.is_number()) return cell.number;
        if (cell.is_error())
            add(errors, row, column, "ô cộng có lỗi.", "the total cell holds an error.");
        else
            add(errors, row, column, "số cộng \"" + cell.text + "\" không phải là số.",
                "the total \"" + cell.text + "\" is not a number.");
        return std::nullopt;
    }

private:
    const Grid& grid_;
};

std::string number_text(long long n) {
    return std::to_string(n);
}

std::string number_text(double n) {
    if (std::floor(n) == n && std::fabs(n) < 1e15) return std::to_string(static_cast<long long>(n));
    return vntext::number_text(n);
}

} // namespace

namespace {

std::string header_of(const Layout& layout, std::size_t k) {
    return layout.count_headers[k].empty()
               ? "cột " + column_name(static_cast<int>(layout.count_columns[k]))
               : layout.count_headers[k];
}

// A declared subtotal on `row` against `computed`: errors at the cells that differ.
void check_declared(const Checker& check, const Layout& layout, std::size_t row,
                    const std::string& vi_what, const std::string& en_what,
                    const std::vector<long long>& computed, std::vector<std::optional<double>>& out,
                    std::vector<Finding>& errors) {
    for (std::size_t k = 0; k < layout.count_columns.size(); ++k) {
        const std::size_t column = layout.count_columns[k];
        out[k] = check.declared(row, column, errors);
        if (!out[k] || *out[k] == static_cast<double>(computed[k])) continue;
        check.add(errors, row, column,
                  vi_what + ", " + header_of(layout, k) + " ghi " + number_text(*out[k]) +
                      " nhưng cộng các dòng được " + number_text(computed[k]) + ".",
                  en_what + ", " + header_of(layout, k) + " says " + number_text(*out[k]) +
                      " but its rows add up to " + number_text(computed[k]) + ".");
    }
}

// "Tổng" columns: on every row with figures, the sum of the row's other counts.
void check_row_totals(const Grid& grid, const Checker& check, const Layout& layout,
                      std::vector<Finding>& errors) {
    for (std::size_t r = 0; r < grid.height(); ++r) {
        const RowKind kind = layout.rows[r];
        if (kind != RowKind::item && kind != RowKind::section && kind != RowKind::subtotal &&
            kind != RowKind::total)
            continue;
        for (const RowTotalColumn& total : layout.row_totals) {
            const Cell& cell = grid.at(r, layout.count_columns[total.count]);
            if (!cell.is_number()) continue;
            double sum = 0;
            bool numbers = true;
            for (std::size_t part : total.parts) {
                const Cell& p = grid.at(r, layout.count_columns[part]);
                numbers = numbers && (p.is_number() || p.is_empty() || zero_dash(p));
                sum += p.is_number() ? p.number : 0;
            }
            if (!numbers || sum == cell.number) continue;
            check.add(errors, r, layout.count_columns[total.count],
                      header_of(layout, total.count) + " ghi " + number_text(cell.number) +
                          " nhưng cộng các cột của dòng được " + number_text(sum) + ".",
                      header_of(layout, total.count) + " says " + number_text(cell.number) +
                          " but the row's columns add up to " + number_text(sum) + ".");
        }
    }
}

void check_unclear(const Grid& grid, const Checker& check, const Layout& layout,
                   std::vector<Finding>& errors) {
    for (std::size_t i = 0; i < layout.unclear_rows.size(); ++i) {
        const std::size_t r = layout.unclear_rows[i];
        std::size_t column = layout.count_columns.empty() ? 0 : layout.count_columns.front();
        for (std::size_t c : layout.count_columns)
            if (!grid.at(r, c).is_empty()) {
                column = c;
                break;
            }
        check.add(errors, r, column, layout.unclear_reasons[i].vi, layout.unclear_reasons[i].en);
    }
}

std::string row_list(const Grid& grid, const std::vector<std::size_t>& rows) {
    std::string out;
    for (std::size_t r : rows)
        out += (out.empty() ? "" : ", ") + std::to_string(grid.first_row + static_cast<int>(r) + 1);
    return out;
}

// The innermost section of each item (sections list their nested items too).
std::vector<std::size_t> innermost_sections(const Layout& layout) {
    std::vector<std::size_t> out(layout.items.size(), 0);
    for (std::size_t s = 0; s < layout.sections.size(); ++s) // parents come before children
        for (std::size_t i : layout.sections[s].items)
            out[i] = s;
    return out;
}

void numbering_warnings(const Checker& check, const Layout& layout,
                        const std::vector<std::size_t>& innermost, std::vector<Finding>& warnings);
void duplicate_warnings(const Checker& check, const Layout& layout,
                        const std::vector<std::size_t>& innermost, std::vector<Finding>& warnings);

} // namespace

Verification verify(const Grid& grid) {
    Verification v;
    v.layout = read_layout(grid);
    const Layout& layout = v.layout;
    const Checker check(grid);
    const std::size_t counts = layout.count_columns.size();

    // Item i's count in column k at [i * counts + k].
    std::vector<long long> item_counts(layout.items.size() * counts, 0);
    for (std::size_t i = 0; i < layout.items.size(); ++i)
        for (std::size_t k = 0; k < counts; ++k)
            item_counts[i * counts + k] =
                check.count(layout.items[i].row, layout.count_columns[k], v.errors);

    v.total.computed.assign(counts, 0);
    for (std::size_t i = 0; i < layout.items.size(); ++i)
        for (std::size_t k = 0; k < counts; ++k)
            v.total.computed[k] += item_counts[i * counts + k];
    for (const Section& section : layout.sections) {
        SectionReport report{section.label, section.title, section.row, {}};
        report.totals.computed.assign(counts, 0);
        report.totals.declared.assign(counts, std::nullopt);
        for (std::size_t i : section.items)
            for (std::size_t k = 0; k < counts; ++k)
                report.totals.computed[k] += item_counts[i * counts + k];
        const std::string name = section.path.empty() ? section.label : section.path;
        if (section.row && detail::has_figures(grid, layout, *section.row))
            check_declared(check, layout, *section.row, "mục " + name, "section " + name,
                           report.totals.computed, report.totals.declared, v.errors);
        if (section.closing_row)
            check_declared(check, layout, *section.closing_row, "dòng cộng mục " + name,
                           "the subtotal row of section " + name, report.totals.computed,
                           report.totals.declared, v.errors);
        v.sections.push_back(std::move(report));
    }

    v.total.declared.assign(counts, std::nullopt);
    if (layout.total_row) {
        v.has_total_row = true;
        check_declared(check, layout, *layout.total_row, "tổng cộng", "the grand total",
                       v.total.computed, v.total.declared, v.errors);
    }
    check_row_totals(grid, check, layout, v.errors);
    check_unclear(grid, check, layout, v.errors);

    const std::vector<std::size_t> innermost = innermost_sections(layout);
    numbering_warnings(check, layout, innermost, v.warnings);
    duplicate_warnings(check, layout, innermost, v.warnings);
    if (!layout.hidden_rows.empty())
        check.add(v.warnings, layout.hidden_rows.front(), 0,
                  "bảng có dòng ẩn (" + row_list(grid, layout.hidden_rows) +
                      "): các dòng này vẫn được tính.",
                  "the table has hidden rows (" + row_list(grid, layout.hidden_rows) +
                      "): they are counted.");
    detail::formula_warnings(grid, layout, v.warnings);
    return v;
}

namespace {

// Numbers run 1, 2, 3 in each section, or on from the previous section's last number.
void numbering_warnings(const Checker& check, const Layout& layout,
                        const std::vector<std::size_t>& innermost, std::vector<Finding>& warnings) {
    std::optional<long> carried; // the last number of the previous section
    for (std::size_t s = 0; s < layout.sections.size(); ++s) {
        const Section& section = layout.sections[s];
        std::optional<long> previous;
        for (std::size_t i : section.items) {
            const Item& item = layout.items[i];
            if (layout.rows[item.row] != RowKind::item) continue;
            // Only the section's own items: nested sections number theirs.
            const bool own = innermost[i] == s;
            if (!own || !item.number) continue;
            const bool fits = previous
                                  ? *item.number == *previous + 1
                                  : *item.number == 1 || (carried && *item.number == *carried + 1);
            if (!fits) {
                const long expected = previous ? *previous + 1 : 1;
                const bool repeat = previous && *item.number <= *previous;
                check.add(warnings, item.row, layout.number_column,
                          repeat ? "số thứ tự " + std::to_string(*item.number) +
                                       " lặp lại hoặc lùi lại (trước đó là " +
                                       std::to_string(previous.value_or(0)) + ")."
                                 : "số thứ tự nhảy từ " + std::to_string(expected - 1) + " lên " +
                                       std::to_string(*item.number) + " (thiếu " +
                                       std::to_string(expected) + ").",
                          repeat ? "item number " + std::to_string(*item.number) +
                                       " repeats or goes back (the previous was " +
                                       std::to_string(previous.value_or(0)) + ")."
                                 : "item numbers skip from " + std::to_string(expected - 1) +
                                       " to " + std::to_string(*item.number) + " (" +
                                       std::to_string(expected) + " is missing).");
            }
            previous = item.number;
        }
        if (previous) carried = previous;
    }
}

// The same unit twice in one innermost section.
void duplicate_warnings(const Checker& check, const Layout& layout,
                        const std::vector<std::size_t>& innermost, std::vector<Finding>& warnings) {
    const std::vector<std::uint32_t> keys = unit_key_numbers(layout.items);
    // (section, the unit's key number) -> the row where it was first met
    std::unordered_map<std::uint64_t, std::size_t> seen;
    seen.reserve(layout.items.size());
    for (std::size_t s = 0; s < layout.sections.size(); ++s) {
        for (std::size_t i : layout.sections[s].items) {
            const Item& item = layout.items[i];
            if (innermost[i] != s || item.unit.empty()) continue;
            const std::uint64_t key = (static_cast<std::uint64_t>(s) << 32) | keys[i];
            const auto [it, inserted] = seen.emplace(key, item.row);
            if (!inserted)
                check.add(warnings, item.row, layout.unit_column,
                          "\"" + item.unit + "\" đã có trong mục này ở ô " +
                              check.where(it->second, layout.unit_column) + ".",
                          "\"" + item.unit + "\" is already listed in this section at " +
                              check.where(it->second, layout.unit_column) + ".");
        }
    }
}

} // namespace

std::vector<std::string> report_lines(const Verification& v, Lang lang) {
    std::vector<std::string> lines;
    for (const Finding& f : v.errors)
        lines.push_back(f.line(lang));
    for (const Finding& f : v.warnings)
        lines.push_back(f.line(lang) + (lang == Lang::vi ? " (cảnh báo)" : " (warning)"));
    if (lines.empty()) lines.push_back("OK");
    return lines;
}

std::string counts_text(const std::vector<long long>& counts,
                        const std::vector<std::string>& headers) {
    std::string out;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        if (!out.empty()) out += ", ";
        out += std::to_string(counts[k]);
        const std::string header = k < headers.size() ? vntext::lower(headers[k]) : std::string();
        out += header.empty() ? "" : " " + header;
    }
    return out;
}

} // namespace vnplan::awards
