// XIndices: index scores and rankings, adapters over core/indices; arguments are converted
// by uno_convert.hpp. `values` of INDEXRANK and INDEXRANKS is an XCellRange: Calc hands it
// over unconverted, where an array is built by Calc and then deep-copied twice by UNO reflection
// on every call (INDEXRANK filled down calls once per row). INDEXRANK's `value` arrives as a
// number: Calc tells an add-in neither the cell it came from nor the cell being calculated (the
// hidden caller argument is the document, which keys INDEXRANK's cache of sorted ranges:
// range_cache.hpp), so ties in sheet order need the `position` argument.
#include "addin/indices_addin.hpp"

#include "addin/uno_convert.hpp"
#include "core/common/decimal.hpp"
#include "core/indices/indices.hpp"
#include "core/indices/rank_index.hpp"
#include "office/common/options.hpp"
#include "office/common/range_cache.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>

#include <algorithm>
#include <cmath>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::addin {

namespace {

using css::uno::Any;

// INDEXRANK filled down parses the same tie text once per row; ICU normalises it, so the last
// answer is kept (per thread, as Calc may evaluate on several).
indices::TieRule tie_rule(const Any& argument) {
    auto text = optional_text(argument, {"cách xếp đồng hạng", "ties"});
    if (!text) text = office::current_options().tie_rule; // "" -> competition
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

// INDEXRANK's position (1-based, row by row over the range as given) as a position in the
// values read: values_of cuts a very large range to the sheet's used area, columns included.
double position_in(const css::table::CellRangeAddress& address, sal_Int32 read_width,
                   sal_Int32 read_rows, double position) {
    const double width = address.EndColumn - address.StartColumn + 1;
    if (read_width == width || !(position >= 1) || position != std::floor(position))
        return position; // rank_at checks it
    const std::string at = std::to_string(static_cast<long long>(position));
    const double row = std::floor((position - 1) / width);
    const double column = position - 1 - row * width;
    if (column >= read_width || row >= read_rows)
        throw InputError({"Ô thứ " + at + " của vùng giá trị không chứa số.",
                          "Cell " + at + " of the values holds no number."});
    return row * read_width + column + 1;
}

// INDEXRANK's values as read, sorted once: filled down, every row asks the same range.
struct SortedRange {
    indices::RankIndex index;
    sal_Int32 read_width;
    sal_Int32 read_rows;
};

std::shared_ptr<const SortedRange>
sorted_range(const css::uno::Reference<css::beans::XPropertySet>& document,
             const css::uno::Reference<css::table::XCellRange>& values, int decimals) {
    return office::range_cache().get<SortedRange>(document, values, decimals, [&] {
        const Rows rows = values_of(values);
        std::vector<std::optional<double>> numbers;
        numbers_of(rows, numbers);
        return std::make_shared<SortedRange>(
            SortedRange{indices::RankIndex(std::move(numbers), decimals),
                        rows.hasElements() ? rows[0].getLength() : 0, rows.getLength()});
    });
}

// Best and worst rank side by side; a skipped entry gets two blanks.
Any two_columns(const std::vector<std::optional<indices::RankRange>>& ranges) {
    const auto count = static_cast<sal_Int32>(ranges.size());
    if (std::all_of(ranges.begin(), ranges.end(), [](const auto& r) { return r.has_value(); })) {
        css::uno::Sequence<css::uno::Sequence<double>> result(count);
        auto* out = result.getArray();
        for (sal_Int32 i = 0; i < count; ++i) {
            const auto& range = *ranges[static_cast<std::size_t>(i)];
            const double cells[] = {range.best, range.worst};
            out[i] = css::uno::Sequence<double>(cells, 2);
        }
        return Any(result);
    }
    Rows result(count);
    auto* out = result.getArray();
    for (sal_Int32 i = 0; i < count; ++i) {
        const auto& range = ranges[static_cast<std::size_t>(i)];
        const Any cells[] = {range ? Any(range->best) : Any(rtl::OUString()),
                             range ? Any(range->worst) : Any(rtl::OUString())};
        out[i] = css::uno::Sequence<Any>(cells, 2);
    }
    return Any(result);
}

} // namespace

double IndicesAddIn::indexPercent(double score, double maximum, const Any& decimals) {
    return guarded(lang(), [&] {
        return indices::percent(score, maximum,
                                optional_decimals(decimals, indices::max_decimals).value_or(2));
    });
}

Any IndicesAddIn::indexRank(double value, const css::uno::Reference<css::table::XCellRange>& values,
                            const Any& order, const Any& ties, const Any& decimals,
                            const Any& position,
                            const css::uno::Reference<css::beans::XPropertySet>& document) {
    return guarded(lang(), [&] {
        const indices::RankOptions options = rank_options(order, ties, decimals);
        const auto sorted = sorted_range(document, values, options.decimals);
        // A position is never 0: a blank cell (which arrives as 0) means none.
        if (const auto at = optional_nonzero(position, {"vị trí", "position"})) {
            const auto address = css::uno::Reference<css::sheet::XCellRangeAddressable>(
                                     values, css::uno::UNO_QUERY_THROW)
                                     ->getRangeAddress();
            return Any(sorted->index.rank_at(
                value, position_in(address, sorted->read_width, sorted->read_rows, *at),
                options.order, options.ties));
        }
        const auto rank = sorted->index.rank_of(value, options.order, options.ties);
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

Any IndicesAddIn::indexGap(double value, const css::uno::Reference<css::table::XCellRange>& values,
                           double targetRank, const Any& order, const Any& decimals) {
    return guarded(lang(), [&] {
        std::vector<std::optional<double>> numbers;
        numbers_of(values_of(values), numbers);
        const auto gap =
            indices::rank_gap(value, numbers, targetRank, rank_options(order, Any(), decimals));
        return gap ? Any(decimal::to_double(*gap)) : Any(); // void: Calc shows #N/A
    });
}

Any IndicesAddIn::indexRankRange(const css::uno::Reference<css::table::XCellRange>& values,
                                 const Any& tolerance, const Any& order, const Any& decimals) {
    return guarded(lang(), [&] {
        std::vector<std::optional<double>> numbers;
        numbers_of(values_of(values), numbers);
        if (numbers.empty())
            throw InputError({"Vùng giá trị trống.", "The range of values is empty."});
        const auto ranges =
            indices::rank_ranges(numbers,
                                 optional_number(tolerance, {"dung sai", "tolerance"})
                                     .value_or(indices::default_rank_tolerance),
                                 rank_options(order, Any(), decimals));
        return two_columns(ranges);
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
