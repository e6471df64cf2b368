#include "core/indices/indices.hpp"
#include "error_of.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace vnplan::indices;
using vnplan::indices::test::error_of;

TEST_CASE("indices: rank change is before - now") {
    CHECK(rank_change(2, 7) == 5); // seed 004: 02/11, up 5
    CHECK(rank_change(7, 4) == -3);
    CHECK(rank_change(3, 3) == 0);
    CHECK(rank_change(2.5, 4) == 1.5);
    CHECK(rank_change(1.1, 2.3) == 1.2); // binary 2.3 - 1.1 is 1.1999999999999997
    error_of([] { rank_change(0, 3); });
    error_of([] { rank_change(3, -1); });
}

TEST_CASE("indices: rank change text") {
    CHECK(rank_change_text(2, 7) == "tăng 5 bậc");
    CHECK(rank_change_text(2, 7, true) == "tăng 05 bậc");
    CHECK(rank_change_text(7, 4) == "giảm 3 bậc");
    CHECK(rank_change_text(7, 4, true) == "giảm 03 bậc");
    CHECK(rank_change_text(1, 13, true) == "tăng 12 bậc");
    CHECK(rank_change_text(120, 3, true) == "giảm 117 bậc");
    CHECK(rank_change_text(3, 3) == "giữ nguyên");
    CHECK(rank_change_text(3, 3, true) == "giữ nguyên");
    auto m = error_of([] { rank_change_text(2.5, 4); });
    CHECK(m.vi.find("số nguyên dương") != std::string::npos);
}

TEST_CASE("indices: the phrase of seed 004") {
    CHECK(phrase(87.06, 99.5, 2, 11, 7, 2021) ==
          "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11, tăng 05 bậc so với năm 2021");
    CHECK(phrase(87.06, 99.5, 2, 11, 7) ==
          "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11, tăng 05 bậc");
    CHECK(phrase(87.06, 99.5, 2, 11) == "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11");
    // A year without a previous rank has nothing to compare with: ignored.
    CHECK(phrase(87.06, 99.5, 2, 11, std::nullopt, 2021) ==
          "đạt 87,06/99,5 điểm, chỉ số đạt 87,50%, xếp hạng 02/11");
}

TEST_CASE("indices: phrase variants") {
    CHECK(phrase(40.62, 80, 10, 63, 10, 2022) ==
          "đạt 40,62/80 điểm, chỉ số đạt 50,78%, xếp hạng 10/63, giữ nguyên so với năm 2022");
    CHECK(phrase(6.51, 8.5, 6, 9, 3) ==
          "đạt 6,51/8,5 điểm, chỉ số đạt 76,59%, xếp hạng 06/09, giảm 03 bậc");
    CHECK(phrase(10, 10, 1, 9) == "đạt 10/10 điểm, chỉ số đạt 100,00%, xếp hạng 01/09");
    CHECK(phrase(1234.5, 2000, 120, 150) ==
          "đạt 1.234,5/2.000 điểm, chỉ số đạt 61,73%, xếp hạng 120/150");
    PhraseOptions plain;
    plain.min_digits = 1;
    plain.percent_decimals = 1;
    CHECK(phrase(87.06, 99.5, 2, 11, 7, 2021, plain) ==
          "đạt 87,06/99,5 điểm, chỉ số đạt 87,5%, xếp hạng 2/11, tăng 5 bậc so với năm 2021");
}

TEST_CASE("indices: phrase errors") {
    error_of([] { phrase(100, 99.5, 2, 11); }); // above the maximum
    error_of([] { phrase(-1, 99.5, 2, 11); });
    error_of([] { phrase(87.06, 0, 2, 11); });
    auto m = error_of([] { phrase(87.06, 99.5, 12, 11); });
    CHECK(m.vi.find("12") != std::string::npos);
    error_of([] { phrase(87.06, 99.5, 2.5, 11); });
    error_of([] { phrase(87.06, 99.5, 0, 11); });
    error_of([] { phrase(87.06, 99.5, 2, 11, 0.5); });
    error_of([] { phrase(87.06, 99.5, 2, 11, 7, 20.5); });
    error_of([] { phrase(87.06, 99.5, 2, 11, 7, 0); });
}
