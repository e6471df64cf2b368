// ALLOCATEREPORT and ALLOCATECOMPARE (and the Dean and quota methods they show) against
// published cases. Each data set names where its numbers come from.
#include "core/awards/apportion_compare.hpp"
#include "core/awards/apportion_report.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace vnplan;
using namespace vnplan::awards;
using Seats = std::vector<std::int64_t>;

namespace {

// US House, 1790 census apportionment populations, 15 states in the order CT DE GA KY MD MA
// NH NJ NY NC PA RI SC VT VA; total 3,615,920 (COMAP, For All Practical Purposes, table
// 14.5; Tannenbaum, Excursions in Modern Mathematics).
const std::vector<double> us1790{236841, 55540,  70835,  68705, 278514, 475327, 141822, 179570,
                                 331589, 353523, 432879, 68446, 206236, 85533,  630560};

// M. L. Balinski, H. P. Young, "The quota method of apportionment", American Mathematical
// Monthly 82(7), 1975: the two worked examples, with the results of every method as the
// `apportionment` package (M. Lackner) tests them (tests/test_methods.py).
const std::vector<double> by_first{5117, 4400, 162, 161, 160};     // 100 seats
const std::vector<double> by_second{9061, 7179, 5259, 3319, 1182}; // 26 seats

const MethodOutcome& outcome(const MethodComparison& c, AllocationMethod m) {
    for (const MethodOutcome& o : c.methods)
        if (o.method == m) return o;
    throw std::logic_error("method missing");
}

std::string text_at(const Grid& g, std::size_t r, std::size_t c) {
    return g.at(r, c).text;
}

} // namespace

TEST_CASE("US House 1790, 105 seats: Jefferson, Hamilton and Webster") {
    // Jefferson: the Apportionment Act of 1792 (St. George Tucker's Blackstone, 1803, note D).
    const Seats act{7, 1, 2, 2, 8, 14, 4, 5, 10, 10, 13, 2, 6, 2, 19};
    // Hamilton at 105 (MAA Convergence, "Jefferson's method": 13 of 15 states as the act;
    // Delaware 2 and Virginia 18).
    const Seats hamilton{7, 2, 2, 2, 8, 14, 4, 5, 10, 10, 13, 2, 6, 2, 18};
    // Webster: the published quotas at 105 (standard divisor 34,437.3) rounded to the nearest
    // whole number already add up to 105 (6.877 -> 7, 1.613 -> 2, ..., 18.310 -> 18), so
    // Webster's divisor is the standard one and his apportionment equals Hamilton's here.
    const MethodComparison c = compare_methods(us1790, 105);
    CHECK(outcome(c, AllocationMethod::dhondt).allocation.seats == act);
    CHECK(outcome(c, AllocationMethod::hamilton).allocation.seats == hamilton);
    CHECK(outcome(c, AllocationMethod::sainte_lague).allocation.seats == hamilton);

    // The act's ratio, one member per 33,000 persons, is a Jefferson divisor: it lies in the
    // interval the report gives.
    const AllocationWorking w = explain_allocation(us1790, 105, AllocationMethod::dhondt);
    REQUIRE(w.has_interval);
    REQUIRE(w.interval_high);
    CHECK(w.interval_low <= 33000);
    CHECK(*w.interval_high >= 33000);
    // Jefferson's rounding down: every d with max w / (a + 1) <= d <= min w / a. The tightest
    // are New York's 10th seat (331,589 / 10) and North Carolina's 11th (353,523 / 11).
    CHECK(w.units[14].value == doctest::Approx(630560.0 / 19)); // Virginia's 19th seat
    CHECK(*w.interval_high == doctest::Approx(331589.0 / 10));
    CHECK(w.interval_low == doctest::Approx(353523.0 / 11));
    CHECK(w.standard_divisor == doctest::Approx(3615920.0 / 105));
}

TEST_CASE("Dean and the quota method on Balinski and Young's two examples") {
    CHECK(allocate(by_first, 100, "dean").seats == Seats{51, 43, 2, 2, 2});
    CHECK(allocate(by_first, 100, "quota").seats == Seats{52, 44, 2, 1, 1});
    CHECK(allocate(by_second, 26, "harmonic mean").seats == Seats{9, 7, 5, 4, 1});
    CHECK(allocate(by_second, 26, "Balinski-Young").seats == Seats{10, 7, 5, 3, 1});
    CHECK(parse_allocation_method("hạn ngạch") == AllocationMethod::quota);
    CHECK(parse_allocation_method("trung bình điều hòa") == AllocationMethod::dean);
}

TEST_CASE("a known quota violation: Jefferson gives 45 seats on a quota of exactly 44") {
    // Balinski and Young (1975), first example: the second unit's quota is 4400 / 10000 of
    // 100 seats = 44 exactly; D'Hondt gives it 45 and Adams 43 (the package's within_quota
    // test: [52, 45, 1, 1, 1] is not within quota).
    const MethodComparison c = compare_methods(by_first, 100);
    CHECK(outcome(c, AllocationMethod::dhondt).outside_quota == std::vector<std::size_t>{1});
    CHECK(outcome(c, AllocationMethod::adams).outside_quota == std::vector<std::size_t>{1});
    CHECK(outcome(c, AllocationMethod::hamilton).outside_quota.empty());
    CHECK(outcome(c, AllocationMethod::quota).outside_quota.empty());

    const Grid g = comparison_table(c, Lang::vi);
    REQUIRE(g.width() == 10);
    REQUIRE(g.height() == 1 + 5 + 5);
    CHECK(text_at(g, 0, 4) == "D'Hondt (Jefferson, làm tròn xuống)");
    CHECK(g.at(2, 2).number == 44);
    CHECK(g.at(2, 4).number == 45);
    CHECK(text_at(g, 7, 4) == "Vi phạm: đơn vị 2 nhận 45 (hạn ngạch 44)");
    CHECK(text_at(g, 7, 3) == "Đúng");
    CHECK(text_at(g, 8, 3) == "Không");
    // Loosemore-Hanby of Hamilton: 1/2 (|51-51.17| + |44-44| + |2-1.62| + |2-1.61| +
    // |1-1.60|) % = 1/2 (0.17 + 0 + 0.38 + 0.39 + 0.60) = 0.77 points.
    CHECK(g.at(9, 3).number == doctest::Approx(0.77));
    // Gallagher of Hamilton: sqrt(1/2 (0.17^2 + 0.38^2 + 0.39^2 + 0.60^2)) = 0.58541.
    CHECK(g.at(10, 3).number == doctest::Approx(0.585406));
}

TEST_CASE("the report: quotas, remainders, divisors and ties with a decision flag") {
    // Hamilton on 1790 at 120 (COMAP table 14.5): New Jersey's quota 5.959 gets a remainder
    // seat; Pennsylvania's 14.366 keeps the whole part only.
    AllocationWorking w = explain_allocation(us1790, 120, AllocationMethod::hamilton);
    CHECK(w.units[7].last_seat == LastSeat::remainder);
    CHECK(*w.units[7].value == doctest::Approx(0.959).epsilon(0.001));
    CHECK(w.units[10].last_seat == LastSeat::whole_part);
    CHECK_FALSE(w.has_interval);
    CHECK(w.allocation.exact_quotas[0] == "64593/8218"); // 236841 * 120 / 3615920, reduced

    // Three equal units, 4 seats: one seat goes by row order, which no law decides.
    w = explain_allocation({11, 11, 11}, 4, AllocationMethod::sainte_lague);
    const Grid g = allocation_report_table(w, Lang::vi);
    REQUIRE(g.width() == report_columns);
    CHECK(text_at(g, 0, 7) == "Hòa");
    CHECK(text_at(g, 1, 7) == "Hòa, được theo quy tắc hòa - cần bốc thăm / cần quyết định");
    CHECK(text_at(g, 2, 7) == "Hòa, không được theo quy tắc hòa - cần bốc thăm / cần quyết định");
    CHECK(text_at(g, 1, 3) == "4/3");
    CHECK(g.at(1, 4).number == 2);
    // Webster: the second seat of unit 1 stays while d <= 11 / 1.5; a second seat for the
    // others would need d <= 11 / 1.5 too: a single divisor.
    CHECK(g.at(1, 6).number == doctest::Approx(11 / 1.5));
    CHECK(g.at(7, 1).number == doctest::Approx(11 / 1.5));
    CHECK(g.at(7, 2).number == doctest::Approx(11 / 1.5));
    CHECK(text_at(g, 7, 3) == "Chỉ một số chia: có hòa");
    REQUIRE(g.height() == 9);
    CHECK(text_at(g, 8, 0) == "Hòa");
    CHECK(text_at(g, 8, 1).find("Cần bốc thăm / cần quyết định.") != std::string::npos);
    CHECK(text_at(g, 4, 0) == "Tổng cộng");
    CHECK(g.at(4, 4).number == 4);

    // Adams: a first seat has an infinite divisor; no upper limit when every unit has one seat.
    w = explain_allocation({3, 2, 1}, 3, AllocationMethod::adams);
    CHECK(w.allocation.seats == Seats{1, 1, 1});
    CHECK_FALSE(w.units[0].value);
    CHECK_FALSE(w.interval_high);
    CHECK(w.interval_low == 3); // a second seat for unit 1 needs d < 3 / 1
    const Grid en = allocation_report_table(w, Lang::en);
    CHECK(text_at(en, 1, 6) == "infinite (a first seat)");
    CHECK(text_at(en, 7, 2) == "no limit");

    // The quota method names the seat of the house at which a unit got its last seat.
    w = explain_allocation(by_second, 26, AllocationMethod::quota);
    CHECK(w.units[4].last_seat == LastSeat::quota_step);
    CHECK(*w.units[4].value == 1182);
}

TEST_CASE("the dialog's comparison: an aligned table, then what breaks the quota rule") {
    const MethodComparison c = compare_methods(by_first, 100);
    const auto lines = comparison_lines(c, {"B2 Xã Tân Lập", "B3"}, Lang::vi);
    // Header, 5 units, total, quota rule, ties, two measures; then the breaches of the quota
    // rule: every divisor method gives the second unit 45 (D'Hondt) or 43 on a quota of 44.
    REQUIRE(lines.size() == 1 + 5 + 5 + 5);
    // The first column is as wide as its widest label, "Loosemore-Hanby (điểm %)" (24).
    CHECK(lines[9] == "Loosemore-Hanby (điểm %)" + std::string(12, ' ') +
                          "      0,77      1,83      1,17      1,17      1,17      1,17      1,21");
    CHECK(lines[0].find("      Dean   B-Young") != std::string::npos);
    CHECK(lines[0].rfind("Đơn vị" + std::string(24 - 6, ' ') + "   Hạn ngạch  Hamilton", 0) == 0);
    CHECK(lines[1].rfind("1. B2 Xã Tân Lập" + std::string(24 - 16, ' ') + "       51,17        51",
                         0) == 0);
    CHECK(lines[3].rfind("3. Đơn vị", 0) == 0);
    CHECK(lines[7].find("VI PHẠM") != std::string::npos);
    CHECK(lines[11] ==
          "D'Hondt (Jefferson, làm tròn xuống): Vi phạm: đơn vị 2 nhận 45 (hạn ngạch 44)");
    CHECK(lines[14] == "Adams (làm tròn lên): Vi phạm: đơn vị 2 nhận 43 (hạn ngạch 44)");
}

TEST_CASE("a method that refuses the input leaves its column with the reason, not a guess") {
    // The quota method goes seat by seat and stops at 1,000,000 seats; the others still answer.
    const MethodComparison c = compare_methods({1, 2}, 3000000);
    const MethodOutcome& quota = outcome(c, AllocationMethod::quota);
    REQUIRE(quota.error);
    CHECK(quota.error->en.find("at most 1,000,000 seats") != std::string::npos);
    CHECK(outcome(c, AllocationMethod::dean).allocation.seats == Seats{1000000, 2000000});
    const Grid g = comparison_table(c, Lang::en);
    CHECK(g.at(1, 9).text == quota.error->en);
    CHECK(g.at(2, 9).is_empty());
    CHECK(g.at(3, 8).number == 3000000); // Dean's total
    CHECK(g.at(3, 9).is_empty());
    CHECK_THROWS_AS(allocate({1, 2}, 3000000, "quota"), InputError);
}

TEST_CASE("ALLOCATEREPORT and ALLOCATECOMPARE refuse more units than a table can explain") {
    // A whole column (A:A) is a million rows: an answer at once, not minutes of work.
    const std::vector<double> too_many(awards::max_explained_units + 1, 1.0);
    CHECK_THROWS_AS(awards::explain_allocation(too_many, 10, awards::AllocationMethod::hamilton),
                    InputError);
    CHECK_THROWS_AS(awards::compare_methods(too_many, 10), InputError);
    const std::vector<double> enough(awards::max_explained_units, 1.0);
    CHECK(awards::explain_allocation(enough, 10, awards::AllocationMethod::hamilton).units.size() ==
          awards::max_explained_units);
}
