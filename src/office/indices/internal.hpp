// Internal to the "Xếp hạng chỉ số" actions (index_*.cpp): the computed ranking with the raw
// input it came from, and the chart drawing. Not part of the office layer's API.
#pragma once

#include "office/indices/actions.hpp"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>

#include <functional>
#include <string>

namespace vnplan::office::detail {

struct Computed {
    ScoreInput input;         // as typed (unweighted)
    RankingResult result;     // totals and maxima weighted
    double maximum_total = 0; // sum of the (weighted) maxima, exact as a typed double
};

// Everything write_ranking checks and computes before it touches the document.
Computed compute(const RankingRequest& request);

struct ChartPlan {
    std::string name;
    std::string title;
    bool radar;                              // false: columns
    css::table::CellRangeAddress categories; // header cell + one cell per category
    css::table::CellRangeAddress values;     // same rows, header cell + values
    css::awt::Rectangle where;               // 1/100 mm on the sheet's draw page
};

// Adds a chart of percentages (axis 0..100) named plan.name to `sheet`.
void add_chart(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const ChartPlan& plan);

// A line chart of ranks over the years named `name`: `data` has the years in its first row
// (the categories) and one unit per row below, its name in the first column; rank 1 on top
// (the value axis reversed, from 1 to `worst`, a step of 1), the years below.
void add_rank_chart(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                    const std::string& name, const std::string& title,
                    const css::table::CellRangeAddress& data, double worst,
                    const css::awt::Rectangle& where);

// Number formats in the document's own locale (decimal comma for a Vietnamese document).
class Formats {
public:
    explicit Formats(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    sal_Int32 decimals(int places);
    sal_Int32 signed_integer() { return key("+0;-0;0"); }

private:
    sal_Int32 key(const rtl::OUString& code);
    css::uno::Reference<css::util::XNumberFormats> formats_;
    css::lang::Locale locale_;
};

// Bold, centred, wrapped, light blue: the header cells of a result table.
void header_style(const css::uno::Reference<css::table::XCellRange>& range);

// `base`, or "base (2)", ...: chart names are unique in the whole document.
std::string unique_chart_name(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                              const std::string& base);

// InputError when `name` cannot name a new sheet of `document` (invalid, or taken).
void check_new_sheet_name(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                          const std::string& name);

// The block of filled cells around `selection` (Calc's current region, cut to the used
// area). InputError when it is empty.
css::uno::Reference<css::table::XCellRange>
table_around(const css::uno::Reference<css::table::XCellRange>& selection);

// The cells of one column (or up to `last_column`) from `first_row` to `last_row`.
css::table::CellRangeAddress cells(sal_Int16 sheet, sal_Int32 column, sal_Int32 first_row,
                                   sal_Int32 last_row, sal_Int32 last_column = -1);

} // namespace vnplan::office::detail
