// "Xếp hạng qua các năm": the result sheet - ranks, totals and changes per year, the points
// the chosen unit lost against the best unit, a line chart of ranks - as one undo step.
#include "office/indices/years.hpp"

#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/internal.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <algorithm>
#include <cmath>

namespace vnplan::office {

namespace {

using indices::YearRanking;

Any text(const std::string& value) {
    return Any(to_ou(value)); // "" leaves the cell empty (never a void Any: crashes 7.4)
}

Any number(const std::optional<double>& value) {
    return value ? Any(*value) : text("");
}

std::string year(int y) {
    return std::to_string(y);
}

// Where each part of the sheet is (0-based rows and columns).
struct Layout {
    std::size_t years = 0, units = 0, lost_rows = 0;
    sal_Int32 rank(std::size_t y) const { return static_cast<sal_Int32>(1 + y); }
    sal_Int32 total(std::size_t y) const { return static_cast<sal_Int32>(1 + years + y); }
    sal_Int32 change(std::size_t y) const {
        return static_cast<sal_Int32>(2 * years + y);
    } // y >= 1
    sal_Int32 last_text() const { return static_cast<sal_Int32>(3 * years); }
    sal_Int32 span_text() const { return last_text() + 1; }
    sal_Int32 width() const { return span_text() + 1; }
    sal_Int32 unit_row(std::size_t u) const { return static_cast<sal_Int32>(2 + u); }
    sal_Int32 note_row() const { return unit_row(units); }
    sal_Int32 lost_title() const { return note_row() + 2; }
    sal_Int32 lost_header() const { return lost_title() + 1; }
    sal_Int32 height() const { return lost_header() + 1 + static_cast<sal_Int32>(lost_rows); }
};

using Data = Sequence<Sequence<Any>>;

Data blank_data(const Layout& l) {
    Data data(l.height());
    for (sal_Int32 r = 0; r < l.height(); ++r) {
        Sequence<Any> row(l.width());
        for (sal_Int32 c = 0; c < l.width(); ++c)
            row[c] = text("");
        data[r] = row;
    }
    return data;
}

void fill_table(Data& data, const Layout& l, const YearRanking& r) {
    const std::size_t n = r.years.size();
    auto at = [&](sal_Int32 row, sal_Int32 column) -> Any& { return data[row][column]; };
    at(0, 0) = text("Đơn vị");
    at(0, l.rank(0)) = text("Thứ hạng");
    at(0, l.total(0)) = text("Tổng điểm");
    at(0, l.change(1)) = text("Thay đổi thứ hạng (bậc)");
    at(0, l.last_text()) =
        text("Diễn biến năm " + year(r.years[n - 1]) + " so với năm " + year(r.years[n - 2]));
    at(0, l.span_text()) = text("Diễn biến cả giai đoạn");
    for (std::size_t y = 0; y < n; ++y) {
        at(1, l.rank(y)) = text(year(r.years[y]));
        at(1, l.total(y)) = text(year(r.years[y]));
        if (y > 0) at(1, l.change(y)) = text(year(r.years[y]) + " so với " + year(r.years[y - 1]));
    }
    for (std::size_t u = 0; u < r.units.size(); ++u) {
        const auto& unit = r.units[u];
        const sal_Int32 row = l.unit_row(u);
        at(row, 0) = text(unit.unit);
        for (std::size_t y = 0; y < n; ++y) {
            at(row, l.rank(y)) = number(unit.ranks[y]);
            at(row, l.total(y)) = number(unit.totals[y]);
            if (y > 0) at(row, l.change(y)) = number(unit.changes[y]);
        }
        at(row, l.last_text()) = text(unit.last_change);
        at(row, l.span_text()) = text(unit.span_change);
    }
    std::string counts = "Số đơn vị được xếp hạng: ";
    for (std::size_t y = 0; y < n; ++y)
        counts += (y ? "; " : "") + year(r.years[y]) + ": " + std::to_string(r.counts[y]);
    at(l.note_row(), 0) = text(counts + ".");
}

void fill_lost(Data& data, const Layout& l, const indices::PointsLost& lost, int latest) {
    auto at = [&](sal_Int32 row, sal_Int32 column) -> Any& { return data[row][column]; };
    at(l.lost_title(), 0) = text("Điểm bị trừ nhiều nhất năm " + year(latest) + ": " + lost.unit +
                                 " so với đơn vị đứng đầu (" + lost.best + ")");
    const char* headers[] = {"Chỉ số thành phần", "Điểm của đơn vị", "Điểm của đơn vị đứng đầu",
                             "Điểm bị trừ", "Điểm tối đa"};
    for (sal_Int32 c = 0; c < 5; ++c)
        at(l.lost_header(), c) = text(headers[c]);
    if (lost.components.empty())
        at(l.lost_header() + 1, 0) =
            text(lost.unit == lost.best ? "(đơn vị đứng đầu)"
                                        : "(không thấp hơn đơn vị đứng đầu ở chỉ số nào)");
    for (std::size_t i = 0; i < lost.components.size(); ++i) {
        const auto& c = lost.components[i];
        const sal_Int32 row = l.lost_header() + 1 + static_cast<sal_Int32>(i);
        at(row, 0) = text(c.name);
        at(row, 1) = Any(c.score);
        at(row, 2) = Any(c.best_score);
        at(row, 3) = Any(decimal::to_double(c.lost));
        at(row, 4) = Any(c.maximum);
    }
}

void merge(const Reference<css::table::XCellRange>& range) {
    Reference<css::util::XMergeable>(range, UNO_QUERY_THROW)->merge(true);
}

void set_width(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column,
               sal_Int32 width) {
    Reference<css::table::XColumnRowRange> layout(sheet, UNO_QUERY_THROW);
    props(
        Reference<css::uno::XInterface>(layout->getColumns()->getByIndex(column), UNO_QUERY_THROW))
        ->setPropertyValue("Width", Any(width));
}

int total_places(const YearRanking& r) {
    int places = 0;
    for (const auto& u : r.units)
        for (const auto& t : u.totals)
            if (t) places = std::max(places, decimal::from_double(*t).scale);
    return std::min(places, 6);
}

void format_sheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                  const Reference<css::sheet::XSpreadsheet>& sheet, const Layout& l,
                  const YearRanking& r) {
    auto range = [&](sal_Int32 c0, sal_Int32 r0, sal_Int32 c1, sal_Int32 r1) {
        return sheet->getCellRangeByPosition(c0, r0, c1, r1);
    };
    const sal_Int32 n = static_cast<sal_Int32>(l.years);
    const sal_Int32 last = l.note_row() - 1;
    props(range(0, 0, l.width() - 1, l.height() - 1))
        ->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::CENTER));
    detail::header_style(range(0, 0, l.width() - 1, 1));
    merge(range(0, 0, 0, 1));
    merge(range(l.rank(0), 0, l.rank(0) + n - 1, 0));
    merge(range(l.total(0), 0, l.total(0) + n - 1, 0));
    if (n > 2) merge(range(l.change(1), 0, l.change(1) + n - 2, 0));
    merge(range(l.last_text(), 0, l.last_text(), 1));
    merge(range(l.span_text(), 0, l.span_text(), 1));
    set_grid_borders(range(0, 0, l.width() - 1, last));
    detail::Formats formats(document);
    props(range(l.rank(0), 2, l.rank(0) + n - 1, last))
        ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    props(range(l.total(0), 2, l.total(0) + n - 1, last))
        ->setPropertyValue("NumberFormat", Any(formats.decimals(total_places(r))));
    props(range(l.change(1), 2, l.change(1) + n - 2, last))
        ->setPropertyValue("NumberFormat", Any(formats.signed_integer()));
    props(range(0, 2, 0, last))->setPropertyValue("IsTextWrapped", Any(true));
    props(range(l.last_text(), 2, l.span_text(), last))
        ->setPropertyValue("IsTextWrapped", Any(true));
    props(range(0, l.lost_title(), 0, l.lost_title()))
        ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    detail::header_style(range(0, l.lost_header(), 4, l.lost_header()));
    set_grid_borders(range(0, l.lost_header(), 4, l.height() - 1));
    props(range(0, l.lost_header() + 1, 0, l.height() - 1))
        ->setPropertyValue("IsTextWrapped", Any(true));
    props(range(1, l.lost_header() + 1, 4, l.height() - 1))
        ->setPropertyValue("NumberFormat", Any(formats.decimals(2)));
    set_width(sheet, 0, 5600);
    for (sal_Int32 c = 1; c < l.last_text(); ++c)
        set_width(sheet, c, 2000);
    set_width(sheet, l.last_text(), 3200);
    set_width(sheet, l.span_text(), 4600);
    Reference<css::table::XColumnRowRange> rows(sheet, UNO_QUERY_THROW);
    for (sal_Int32 row = 0; row < l.height(); ++row)
        if (row != l.note_row() && row != l.lost_title()) // long one-line notes stay one line
            props(
                Reference<css::uno::XInterface>(rows->getRows()->getByIndex(row), UNO_QUERY_THROW))
                ->setPropertyValue("OptimalHeight", Any(true));
}

// More lines than this cannot be told apart: the chart then shows the first ones (by the
// latest year's rank) and its title says so.
constexpr std::size_t max_chart_lines = 20;

std::string chart_title(const YearRanking& r, std::size_t lines) {
    std::string title = "Thứ hạng qua các năm (hạng 1 ở trên cùng)";
    if (lines < r.units.size())
        title += ": " + std::to_string(lines) + " đơn vị đứng đầu năm " + year(r.years.back());
    return title;
}

double worst_rank(const YearRanking& r, std::size_t lines) {
    double worst = 1;
    for (std::size_t u = 0; u < lines; ++u)
        for (const auto& rank : r.units[u].ranks)
            if (rank) worst = std::max(worst, std::ceil(*rank));
    return worst;
}

} // namespace

YearsResult write_years(const Reference<css::sheet::XSpreadsheetDocument>& document,
                        const std::vector<indices::YearSheet>& years, const YearsRequest& request) {
    const std::string& name = request.result_sheet;
    detail::check_new_sheet_name(document, name);
    YearsResult result;
    result.sheet = name;
    result.ranking = indices::rank_years(years, request.options);
    const auto& r = result.ranking;
    const auto& latest = r.results.back();
    const std::string unit = request.unit.empty() ? latest.back().unit : request.unit;
    result.lost = indices::points_lost(r.sheets.back(), latest, unit, request.top);

    Layout l;
    l.years = r.years.size();
    l.units = r.units.size();
    l.lost_rows = std::max<std::size_t>(1, result.lost.components.size());
    result.lost_header_row = static_cast<std::size_t>(l.lost_header());
    Data data = blank_data(l);
    fill_table(data, l, r);
    fill_lost(data, l, result.lost, r.years.back());

    fill_new_sheet(
        document, name, "Xếp hạng qua các năm",
        [&](const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 index) {
            Reference<css::sheet::XCellRangeData>(
                sheet->getCellRangeByPosition(0, 0, l.width() - 1, l.height() - 1), UNO_QUERY_THROW)
                ->setDataArray(data);
            format_sheet(document, sheet, l, r);
            css::awt::Point top;
            props(sheet->getCellByPosition(0, l.height() + 1))->getPropertyValue("Position") >>=
                top;
            const std::size_t lines = std::min(l.units, max_chart_lines);
            result.chart = detail::unique_chart_name(document, "Thứ hạng qua các năm - " + name);
            detail::add_rank_chart(
                sheet, result.chart, chart_title(r, lines),
                detail::cells(index, 0, 1, l.unit_row(lines - 1), static_cast<sal_Int32>(l.years)),
                worst_rank(r, lines), css::awt::Rectangle(top.X, top.Y, 22000, 12000));
        });
    return result;
}

} // namespace vnplan::office
