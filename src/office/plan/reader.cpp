#include "office/plan/reader.hpp"

#include "core/common/message.hpp"
#include "core/vntext/vntext.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <cmath>
#include <cstdio>

namespace vnplan::office {

namespace {

std::string two(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

// Numbers that Calc formats as dates or times become the text a clerk sees, written the
// Vietnamese way (day first) so that no locale can turn 03/04 into 4 March.
void dates_as_text(const Reference<css::sheet::XSpreadsheetDocument>& document,
                   const Reference<css::table::XCellRange>& range, Grid& grid) {
    Reference<css::sheet::XCellFormatRangesSupplier> supplier(range, UNO_QUERY);
    Reference<css::util::XNumberFormatsSupplier> formats_supplier(document, UNO_QUERY);
    if (!supplier.is() || !formats_supplier.is()) return;
    auto formats = formats_supplier->getNumberFormats();
    vntext::CivilDate null_date;
    css::util::Date nd;
    if (props(document)->getPropertyValue("NullDate") >>= nd)
        null_date = {nd.Year, nd.Month, nd.Day};
    Reference<css::container::XIndexAccess> ranges(supplier->getCellFormatRanges(),
                                                   UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < ranges->getCount(); ++i) {
        Reference<css::beans::XPropertySet> part(ranges->getByIndex(i), UNO_QUERY_THROW);
        sal_Int32 key = 0;
        part->getPropertyValue("NumberFormat") >>= key;
        sal_Int16 type = 0;
        try {
            formats->getByKey(key)->getPropertyValue("Type") >>= type;
        } catch (const css::uno::Exception&) {
            continue;
        }
        const bool date = (type & css::util::NumberFormat::DATE) != 0;
        const bool time = (type & css::util::NumberFormat::TIME) != 0;
        if (!date && !time) continue;
        const auto a =
            Reference<css::sheet::XCellRangeAddressable>(part, UNO_QUERY_THROW)->getRangeAddress();
        for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
            for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c) {
                const auto row = static_cast<std::size_t>(r - grid.first_row);
                const auto column = static_cast<std::size_t>(c - grid.first_column);
                if (row >= grid.height() || column >= grid.width()) continue;
                Cell& cell = grid.rows[row][column];
                if (!cell.is_number()) continue;
                std::string text;
                try {
                    if (date) {
                        const auto d = vntext::date_from_serial(cell.number, null_date);
                        text = two(d.day) + "/" + two(d.month) + "/" + std::to_string(d.year);
                    }
                    if (time) {
                        const double day = cell.number - std::floor(cell.number);
                        const long minutes = std::lround(day * 24 * 60) % (24 * 60);
                        text += (text.empty() ? "" : " ") + two(static_cast<int>(minutes / 60)) +
                                ":" + two(static_cast<int>(minutes % 60));
                    }
                } catch (const InputError&) {
                    continue; // not a date after all: keep the number
                }
                cell = Cell::of(text);
            }
    }
}

Reference<css::sheet::XSpreadsheet>
require_sheet(const Reference<css::sheet::XSpreadsheetDocument>& d, const std::string& name) {
    auto sheet = sheet_named(d, name);
    if (!sheet.is())
        throw InputError(
            {"Không có trang tính \"" + name + "\".", "There is no sheet \"" + name + "\"."});
    return sheet;
}

} // namespace

SheetSource::SheetSource(Reference<css::sheet::XSpreadsheetDocument> document)
    : document_(std::move(document)) {}

std::vector<std::string> SheetSource::sheet_names() const {
    std::vector<std::string> names;
    Reference<css::container::XIndexAccess> sheets(document_->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        names.push_back(to_utf8(
            Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName()));
    return names;
}

Grid SheetSource::sheet(const std::string& name) const {
    auto sheet = require_sheet(document_, name);
    // From A1 to the end of the used area, so that positions are the sheet's own.
    const auto used =
        Reference<css::sheet::XCellRangeAddressable>(used_range(sheet), UNO_QUERY_THROW)
            ->getRangeAddress();
    auto range = sheet->getCellRangeByPosition(0, 0, used.EndColumn, used.EndRow);
    Grid grid = read_grid(range);
    dates_as_text(document_, range, grid);
    return grid;
}

Grid SheetSource::range(const std::string& sheet_name, const std::string& range) const {
    auto sheet = require_sheet(document_, sheet_name);
    Reference<css::table::XCellRange> cells;
    try {
        cells = sheet->getCellRangeByName(to_ou(range));
    } catch (const css::uno::RuntimeException&) {
    }
    if (!cells.is())
        throw InputError(
            {"Vùng \"" + range + "\" của trang \"" + sheet_name + "\" không hợp lệ.",
             "The range \"" + range + "\" of sheet \"" + sheet_name + "\" is not valid."});
    cells = clip_to_used_area(sheet, cells);
    if (!cells.is()) return Grid{};
    Grid grid = read_grid(cells);
    dates_as_text(document_, cells, grid);
    return grid;
}

std::vector<double> SheetSource::column_widths(const std::string& sheet_name, int first,
                                               int count) const {
    std::vector<double> widths;
    auto sheet = require_sheet(document_, sheet_name);
    auto columns = Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns();
    for (int c = first; c < first + count; ++c) {
        sal_Int32 width = 0;
        props(columns->getByIndex(c))->getPropertyValue("Width") >>= width;
        widths.push_back(width);
    }
    return widths;
}

Grid SheetSource::sheet_or_range(const std::string& reference) const {
    for (const auto& name : sheet_names())
        if (name == reference) return sheet(name);
    std::string sheet_name, range_text = reference;
    const auto bang = reference.rfind('!');
    const auto dot = reference.rfind('.');
    if (bang != std::string::npos) {
        sheet_name = reference.substr(0, bang);
        range_text = reference.substr(bang + 1);
    } else if (dot != std::string::npos && reference.find(':', dot) != std::string::npos) {
        sheet_name = reference.substr(0, dot);
        range_text = reference.substr(dot + 1);
    }
    if (!sheet_name.empty() && sheet_name.front() == '$') sheet_name.erase(0, 1);
    if (sheet_name.size() >= 2 && sheet_name.front() == '\'' && sheet_name.back() == '\'')
        sheet_name = sheet_name.substr(1, sheet_name.size() - 2);
    if (sheet_name.empty()) {
        if (range_text.find(':') == std::string::npos)
            throw InputError({"Không có trang tính \"" + reference + "\".",
                              "There is no sheet \"" + reference + "\"."});
        sheet_name = sheet_names().front();
    }
    return range(sheet_name, range_text);
}

} // namespace vnplan::office
