#include "core/indices/indices.hpp"
#include "error_of.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <vector>

using namespace vnplan::indices;
using vnplan::indices::test::error_of;

namespace {
std::string digits(const vnplan::decimal::Decimal& d) {
    const auto p = vnplan::decimal::split(d);
    return (p.negative ? "-" : "") + p.integer + (p.fraction.empty() ? "" : "." + p.fraction);
}
} // namespace

TEST_CASE("indices: percent rounds the exact quotient half up") {
    CHECK(digits(percent_exact(87.06, 99.5)) == "87.50"); // seed 004
    CHECK(percent(87.06, 99.5) == 87.5);
    CHECK(digits(percent_exact(40.62, 80)) == "50.78"); // exactly 50.775
    CHECK(percent(40.62, 80) == 50.78);
    CHECK(digits(percent_exact(80.79, 100)) == "80.79");
    CHECK(digits(percent_exact(1, 3)) == "33.33");
    CHECK(digits(percent_exact(2, 3)) == "66.67");
    CHECK(digits(percent_exact(2, 3, 0)) == "67");
    CHECK(digits(percent_exact(1, 8, 1)) == "12.5");
    CHECK(digits(percent_exact(1, 16, 1)) == "6.3"); // 6.25 -> 6.3
    CHECK(digits(percent_exact(1, 3, 15)) == "33.333333333333333");
    CHECK(digits(percent_exact(0, 99.5)) == "0");
    CHECK(digits(percent_exact(-1, 16, 1)) == "-6.3"); // half away from zero
    CHECK(digits(percent_exact(99.5, 99.5)) == "100.00");
    CHECK(digits(percent_exact(0.00001, 99.5)) == "0");
    CHECK(percent_exact(1e300, 1e-300, 2).digits.size() == 605); // big integers, no overflow
    error_of([] { percent(1e300, 1e-300); });                    // but no cell can hold it
}

TEST_CASE("indices: percent rejects bad arguments bilingually") {
    auto m = error_of([] { percent(1, 0); });
    CHECK(m.vi.find("lớn hơn 0") != std::string::npos);
    error_of([] { percent(1, -5); });
    error_of([] { percent(1, 10, -1); });
    error_of([] { percent(1, 10, 16); });
    error_of([] { percent(std::numeric_limits<double>::quiet_NaN(), 10); });
    error_of([] { percent(1, std::numeric_limits<double>::infinity()); });
    CHECK(percent(1, 10, 15) == 10);
}

TEST_CASE("indices: decimals_argument truncates like ROUND") {
    CHECK(decimals_argument(2) == 2);
    CHECK(decimals_argument(2.9) == 2);
    CHECK(decimals_argument(0) == 0);
    CHECK(decimals_argument(15.5) == 15);
    error_of([] { decimals_argument(-1); });
    error_of([] { decimals_argument(16); });
    error_of([] { decimals_argument(1e300); });
}

TEST_CASE("indices: tier picks the highest threshold not above the percentage") {
    const std::vector<double> t{65, 90, 0, 80}; // any order
    const std::vector<std::string> l{"Trung bình", "Tốt", "Yếu", "Khá"};
    CHECK(tier(87.5, t, l) == "Khá");
    CHECK(tier(90, t, l) == "Tốt"); // edge: the threshold itself
    CHECK(tier(89.99, t, l) == "Khá");
    CHECK(tier(80, t, l) == "Khá");
    CHECK(tier(79.999999, t, l) == "Trung bình");
    CHECK(tier(0, t, l) == "Yếu");
    CHECK(tier(100, t, l) == "Tốt");
    CHECK_FALSE(tier(-0.01, t, l).has_value()); // below all: the adapter returns #N/A
    const std::vector<double> high{50};
    const std::vector<std::string> one{"Đạt"};
    CHECK_FALSE(tier(49.99, high, one).has_value());
    CHECK(tier(50, high, one) == "Đạt");
}

TEST_CASE("indices: tier table errors") {
    const std::vector<std::string> two{"A", "B"};
    error_of([&] { tier(50, std::vector<double>{1}, two); });
    error_of([] { tier(50, std::vector<double>{}, std::vector<std::string>{}); });
    auto m = error_of([&] { tier(50, std::vector<double>{80, 80}, two); });
    CHECK(m.vi.find("80") != std::string::npos);
    error_of([] { tier(50, std::vector<double>{80, 70}, std::vector<std::string>{"A", " "}); });
}

TEST_CASE("indices: numbers as typed, Vietnamese style") {
    CHECK(format_typed(87.06) == "87,06");
    CHECK(format_typed(99.5) == "99,5");
    CHECK(format_typed(10) == "10");
    CHECK(format_typed(1234.5) == "1.234,5");
    CHECK(format_typed(1234567) == "1.234.567");
    CHECK(format_typed(-0.05) == "-0,05");
    CHECK(format_typed(0.1 + 0.2) == "0,30000000000000004"); // as stored, not hidden
}
