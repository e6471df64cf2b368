// INDEXRANK keeps one sorted copy of each range (office/common/range_cache.hpp): every change
// to the range's cells must show in the next ranks. Expected ranks are counted by hand from
// RANK.EQ's rule (highest first, ties share the best rank).
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <doctest/doctest.h>

#include <string>

using namespace vnplan;
using namespace vnplan::test;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr int err_not_available = 32767; // #N/A: what Calc makes of a void result

Reference<css::table::XCell> cell_of(CalcDocument& doc, const std::string& address) {
    return doc.sheet()->getCellRangeByName(office::to_ou(address))->getCellByPosition(0, 0);
}

// B1:B7 = 90, 85.5, 80, 75, 70, 65, 60; D1:D7 rank each against $B$1:$B$7 (one cached range).
void put_column(CalcDocument& doc) {
    const double values[] = {90, 85.5, 80, 75, 70, 65, 60};
    for (int row = 1; row <= 7; ++row) {
        cell_of(doc, "B" + std::to_string(row))->setValue(values[row - 1]);
        doc.formula("D" + std::to_string(row),
                    "=INDEXRANK(B" + std::to_string(row) + ";$B$1:$B$7)");
    }
}

Reference<css::table::XTableRows> rows_of(CalcDocument& doc) {
    return Reference<css::table::XColumnRowRange>(doc.sheet(), UNO_QUERY_THROW)->getRows();
}

} // namespace

TEST_SUITE("addin.indices_cache") {
    TEST_CASE("editing a value in the middle of the range changes the ranks") {
        CalcDocument doc;
        put_column(doc);
        doc.formula("F1", "=INDEXRANK(90;$B$1:$B$7)");
        CHECK(doc.value("D4") == 4);
        CHECK(doc.value("F1") == 1);
        cell_of(doc, "B4")->setValue(95); // 75 -> 95: now the best
        CHECK(doc.value("D4") == 1);
        CHECK(doc.value("F1") == 2); // its own cell did not change, its range did
        CHECK(doc.value("D7") == 7);
        doc.recalculate(); // a hard recalculation reads the same
        CHECK(doc.value("F1") == 2);
        cell_of(doc, "B5")->setFormula("=\"chưa chấm\""); // a number becomes text: skipped
        CHECK(doc.value("D7") == 6);
    }

    TEST_CASE("undo of an edit brings the old ranks back") {
        CalcDocument doc;
        put_column(doc);
        doc.formula("F1", "=INDEXRANK(60;$B$1:$B$7)");
        CHECK(doc.value("F1") == 7);
        cell_of(doc, "B2")->setValue(50);
        CHECK(doc.value("F1") == 6);
        Reference<css::document::XUndoManagerSupplier>(doc.component(), UNO_QUERY_THROW)
            ->getUndoManager()
            ->undo();
        CHECK(doc.value("B2") == 85.5);
        CHECK(doc.value("F1") == 7);
        CHECK(doc.value("D2") == 2);
    }

    TEST_CASE("inserting and deleting rows inside the range") {
        CalcDocument doc;
        put_column(doc);
        CHECK(doc.value("D7") == 7);
        rows_of(doc)->insertByIndex(2, 1); // before row 3: the range becomes $B$1:$B$8
        cell_of(doc, "B3")->setValue(100);
        CHECK(doc.formula_of("D8").ends_with("(B8;$B$1:$B$8)"));
        CHECK(doc.value("D8") == 8); // 60, now below 100 too
        CHECK(doc.value("D1") == 2);
        // A new formula over the old address covers other cells now (60 is out, 100 in).
        doc.formula("F1", "=INDEXRANK(65;$B$1:$B$7)");
        CHECK(doc.value("F1") == 7);
        doc.formula("F2", "=INDEXRANK(60;$B$1:$B$7)");
        CHECK(doc.error("F2") == err_not_available);
        rows_of(doc)->removeByIndex(0, 2); // 90 and 85.5 go: 100, 80, 75, 70, 65, 60 remain
        CHECK(doc.formula_of("D6").ends_with("(B6;$B$1:$B$6)"));
        CHECK(doc.value("D6") == 6);
        CHECK(doc.value("D2") == 2);
        doc.formula("F3", "=INDEXRANK(60;$B$1:$B$7)");
        CHECK(doc.value("F3") == 6);
    }

    TEST_CASE("more ranges than the cache keeps, then an edit") {
        CalcDocument doc;
        put_column(doc);
        for (int end = 1; end <= 24; ++end) // 24 ranges: $B$1:$B$1 .. $B$1:$B$24
            doc.formula("F" + std::to_string(end),
                        "=INDEXRANK(60;$B$1:$B$" + std::to_string(end) + ")");
        CHECK(doc.error("F6") == err_not_available); // 60 is in B7
        CHECK(doc.value("F7") == 7);
        CHECK(doc.value("F24") == 7);
        cell_of(doc, "B10")->setValue(1);
        CHECK(doc.value("F7") == 7);
        CHECK(doc.value("F24") == 7);
        cell_of(doc, "B10")->setValue(61);
        CHECK(doc.value("F7") == 7);
        CHECK(doc.value("F9") == 7);
        CHECK(doc.value("F10") == 8);
        CHECK(doc.value("F24") == 8);
    }

    TEST_CASE("a deleted sheet and the sheet that takes its place") {
        CalcDocument doc;
        doc.add_sheet("Hai");
        doc.add_sheet("Ba");
        for (int row = 1; row <= 3; ++row) {
            doc.sheet(1)->getCellByPosition(1, row - 1)->setValue(10.0 * row);  // Hai: 10 20 30
            doc.sheet(2)->getCellByPosition(1, row - 1)->setValue(100.0 - row); // Ba: 99 98 97
        }
        doc.formula("A1", "=INDEXRANK(10;$Hai.$B$1:$B$3)");
        CHECK(doc.value("A1") == 3);
        Reference<css::sheet::XSpreadsheetDocument>(doc.component(), UNO_QUERY_THROW)
            ->getSheets()
            ->removeByName("Hai");
        doc.formula("A2", "=INDEXRANK(97;$Ba.$B$1:$B$3)"); // now the sheet at the same index
        CHECK(doc.value("A2") == 3);
        doc.formula("A3", "=INDEXRANK(99;$Ba.$B$1:$B$3)");
        CHECK(doc.value("A3") == 1);
    }

    TEST_CASE("two documents with the same range address") {
        CalcDocument first;
        CalcDocument second;
        put_column(first);
        put_column(second);
        cell_of(second, "B1")->setValue(10); // 90 -> 10 in the second only
        first.formula("F1", "=INDEXRANK(85.5;$B$1:$B$7)");
        second.formula("F1", "=INDEXRANK(85.5;$B$1:$B$7)");
        CHECK(first.value("F1") == 2);
        CHECK(second.value("F1") == 1);
        CHECK(first.value("D1") == 1);
        CHECK(second.value("D1") == 7);
    }

    TEST_CASE("a closed document leaves nothing behind") {
        {
            CalcDocument closed;
            put_column(closed);
            CHECK(closed.value("D7") == 7);
        } // closed with its range cached and listened to
        CalcDocument doc;
        put_column(doc);
        cell_of(doc, "B7")->setValue(99);
        CHECK(doc.value("D7") == 1);
        CHECK(doc.value("D1") == 2);
        cell_of(doc, "B1")->setValue(1);
        CHECK(doc.value("D1") == 7);
    }

    TEST_CASE("formulas inside the range that change by recalculation") {
        CalcDocument doc;
        for (int row = 1; row <= 5; ++row) {
            cell_of(doc, "A" + std::to_string(row))->setValue(10.0 * row); // 10 .. 50
            doc.formula("B" + std::to_string(row), "=A" + std::to_string(row) + "*2");
        }
        doc.formula("D1", "=INDEXRANK(B1;$B$1:$B$5)");
        doc.formula("D2", "=INDEXRANK(20;$B$1:$B$5)");
        CHECK(doc.value("D1") == 5);
        CHECK(doc.value("D2") == 5);
        cell_of(doc, "A3")->setValue(1); // B3: 60 -> 2, below B1's 20
        CHECK(doc.value("D1") == 4);
        CHECK(doc.value("D2") == 4);
        cell_of(doc, "A3")->setValue(100); // B3 = 200: the best
        CHECK(doc.value("D2") == 5);
        CHECK(doc.value("D1") == 5);
    }
}
