#include "core/common/formula_refs.hpp"

#include <doctest/doctest.h>

using namespace vnplan;

TEST_CASE("summed_blocks: what a pure sum adds") {
    const auto sum = summed_blocks("=SUM(C6:C9)");
    REQUIRE(sum);
    REQUIRE(sum->size() == 1);
    CHECK(sum->front().left == 2);
    CHECK(sum->front().top == 5);
    CHECK(sum->front().bottom == 8);
    const auto plus = summed_blocks("=C5+$C$12 + SUM(C20;C22:C23)");
    REQUIRE(plus);
    CHECK(plus->size() == 4);
    CHECK((*plus)[1].top == 11);
    CHECK(summed_blocks("=sum(D2:D4,D7)")->size() == 2);
    // Anything else cannot be judged.
    CHECK_FALSE(summed_blocks("=C5-C6"));
    CHECK_FALSE(summed_blocks("=SUM(C5:C9)*2"));
    CHECK_FALSE(summed_blocks("=SUMIF(B5:B9;\"x\";C5:C9)"));
    CHECK_FALSE(summed_blocks("=$Sheet2.C5"));
    CHECK_FALSE(summed_blocks("=5"));
    CHECK_FALSE(summed_blocks("C5"));
    CHECK_FALSE(summed_blocks("=SUM()"));
}
