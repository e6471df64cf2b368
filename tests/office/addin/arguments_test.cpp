// Optional arguments are read alike by every add-in service (src/addin/uno_convert.hpp).
#include "common/tsv.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace vnplan::test;

TEST_SUITE("addin.robustness") {
    TEST_CASE("blank text and blank cells count as omitted; options are trimmed") {
        CalcDocument doc;
        doc.text("A1", "  "); // B1 stays empty: Calc passes it to an `any` argument as 0
        doc.formula("C1", "=VNWORDS(105;A1)");
        doc.formula("C2", "=VNWORDS(105;B1)");
        doc.formula("C3", "=VNDATE(DATE(2024;4;3);A1)");
        doc.formula("C4", "=VNUNICODE(\"Vie^.t\";\" viqr \")");
        doc.formula("C5", "=INDEXPERCENT(87.06;99.5;A1)");
        doc.formula("C6", "=VNNUMBER(1.5;A1)");
        doc.formula("C7", "=RANKCHANGETEXT(3;8;B1)");
        doc.formula("C8", "=INDEXPHRASE(87.06;99.5;2;11;B1;A1)");
        doc.recalculate();
        CHECK(doc.string("C1") == "một trăm linh năm");
        CHECK(doc.string("C2") == "một trăm linh năm");
        CHECK(doc.string("C3") == "ngày 03 tháng 4 năm 2024");
        CHECK(doc.string("C4") == "Việt");
        CHECK(doc.value("C5") == 87.5);
        CHECK(doc.string("C6") == "1,5");
        CHECK(doc.string("C7") == "tăng 5 bậc");
        CHECK(doc.string("C8") == "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11");
    }

    TEST_CASE("decimals: 0 to 15 for the index functions, 0 to 20 for VNNUMBER") {
        CalcDocument doc;
        doc.formula("A1", "=INDEXPERCENT(87.06;99.5;15.9)");
        doc.formula("A2", "=INDEXPERCENT(87.06;99.5;16)");
        doc.formula("A3", "=VNNUMBER(1;20)");
        doc.formula("A4", "=VNNUMBER(1;21)");
        doc.formula("A5", "=VNNUMBER(1;-1)");
        doc.formula("A6", "=INDEXPERCENT(87.06;99.5;\"hai\")");
        doc.recalculate();
        CHECK(doc.error("A1") == 0);
        CHECK(doc.error("A2") == err_illegal_argument);
        CHECK(doc.string("A3") == "1," + std::string(20, '0'));
        CHECK(doc.error("A4") == err_illegal_argument);
        CHECK(doc.error("A5") == err_illegal_argument);
        CHECK(doc.error("A6") == err_illegal_argument);
    }

    TEST_CASE("the award functions read their options the same way") {
        CalcDocument doc;
        doc.put("A1", grid_from_file(example_path("award-quota-143.tsv")));
        doc.put("H1", grid_from_tsv("5\n3\n2\n"));
        doc.text("I1", " II ");
        // J1 stays empty: the default method
        doc.formula("G1", "=AWARDTOTAL(A1:E50;4;I1)");
        doc.formula("G2", "=AWARDTOTAL(A1:E50;4;\"  \")");
        doc.array_formula("K1:K3", "=ALLOCATE(H1:H3;20;J1)");
        doc.array_formula("L1:L3", "=ALLOCATE(H1:H3;20;\" dhondt \")");
        doc.recalculate();
        CHECK(doc.value("G1") == 7);
        CHECK(doc.value("G2") == 44);
        CHECK(doc.value("K1") == 10);
        CHECK(doc.value("L1") == 10);
    }
}
