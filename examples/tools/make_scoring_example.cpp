// Builds examples/chi-so-bac-son-2022.ods (PAR INDEX and DDCI score sheets modelled on seed
// 004) from examples/data/chi-so-*.tsv through a headless LibreOffice.
// Run: vnplan_make_scoring_example [DIR] (default: examples).
#include "common/tsv.hpp"
#include "core/common/grid.hpp"
#include "doc_builder.hpp"
#include "office/common/documents.hpp"
#include "office/common/office_process.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <iostream>
#include <vector>

namespace {

void put(const Reference<css::sheet::XSpreadsheet>& sheet, const vnplan::Grid& grid) {
    vnplan::tools::put_data(sheet, 0, 0, vnplan::tools::data_of(grid));
}

sal_Int32 two_decimals(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    auto formats =
        Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats();
    css::lang::Locale locale;
    props(document)->getPropertyValue("CharLocale") >>= locale;
    return Reference<css::util::XNumberFormatTypes>(formats, UNO_QUERY_THROW)
        ->getFormatIndex(css::i18n::NumberFormatIndex::NUMBER_DEC2, locale);
}

// One score sheet: title (row 1), note (row 2), a blank row, then the table whose header is
// row 4, followed by rows of maxima/weights (first cell empty) and the units.
void score_sheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                 const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& name,
                 const vnplan::Grid& data, int first_score_column,
                 const std::vector<sal_Int32>& widths) {
    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName(to_ou(name));
    put(sheet, data);
    const int width = static_cast<int>(data.width());
    const int height = static_cast<int>(data.height());
    const int header = 3;
    auto all = sheet->getCellRangeByPosition(0, 0, width - 1, height - 1);
    props(all)->setPropertyValue("CharFontName", Any(to_ou("Times New Roman")));
    props(all)->setPropertyValue("CharHeight", Any(12.0f));
    props(all)->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::CENTER));

    for (int row : {0, 1}) {
        auto line = sheet->getCellRangeByPosition(0, row, width - 1, row);
        Reference<css::util::XMergeable>(line, UNO_QUERY_THROW)->merge(true);
        props(line)->setPropertyValue("IsTextWrapped", Any(true));
    }
    props(sheet->getCellRangeByPosition(0, 0, 0, 0))
        ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    props(sheet->getCellRangeByPosition(0, 0, 0, 0))
        ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    props(sheet->getCellRangeByPosition(0, 1, 0, 1))
        ->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));

    auto head = sheet->getCellRangeByPosition(0, header, width - 1, header);
    props(head)->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    props(head)->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    props(head)->setPropertyValue("IsTextWrapped", Any(true));
    props(head)->setPropertyValue("CellBackColor", Any(sal_Int32(0xDDEBF7)));
    // Rows of maxima and weights: italic, like a second header, numbers as typed.
    int first_unit = header + 1;
    for (; first_unit < height && data.at(static_cast<std::size_t>(first_unit), 0).is_empty();
         ++first_unit)
        props(sheet->getCellRangeByPosition(0, first_unit, width - 1, first_unit))
            ->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
    vnplan::office::set_grid_borders(
        sheet->getCellRangeByPosition(0, header, width - 1, height - 1));
    // Scores with two decimals, as the notices quote them ("6,90").
    auto scores =
        sheet->getCellRangeByPosition(first_score_column, first_unit, width - 2, height - 1);
    props(scores)->setPropertyValue("NumberFormat", Any(two_decimals(document)));
    props(sheet->getCellRangeByPosition(0, header + 1, 0, height - 1))
        ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    props(sheet->getCellRangeByPosition(width - 1, header + 1, width - 1, height - 1))
        ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));

    Reference<css::table::XColumnRowRange> columns(sheet, UNO_QUERY_THROW);
    for (std::size_t c = 0; c < widths.size(); ++c)
        props(Reference<css::uno::XInterface>(
                  columns->getColumns()->getByIndex(static_cast<sal_Int32>(c)), UNO_QUERY_THROW))
            ->setPropertyValue("Width", Any(widths[c]));
    props(Reference<css::uno::XInterface>(columns->getRows()->getByIndex(1), UNO_QUERY_THROW))
        ->setPropertyValue("Height", Any(sal_Int32(1500)));
    props(Reference<css::uno::XInterface>(columns->getRows()->getByIndex(header), UNO_QUERY_THROW))
        ->setPropertyValue("OptimalHeight", Any(true));
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path out = argc > 1 ? argv[1] : "examples";
    return vnplan::tools::run_tool("make_scoring_example", [&]() -> int {
        auto office = vnplan::office::OfficeProcess::start();
        auto doc = vnplan::office::new_document(office->desktop(), "scalc");
        Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc, UNO_QUERY_THROW);
        auto sheets = spreadsheet->getSheets();
        sheets->insertNewByName(to_ou("DDCI"), 1);
        // Column widths in 1/100 mm: STT, unit, [group,] the components, last year's rank.
        std::vector<sal_Int32> par{1200, 4200};
        par.insert(par.end(), 9, 2600);
        par.push_back(2400);
        score_sheet(
            spreadsheet, vnplan::tools::sheet_at(spreadsheet, 0), "PAR INDEX",
            vnplan::test::grid_from_file(vnplan::test::example_path("chi-so-par-index-2022.tsv")),
            2, par);
        std::vector<sal_Int32> ddci{1200, 6500, 3200};
        ddci.insert(ddci.end(), 8, 2600);
        ddci.push_back(2600);
        score_sheet(
            spreadsheet, vnplan::tools::sheet_at(spreadsheet, 1), "DDCI",
            vnplan::test::grid_from_file(vnplan::test::example_path("chi-so-ddci-2022.tsv")), 3,
            ddci);
        const auto file = out / "chi-so-bac-son-2022.ods";
        vnplan::office::store_document(doc, file, "calc8", true);
        vnplan::office::close_document(doc);
        std::cout << "wrote " << file.string() << '\n';
        return 0;
    });
}
