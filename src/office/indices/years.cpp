// "Xếp hạng qua các năm": finding each year's scores in a workbook. The core splits a table
// with a year column and reads each year's table; this file only picks the ranges and sheets.
#include "office/indices/years.hpp"

#include "office/common/sheet_reader.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/internal.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>

#include <optional>

namespace vnplan::office {

namespace {

using Sheet = Reference<css::sheet::XSpreadsheet>;

std::string name_of(const Sheet& sheet) {
    return to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
}

std::string quoted(const std::string& name) {
    return "\"" + name + "\"";
}

std::vector<Sheet> all_sheets(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::vector<Sheet> out;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        out.emplace_back(sheets->getByIndex(i), UNO_QUERY_THROW);
    return out;
}

// The years of the table with a year column in `range` (none when it has no year column).
std::vector<indices::YearSheet> column_years(const Reference<css::table::XCellRange>& range,
                                             const Sheet& sheet) {
    if (!range.is()) return {};
    return indices::year_sheets(read_grid(range), quoted(name_of(sheet)));
}

// One table per sheet named with a year (and `stem` without it, when given).
YearsFound sheet_years(const Reference<css::sheet::XSpreadsheetDocument>& document,
                       const std::optional<std::string>& stem) {
    YearsFound found;
    for (const Sheet& sheet : all_sheets(document)) {
        const std::string name = name_of(sheet);
        const auto year = indices::year_of_name(name);
        if (!year || (stem && indices::name_without_year(name) != *stem)) continue;
        try {
            const auto used = used_range(sheet);
            if (!used.is()) throw InputError({"trang tính trống.", "the sheet is empty."});
            found.years.push_back(indices::year_sheet(*year, read_grid(used), quoted(name)));
        } catch (const InputError& e) {
            found.skipped.push_back({"Bỏ qua trang \"" + name + "\": " + e.message().vi,
                                     "Skipped the sheet \"" + name + "\": " + e.message().en});
        }
    }
    return found;
}

YearsFound with_reading(YearsFound found) {
    if (!found.years.empty()) found.reading = indices::describe_years(found.years);
    return found;
}

std::optional<std::string> stem_of(const std::string& sheet_name) {
    if (!indices::year_of_name(sheet_name)) return std::nullopt;
    return indices::name_without_year(sheet_name);
}

} // namespace

YearsFound find_years(const Reference<css::sheet::XSpreadsheetDocument>& document,
                      const Reference<css::table::XCellRange>& selection) {
    const Sheet sheet =
        Reference<css::sheet::XSheetCellRange>(selection, UNO_QUERY_THROW)->getSpreadsheet();
    YearsFound found;
    found.years = column_years(detail::table_around(selection), sheet);
    // A blank row between the years ends Calc's current region: then the whole sheet.
    if (found.years.size() < 2) found.years = column_years(used_range(sheet), sheet);
    if (found.years.size() >= 2) return with_reading(found);
    return with_reading(sheet_years(document, stem_of(name_of(sheet))));
}

YearsFound find_years(const Reference<css::sheet::XSpreadsheetDocument>& document,
                      const std::string& sheet_name) {
    if (!sheet_name.empty()) {
        const Sheet sheet = sheet_named(document, sheet_name);
        if (!sheet.is())
            throw InputError({"Không có trang tính \"" + sheet_name + "\".",
                              "There is no sheet \"" + sheet_name + "\"."});
        YearsFound found;
        found.years = column_years(used_range(sheet), sheet);
        if (found.years.size() >= 2) return with_reading(found);
        if (const auto stem = stem_of(sheet_name)) return with_reading(sheet_years(document, stem));
        return {};
    }
    for (const Sheet& sheet : all_sheets(document)) {
        YearsFound found;
        found.years = column_years(used_range(sheet), sheet);
        if (found.years.size() >= 2) return with_reading(found);
    }
    return with_reading(sheet_years(document, std::nullopt));
}

} // namespace vnplan::office
