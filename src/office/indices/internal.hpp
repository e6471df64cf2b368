// Internal to the "Xếp hạng chỉ số" actions (index_*.cpp): the computed ranking with the raw
// input it came from, and the chart drawing. Not part of the office layer's API.
#pragma once

#include "office/indices/actions.hpp"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

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

} // namespace vnplan::office::detail
