#include "office/awards/actions.hpp"

#include "core/awards/allocation_inputs.hpp"

#include "office/common/sheet_reader.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/table/CellAddress.hpp>

namespace vnplan::office {

namespace {

css::table::CellRangeAddress address_of(const Reference<css::table::XCellRange>& range) {
    return Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
}

} // namespace

CheckedTable check_table_around(const Reference<css::table::XCellRange>& selection) {
    Reference<css::sheet::XSheetCellRange> sheet_range(selection, UNO_QUERY_THROW);
    CheckedTable result;
    result.sheet = sheet_range->getSpreadsheet();
    Reference<css::table::XCellRange> range = selection;
    const auto selected = address_of(selection);
    if (selected.EndRow == selected.StartRow) {
        // The table's columns are the block around the cell; its rows are every used row of
        // the sheet: a blank row between sections must not cut the table in two (the reader
        // leaves title and signature blocks out itself).
        auto cursor = result.sheet->createCursorByRange(sheet_range);
        cursor->collapseToCurrentRegion();
        const auto block = address_of(Reference<css::table::XCellRange>(cursor, UNO_QUERY_THROW));
        const auto used = address_of(used_range(result.sheet));
        range = result.sheet->getCellRangeByPosition(block.StartColumn, used.StartRow,
                                                     block.EndColumn, used.EndRow);
    }
    range = clip_to_used_area(result.sheet, range);
    if (!range.is())
        throw InputError({"Vùng chọn không có dữ liệu; hãy chọn một ô trong bảng khen thưởng.",
                          "The selection is empty; select a cell of the award table."});
    result.grid = read_grid(range);
    result.verification = awards::verify(result.grid);
    if (result.verification.layout.count_columns.empty())
        throw InputError({"Vùng chọn không phải bảng khen thưởng (không thấy cột số lượng).",
                          "The selection is not an award table (no count column)."});
    return result;
}

std::vector<std::string> check_lines(const CheckedTable& table, Lang lang) {
    std::vector<std::string> lines = awards::report_lines(table.verification, lang);
    for (std::string& line : awards::reading_lines(table.grid, table.verification, lang))
        lines.push_back(std::move(line));
    return lines;
}

std::size_t mark_findings(const Reference<css::sheet::XSpreadsheetDocument>& document,
                          const CheckedTable& table, Lang lang) {
    auto annotations =
        Reference<css::sheet::XSheetAnnotationsSupplier>(table.sheet, UNO_QUERY_THROW)
            ->getAnnotations();
    std::size_t marked = 0;
    const std::string title = lang == Lang::vi ? "Đánh dấu bảng khen thưởng" : "Mark award table";
    as_one_undo_step(document, title, [&] {
        auto mark = [&](const awards::Finding& f, sal_Int32 colour) {
            const sal_Int32 column = table.grid.first_column + static_cast<sal_Int32>(f.column);
            const sal_Int32 row = table.grid.first_row + static_cast<sal_Int32>(f.row);
            css::table::CellAddress where;
            where.Sheet =
                address_of(table.sheet->getCellRangeByPosition(column, row, column, row)).Sheet;
            where.Column = column;
            where.Row = row;
            annotations->insertNew(where, to_ou(f.message.in(lang)));
            props(table.sheet->getCellByPosition(column, row))
                ->setPropertyValue("CellBackColor", Any(colour));
            ++marked;
        };
        for (const auto& f : table.verification.errors)
            mark(f, 0xFFC7CE); // light red
        for (const auto& f : table.verification.warnings)
            mark(f, 0xFFEB9C); // light yellow
    });
    return marked;
}

std::vector<double> weights_in(const Reference<css::table::XCellRange>& range) {
    const Grid grid = read_grid(range);
    if (grid.width() != 1 && grid.height() != 1)
        throw InputError({"Trọng số phải nằm trên một cột hoặc một hàng.",
                          "The weights must be one column or one row."});
    return awards::weights_from(grid);
}

awards::Allocation allocate_into(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                 const AllocationRequest& request, bool overwrite) {
    const auto weights = weights_in(request.weights);
    awards::Allocation result =
        awards::allocate(weights, request.total, request.method, request.minimum, request.maximum);
    Reference<css::sheet::XSheetCellRange> output(request.output, UNO_QUERY_THROW);
    const auto start = address_of(request.output);
    auto target = output->getSpreadsheet()->getCellRangeByPosition(
        start.StartColumn, start.StartRow, start.StartColumn,
        start.StartRow + static_cast<sal_Int32>(result.seats.size()) - 1);
    if (!overwrite) {
        const Grid existing = read_grid(target);
        for (const auto& row : existing.rows)
            if (!row[0].is_empty())
                throw InputError({"Cột kết quả đã có dữ liệu; chọn cột trống hoặc cho phép ghi đè.",
                                  "The output column is not empty; choose an empty column or "
                                  "allow overwriting."});
    }
    // Cell by cell on purpose: Calc 7.4 cannot undo setDataArray/setFormulaArray into empty
    // cells (the values stay), while single-cell writes undo correctly.
    as_one_undo_step(document, "Phân bổ chỉ tiêu", [&] {
        for (std::size_t i = 0; i < result.seats.size(); ++i)
            target->getCellByPosition(0, static_cast<sal_Int32>(i))
                ->setValue(static_cast<double>(result.seats[i]));
    });
    return result;
}

} // namespace vnplan::office
