// The award dialogs' document actions, run on real documents without a window.
#include "common/tsv.hpp"
#include "core/common/message.hpp"
#include "office/awards/actions.hpp"
#include "support/calc.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;
namespace css = com::sun::star;

namespace {
const std::string example = std::string(VNPLAN_SOURCE_DIR) + "/examples/khen-thuong-143.ods";

Reference<css::sheet::XSpreadsheetDocument> spreadsheet(CalcDocument& doc) {
    return Reference<css::sheet::XSpreadsheetDocument>(doc.component(), UNO_QUERY_THROW);
}

sal_Int32 annotation_count(CalcDocument& doc) {
    auto notes = Reference<css::sheet::XSheetAnnotationsSupplier>(doc.sheet(), UNO_QUERY_THROW)
                     ->getAnnotations();
    return Reference<css::container::XIndexAccess>(notes, UNO_QUERY_THROW)->getCount();
}

void undo(CalcDocument& doc) {
    Reference<css::document::XUndoManagerSupplier>(doc.component(), UNO_QUERY_THROW)
        ->getUndoManager()
        ->undo();
}

sal_Int32 back_colour(CalcDocument& doc, int column, int row) {
    sal_Int32 colour = 0;
    Reference<css::beans::XPropertySet>(doc.sheet()->getCellByPosition(column, row),
                                        UNO_QUERY_THROW)
        ->getPropertyValue("CellBackColor") >>= colour;
    return colour;
}
} // namespace

TEST_SUITE("office.awards") {
    TEST_CASE("the table around a selected cell is found, header included, title left out") {
        CalcDocument doc(example);
        const auto checked = office::check_table_around(doc.sheet()->getCellRangeByName("C10"));
        // A4: the header, below the title and a blank row (read, and left out by the reader).
        CHECK(checked.grid.first_row + static_cast<int>(checked.verification.layout.header_first) ==
              3);
        CHECK(checked.verification.total.computed == std::vector<long long>{33, 44});
        CHECK(checked.verification.errors.empty());
        CHECK(checked.verification.warnings.size() == 2);
        CHECK_THROWS_AS(office::check_table_around(doc.sheet()->getCellRangeByName("Z100")),
                        InputError);
    }

    TEST_CASE("a blank row between sections does not cut the table around a selected cell") {
        CalcDocument doc;
        doc.put("A1", grid_from_tsv("STT\tTên đơn vị\tTập thể\tCá nhân\n"
                                    "I\tKhối cơ quan\t2\t3\n"
                                    "1\tPhòng Nội vụ\t1\t1\n"
                                    "2\tPhòng Tư pháp\t1\t2\n"
                                    "\t\t\t\n"
                                    "II\tKhối xã\t1\t1\n"
                                    "1\tUBND xã Tân Lập\t1\t2\n"
                                    "\tTổng cộng\t3\t4\n"));
        const auto checked = office::check_table_around(doc.sheet()->getCellRangeByName("C3"));
        // Section II's subtotal (D6: 1 cá nhân, its item has 2) and the total (D8) are read.
        CHECK(checked.verification.layout.sections.size() == 2);
        REQUIRE(checked.verification.layout.total_row);
        REQUIRE(checked.verification.errors.size() == 2);
        CHECK(checked.verification.errors[0].cell == "D6");
        CHECK(checked.verification.errors[1].cell == "D8");
    }

    TEST_CASE("the check dialog's lines: findings, then what was read") {
        CalcDocument doc(example);
        const auto checked = office::check_table_around(doc.sheet()->getCellRangeByName("C10"));
        const auto lines = office::check_lines(checked, Lang::vi);
        REQUIRE(lines.size() > 4);
        CHECK(lines[0].rfind("A17: ", 0) == 0);
        CHECK(lines[1].rfind("A33: ", 0) == 0);
        CHECK(lines[2] ==
              "Đã đọc: tiêu đề cột ở dòng 4-5; cột số lượng: Tập thể (C), Cá nhân (D).");
        CHECK(lines[3] == "Mục I \"Chỉ số cải cách hành chính (PAR Index)\": dòng 6-14.");
        CHECK(lines.back() == "Dòng tổng cộng: 53.");
    }

    TEST_CASE("marking the findings is one undo step and touches only those cells") {
        CalcDocument doc(example);
        doc.formula("C6", "7"); // section I: 7 written, 6 counted
        const auto checked = office::check_table_around(doc.sheet()->getCellRangeByName("B20"));
        REQUIRE(checked.verification.errors.size() == 1); // C6 (totals come from the items)
        CHECK(annotation_count(doc) == 0);
        const std::size_t marked = office::mark_findings(spreadsheet(doc), checked, Lang::vi);
        CHECK(marked == 3);
        CHECK(annotation_count(doc) == 3);
        CHECK(back_colour(doc, 2, 5) == 0xFFC7CE);  // C6
        CHECK(back_colour(doc, 0, 16) == 0xFFEB9C); // A17, a numbering warning
        CHECK(back_colour(doc, 1, 6) == -1);        // B7 untouched (no colour)
        undo(doc);
        CHECK(annotation_count(doc) == 0);
        CHECK(back_colour(doc, 2, 5) == -1);
        CHECK(doc.value("C6") == 7); // the edit before the marking is still there
    }

    TEST_CASE("an allocation is written as one undo step, never over data unless asked") {
        CalcDocument doc;
        doc.put("A1", grid_from_tsv("47\n16\n15.8\n12\n6.1\n3.1\n"));
        office::AllocationRequest request;
        request.weights = doc.sheet()->getCellRangeByName("A1:A6");
        request.total = 25;
        request.output = doc.sheet()->getCellRangeByName("B1");
        const auto result = office::allocate_into(spreadsheet(doc), request);
        CHECK(result.seats == std::vector<std::int64_t>{12, 4, 4, 3, 1, 1});
        CHECK(doc.value("B1") == 12);
        CHECK(doc.value("B6") == 1);
        CHECK_THROWS_AS(office::allocate_into(spreadsheet(doc), request), InputError);
        request.method = "dhondt";
        office::allocate_into(spreadsheet(doc), request, true);
        CHECK(doc.value("B1") == 13);
        undo(doc);
        CHECK(doc.value("B1") == 12);
        undo(doc);
        CHECK(doc.string("B1").empty());
        CHECK(doc.value("A1") == 47);

        request.weights = doc.sheet()->getCellRangeByName("A1:B2");
        CHECK_THROWS_AS(office::allocate_into(spreadsheet(doc), request), InputError);
        request.weights = doc.sheet()->getCellRangeByName("A1:A6");
        request.minimum = {5.0};
        CHECK_THROWS_AS(office::allocate_into(spreadsheet(doc), request), InputError);
    }
}
