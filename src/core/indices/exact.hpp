// Internal: exact decimals as big integers (value = mantissa * 10^-scale) for sums, ratios and
// half-up rounding without binary floating point. Not part of the public API.
#pragma once

#include "core/common/decimal.hpp"
#include "core/common/message.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <optional>
#include <string>

namespace vnplan::indices::detail {

using boost::multiprecision::cpp_int;

struct Exact {
    cpp_int mantissa; // signed
    int scale = 0;
};

Exact exact(double value); // the number as typed (decimal::from_double); finite only
Exact exact(const decimal::Decimal& value);
Exact add(const Exact& a, const Exact& b);
Exact multiply(const Exact& a, const Exact& b);
double to_double(const Exact& value);
int compare(const Exact& a, const Exact& b); // -1, 0, 1
// Sign of a/b - c/d for positive b and d.
int compare_ratios(const Exact& a, const Exact& b, const Exact& c, const Exact& d);
decimal::Decimal to_decimal(const Exact& value); // without trailing fraction zeros
// numerator / denominator * 100 rounded half away from zero to `decimals`; denominator > 0.
decimal::Decimal percent_of(const Exact& numerator, const Exact& denominator, int decimals);

// "1.234,5": Vietnamese separators, at least `min_decimals` places, digits otherwise as given.
std::string format_vi(const decimal::Decimal& value, int min_decimals = 0);

// The sentence of phrase() from exact parts, after validation (ranks whole, year whole).
std::string phrase_text(const decimal::Decimal& score, const decimal::Decimal& maximum,
                        const decimal::Decimal& percent, int percent_decimals, double rank,
                        double count, std::optional<double> previous_rank,
                        std::optional<double> year, int min_digits);

// Shared error helpers: every user error carries Vietnamese text and an English fallback.
[[noreturn]] void fail(std::string vi, std::string en);
// A double as the clerk typed it, for messages: "87.06" style in en, "87,06" in vi.
std::string typed_en(double value);
std::string typed_vi(double value);

} // namespace vnplan::indices::detail
