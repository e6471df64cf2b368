#include "common/tsv.hpp"
#include "core/awards/summary.hpp"

#include <doctest/doctest.h>

using namespace vnplan;
using namespace vnplan::awards;

namespace {
const UnitTotal* find(const std::vector<UnitTotal>& units, const std::string& name) {
    for (const auto& u : units)
        if (u.unit == name) return &u;
    return nullptr;
}
} // namespace

TEST_CASE("summary: awards per unit over all sections of Kế hoạch 143") {
    const Grid grid = test::grid_from_file(test::example_path("award-quota-143.tsv"));
    const auto units = summarize(grid, verify(grid));
    // Phòng Nội vụ: I (1, 1), II (0, 1), VI (1, 1).
    const UnitTotal* noi_vu = find(units, "Phòng Nội vụ");
    REQUIRE(noi_vu);
    CHECK(noi_vu->counts == std::vector<long long>{2, 3});
    CHECK(noi_vu->rows.size() == 3);
    // "Văn phòng HĐND&UBND thành phố" in I, IV and V.
    const UnitTotal* van_phong = find(units, "Văn phòng HĐND&UBND thành phố");
    REQUIRE(van_phong);
    CHECK(van_phong->counts == std::vector<long long>{2, 3});
    // Spelling variants are one unit: UBND phường Trung Vương (II, IV).
    const UnitTotal* trung_vuong = find(units, "UBND phường Trung Vương");
    REQUIRE(trung_vuong);
    CHECK(trung_vuong->counts == std::vector<long long>{2, 2});
    // Totals over units equal the grand total.
    long long collective = 0, individual = 0;
    for (const auto& u : units) {
        collective += u.counts[0];
        individual += u.counts[1];
    }
    CHECK(collective == 33);
    CHECK(individual == 44);
}

TEST_CASE("summary: spelling variants and NFD are matched") {
    Grid g;
    g.rows = {
        {Cell::of(1.0), Cell::of(std::string("Ủy ban nhân dân phường Thanh Sơn")), Cell::of(1.0)},
        {Cell::of(2.0), Cell::of(std::string("UBND  phường Thanh Sơn")), Cell::of(2.0)},
        {Cell::of(3.0), Cell::of(std::string("Uỷ ban nhân dân phường Thanh Sơn")), Cell::of(4.0)},
        {Cell::of(4.0), Cell::of(std::string("Văn phòng HĐND & UBND")), Cell::of(1.0)},
        {Cell::of(5.0), Cell::of(std::string("Văn phòng HĐND&UBND")), Cell::of(1.0)}};
    const auto units = summarize(g, verify(g));
    REQUIRE(units.size() == 2);
    CHECK(units[0].unit == "Ủy ban nhân dân phường Thanh Sơn");
    CHECK(units[0].counts[0] == 7);
    CHECK(units[1].counts[0] == 2);
}

TEST_CASE("summary: a bad count is an error naming its cell") {
    Grid g = test::grid_from_file(test::example_path("award-quota-143.tsv"));
    g.rows[3][2] = Cell::of(std::string("x"));
    CHECK_THROWS_WITH_AS(summarize(g, verify(g)), doctest::Contains("C4"), InputError);
}
