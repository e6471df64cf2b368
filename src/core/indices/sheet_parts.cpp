#include "core/indices/sheet_parts.hpp"

#include <cmath>

namespace vnplan::indices::detail {
namespace {

std::string n(std::size_t value) {
    return std::to_string(value);
}

void check_adjustment(const Adjustment& a, std::size_t units) {
    if (a.values.size() != units)
        fail("Cột \"" + a.name + "\" phải có " + n(units) + " ô.",
             "The column \"" + a.name + "\" must have " + n(units) + " cells.");
}

void check_area(const Area& area, std::size_t components) {
    if (area.components.empty())
        fail("Lĩnh vực \"" + area.name + "\" không có chỉ số thành phần nào.",
             "The area \"" + area.name + "\" has no components.");
    for (std::size_t c : area.components)
        if (c >= components)
            fail("Lĩnh vực \"" + area.name + "\" chứa chỉ số thành phần thứ " + n(c + 1) +
                     " nhưng chỉ có " + n(components) + ".",
                 "The area \"" + area.name + "\" holds component " + n(c + 1) + " of only " +
                     n(components) + ".");
}

// A bonus or penalty cell: blank is 0; a penalty counts by its size (-2 and 2 both take 2 off).
Exact adjustment_at(const ScoreSheet& sheet, const Adjustment& a, std::size_t unit) {
    const Cell& cell = a.values[unit];
    const std::string& name = sheet.units[unit];
    if (cell.is_empty() ||
        (cell.kind == Cell::Kind::text && cell.text.find_first_not_of(" \t") == std::string::npos))
        return Exact{0, 0};
    if (!cell.is_number() || !std::isfinite(cell.number))
        fail("Đơn vị \"" + name + "\": ô \"" + a.name + "\" không phải là số (\"" + cell.text +
                 "\").",
             "Unit \"" + name + "\": the cell \"" + a.name + "\" is not a number (\"" + cell.text +
                 "\").");
    if (a.bonus && cell.number < 0)
        fail("Đơn vị \"" + name + "\": điểm thưởng \"" + a.name + "\" là số âm (" +
                 typed_vi(cell.number) + ").",
             "Unit \"" + name + "\": the bonus \"" + a.name + "\" is negative (" +
                 typed_en(cell.number) + ").");
    return exact(std::fabs(cell.number));
}

Exact sum_of(const ScoreSheet& sheet, std::size_t unit, bool bonus) {
    Exact sum{0, 0};
    for (const Adjustment& a : sheet.adjustments)
        if (a.bonus == bonus) sum = add(sum, adjustment_at(sheet, a, unit));
    return sum;
}

} // namespace

void check_parts(const ScoreSheet& sheet) {
    const std::size_t units = sheet.units.size();
    const std::size_t components = sheet.components.size();
    if (!sheet.self_scores.empty() && sheet.self_scores.size() != units)
        fail("Có " + n(units) + " đơn vị nhưng " + n(sheet.self_scores.size()) +
                 " dòng điểm tự chấm.",
             "There are " + n(units) + " units but " + n(sheet.self_scores.size()) +
                 " rows of self-assessed scores.");
    for (const auto& row : sheet.self_scores)
        if (row.size() != components)
            fail("Mỗi dòng điểm tự chấm phải có " + n(components) + " điểm.",
                 "Each row of self-assessed scores must have " + n(components) + " scores.");
    for (const Adjustment& a : sheet.adjustments)
        check_adjustment(a, units);
    for (const Area& area : sheet.areas)
        check_area(area, components);
}

Exact bonus_of(const ScoreSheet& sheet, std::size_t unit) {
    return sum_of(sheet, unit, true);
}

Exact penalty_of(const ScoreSheet& sheet, std::size_t unit) {
    return sum_of(sheet, unit, false);
}

std::vector<decimal::Decimal> area_totals(const ScoreSheet& sheet,
                                          const std::vector<Exact>& scores) {
    std::vector<decimal::Decimal> out;
    for (const Area& area : sheet.areas) {
        Exact sum{0, 0};
        for (std::size_t c : area.components)
            sum = add(sum, scores[c]);
        out.push_back(to_decimal(sum));
    }
    return out;
}

} // namespace vnplan::indices::detail
