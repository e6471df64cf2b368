// The fast rounding key must agree with rounding the typed decimal digits, everywhere.
#include "core/indices/rank_key.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

using vnplan::indices::detail::KeyMaker;
using vnplan::indices::detail::RankKey;

namespace {
RankKey scaled(std::int64_t value) {
    return RankKey{0, value, 0};
}
} // namespace

TEST_CASE("indices: rank key rounds typed x.xx5 values up") {
    const KeyMaker two(2);
    CHECK(two(50.775) == scaled(5078)); // binary 50.77499999...
    CHECK(two(1.005) == scaled(101));
    CHECK(two(2.675) == scaled(268));
    CHECK(two(0.125) == scaled(13));
    CHECK(two(-0.125) == scaled(-13));
    CHECK(two(87.065) == scaled(8707));
    CHECK(two(1.0049999) == scaled(100));
    CHECK(KeyMaker(0)(2.5) == scaled(3));
    CHECK(KeyMaker(0)(-2.5) == scaled(-3));
    CHECK(KeyMaker(0)(0.49999999999999994) == scaled(0));
    const KeyMaker six(6);
    CHECK(six(0.1 + 0.2) == six(0.3));
    CHECK(six(0.1 + 0.2) == scaled(300000));
    CHECK(six(-0.0) == six(0.0));
    CHECK(six(-1e-9) == six(0.0));
    CHECK(six(1.0000005) == scaled(1000001));
    CHECK(KeyMaker(15)(0.1 + 0.2) == scaled(300000000000000));
}

TEST_CASE("indices: rank key fast path equals the decimal path on every i/1000 and i/100000") {
    for (int d : {2, 4}) {
        const KeyMaker make(d);
        const int denominator = d == 2 ? 1000 : 100000;
        int mismatches = 0;
        for (int i = -200000; i <= 200000; ++i) { // scores up to 200 with 3 places
            const double x = static_cast<double>(i) / denominator;
            if (!(make(x) == make.exact(x))) ++mismatches;
        }
        CHECK(mismatches == 0);
    }
}

TEST_CASE("indices: rank key fast path equals the decimal path on random doubles") {
    std::mt19937_64 random(20230417);
    std::uniform_int_distribution<int> decimals(0, 15);
    std::uniform_real_distribution<double> exponent(-12, 22);
    std::uniform_real_distribution<double> unit(-1, 1);
    int mismatches = 0;
    for (int i = 0; i < 200000; ++i) {
        const KeyMaker make(decimals(random));
        const double x = unit(random) * std::pow(10.0, exponent(random));
        if (!(make(x) == make.exact(x))) ++mismatches;
        // Values typed with one more place than kept: the tie boundaries themselves.
        const double typed = std::round(unit(random) * 1e7) / 1e3 + 0.0005;
        if (!(KeyMaker(3)(typed) == KeyMaker(3).exact(typed))) ++mismatches;
    }
    CHECK(mismatches == 0);
}

TEST_CASE("indices: rank keys order like the rounded decimals, large values included") {
    const KeyMaker six(6);
    CHECK(six(1.0) < six(1.000001));
    CHECK(six(-1.000001) < six(-1.0));
    CHECK(six(999999999999.9) < six(1e13));   // band 0 below band +1
    CHECK(six(-1e13) < six(-999999999999.9)); // band -1 below band 0
    CHECK(six(1e13) < six(std::nextafter(1e13, 2e13)));
    CHECK(six(1e300) < six(1e301));
    CHECK(six(-1e300) < six(1e300));
    CHECK(six(1e13).band == 1);
    CHECK(six(-1e13).band == -1);
    CHECK(six(123456789012.345678).band == 0);
}

TEST_CASE("indices: key intervals are exactly the doubles that round alike") {
    using vnplan::indices::detail::key_interval;
    std::mt19937_64 random(11);
    std::uniform_int_distribution<int> decimals(0, 15);
    std::uniform_real_distribution<double> exponent(-8, 20);
    std::uniform_real_distribution<double> unit(-1, 1);
    std::vector<std::pair<int, double>> cases{{2, 50.775},    {2, 50.78}, {2, 1.005}, {6, 0.3},
                                              {6, 0.1 + 0.2}, {0, 0.0},   {0, -0.0},  {0, 2.5},
                                              {6, 1e-300},    {6, -1e13}, {3, 1e300}, {15, 1234.5}};
    for (int i = 0; i < 300; ++i)
        cases.emplace_back(decimals(random), unit(random) * std::pow(10.0, exponent(random)));
    cases.emplace_back(0, 1.7976931348623157e308);
    cases.emplace_back(0, -1.7976931348623157e308);
    for (const auto& [d, x] : cases) {
        const KeyMaker make(d);
        const auto same = key_interval(make, x);
        const RankKey target = make(x);
        CHECK(same.low <= x);
        CHECK(x <= same.high);
        CHECK(make(same.low) == target);
        CHECK(make(same.high) == target);
        const double before = std::nextafter(same.low, -INFINITY);
        const double after = std::nextafter(same.high, INFINITY);
        if (std::isfinite(before)) CHECK(make(before) < target);
        if (std::isfinite(after)) CHECK(target < make(after));
    }
}
