#include "core/common/decimal.hpp"

#include <doctest/doctest.h>

using namespace vnplan::decimal;

TEST_CASE("from_double keeps the digits the clerk typed") {
    const Decimal d = from_double(87.06);
    CHECK(d.digits == "8706");
    CHECK(d.scale == 2);
    CHECK_FALSE(d.negative);
    CHECK(from_double(0.0).digits == "0");
    CHECK(from_double(-0.0).negative == false);
    CHECK(from_double(1e20).digits == "100000000000000000000");
    CHECK(from_double(1e20).scale == 0);
    CHECK(from_double(-0.001).scale == 3);
    CHECK(from_double(-0.001).negative);
    CHECK(from_double(1.5).digits == "15");
}

TEST_CASE("round_half_up rounds the decimal, not the binary value") {
    // 50.775 is 50.77499999... in binary; decimal rounding must give 50.78.
    CHECK(format(50.775, 2, ',', '.') == "50,78");
    CHECK(format(1.005, 2, '.', 0) == "1.01");
    CHECK(format(2.5, 0, ',', '.') == "3");
    CHECK(format(-2.5, 0, ',', '.') == "-3");
    CHECK(format(9.995, 2, ',', '.') == "10,00");
    CHECK(format(0.004, 2, ',', '.') == "0,00");
    CHECK(format(-0.004, 2, ',', '.') == "0,00");
    CHECK(format(999999.5, 0, ',', '.') == "1.000.000");
}

TEST_CASE("format groups thousands") {
    CHECK(format(1234567.891, 2, ',', '.') == "1.234.567,89");
    CHECK(format(123, 0, ',', '.') == "123");
    CHECK(format(1000, 0, ',', '.') == "1.000");
    CHECK(format(-1234.5, 1, ',', '.') == "-1.234,5");
    CHECK(format(80.79, 2, ',', '.') == "80,79");
}

TEST_CASE("split pads the fraction") {
    const Parts p = split(from_double(3.05), 3);
    CHECK(p.integer == "3");
    CHECK(p.fraction == "050");
    const Parts q = split(from_double(0.05));
    CHECK(q.integer == "0");
    CHECK(q.fraction == "05");
}

TEST_CASE("to_double reads back") {
    CHECK(to_double(from_double(87.06)) == 87.06);
    CHECK(to_double(round_half_up(from_double(50.775), 2)) == 50.78);
}

#include "core/common/grid.hpp"

TEST_CASE("A1 addresses") {
    CHECK(vnplan::a1_address(0, 0) == "A1");
    CHECK(vnplan::a1_address(3, 11) == "D12");
    CHECK(vnplan::column_name(25) == "Z");
    CHECK(vnplan::column_name(26) == "AA");
    CHECK(vnplan::column_name(701) == "ZZ");
    CHECK(vnplan::column_name(702) == "AAA");
}
