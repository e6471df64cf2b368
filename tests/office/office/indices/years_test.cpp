// "Xếp hạng qua các năm" in a real office: three years typed into a workbook (a year column,
// or one sheet per year), read back from the result sheet and its chart. Expected values are
// the hand-worked ranks of three_years.hpp.
#include "office/indices/three_years.hpp"

#include "core/common/message.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/years.hpp"
#include "support/calc.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XText.hpp>
#include <doctest/doctest.h>

#include <utility>
#include <variant>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;
using office::to_ou;
using office::to_utf8;

namespace {

Reference<css::sheet::XSpreadsheetDocument> spreadsheet(CalcDocument& doc) {
    return Reference<css::sheet::XSpreadsheetDocument>(doc.component(), UNO_QUERY_THROW);
}

sal_Int32 sheet_count(CalcDocument& doc) {
    return Reference<css::container::XIndexAccess>(spreadsheet(doc)->getSheets(), UNO_QUERY_THROW)
        ->getCount();
}

Reference<css::table::XCell> cell(const Reference<css::sheet::XSpreadsheet>& s,
                                  const char* address) {
    return s->getCellRangeByName(rtl::OUString::createFromAscii(address))->getCellByPosition(0, 0);
}

double value(const Reference<css::sheet::XSpreadsheet>& s, const char* address) {
    return cell(s, address)->getValue();
}

std::string text(const Reference<css::sheet::XSpreadsheet>& s, const char* address) {
    return to_utf8(Reference<css::text::XText>(cell(s, address), UNO_QUERY_THROW)->getString());
}

bool blank(const Reference<css::sheet::XSpreadsheet>& s, const char* address) {
    return cell(s, address)->getType() == css::table::CellContentType_EMPTY;
}

struct Blank {};
using Expected = std::variant<double, const char*, Blank>;

void check_result_sheet(const Reference<css::sheet::XSpreadsheet>& s) {
    CHECK(cell(s, "B2")->getType() == css::table::CellContentType_TEXT); // a chart category
    const std::pair<const char*, Expected> expected[] = {
        {"A1", "Đơn vị"},
        {"B1", "Thứ hạng"},
        {"B2", "2022"},
        {"D2", "2024"},
        {"E1", "Tổng điểm"},
        {"H1", "Thay đổi thứ hạng (bậc)"},
        {"H2", "2023 so với 2022"},
        {"J1", "Diễn biến năm 2024 so với năm 2023"},
        {"K1", "Diễn biến cả giai đoạn"},
        // Units by their 2024 rank; ties (Cao Lộc, Đình Lập: 32,5) in sheet order.
        {"A3", "BẮC SƠN"}, // the name as the score reader reads it
        {"B3", 3.0},
        {"C3", 2.0},
        {"D3", 1.0},
        {"E3", 30.0},
        {"G3", 38.5},
        {"H3", 1.0},
        {"I3", 1.0},
        {"J3", "tăng 01 bậc"},
        {"K3", "tăng 02 bậc so với năm 2022"},
        {"A4", "Chi Lăng"},
        {"B4", 1.0}, // tied first in 2022
        {"I4", -1.0},
        {"J4", "giảm 01 bậc"},
        {"A5", "Cao Lộc"},
        {"B5", 1.0},
        {"C5", 3.0},
        {"D5", 3.0},
        {"H5", -2.0},
        {"J5", "giữ nguyên"},
        {"K5", "giảm 02 bậc so với năm 2022"},
        {"A6", "Đình Lập"},
        {"D6", 3.0},
        {"C6", Blank{}}, // no 2023 scores: no rank, no total, no change
        {"F6", Blank{}},
        {"I6", Blank{}},
        {"J6", Blank{}},
        {"K6", "tăng 01 bậc so với năm 2022"},
        {"A7", "Văn Quan"},
        {"B7", Blank{}},
        {"D7", 5.0},
        {"K7", "giảm 01 bậc so với năm 2023"},
        {"A8", "Số đơn vị được xếp hạng: 2022: 4; 2023: 4; 2024: 5."},
        // The points Cao Lộc lost against Bắc Sơn in 2024: 19,5-16, 9-7,5, 10-9.
        {"A10", "Điểm bị trừ nhiều nhất năm 2024: Cao Lộc so với đơn vị đứng đầu (BẮC SƠN)"},
        {"D11", "Điểm bị trừ"},
        {"A12", "Sự hài lòng của người dân"},
        {"B12", 16.0},
        {"C12", 19.5},
        {"D12", 3.5},
        {"E12", 20.0},
        {"A13", "Cải cách thủ tục hành chính"},
        {"D13", 1.5},
        {"A14", "Chỉ đạo điều hành"},
        {"D14", 1.0},
        {"A15", Blank{}},
    };
    for (const auto& [address, want] : expected) {
        CAPTURE(address);
        if (const auto* number = std::get_if<double>(&want))
            CHECK(value(s, address) == *number);
        else if (const auto* words = std::get_if<const char*>(&want))
            CHECK(text(s, address) == *words);
        else
            CHECK(blank(s, address));
    }
}

office::YearsRequest cao_loc() {
    office::YearsRequest request;
    request.unit = "cao lộc";
    return request;
}

} // namespace

TEST_SUITE("office.indices.years") {
    TEST_CASE("a year column: ranks per year, changes, points lost, a line chart rank 1 on top") {
        CalcDocument doc;
        three_years::put_year_column(doc);
        const auto found =
            office::find_years(spreadsheet(doc), doc.sheet()->getCellRangeByName("D6"));
        REQUIRE(found.years.size() == 3);
        CHECK(found.reading.vi.find("Đã đọc 3 năm: 2022 (\"Sheet1\" A11:G14, 4 đơn vị)") == 0);
        const sal_Int32 before = sheet_count(doc);
        const auto result = office::write_years(spreadsheet(doc), found.years, cao_loc());
        CHECK(sheet_count(doc) == before + 1);
        CHECK(result.sheet == "Xếp hạng qua các năm");
        const auto s = office::sheet_named(spreadsheet(doc), result.sheet);
        REQUIRE(s.is());
        check_result_sheet(s);
        const auto chart = three_years::chart_facts(s, result.chart);
        CHECK(chart.categories == std::vector<std::string>{"2022", "2023", "2024"});
        CHECK(chart.reversed);
        CHECK(chart.years_below);
        CHECK(chart.series == 5);
        CHECK(chart.chart_type == "com.sun.star.chart2.LineChartType");
        CHECK(
            to_utf8(Reference<css::document::XUndoManagerSupplier>(doc.component(), UNO_QUERY_THROW)
                        ->getUndoManager()
                        ->getCurrentUndoActionTitle()) == "Xếp hạng qua các năm");
    }

    TEST_CASE("one sheet per year: the same result - a sheet of another name is left out") {
        CalcDocument doc;
        three_years::put_sheet_per_year(doc);
        auto latest = office::sheet_named(spreadsheet(doc), "PAR INDEX 2024");
        const auto found = office::find_years(spreadsheet(doc), latest->getCellRangeByName("B5"));
        REQUIRE(found.years.size() == 3);
        CHECK(found.skipped.empty()); // "Ghi chú 2023" is not a PAR INDEX sheet
        CHECK(found.reading.vi.find("2023 (\"PAR INDEX 2023\", 4 đơn vị)") != std::string::npos);
        const auto result = office::write_years(spreadsheet(doc), found.years, cao_loc());
        const auto s = office::sheet_named(spreadsheet(doc), result.sheet);
        REQUIRE(s.is());
        check_result_sheet(s);
        CHECK(three_years::chart_facts(s, result.chart).categories ==
              std::vector<std::string>{"2022", "2023", "2024"});

        // For the whole workbook, every sheet named with a year: the notes are skipped, said.
        const auto all = office::find_years(spreadsheet(doc), "");
        CHECK(all.years.size() == 3);
        REQUIRE(all.skipped.size() == 1);
        CHECK(all.skipped[0].vi.rfind("Bỏ qua trang \"Ghi chú 2023\": ", 0) == 0);
    }

    TEST_CASE("refused before anything is written: a taken name, an unknown unit") {
        CalcDocument doc;
        three_years::put_sheet_per_year(doc);
        const auto found = office::find_years(spreadsheet(doc), "PAR INDEX 2022");
        REQUIRE(found.years.size() == 3);
        const sal_Int32 before = sheet_count(doc);
        office::YearsRequest request;
        request.result_sheet = "PAR INDEX 2023";
        CHECK_THROWS_AS(office::write_years(spreadsheet(doc), found.years, request), InputError);
        request = cao_loc();
        request.unit = "Lộc Bình";
        try {
            office::write_years(spreadsheet(doc), found.years, request);
            FAIL("no error");
        } catch (const InputError& e) {
            CHECK(e.message().vi == "Không có đơn vị \"Lộc Bình\" trong bảng điểm.");
        }
        CHECK(sheet_count(doc) == before);
        // Without a chosen unit: the last of the latest year (Văn Quan).
        const auto result = office::write_years(spreadsheet(doc), found.years, {});
        CHECK(result.lost.unit == "Văn Quan");
        CHECK(result.lost.components.size() == 3);
    }

    TEST_CASE("many units: the chart shows the first 20 by the latest rank and says so") {
        CalcDocument doc;
        three_years::put_many_units(doc, 25);
        const auto found = office::find_years(spreadsheet(doc), "");
        REQUIRE(found.years.size() == 3);
        const auto result = office::write_years(spreadsheet(doc), found.years, {});
        const auto s = office::sheet_named(spreadsheet(doc), result.sheet);
        CHECK(text(s, "A3") == "Xã 1");
        CHECK(value(s, "B3") == 25);
        CHECK(value(s, "D27") == 25);
        const auto chart = three_years::chart_facts(s, result.chart);
        CHECK(chart.series == 20);
        CHECK(chart.worst == 25); // Xã 1 was last in 2022
        CHECK(chart.title ==
              "Thứ hạng qua các năm (hạng 1 ở trên cùng): 20 đơn vị đứng đầu năm 2024");
        CalcDocument few;
        three_years::put_many_units(few, 4);
        const auto small = office::write_years(spreadsheet(few),
                                               office::find_years(spreadsheet(few), "").years, {});
        const auto chart4 = three_years::chart_facts(
            office::sheet_named(spreadsheet(few), small.sheet), small.chart);
        CHECK(chart4.series == 4);
        CHECK(chart4.worst == 4);
        CHECK(chart4.title == "Thứ hạng qua các năm (hạng 1 ở trên cùng)");
    }
}
