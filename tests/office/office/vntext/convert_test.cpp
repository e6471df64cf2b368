// "Chuyển mã sang Unicode" on a workbook built in the test (legacy_workbook.hpp): exact text,
// fonts replaced, comments and sheet names converted, formulas and numbers untouched, and one
// Undo brings everything back.
#include "office/vntext/convert.hpp"
#include "office/vntext/legacy_workbook.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;
namespace lw = vnplan::test::legacy;

namespace {

Reference<css::sheet::XSpreadsheetDocument> spreadsheet(CalcDocument& doc) {
    return Reference<css::sheet::XSpreadsheetDocument>(doc.component(), UNO_QUERY_THROW);
}

Reference<css::document::XUndoManager> undo_manager(CalcDocument& doc) {
    return Reference<css::document::XUndoManagerSupplier>(doc.component(), UNO_QUERY_THROW)
        ->getUndoManager();
}

void check_legacy(CalcDocument& doc) {
    CHECK(doc.string("A1") == lw::motto_tcvn3_h);
    CHECK(doc.string("A2") == lw::slogan_tcvn3);
    CHECK(doc.string("A3") == lw::motto_vni);
    CHECK(doc.string("A6") == lw::trung_vuong_vni);
    CHECK(doc.string("A9") == lw::motto_tcvn3);
    CHECK(lw::font_of(doc, "A1") == ".VnTimeH");
    CHECK(lw::font_of(doc, "A3") == "VNI-Times");
    CHECK(lw::font_of(doc, "B5") == ".VnTime");
    CHECK(lw::comment_at(doc, "A5") == lw::comment_tcvn3);
    CHECK(lw::sheet_name(doc, 0) == lw::sheet1_tcvn3);
    CHECK(lw::sheet_name(doc, 1) == lw::sheet2_tcvn3);
}

} // namespace

TEST_SUITE("office.vntext") {
    TEST_CASE("the preview counts cells by encoding, comments and sheet names") {
        CalcDocument doc;
        lw::fill(doc);
        const auto counts =
            office::preview_conversion(spreadsheet(doc), office::whole_workbook(spreadsheet(doc)));
        CHECK(counts.cells.tcvn3 == 6);
        CHECK(counts.cells.vni == 4);
        CHECK(counts.cells.unicode == 1);
        CHECK(counts.comments == 1);
        CHECK(counts.sheet_names == 2);
        CHECK(office::describe(counts, Lang::vi) ==
              "TCVN3: 6 ô chữ; VNI: 4 ô chữ; Đã là Unicode (giữ nguyên): 1 ô chữ; Ghi chú: 1, "
              "tên trang: 2; Có ô dùng phông cũ (.Vn*, VNI*): sẽ đổi phông.");
        check_legacy(doc); // a preview changes nothing
    }

    TEST_CASE("the whole workbook is converted exactly, as one undo step") {
        CalcDocument doc;
        lw::fill(doc);
        const auto counts = office::convert_to_unicode(
            spreadsheet(doc), office::whole_workbook(spreadsheet(doc)), "", Lang::vi);
        CHECK(counts.changes() == 13);
        lw::check_unicode(doc);
        CHECK(lw::font_of(doc, "A8") != "Times New Roman");
        CHECK(lw::font_of(doc, "A8") == lw::font_of(doc, "C20"));
        // Converting again finds nothing left.
        CHECK_FALSE(
            office::preview_conversion(spreadsheet(doc), office::whole_workbook(spreadsheet(doc)))
                .any());

        CHECK(undo_manager(doc)->getCurrentUndoActionTitle() ==
              office::to_ou("Chuyển mã sang Unicode"));
        undo_manager(doc)->undo();
        check_legacy(doc);
        CHECK(doc.formula_of("B8") == "=B5+B6");
    }

    TEST_CASE("a selection converts only its cells and comments, in the chosen font") {
        CalcDocument doc;
        lw::fill(doc);
        const std::vector<office::ConvertTarget> selection{
            {doc.sheet(0), doc.sheet(0)->getCellRangeByName("A1:B4")}};
        const auto counts =
            office::convert_to_unicode(spreadsheet(doc), selection, "Liberation Serif", Lang::en);
        CHECK(counts.cells.tcvn3 == 2);
        CHECK(counts.cells.vni == 2);
        CHECK(counts.comments == 0);
        CHECK(counts.sheet_names == 0);
        CHECK(doc.string("A1") == lw::motto_upper);
        CHECK(doc.string("A4") == lw::slogan);
        CHECK(lw::font_of(doc, "A1") == "Liberation Serif");
        CHECK(doc.string("A5") == lw::noi_vu_tcvn3); // outside
        CHECK(lw::font_of(doc, "A5") == ".VnTime");
        CHECK(lw::comment_at(doc, "A5") == lw::comment_tcvn3);
        CHECK(lw::sheet_name(doc, 0) == lw::sheet1_tcvn3);
    }

    TEST_CASE("a protected sheet or a name already taken: told, and nothing half done") {
        CalcDocument doc;
        lw::fill(doc);
        Reference<css::util::XProtectable>(doc.sheet(1), UNO_QUERY_THROW)->protect("");
        CHECK_THROWS_WITH_AS(
            office::convert_to_unicode(spreadsheet(doc), office::whole_workbook(spreadsheet(doc)),
                                       "", Lang::vi),
            doctest::Contains("Sheet \"Danh s\u00B8ch\" is protected"), InputError);
        check_legacy(doc);
        Reference<css::util::XProtectable>(doc.sheet(1), UNO_QUERY_THROW)->unprotect("");
        // Another sheet is already called "Tổng hợp": that name stays, the rest is converted.
        doc.add_sheet(lw::sheet1);
        const auto counts = office::convert_to_unicode(
            spreadsheet(doc), office::whole_workbook(spreadsheet(doc)), "", Lang::en);
        CHECK(counts.sheet_names == 1);
        REQUIRE(counts.notes.size() == 1);
        CHECK(counts.notes[0].en == "Sheet \"" + lw::sheet1_tcvn3 +
                                        "\" not renamed: there is already a sheet \"" + lw::sheet1 +
                                        "\".");
        CHECK(lw::sheet_name(doc, 0) == lw::sheet1_tcvn3);
        CHECK(lw::sheet_name(doc, 1) == lw::sheet2);
        CHECK(doc.string("A2") == lw::slogan);
    }

    TEST_CASE("converted text stays text, even when it looks like a formula") {
        CalcDocument doc;
        doc.text("A1", "=T\u00E6ng c\u00E9ng"); // "=Tổng cộng" in TCVN3, typed as text
        doc.text("A2", lw::noi_vu_tcvn3);
        doc.formula("A3", "=1+1");
        doc.text("A4", lw::bac_son_tcvn3);
        office::props(doc.sheet(0)->getCellRangeByName("A1:A4"))
            ->setPropertyValue("CharFontName", Any(office::to_ou(".VnTime")));
        office::convert_to_unicode(spreadsheet(doc), {{doc.sheet(0), nullptr}}, "", Lang::vi);
        CHECK(doc.string("A1") == "=Tổng cộng");
        CHECK(doc.error("A1") == 0);
        CHECK(doc.string("A2") == lw::noi_vu);
        CHECK(doc.formula_of("A3") == "=1+1");
        CHECK(doc.string("A4") == lw::bac_son);
        undo_manager(doc)->undo();
        CHECK(doc.string("A1") == "=T\u00E6ng c\u00E9ng");
        CHECK(doc.string("A4") == lw::bac_son_tcvn3);
    }

    TEST_CASE("Unicode text left in a legacy font: only the font changes") {
        CalcDocument doc;
        doc.text("A1", lw::noi_vu); // converted before (VNUNICODE), font kept
        office::props(doc.sheet(0)->getCellRangeByName("A1"))
            ->setPropertyValue("CharFontName", Any(office::to_ou(".VnTime")));
        const std::vector<office::ConvertTarget> sheet{{doc.sheet(0), nullptr}};
        const auto preview = office::preview_conversion(spreadsheet(doc), sheet);
        CHECK(preview.changes() == 0);
        CHECK(preview.cells.unicode == 1);
        CHECK(preview.any());
        office::convert_to_unicode(spreadsheet(doc), sheet, "", Lang::vi);
        CHECK(doc.string("A1") == lw::noi_vu);
        CHECK(lw::font_of(doc, "A1") == "Times New Roman");
        CHECK_FALSE(office::preview_conversion(spreadsheet(doc), sheet).any());
    }
}
