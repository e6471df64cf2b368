// "Xếp hạng chỉ số" over several years: reading each year's scores from a workbook (a table
// with a year column, or one sheet per year) and writing the result sheet: ranks per year,
// changes, the points the chosen unit lost against the best unit, and a line chart of ranks.
// The logic is the core's (core/indices/years.hpp); this only reads and writes.
#pragma once

#include "core/common/message.hpp"
#include "core/indices/years.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <string>
#include <vector>

namespace vnplan::office {

namespace css = com::sun::star;

struct YearsFound {
    std::vector<indices::YearSheet> years; // fewer than two: no ranking over the years
    std::vector<Message> skipped;          // sheets named with a year that hold no score table
    Message reading; // "Đã đọc 3 năm: 2022 (trang "2022", 4 đơn vị), ..."
};

// The years around `selection`: the table around it when it has a year column, else the
// sheets whose names hold a year and, without the year, the name of the selection's sheet
// ("PAR INDEX 2022", "PAR INDEX 2023"; any sheet named with a year when the selection's sheet
// has none). Each sheet's used area is read like the dialog's prefill. InputError when the
// year column's table cannot be read.
YearsFound find_years(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const css::uno::Reference<css::table::XCellRange>& selection);

// The same for a whole workbook (vnplan rank): `sheet` ("" = any) plays the selection's part;
// without it, the first sheet with a year column, else every sheet named with a year.
YearsFound find_years(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const std::string& sheet);

struct YearsRequest {
    std::string result_sheet = "Xếp hạng qua các năm"; // refused when a sheet has it
    std::string unit; // for "điểm bị trừ nhiều nhất"; "" = the last of the latest year
    std::size_t top = 5; // components listed (1 or more)
    indices::SheetOptions options;
};

struct YearsResult {
    std::string sheet;
    indices::YearRanking ranking;
    indices::PointsLost lost;
    std::string chart;
    std::size_t lost_header_row = 0; // 0-based row of the "điểm bị trừ" table's header
};

// Ranks every year (core), then inserts the result sheet with its table, the points lost and
// the line chart (at most 20 lines: the first units by the latest rank, the title says so)
// as one undo step ("Xếp hạng qua các năm"); all input errors are raised before
// the document is touched, a failure while writing removes the half-written sheet.
YearsResult write_years(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                        const std::vector<indices::YearSheet>& years, const YearsRequest& request);

} // namespace vnplan::office
