#include "office/vntext/legacy_workbook.hpp"

#include "office/common/ustring.hpp"

#include <doctest/doctest.h>

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/text/XSimpleText.hpp>

namespace vnplan::test::legacy {

using office::to_ou;
using office::to_utf8;

namespace {

void put(CalcDocument& doc, int sheet, const char* cell, const std::string& text,
         const char* font) {
    const auto range = doc.sheet(sheet)->getCellRangeByName(rtl::OUString::createFromAscii(cell));
    Reference<css::text::XSimpleText>(range->getCellByPosition(0, 0), UNO_QUERY_THROW)
        ->setString(to_ou(text));
    if (font) office::props(range)->setPropertyValue("CharFontName", Any(to_ou(font)));
}

} // namespace

void fill(CalcDocument& doc) {
    doc.add_sheet("Sheet2");
    put(doc, 0, "A1", motto_tcvn3_h, ".VnTimeH");
    put(doc, 0, "A2", slogan_tcvn3, ".VnTime");
    put(doc, 0, "A3", motto_vni, "VNI-Times");
    put(doc, 0, "A4", slogan_vni, "VNI-Times");
    put(doc, 0, "A5", noi_vu_tcvn3, ".VnTime");
    put(doc, 0, "A6", trung_vuong_vni, "VNI-Times");
    put(doc, 0, "A7", bac_son_tcvn3, ".VnTime");
    put(doc, 0, "A8", tai_chinh, nullptr);
    put(doc, 0, "A9", motto_tcvn3, nullptr);
    put(doc, 0, "A10", uong_bi_tcvn3_h, ".VnTimeH");
    doc.formula("B5", "12");
    doc.formula("B6", "7");
    doc.formula("B8", "=B5+B6");
    doc.formula("A11", "=\"T\"&\"\u00E6ng\"");
    office::props(doc.sheet(0)->getCellRangeByName("B5"))
        ->setPropertyValue("CharFontName", Any(to_ou(".VnTime")));
    office::props(doc.sheet(0)->getCellRangeByName("A11"))
        ->setPropertyValue("CharFontName", Any(to_ou(".VnTime")));
    css::table::CellAddress a5;
    a5.Sheet = 0;
    a5.Column = 0;
    a5.Row = 4;
    Reference<css::sheet::XSheetAnnotationsSupplier>(doc.sheet(0), UNO_QUERY_THROW)
        ->getAnnotations()
        ->insertNew(a5, to_ou(comment_tcvn3));
    put(doc, 1, "A1", uong_bi_vni, "VNI-Times");
    Reference<css::container::XNamed>(doc.sheet(0), UNO_QUERY_THROW)->setName(to_ou(sheet1_tcvn3));
    Reference<css::container::XNamed>(doc.sheet(1), UNO_QUERY_THROW)->setName(to_ou(sheet2_tcvn3));
}

void check_unicode(CalcDocument& doc, const std::string& font) {
    CHECK(doc.string("A1") == motto_upper);
    CHECK(doc.string("A2") == slogan);
    CHECK(doc.string("A3") == motto);
    CHECK(doc.string("A4") == slogan);
    CHECK(doc.string("A5") == noi_vu);
    CHECK(doc.string("A6") == trung_vuong);
    CHECK(doc.string("A7") == bac_son);
    CHECK(doc.string("A8") == tai_chinh);
    CHECK(doc.string("A9") == motto);
    CHECK(doc.string("A10") == uong_bi_upper);
    CHECK(text_at(doc, "A1", 1) == uong_bi);
    CHECK(comment_at(doc, "A5") == comment);
    CHECK(sheet_name(doc, 0) == sheet1);
    CHECK(sheet_name(doc, 1) == sheet2);
    CHECK(doc.value("B5") == 12);
    CHECK(doc.value("B8") == 19);
    CHECK(doc.formula_of("B8") == "=B5+B6");
    CHECK(doc.formula_of("A11") == "=\"T\"&\"\u00E6ng\"");
    for (const char* cell : {"A1", "A2", "A3", "A6", "A10", "B5"})
        CHECK(font_of(doc, cell) == font);
    CHECK(font_of(doc, "A1", 1) == font);
}

std::string font_of(CalcDocument& doc, const std::string& cell, int sheet) {
    rtl::OUString font;
    office::props(doc.sheet(sheet)->getCellRangeByName(to_ou(cell)))
        ->getPropertyValue("CharFontName") >>= font;
    return to_utf8(font);
}

std::string sheet_name(CalcDocument& doc, int sheet) {
    return to_utf8(Reference<css::container::XNamed>(doc.sheet(sheet), UNO_QUERY_THROW)->getName());
}

std::string text_at(CalcDocument& doc, const std::string& cell, int sheet) {
    return to_utf8(Reference<css::text::XSimpleText>(
                       doc.sheet(sheet)->getCellRangeByName(to_ou(cell)), UNO_QUERY_THROW)
                       ->getString());
}

std::string comment_at(CalcDocument& doc, const std::string& cell, int sheet) {
    const Reference<css::sheet::XSheetAnnotationAnchor> anchor(
        doc.sheet(sheet)->getCellRangeByName(to_ou(cell))->getCellByPosition(0, 0),
        UNO_QUERY_THROW);
    return to_utf8(
        Reference<css::text::XSimpleText>(anchor->getAnnotation(), UNO_QUERY_THROW)->getString());
}

} // namespace vnplan::test::legacy
