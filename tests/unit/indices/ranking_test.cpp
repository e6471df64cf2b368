#include "core/indices/indices.hpp"
#include "error_of.hpp"
#include "rank_helpers.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace vnplan::indices;
using vnplan::indices::test::Column;
using vnplan::indices::test::error_of;
using vnplan::indices::test::skip;
using vnplan::indices::test::with;

TEST_CASE("indices: every tie rule, highest first") {
    const Column v{10, 20, 20, 5, 30};
    CHECK(ranks(v, with(TieRule::competition)) == Column{4, 2, 2, 5, 1});
    CHECK(ranks(v, with(TieRule::dense)) == Column{3, 2, 2, 4, 1});
    CHECK(ranks(v, with(TieRule::average)) == Column{4, 2.5, 2.5, 5, 1});
    CHECK(ranks(v, with(TieRule::ordinal)) == Column{4, 2, 3, 5, 1});
    CHECK(ranks(v) == ranks(v, with(TieRule::competition))); // the default
}

TEST_CASE("indices: lowest first like RANK.EQ with a non-zero order") {
    const Column v{10, 20, 20, 5, 30};
    CHECK(ranks(v, with(TieRule::competition, Order::lowest_first)) == Column{2, 3, 3, 1, 5});
    CHECK(ranks(v, with(TieRule::dense, Order::lowest_first)) == Column{2, 3, 3, 1, 4});
    CHECK(ranks(v, with(TieRule::average, Order::lowest_first)) == Column{2, 3.5, 3.5, 1, 5});
    // Ordinal keeps sheet order among ties whatever the direction.
    CHECK(ranks(v, with(TieRule::ordinal, Order::lowest_first)) == Column{2, 3, 4, 1, 5});
    CHECK(order_argument(0) == Order::highest_first);
    CHECK(order_argument(1) == Order::lowest_first);
    CHECK(order_argument(-1) == Order::lowest_first);
}

TEST_CASE("indices: three-way ties and all equal") {
    const Column v{7, 7, 7, 1};
    CHECK(ranks(v, with(TieRule::competition)) == Column{1, 1, 1, 4});
    CHECK(ranks(v, with(TieRule::dense)) == Column{1, 1, 1, 2});
    CHECK(ranks(v, with(TieRule::average)) == Column{2, 2, 2, 4});
    CHECK(ranks(v, with(TieRule::ordinal)) == Column{1, 2, 3, 4});
}

TEST_CASE("indices: text, blank and error entries are skipped and left blank") {
    const Column v{skip, 80.79, skip, 75.82, 80.79, skip};
    CHECK(ranks(v) == Column{skip, 1, skip, 3, 1, skip});
    CHECK(ranks(Column{}).empty());
    CHECK(ranks(Column{skip, skip}) == Column{skip, skip});
    const Column odd{1, std::numeric_limits<double>::quiet_NaN(), 2};
    CHECK(ranks(odd) == Column{2, skip, 1});
}

TEST_CASE("indices: values compare after decimal rounding") {
    CHECK(ranks(Column{0.1 + 0.2, 0.3, 0.29}) == Column{1, 1, 3});
    CHECK(ranks(Column{0.1 + 0.2, 0.3}, with(TieRule::competition, Order::highest_first, 15)) ==
          Column{1, 1});
    // Typed x.xx5 values round up at 2 places: 50.775 ties 50.78, not 50.77.
    CHECK(ranks(Column{50.775, 50.78, 50.77},
                with(TieRule::competition, Order::highest_first, 2)) == Column{1, 1, 3});
    CHECK(ranks(Column{1.005, 1.01, 1.0}, with(TieRule::dense, Order::highest_first, 2)) ==
          Column{1, 1, 2});
    CHECK(ranks(Column{2.5, 3, 2.4}, with(TieRule::competition, Order::highest_first, 0)) ==
          Column{1, 1, 3});
    CHECK(ranks(Column{-2.5, -3, -2.4}, with(TieRule::competition, Order::highest_first, 0)) ==
          Column{2, 2, 1});
    error_of([] { ranks(Column{1}, with(TieRule::competition, Order::highest_first, 16)); });
    error_of([] { ranks(Column{1}, with(TieRule::competition, Order::highest_first, -1)); });
}

TEST_CASE("indices: ranks within groups") {
    const Column v{80, 90, 70, 85, 90, 60};
    const std::vector<std::string> g{"Khối sở, ngành",   "khối địa phương", " KHỐI SỞ, NGÀNH ",
                                     "Khối  địa phương", "Khối địa phương", ""};
    CHECK(ranks(v, {}, g) == Column{1, 1, 2, 3, 1, 1});
    CHECK(ranks(v, with(TieRule::dense), g) == Column{1, 1, 2, 2, 1, 1});
    CHECK(ranks(v, with(TieRule::ordinal), g) == Column{1, 1, 2, 3, 2, 1});
    CHECK(ranks(v, with(TieRule::competition, Order::lowest_first), g) == Column{2, 2, 1, 1, 2, 1});
    const Column with_skips{80, skip, 70};
    const std::vector<std::string> g3{"a", "a", "b"};
    CHECK(ranks(with_skips, {}, g3) == Column{1, skip, 1});
    auto m = error_of([&] { ranks(v, {}, g3); });
    CHECK(m.en.find("3 and 6") != std::string::npos);
}

TEST_CASE("indices: tie rule names and aliases") {
    CHECK(tie_rule_argument("") == TieRule::competition);
    CHECK(tie_rule_argument("Competition") == TieRule::competition);
    CHECK(tie_rule_argument("RANK.EQ") == TieRule::competition);
    CHECK(tie_rule_argument(" cạnh tranh ") == TieRule::competition);
    CHECK(tie_rule_argument("DENSE") == TieRule::dense);
    CHECK(tie_rule_argument("Liên tục") == TieRule::dense);
    CHECK(tie_rule_argument("average") == TieRule::average);
    CHECK(tie_rule_argument("Trung bình") == TieRule::average);
    CHECK(tie_rule_argument("trung binh") == TieRule::average);
    CHECK(tie_rule_argument("ordinal") == TieRule::ordinal);
    CHECK(tie_rule_argument("Thứ tự") == TieRule::ordinal);
    auto m = error_of([] { tie_rule_argument("olympic"); });
    CHECK(m.vi.find("olympic") != std::string::npos);
}

TEST_CASE("indices: rank of one value (INDEXRANK)") {
    const Column v{10, skip, 20, 20, 5, 30};
    CHECK(rank_of(20, v) == 2.0);
    CHECK(rank_of(20, v, with(TieRule::dense)) == 2.0);
    CHECK(rank_of(10, v, with(TieRule::dense)) == 3.0);
    CHECK(rank_of(20, v, with(TieRule::average)) == 2.5);
    CHECK(rank_of(20, v, with(TieRule::ordinal)) == 2.0); // the first of the ties
    CHECK(rank_of(5, v) == 5.0);
    CHECK(rank_of(5, v, with(TieRule::competition, Order::lowest_first)) == 1.0);
    CHECK(rank_of(30, v, with(TieRule::average, Order::lowest_first)) == 5.0);
    CHECK_FALSE(rank_of(15, v).has_value()); // not present: #N/A
    CHECK_FALSE(rank_of(1, Column{}).has_value());
    CHECK(rank_of(0.3, Column{0.1 + 0.2, 0.4}) == 2.0);
    CHECK(rank_of(0.3, Column{0.1 + 0.2}, with(TieRule::competition, Order::highest_first, 15)) ==
          1.0);
    CHECK_FALSE(rank_of(0.3, Column{0.30001}).has_value());
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(rank_of(1, Column{inf, 2, 1, -inf, std::numeric_limits<double>::quiet_NaN()}) == 2.0);
    CHECK(rank_of(1, Column{inf, 2, 1, -inf}, with(TieRule::competition, Order::lowest_first)) ==
          1.0);
    CHECK_FALSE(rank_of(inf, Column{inf}).has_value());
    CHECK(rank_of(-0.0, Column{0.0, -0.0, 1e-7}) == 1.0);
    CHECK(rank_of(0, Column{0.0, -0.0, 1e-7}, with(TieRule::average)) == 2.0);
    CHECK(rank_of(1e20, Column{1e20, 1e21, -1e20}) == 2.0);
    CHECK(rank_of(50.78, Column{50.775, 60}, with(TieRule::competition, Order::highest_first, 2)) ==
          2.0);
}

TEST_CASE("indices: rank_of agrees with ranks on random data") {
    std::mt19937 random(4);
    std::uniform_int_distribution<int> score(0, 40);
    Column v;
    for (int i = 0; i < 300; ++i)
        v.push_back(i % 17 == 0 ? skip : std::optional<double>(score(random) / 4.0));
    for (TieRule rule : {TieRule::competition, TieRule::dense, TieRule::average, TieRule::ordinal})
        for (Order order : {Order::highest_first, Order::lowest_first}) {
            const auto all = ranks(v, with(rule, order));
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (!v[i]) continue;
                const auto one = rank_of(*v[i], v, with(rule, order));
                if (rule == TieRule::ordinal) {
                    CHECK(*one <= *all[i]);
                } else {
                    CHECK(one == all[i]);
                }
            }
        }
}

TEST_CASE("indices: 100,000 ranks in one sort") {
    std::mt19937_64 random(7);
    std::uniform_int_distribution<int> cents(0, 10000);
    Column v(100000);
    for (auto& x : v)
        x = cents(random) / 100.0; // typed two-decimal scores: many ties
    // Correctness at size only: timings belong to bench/ (unit tests run on loaded machines).
    const auto r = ranks(v, with(TieRule::average));
    CHECK(r.size() == v.size());
    std::vector<std::string> groups(v.size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i] = i % 2 ? "Khối sở, ngành" : "Khối địa phương";
    const auto rg = ranks(v, {}, groups);
    for (std::size_t i = 0; i < v.size(); i += 997)
        CHECK(*rg[i] <= *r[i]); // a group is a subset
}
