// The classic slip: a row inserted just below a SUM range is left out of the subtotal, or a
// range runs into the next section. Checked on the formulas themselves, so that it is found
// even while the figures happen to agree.
#include "core/awards/verify.hpp"
#include "core/common/formula_refs.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace vnplan::awards::detail {
namespace {

std::string sheet_row(const Grid& grid, std::size_t r) {
    return std::to_string(grid.first_row + static_cast<int>(r) + 1);
}

struct Coverage {
    std::set<std::size_t> items;             // grid rows of the items covered
    std::vector<std::size_t> foreign, twice; // rows wrongly taken in, rows added twice
};

class FormulaChecker {
public:
    FormulaChecker(const Grid& grid, const Layout& layout) : grid_(grid), layout_(layout) {
        for (std::size_t s = 0; s < layout.sections.size(); ++s) {
            for (std::size_t i : layout.sections[s].items) {
                auto& owner = owner_[layout.items[i].row];
                if (!owner || layout.sections[*owner].level < layout.sections[s].level) owner = s;
            }
            for (const auto& row : {layout.sections[s].row, layout.sections[s].closing_row})
                if (row) subtotal_of_[*row] = s;
        }
    }

    // Warns when the formula in (row, column) summing `expected` (a section, or all items)
    // leaves out one of them or takes in anything else.
    void check(std::size_t row, std::size_t column, std::optional<std::size_t> section,
               std::vector<Finding>& warnings) const {
        const std::string* formula = grid_.formula(row, column);
        if (!formula) return;
        const auto blocks = summed_blocks(*formula);
        if (!blocks) return;
        std::vector<std::size_t> expected;
        for (std::size_t i : section ? layout_.sections[*section].items : all_items())
            expected.push_back(layout_.items[i].row);
        const Coverage got = cover(*blocks, column, row, section);
        std::vector<std::size_t> missing;
        for (std::size_t r : expected)
            if (!got.items.count(r)) missing.push_back(r);
        if (missing.empty() && got.foreign.empty() && got.twice.empty()) return;
        warn(row, column, *formula, missing, got, warnings);
    }

private:
    std::vector<std::size_t> all_items() const {
        std::vector<std::size_t> out(layout_.items.size());
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = i;
        return out;
    }

    bool inside(std::optional<std::size_t> s, std::optional<std::size_t> within) const {
        if (!within) return true;
        for (; s; s = layout_.sections[*s].parent)
            if (*s == *within) return true;
        return false;
    }

    Coverage cover(const std::vector<CellBlock>& blocks, std::size_t column, std::size_t self,
                   std::optional<std::size_t> section) const {
        Coverage got;
        const auto add = [&](std::size_t r) {
            if (!got.items.insert(r).second) got.twice.push_back(r);
        };
        for (const CellBlock& b : blocks) {
            const int c0 = static_cast<int>(b.left) - grid_.first_column;
            const int c1 = static_cast<int>(b.right) - grid_.first_column;
            if (c0 != c1 || c0 != static_cast<int>(column)) return {}; // another column: no verdict
            for (std::size_t sheet_r = b.top; sheet_r <= b.bottom; ++sheet_r) {
                const int gr = static_cast<int>(sheet_r) - grid_.first_row;
                if (gr < 0 || gr >= static_cast<int>(grid_.height()) ||
                    static_cast<std::size_t>(gr) == self)
                    continue;
                const auto r = static_cast<std::size_t>(gr);
                if (const auto it = owner_.find(r); it != owner_.end()) {
                    if (inside(it->second, section))
                        add(r);
                    else
                        got.foreign.push_back(r);
                } else if (const auto sub = subtotal_of_.find(r); sub != subtotal_of_.end()) {
                    if (grid_.at(r, column).is_empty()) continue; // a heading without figures
                    if (!inside(sub->second, section) || sub->second == section) {
                        if (sub->second != section) got.foreign.push_back(r);
                        continue;
                    }
                    for (std::size_t i : layout_.sections[sub->second].items)
                        add(layout_.items[i].row);
                } else if (!grid_.at(r, column).is_empty() && layout_.rows[r] != RowKind::header) {
                    got.foreign.push_back(r);
                }
            }
        }
        return got;
    }

    std::string rows_text(const std::vector<std::size_t>& rows) const {
        std::string out;
        for (std::size_t r : rows)
            out += (out.empty() ? "" : ", ") + sheet_row(grid_, r);
        return out;
    }

    void warn(std::size_t row, std::size_t column, const std::string& formula,
              const std::vector<std::size_t>& missing, const Coverage& got,
              std::vector<Finding>& warnings) const {
        std::string vi = "công thức " + formula, en = "the formula " + formula;
        if (!missing.empty()) {
            vi += " bỏ sót dòng " + rows_text(missing);
            en += " leaves out row(s) " + rows_text(missing);
        }
        if (!got.foreign.empty()) {
            vi += (missing.empty() ? "" : ",") + std::string(" lấy cả dòng ") +
                  rows_text(got.foreign) + " không thuộc phần này";
            en += (missing.empty() ? "" : ",") + std::string(" takes in row(s) ") +
                  rows_text(got.foreign) + " outside it";
        }
        if (!got.twice.empty()) {
            vi += " (cộng hai lần dòng " + rows_text(got.twice) + ")";
            en += " (adds row(s) " + rows_text(got.twice) + " twice)";
        }
        vi += ", dù số liệu hiện tại có thể vẫn khớp.";
        en += ", even if the figures agree today.";
        warnings.push_back({row,
                            column,
                            a1_address(grid_.first_column + static_cast<int>(column),
                                       grid_.first_row + static_cast<int>(row)),
                            {vi, en}});
    }

    const Grid& grid_;
    const Layout& layout_;
    std::map<std::size_t, std::optional<std::size_t>> owner_; // item row -> innermost section
    std::map<std::size_t, std::size_t> subtotal_of_;          // subtotal row -> section
};

} // namespace

void formula_warnings(const Grid& grid, const Layout& layout, std::vector<Finding>& warnings) {
    if (grid.formulas.empty()) return;
    const FormulaChecker checker(grid, layout);
    for (std::size_t s = 0; s < layout.sections.size(); ++s)
        for (const auto& row : {layout.sections[s].row, layout.sections[s].closing_row})
            if (row)
                for (std::size_t c : layout.count_columns)
                    checker.check(*row, c, s, warnings);
    if (layout.total_row)
        for (std::size_t c : layout.count_columns)
            checker.check(*layout.total_row, c, std::nullopt, warnings);
}

} // namespace vnplan::awards::detail
