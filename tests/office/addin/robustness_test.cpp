// Bad arguments give Calc's error values and never disturb the office.
#include "addin/function_table.hpp"
#include "common/tsv.hpp"
#include "office/ustring.hpp"
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
        doc.formula("K1", "=AWARDTOTAL(H1:I2;2)");        // text only
        doc.formula("K2", "=AWARDTOTAL(M1:N10;2)");       // empty cells
        doc.formula("K3", "=AWARDTOTAL(J1:K2;1)");        // error cells
        doc.formula("K4", "=AWARDTOTAL(C3;1)");           // 1x1 range
        doc.formula("K5", "=AWARDTOTAL(A1:E50;9)");       // column outside the table
        doc.formula("K6", "=AWARDTOTAL(A1:E50;2)");       // unit names are not counts
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
            CAPTURE(f.name_en);
            const std::string key =
                std::string(f.method) + "/" + std::to_string(f.arguments.size());
            CHECK(methods.count(key) == 1);
        }
    }
}
