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

#include <chrono>
#include <set>

using namespace vnplan;
using namespace vnplan::test;

namespace {

// Inputs a clerk's sheet throws at any argument (the cells are filled by hostile_sheet):
// text, blanks, error cells, a whole column, a huge number, arrays where one value is meant.
const std::vector<std::string> hostile_inputs{
    "\"chữ\"", "C1",    "Z500",    // text, text in a cell, a blank cell
    "D1",      "D2",    "A:A",     // #N/A, #DIV/0!, a whole column
    "1E+308",  "B1:B3", "{1;2;3}", // a huge number, a range and an inline array
};

// Column A: ten scores (what A:A holds); B1:B3 numbers; C1 text; D1 #N/A, D2 #DIV/0!.
void hostile_sheet(CalcDocument& doc) {
    doc.put("A1", grid_from_tsv("80\t1\n75.5\t2\n91\t3\n60\n88\n70\n65\n99\n50\n72\n"));
    doc.text("C1", "văn bản");
    doc.formula("D1", "=NA()");
    doc.formula("D2", "=1/0");
}

// A formula of a function and whether it gives a whole column to a parameter Calc passes as
// an array of values (any, sequence): Calc then builds a 1,048,576-row array before the add-in
// is called, which has its own time bound (see the test).
struct Call {
    std::string formula;
    int whole_columns_as_values = 0;
};

// Which visible arguments of `f` Calc passes as values (not as an XCellRange or a number).
std::vector<bool> value_arguments(const addin::FunctionSpec& f) {
    using namespace com::sun::star;
    auto reflection = reflection::theCoreReflection::get(test::office().context());
    auto idl =
        reflection->forName(office::to_ou(std::string(addin::service_of(f.domain).interface)));
    REQUIRE(idl.is());
    auto method = idl->getMethod(office::to_ou(std::string(f.method)));
    REQUIRE(method.is());
    const auto types = method->getParameterTypes();
    std::vector<bool> out;
    for (std::size_t i = 0; i < f.arguments.size(); ++i) {
        if (f.arguments[i].kind == addin::ArgumentKind::hidden) continue;
        const auto type = types[static_cast<sal_Int32>(i)]->getTypeClass();
        out.push_back(type == uno::TypeClass_ANY || type == uno::TypeClass_SEQUENCE);
    }
    return out;
}

// `f` with `input` at visible position `at` (at all of them for npos) and `other` elsewhere;
// optional arguments after `at` are left out.
Call call(const addin::FunctionSpec& f, const std::vector<bool>& values, std::size_t at,
          const std::string& input, const std::string& other) {
    Call out{"=" + std::string(f.name.en) + "("};
    for (std::size_t position = 0; position < values.size(); ++position) {
        const bool optional = f.arguments[position + f.arguments.size() - values.size()].kind ==
                              addin::ArgumentKind::optional;
        if (optional && at != std::string::npos && position > at) break;
        const bool hostile = at == std::string::npos || position == at;
        if (position > 0) out.formula += ";";
        out.formula += hostile ? input : other;
        out.whole_columns_as_values += hostile && input == "A:A" && values[position];
    }
    out.formula += ")";
    return out;
}

} // namespace

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

TEST_SUITE("addin.robustness") {
    TEST_CASE("every function with text, blanks, errors, A:A, 1E+308 and arrays: an error value "
              "or an answer, never a crash, never a hang") {
        // A whole column given to an any/sequence parameter makes Calc build a 1,048,576-row
        // array before the add-in is called (and UNO reflection copy it): 0.5 to 1.9 s each on
        // a quiet machine, 6 to 13 s with other suites beside it on 2 cores. The bound is for
        // hangs and quadratic passes over a million rows (ALLOCATEREPORT(A:A;1) once took 13
        // minutes), not a speed figure: the slowest calls are printed below for that.
        constexpr double per_call = 10.0, per_whole_column = 20.0;
        int calls = 0, errors = 0;
        double slowest = 0, slowest_whole_column = 0;
        std::string slowest_call, slowest_whole_column_call;
        for (const auto& f : addin::function_table()) {
            CAPTURE(f.name.en);
            CalcDocument doc; // one per function: a crash shows against the function that did it
            hostile_sheet(doc);
            const std::vector<bool> values = value_arguments(f);
            std::vector<Call> formulas;
            for (const auto& input : hostile_inputs) {
                // A whole column costs Calc up to two seconds per value argument before the
                // add-in is called: one argument at a time, the others plain, keeps the suite
                // within minutes while every argument still gets A:A once.
                const bool whole_column = input == "A:A";
                if (!whole_column)
                    formulas.push_back(call(f, values, std::string::npos, input, input));
                for (std::size_t at = 0; at < values.size(); ++at)
                    for (const char* other : {"1", "A1:A10"})
                        if (!whole_column || std::string(other) == "1")
                            formulas.push_back(call(f, values, at, input, other));
            }
            int row = 20; // below the inputs: a range in a one-value argument does not intersect
            for (const auto& c : formulas) {
                CAPTURE(c.formula);
                const std::string cell = "H" + std::to_string(row++);
                const auto start = std::chrono::steady_clock::now();
                doc.formula(cell, c.formula);
                const int error = doc.error(cell); // computes the cell
                const std::string shown = doc.string(cell);
                const double seconds =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                CHECK(error != err_no_name); // the add-in function was really called
                CHECK(seconds < per_call + per_whole_column * c.whole_columns_as_values);
                const bool whole = c.whole_columns_as_values > 0;
                auto& worst = whole ? slowest_whole_column : slowest;
                if (seconds > worst) {
                    worst = seconds;
                    (whole ? slowest_whole_column_call : slowest_call) = c.formula;
                }
                ++calls;
                errors += error != 0;
            }
            // The office is still alive and the add-in still right.
            doc.formula("G1", "=VNWORDS(21)");
            CHECK(doc.string("G1") == "hai mươi mốt");
        }
        MESSAGE("whole columns as values: slowest " << slowest_whole_column * 1000
                                                    << " ms: " << slowest_whole_column_call);
        MESSAGE(calls << " calls, " << errors << " gave an error value; slowest " << slowest * 1000
                      << " ms: " << slowest_call);
        CHECK(calls > 500);
    }

    TEST_CASE("hostile inputs with a known answer give that answer") {
        CalcDocument doc;
        hostile_sheet(doc);
        doc.formula("H1", "=VNWORDS(Z500)");     // a blank cell is 0 for Calc: "không"
        doc.formula("H2", "=VNPARSE(C1)");       // "văn bản" is no number in words
        doc.formula("H3", "=VNWORDS(D1)");       // Calc passes the error on without calling
        doc.formula("H4", "=INDEXRANK(99;A:A)"); // the best of the ten scores in column A
        doc.formula("H5", "=INDEXRANK(50;A:A)"); // the worst
        doc.formula("H6", "=RANKCHANGE(1E+308;1E+308)");
        CHECK(doc.string("H1") == "không");
        CHECK(doc.error("H2") == err_illegal_argument);
        CHECK(doc.error("H3") == 32767); // #N/A passed through
        CHECK(doc.value("H4") == 1);
        CHECK(doc.value("H5") == 10);
        CHECK((doc.error("H6") != 0 || doc.value("H6") == 0));
    }
}
