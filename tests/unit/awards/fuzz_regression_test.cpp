// Inputs on which tests/fuzz/fuzz_awards found the award reader failing otherwise than with an
// InputError, as the grids the fuzzer made of them (tests/fuzz/fuzz_input.hpp). A case marked
// should_fail is a known bug (tests/fuzz/known_crashes.txt): when it is fixed the case
// "passes", doctest reports that, and the mark and the known_crashes.txt line go.
#include "common/tsv.hpp"
#include "core/awards/verify.hpp"
#include "core/common/message.hpp"

#include <doctest/doctest.h>

using namespace vnplan;

namespace {

// Reading `tsv` gives a verification or an InputError, nothing else.
void read_or_refuse(const std::string& tsv) {
    const Grid grid = test::grid_from_tsv(tsv);
    try {
        (void)awards::verify(grid);
    } catch (const InputError&) {
    }
}

} // namespace

TEST_CASE("award fuzz: a '-' row above numbered items") {
    // std::out_of_range (map::at) in RowReader::finish (table_rows.cpp).
    read_or_refuse("1\t\t1\n-\n1\nn");
}
