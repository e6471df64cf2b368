#include "core/indices/rank_index.hpp"
#include "error_of.hpp"
#include "rank_helpers.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <random>

using namespace vnplan::indices;
using vnplan::indices::test::Column;
using vnplan::indices::test::error_of;
using vnplan::indices::test::skip;

namespace {
constexpr TieRule all_rules[] = {TieRule::competition, TieRule::dense, TieRule::average,
                                 TieRule::ordinal};
} // namespace

TEST_CASE("indices: RankIndex gives every tie rule's rank by the rules") {
    // Highest first among 30, 20, 20, 10, 5 (text and blanks skipped).
    const RankIndex index({10, 20, skip, 20, 5, 30, skip}, 6);
    CHECK(index.rank_of(20, Order::highest_first, TieRule::competition) == 2);
    CHECK(index.rank_of(10, Order::highest_first, TieRule::competition) == 4);
    CHECK(index.rank_of(10, Order::highest_first, TieRule::dense) == 3);
    CHECK(index.rank_of(20, Order::highest_first, TieRule::average) == 2.5);
    CHECK(index.rank_of(5, Order::highest_first, TieRule::average) == 5);
    CHECK(index.rank_of(20, Order::lowest_first, TieRule::competition) == 3);
    CHECK(index.rank_of(30, Order::lowest_first, TieRule::dense) == 4);
    CHECK(index.rank_of(20, Order::lowest_first, TieRule::average) == 3.5);
    CHECK_FALSE(index.rank_of(21, Order::highest_first, TieRule::competition));
    CHECK_FALSE(index.rank_of(std::numeric_limits<double>::quiet_NaN(), Order::highest_first,
                              TieRule::competition));
    // Ordinal with a position: the equal values count in sheet order (cells 2 and 4 hold 20).
    CHECK(index.rank_at(20, 2, Order::highest_first, TieRule::ordinal) == 2);
    CHECK(index.rank_at(20, 4, Order::highest_first, TieRule::ordinal) == 3);
    CHECK(index.rank_at(20, 4, Order::highest_first, TieRule::competition) == 2);
}

TEST_CASE("indices: RankIndex compares after rounding half up in decimal") {
    // 87.125 and 87.13 are equal at 2 places (half up on the typed decimals), 87.124 is not.
    const RankIndex two({87.125, 87.13, 87.124}, 2);
    CHECK(two.rank_of(87.13, Order::highest_first, TieRule::competition) == 1);
    CHECK(two.rank_of(87.124, Order::highest_first, TieRule::competition) == 3);
    CHECK(two.rank_of(87.1251, Order::highest_first, TieRule::average) == 1.5);
    const RankIndex six({87.125, 87.13, 87.124}, 6);
    CHECK(six.rank_of(87.125, Order::highest_first, TieRule::competition) == 2);
}

TEST_CASE("indices: RankIndex refuses what rank_at refuses") {
    const RankIndex index({10, skip, 20}, 6);
    CHECK(error_of([&] {
              index.rank_at(10, 2, Order::highest_first, TieRule::ordinal);
          }).en.find("holds no number") != std::string::npos);
    CHECK(error_of([&] {
              index.rank_at(20, 1, Order::highest_first, TieRule::ordinal);
          }).en.find("not the value to rank") != std::string::npos);
    CHECK(error_of([&] {
              index.rank_at(20, 4, Order::highest_first, TieRule::ordinal);
          }).en.find("from 1 to 3") != std::string::npos);
    CHECK_FALSE(error_of([] { RankIndex({1.0}, 16); }).en.empty());
}

TEST_CASE("indices: RankIndex answers as rank_of and rank_at on random tables") {
    std::mt19937 random(16);
    for (int round = 0; round < 40; ++round) {
        Column values;
        std::uniform_int_distribution<int> hundredths(0, 400);
        for (int i = 0; i < 60; ++i)
            values.push_back(random() % 9 == 0 ? std::optional<double>()
                                               : std::optional(hundredths(random) / 8.0));
        const int decimals = static_cast<int>(random() % 4);
        const RankIndex index(values, decimals);
        for (const Order order : {Order::highest_first, Order::lowest_first})
            for (const TieRule ties : all_rules) {
                const RankOptions options{order, ties, decimals};
                for (std::size_t i = 0; i < values.size(); ++i) {
                    if (!values[i]) continue;
                    const double value = *values[i];
                    REQUIRE(index.rank_of(value, order, ties) == rank_of(value, values, options));
                    const double position = static_cast<double>(i + 1);
                    REQUIRE(index.rank_at(value, position, order, ties) ==
                            rank_at(value, values, position, options));
                }
                REQUIRE(index.rank_of(1000.5, order, ties) == rank_of(1000.5, values, options));
            }
    }
}
