// AWARDTOTAL evaluated by Calc itself, stored as .ods, reloaded and evaluated again.
#include "common/tsv.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;

namespace {
// The award table of Kế hoạch 143 occupies A1:E50.
constexpr const char* table = "$A$1:$E$50";

void put_seed_table(CalcDocument& doc) {
    doc.put("A1", grid_from_file(example_path("award-quota-143.tsv")));
}

css::uno::Reference<css::table::XCell> cell_of(CalcDocument& doc, const std::string& address) {
    return doc.sheet()->getCellRangeByName(office::to_ou(address))->getCellByPosition(0, 0);
}

css::uno::Reference<css::table::XTableRows> rows_of(CalcDocument& doc) {
    return css::uno::Reference<css::table::XColumnRowRange>(doc.sheet(), css::uno::UNO_QUERY_THROW)
        ->getRows();
}

// The seed table checked by AWARDCHECK in G1: no errors.
void put_checked_table(CalcDocument& doc) {
    put_seed_table(doc);
    doc.formula("G1", "=AWARDCHECK(A1:E50)");
    doc.recalculate();
    CHECK(doc.value("G1") == 0);
}

// The line of an AWARDREPORT in H1:H40 that contains `text`, or "".
std::string report_line(CalcDocument& doc, const std::string& text) {
    for (int r = 1; r <= 40 && doc.error("H" + std::to_string(r)) == 0; ++r)
        if (const std::string line = doc.string("H" + std::to_string(r));
            line.find(text) != std::string::npos)
            return line;
    return {};
}
} // namespace

TEST_SUITE("addin.awards") {
    TEST_CASE("AWARDTOTAL on the award table of Kế hoạch 143") {
        CalcDocument doc;
        put_seed_table(doc);
        doc.formula("G1", std::string("=AWARDTOTAL(") + table + ";3)");
        doc.formula("G2", std::string("=AWARDTOTAL(") + table + ";4)");
        doc.formula("G3", std::string("=AWARDTOTAL(") + table + ";3;1)");
        doc.formula("G4", std::string("=AWARDTOTAL(") + table + ";4;\"I\")");
        doc.formula("G5", std::string("=AWARDTOTAL(") + table + ";4;\"II\")");
        doc.formula("G6", std::string("=AWARDTOTAL(") + table + ";3;6)");
        doc.recalculate();
        CHECK(doc.error("G1") == 0);
        CHECK(doc.value("G1") == 33);
        CHECK(doc.value("G2") == 44);
        CHECK(doc.value("G3") == 6);
        CHECK(doc.value("G4") == 10);
        CHECK(doc.value("G5") == 7);
        CHECK(doc.value("G6") == 5);
    }

    TEST_CASE("AWARDTOTAL follows edits of the table") {
        CalcDocument doc;
        put_seed_table(doc);
        doc.formula("G1", std::string("=AWARDTOTAL(") + table + ";4)");
        doc.recalculate();
        CHECK(doc.value("G1") == 44);
        doc.formula("D4", "=2+1"); // Phòng Nội vụ: 1 -> 3 cá nhân
        doc.recalculate();
        CHECK(doc.value("G1") == 46);
    }

    TEST_CASE("AWARDTOTAL survives storing as .ods and reloading") {
        const auto file = temp_dir() / "awardtotal.ods";
        {
            CalcDocument doc;
            put_seed_table(doc);
            doc.formula("G1", std::string("=AWARDTOTAL(") + table + ";3)");
            doc.formula("G2", std::string("=AWARDTOTAL(") + table + ";4;\"II\")");
            doc.recalculate();
            doc.store(file);
        }
        REQUIRE(std::filesystem::exists(file));
        CalcDocument reloaded(file);
        CHECK(reloaded.formula_of("G1").find("AWARDTOTAL") != std::string::npos);
        reloaded.recalculate();
        CHECK(reloaded.error("G1") == 0);
        CHECK(reloaded.value("G1") == 33);
        CHECK(reloaded.value("G2") == 7);
        // Still live after reloading: an edit changes the result.
        reloaded.formula("C4", "=5");
        reloaded.recalculate();
        CHECK(reloaded.value("G1") == 37);
    }
}

TEST_SUITE("addin.awards") {
    TEST_CASE("AWARDCHECK counts the errors of a table") {
        CalcDocument doc;
        put_seed_table(doc);
        doc.formula("G1", "=AWARDCHECK(A1:E50)");
        doc.recalculate();
        CHECK(doc.error("G1") == 0);
        CHECK(doc.value("G1") == 0);
        doc.formula("C3", "=7");   // section I says 7 tập thể, its rows give 6
        doc.text("D5", "bốn");     // a count written as text
        doc.formula("D7", "=1/0"); // an error cell
        doc.recalculate();
        // C3 disagrees; D5 and D7 are bad counts (read as 0); so section I's cá nhân (D3: 10
        // written, 8 counted) and the grand total of cá nhân (D50) no longer agree.
        CHECK(doc.value("G1") == 5);
    }

    TEST_CASE("AWARDREPORT lists errors, then warnings, each with its cell, then what was read") {
        CalcDocument doc;
        put_seed_table(doc);
        doc.array_formula("H1:H20", "=AWARDREPORT(A1:E50)");
        doc.recalculate();
        // The test office's locale is English, so the add-in answers in English.
        CHECK(doc.string("H1") == "A14: item numbers skip from 1 to 3 (2 is missing). (warning)");
        CHECK(doc.string("H2").rfind("A30: ", 0) == 0);
        // Then the reading: header and count columns, the sections, items, the total row.
        CHECK(doc.string("H3") ==
              "Read: column headers in rows 1-2; count columns: Tập thể (C), Cá nhân (D).");
        CHECK(doc.string("H4").rfind("Section I \"", 0) == 0);
        int last = 3;
        while (last < 20 && doc.error("H" + std::to_string(last + 1)) == 0)
            ++last; // #N/A past the result
        CHECK(last < 20);
        CHECK(doc.string("H" + std::to_string(last)) == "Grand total row: 50.");
        doc.formula("C50", "=34");
        doc.recalculate();
        CHECK(doc.string("H1") ==
              "C50: the grand total, Tập thể says 34 but its rows add up to 33.");
        CHECK(doc.string("H2").rfind("A14: ", 0) == 0);

        CalcDocument clean;
        clean.put("A1", grid_from_tsv("1\tA\t2\n2\tB\t3\n\tTổng cộng\t5\n"));
        clean.array_formula("F1:F7", "=AWARDREPORT(A1:C3)");
        clean.recalculate();
        CHECK(clean.string("F1") == "OK");
        CHECK(clean.string("F2").rfind("Read: ", 0) == 0);
        CHECK(clean.string("F3") == "Rows outside any section: 1-2.");
        CHECK(clean.string("F4") == "2 item rows added up.");
        CHECK(clean.string("F5") == "Grand total row: 3.");
        CHECK(clean.error("F6") != 0);
    }

    TEST_CASE("AWARDSUMMARY: one row per unit over all sections, spellings matched") {
        CalcDocument doc;
        put_seed_table(doc);
        doc.array_formula("H1:J40", "=AWARDSUMMARY(A1:E50)");
        doc.recalculate();
        CHECK(doc.string("H1") == "Phòng Nội vụ");
        CHECK(doc.value("I1") == 2);
        CHECK(doc.value("J1") == 3);
        // Rows past the result are #N/A; the units' totals add up to the grand total.
        double collective = 0, individual = 0;
        int units = 0;
        for (int r = 1; r <= 40 && doc.error("H" + std::to_string(r)) == 0; ++r, ++units) {
            collective += doc.value("I" + std::to_string(r));
            individual += doc.value("J" + std::to_string(r));
        }
        CHECK(collective == 33);
        CHECK(individual == 44);
        CHECK(units < 40);
        // "UBND phường Trung Vương" appears in II and IV: one row with 2 and 2.
        bool found = false;
        for (int r = 1; r <= 40; ++r)
            if (doc.string("H" + std::to_string(r)) == "UBND phường Trung Vương") {
                found = true;
                CHECK(doc.value("I" + std::to_string(r)) == 2);
                CHECK(doc.value("J" + std::to_string(r)) == 2);
            }
        CHECK(found);
    }

    TEST_CASE("ALLOCATE shares a total in proportion, by each method, with bounds") {
        CalcDocument doc;
        // Weights of six units; 25 awards to share.
        doc.put("A1", grid_from_tsv("47\n16\n15.8\n12\n6.1\n3.1\n"));
        doc.array_formula("B1:B6", "=ALLOCATE(A1:A6;25)");
        doc.array_formula("C1:C6", "=ALLOCATE(A1:A6;25;\"dhondt\")");
        doc.array_formula("D1:D6", "=ALLOCATE(A1:A6;25;\"sainte-lague\")");
        doc.array_formula("E1:E6", "=ALLOCATE(A1:A6;25;\"hamilton\";2)");
        doc.array_formula("F1:F6", "=ALLOCATE(A1:A6;25;\"hamilton\";0;10)");
        doc.formula("G1", "=SUM(B1:B6)");
        doc.recalculate();
        CHECK(doc.value("G1") == 25);
        // Quotas 11.75, 4, 3.95, 3, 1.525, 0.775: Hamilton gives 12 4 4 3 1 1.
        const double hamilton[] = {12, 4, 4, 3, 1, 1};
        const double dhondt[] = {13, 4, 4, 3, 1, 0};
        // Divisors 1, 3, 5 ...: any d in (4.067, 4.087) rounds to 12 4 4 3 1 1 (sum 25).
        const double sainte_lague[] = {12, 4, 4, 3, 1, 1};
        // Minimum 2 (docs/allocate.md): units 5 and 6 held at 2, 21 shared by weights 90.8:
        // 10.870 3.700 3.654 2.775 -> floors 10 3 3 2, remainders to units 1, 4, 2.
        const double at_least_two[] = {11, 4, 3, 3, 2, 2};
        // Maximum 10: unit 1 held at 10, 15 shared by weights 53: 4.528 4.472 3.396 1.726
        // 0.877 -> floors 4 4 3 1 0, remainders to units 6, 5, 2.
        const double at_most_ten[] = {10, 5, 4, 3, 2, 1};
        for (int i = 0; i < 6; ++i) {
            CAPTURE(i);
            const std::string row = std::to_string(i + 1);
            CHECK(doc.value("B" + row) == hamilton[i]);
            CHECK(doc.value("C" + row) == dhondt[i]);
            CHECK(doc.value("D" + row) == sainte_lague[i]);
            CHECK(doc.value("E" + row) == at_least_two[i]);
            CHECK(doc.value("F" + row) == at_most_ten[i]);
        }
    }
}

// AWARDCHECK keeps its last tables (office/common/grid_memo.hpp): whatever changes in the table
// must show in the next result. In the seed table, row 25 is an item of section III (row 21:
// 4 tập thể, 6 cá nhân) with 1 tập thể (C25) and 1 cá nhân; the grand total (row 50) is 33, 44.
TEST_SUITE("addin.awards") {
    TEST_CASE("AWARDCHECK: the same table twice, an edit in the middle, and back") {
        CalcDocument doc;
        put_checked_table(doc);
        doc.recalculate(); // the same table again
        CHECK(doc.value("G1") == 0);
        cell_of(doc, "C25")->setValue(2); // section III now adds up to 5, the grand total to 34
        CHECK(doc.value("G1") == 2);
        doc.recalculate();
        CHECK(doc.value("G1") == 2);
        cell_of(doc, "C25")->setValue(1); // fixed
        CHECK(doc.value("G1") == 0);
        doc.recalculate();
        CHECK(doc.value("G1") == 0);
        doc.text("C25", "một"); // a count as text (read as 0): itself, section III, grand total
        CHECK(doc.value("G1") == 3);
        doc.formula("C25", "=1/0"); // an error cell: the same three
        doc.recalculate();
        CHECK(doc.value("G1") == 3);
        doc.formula("C25", "=1"); // a formula giving the value the cell had
        doc.recalculate();
        CHECK(doc.value("G1") == 0);
        doc.text("B25", "UBND phường Yên Thanh mới"); // a unit's name: no count changes
        doc.recalculate();
        CHECK(doc.value("G1") == 0);
        cell_of(doc, "D50")->setValue(45); // the last row: the grand total of cá nhân disagrees
        CHECK(doc.value("G1") == 1);
    }

    TEST_CASE("AWARDCHECK: two documents with the same range address") {
        CalcDocument first;
        CalcDocument second;
        put_seed_table(first);
        put_seed_table(second);
        cell_of(second, "D6")->setValue(3); // section I's cá nhân and the grand total's disagree
        first.formula("G1", "=AWARDCHECK(A1:E50)");
        second.formula("G1", "=AWARDCHECK(A1:E50)");
        for (int round = 0; round < 2; ++round) {
            CAPTURE(round);
            first.recalculate();
            second.recalculate();
            CHECK(first.value("G1") == 0);
            CHECK(second.value("G1") == 2);
        }
        cell_of(first, "C3")->setValue(7); // section I's tập thể, in the first document only
        CHECK(first.value("G1") == 1);
        CHECK(second.value("G1") == 2);
    }

    TEST_CASE("AWARDCHECK after rows are inserted and deleted inside the table") {
        CalcDocument doc;
        put_checked_table(doc);
        rows_of(doc)->insertByIndex(24, 1); // before row 25: the table is A1:E51
        CHECK(doc.formula_of("G1").ends_with("(A1:E51)"));
        doc.put("A25", grid_from_tsv("5\tUBND phường Mới\t1\t1\n"));
        doc.recalculate();
        // An item more in section III: its two subtotals and the grand total's two disagree.
        CHECK(doc.value("G1") == 4);
        rows_of(doc)->removeByIndex(24, 1); // the new row goes again
        CHECK(doc.formula_of("G1").ends_with("(A1:E50)"));
        doc.recalculate();
        CHECK(doc.value("G1") == 0);
        rows_of(doc)->removeByIndex(24, 1); // the item of row 25 (1 tập thể, 1 cá nhân) goes
        CHECK(doc.formula_of("G1").ends_with("(A1:E49)"));
        doc.recalculate();
        CHECK(doc.value("G1") == 4);
        // A new formula over the old address now also covers row 50, blank below the table:
        // the same four errors.
        doc.formula("G2", "=AWARDCHECK(A1:E50)");
        CHECK(doc.value("G2") == 4);
    }

    TEST_CASE("AWARDCHECK stored, its document closed, reloaded and edited") {
        const auto file = temp_dir() / "awardcheck.ods";
        {
            CalcDocument doc;
            put_checked_table(doc);
            cell_of(doc, "C25")->setValue(2);
            CHECK(doc.value("G1") == 2);
            doc.store(file);
        } // closed with its table in the memo
        CalcDocument reloaded(file);
        CHECK(reloaded.formula_of("G1").ends_with("AWARDCHECK(A1:E50)"));
        reloaded.recalculate();
        CHECK(reloaded.value("G1") == 2);
        cell_of(reloaded, "C25")->setValue(1);
        CHECK(reloaded.value("G1") == 0);
    }

    TEST_CASE("AWARDCHECK follows undo and redo") {
        CalcDocument doc;
        put_checked_table(doc);
        cell_of(doc, "D26")->setValue(0); // section III's cá nhân and the grand total's disagree
        doc.recalculate();
        CHECK(doc.value("G1") == 2);
        const auto undo = css::uno::Reference<css::document::XUndoManagerSupplier>(
                              doc.component(), css::uno::UNO_QUERY_THROW)
                              ->getUndoManager();
        undo->undo();
        CHECK(doc.value("D26") == 1);
        CHECK(doc.value("G1") == 0);
        doc.recalculate();
        CHECK(doc.value("G1") == 0);
        undo->redo();
        CHECK(doc.value("G1") == 2);
    }

    TEST_CASE("AWARDREPORT sees a row hidden and shown again, the values unchanged") {
        CalcDocument doc;
        put_seed_table(doc);
        doc.array_formula("H1:H40", "=AWARDREPORT(A1:E50)");
        doc.formula("G1", "=AWARDCHECK(A1:E50)"); // the same table, read without hidden rows
        doc.recalculate();
        CHECK(report_line(doc, "hidden rows").empty());
        const css::uno::Reference<css::beans::XPropertySet> row(rows_of(doc)->getByIndex(24),
                                                                css::uno::UNO_QUERY_THROW);
        row->setPropertyValue("IsVisible", css::uno::Any(false));
        doc.recalculate();
        CHECK(report_line(doc, "the table has hidden rows") ==
              "A25: the table has hidden rows (25): they are counted. (warning)");
        CHECK(report_line(doc, "Hidden rows (counted): ") == "Hidden rows (counted): 25.");
        CHECK(doc.value("G1") == 0); // hidden rows are only a warning
        row->setPropertyValue("IsVisible", css::uno::Any(true));
        doc.recalculate();
        CHECK(report_line(doc, "hidden rows").empty());
        CHECK(report_line(doc, "Hidden rows").empty());
    }
}
