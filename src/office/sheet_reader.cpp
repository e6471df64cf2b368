#include "office/sheet_reader.hpp"

#include "core/common/message.hpp"
#include "office/ustring.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <algorithm>

namespace vnplan::office {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

Cell to_cell(const Any& value) {
    double number = 0;
    rtl::OUString text;
    if (value >>= number) return Cell::of(number);
    if (value >>= text) return text.isEmpty() ? Cell{} : Cell::of(to_utf8(text));
    return value.hasValue() ? Cell::error() : Cell{};
}

// Marks the cells whose formula result is an error (getDataArray cannot carry them).
void mark_errors(const Reference<css::table::XCellRange>& range, Grid& grid) {
    Reference<css::sheet::XCellRangesQuery> query(range, UNO_QUERY);
    if (!query.is()) return;
    Reference<css::sheet::XSheetCellRanges> errors =
        query->queryFormulaCells(css::sheet::FormulaResult::ERROR);
    if (!errors.is()) return;
    for (const css::table::CellRangeAddress& a : errors->getRangeAddresses())
        for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
            for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c) {
                const auto row = static_cast<std::size_t>(r - grid.first_row);
                const auto column = static_cast<std::size_t>(c - grid.first_column);
                if (row < grid.height() && column < grid.width())
                    grid.rows[row][column] = Cell::error();
            }
}

} // namespace

Grid read_grid(const Reference<css::table::XCellRange>& range) {
    Grid grid;
    Reference<css::sheet::XCellRangeAddressable> addressable(range, UNO_QUERY_THROW);
    const css::table::CellRangeAddress address = addressable->getRangeAddress();
    grid.first_column = address.StartColumn;
    grid.first_row = address.StartRow;
    const auto width = static_cast<std::size_t>(address.EndColumn - address.StartColumn + 1);
    const auto height = static_cast<std::size_t>(address.EndRow - address.StartRow + 1);
    if (width * height > max_cells)
        throw InputError({"Vùng quá lớn (" + std::to_string(width * height) +
                              " ô); hãy chọn đúng vùng của bảng.",
                          "The range is too large (" + std::to_string(width * height) +
                              " cells); select the table itself."});

    Reference<css::sheet::XCellRangeData> data(range, UNO_QUERY_THROW);
    const Sequence<Sequence<Any>> rows = data->getDataArray();
    grid.rows.assign(height, std::vector<Cell>(width));
    for (sal_Int32 r = 0; r < rows.getLength() && static_cast<std::size_t>(r) < height; ++r)
        for (sal_Int32 c = 0; c < rows[r].getLength() && static_cast<std::size_t>(c) < width; ++c)
            grid.rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] =
                to_cell(rows[r][c]);
    mark_errors(range, grid);
    return grid;
}

Reference<css::table::XCellRange> clip_to_used_area(const Reference<css::sheet::XSpreadsheet>& sheet,
                                                   const Reference<css::table::XCellRange>& range) {
    const auto used = Reference<css::sheet::XCellRangeAddressable>(used_range(sheet), UNO_QUERY_THROW)
                          ->getRangeAddress();
    const auto wanted =
        Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    const sal_Int32 left = std::max(used.StartColumn, wanted.StartColumn);
    const sal_Int32 top = std::max(used.StartRow, wanted.StartRow);
    const sal_Int32 right = std::min(used.EndColumn, wanted.EndColumn);
    const sal_Int32 bottom = std::min(used.EndRow, wanted.EndRow);
    if (left > right || top > bottom) return nullptr;
    return sheet->getCellRangeByPosition(left, top, right, bottom);
}

Reference<css::table::XCellRange> used_range(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    return Reference<css::table::XCellRange>(cursor, UNO_QUERY_THROW);
}

Reference<css::sheet::XSpreadsheet>
sheet_named(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name) {
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const rtl::OUString key = to_ou(name);
    if (!sheets->hasByName(key)) return nullptr;
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(key), UNO_QUERY);
}

} // namespace vnplan::office
