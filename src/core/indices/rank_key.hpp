// Internal: a sort key equal to a value rounded half up to `decimals` places in decimal
// (the number as typed, decimal::from_double), computed without allocating in the common case.
//
// Approach: y = |x| * 10^decimals in binary. The typed decimal s is within half an ulp of x,
// so |y - s * 10^decimals| <= 2^-52 * y (two roundings of relative size 2^-53). Rounding
// half up to an integer can only go wrong when y lies within that error of a .5 boundary;
// if it does not (and y < 2^47, where floor and the fraction are exact), the integer
// floor(y) or floor(y) + 1 is exact. Otherwise - typed x.xx5 values, 0.125 at 2 places - the
// slow path rounds the decimal digits themselves. Keys of |rounded| * 10^decimals < 10^18 are
// that integer (band 0); larger values keep the double itself (band -1/+1): at that size the
// spacing of doubles exceeds 100 * 10^-decimals, so the typed decimal has fewer places than
// `decimals`, rounding changes nothing and distinct doubles stay distinct and ordered.
#pragma once

#include <cstdint>

namespace vnplan::indices::detail {

struct RankKey {
    std::int8_t band = 0;    // -1: large negative, 0: scaled integer, +1: large positive
    std::int64_t scaled = 0; // rounded value * 10^decimals (band 0)
    double large = 0;        // the value itself (band -1/+1)

    friend bool operator==(const RankKey& a, const RankKey& b) {
        return a.band == b.band && a.scaled == b.scaled && a.large == b.large;
    }
    friend bool operator<(const RankKey& a, const RankKey& b) {
        if (a.band != b.band) return a.band < b.band;
        if (a.scaled != b.scaled) return a.scaled < b.scaled;
        return a.large < b.large;
    }
};

// The smallest and largest finite doubles whose key is `key(value)`: keys are monotone in the
// value (shortest decimals and half-up rounding both are), so "rounds to the same" becomes two
// plain comparisons per entry. Found by bisection over the ordered doubles.
struct KeyInterval {
    double low;
    double high;
};

class KeyMaker;
KeyInterval key_interval(const KeyMaker& make, double value);

class KeyMaker {
public:
    explicit KeyMaker(int decimals);        // 0..15
    RankKey operator()(double value) const; // finite values only
    RankKey exact(double value) const;      // the slow path alone (reference for tests)

private:
    int decimals_;
    double power_; // 10^decimals, exact in binary for decimals <= 22
};

} // namespace vnplan::indices::detail
