// rank_at (INDEXRANK with a position), rank_gap (INDEXGAP) and rank_ranges (INDEXRANKRANGE).
// Expected values are worked out by hand from the rules in docs/indices.md.
#include "core/indices/indices.hpp"
#include "error_of.hpp"
#include "rank_helpers.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <optional>
#include <random>
#include <vector>

using namespace vnplan;
using namespace vnplan::indices;
using vnplan::indices::test::Column;
using vnplan::indices::test::error_of;
using vnplan::indices::test::skip;
using vnplan::indices::test::with;

namespace {

RankOptions ordered(Order order, int decimals = 6) {
    return with(TieRule::competition, order, decimals);
}

// The gap as text and as the double a cell gets; "-" for nullopt.
std::string text_of(const std::optional<decimal::Decimal>& gap) {
    if (!gap) return "-";
    const decimal::Parts parts = decimal::split(*gap);
    return (parts.negative ? "-" : "") + parts.integer +
           (parts.fraction.empty() ? "" : "." + parts.fraction);
}

using Ranges = std::vector<std::optional<std::pair<double, double>>>;
Ranges pairs(const std::vector<std::optional<RankRange>>& ranges) {
    Ranges out;
    for (const auto& range : ranges)
        out.push_back(range ? std::optional(std::pair(range->best, range->worst)) : std::nullopt);
    return out;
}

} // namespace

TEST_CASE("rank_at: the ordinal rule by position, as ranks() gives it") {
    const Column v{10, 20, 20, 5, 20};
    const RankOptions ordinal = with(TieRule::ordinal);
    // 20 x3 at positions 2, 3, 5 take 1, 2, 3; then 10 is 4th and 5 is 5th.
    CHECK(rank_at(10, v, 1, ordinal) == 4);
    CHECK(rank_at(20, v, 2, ordinal) == 1);
    CHECK(rank_at(20, v, 3, ordinal) == 2);
    CHECK(rank_at(5, v, 4, ordinal) == 5);
    CHECK(rank_at(20, v, 5, ordinal) == 3);
    // Lowest first: 5, 10, then the 20s in sheet order.
    const RankOptions lowest = with(TieRule::ordinal, Order::lowest_first);
    CHECK(rank_at(20, v, 2, lowest) == 3);
    CHECK(rank_at(20, v, 3, lowest) == 4);
    CHECK(rank_at(20, v, 5, lowest) == 5);
    // Other rules: the position changes nothing.
    CHECK(rank_at(20, v, 5) == 1);
    CHECK(rank_at(20, v, 5, with(TieRule::average)) == 2);
    CHECK(rank_at(10, v, 1, with(TieRule::dense)) == 2);
    // Skipped cells count as positions but not as ranks; equal after rounding is equal.
    const Column gaps{skip, 7, skip, 0.1 + 0.2, 0.3};
    CHECK(rank_at(7, gaps, 2, ordinal) == 1);
    CHECK(rank_at(0.3, gaps, 4, ordinal) == 2);
    CHECK(rank_at(0.3, gaps, 5, ordinal) == 3);
}

TEST_CASE("rank_at agrees with ranks() on random columns with ties") {
    std::mt19937 random(15);
    std::uniform_int_distribution<int> score(0, 12);
    std::uniform_int_distribution<int> hole(0, 9);
    for (int round = 0; round < 50; ++round) {
        Column v;
        for (int i = 0; i < 40; ++i)
            v.push_back(hole(random) == 0 ? Column::value_type{} : score(random) / 4.0);
        for (const Order order : {Order::highest_first, Order::lowest_first}) {
            const RankOptions options = with(TieRule::ordinal, order);
            const Column expected = ranks(v, options);
            for (std::size_t i = 0; i < v.size(); ++i)
                if (v[i]) {
                    CAPTURE(i);
                    CHECK(rank_at(*v[i], v, static_cast<double>(i + 1), options) == expected[i]);
                }
        }
    }
}

TEST_CASE("rank_at: a position that does not hold the value is refused") {
    const Column v{10, 20, skip};
    CHECK(error_of([&] { rank_at(10, v, 0); }).en.find("from 1 to 3") != std::string::npos);
    error_of([&] { rank_at(10, v, 4); });
    error_of([&] { rank_at(10, v, 1.5); });
    CHECK(error_of([&] { rank_at(10, v, 2); }).en ==
          "Cell 2 of the values holds 20, not the value to rank 10.");
    CHECK(error_of([&] { rank_at(10, v, 3); }).en == "Cell 3 of the values holds no number.");
    error_of([&] { rank_at(10, v, 1, with(TieRule::ordinal, Order::highest_first, 16)); });
}

TEST_CASE("rank_gap: the points to reach a rank, exact in decimal") {
    const Column v{90, 87.5, skip, 85.37, 85.37, 70};
    CHECK(text_of(rank_gap(87.5, v, 1)) == "2.5");
    // 87.5 - 85.37 is 2.1299999999999955 in binary: exactly 2.13.
    const auto gap = rank_gap(85.37, v, 2);
    CHECK(text_of(gap) == "2.13");
    CHECK(decimal::to_double(*gap) == 2.13);
    CHECK(text_of(rank_gap(85.37, v, 3)) == "0"); // already 3rd (tied)
    CHECK(text_of(rank_gap(85.37, v, 4)) == "0");
    CHECK(text_of(rank_gap(70, v, 3)) == "15.37"); // drawing level with 85.37 shares 3rd
    CHECK(text_of(rank_gap(70, v, 4)) == "15.37");
    CHECK(text_of(rank_gap(70, v, 5)) == "0"); // the last rank: nothing to gain
    CHECK(text_of(rank_gap(90, v, 1)) == "0");
    CHECK(text_of(rank_gap(60, v, 1)) == "-"); // not among the values: #N/A
}

TEST_CASE("rank_gap: lowest first, rounding, order of the others") {
    // Lowest first (days late, say): 5 must come down to 3.2.
    const Column days{5, 3.2, 4.1};
    CHECK(text_of(rank_gap(5, days, 1, ordered(Order::lowest_first))) == "1.8");
    CHECK(text_of(rank_gap(5, days, 2, ordered(Order::lowest_first))) == "0.9");
    CHECK(text_of(rank_gap(3.2, days, 1, ordered(Order::lowest_first))) == "0");
    // Compared after rounding: 50.775 is 50.78 at 2 places, 50.775 at 3.
    const Column close{50.775, 50.77};
    CHECK(text_of(rank_gap(50.77, close, 1, ordered(Order::highest_first, 2))) == "0.01");
    CHECK(text_of(rank_gap(50.77, close, 1, ordered(Order::highest_first, 3))) == "0.005");
    CHECK(text_of(rank_gap(50.77, close, 1, ordered(Order::highest_first, 1))) == "0"); // 50.8
    // 0.1 + 0.2 ties with 0.3 at 6 places.
    const Column sums{0.1 + 0.2, 0.3};
    CHECK(text_of(rank_gap(0.3, sums, 1)) == "0");
    CHECK(text_of(rank_gap(0.1 + 0.2, sums, 1)) == "0");
}

TEST_CASE("rank_gap: a bad target rank is refused") {
    const Column v{90, 80, 70};
    CHECK(error_of([&] { rank_gap(80, v, 4); }).en ==
          "The target rank 4 is beyond the number of units (3).");
    error_of([&] { rank_gap(80, v, 0); });
    error_of([&] { rank_gap(80, v, 1.5); });
    error_of([&] { rank_gap(80, v, std::numeric_limits<double>::quiet_NaN()); });
    error_of([&] { rank_gap(80, v, 1, ordered(Order::highest_first, -1)); });
}

TEST_CASE("rank_ranges: best and worst rank within a tolerance") {
    const Column v{90, 85.5, skip, 85.5, 70, 60};
    // 0.005 either way: two units 0.01 apart or more keep their order, equal ones may split.
    CHECK(pairs(rank_ranges(v, 0.005)) == Ranges{std::pair(1.0, 1.0), std::pair(2.0, 3.0),
                                                 std::nullopt, std::pair(2.0, 3.0),
                                                 std::pair(4.0, 4.0), std::pair(5.0, 5.0)});
    // Exactly 2 x tolerance apart: at most a tie, which shares the better rank.
    CHECK(pairs(rank_ranges(Column{80.01, 80}, 0.005)) ==
          Ranges{std::pair(1.0, 1.0), std::pair(1.0, 2.0)});
    // Half a point: 10, 9.4, 9, 8.
    CHECK(
        pairs(rank_ranges(Column{10, 9.4, 9, 8}, 0.5)) ==
        Ranges{std::pair(1.0, 2.0), std::pair(1.0, 3.0), std::pair(1.0, 3.0), std::pair(3.0, 4.0)});
    // Lowest first.
    CHECK(pairs(rank_ranges(Column{3.21, 3.2, 4}, 0.005, ordered(Order::lowest_first))) ==
          Ranges{std::pair(1.0, 2.0), std::pair(1.0, 1.0), std::pair(3.0, 3.0)});
    // Rounded first: at 1 place 85.46 and 85.5 are both 85.5.
    CHECK(pairs(rank_ranges(Column{85.46, 85.5}, 0, ordered(Order::highest_first, 1))) ==
          Ranges{std::pair(1.0, 1.0), std::pair(1.0, 1.0)});
}

TEST_CASE("rank_ranges with no tolerance is the competition rank twice") {
    std::mt19937 random(4);
    std::uniform_int_distribution<int> hundredths(8000, 8100);
    Column v;
    for (int i = 0; i < 300; ++i)
        v.push_back(i % 17 == 0 ? Column::value_type{} : hundredths(random) / 100.0);
    for (const Order order : {Order::highest_first, Order::lowest_first}) {
        const Column expected = ranks(v, ordered(order));
        const auto got = rank_ranges(v, 0, ordered(order));
        REQUIRE(got.size() == v.size());
        int differences = 0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (!expected[i]) {
                differences += got[i].has_value();
                continue;
            }
            differences += !got[i] || got[i]->best != *expected[i] || got[i]->worst != *expected[i];
        }
        CHECK(differences == 0);
    }
}

TEST_CASE("rank_ranges: a bad tolerance is refused") {
    const Column v{1, 2};
    CHECK(error_of([&] { rank_ranges(v, -0.005); }).en ==
          "The tolerance must be a number of at least 0 (got -0.005).");
    error_of([&] { rank_ranges(v, std::numeric_limits<double>::infinity()); });
}
