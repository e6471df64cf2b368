#include "core/common/grid_compare.hpp"
#include "core/common/lru_memo.hpp"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

using namespace vnplan;

TEST_CASE("LruMemo: take, put back, the least recently used goes first") {
    LruMemo<int, std::string> memo(2);
    CHECK_FALSE(memo.take(1));
    CHECK(memo.put(1, "one").empty());
    CHECK(memo.put(2, "two").empty());
    // Taken: gone until put back, and then the most recently used.
    const auto one = memo.take(1);
    REQUIRE(one);
    CHECK(*one == "one");
    CHECK(memo.size() == 1);
    CHECK_FALSE(memo.take(1));
    CHECK(memo.put(1, "ONE").empty());
    // A third key: 2 was used least recently.
    const auto left = memo.put(3, "three");
    REQUIRE(left.size() == 1);
    CHECK(left[0] == "two");
    CHECK_FALSE(memo.take(2));
    CHECK(*memo.take(1) == "ONE");
    // Putting a key already there hands back the value it replaces.
    const auto replaced = memo.put(3, "THREE");
    REQUIRE(replaced.size() == 1);
    CHECK(replaced[0] == "three");
    CHECK(memo.size() == 1);
}

TEST_CASE("LruMemo: weights (cells) add up to at most the maximum, but the newest stays") {
    LruMemo<int, int> memo(8, 100);
    memo.put(1, 1, 40);
    memo.put(2, 2, 40);
    CHECK(memo.weight() == 80);
    const auto left = memo.put(3, 3, 30); // 110: the least recently used (1) goes
    REQUIRE(left.size() == 1);
    CHECK(left[0] == 1);
    CHECK(memo.weight() == 70);
    CHECK(memo.put(2, 20, 10).size() == 1); // replaced: its old weight goes with it
    CHECK(memo.weight() == 40);
    CHECK(memo.put(4, 4, 500).size() == 2); // too heavy alone: kept, every other one goes
    CHECK(memo.size() == 1);
    CHECK(memo.weight() == 500);
    CHECK(*memo.take(4) == 4);
    CHECK(memo.weight() == 0);
}

TEST_CASE("LruMemo: erase_if removes what it names") {
    LruMemo<std::pair<int, int>, int> memo(8); // (document, range) -> value
    memo.put({1, 1}, 11);
    memo.put({2, 1}, 21);
    memo.put({1, 2}, 12);
    const auto gone = memo.erase_if([](const auto& key, const int&) { return key.first == 1; });
    CHECK(gone.size() == 2);
    CHECK(memo.size() == 1);
    CHECK(*memo.take({2, 1}) == 21);
}

TEST_CASE("LruMemo: many threads taking and putting keep at most the capacity") {
    LruMemo<int, int> memo(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&memo, t] {
            for (int i = 0; i < 2000; ++i) {
                const int key = (i + t) % 6;
                const int value = memo.take(key).value_or(0);
                memo.put(key, value + 1);
            }
        });
    for (auto& thread : threads)
        thread.join();
    CHECK(memo.size() == 4);
}

TEST_CASE("same_extras: everything a grid holds besides its cells") {
    Grid a;
    a.rows = {{Cell::of(1.0)}};
    Grid b;
    b.rows = {{Cell::of(2.0)}}; // cells are not compared
    CHECK(same_extras(a, b));
    b.first_row = 3;
    CHECK_FALSE(same_extras(a, b));
    b.first_row = 0;
    a.formulas[{0, 0}] = "=SUM(C6:C9)";
    CHECK_FALSE(same_extras(a, b));
    b.formulas[{0, 0}] = "=SUM(C6:C8)";
    CHECK_FALSE(same_extras(a, b));
    b.formulas[{0, 0}] = "=SUM(C6:C9)";
    CHECK(same_extras(a, b));
    a.hidden_rows = {4};
    CHECK_FALSE(same_extras(a, b));
    b.hidden_rows = {4};
    CHECK(same_extras(a, b));
    a.fonts.push_back({0, 1, 5, 1, ".VnTime"});
    b.fonts.push_back({0, 1, 5, 1, ".VnArial"});
    CHECK_FALSE(same_extras(a, b));
    b.fonts.back().value = ".VnTime";
    CHECK(same_extras(a, b));
    b.fonts.back().bottom = 6;
    CHECK_FALSE(same_extras(a, b));
}
