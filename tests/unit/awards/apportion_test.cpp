// ALLOCATE against published apportionments. Each data set names where its numbers come from.
#include "core/awards/apportion.hpp"

#include <doctest/doctest.h>

#include <numeric>
#include <string>
#include <vector>

using namespace vnplan::awards;
using Seats = std::vector<std::int64_t>;

namespace {

Seats seats_of(const std::vector<double>& weights, double total, std::string_view method,
               const Bounds& minimum = {}, const Bounds& maximum = {}) {
    return allocate(weights, total, method, minimum, maximum).seats;
}

// US House, 1790 census apportionment populations (three fifths rule applied), 15 states in
// the order CT DE GA KY MD MA NH NJ NY NC PA RI SC VT VA; total 3,615,920. As printed in
// P. Tannenbaum, Excursions in Modern Mathematics, and in COMAP, For All Practical Purposes,
// ch. 14, table 14.5.
const std::vector<double> us1790{236841, 55540,  70835,  68705, 278514, 475327, 141822, 179570,
                                 331589, 353523, 432879, 68446, 206236, 85533,  630560};

} // namespace

TEST_CASE("US House 1792: Hamilton's vetoed 120-seat bill") {
    // COMAP, For All Practical Purposes, example "The vetoed apportionment bill by Hamilton's
    // method" (table 14.5): lower quotas add up to 111, the 9 largest remainders get a seat.
    const Allocation a = allocate(us1790, 120, "hamilton");
    CHECK(a.seats == Seats{8, 2, 2, 2, 9, 16, 5, 6, 11, 12, 14, 2, 7, 3, 21});
    CHECK(a.ties.empty());
    // Virginia's quota 20.926 and New York's 11.004 in the published table.
    CHECK(a.quotas[14] == doctest::Approx(20.926).epsilon(0.0001));
    CHECK(a.quotas[8] == doctest::Approx(11.004).epsilon(0.0001));
}

TEST_CASE("US House 1792: Jefferson's 105 seats, the Apportionment Act of 1792") {
    // The act's numbers (one member per 33,000), as tabulated in St. George Tucker's
    // Blackstone (1803), note D: CT 7, DE 1, GA 2, KY 2, MD 8, MA 14, NH 4, NJ 5, NY 10,
    // NC 10, PA 13, RI 2, SC 6, VT 2, VA 19.
    const Seats act{7, 1, 2, 2, 8, 14, 4, 5, 10, 10, 13, 2, 6, 2, 19};
    CHECK(seats_of(us1790, 105, "jefferson") == act);
    CHECK(seats_of(us1790, 105, "D'Hondt") == act);
    // MAA Convergence, "Jefferson's method": Hamilton at 105 agrees in 13 of 15 states;
    // Delaware would have had the seat Virginia got instead.
    Seats hamilton = act;
    hamilton[1] = 2;   // DE
    hamilton[14] = 18; // VA
    CHECK(seats_of(us1790, 105, "hamilton") == hamilton);
}

TEST_CASE("US House 2020: Huntington-Hill gives the official 435-seat apportionment") {
    // census.gov, 2020 Census Apportionment Results (table A), apportionment populations of
    // the 50 states in alphabetical order (Alabama ... Wyoming) and their seats.
    const std::vector<double> population{
        5030053,  736081,   7158923, 3013756,  39576757, 5782171,  3608298,  990837,   21570527,
        10725274, 1460137,  1841377, 12822739, 6790280,  3192406,  2940865,  4509342,  4661468,
        1363582,  6185278,  7033469, 10084442, 5709752,  2963914,  6160281,  1085407,  1963333,
        3108462,  1379089,  9294493, 2120220,  20215751, 10453948, 779702,   11808848, 3963516,
        4241500,  13011844, 1098163, 5124712,  887770,   6916897,  29183290, 3275252,  643503,
        8654542,  7715946,  1795045, 5897473,  577719};
    const Seats official{7,  1, 9, 4,  52, 8, 5, 1, 28, 14, 2, 2,  17, 9, 4,  4,  6,
                         6,  2, 8, 9,  13, 8, 4, 8, 2,  3,  4, 2,  12, 3, 26, 14, 1,
                         15, 5, 6, 17, 2,  7, 1, 9, 38, 4,  1, 11, 10, 2, 8,  1};
    const Allocation a = allocate(population, 435, "huntington-hill");
    CHECK(a.seats == official);
    CHECK(a.ties.empty());
    // The law also guarantees each state one seat; as a bound it changes nothing here.
    CHECK(seats_of(population, 435, "equal proportions", {1.0}) == official);
}

TEST_CASE("Balinski and Young (1975): every method on two worked examples") {
    // M. L. Balinski, H. P. Young, "The quota method of apportionment", American
    // Mathematical Monthly 82(7), 1975, 701-730; the same numbers are the test cases of the
    // `apportionment` Python package (M. Lackner).
    const std::vector<double> first{5117, 4400, 162, 161, 160};
    CHECK(seats_of(first, 100, "largest remainder") == Seats{51, 44, 2, 2, 1});
    CHECK(seats_of(first, 100, "dhondt") == Seats{52, 45, 1, 1, 1});
    CHECK(seats_of(first, 100, "sainte-lague") == Seats{51, 43, 2, 2, 2});
    CHECK(seats_of(first, 100, "huntington-hill") == Seats{51, 43, 2, 2, 2});
    CHECK(seats_of(first, 100, "adams") == Seats{51, 43, 2, 2, 2});

    const std::vector<double> second{9061, 7179, 5259, 3319, 1182};
    CHECK(seats_of(second, 26, "hamilton") == Seats{9, 7, 5, 4, 1});
    CHECK(seats_of(second, 26, "jefferson") == Seats{10, 7, 5, 3, 1});
    CHECK(seats_of(second, 26, "webster") == Seats{9, 8, 5, 3, 1});
    CHECK(seats_of(second, 26, "huntington-hill") == Seats{9, 7, 6, 3, 1});
    CHECK(seats_of(second, 26, "adams") == Seats{9, 7, 5, 3, 2});
}

TEST_CASE("Election examples: D'Hondt and Sainte-Laguë tables") {
    // Wikipedia, "D'Hondt method", example: 230,000 voters, 8 seats -> 4, 3, 1, 0. With the
    // divisors 1, 3, 5, 7 the same table gives 3, 3, 1, 1 (100000, 80000, 33333, 30000,
    // 26667, 20000, 20000, 16000 are the eight highest quotients).
    const std::vector<double> votes{100000, 80000, 30000, 20000};
    CHECK(seats_of(votes, 8, "dhondt") == Seats{4, 3, 1, 0});
    CHECK(seats_of(votes, 8, "sainte-laguë") == Seats{3, 3, 1, 1});
    // staatsrecht.honikel.de, "Berechnungsbeispiele": 6100 / 5000 / 900 votes, 10 seats:
    // Sainte-Laguë 5, 4, 1; largest remainder 5, 4, 1; d'Hondt 6, 4, 0.
    const std::vector<double> small{6100, 5000, 900};
    CHECK(seats_of(small, 10, "sainte-lague") == Seats{5, 4, 1});
    CHECK(seats_of(small, 10, "hare") == Seats{5, 4, 1});
    CHECK(seats_of(small, 10, "dhondt") == Seats{6, 4, 0});
    // Electoral Reform wiki, "Sainte-Laguë method": 25,000 / 19,000 / 12,000 / 8,000 votes,
    // 10 seats -> 4, 3, 2, 1 (and D'Hondt agrees there).
    const std::vector<double> four{25000, 19000, 12000, 8000};
    CHECK(seats_of(four, 10, "webster") == Seats{4, 3, 2, 1});
    CHECK(seats_of(four, 10, "dhondt") == Seats{4, 3, 2, 1});
}

TEST_CASE("Alabama paradox: Hamilton can take a seat away when the total grows") {
    // The classic shape of the 1880 Alabama case: quotas 4.29 / 4.29 / 1.43 at 10 seats
    // and 4.71 / 4.71 / 1.57 at 11 seats; the small unit drops from 2 seats to 1.
    const std::vector<double> weights{6, 6, 2};
    CHECK(seats_of(weights, 10, "hamilton") == Seats{4, 4, 2});
    CHECK(seats_of(weights, 11, "hamilton") == Seats{5, 5, 1});
    // Divisor methods never do that.
    for (const char* method : {"dhondt", "sainte-lague", "huntington-hill", "adams"}) {
        const Seats ten = seats_of(weights, 10, method);
        const Seats eleven = seats_of(weights, 11, method);
        for (std::size_t i = 0; i < weights.size(); ++i)
            CHECK(eleven[i] >= ten[i]);
    }
}
