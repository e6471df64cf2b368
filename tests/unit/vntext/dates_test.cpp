// VNDATE and VNNUMBER.
#include "core/common/message.hpp"
#include "core/vntext/vntext.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace vnplan::vntext;

TEST_CASE("VNDATE from year, month, day") {
    CHECK(date_words(2024, 4, 3) == "ngày 03 tháng 4 năm 2024");
    CHECK(date_words(2024, 4, 3, "Uông Bí") == "Uông Bí, ngày 03 tháng 4 năm 2024");
    CHECK(date_words(2024, 4, 3, "  Uông Bí, ") == "Uông Bí, ngày 03 tháng 4 năm 2024");
    CHECK(date_words(2024, 1, 9) == "ngày 09 tháng 01 năm 2024");
    CHECK(date_words(2024, 2, 29) == "ngày 29 tháng 02 năm 2024");
    CHECK(date_words(2022, 7, 14) == "ngày 14 tháng 7 năm 2022");
    CHECK(date_words(2024, 5, 17) == "ngày 17 tháng 5 năm 2024");
    CHECK(date_words(2023, 12, 10) == "ngày 10 tháng 12 năm 2023");
    CHECK(date_words(2023, 3, 1) == "ngày 01 tháng 3 năm 2023");
    CHECK_THROWS_AS(date_words(2023, 2, 29), vnplan::InputError);
    CHECK_THROWS_AS(date_words(2024, 13, 1), vnplan::InputError);
    CHECK_THROWS_AS(date_words(2024, 4, 31), vnplan::InputError);
    CHECK_THROWS_AS(date_words(0, 1, 1), vnplan::InputError);
}

TEST_CASE("VNDATE from a Calc serial") {
    CHECK(date_words(45385.0) == "ngày 03 tháng 4 năm 2024"); // seed 000: 03/4/2024
    CHECK(date_words(45385.75, "Uông Bí") == "Uông Bí, ngày 03 tháng 4 năm 2024");
    CHECK(date_words(44756.0) == "ngày 14 tháng 7 năm 2022"); // seed 001
    CHECK(date_words(45429.0) == "ngày 17 tháng 5 năm 2024"); // seed 002
    CHECK(date_words(45033.0) == "ngày 17 tháng 4 năm 2023"); // seed 004
    CHECK(date_words(0.0) == "ngày 30 tháng 12 năm 1899");
    CHECK(date_words(1.0) == "ngày 31 tháng 12 năm 1899");
    CHECK(date_words(61.0) == "ngày 01 tháng 3 năm 1900"); // Calc has no 29/02/1900
    CHECK(date_words(-1.0) == "ngày 29 tháng 12 năm 1899");
    CHECK(date_words(-0.25) == "ngày 29 tháng 12 năm 1899"); // fraction ignored (floor)
    // Other null dates (Calc options: 1900-01-01, 1904-01-01).
    CHECK(date_words(0.0, "", CivilDate{1904, 1, 1}) == "ngày 01 tháng 01 năm 1904");
    CHECK(date_words(45385.0 - 1462, "", CivilDate{1904, 1, 1}) == "ngày 03 tháng 4 năm 2024");
    const CivilDate d = date_from_serial(45385.0);
    CHECK(d.year == 2024);
    CHECK(d.month == 4);
    CHECK(d.day == 3);
    CHECK_THROWS_AS(date_words(std::numeric_limits<double>::quiet_NaN()), vnplan::InputError);
    CHECK_THROWS_AS(date_words(1e9), vnplan::InputError);
    CHECK_THROWS_AS(date_words(-700000.0), vnplan::InputError); // before year 1
    CHECK_THROWS_AS(date_words(1.0, "", CivilDate{2023, 2, 30}), vnplan::InputError);
}

TEST_CASE("VNNUMBER") {
    CHECK(number_text(1234567.891, 2) == "1.234.567,89");
    CHECK(number_text(1234567) == "1.234.567");
    CHECK(number_text(87.06) == "87,06");
    CHECK(number_text(80.79, 2) == "80,79");
    CHECK(number_text(87.5, 2) == "87,50");
    CHECK(number_text(50.775, 2) == "50,78");
    CHECK(number_text(-1234.5) == "-1.234,5");
    CHECK(number_text(0) == "0");
    CHECK(number_text(999.5, 0) == "1.000");
    CHECK_THROWS_AS(number_text(1, -1), vnplan::InputError);
    CHECK_THROWS_AS(number_text(1, 21), vnplan::InputError);
    CHECK_THROWS_AS(number_text(std::numeric_limits<double>::infinity()), vnplan::InputError);
}
