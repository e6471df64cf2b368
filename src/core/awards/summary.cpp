#include "core/awards/summary.hpp"

#include "core/awards/unit_keys.hpp"

#include <unordered_map>

namespace vnplan::awards {

std::vector<UnitTotal> summarize(const Grid& grid, const Verification& v) {
    const Layout& layout = v.layout;
    // Only the items' own count cells matter here, not disagreeing subtotals.
    for (const Finding& f : v.errors) {
        const RowKind kind = layout.rows[f.row];
        if (kind == RowKind::item) throw InputError({f.line(Lang::vi), f.line(Lang::en)});
    }
    std::vector<UnitTotal> units;
    std::unordered_map<std::uint32_t, std::size_t> index; // key number -> units
    const std::vector<std::uint32_t> keys = unit_key_numbers(layout.items);
    for (std::size_t i = 0; i < layout.items.size(); ++i) {
        const Item& item = layout.items[i];
        if (item.unit.empty()) continue;
        auto [it, inserted] = index.emplace(keys[i], units.size());
        if (inserted)
            units.push_back(
                {item.unit, std::vector<long long>(layout.count_columns.size(), 0), {}});
        UnitTotal& unit = units[it->second];
        unit.rows.push_back(item.row);
        for (std::size_t k = 0; k < layout.count_columns.size(); ++k) {
            const Cell& cell = grid.at(item.row, layout.count_columns[k]);
            if (cell.is_number()) unit.counts[k] += static_cast<long long>(cell.number);
        }
    }
    return units;
}

} // namespace vnplan::awards
