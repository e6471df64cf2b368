// "Xếp hạng chỉ số": writing the result sheet (ranked table, radar helper values, formats and
// both charts) into a sheet it inserts, as one undo step.
#include "office/indices/actions.hpp"

#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/internal.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <functional>

namespace vnplan::office {

namespace {

using indices::UnitResult;

Any text(const std::string& value) {
    return Any(to_ou(value));
}

enum class Format { general, total, percent, change, wrap };

struct Column {
    std::string header;
    sal_Int32 width; // 1/100 mm
    Format format;
    std::function<Any(const UnitResult&)> value;
};

std::string score_of(const std::string& name, double score, double maximum) {
    return name + " (" + indices::format_typed(score) + "/" + indices::format_typed(maximum) + ")";
}

Any value(const decimal::Decimal& d) {
    return Any(decimal::to_double(d));
}

bool has_adjustment(const indices::ScoreSheet& sheet, bool bonus) {
    return std::any_of(sheet.adjustments.begin(), sheet.adjustments.end(),
                       [&](const indices::Adjustment& a) { return a.bonus == bonus; });
}

// Columns before the total when the sheet has them: each area's total, the self-assessed
// total, the components' sum with the bonus and the penalty that make up the total.
void add_parts(std::vector<Column>& cols, const indices::ScoreSheet& sheet) {
    const auto area_maxima = indices::area_maxima(sheet);
    for (std::size_t a = 0; a < sheet.areas.size(); ++a)
        cols.push_back(
            {sheet.areas[a].name + " (tối đa " + indices::format_typed(area_maxima[a]) + ")", 2600,
             Format::total, [a](const UnitResult& r) { return value(r.area_totals[a]); }});
    if (!sheet.self_scores.empty())
        cols.push_back({"Tổng điểm tự chấm", 2400, Format::total,
                        [](const UnitResult& r) { return value(r.self_total.value_or(r.total)); }});
    if (sheet.adjustments.empty()) return;
    cols.push_back({"Điểm các chỉ số", 2400, Format::total,
                    [](const UnitResult& r) { return value(r.score_total); }});
    if (has_adjustment(sheet, true))
        cols.push_back({"Điểm thưởng", 1900, Format::total,
                        [](const UnitResult& r) { return value(r.bonus); }});
    if (has_adjustment(sheet, false))
        cols.push_back({"Điểm trừ", 1900, Format::total,
                        [](const UnitResult& r) { return value(r.penalty); }});
}

std::vector<Column> columns_for(const detail::Computed& computed, const RankingRequest& request) {
    const auto& sheet = computed.input.sheet;
    const bool groups = !sheet.groups.empty();
    const bool previous = !sheet.previous_ranks.empty();
    auto number = [](std::optional<double> v) { return v ? Any(*v) : text(""); };
    std::vector<Column> cols;
    cols.push_back(
        {"Hạng", 1500, Format::general, [](const UnitResult& r) { return Any(r.rank); }});
    cols.push_back(
        {"Đơn vị", 5200, Format::wrap, [](const UnitResult& r) { return text(r.unit); }});
    if (groups) {
        cols.push_back(
            {"Khối", 3400, Format::wrap, [](const UnitResult& r) { return text(r.group); }});
        cols.push_back({"Hạng trong khối", 1900, Format::general,
                        [=](const UnitResult& r) { return number(r.group_rank); }});
    }
    add_parts(cols, sheet);
    const std::string total = sheet.self_scores.empty() ? "Tổng điểm" : "Tổng điểm thẩm định";
    cols.push_back({total + " (tối đa " + indices::format_typed(computed.maximum_total) + ")", 2600,
                    Format::total, [](const UnitResult& r) { return Any(r.total_value); }});
    cols.push_back({"Tỷ lệ (%)", 2100, Format::percent,
                    [](const UnitResult& r) { return Any(r.percent_value); }});
    if (previous) {
        std::string header = request.previous_in_group ? "Hạng trong khối " : "Hạng ";
        header +=
            request.options.year ? "năm " + std::to_string(*request.options.year) : "năm trước";
        cols.push_back({header, 2200, Format::general, [&sheet](const UnitResult& r) {
                            const auto& p = sheet.previous_ranks[r.row];
                            return p ? Any(*p) : text("");
                        }});
        cols.push_back({"Thay đổi (bậc)", 1900, Format::change,
                        [=](const UnitResult& r) { return number(r.change); }});
        cols.push_back({"Diễn biến", 2700, Format::wrap,
                        [](const UnitResult& r) { return text(r.change_text); }});
    }
    if (!request.tiers.thresholds.empty())
        cols.push_back({"Xếp loại", 2300, Format::wrap,
                        [](const UnitResult& r) { return text(r.tier.value_or("")); }});
    cols.push_back(
        {"Chỉ số thành phần cao nhất", 6000, Format::wrap, [&sheet](const UnitResult& r) {
             return text(score_of(sheet.components[r.strongest],
                                  sheet.scores[r.row][r.strongest].number,
                                  sheet.maxima[r.strongest]));
         }});
    cols.push_back(
        {"Chỉ số thành phần thấp nhất", 6000, Format::wrap, [&sheet](const UnitResult& r) {
             return text(score_of(sheet.components[r.weakest],
                                  sheet.scores[r.row][r.weakest].number, sheet.maxima[r.weakest]));
         }});
    cols.push_back(
        {"Trích dẫn", 11000, Format::wrap, [](const UnitResult& r) { return text(r.phrase); }});
    return cols;
}

// A component name broken into lines of about `width` letters at spaces: the radar chart
// takes its category labels from these cells and does not wrap long names itself.
std::string wrapped(const std::string& name, std::size_t width = 24) {
    std::string out, line;
    auto letters = [](const std::string& s) {
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char ch) {
            return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
        }));
    };
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find(' ', start);
        if (end == std::string::npos) end = name.size();
        const std::string word = name.substr(start, end - start);
        if (!line.empty() && letters(line) + 1 + letters(word) > width) {
            out += line + "\n";
            line = word;
        } else {
            line += (line.empty() ? "" : " ") + word;
        }
        start = end + 1;
    }
    return out + line;
}

using detail::cells;
using detail::Formats;
using detail::header_style;
using detail::unique_chart_name;

} // namespace

RankingResult write_ranking(const Reference<css::sheet::XSpreadsheetDocument>& document,
                            const RankingRequest& request) {
    const std::string& name = request.result_sheet;
    detail::check_new_sheet_name(document, name);
    detail::Computed computed = detail::compute(request);
    RankingResult& result = computed.result;
    result.sheet = name;
    const auto& input = computed.input.sheet;
    const auto columns = columns_for(computed, request);
    const std::size_t units = result.units.size();
    const std::size_t components = result.components.size();
    const int width = static_cast<int>(std::max<std::size_t>(columns.size(), 5));
    const auto col_of = [&](Format f) {
        return static_cast<sal_Int32>(std::find_if(columns.begin(), columns.end(),
                                                   [&](const Column& c) { return c.format == f; }) -
                                      columns.begin());
    };

    // Rows: header, one per unit, a blank row, the radar block's title, its header, components.
    const std::size_t title_row = units + 2;
    result.first_helper_row = title_row + 1;
    const std::size_t height = result.first_helper_row + 1 + components;
    Sequence<Sequence<Any>> data(static_cast<sal_Int32>(height));
    for (std::size_t r = 0; r < height; ++r) {
        Sequence<Any> row(width);
        for (int c = 0; c < width; ++c)
            row[c] = text(""); // never void (crashes 7.4)
        data[static_cast<sal_Int32>(r)] = row;
    }
    auto at = [&](std::size_t r, std::size_t c) -> Any& {
        return data[static_cast<sal_Int32>(r)][static_cast<sal_Int32>(c)];
    };
    for (std::size_t c = 0; c < columns.size(); ++c) {
        at(0, c) = text(columns[c].header);
        for (std::size_t u = 0; u < units; ++u)
            at(u + 1, c) = columns[c].value(result.units[u]);
    }
    const UnitResult& radar = result.units[result.radar_unit];
    at(title_row, 0) = text("Biểu đồ radar: " + radar.unit +
                            " - điểm từng chỉ số thành phần so với điểm tối đa (%)");
    const std::size_t helper = result.first_helper_row;
    const char* helper_headers[] = {"STT", "Chỉ số thành phần", "Tỷ lệ (%)", "Điểm", "Tối đa"};
    for (std::size_t c = 0; c < 5; ++c)
        at(helper, c) = text(helper_headers[c]);
    for (std::size_t k = 0; k < components; ++k) {
        const double score =
            input.scores[radar.row][k].is_number() ? input.scores[radar.row][k].number : 0;
        at(helper + 1 + k, 0) = Any(static_cast<double>(k + 1));
        at(helper + 1 + k, 1) = text(wrapped(result.components[k]));
        at(helper + 1 + k, 2) =
            Any(indices::percent(score, input.maxima[k], request.options.percent_decimals));
        at(helper + 1 + k, 3) = Any(score);
        at(helper + 1 + k, 4) = Any(input.maxima[k]);
    }

    int total_places = 2;
    for (const auto& r : result.units)
        total_places = std::max(total_places, r.total.scale);

    fill_new_sheet(
        document, name, "Xếp hạng chỉ số",
        [&](const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 index) {
            const auto last = [](std::size_t v) { return static_cast<sal_Int32>(v); };
            Reference<css::sheet::XCellRangeData>(
                sheet->getCellRangeByPosition(0, 0, width - 1, last(height - 1)), UNO_QUERY_THROW)
                ->setDataArray(data);

            Formats formats(document);
            const sal_Int32 table_end = last(units);
            auto range = [&](sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1) {
                return sheet->getCellRangeByPosition(c0, r0, c1, r1);
            };
            props(range(0, 0, width - 1, last(height - 1)))
                ->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::CENTER));
            header_style(range(0, 0, last(columns.size() - 1), 0));
            set_grid_borders(range(0, 0, last(columns.size() - 1), table_end));
            Reference<css::table::XColumnRowRange> layout(sheet, UNO_QUERY_THROW);
            for (std::size_t c = 0; c < columns.size(); ++c) {
                props(Reference<css::uno::XInterface>(layout->getColumns()->getByIndex(last(c)),
                                                      UNO_QUERY_THROW))
                    ->setPropertyValue("Width", Any(columns[c].width));
                auto body = props(range(last(c), 1, last(c), table_end));
                switch (columns[c].format) {
                case Format::total:
                    body->setPropertyValue("NumberFormat", Any(formats.decimals(total_places)));
                    break;
                case Format::percent:
                    body->setPropertyValue("NumberFormat", Any(formats.decimals(2)));
                    break;
                case Format::change:
                    body->setPropertyValue("NumberFormat", Any(formats.signed_integer()));
                    break;
                case Format::wrap:
                    body->setPropertyValue("IsTextWrapped", Any(true));
                    break;
                case Format::general:
                    body->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
                    break;
                }
            }
            props(range(0, last(title_row), 0, last(title_row)))
                ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            const sal_Int32 helper_end = last(helper + components);
            header_style(range(0, last(helper), 4, last(helper)));
            set_grid_borders(range(0, last(helper), 4, helper_end));
            props(range(2, last(helper) + 1, 2, helper_end))
                ->setPropertyValue("NumberFormat", Any(formats.decimals(2)));
            props(range(1, last(helper) + 1, 1, helper_end))
                ->setPropertyValue("IsTextWrapped", Any(true));
            props(range(0, last(helper) + 1, 0, helper_end))
                ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
            for (sal_Int32 r = 0; r <= helper_end; ++r)
                props(Reference<css::uno::XInterface>(layout->getRows()->getByIndex(r),
                                                      UNO_QUERY_THROW))
                    ->setPropertyValue("OptimalHeight", Any(true));

            // The charts sit below the radar block: percentages left, the radar right of it.
            css::awt::Point top;
            props(sheet->getCellByPosition(0, helper_end + 2))->getPropertyValue("Position") >>=
                top;
            const sal_Int32 percent_column = col_of(Format::percent);
            // One bar line per unit (about 5.5 mm each) below the title.
            const sal_Int32 bar_height = std::max<sal_Int32>(11000, 3500 + 550 * last(units));
            result.bar_chart = unique_chart_name(document, "Tỷ lệ điểm - " + name);
            result.radar_chart = unique_chart_name(document, "Chỉ số thành phần - " + name);
            detail::add_chart(
                sheet, {result.bar_chart, "Tỷ lệ điểm so với điểm tối đa (%), theo thứ hạng", false,
                        cells(index, 1, 0, table_end), cells(index, percent_column, 0, table_end),
                        css::awt::Rectangle(top.X, top.Y, 18000, bar_height)});
            detail::add_chart(sheet, {result.radar_chart,
                                      radar.unit + ": tỷ lệ điểm các chỉ số thành phần (%)", true,
                                      cells(index, 1, last(helper), helper_end),
                                      cells(index, 2, last(helper), helper_end),
                                      css::awt::Rectangle(top.X + 18500, top.Y, 17000, 11000)});
        });
    return result;
}

} // namespace vnplan::office
