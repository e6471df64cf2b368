// ALLOCATEREPORT and ALLOCATECOMPARE as array formulas in a real Calc sheet, on published
// cases (sources as in tests/unit/awards/apportion_report_test.cpp).
#include "support/calc.hpp"

#include "common/tsv.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace vnplan;
using namespace vnplan::test;

namespace {

// The 1790 census apportionment populations, CT DE GA KY MD MA NH NJ NY NC PA RI SC VT VA
// (COMAP, For All Practical Purposes, table 14.5).
constexpr const char* us1790 = "236841\n55540\n70835\n68705\n278514\n475327\n141822\n179570\n"
                               "331589\n353523\n432879\n68446\n206236\n85533\n630560\n";

std::string at(char column, int row) {
    return std::string(1, column) + std::to_string(row);
}

} // namespace

TEST_SUITE("addin.allocate") {
    TEST_CASE("ALLOCATEREPORT: the working of the Apportionment Act of 1792 (Jefferson)") {
        CalcDocument doc;
        doc.put("A1", grid_from_tsv(us1790));
        doc.array_formula("C1:J21", "=ALLOCATEREPORT(A1:A15;105;\"jefferson\")");
        doc.recalculate();
        // The test office's locale is English, so the add-in answers in English.
        CHECK(doc.string("C1") == "No.");
        CHECK(doc.string("G1") == "Seats");
        CHECK(doc.value("C2") == 1);
        CHECK(doc.value("D2") == 236841);
        CHECK(doc.value("E2") == doctest::Approx(236841.0 * 105 / 3615920));
        CHECK(doc.string("F2") == "64593/9392"); // 236841 * 105 / 3615920, reduced
        // The act: CT 7, DE 1, ..., VA 19 (St. George Tucker's Blackstone, 1803, note D).
        const double act[] = {7, 1, 2, 2, 8, 14, 4, 5, 10, 10, 13, 2, 6, 2, 19};
        for (int i = 0; i < 15; ++i) {
            CAPTURE(i);
            CHECK(doc.value(at('G', i + 2)) == act[i]);
            CHECK(doc.string(at('J', i + 2)).empty()); // no tie
        }
        CHECK(doc.string("H16") == "Largest divisor keeping its last seat");
        CHECK(doc.value("I16") == doctest::Approx(630560.0 / 19)); // Virginia's 19th seat
        CHECK(doc.string("C17") == "Total");
        CHECK(doc.value("D17") == 3615920);
        CHECK(doc.value("G17") == 105);
        CHECK(doc.string("D18") == "D'Hondt (Jefferson, rounding down)");
        CHECK(doc.value("D19") == doctest::Approx(3615920.0 / 105));
        // Every divisor from North Carolina's 353,523 / 11 to New York's 331,589 / 10 gives
        // the act's numbers; the act's own 33,000 lies between.
        CHECK(doc.value("D20") == doctest::Approx(353523.0 / 11));
        CHECK(doc.value("E20") == doctest::Approx(331589.0 / 10));
        CHECK(doc.error("C21") != 0); // #N/A past the result
    }

    TEST_CASE("ALLOCATEREPORT flags a tie the rule broke as needing a decision") {
        CalcDocument doc;
        doc.put("A1", grid_from_tsv("11\n11\n11\n"));
        doc.array_formula("C1:J9", "=ALLOCATEREPORT(A1:A3;4;\"webster\")");
        doc.recalculate();
        CHECK(doc.value("G2") == 2);
        CHECK(doc.value("G3") == 1);
        CHECK(doc.value("G4") == 1);
        CHECK(doc.string("J2") == "Tie, won by the tie rule - needs a draw / a decision");
        CHECK(doc.string("J3") == "Tie, lost by the tie rule - needs a draw / a decision");
        CHECK(doc.string("C9") == "Tie");
        CHECK(doc.string("D9") ==
              "Tie between unit 1, unit 2 and unit 3 for the last seat; by the tie rule (larger "
              "weight first, then the earlier row) it went to unit 1. Needs a draw / a decision.");
    }

    TEST_CASE("ALLOCATECOMPARE: seven methods, the quota rule and two measures") {
        // Balinski and Young (1975), first example: 100 seats; the second unit's quota is 44
        // exactly, D'Hondt gives it 45 and Adams 43.
        CalcDocument doc;
        doc.put("L1", grid_from_tsv("5117\n4400\n162\n161\n160\n"));
        doc.array_formula("A1:J11", "=ALLOCATECOMPARE(L1:L5;100)");
        doc.recalculate();
        CHECK(doc.string("D1") == "Largest remainder (Hamilton)");
        CHECK(doc.string("I1") == "Dean (harmonic mean)");
        CHECK(doc.string("J1") == "Quota method (Balinski-Young)");
        // Published results (the `apportionment` package's tests of the paper's example).
        const double expected[7][5] = {{51, 44, 2, 2, 1}, {52, 45, 1, 1, 1}, {51, 43, 2, 2, 2},
                                       {51, 43, 2, 2, 2}, {51, 43, 2, 2, 2}, {51, 43, 2, 2, 2},
                                       {52, 44, 2, 1, 1}};
        for (int m = 0; m < 7; ++m)
            for (int u = 0; u < 5; ++u) {
                CAPTURE(m);
                CAPTURE(u);
                CHECK(doc.value(at(static_cast<char>('D' + m), u + 2)) == expected[m][u]);
            }
        CHECK(doc.value("C3") == 44);
        CHECK(doc.value("E7") == 100);
        CHECK(doc.string("D8") == "Kept");
        CHECK(doc.string("E8") == "Broken: unit 2 gets 45 (quota 44)");
        CHECK(doc.string("H8") == "Broken: unit 2 gets 43 (quota 44)");
        CHECK(doc.string("J8") == "Kept");
        CHECK(doc.string("D9") == "None");
        // Hamilton: 1/2 (0.17 + 0 + 0.38 + 0.39 + 0.60) and sqrt(1/2 (0.17^2 + ... + 0.60^2)).
        CHECK(doc.value("D10") == doctest::Approx(0.77));
        CHECK(doc.value("D11") == doctest::Approx(0.585406));
    }

    TEST_CASE("ALLOCATE takes the new methods by name; bad input is Err:502") {
        CalcDocument doc;
        // Balinski and Young (1975), second example, 26 seats.
        doc.put("A1", grid_from_tsv("9061\n7179\n5259\n3319\n1182\n"));
        doc.array_formula("B1:B5", "=ALLOCATE(A1:A5;26;\"dean\")");
        doc.array_formula("C1:C5", "=ALLOCATE(A1:A5;26;\"quota\")");
        doc.array_formula("E1:L4", "=ALLOCATECOMPARE(A1:A5;-3)");
        doc.array_formula("E6:L8", "=ALLOCATEREPORT(A1:A5;26;\"lottery\")");
        doc.recalculate();
        const double dean[] = {9, 7, 5, 4, 1};
        const double quota[] = {10, 7, 5, 3, 1};
        for (int i = 0; i < 5; ++i) {
            CHECK(doc.value(at('B', i + 1)) == dean[i]);
            CHECK(doc.value(at('C', i + 1)) == quota[i]);
        }
        CHECK(doc.error("E1") == err_illegal_argument);
        CHECK(doc.error("E6") == err_illegal_argument);
    }
}
