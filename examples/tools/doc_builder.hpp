// What the example builders (examples/tools) and the benchmarks (bench/) share to build a Calc
// document through UNO: the common names, a grid's values for setDataArray, writing them.
#pragma once

#include "core/common/grid.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <exception>
#include <iostream>

namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using vnplan::office::props;
using vnplan::office::to_ou;

namespace vnplan::tools {

// The sheet at `index` (0 for the first).
inline Reference<css::sheet::XSpreadsheet>
sheet_at(const Reference<css::sheet::XSpreadsheetDocument>& document, sal_Int32 index) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
}

// A grid's cells for setDataArray: numbers as numbers, everything else as text. Never void:
// LibreOffice 7.4 crashes on void in setDataArray.
inline Sequence<Sequence<Any>> data_of(const Grid& grid) {
    Sequence<Sequence<Any>> rows(static_cast<sal_Int32>(grid.height()));
    for (std::size_t r = 0; r < grid.height(); ++r) {
        Sequence<Any> values(static_cast<sal_Int32>(grid.width()));
        for (std::size_t c = 0; c < grid.width(); ++c) {
            const Cell& cell = grid.at(r, c);
            if (cell.is_number())
                values[static_cast<sal_Int32>(c)] <<= cell.number;
            else
                values[static_cast<sal_Int32>(c)] <<= to_ou(cell.text);
        }
        rows[static_cast<sal_Int32>(r)] = values;
    }
    return rows;
}

// Writes `rows` (all as wide as the first) with their top left cell at (column, row).
inline void put_data(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column,
                     sal_Int32 row, const Sequence<Sequence<Any>>& rows) {
    auto range = sheet->getCellRangeByPosition(column, row, column + rows[0].getLength() - 1,
                                               row + rows.getLength() - 1);
    Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->setDataArray(rows);
}

// A tool's main: runs `body` (which returns the exit code); a UNO or C++ exception is
// printed after "<tool>: " and exits with 1.
template <typename Body> int run_tool(const char* tool, Body&& body) {
    try {
        return body();
    } catch (const css::uno::Exception& e) {
        std::cerr << tool << ": " << office::to_utf8(e.Message) << '\n';
    } catch (const std::exception& e) {
        std::cerr << tool << ": " << e.what() << '\n';
    }
    return 1;
}

} // namespace vnplan::tools
