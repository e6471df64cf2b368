// XAwards: award-quota table functions, adapters over core/awards.
#include "addin/awards_addin.hpp"

#include "addin/uno_convert.hpp"
#include "core/awards/allocation_inputs.hpp"
#include "core/awards/apportion_compare.hpp"
#include "core/awards/apportion_report.hpp"
#include "core/awards/summary.hpp"
#include "core/awards/table.hpp"
#include "core/awards/verify.hpp"
#include "office/common/grid_memo.hpp"
#include "office/common/options.hpp"
#include "office/common/scoped_timer.hpp"

#include <cmath>
#include <memory>

namespace vnplan::addin {

using css::uno::Any;
using css::uno::Sequence;

namespace {

// A section's position (1 = the first) or its label ("II"); omitted: the whole table.
awards::SectionChoice section_choice(const Any& argument) {
    const Message what{"mục", "section"};
    const Any value = single(argument, what);
    double number = 0;
    if (value >>= number) {
        if (!(std::fabs(number) < 1e15) || number != std::trunc(number))
            throw InputError({"Mục phải là số thứ tự nguyên hoặc số hiệu như \"II\".",
                              "The section must be a whole position or a label such as \"II\"."});
        return static_cast<std::int64_t>(number);
    }
    if (auto label = optional_text(value, what)) return std::move(*label);
    return {};
}

struct Checked {
    std::shared_ptr<const Grid> grid;
    std::shared_ptr<const awards::Verification> verification;
};

// The table read and verified; the grid and the verification are those of the last call when
// the table reads exactly the same (office/common/grid_memo.hpp: `document` keys the memo).
Checked verified(const css::uno::Reference<css::table::XCellRange>& table,
                 const css::uno::Reference<css::beans::XPropertySet>& document,
                 office::GridParts parts = {}) {
    office::ScopedTimer timer("award table", 0); // VNPLAN_PROFILE=1: the reading, the memo
    const auto range = table_range(table);
    if (!range.is()) { // nothing on the sheet there
        auto grid = std::make_shared<const Grid>();
        return {grid, std::make_shared<const awards::Verification>(awards::verify(*grid))};
    }
    auto [grid, verification] = office::grid_memo().get<awards::Verification>(
        document, range, parts, 0, [](const Grid& read) {
            return std::make_shared<const awards::Verification>(awards::verify(read));
        });
    return {std::move(grid), std::move(verification)};
}

awards::Bounds minimum_of(const Any& minimum) {
    return awards::bounds_from(any_to_grid(minimum), {"Số tối thiểu", "Minimums"});
}

awards::Bounds maximum_of(const Any& maximum) {
    return awards::bounds_from(any_to_grid(maximum), {"Số tối đa", "Maximums"});
}

} // namespace

double AwardsAddIn::awardTotal(const Sequence<Sequence<Any>>& table, sal_Int32 column,
                               const Any& section) {
    return guarded(lang(), [&] {
        return static_cast<double>(
            awards::award_total(to_grid(table), column, section_choice(section)));
    });
}

double AwardsAddIn::awardCheck(const css::uno::Reference<css::table::XCellRange>& table,
                               const css::uno::Reference<css::beans::XPropertySet>& document) {
    return guarded(lang(), [&] {
        // Only errors count here: formulas and hidden rows make warnings, so are not read
        // (finding the formulas costs the office as much as reading the values).
        const Checked checked =
            verified(table, document, {.formulas = false, .hidden_rows = false});
        return static_cast<double>(checked.verification->errors.size());
    });
}

Sequence<Sequence<rtl::OUString>>
AwardsAddIn::awardReport(const css::uno::Reference<css::table::XCellRange>& table,
                         const css::uno::Reference<css::beans::XPropertySet>& document) {
    return guarded(lang(), [&] {
        const Checked checked = verified(table, document);
        const awards::Verification& v = *checked.verification;
        std::vector<std::string> lines = awards::report_lines(v, lang());
        for (std::string& line : awards::reading_lines(*checked.grid, v, lang()))
            lines.push_back(std::move(line)); // then what was read, for the clerk to check
        return column_of(lines);
    });
}

Sequence<Sequence<Any>>
AwardsAddIn::awardSummary(const css::uno::Reference<css::table::XCellRange>& table,
                          const css::uno::Reference<css::beans::XPropertySet>& document) {
    return guarded(lang(), [&] {
        const Checked checked = verified(table, document);
        const auto units = awards::summarize(*checked.grid, *checked.verification);
        if (units.empty())
            throw InputError({"Bảng không có tên đơn vị.", "The table names no units."});
        Sequence<Sequence<Any>> out(static_cast<sal_Int32>(units.size()));
        for (std::size_t i = 0; i < units.size(); ++i) {
            Sequence<Any> row(static_cast<sal_Int32>(1 + units[i].counts.size()));
            row[0] <<= to_ou(units[i].unit);
            for (std::size_t k = 0; k < units[i].counts.size(); ++k)
                row[static_cast<sal_Int32>(k + 1)] <<= static_cast<double>(units[i].counts[k]);
            out[static_cast<sal_Int32>(i)] = row;
        }
        return out;
    });
}

Sequence<Sequence<double>> AwardsAddIn::allocate(const Sequence<Sequence<Any>>& weights,
                                                 double total, const Any& method,
                                                 const Any& minimum, const Any& maximum) {
    return guarded(lang(), [&] {
        const auto method_name = optional_text(method, {"phương pháp", "method"});
        const awards::Allocation result =
            awards::allocate(awards::weights_from(to_grid(weights)), total,
                             method_name.value_or(office::current_options().allocation_method),
                             minimum_of(minimum), maximum_of(maximum));
        Sequence<Sequence<double>> out(static_cast<sal_Int32>(result.seats.size()));
        for (std::size_t i = 0; i < result.seats.size(); ++i) {
            Sequence<double> row(1);
            row[0] = static_cast<double>(result.seats[i]);
            out[static_cast<sal_Int32>(i)] = row;
        }
        return out;
    });
}

Sequence<Sequence<Any>> AwardsAddIn::allocateReport(const Sequence<Sequence<Any>>& weights,
                                                    double total, const Any& method,
                                                    const Any& minimum, const Any& maximum) {
    return guarded(lang(), [&] {
        const auto method_name = optional_text(method, {"phương pháp", "method"});
        const awards::AllocationWorking working =
            awards::explain_allocation(awards::weights_from(to_grid(weights)), total,
                                       awards::parse_allocation_method(method_name.value_or(
                                           office::current_options().allocation_method)),
                                       minimum_of(minimum), maximum_of(maximum));
        return office::data_array(awards::allocation_report_table(working, lang()));
    });
}

Sequence<Sequence<Any>> AwardsAddIn::allocateCompare(const Sequence<Sequence<Any>>& weights,
                                                     double total, const Any& minimum,
                                                     const Any& maximum) {
    return guarded(lang(), [&] {
        const awards::MethodComparison comparison =
            awards::compare_methods(awards::weights_from(to_grid(weights)), total,
                                    minimum_of(minimum), maximum_of(maximum));
        return office::data_array(awards::comparison_table(comparison, lang()));
    });
}

} // namespace vnplan::addin
