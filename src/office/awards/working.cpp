// The allocation dialog's comparison and its "write the working" action: the core's tables
// (core/awards/apportion_report, apportion_compare) on a new sheet in one undo step.
#include "office/awards/actions.hpp"

#include "core/awards/apportion_report.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <utility>

namespace vnplan::office {

namespace {

// The report, a blank row, then the comparison, each under a bold title; one width.
struct Stacked {
    Grid grid;
    std::size_t report_header = 1, compare_title = 0;
};

Stacked stack(const Grid& report, const Grid& comparison, const std::string& method, Lang lang) {
    Stacked out;
    const std::size_t width = std::max(report.width(), comparison.width());
    auto title = [&](const std::string& text) {
        std::vector<Cell> row(width);
        row[0] = Cell::of(text);
        out.grid.rows.push_back(std::move(row));
    };
    auto append = [&](const Grid& part) {
        for (const auto& row : part.rows) {
            std::vector<Cell> wide(row);
            wide.resize(width);
            out.grid.rows.push_back(std::move(wide));
        }
    };
    title((lang == Lang::vi ? "Cách tính phân bổ theo phương pháp " : "Allocation working, ") +
          method);
    append(report);
    out.grid.rows.emplace_back(width);
    out.compare_title = out.grid.height();
    title(lang == Lang::vi ? "So sánh các phương pháp phân bổ" : "The allocation methods compared");
    append(comparison);
    return out;
}

std::string free_sheet_name(const Reference<css::sheet::XSpreadsheetDocument>& document,
                            const std::string& base) {
    auto sheets = document->getSheets();
    std::string name = base;
    for (int i = 2; sheets->hasByName(to_ou(name)); ++i)
        name = base + " (" + std::to_string(i) + ")";
    return name;
}

// The document's "0.00", with its locale's separators: divisors and indices have long tails.
sal_Int32 two_decimals(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    auto formats =
        Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats();
    css::lang::Locale locale;
    props(document)->getPropertyValue("CharLocale") >>= locale;
    const rtl::OUString code = formats->generateFormat(0, locale, true, false, 2, 1);
    const sal_Int32 found = formats->queryKey(code, locale, false);
    return found >= 0 ? found : formats->addNew(code, locale);
}

} // namespace

awards::MethodComparison compare_request(const AllocationRequest& request) {
    return awards::compare_methods(weights_in(request.weights), request.total, request.minimum,
                                   request.maximum);
}

std::vector<std::string> unit_labels(const Reference<css::table::XCellRange>& weights) {
    const auto a =
        Reference<css::sheet::XCellRangeAddressable>(weights, UNO_QUERY_THROW)->getRangeAddress();
    const bool column = a.StartColumn == a.EndColumn;
    const sal_Int32 count = column ? a.EndRow - a.StartRow + 1 : a.EndColumn - a.StartColumn + 1;
    Grid names;
    auto sheet = Reference<css::sheet::XSheetCellRange>(weights, UNO_QUERY_THROW)->getSpreadsheet();
    if (column && a.StartColumn > 0)
        names = read_grid(sheet->getCellRangeByPosition(a.StartColumn - 1, a.StartRow,
                                                        a.StartColumn - 1, a.EndRow));
    else if (!column && a.StartRow > 0)
        names = read_grid(sheet->getCellRangeByPosition(a.StartColumn, a.StartRow - 1, a.EndColumn,
                                                        a.StartRow - 1));
    std::vector<std::string> labels;
    for (sal_Int32 k = 0; k < count; ++k) {
        std::string label = column ? a1_address(a.StartColumn, a.StartRow + k)
                                   : a1_address(a.StartColumn + k, a.StartRow);
        const auto i = static_cast<std::size_t>(k);
        const Cell* name = names.height() == 0 ? nullptr
                           : column            ? &names.at(i, 0)
                                               : &names.at(0, i);
        if (name && name->is_text()) label += " " + name->text;
        labels.push_back(std::move(label));
    }
    return labels;
}

std::string write_working(const Reference<css::sheet::XSpreadsheetDocument>& document,
                          const AllocationRequest& request, Lang lang) {
    const auto weights = weights_in(request.weights);
    const auto method = awards::parse_allocation_method(request.method);
    const Stacked sheet_data =
        stack(awards::allocation_report_table(awards::explain_allocation(weights, request.total,
                                                                         method, request.minimum,
                                                                         request.maximum),
                                              lang),
              awards::comparison_table(
                  awards::compare_methods(weights, request.total, request.minimum, request.maximum),
                  lang),
              awards::display_name(method).in(lang), lang);
    const Grid& grid = sheet_data.grid;
    const std::string name =
        free_sheet_name(document, lang == Lang::vi ? "Cách tính phân bổ" : "Allocation working");
    const auto last = [](std::size_t v) { return static_cast<sal_Int32>(v); };
    // Bulk-written into a sheet it creates: undoing the insertion removes it whole (a bulk
    // write into existing cells would not undo, docs/office-notes.md).
    fill_new_sheet(
        document, name, "Cách tính phân bổ",
        [&](const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16) {
            auto range = [&](std::size_t c0, std::size_t r0, std::size_t c1, std::size_t r1) {
                return sheet->getCellRangeByPosition(last(c0), last(r0), last(c1), last(r1));
            };
            Reference<css::sheet::XCellRangeData>(range(0, 0, grid.width() - 1, grid.height() - 1),
                                                  UNO_QUERY_THROW)
                ->setDataArray(data_array(grid));
            // Two decimals: the report's values, standard divisor and divisor interval, and the
            // comparison's two indices (its last two rows).
            const Any decimals(two_decimals(document));
            const std::size_t units = weights.size(), end = grid.height() - 1;
            props(range(6, 2, 6, units + 1))->setPropertyValue("NumberFormat", decimals);
            props(range(1, units + 4, 2, units + 5))->setPropertyValue("NumberFormat", decimals);
            props(range(3, end - 1, grid.width() - 1, end))
                ->setPropertyValue("NumberFormat", decimals);
            props(range(0, 0, grid.width() - 1, end))
                ->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::CENTER));
            for (std::size_t row : {std::size_t{0}, sheet_data.report_header,
                                    sheet_data.compare_title, sheet_data.compare_title + 1})
                props(range(0, row, grid.width() - 1, row))
                    ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            // Columns fit their contents up to 5 cm; longer texts (ties, labels) wrap.
            Reference<css::table::XColumnRowRange> layout(sheet, UNO_QUERY_THROW);
            auto columns = layout->getColumns();
            for (std::size_t c = 0; c < grid.width(); ++c) {
                auto column = props(columns->getByIndex(last(c)));
                column->setPropertyValue("OptimalWidth", Any(true));
                sal_Int32 width = 0;
                column->getPropertyValue("Width") >>= width;
                if (width > 5000) column->setPropertyValue("Width", Any(sal_Int32(5000)));
            }
            for (const auto& [top, bottom] :
                 {std::pair{sheet_data.report_header, sheet_data.compare_title - 2},
                  std::pair{sheet_data.compare_title + 1, grid.height() - 1}})
                props(range(0, top, grid.width() - 1, bottom))
                    ->setPropertyValue("IsTextWrapped", Any(true));
        });
    return name;
}

} // namespace vnplan::office
