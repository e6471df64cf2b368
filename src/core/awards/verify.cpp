#include "core/awards/verify.hpp"

#include "core/awards/unit_keys.hpp"
#include "core/vntext/vntext.hpp"

#include <cmath>
#include <map>

namespace vnplan::awards {
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
        if (cell.is_empty()) return 0;
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
        if (cell.is_empty()) return std::nullopt;
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

std::string number_text(long long n) { return std::to_string(n); }


std::string number_text(double n) {
    if (std::floor(n) == n && std::fabs(n) < 1e15) return std::to_string(static_cast<long long>(n));
    return vntext::number_text(n);
}

} // namespace

Verification verify(const Grid& grid) {
    Verification v;
    v.layout = read_layout(grid);
    const Layout& layout = v.layout;
    const Checker check(grid);
    const std::size_t counts = layout.count_columns.size();

    std::vector<std::vector<long long>> item_counts(layout.items.size(),
                                                    std::vector<long long>(counts, 0));
    for (std::size_t i = 0; i < layout.items.size(); ++i)
        for (std::size_t k = 0; k < counts; ++k)
            item_counts[i][k] = check.count(layout.items[i].row, layout.count_columns[k], v.errors);

    v.total.computed.assign(counts, 0);
    for (const Section& section : layout.sections) {
        SectionReport report{section.label, section.title, section.row, {}};
        report.totals.computed.assign(counts, 0);
        report.totals.declared.assign(counts, std::nullopt);
        for (std::size_t i : section.items)
            for (std::size_t k = 0; k < counts; ++k) report.totals.computed[k] += item_counts[i][k];
        for (std::size_t k = 0; k < counts; ++k) {
            v.total.computed[k] += report.totals.computed[k];
            if (!section.row) continue;
            const std::size_t column = layout.count_columns[k];
            report.totals.declared[k] = check.declared(*section.row, column, v.errors);
            if (report.totals.declared[k] &&
                *report.totals.declared[k] != static_cast<double>(report.totals.computed[k])) {
                const std::string header =
                    layout.count_headers[k].empty() ? "cột " + std::to_string(column + 1)
                                                    : layout.count_headers[k];
                check.add(v.errors, *section.row, column,
                          "mục " + section.label + ", " + header + " ghi " +
                              number_text(*report.totals.declared[k]) +
                              " nhưng cộng các dòng được " +
                              number_text(report.totals.computed[k]) + ".",
                          "section " + section.label + ", " + header + " says " +
                              number_text(*report.totals.declared[k]) + " but its rows add up to " +
                              number_text(report.totals.computed[k]) + ".");
            }
        }
        v.sections.push_back(std::move(report));
    }

    v.total.declared.assign(counts, std::nullopt);
    if (layout.total_row) {
        v.has_total_row = true;
        for (std::size_t k = 0; k < counts; ++k) {
            const std::size_t column = layout.count_columns[k];
            v.total.declared[k] = check.declared(*layout.total_row, column, v.errors);
            if (v.total.declared[k] &&
                *v.total.declared[k] != static_cast<double>(v.total.computed[k])) {
                const std::string header = layout.count_headers[k].empty()
                                               ? "cột " + std::to_string(column + 1)
                                               : layout.count_headers[k];
                check.add(v.errors, *layout.total_row, column,
                          "tổng cộng " + header + " ghi " + number_text(*v.total.declared[k]) +
                              " nhưng cộng các dòng được " + number_text(v.total.computed[k]) + ".",
                          "the grand total of " + header + " says " +
                              number_text(*v.total.declared[k]) + " but the rows add up to " +
                              number_text(v.total.computed[k]) + ".");
            }
        }
    }

    // Warnings: numbering that skips or repeats, a unit listed twice in one section.
    UnitKeys keys;
    for (const Section& section : layout.sections) {
        std::optional<long> previous;
        std::map<std::string, std::size_t> seen;
        for (std::size_t i : section.items) {
            const Item& item = layout.items[i];
            if (item.number) {
                const long expected = previous ? *previous + 1 : 1;
                if (*item.number != expected) {
                    const bool repeat = previous && *item.number <= *previous;
                    check.add(v.warnings, item.row, layout.number_column,
                              repeat ? "số thứ tự " + std::to_string(*item.number) +
                                           " lặp lại hoặc lùi lại (trước đó là " +
                                           std::to_string(previous.value_or(0)) + ")."
                                     : "số thứ tự nhảy từ " + std::to_string(expected - 1) +
                                           " lên " + std::to_string(*item.number) + " (thiếu " +
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
            if (item.unit.empty()) continue;
            const auto [it, inserted] = seen.emplace(keys.key(item.unit), item.row);
            if (!inserted)
                check.add(v.warnings, item.row, layout.unit_column,
                          "\"" + item.unit + "\" đã có trong mục này ở ô " +
                              check.where(it->second, layout.unit_column) + ".",
                          "\"" + item.unit + "\" is already listed in this section at " +
                              check.where(it->second, layout.unit_column) + ".");
        }
    }
    return v;
}

std::vector<std::string> report_lines(const Verification& v, Lang lang) {
    std::vector<std::string> lines;
    for (const Finding& f : v.errors) lines.push_back(f.line(lang));
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
