#include "cli/verify_tables.hpp"

#include "office/common/scoped_timer.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <optional>

namespace vnplan::cli {

namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

// Verifies one range; none when it holds no award table (no item rows or no count column).
std::optional<awards::Verification> try_verify(const Grid& grid) {
    try {
        awards::Verification v = awards::verify(grid);
        if (v.layout.count_columns.empty()) return std::nullopt;
        return v;
    } catch (const InputError&) {
        return std::nullopt;
    }
}

// The cells of `sheet` to look at: the chosen range or the used area; nullptr when empty.
Reference<css::table::XCellRange> cells_to_read(const Reference<css::sheet::XSpreadsheet>& sheet,
                                                const std::string& range) {
    if (range.empty()) return office::used_range(sheet);
    try {
        return office::clip_to_used_area(sheet, sheet->getCellRangeByName(office::to_ou(range)));
    } catch (const css::uno::RuntimeException&) {
        throw InputError(
            {"Vùng \"" + range + "\" không hợp lệ.", "The range \"" + range + "\" is not valid."});
    }
}

Grid read_timed(const Reference<css::table::XCellRange>& cells) {
    const office::ScopedTimer reading("read grid", 1);
    return office::read_grid(cells);
}

} // namespace

std::vector<FoundTable> find_tables(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                    const TableChoice& choice) {
    std::vector<FoundTable> out;
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const std::string name =
            office::to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (!choice.sheet.empty() && name != choice.sheet) continue;
        const Reference<css::table::XCellRange> cells = cells_to_read(sheet, choice.range);
        if (!cells.is()) continue;
        Grid grid = read_timed(cells);
        const office::ScopedTimer verifying("verify", 1);
        if (auto v = try_verify(grid)) {
            out.push_back({name, std::move(grid), std::move(*v)});
            if (!choice.all) break;
        }
    }
    return out;
}

} // namespace vnplan::cli
