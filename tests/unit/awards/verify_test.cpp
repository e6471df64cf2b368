#include "common/tsv.hpp"
#include "core/awards/verify.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::awards;

using test::seed000;

TEST_CASE("verify: the award table of Kế hoạch 143 adds up, with two numbering warnings") {
    const Verification v = verify(seed000());
    CHECK(v.errors.empty());
    REQUIRE(v.sections.size() == 6);
    CHECK(v.sections[0].totals.computed == std::vector<long long>{6, 10});
    CHECK(v.sections[0].totals.declared[0] == 6.0);
    CHECK(v.sections[4].totals.computed == std::vector<long long>{7, 10});
    CHECK(v.total.computed == std::vector<long long>{33, 44});
    CHECK(v.total.declared[1] == 44.0);
    CHECK(v.has_total_row);
    // Sections II and IV skip "2" as the original does: warnings, not errors.
    REQUIRE(v.warnings.size() == 2);
    CHECK(v.warnings[0].cell == "A14");
    CHECK(v.warnings[0].message.vi.find("thiếu 2") != std::string::npos);
    CHECK(v.warnings[1].cell == "A30");
    const auto lines = report_lines(v, Lang::vi);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "A14: số thứ tự nhảy từ 1 lên 3 (thiếu 2). (cảnh báo)");
    CHECK(counts_text(v.total.computed, v.layout.count_headers) == "33 tập thể, 44 cá nhân");
}

TEST_CASE("verify: wrong subtotals and totals are errors at the declared cell") {
    Grid g = seed000();
    g.rows[2][2] = Cell::of(7.0);   // section I says 7 tập thể, rows give 6
    g.rows[49][3] = Cell::of(45.0); // Tổng cộng cá nhân 45, rows give 44
    const Verification v = verify(g);
    REQUIRE(v.errors.size() == 2);
    CHECK(v.errors[0].cell == "C3");
    CHECK(v.errors[0].message.en.find("says 7 but its rows add up to 6") != std::string::npos);
    CHECK(v.errors[1].cell == "D50");
    CHECK(v.errors[1].message.vi.find("ghi 45 nhưng cộng các dòng được 44") != std::string::npos);
}

TEST_CASE("verify: bad counts are errors, blanks are zero") {
    Grid g = seed000();
    g.rows[3][2] = Cell::of(std::string("một"));
    g.rows[4][2] = Cell::of(-1.0);
    g.rows[5][3] = Cell::of(0.5);
    g.rows[6][3] = Cell::error();
    const Verification v = verify(g);
    // Four bad cells, and the section I subtotals and the grand totals no longer agree.
    CHECK(v.errors.size() == 4 + 2 + 2);
    CHECK(v.errors[0].cell == "C4");
    CHECK(v.errors[0].message.vi.find("không phải là số") != std::string::npos);
}

TEST_CASE("verify: a unit listed twice in one section is a warning, spelling aside") {
    Grid g = seed000();
    g.rows[4][1] =
        Cell::of(std::string("Uỷ ban nhân dân  phường Nam Khê")); // = row 11's UBND phường Nam Khê
    const Verification v = verify(g);
    CHECK(v.errors.empty());
    REQUIRE(v.warnings.size() == 3);
    bool found = false;
    for (const auto& w : v.warnings)
        found = found || w.cell == "B11";
    CHECK(found);
}

TEST_CASE("verify: report lines say OK when there is nothing") {
    Grid g;
    g.rows = {{Cell::of(1.0), Cell::of(std::string("A")), Cell::of(2.0)},
              {Cell::of(2.0), Cell::of(std::string("B")), Cell::of(1.0)},
              {Cell{}, Cell::of(std::string("Tổng cộng")), Cell::of(3.0)}};
    const Verification v = verify(g);
    CHECK(report_lines(v, Lang::en) == std::vector<std::string>{"OK"});
}
