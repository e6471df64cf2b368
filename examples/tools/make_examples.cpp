// Builds the example workbooks of examples/ from the data in examples/data/ through a
// headless LibreOffice, laid out as the original documents (run: vnplan_make_examples DIR).
#include "common/tsv.hpp"
#include "core/common/grid.hpp"
#include "doc_builder.hpp"
#include "office/common/documents.hpp"
#include "office/common/office_process.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"
#include "plan_workbooks.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <iostream>

namespace {

void put(const Reference<css::sheet::XSpreadsheet>& sheet, int column, int row,
         const vnplan::Grid& grid) {
    vnplan::tools::put_data(sheet, column, row, vnplan::tools::data_of(grid));
}

void merge(const Reference<css::sheet::XSpreadsheet>& sheet, const char* range) {
    Reference<css::util::XMergeable>(sheet->getCellRangeByName(to_ou(range)), UNO_QUERY_THROW)
        ->merge(true);
}

void bold(const Reference<css::table::XCellRange>& range) {
    props(range)->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
}

// The appendix "Phân bổ chỉ tiêu khen thưởng" of Kế hoạch 143/KH-UBND.
void award_sheet(const Reference<css::sheet::XSpreadsheet>& sheet, const vnplan::Grid& table) {
    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)
        ->setName(to_ou("Phân bổ khen thưởng"));
    auto all = sheet->getCellRangeByPosition(0, 0, 4, 3 + static_cast<int>(table.height()));
    props(all)->setPropertyValue("CharFontName", Any(to_ou("Times New Roman")));
    props(all)->setPropertyValue("CharHeight", Any(13.0f));
    props(all)->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::CENTER));

    sheet->getCellByPosition(0, 0)->setFormula(
        to_ou("Phân bổ chỉ tiêu khen thưởng theo nội dung Kế hoạch số 143/KH-UBND"));
    sheet->getCellByPosition(0, 1)->setFormula(to_ou("ngày 03/4/2024 của UBND thành phố"));
    for (const char* title : {"A1:E1", "A2:E2"}) {
        merge(sheet, title);
        bold(sheet->getCellRangeByName(to_ou(title)));
        props(sheet->getCellRangeByName(to_ou(title)))
            ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    }

    const int top = 3; // the table starts at A4
    put(sheet, 0, top, table);
    for (const char* header : {"A4:A5", "B4:B5", "C4:D4", "E4:E5"})
        merge(sheet, header);
    auto header = sheet->getCellRangeByName("A4:E5");
    bold(header);
    props(header)->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    props(header)->setPropertyValue("IsTextWrapped", Any(true));

    // Section rows (I., II., ...) and the total row are bold, as in the original.
    for (std::size_t r = 2; r < table.height(); ++r) {
        const auto& first = table.at(r, 0);
        const bool section = first.is_text() && !first.text.empty() &&
                             std::string("IVX").find(first.text[0]) != std::string::npos;
        const bool total = first.is_empty() && table.at(r, 1).is_text();
        if (section || total)
            bold(sheet->getCellRangeByPosition(0, top + static_cast<int>(r), 4,
                                               top + static_cast<int>(r)));
    }
    auto body =
        sheet->getCellRangeByPosition(0, top, 4, top + static_cast<int>(table.height()) - 1);
    vnplan::office::set_grid_borders(body);
    props(sheet->getCellRangeByPosition(0, top + 2, 0, top + static_cast<int>(table.height()) - 1))
        ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    props(sheet->getCellRangeByPosition(2, top + 2, 3, top + static_cast<int>(table.height()) - 1))
        ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    props(sheet->getCellRangeByPosition(1, top + 2, 1, top + static_cast<int>(table.height()) - 1))
        ->setPropertyValue("IsTextWrapped", Any(true));

    Reference<css::table::XColumnRowRange> columns(sheet, UNO_QUERY_THROW);
    const sal_Int32 widths[] = {1500, 9500, 2200, 2200, 2500}; // 1/100 mm
    for (sal_Int32 c = 0; c < 5; ++c)
        props(columns->getColumns()->getByIndex(c))->setPropertyValue("Width", Any(widths[c]));
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path out = argc > 1 ? argv[1] : "examples";
    return vnplan::tools::run_tool("make_examples", [&]() -> int {
        auto office = vnplan::office::OfficeProcess::start();
        auto doc = vnplan::office::new_document(office->desktop(), "scalc");
        Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc, UNO_QUERY_THROW);
        award_sheet(
            vnplan::tools::sheet_at(spreadsheet, 0),
            vnplan::test::grid_from_file(vnplan::test::example_path("award-quota-143.tsv")));
        vnplan::office::store_document(doc, out / "khen-thuong-143.ods", "calc8", true);
        vnplan::office::close_document(doc);
        std::cout << "wrote " << (out / "khen-thuong-143.ods").string() << '\n';
        // The plan workbooks of seeds 000 and 002 (vnplan generate).
        for (const char* name : {"ke-hoach-143", "ke-hoach-3563"}) {
            const auto file = out / (std::string(name) + ".ods");
            make_plan_workbook(office->desktop(), std::string(name) + ".sheets", file);
            std::cout << "wrote " << file.string() << '\n';
        }
        return 0;
    });
}
