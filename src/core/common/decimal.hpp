// Exact decimal view of doubles: what the clerk typed (87.06), not its binary approximation.
#pragma once

#include <string>

namespace vnplan::decimal {

// value = (negative ? -1 : 1) * digits * 10^-scale; digits has no leading zeros ("0" for zero).
struct Decimal {
    bool negative = false;
    std::string digits = "0";
    int scale = 0;

    bool is_zero() const { return digits == "0"; }
};

// The shortest decimal that reads back as `value` (87.06 -> 8706 scale 2). Finite values only.
Decimal from_double(double value);

// Rounds half away from zero to `decimals` places (decimals >= 0): 50.775 -> 50.78.
Decimal round_half_up(const Decimal& value, int decimals);

// The integer and fraction digit strings of a decimal with at least `min_decimals` places.
struct Parts {
    bool negative = false;
    std::string integer;  // "1234567", "0" for zero
    std::string fraction; // "89", possibly empty
};
Parts split(const Decimal& value, int min_decimals = 0);

// Fixed notation with `decimals` places (rounded half up) and the given separators;
// group_separator 0 means no grouping. format(1234567.891, 2, ',', '.') == "1.234.567,89".
std::string format(double value, int decimals, char decimal_separator, char group_separator);

double to_double(const Decimal& value);

} // namespace vnplan::decimal
