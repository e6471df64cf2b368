#include "core/indices/exact.hpp"

#include "core/indices/indices.hpp"

#include <cmath>
#include <utility>

namespace vnplan::indices::detail {
namespace {

cpp_int pow10(int n) {
    return boost::multiprecision::pow(cpp_int(10), static_cast<unsigned>(n));
}

// a and b brought to a common scale.
std::pair<cpp_int, cpp_int> aligned(const Exact& a, const Exact& b) {
    if (a.scale == b.scale) return {a.mantissa, b.mantissa};
    if (a.scale < b.scale) return {a.mantissa * pow10(b.scale - a.scale), b.mantissa};
    return {a.mantissa, b.mantissa * pow10(a.scale - b.scale)};
}

int sign_of(const cpp_int& value) {
    return value.sign();
}

} // namespace

Exact exact(const decimal::Decimal& value) {
    Exact out{cpp_int(value.digits), value.scale};
    if (value.negative) out.mantissa = -out.mantissa;
    return out;
}

Exact exact(double value) {
    return exact(decimal::from_double(value));
}

Exact add(const Exact& a, const Exact& b) {
    auto [x, y] = aligned(a, b);
    return Exact{x + y, std::max(a.scale, b.scale)};
}

Exact multiply(const Exact& a, const Exact& b) {
    return Exact{a.mantissa * b.mantissa, a.scale + b.scale};
}

double to_double(const Exact& value) {
    return decimal::to_double(to_decimal(value));
}

int compare(const Exact& a, const Exact& b) {
    auto [x, y] = aligned(a, b);
    return x < y ? -1 : (x > y ? 1 : 0);
}

int compare_ratios(const Exact& a, const Exact& b, const Exact& c, const Exact& d) {
    // a/b - c/d has the sign of a*d - c*b when b, d > 0; scales: (sa+sd) vs (sc+sb).
    const Exact left{a.mantissa * d.mantissa, a.scale + d.scale};
    const Exact right{c.mantissa * b.mantissa, c.scale + b.scale};
    return compare(left, right);
}

decimal::Decimal to_decimal(const Exact& value) {
    decimal::Decimal out;
    const int sign = sign_of(value.mantissa);
    if (sign == 0) return out;
    out.negative = sign < 0;
    out.digits = (out.negative ? cpp_int(-value.mantissa) : value.mantissa).str();
    out.scale = value.scale;
    // 8.15 + 3.85 is 12, as a clerk would type it, not 12.00.
    while (out.scale > 0 && out.digits.back() == '0') {
        out.digits.pop_back();
        --out.scale;
    }
    return out;
}

decimal::Decimal percent_of(const Exact& numerator, const Exact& denominator, int decimals) {
    // (n / 10^sn) / (d / 10^sd) * 100 * 10^decimals = n * 10^(sd + 2 + decimals) / (d * 10^sn)
    const cpp_int top = numerator.mantissa * pow10(denominator.scale + 2 + decimals);
    const cpp_int bottom = denominator.mantissa * pow10(numerator.scale);
    const bool negative = sign_of(top) < 0;
    const cpp_int magnitude = negative ? cpp_int(-top) : top;
    cpp_int quotient = magnitude / bottom;
    const cpp_int remainder = magnitude % bottom;
    if (remainder * 2 >= bottom) ++quotient; // half away from zero
    decimal::Decimal out;
    if (quotient == 0) return out;
    out.negative = negative;
    out.digits = quotient.str();
    out.scale = decimals;
    return out;
}

void fail(std::string vi, std::string en) {
    throw InputError(Message{std::move(vi), std::move(en)});
}

std::string typed_en(double value) {
    if (!std::isfinite(value)) return std::isnan(value) ? "NaN" : "inf";
    const decimal::Parts parts = decimal::split(decimal::from_double(value));
    std::string out = parts.negative ? "-" : "";
    out += parts.integer;
    if (!parts.fraction.empty()) out += "." + parts.fraction;
    return out;
}

std::string typed_vi(double value) {
    if (!std::isfinite(value)) return typed_en(value);
    return format_typed(value);
}

} // namespace vnplan::indices::detail
