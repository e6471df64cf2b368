// XIndices: index scores and rankings, adapters over core/indices; arguments are converted
// by uno_convert.hpp. `values` of INDEXRANK and INDEXRANKS is an XCellRange: Calc hands it
// over unconverted, where an array is built by Calc and then deep-copied twice by UNO reflection
// on every call (INDEXRANK filled down calls once per row).
#include "addin/indices_addin.hpp"

#include "addin/uno_convert.hpp"
#include "core/indices/indices.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vnplan::addin {

namespace {

using css::uno::Any;

// INDEXRANK filled down parses the same tie text once per row; ICU normalises it, so the last
// answer is kept (per thread, as Calc may evaluate on several).
indices::TieRule tie_rule(const Any& argument) {
    const auto text = optional_text(argument, {"cách xếp đồng hạng", "ties"});
    if (!text) return indices::TieRule::competition;
    thread_local std::string last_text;
    thread_local std::optional<indices::TieRule> last_rule;
    if (!last_rule || *text != last_text) {
        last_rule = indices::tie_rule_argument(*text);
        last_text = *text;
    }
    return *last_rule;
}

indices::RankOptions rank_options(const Any& order, const Any& ties, const Any& decimals) {
    indices::RankOptions options;
    if (const auto value = optional_number(order, {"thứ tự", "order"}))
        options.order = indices::order_argument(*value);
    options.ties = tie_rule(ties);
    if (const auto places = optional_decimals(decimals, indices::max_decimals))
        options.decimals = *places;
    return options;
}

} // namespace

double IndicesAddIn::indexPercent(double score, double maximum, const Any& decimals) {
    return guarded(lang(), [&] {
        return indices::percent(score, maximum,
                                optional_decimals(decimals, indices::max_decimals).value_or(2));
    });
}

Any IndicesAddIn::indexRank(double value, const css::uno::Reference<css::table::XCellRange>& values,
                            const Any& order, const Any& ties, const Any& decimals) {
    return guarded(lang(), [&] {
        // Called once per row when filled down: keep the converted range's buffer.
        thread_local std::vector<std::optional<double>> numbers;
        numbers_of(values_of(values), numbers);
        const auto rank = indices::rank_of(value, numbers, rank_options(order, ties, decimals));
        return rank ? Any(*rank) : Any(); // void: Calc shows #N/A
    });
}

Any IndicesAddIn::indexRanks(const css::uno::Reference<css::table::XCellRange>& values,
                             const Any& order, const Any& ties, const Any& groups,
                             const Any& decimals) {
    return guarded(lang(), [&] {
        std::vector<std::optional<double>> numbers;
        numbers_of(values_of(values), numbers);
        if (numbers.empty())
            throw InputError({"Vùng giá trị trống.", "The range of values is empty."});
        return column_of(
            indices::ranks(numbers, rank_options(order, ties, decimals), texts_of(groups)));
    });
}

double IndicesAddIn::rankChange(double now, double before) {
    return guarded(lang(), [&] { return indices::rank_change(now, before); });
}

rtl::OUString IndicesAddIn::rankChangeText(double now, double before, const Any& pad) {
    return guarded(lang(), [&] {
        return to_ou(
            indices::rank_change_text(now, before, optional_flag(pad, {"hai chữ số", "pad"})));
    });
}

Any IndicesAddIn::indexTier(double percent, const Rows& thresholds, const Rows& labels) {
    return guarded(lang(), [&] {
        std::vector<Any> limits = cells_of(thresholds);
        std::vector<Any> names = cells_of(labels);
        if (limits.size() != names.size())
            throw InputError({"Vùng ngưỡng và vùng nhãn phải có cùng số ô (" +
                                  std::to_string(limits.size()) + " và " +
                                  std::to_string(names.size()) + ").",
                              "The thresholds and the labels must have as many cells (" +
                                  std::to_string(limits.size()) + " and " +
                                  std::to_string(names.size()) + ")."});
        std::vector<double> numbers;
        std::vector<std::string> texts;
        for (std::size_t i = 0; i < limits.size(); ++i) {
            if (is_blank(limits[i]) && is_blank(names[i])) continue; // spare rows of the table
            double number = 0;
            if (!(limits[i] >>= number))
                throw InputError({"Ngưỡng thứ " + std::to_string(i + 1) + " không phải là số.",
                                  "Threshold " + std::to_string(i + 1) + " is not a number."});
            numbers.push_back(number);
            texts.push_back(cell_text(names[i]));
        }
        const auto label = indices::tier(percent, numbers, texts);
        return label ? Any(to_ou(*label)) : Any(); // void: Calc shows #N/A
    });
}

rtl::OUString IndicesAddIn::indexPhrase(double score, double maximum, double rank, double count,
                                        const Any& previousRank, const Any& year) {
    return guarded(lang(), [&] {
        return to_ou(
            indices::phrase(score, maximum, rank, count,
                            optional_nonzero(previousRank, {"hạng trước", "previous_rank"}),
                            optional_nonzero(year, {"năm", "year"})));
    });
}

} // namespace vnplan::addin
