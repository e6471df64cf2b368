// The Vietnamese text functions evaluated by Calc itself.
#include "core/vntext/vntext.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/util/Date.hpp>
#include <doctest/doctest.h>

#include <string>

using namespace vnplan;
using namespace vnplan::test;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

TEST_SUITE("addin.vntext") {
    TEST_CASE("VNWORDS and VNMONEY read numbers the official way") {
        CalcDocument doc;
        doc.formula("A1", "=VNWORDS(105)");
        doc.formula("A2", "=VNWORDS(15000)");
        doc.formula("A3", "=VNWORDS(1000005)");
        doc.formula("A4", "=VNWORDS(105;\"lẻ\")");
        doc.formula("A5", "=VNWORDS(15024;\"ngàn, bốn\")");
        doc.formula("A6", "=VNWORDS(-3.05)");
        doc.formula("A7", "=VNWORDS(80.79;Z1)"); // a blank style cell: the default
        doc.formula("A8", "=VNWORDS(1E+15)");
        doc.formula("A9", "=VNWORDS(1;\"xyz\")");
        doc.formula("A10", "=VNWORDS(1;2)");
        doc.formula("B1", "=VNMONEY(33000000)");
        doc.formula("B2", "=VNMONEY(33000000;\"chẵn\")");
        doc.formula("B3", "=VNMONEY(15000.4;\"ngàn, chẵn\")");
        doc.formula("B4", "=VNMONEY(0)");
        doc.formula("B5", "=VNMONEY(1;\"chẵn, lẻ, linh\")");
        doc.recalculate();
        CHECK(doc.string("A1") == "một trăm linh năm");
        CHECK(doc.string("A2") == "mười lăm nghìn");
        CHECK(doc.string("A3") == "một triệu không trăm linh năm");
        CHECK(doc.string("A4") == "một trăm lẻ năm");
        CHECK(doc.string("A5") == "mười lăm ngàn không trăm hai mươi bốn");
        CHECK(doc.string("A6") == "âm ba phẩy không năm");
        CHECK(doc.string("A7") == "tám mươi phẩy bảy mươi chín");
        for (const char* cell : {"A8", "A9", "A10", "B5"}) {
            CAPTURE(cell);
            CHECK(doc.error(cell) == err_illegal_argument);
        }
        CHECK(doc.string("B1") == "Ba mươi ba triệu đồng");
        CHECK(doc.string("B2") == "Ba mươi ba triệu đồng chẵn");
        CHECK(doc.string("B3") == "Mười lăm ngàn đồng"); // rounded: not "chẵn"
        CHECK(doc.string("B4") == "Không đồng");
    }

    TEST_CASE("VNPARSE and VNWORDSCHECK read words back; VNMONEY in USD and EUR") {
        CalcDocument doc;
        doc.text("A1", "(Bằng chữ: Ba mươi ba triệu năm trăm nghìn đồng)");
        doc.text("A2", "Một trăm lẻ năm đồng chẵn./.");
        doc.text("A3", "âm tám mươi phẩy bảy mươi chín");
        doc.text("A4", "một trăm mốt"); // 101 or 110: no guess
        doc.text("A5", "Ba mươi ba triệu đồng");
        doc.formula("B1", "=VNPARSE(A1)");
        doc.formula("B2", "=VNPARSE(A2)");
        doc.formula("B3", "=VNPARSE(A3)");
        doc.formula("B4", "=VNPARSE(A4)");
        doc.formula("B5", "=VNPARSE(VNWORDS(1000005;\"lẻ, ngàn\"))");
        doc.formula("B6", "=VNPARSE(VNMONEY(12.08;;\"USD\"))");
        doc.formula("C1", "=VNWORDSCHECK(33500000;A1)");
        doc.formula("C2", "=VNWORDSCHECK(33500000;A5)"); // the words say 33.000.000
        doc.formula("C3", "=VNWORDSCHECK(105;A2)");
        doc.formula("C4", "=VNWORDSCHECK(101;A4)"); // unreadable: FALSE, not an error
        doc.formula("C5", "=IF(VNWORDSCHECK(15000.4;VNMONEY(15000.4));1;0)");
        doc.formula("C6", "=IF(VNWORDSCHECK(1;\"một\")=TRUE();1;0)");
        doc.formula("D1", "=VNMONEY(12.08;;\"USD\")");
        doc.formula("D2", "=VNMONEY(100.25;\"\";\"EUR\")");
        doc.formula("D3", "=VNMONEY(12;\"chẵn\";\"USD\")");
        doc.formula("D4", "=VNMONEY(33000000;;\"VND\")");
        doc.formula("D5", "=VNMONEY(33000000)");
        doc.formula("D6", "=VNMONEY(1;;\"JPY\")");
        doc.recalculate();
        CHECK(doc.value("B1") == 33500000);
        CHECK(doc.value("B2") == 105);
        CHECK(doc.value("B3") == -80.79);
        CHECK(doc.error("B4") == err_illegal_argument);
        CHECK(doc.value("B5") == 1000005);
        CHECK(doc.value("B6") == 12.08);
        CHECK(doc.value("C1") == 1);
        CHECK(doc.value("C2") == 0);
        CHECK(doc.value("C3") == 1);
        CHECK(doc.value("C4") == 0);
        CHECK(doc.error("C4") == 0);
        CHECK(doc.value("C5") == 1);
        CHECK(doc.value("C6") == 1);
        CHECK(doc.string("D1") == "Mười hai đô la Mỹ và tám xu");
        CHECK(doc.string("D2") == "Một trăm euro và hai mươi lăm xu");
        CHECK(doc.string("D3") == "Mười hai đô la Mỹ chẵn");
        CHECK(doc.string("D4") == "Ba mươi ba triệu đồng");
        CHECK(doc.string("D5") == "Ba mươi ba triệu đồng");
        CHECK(doc.error("D6") == err_illegal_argument);
    }

    TEST_CASE("VNDATE follows the document's null date") {
        CalcDocument doc;
        doc.formula("A1", "=VNDATE(DATE(2024;4;3);\"Uông Bí\")");
        doc.formula("A2", "=VNDATE(DATE(2024;1;9))");
        doc.formula("A3", "=VNDATE(DATE(2024;4;3);Z1)"); // a blank place cell: no place
        doc.formula("A4", "=VNDATE(0)");
        doc.formula("A5", "=VNDATE(-1000000)");
        doc.formula("A6", "=VNDATE(DATE(2024;2;29)+0.75;\"Hà Nội,\")");
        doc.recalculate();
        CHECK(doc.string("A1") == "Uông Bí, ngày 03 tháng 4 năm 2024");
        CHECK(doc.string("A2") == "ngày 09 tháng 01 năm 2024");
        CHECK(doc.string("A3") == "ngày 03 tháng 4 năm 2024");
        CHECK(doc.string("A4") == "ngày 30 tháng 12 năm 1899");
        CHECK(doc.error("A5") == err_illegal_argument);
        CHECK(doc.string("A6") == "Hà Nội, ngày 29 tháng 02 năm 2024");

        // Tools > Options > Calc > Calculate > Date 1904: serials count from another day.
        css::util::Date null_date;
        null_date.Year = 1904;
        null_date.Month = 1;
        null_date.Day = 1;
        Reference<css::beans::XPropertySet>(doc.component(), UNO_QUERY_THROW)
            ->setPropertyValue("NullDate", css::uno::Any(null_date));
        doc.recalculate();
        CHECK(doc.string("A1") == "Uông Bí, ngày 03 tháng 4 năm 2024");
        CHECK(doc.string("A4") == "ngày 01 tháng 01 năm 1904");
    }

    TEST_CASE("VNORDINAL and VNNUMBER") {
        CalcDocument doc;
        doc.formula("A1", "=VNORDINAL(1)");
        doc.formula("A2", "=VNORDINAL(4)");
        doc.formula("A3", "=VNORDINAL(21)");
        doc.formula("A4", "=VNORDINAL(0)");
        doc.formula("A5", "=VNORDINAL(2.5)");
        doc.formula("B1", "=VNNUMBER(1234567.891;2)");
        doc.formula("B2", "=VNNUMBER(87.06)");
        doc.formula("B3", "=VNNUMBER(1234567)");
        doc.formula("B4", "=VNNUMBER(-0.5;0)");
        doc.formula("B5", "=VNNUMBER(1;21)");
        doc.formula("B6", "=VNNUMBER(1;\"hai\")");
        doc.recalculate();
        CHECK(doc.string("A1") == "thứ nhất");
        CHECK(doc.string("A2") == "thứ tư");
        CHECK(doc.string("A3") == "thứ hai mươi mốt");
        CHECK(doc.error("A4") == err_illegal_argument);
        CHECK(doc.error("A5") == err_illegal_argument);
        CHECK(doc.string("B1") == "1.234.567,89");
        CHECK(doc.string("B2") == "87,06");
        CHECK(doc.string("B3") == "1.234.567");
        CHECK(doc.string("B4") == "-1");
        CHECK(doc.error("B5") == err_illegal_argument);
        CHECK(doc.error("B6") == err_illegal_argument);
    }

    TEST_CASE("VNUNICODE converts legacy text; VNKEY matches spellings") {
        const std::string motto = "Cộng hòa xã hội chủ nghĩa Việt Nam";
        const std::string unit = "Ủy ban nhân dân phường Trung Vương";
        CalcDocument doc;
        // Known legacy strings, as a .VnTime / VNI-Times workbook shows them in a Unicode
        // office (bytes read as Windows-1252), from the published tables, not our encoder:
        // TCVN3 (TCVN 5712:1993): ộ=0xE9 é, ò=0xDF ß, ã=0xB7 ·, ủ=0xF1 ñ, ĩ=0xDC Ü, ệ=0xD6 Ö.
        doc.text("A1", "C\u00e9ng h\u00dfa x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca Vi\u00d6t Nam");
        // VNI-Windows: letter then marks; Û hook (capital), â circumflex, ö ư, ô ơ, ø grave.
        doc.text("A2",
                 "U\u00dby ban nha\u00e2n da\u00e2n ph\u00f6\u00f4\u00f8ng Trung V\u00f6\u00f4ng");
        doc.text("A3", "Vie^.t Nam");
        doc.text("A4", motto);
        doc.formula("B1", "=VNUNICODE(A1)");
        doc.formula("B2", "=VNUNICODE(A1;\"tcvn3\")");
        doc.formula("B3", "=VNUNICODE(A2)");
        doc.formula("B4", "=VNUNICODE(A3;\"viqr\")");
        doc.formula("B5", "=VNUNICODE(A4)");
        doc.formula("B6", "=VNUNICODE(A1;\"ebcdic\")");
        doc.text("C1", "UBND phường Trung Vương");
        doc.text("C2", unit);
        doc.text("C3", "Uỷ ban nhân dân  phường TRUNG VƯƠNG");
        doc.text("C4", "UBND phường Trung Sơn");
        doc.formula("D1", "=VNKEY(C1)");
        doc.formula("D2", "=VNKEY(C2)");
        doc.formula("D3", "=VNKEY(C3)");
        doc.formula("D4", "=VNKEY(C4)");
        doc.formula("D5", "=IF(VNKEY(C1)=VNKEY(C2);1;0)");
        doc.recalculate();
        CHECK(doc.string("A1") != motto);
        CHECK(doc.string("B1") == motto);
        CHECK(doc.string("B2") == motto);
        CHECK(doc.string("B3") == unit);
        CHECK(doc.string("B4") == "Việt Nam");
        CHECK(doc.string("B5") == motto); // correct Unicode stays as it is
        CHECK(doc.error("B6") == err_illegal_argument);
        CHECK(doc.string("D1") == doc.string("D2"));
        CHECK(doc.string("D3") == doc.string("D2"));
        CHECK(doc.string("D4") != doc.string("D1"));
        CHECK(doc.value("D5") == 1);
    }

    TEST_CASE("the VnText service serves Vietnamese names") {
        auto context = test::office().context();
        Reference<css::sheet::XAddIn> addin(
            context->getServiceManager()->createInstanceWithContext("org.vnplan.VnText", context),
            UNO_QUERY_THROW);
        css::lang::Locale vi;
        vi.Language = "vi";
        vi.Country = "VN";
        addin->setLocale(vi);
        CHECK(office::to_utf8(addin->getDisplayFunctionName("vnWords")) == "DOCSO");
        CHECK(office::to_utf8(addin->getDisplayFunctionName("vnMoney")) == "DOCTIEN");
        CHECK(office::to_utf8(addin->getDisplayFunctionName("vnDate")) == "NGAYTHANGNAM");
        CHECK(office::to_utf8(addin->getProgrammaticFuntionName("CHUYENMA")) == "vnUnicode");
        CHECK(office::to_utf8(addin->getFunctionDescription("vnWords")).find("Đọc số") !=
              std::string::npos);
        // Calc asks by the position in the method: vnDate's 0 is the document it fills in.
        CHECK(office::to_utf8(addin->getDisplayArgumentName("vnDate", 1)) == "ngay");
        CHECK(office::to_utf8(addin->getDisplayArgumentName("vnDate", 2)) == "dia_danh");
        css::lang::Locale en;
        en.Language = "en";
        addin->setLocale(en);
        CHECK(office::to_utf8(addin->getDisplayFunctionName("vnWords")) == "VNWORDS");
        CHECK(office::to_utf8(addin->getDisplayArgumentName("vnDate", 2)) == "place");
    }
}
