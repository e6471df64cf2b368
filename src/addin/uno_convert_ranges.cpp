// Cell range arguments: read through the office layer's sheet reader.
#include "addin/uno_convert.hpp"

#include "office/common/sheet_reader.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>

#include <algorithm>

namespace vnplan::addin {

namespace css = com::sun::star;

namespace {

void require(const CellRange& range) {
    if (!range.is()) throw InputError({"Cần một vùng ô.", "A cell range is required."});
}

css::table::CellRangeAddress address_of(const CellRange& range) {
    return uno::Reference<css::sheet::XCellRangeAddressable>(range, uno::UNO_QUERY_THROW)
        ->getRangeAddress();
}

Rows data_of(const CellRange& range) {
    return uno::Reference<css::sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->getDataArray();
}

constexpr sal_Int64 small = 65536; // cells: read as given, with no extra call

bool is_small(const css::table::CellRangeAddress& a) {
    return sal_Int64(a.EndRow - a.StartRow + 1) * (a.EndColumn - a.StartColumn + 1) <= small;
}

uno::Reference<css::sheet::XSpreadsheet> sheet_of(const CellRange& range) {
    return uno::Reference<css::sheet::XSheetCellRange>(range, uno::UNO_QUERY_THROW)
        ->getSpreadsheet();
}

} // namespace

// A big range (a whole column A:A) is read only where the sheet has data: reading all of it
// built a grid of a million blank rows and took about a second per call.
CellRange table_range(const CellRange& range) {
    require(range);
    if (is_small(address_of(range))) return range;
    return office::clip_to_used_area(sheet_of(range), range);
}

Grid table_of(const CellRange& range, office::GridParts parts) {
    const CellRange read = table_range(range);
    return read.is() ? office::read_grid(read, parts) : Grid{};
}

// Called once per row when INDEXRANK is filled down: small ranges are read as given, with no
// extra call. Only the end is cut (office::clip_to_used_area also cuts the start), so that
// INDEXRANKS keeps one result row per row asked for. Error cells come back void.
Rows values_of(const CellRange& range) {
    require(range);
    const css::table::CellRangeAddress asked = address_of(range);
    if (is_small(asked)) return data_of(range);
    const uno::Reference<css::sheet::XSpreadsheet> sheet = sheet_of(range);
    const css::table::CellRangeAddress used = address_of(office::used_range(sheet));
    const sal_Int32 end_row = std::min(asked.EndRow, used.EndRow);
    const sal_Int32 end_column = std::min(asked.EndColumn, used.EndColumn);
    if (end_row < asked.StartRow || end_column < asked.StartColumn) return {};
    return data_of(
        sheet->getCellRangeByPosition(asked.StartColumn, asked.StartRow, end_column, end_row));
}

} // namespace vnplan::addin
