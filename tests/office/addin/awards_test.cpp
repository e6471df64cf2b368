// AWARDTOTAL evaluated by Calc itself, stored as .ods, reloaded and evaluated again.
#include "common/tsv.hpp"
#include "support/calc.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::test;

namespace {
// The award table of Kế hoạch 143 occupies A1:E50.
constexpr const char* table = "$A$1:$E$50";

void put_seed_table(CalcDocument& doc) {
    doc.put("A1", grid_from_file(example_path("award-quota-143.tsv")));
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
