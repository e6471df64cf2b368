// Bad arguments give Calc's error values and never disturb the office.
#include "addin/function_table.hpp"
#include "common/tsv.hpp"
#include "office/common/ustring.hpp"
#include "support/calc.hpp"
#include "support/office_fixture.hpp"

#include <com/sun/star/reflection/XIdlClass.hpp>
#include <com/sun/star/reflection/XIdlMethod.hpp>
#include <com/sun/star/reflection/theCoreReflection.hpp>
#include <doctest/doctest.h>

#include <set>

using namespace vnplan;
using namespace vnplan::test;

TEST_SUITE("addin.robustness") {
    TEST_CASE("AWARDTOTAL with bad tables gives an error value, not a crash") {
        CalcDocument doc;
        doc.put("A1", grid_from_file(example_path("award-quota-143.tsv")));
        doc.text("H1", "chữ");
        doc.text("H2", "văn bản");
        doc.text("I1", "x");
        doc.text("I2", "y");
        doc.formula("J1", "=1/0");
        doc.formula("J2", "=NA()");
        doc.formula("K1", "=AWARDTOTAL(H1:I2;2)");         // text only
        doc.formula("K2", "=AWARDTOTAL(M1:N10;2)");        // empty cells
        doc.formula("K3", "=AWARDTOTAL(J1:K2;1)");         // error cells
        doc.formula("K4", "=AWARDTOTAL(C3;1)");            // 1x1 range
        doc.formula("K5", "=AWARDTOTAL(A1:E50;9)");        // column outside the table
        doc.formula("K6", "=AWARDTOTAL(A1:E50;2)");        // unit names are not counts
        doc.formula("K7", "=AWARDTOTAL(A1:E50;3;\"IX\")"); // no such section
        doc.formula("K8", "=AWARDTOTAL(A1:E50;3;99)");
        doc.formula("K9", "=AWARDTOTAL(\"text\";3)");
        doc.formula("K10", "=AWARDTOTAL(A1:E50;3;1.5)");
        doc.recalculate();
        for (const char* cell : {"K1", "K2", "K4", "K5", "K6", "K7", "K8", "K10"}) {
            CAPTURE(cell);
            CHECK(doc.error(cell) == err_illegal_argument);
        }
        CHECK(doc.error("K3") != 0); // Calc rejects error cells before calling the add-in
        CHECK(doc.error("K9") != 0);
        // The office is still alive and the add-in still answers.
        doc.formula("K11", "=AWARDTOTAL(A1:E50;3)");
        doc.recalculate();
        CHECK(doc.value("K11") == 33);
    }

    TEST_CASE("every function of the table is a method of the add-in's interfaces") {
        using namespace com::sun::star;
        auto reflection = reflection::theCoreReflection::get(test::office().context());
        std::set<std::string> methods;
        for (const auto& service : addin::service_table()) {
            const std::string type(service.interface);
            auto idl = reflection->forName(office::to_ou(type));
            REQUIRE(idl.is());
            for (const auto& m : idl->getMethods())
                methods.insert(office::to_utf8(m->getName()) + "/" +
                               std::to_string(m->getParameterInfos().getLength()));
        }
        for (const auto& f : addin::function_table()) {
            CAPTURE(f.name.en);
            const std::string key =
                std::string(f.method) + "/" + std::to_string(f.arguments.size());
            CHECK(methods.count(key) == 1);
        }
    }
}

TEST_SUITE("addin.robustness") {
    TEST_CASE("award functions with bad arguments give Err:502 and change nothing") {
        CalcDocument doc;
        doc.put("A1", grid_from_tsv("5\n3\n2\n"));
        doc.text("B1", "chữ");
        doc.formula("D1", "=AWARDCHECK(B1)");    // 1x1 text
        doc.formula("D2", "=AWARDCHECK(M1:N5)"); // empty cells
        doc.array_formula("D3:D3", "=AWARDREPORT(B1)");
        doc.array_formula("D4:E4", "=AWARDSUMMARY(M1:N5)");
        doc.array_formula("D5:D7", "=ALLOCATE(A1:A3;10;\"bogus\")");      // unknown method
        doc.array_formula("E5:E7", "=ALLOCATE(A1:A3;2.5)");               // fractional total
        doc.array_formula("F5:F7", "=ALLOCATE(A1:A3;10;\"hamilton\";5)"); // minimums 15 > 10
        doc.array_formula("G5:G7", "=ALLOCATE(A1:A3;-1)");
        doc.array_formula("H5:H7", "=ALLOCATE(B1:B3;10)");        // text weight
        doc.array_formula("I5:I7", "=ALLOCATE(A1:A3;10;;A1:A2)"); // wrong bound size
        doc.recalculate();
        for (const std::string cell :
             {"D1", "D2", "D3", "D4", "D5", "E5", "F5", "G5", "H5", "I5"}) {
            CAPTURE(cell);
            CHECK(doc.error(cell) == err_illegal_argument);
        }
        CHECK(doc.value("A1") == 5); // the input is untouched
        doc.array_formula("J5:J7", "=ALLOCATE(A1:A3;10)");
        doc.recalculate();
        CHECK(doc.value("J5") == 5);
    }
}
