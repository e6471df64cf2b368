// ALLOCATE: method names, bounds, zero weights, ties and every kind of bad input.
#include "core/awards/apportion.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace vnplan::awards;
using vnplan::InputError;
using Seats = std::vector<std::int64_t>;

namespace {

Seats seats_of(const std::vector<double>& weights, double total, std::string_view method,
               const Bounds& minimum = {}, const Bounds& maximum = {}) {
    return allocate(weights, total, method, minimum, maximum).seats;
}

// The bilingual message of the InputError the call throws ("" when it does not throw).
template <class F> vnplan::Message error_of(F&& call) {
    try {
        call();
    } catch (const InputError& e) {
        return e.message();
    }
    return {};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("method names: English and Vietnamese aliases, any case, accents, spacing") {
    using M = AllocationMethod;
    const std::pair<const char*, M> cases[] = {
        {"", M::hamilton},
        {"   ", M::hamilton},
        {"hamilton", M::hamilton},
        {"  HAMILTON ", M::hamilton},
        {"Largest Remainder", M::hamilton},
        {"largest-remainder", M::hamilton},
        {"Hare", M::hamilton},
        {"Hare-Niemeyer", M::hamilton},
        {"Phần dư lớn nhất", M::hamilton},
        {"phan du lon nhat", M::hamilton},
        {"PHẦN DƯ LỚN NHẤT", M::hamilton},
        {"Hamilton method", M::hamilton},
        {"dhondt", M::dhondt},
        {"D'Hondt", M::dhondt},
        {"d\xE2\x80\x99hondt", M::dhondt}, // typographic apostrophe
        {"Jefferson", M::dhondt},
        {"phương pháp D'Hondt", M::dhondt},
        {"Làm tròn xuống", M::dhondt},
        {"sainte-lague", M::sainte_lague},
        {"Sainte-Laguë", M::sainte_lague},
        {"Sainte-Lague\xCC\x88", M::sainte_lague}, // e + combining diaeresis (NFD)
        {"sainte lague", M::sainte_lague},
        {"Webster", M::sainte_lague},
        {"số chia lẻ", M::sainte_lague},
        {"huntington-hill", M::huntington_hill},
        {"Huntington\xE2\x80\x93Hill", M::huntington_hill}, // en dash
        {"huntington hill", M::huntington_hill},
        {"equal proportions", M::huntington_hill},
        {"trung bình nhân", M::huntington_hill},
        {"adams", M::adams},
        {"ADAMS", M::adams},
        {"làm tròn lên", M::adams},
    };
    for (const auto& one : cases) { // no structured binding: clang 14 cannot capture one
        CAPTURE(one.first);
        CHECK(parse_allocation_method(one.first) == one.second);
    }
    for (AllocationMethod m : all_allocation_methods) {
        CHECK(parse_allocation_method(canonical_name(m)) == m);
        CHECK_FALSE(display_name(m).vi.empty());
        CHECK_FALSE(display_name(m).en.empty());
    }
}

TEST_CASE("an unknown method is an InputError naming it and the choices") {
    const auto m = error_of([] { parse_allocation_method("hondt"); });
    CHECK(contains(m.vi, "\"hondt\""));
    CHECK(contains(m.vi, "sainte-lague"));
    CHECK(contains(m.en, "Unknown allocation method \"hondt\""));
    CHECK_THROWS_AS(allocate({1, 2}, 3, "lottery"), InputError);
    // A long name is cut on a character boundary, so the message stays valid UTF-8.
    const auto long_name = error_of([] { parse_allocation_method(std::string(59, 'x') + "ữữ"); });
    CHECK(contains(long_name.vi, std::string(59, 'x') + "…\""));
}

TEST_CASE("weights are the decimals typed: 0.1 is exactly one tenth") {
    // In binary 0.7 + 0.1 + 0.2 != 1; exactly, the quotas are 7, 1 and 2 with no remainder,
    // so there is nothing to round and no tie to report.
    const Allocation a = allocate({0.7, 0.1, 0.2}, 10, AllocationMethod::hamilton);
    CHECK(a.seats == Seats{7, 1, 2});
    CHECK(a.ties.empty());
    CHECK(a.quotas == std::vector<double>{7, 1, 2});
    CHECK(seats_of({0.1, 0.2, 0.3}, 6, "hamilton") == Seats{1, 2, 3});
    // Weights 0.5 and 1.5 with 2 seats sit exactly on Webster's signposts: a real tie.
    const Allocation w = allocate({0.5, 1.5}, 2, AllocationMethod::sainte_lague);
    CHECK(w.seats == Seats{0, 2});
    REQUIRE(w.ties.size() == 1);
    CHECK(w.ties[0].units == std::vector<std::size_t>{0, 1});
}

TEST_CASE("ties: decided by larger weight, then the earlier row, and reported") {
    // The tie-breaking case of the `apportionment` package: three units of weight 2 tie for
    // 2 seats; the rule picks the first and the fourth row.
    for (AllocationMethod m : all_allocation_methods) {
        CAPTURE(std::string(canonical_name(m)));
        const Allocation a = allocate({2, 1, 1, 2, 2}, 2, m);
        CHECK(a.seats == Seats{1, 0, 0, 1, 0});
        REQUIRE(a.ties.size() == 1);
        // Adams, Huntington-Hill and Dean rank every first seat alike (s(0) = 0, an infinite
        // priority): with fewer seats than units, all units tie for them.
        const bool first_seats_tie = m == AllocationMethod::adams ||
                                     m == AllocationMethod::huntington_hill ||
                                     m == AllocationMethod::dean;
        CHECK(a.ties[0].units == (first_seats_tie ? std::vector<std::size_t>{0, 1, 2, 3, 4}
                                                  : std::vector<std::size_t>{0, 3, 4}));
        CHECK(a.ties[0].winners == std::vector<std::size_t>{0, 3});
        CHECK(a.ties[0].seats == 2);
        // Three equal units, four seats: one seat decided by the rule, to the first row.
        const Allocation b = allocate({11, 11, 11}, 4, m);
        CHECK(b.seats == Seats{2, 1, 1});
        REQUIRE(b.ties.size() == 1);
        CHECK(b.ties[0].winners == std::vector<std::size_t>{0});
        // No tie at all: nothing reported (except that first-seat tie).
        const Allocation c = allocate({12, 12, 11, 12}, 3, m);
        CHECK(c.seats == Seats{1, 1, 0, 1});
        CHECK(c.ties.empty() == !first_seats_tie);
    }
    // The larger weight wins before the earlier row: D'Hondt 6/3 == 2/1 for the last seat.
    const Allocation d = allocate({2, 6}, 3, AllocationMethod::dhondt);
    CHECK(d.seats == Seats{0, 3}); // 6, 3, then 2 (row 2's third seat) ties with 2 (row 1)
    REQUIRE(d.ties.size() == 1);
    CHECK(d.ties[0].units == std::vector<std::size_t>{0, 1});
    CHECK(d.ties[0].winners == std::vector<std::size_t>{1});
    // Adams and Huntington-Hill give every unit a first seat before any second one; with
    // fewer seats than units the rule decides who gets one.
    const Allocation e = allocate({5, 4, 3, 2, 1}, 3, AllocationMethod::adams);
    CHECK(e.seats == Seats{1, 1, 1, 0, 0});
    REQUIRE(e.ties.size() == 1);
    CHECK(e.ties[0].units.size() == 5);
    CHECK(e.ties[0].seats == 3);
}

TEST_CASE("describe_tie names the units and the rule in both languages") {
    AllocationTie tie;
    tie.units = {2, 4};
    tie.winners = {2};
    tie.seats = 1;
    const auto plain = describe_tie(tie);
    CHECK(plain.vi ==
          "Hòa giữa đơn vị 3 và đơn vị 5 khi chia chỉ tiêu cuối cùng; theo quy tắc hòa (trọng "
          "số lớn hơn trước, rồi hàng trên trước), chỉ tiêu thuộc về đơn vị 3.");
    CHECK(plain.en ==
          "Tie between unit 3 and unit 5 for the last seat; by the tie rule (larger weight "
          "first, then the earlier row) it went to unit 3.");
    tie.units = {0, 3, 4};
    tie.winners = {0, 3};
    tie.seats = 2;
    const auto named = describe_tie(tie, {"B3", "B4", "B5", "B6", "B7"});
    CHECK(contains(named.vi, "Hòa giữa B3, B6 và B7 khi chia 2 chỉ tiêu cuối cùng"));
    CHECK(contains(named.vi, "các chỉ tiêu thuộc về B3 và B6."));
    CHECK(contains(named.en, "Tie between B3, B6 and B7 for the last 2 seats"));
    CHECK(contains(named.en, "they went to B3 and B6."));
}

TEST_CASE("bounds: one minimum or maximum for all, per unit, or both") {
    // Max 5 for all: the first unit is held at 5 and the other 5 seats are shared 2:1.
    CHECK(seats_of({70, 20, 10}, 10, "hamilton", {}, {5.0}) == Seats{5, 3, 2});
    const Allocation d = allocate({70, 20, 10}, 10, "dhondt", {}, {5.0});
    CHECK(d.seats == Seats{5, 4, 1}); // the 4th seat of B (20/4) ties C's 2nd (10/2)
    REQUIRE(d.ties.size() == 1);
    CHECK(d.ties[0].units == std::vector<std::size_t>{1, 2});
    CHECK(d.ties[0].winners == std::vector<std::size_t>{1});
    // Bounded quotas are reported: 5 for the capped unit, 10/3 and 5/3 for the others.
    const Allocation h = allocate({70, 20, 10}, 10, "hamilton", {}, {5.0});
    CHECK(h.quotas[0] == 5.0);
    CHECK(h.quotas[1] == doctest::Approx(10.0 / 3));

    // Min 1 for all: the small units are lifted to 1, the big one gives up the seat.
    CHECK(seats_of({90, 5, 5}, 10, "hamilton") == Seats{9, 1, 0});
    CHECK(seats_of({90, 5, 5}, 10, "hamilton", {1.0}) == Seats{8, 1, 1});
    CHECK(seats_of({90, 5, 5}, 10, "dhondt", {1.0}) == Seats{8, 1, 1});

    // Per unit, with blanks: unit 2 at least 3, units 1 and 3 capped.
    const Bounds lo{std::nullopt, 3.0, std::nullopt, std::nullopt};
    const Bounds hi{1.0, std::nullopt, 2.0, std::nullopt};
    for (AllocationMethod m : all_allocation_methods) {
        CAPTURE(std::string(canonical_name(m)));
        const Seats s = allocate({40, 1, 30, 29}, 10, m, lo, hi).seats;
        CHECK(s[0] == 1);
        CHECK(s[1] == 3);
        CHECK(s[2] == 2);
        CHECK(s[3] == 4);
    }
    // Minimum equal to maximum fixes a unit.
    CHECK(seats_of({1, 1, 1}, 9, "webster", {std::nullopt, 4.0, std::nullopt},
                   {std::nullopt, 4.0, std::nullopt}) == Seats{3, 4, 2});
    // A bound that already holds changes nothing.
    CHECK(seats_of({3, 2, 1}, 12, "adams", {1.0}, {100.0}) == seats_of({3, 2, 1}, 12, "adams"));
}

TEST_CASE("zero weights, total 0 and a single unit") {
    for (AllocationMethod m : all_allocation_methods) {
        CAPTURE(std::string(canonical_name(m)));
        CHECK(allocate({0, 3, 1}, 4, m).seats == Seats{0, 3, 1});
        // A unit with weight 0 gets its minimum and nothing more.
        CHECK(allocate({0, 3, 1}, 6, m, {2.0, std::nullopt, std::nullopt}).seats == Seats{2, 3, 1});
        const Allocation none = allocate({4, 0, 7}, 0, m);
        CHECK(none.seats == Seats{0, 0, 0});
        CHECK(none.ties.empty());
        CHECK(allocate({5}, 7, m).seats == Seats{7});
        CHECK(allocate({5}, 7, m, {7.0}, {7.0}).seats == Seats{7});
        CHECK(allocate({5}, 0, m).seats == Seats{0});
        // The minimums can use up the whole total.
        CHECK(allocate({1, 2, 3}, 6, m, {2.0}).seats == Seats{2, 2, 2});
    }
}

TEST_CASE("bad weights") {
    auto m = error_of([] { allocate({}, 3, AllocationMethod::hamilton); });
    CHECK(contains(m.vi, "Chưa có trọng số"));
    CHECK(contains(m.en, "no weights"));

    m = error_of([] { allocate({1, 2, -2.5}, 3, AllocationMethod::hamilton); });
    CHECK(m.vi == "Trọng số thứ 3 là -2,5: trọng số không được âm.");
    CHECK(m.en == "Weight 3 is -2.5: weights must not be negative.");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    m = error_of([&] { allocate({1, nan}, 3, AllocationMethod::hamilton); });
    CHECK(m.en == "Weight 2 is not a valid number.");
    m = error_of([&] { allocate({inf, 1}, 3, AllocationMethod::dhondt); });
    CHECK(m.en == "Weight 1 is not a valid number.");

    m = error_of([] { allocate({0, 0, 0}, 3, AllocationMethod::hamilton); });
    CHECK(contains(m.vi, "Mọi trọng số đều bằng 0"));
    CHECK(contains(m.en, "at least one weight must be positive"));
    CHECK_THROWS_AS(allocate({0.0}, 0, AllocationMethod::adams), InputError);
}

TEST_CASE("bad totals") {
    auto m = error_of([] { allocate({1, 2}, 10.5, AllocationMethod::hamilton); });
    CHECK(m.vi == "Tổng số cần phân bổ phải là số nguyên không âm, không phải 10,5.");
    CHECK(m.en == "The total to allocate must be a whole number >= 0, not 10.5.");
    m = error_of([] { allocate({1, 2}, -3, AllocationMethod::hamilton); });
    CHECK(contains(m.en, "not -3."));
    m = error_of([] { allocate({1, 2}, std::nan(""), AllocationMethod::hamilton); });
    CHECK(contains(m.en, "must be a whole number"));
    m = error_of([] { allocate({1, 2}, 1e20, AllocationMethod::hamilton); });
    CHECK(contains(m.en, "too large"));
}

TEST_CASE("bad bounds") {
    auto m = error_of([] { allocate({1, 2, 3}, 6, AllocationMethod::hamilton, {1.0, 1.0}); });
    CHECK(m.vi == "Có 2 giá trị tối thiểu cho 3 trọng số: hãy nhập một giá trị chung cho mọi "
                  "đơn vị hoặc đúng 3 giá trị, mỗi đơn vị một giá trị.");
    CHECK(m.en == "There are 2 minimum values for 3 weights: give one value for every unit or "
                  "exactly 3 values, one per unit.");
    m = error_of([] { allocate({1, 2}, 6, AllocationMethod::hamilton, {}, {1.0, 2.0, 3.0}); });
    CHECK(contains(m.en, "3 maximum values for 2 weights"));

    m = error_of([] { allocate({1, 2}, 6, AllocationMethod::hamilton, {0.5}); });
    CHECK(m.vi == "Mức tối thiểu phải là số nguyên không âm, không phải 0,5.");
    CHECK(m.en == "The minimum must be a whole number >= 0, not 0.5.");
    m = error_of([] { allocate({1, 2}, 6, AllocationMethod::hamilton, {}, {2.0, -1.0}); });
    CHECK(m.vi == "Mức tối đa của đơn vị thứ 2 phải là số nguyên không âm, không phải -1.");
    CHECK(m.en == "The maximum of unit 2 must be a whole number >= 0, not -1.");

    m = error_of([] {
        allocate({1, 2, 3, 4}, 6, AllocationMethod::dhondt, {0.0, 0.0, 0.0, 3.0},
                 {std::nullopt, std::nullopt, std::nullopt, 2.0});
    });
    CHECK(m.vi == "Đơn vị thứ 4 có mức tối thiểu 3 lớn hơn mức tối đa 2: không thể phân bổ.");
    CHECK(m.en == "Unit 4 has a minimum of 3, more than its maximum of 2: no allocation is "
                  "possible.");
}

TEST_CASE("bounds no allocation can satisfy") {
    auto m = error_of([] { allocate({1, 2, 3}, 10, AllocationMethod::hamilton, {4.0}); });
    CHECK(m.vi == "Không thể phân bổ: tổng các mức tối thiểu là 12, lớn hơn tổng số cần phân "
                  "bổ 10.");
    CHECK(m.en == "No allocation is possible: the minimums add up to 12, more than the total "
                  "of 10.");
    m = error_of([] { allocate({1, 2, 3}, 10, AllocationMethod::sainte_lague, {}, {3.0}); });
    CHECK(m.vi == "Không thể phân bổ: các đơn vị chỉ nhận được nhiều nhất 9 (tổng các mức tối "
                  "đa), ít hơn tổng số cần phân bổ 10.");
    CHECK(m.en == "No allocation is possible: the units can take at most 9 in all (the sum of "
                  "the maximums), less than the total of 10.");
    // A unit with weight 0 cannot take the rest, and the message says why.
    m = error_of([] { allocate({0, 2}, 5, AllocationMethod::adams, {}, {std::nullopt, 3.0}); });
    CHECK(contains(m.vi, "nhiều nhất 3"));
    CHECK(contains(m.en, "A unit with weight 0 only gets its minimum."));
    // Large numbers are grouped the clerk's way.
    m = error_of([] { allocate({1, 1}, 1000000, AllocationMethod::hamilton, {600000.0}); });
    CHECK(contains(m.vi, "1.200.000"));
    CHECK(contains(m.en, "1,200,000"));
}
