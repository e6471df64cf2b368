// The index-score functions evaluated by Calc itself: values, #N/A, Err:502 and array results.
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

using namespace vnplan;
using namespace vnplan::test;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr int err_not_available = 32767;   // #N/A: what Calc makes of a void result
constexpr int err_illegal_parameter = 504; // Calc could not convert an argument

void array_formula(CalcDocument& doc, const std::string& range, const std::string& formula) {
    Reference<css::sheet::XArrayFormulaRange>(doc.sheet()->getCellRangeByName(office::to_ou(range)),
                                              UNO_QUERY_THROW)
        ->setArrayFormula(office::to_ou(formula));
}

// The ranking column of the tests: numbers with a tie, text and a blank in between.
//   B1 90, B2 85.5, B3 "chưa chấm", B4 85.5, B5 blank, B6 70, B7 60
void put_scores(CalcDocument& doc) {
    doc.put("B1", Grid{{{Cell::of(90.0)},
                        {Cell::of(85.5)},
                        {Cell::of(std::string("chưa chấm"))},
                        {Cell::of(85.5)},
                        {Cell{}},
                        {Cell::of(70.0)},
                        {Cell::of(60.0)}}});
}

} // namespace

TEST_SUITE("addin.indices") {
    TEST_CASE("INDEXPERCENT rounds half up in decimal") {
        CalcDocument doc;
        doc.formula("A1", "=INDEXPERCENT(87.06;99.5)");
        doc.formula("A2", "=INDEXPERCENT(40.62;80)");
        doc.formula("A3", "=INDEXPERCENT(40.62;80;1)");
        doc.formula("A4", "=INDEXPERCENT(40.62;80;\"\")"); // an empty text is omitted
        doc.formula("A5", "=VNNUMBER(INDEXPERCENT(87.06;99.5);2)");
        doc.formula("A6", "=INDEXPERCENT(1;0)");
        doc.formula("A7", "=INDEXPERCENT(1;3;16)");
        doc.formula("A8", "=INDEXPERCENT(1;3;\"hai\")");
        doc.recalculate();
        CHECK(doc.error("A1") == 0);
        CHECK(doc.value("A1") == 87.5);
        CHECK(doc.value("A2") == 50.78); // exactly 50.775: binary rounding gives 50.77
        CHECK(doc.value("A3") == 50.8);
        CHECK(doc.value("A4") == 50.78);
        CHECK(doc.string("A5") == "87,50"); // shown as the notice writes it
        for (const char* cell : {"A6", "A7", "A8"}) {
            CAPTURE(cell);
            CHECK(doc.error(cell) == err_illegal_argument);
        }
    }

    TEST_CASE("INDEXRANK: tie rules, order, skipped cells, #N/A") {
        CalcDocument doc;
        put_scores(doc);
        doc.formula("D1", "=INDEXRANK(90;B1:B7)");
        doc.formula("D2", "=INDEXRANK(85.5;B1:B7)");
        doc.formula("D3", "=INDEXRANK(70;B1:B7)");
        doc.formula("D4", "=INDEXRANK(70;B1:B7;0;\"dense\")");
        doc.formula("D5", "=INDEXRANK(85.5;B1:B7;0;\"average\")");
        doc.formula("D6", "=INDEXRANK(70;B1:B7;1)");
        doc.formula("D7", "=INDEXRANK(85.5;B1:B7;;\"ordinal\")");
        doc.formula("D8", "=INDEXRANK(70;B1:B7;0;\"liên tục\")");
        doc.formula("D9", "=INDEXRANK(B6;B1:B7;0;Z1)"); // a blank ties cell: the default
        doc.formula("D10", "=INDEXRANK(55;B1:B7)");
        doc.formula("D11", "=INDEXRANK(90;B1:B7;0;\"foo\")");
        doc.formula("D12", "=INDEXRANK(90;B1:B7;0;;99)");
        doc.formula("D13", "=INDEXRANK(90;B1:B7;0;B1:B2)"); // a range where one cell is asked
        doc.formula("D14", "=RANK.EQ(70;B1:B7)");
        // Error cells are skipped too; a whole-column reference reads only the used rows.
        doc.formula("B20", "=1/0");
        doc.formula("B21", "=NA()");
        doc.formula("B22", "=5");
        doc.formula("D20", "=INDEXRANK(5;B20:B22)");
        doc.formula("D21", "=INDEXRANK(70;B:B)");
        doc.formula("D22", "=INDEXRANK(5;{1;5})"); // like RANK.EQ: a reference, not an array
        doc.recalculate();
        CHECK(doc.value("D1") == 1);
        CHECK(doc.value("D2") == 2);
        CHECK(doc.value("D3") == 4);
        CHECK(doc.value("D4") == 3);
        CHECK(doc.value("D5") == 2.5);
        CHECK(doc.value("D6") == 2);
        CHECK(doc.value("D7") == 2);
        CHECK(doc.value("D8") == 3);
        CHECK(doc.value("D9") == 4);
        CHECK(doc.value("D14") == doc.value("D3"));
        CHECK(doc.error("D10") == err_not_available);
        CHECK(doc.value("D20") == 1);
        CHECK(doc.value("D21") == 4);
        CHECK(doc.error("D22") == err_illegal_parameter);
        for (const char* cell : {"D11", "D12", "D13"}) {
            CAPTURE(cell);
            CHECK(doc.error(cell) == err_illegal_argument);
        }
    }

    TEST_CASE("INDEXRANK compares after rounding") {
        CalcDocument doc;
        // 0.1+0.2 is 0.30000000000000004 in binary; rounded to 6 places it ties with 0.3.
        doc.put("A1", Grid{{{Cell::of(0.1 + 0.2)},
                            {Cell::of(0.3)},
                            {Cell::of(0.2)},
                            {Cell::of(50.775)},
                            {Cell::of(50.78)}}});
        doc.formula("B1", "=INDEXRANK(A2;A1:A3)");
        doc.formula("B2", "=INDEXRANK(A5;A4:A5;0;;2)"); // 50.775 rounds to 50.78: a tie
        doc.formula("B3", "=INDEXRANK(A4;A4:A5;0;;3)");
        doc.recalculate();
        CHECK(doc.value("B1") == 1);
        CHECK(doc.value("B2") == 1);
        CHECK(doc.value("B3") == 2);
    }

    TEST_CASE("INDEXRANKS as an array formula, with and without groups") {
        CalcDocument doc;
        put_scores(doc);
        doc.put("A1", Grid{{{Cell::of(std::string("Khối sở"))},
                            {Cell::of(std::string("Khối địa phương"))},
                            {Cell::of(std::string("Khối sở"))},
                            {Cell::of(std::string(" khối  ĐỊA phương"))},
                            {Cell::of(std::string("Khối sở"))},
                            {Cell::of(std::string("Khối sở"))},
                            {Cell::of(std::string("Khối địa phương"))}}});
        array_formula(doc, "C1:C7", "=INDEXRANKS(B1:B7)");
        array_formula(doc, "D1:D7", "=INDEXRANKS(B1:B7;0;\"dense\";A1:A7)");
        array_formula(doc, "E1:E7", "=INDEXRANKS(B1:B7;1;\"ordinal\")");
        array_formula(doc, "F1:F7", "=INDEXRANKS(B1:B7;0;;A1:A6)"); // groups of another size
        // Error cells are skipped like text; an inline array is not a cell range.
        doc.formula("B20", "=1/0");
        doc.formula("B21", "=7");
        array_formula(doc, "G20:G21", "=INDEXRANKS(B20:B21)");
        array_formula(doc, "H20:H21", "=INDEXRANKS({1;2})");
        doc.recalculate();
        CHECK(doc.error("G20") == 0);
        CHECK(doc.string("G20").empty());
        CHECK(doc.value("G21") == 1);
        CHECK(doc.error("H20") == err_illegal_parameter);
        const double overall[] = {1, 2, -1, 2, -1, 4, 5};
        const double grouped[] = {1, 1, -1, 1, -1, 2, 2}; // sở: 90, 70; địa phương: 85.5 x2, 60
        const double lowest_first[] = {5, 3, -1, 4, -1, 2, 1};
        for (int row = 0; row < 7; ++row) {
            const std::string r = std::to_string(row + 1);
            CAPTURE(r);
            CHECK(doc.error("C" + r) == 0);
            if (overall[row] < 0) {
                CHECK(doc.string("C" + r).empty()); // skipped cells stay blank
                CHECK(doc.string("D" + r).empty());
                CHECK(doc.string("E" + r).empty());
            } else {
                CHECK(doc.value("C" + r) == overall[row]);
                CHECK(doc.value("D" + r) == grouped[row]);
                CHECK(doc.value("E" + r) == lowest_first[row]);
            }
            CHECK(doc.error("F" + r) == err_illegal_argument);
        }
    }

    TEST_CASE("INDEXRANK and INDEXRANKS agree with RANK.EQ on a column of scores") {
        constexpr int rows = 300;
        CalcDocument doc;
        std::mt19937 random(42);
        std::uniform_int_distribution<int> hundredths(4000, 9950); // duplicates are likely
        Grid scores;
        for (int i = 0; i < rows; ++i)
            scores.rows.push_back({Cell::of(hundredths(random) / 100.0)});
        doc.put("A1", scores);
        const std::string all = "$A$1:$A$" + std::to_string(rows);
        css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas(rows);
        for (int i = 0; i < rows; ++i) {
            const std::string a = "A" + std::to_string(i + 1);
            css::uno::Sequence<rtl::OUString> row(2);
            row[0] = office::to_ou("=INDEXRANK(" + a + ";" + all + ")");
            row[1] = office::to_ou("=RANK.EQ(" + a + ";" + all + ")");
            formulas[i] = row;
        }
        Reference<css::sheet::XCellRangeFormula>(
            doc.sheet()->getCellRangeByName(office::to_ou("B1:C" + std::to_string(rows))),
            UNO_QUERY_THROW)
            ->setFormulaArray(formulas);
        array_formula(doc, "D1:D" + std::to_string(rows), "=INDEXRANKS(" + all + ")");
        doc.recalculate();
        const auto values =
            Reference<css::sheet::XCellRangeData>(
                doc.sheet()->getCellRangeByName(office::to_ou("B1:D" + std::to_string(rows))),
                UNO_QUERY_THROW)
                ->getDataArray();
        int differences = 0;
        for (const auto& row : values) {
            double ours = 0, calc = 0, array = 0;
            CHECK((row[0] >>= ours));
            CHECK((row[1] >>= calc));
            CHECK((row[2] >>= array));
            differences += (ours != calc) + (array != calc);
        }
        CHECK(differences == 0);
    }

    TEST_CASE("RANKCHANGE and RANKCHANGETEXT") {
        CalcDocument doc;
        doc.formula("A1", "=RANKCHANGE(2;7)");
        doc.formula("A2", "=RANKCHANGE(7;2)");
        doc.formula("A3", "=RANKCHANGE(0;2)");
        doc.formula("B1", "=RANKCHANGETEXT(2;7)");
        doc.formula("B2", "=RANKCHANGETEXT(2;7;TRUE())");
        doc.formula("B3", "=RANKCHANGETEXT(5;2)");
        doc.formula("B4", "=RANKCHANGETEXT(3;3;1)");
        doc.formula("B5", "=RANKCHANGETEXT(2.5;3)");
        doc.formula("B6", "=RANKCHANGETEXT(2;7;\"có\")");
        doc.recalculate();
        CHECK(doc.value("A1") == 5);
        CHECK(doc.value("A2") == -5);
        CHECK(doc.error("A3") == err_illegal_argument);
        CHECK(doc.string("B1") == "tăng 5 bậc");
        CHECK(doc.string("B2") == "tăng 05 bậc");
        CHECK(doc.string("B3") == "giảm 3 bậc");
        CHECK(doc.string("B4") == "giữ nguyên");
        CHECK(doc.error("B5") == err_illegal_argument);
        CHECK(doc.error("B6") == err_illegal_argument);
    }

    TEST_CASE("INDEXTIER: the highest threshold not above, #N/A below all") {
        CalcDocument doc;
        // E1:F4 with a bottom tier; E6:F9 in any order, without one, and a spare blank row.
        doc.put("E1", Grid{{{Cell::of(90.0), Cell::of(std::string("Tốt"))},
                            {Cell::of(80.0), Cell::of(std::string("Khá"))},
                            {Cell::of(65.0), Cell::of(std::string("Trung bình"))},
                            {Cell::of(0.0), Cell::of(std::string("Yếu"))}}});
        doc.put("E6", Grid{{{Cell::of(65.0), Cell::of(std::string("Trung bình"))},
                            {Cell::of(90.0), Cell::of(std::string("Tốt"))},
                            {Cell::of(80.0), Cell::of(std::string("Khá"))},
                            {Cell{}, Cell{}}}});
        doc.formula("A1", "=INDEXTIER(INDEXPERCENT(87.06;99.5);E1:E4;F1:F4)");
        doc.formula("A2", "=INDEXTIER(90;E6:E9;F6:F9)");
        doc.formula("A3", "=INDEXTIER(12;E1:E4;F1:F4)");
        doc.formula("A4", "=INDEXTIER(50;E6:E9;F6:F9)");
        doc.formula("A5", "=INDEXTIER(50;E1:E4;F1:F3)");
        doc.formula("A6", "=INDEXTIER(50;F1:F4;E1:E4)");
        doc.recalculate();
        CHECK(doc.string("A1") == "Khá");
        CHECK(doc.string("A2") == "Tốt");
        CHECK(doc.string("A3") == "Yếu");
        CHECK(doc.error("A4") == err_not_available);
        CHECK(doc.error("A5") == err_illegal_argument);
        CHECK(doc.error("A6") == err_illegal_argument);
    }

    TEST_CASE("INDEXPHRASE: the sentence of seed 004") {
        CalcDocument doc;
        doc.formula("A1", "=INDEXPHRASE(87.06;99.5;2;11;7;2022)");
        doc.formula("A2", "=INDEXPHRASE(87.06;99.5;2;11)");
        doc.formula("A3", "=INDEXPHRASE(87.06;99.5;2;11;Z1;Z2)"); // blank cells: a new unit
        doc.formula("A4", "=INDEXPHRASE(87.06;99.5;2;11;2)");
        doc.formula("A5", "=INDEXPHRASE(87.06;99.5;12;11)");
        doc.formula("A6", "=INDEXPHRASE(100;99.5;2;11)");
        doc.recalculate();
        CHECK(doc.string("A1") == "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11, tăng "
                                  "05 bậc so với năm 2022");
        CHECK(doc.string("A2") == "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11");
        CHECK(doc.string("A3") == doc.string("A2"));
        CHECK(doc.string("A4") == "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11, giữ "
                                  "nguyên");
        CHECK(doc.error("A5") == err_illegal_argument);
        CHECK(doc.error("A6") == err_illegal_argument);
        // The office survived every error and still answers.
        doc.formula("A7", "=INDEXPERCENT(40.62;80)");
        doc.recalculate();
        CHECK(doc.value("A7") == 50.78);
    }

    TEST_CASE("the Indices service serves Vietnamese names") {
        auto context = test::office().context();
        Reference<css::sheet::XAddIn> addin(
            context->getServiceManager()->createInstanceWithContext("org.vnplan.Indices", context),
            UNO_QUERY_THROW);
        css::lang::Locale vi;
        vi.Language = "vi";
        vi.Country = "VN";
        addin->setLocale(vi);
        CHECK(office::to_utf8(addin->getDisplayFunctionName("indexRank")) == "XEPHANG");
        CHECK(office::to_utf8(addin->getDisplayFunctionName("indexRanks")) == "XEPHANGCOT");
        CHECK(office::to_utf8(addin->getDisplayFunctionName("indexPercent")) == "TYLECHISO");
        CHECK(office::to_utf8(addin->getProgrammaticFuntionName("XEPLOAICHISO")) == "indexTier");
        CHECK(office::to_utf8(addin->getFunctionDescription("indexPhrase")).find("diễn giải") !=
              std::string::npos);
        CHECK(office::to_utf8(addin->getDisplayArgumentName("indexRank", 1)) == "vung_gia_tri");
        css::lang::Locale en;
        en.Language = "en";
        en.Country = "US";
        addin->setLocale(en);
        CHECK(office::to_utf8(addin->getDisplayFunctionName("indexRank")) == "INDEXRANK");
    }
}

// Issue 15: INDEXRANK's ordinal rule by position, INDEXGAP and INDEXRANKRANGE. Expected values
// are worked out by hand from the rules in docs/indices.md.
TEST_SUITE("addin.indices") {
    TEST_CASE("INDEXRANK with a position: the ordinal rule filled down gives 1, 2, 3, 4") {
        CalcDocument doc;
        put_scores(doc); // B1:B7: 90, 85.5, text, 85.5, blank, 70, 60
        for (const char* row : {"1", "2", "4", "6", "7"}) {
            const std::string r = row;
            doc.formula("C" + r,
                        "=INDEXRANK(B" + r + ";$B$1:$B$7;0;\"ordinal\";;ROWS($B$1:B" + r + "))");
            doc.formula("D" + r, "=INDEXRANK(B" + r + ";$B$1:$B$7;0;\"ordinal\")"); // no position
            doc.formula("E" + r,
                        "=INDEXRANK(B" + r + ";$B$1:$B$7;1;\"thứ tự\";;ROWS($B$1:B" + r + "))");
        }
        // Four equal values filled down: 1, 2, 3, 4 in sheet order.
        doc.put("G1",
                Grid{{{Cell::of(80.0)}, {Cell::of(80.0)}, {Cell::of(80.0)}, {Cell::of(80.0)}}});
        for (int row = 1; row <= 4; ++row) {
            const std::string r = std::to_string(row);
            doc.formula("H" + r,
                        "=INDEXRANK(G" + r + ";$G$1:$G$4;;\"ordinal\";;ROWS($G$1:G" + r + "))");
        }
        // A row of values: the position counts across.
        doc.put("A10", Grid{{{Cell::of(5.0), Cell::of(5.0), Cell::of(3.0)}}});
        doc.formula("A11", "=INDEXRANK(B10;A10:C10;0;\"ordinal\";;COLUMNS($A$10:B10))");
        doc.formula("A12", "=INDEXRANK(B4;$B$1:$B$7;0;;;4)"); // competition: position unused
        doc.formula("A13", "=INDEXRANK(85.5;$B$1:$B$7;0;\"ordinal\";;Z1)"); // blank: omitted
        doc.formula("A14", "=INDEXRANK(90;$B$1:$B$7;0;\"ordinal\";;2)");    // B2 is 85.5
        doc.formula("A15", "=INDEXRANK(90;$B$1:$B$7;0;\"ordinal\";;3)");    // B3 is text
        doc.formula("A16", "=INDEXRANK(90;$B$1:$B$7;0;\"ordinal\";;8)");    // beyond B7
        doc.formula("A17", "=INDEXRANK(90;$B$1:$B$7;0;\"ordinal\";;1.5)");
        doc.recalculate();
        // Highest first: 90, 85.5 (B2), 85.5 (B4), 70, 60.
        CHECK(doc.value("C1") == 1);
        CHECK(doc.value("C2") == 2);
        CHECK(doc.value("C4") == 3);
        CHECK(doc.value("C6") == 4);
        CHECK(doc.value("C7") == 5);
        CHECK(doc.value("D2") == 2); // without a position a tie has one rank
        CHECK(doc.value("D4") == 2);
        // Lowest first: 60, 70, 85.5 (B2), 85.5 (B4), 90.
        CHECK(doc.value("E7") == 1);
        CHECK(doc.value("E6") == 2);
        CHECK(doc.value("E2") == 3);
        CHECK(doc.value("E4") == 4);
        CHECK(doc.value("E1") == 5);
        for (int row = 1; row <= 4; ++row) {
            CAPTURE(row);
            CHECK(doc.value("H" + std::to_string(row)) == row);
        }
        CHECK(doc.value("A11") == 2);
        CHECK(doc.value("A12") == 2);
        CHECK(doc.value("A13") == 2);
        for (const char* cell : {"A14", "A15", "A16", "A17"}) {
            CAPTURE(cell);
            CHECK(doc.error(cell) == err_illegal_argument);
        }
    }

    TEST_CASE("INDEXGAP: the points to a target rank, exact in decimal") {
        CalcDocument doc;
        doc.put("A1", Grid{{{Cell::of(90.0)},
                            {Cell::of(87.5)},
                            {Cell::of(std::string("x"))},
                            {Cell::of(85.37)},
                            {Cell::of(85.37)},
                            {Cell::of(70.0)}}});
        doc.put("B1", Grid{{{Cell::of(5.0)}, {Cell::of(3.2)}, {Cell::of(4.1)}}});
        doc.put("C1", Grid{{{Cell::of(50.775)}, {Cell::of(50.77)}}});
        doc.formula("D1", "=INDEXGAP(87.5;A1:A6;1)");
        doc.formula("D2", "=INDEXGAP(A4;A1:A6;2)"); // 87.5 - 85.37
        doc.formula("D3", "=INDEXGAP(85.37;A1:A6;3)");
        doc.formula("D4", "=INDEXGAP(70;A1:A6;3)"); // drawing level with 85.37 shares 3rd
        doc.formula("D5", "=INDEXGAP(70;A1:A6;5)"); // the last rank
        doc.formula("D6", "=INDEXGAP(90;A1:A6;1)");
        doc.formula("D7", "=INDEXGAP(5;B1:B3;1;1)");    // lowest first: down to 3.2
        doc.formula("D8", "=INDEXGAP(C2;C1:C2;1;0;2)"); // 50.78 - 50.77
        doc.formula("D9", "=INDEXGAP(C2;C1:C2;1;0;3)"); // 50.775 - 50.77
        doc.formula("D10", "=INDEXGAP(60;A1:A6;1)");
        doc.formula("D11", "=INDEXGAP(70;A1:A6;0)");
        doc.formula("D12", "=INDEXGAP(70;A1:A6;6)");
        doc.formula("D13", "=INDEXGAP(70;A1:A6;1.5)");
        doc.recalculate();
        CHECK(doc.value("D1") == 2.5);
        CHECK(doc.value("D2") == 2.13); // binary 87.5 - 85.37 is 2.1299999999999955
        CHECK(doc.value("D3") == 0);
        CHECK(doc.value("D4") == 15.37);
        CHECK(doc.value("D5") == 0);
        CHECK(doc.value("D6") == 0);
        CHECK(doc.value("D7") == 1.8);
        CHECK(doc.value("D8") == 0.01);
        CHECK(doc.value("D9") == 0.005);
        CHECK(doc.error("D10") == err_not_available);
        for (const char* cell : {"D11", "D12", "D13"}) {
            CAPTURE(cell);
            CHECK(doc.error(cell) == err_illegal_argument);
        }
    }

    TEST_CASE("INDEXRANKRANGE: best and worst rank within a tolerance") {
        CalcDocument doc;
        put_scores(doc); // B1:B7: 90, 85.5, text, 85.5, blank, 70, 60
        array_formula(doc, "C1:D7", "=INDEXRANKRANGE(B1:B7)"); // 0.005
        array_formula(doc, "E1:F7", "=INDEXRANKRANGE(B1:B7;0)");
        array_formula(doc, "G1:H7", "=INDEXRANKRANGE(B1:B7;10)");
        array_formula(doc, "I1:J7", "=INDEXRANKRANGE(B1:B7;0;1)");
        array_formula(doc, "K1:L7", "=INDEXRANKRANGE(B1:B7;-1)");
        doc.recalculate();
        const double none = -1;
        // {best, worst} per row of B1:B7; -1: a skipped cell (blank result).
        const double tolerance_005[7][2] = {{1, 1},       {2, 3}, {none, none}, {2, 3},
                                            {none, none}, {4, 4}, {5, 5}};
        const double tolerance_0[7][2] = {{1, 1},       {2, 2}, {none, none}, {2, 2},
                                          {none, none}, {4, 4}, {5, 5}};
        // 10 either way (20 apart at most): 90 could fall behind both 85.5s, 70 reach the top.
        const double tolerance_10[7][2] = {{1, 3},       {1, 4}, {none, none}, {1, 4},
                                           {none, none}, {1, 5}, {4, 5}};
        const double lowest_first[7][2] = {{5, 5},       {3, 3}, {none, none}, {3, 3},
                                           {none, none}, {2, 2}, {1, 1}};
        const struct {
            const char* best;
            const char* worst;
            const double (*expected)[2];
        } columns[] = {{"C", "D", tolerance_005},
                       {"E", "F", tolerance_0},
                       {"G", "H", tolerance_10},
                       {"I", "J", lowest_first}};
        for (const auto& column : columns)
            for (int row = 0; row < 7; ++row) {
                const std::string r = std::to_string(row + 1);
                const std::string best = column.best + r;
                const std::string worst = column.worst + r;
                CAPTURE(best);
                CHECK(doc.error(best) == 0);
                if (column.expected[row][0] < 0) {
                    CHECK(doc.string(best).empty());
                    CHECK(doc.string(worst).empty());
                } else {
                    CHECK(doc.value(best) == column.expected[row][0]);
                    CHECK(doc.value(worst) == column.expected[row][1]);
                }
            }
        CHECK(doc.error("K1") == err_illegal_argument);
    }

    TEST_CASE("the new functions have Vietnamese names") {
        auto context = test::office().context();
        Reference<css::sheet::XAddIn> addin(
            context->getServiceManager()->createInstanceWithContext("org.vnplan.Indices", context),
            UNO_QUERY_THROW);
        css::lang::Locale vi;
        vi.Language = "vi";
        vi.Country = "VN";
        addin->setLocale(vi);
        CHECK(office::to_utf8(addin->getDisplayFunctionName("indexGap")) == "DIEMCANTHEM");
        CHECK(office::to_utf8(addin->getDisplayFunctionName("indexRankRange")) == "KHOANGHANG");
        CHECK(office::to_utf8(addin->getDisplayArgumentName("indexRank", 5)) == "vi_tri");
    }
}
