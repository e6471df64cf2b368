// XIndices: index scores and rankings, adapters over core/indices.
// Argument conventions (Calc -> core):
// * an optional argument is void when omitted; an empty text counts as omitted too;
// * a blank cell reaches an `any` argument as the number 0: for text options (ties) 0 means
//   omitted, for previous_rank and year (never 0 when real) too;
// * ranges arrive row by row; numbers count, text and blank cells are skipped (nullopt);
//   `values` of INDEXRANK and INDEXRANKS is an XCellRange (see data_of), the others are arrays.
#include "addin/indices_addin.hpp"

#include "addin/uno_convert.hpp"
#include "core/indices/indices.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::addin {

namespace {

using css::uno::Any;
using Rows = IndicesAddIn::Rows;

// A single value: an optional argument given a range arrives as an array; one cell is fine.
Any single(const Any& value, const Message& what) {
    if (value.getValueTypeClass() != css::uno::TypeClass_SEQUENCE) return value;
    Rows rows;
    if ((value >>= rows) && rows.getLength() == 1 && rows[0].getLength() == 1) return rows[0][0];
    throw InputError({"Đối số " + what.vi + " chỉ nhận một ô, không nhận cả vùng.",
                      "The " + what.en + " argument takes a single cell, not a range."});
}

std::optional<double> optional_number(const Any& argument, const Message& what) {
    const Any value = single(argument, what);
    if (!value.hasValue()) return std::nullopt;
    double number = 0;
    if (value >>= number) return number;
    rtl::OUString text;
    if ((value >>= text) && text.trim().isEmpty()) return std::nullopt;
    throw InputError({"Đối số " + what.vi + " phải là một số.",
                      "The " + what.en + " argument must be a number."});
}

std::optional<std::string> optional_text(const Any& argument, const Message& what) {
    const Any value = single(argument, what);
    if (!value.hasValue()) return std::nullopt;
    rtl::OUString text;
    if (value >>= text) return text.trim().isEmpty() ? std::nullopt : std::optional(to_utf8(text));
    double number = 0;
    if ((value >>= number) && number == 0) return std::nullopt; // a blank cell
    throw InputError(
        {"Đối số " + what.vi + " phải là chữ.", "The " + what.en + " argument must be text."});
}

// 0 is never a real rank or year: it is what a blank cell gives, so it means "none".
std::optional<double> optional_positive(const Any& argument, const Message& what) {
    const auto number = optional_number(argument, what);
    return number && *number == 0 ? std::nullopt : number;
}

// The numbers of a range in sheet order (row by row); other cells are nullopt.
void numbers_of(const Rows& rows, std::vector<std::optional<double>>& out) {
    out.clear();
    for (const css::uno::Sequence<Any>& row : rows)
        for (const Any& cell : row) {
            double number = 0;
            out.push_back((cell >>= number) ? std::optional(number) : std::nullopt);
        }
}

// The cells of a `values` argument. INDEXRANK and INDEXRANKS take it as XCellRange: Calc hands
// it over without converting it, where a sequence argument is built by Calc and then deep-copied
// twice by UNO reflection on every call (INDEXRANK filled down calls once per row). Error cells
// come back void, so they are skipped. Beyond the sheet's used area nothing is read: a whole-column
// reference (B:B) would otherwise mean a million rows per call.
Rows data_of(const css::uno::Reference<css::table::XCellRange>& range) {
    using namespace css::sheet;
    if (!range.is()) throw InputError({"Thiếu vùng giá trị.", "The range of values is missing."});
    const css::table::CellRangeAddress asked =
        css::uno::Reference<XCellRangeAddressable>(range, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    constexpr sal_Int64 small = 65536; // cells: read as given, no extra calls
    if (sal_Int64(asked.EndRow - asked.StartRow + 1) * (asked.EndColumn - asked.StartColumn + 1) <=
        small)
        return css::uno::Reference<XCellRangeData>(range, css::uno::UNO_QUERY_THROW)
            ->getDataArray();
    const css::uno::Reference<XSpreadsheet> sheet =
        css::uno::Reference<XSheetCellRange>(range, css::uno::UNO_QUERY_THROW)->getSpreadsheet();
    const css::uno::Reference<XSheetCellCursor> cursor = sheet->createCursor();
    css::uno::Reference<XUsedAreaCursor>(cursor, css::uno::UNO_QUERY_THROW)
        ->gotoEndOfUsedArea(false);
    const css::table::CellRangeAddress used =
        css::uno::Reference<XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    const sal_Int32 end_row = std::min(asked.EndRow, used.EndRow);
    const sal_Int32 end_column = std::min(asked.EndColumn, used.EndColumn);
    if (end_row < asked.StartRow || end_column < asked.StartColumn) return {};
    return css::uno::Reference<XCellRangeData>(sheet->getCellRangeByPosition(asked.StartColumn,
                                                                             asked.StartRow,
                                                                             end_column, end_row),
                                               css::uno::UNO_QUERY_THROW)
        ->getDataArray();
}

// A vertical array, one row per rank. Rows of numbers pass through UNO reflection without
// being copied one by one; rows of any are needed only when a skipped cell must stay blank
// (an empty text, which Calc shows as a blank cell).
Any column_of(const std::vector<std::optional<double>>& ranks) {
    const auto count = static_cast<sal_Int32>(ranks.size());
    if (std::all_of(ranks.begin(), ranks.end(), [](const auto& r) { return r.has_value(); })) {
        css::uno::Sequence<css::uno::Sequence<double>> result(count);
        css::uno::Sequence<double>* rows = result.getArray();
        for (sal_Int32 i = 0; i < count; ++i)
            rows[i] = css::uno::Sequence<double>(&*ranks[static_cast<std::size_t>(i)], 1);
        return Any(result);
    }
    Rows result(count);
    css::uno::Sequence<Any>* rows = result.getArray();
    for (sal_Int32 i = 0; i < count; ++i) {
        const auto& rank = ranks[static_cast<std::size_t>(i)];
        const Any cell = rank ? Any(*rank) : Any(rtl::OUString());
        rows[i] = css::uno::Sequence<Any>(&cell, 1);
    }
    return Any(result);
}

// A cell as text: numbers as typed with a decimal comma, blanks as "".
std::string text_of(const Any& cell) {
    rtl::OUString text;
    if (cell >>= text) return to_utf8(text);
    double number = 0;
    if (cell >>= number) return indices::format_typed(number);
    return {};
}

bool is_blank(const Any& cell) {
    rtl::OUString text;
    return !cell.hasValue() || ((cell >>= text) && text.trim().isEmpty());
}

std::vector<Any> cells_of(const Rows& rows) {
    std::vector<Any> cells;
    for (const css::uno::Sequence<Any>& row : rows)
        cells.insert(cells.end(), row.begin(), row.end());
    return cells;
}

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
    if (const auto value = optional_number(decimals, {"số chữ số thập phân", "decimals"}))
        options.decimals = indices::decimals_argument(*value);
    return options;
}

std::vector<std::string> groups_of(const Any& argument) {
    std::vector<std::string> groups;
    Rows rows;
    if (argument >>= rows) {
        for (const Any& cell : cells_of(rows))
            groups.push_back(text_of(cell));
    } else if (!is_blank(argument)) {
        groups.push_back(text_of(argument)); // a single cell arrives as its value
    }
    return groups;
}

} // namespace

double IndicesAddIn::indexPercent(double score, double maximum, const Any& decimals) {
    return guarded(lang(), [&] {
        const auto places = optional_number(decimals, {"số chữ số thập phân", "decimals"});
        return indices::percent(score, maximum, places ? indices::decimals_argument(*places) : 2);
    });
}

Any IndicesAddIn::indexRank(double value, const css::uno::Reference<css::table::XCellRange>& values,
                            const Any& order, const Any& ties, const Any& decimals) {
    return guarded(lang(), [&] {
        // Called once per row when filled down: keep the converted range's buffer.
        thread_local std::vector<std::optional<double>> numbers;
        numbers_of(data_of(values), numbers);
        const auto rank = indices::rank_of(value, numbers, rank_options(order, ties, decimals));
        return rank ? Any(*rank) : Any(); // void: Calc shows #N/A
    });
}

Any IndicesAddIn::indexRanks(const css::uno::Reference<css::table::XCellRange>& values,
                             const Any& order, const Any& ties, const Any& groups,
                             const Any& decimals) {
    return guarded(lang(), [&] {
        std::vector<std::optional<double>> numbers;
        numbers_of(data_of(values), numbers);
        if (numbers.empty())
            throw InputError({"Vùng giá trị trống.", "The range of values is empty."});
        return column_of(
            indices::ranks(numbers, rank_options(order, ties, decimals), groups_of(groups)));
    });
}

double IndicesAddIn::rankChange(double now, double before) {
    return guarded(lang(), [&] { return indices::rank_change(now, before); });
}

rtl::OUString IndicesAddIn::rankChangeText(double now, double before, const Any& pad) {
    return guarded(lang(), [&] {
        const auto two_digits = optional_number(pad, {"hai chữ số", "pad"});
        return office::to_ou(
            indices::rank_change_text(now, before, two_digits && *two_digits != 0));
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
            texts.push_back(text_of(names[i]));
        }
        const auto label = indices::tier(percent, numbers, texts);
        return label ? Any(office::to_ou(*label)) : Any(); // void: Calc shows #N/A
    });
}

rtl::OUString IndicesAddIn::indexPhrase(double score, double maximum, double rank, double count,
                                        const Any& previousRank, const Any& year) {
    return guarded(lang(), [&] {
        return office::to_ou(
            indices::phrase(score, maximum, rank, count,
                            optional_positive(previousRank, {"hạng trước", "previous_rank"}),
                            optional_positive(year, {"năm", "year"})));
    });
}

} // namespace vnplan::addin
