#include "core/common/decimal.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <system_error>

namespace vnplan::decimal {
namespace {

void strip_leading_zeros(std::string& digits) {
    const auto first = digits.find_first_not_of('0');
    digits = first == std::string::npos ? "0" : digits.substr(first);
}

} // namespace

Decimal from_double(double value) {
    if (!std::isfinite(value)) throw std::domain_error("decimal::from_double: not finite");
    // Scientific shortest form: "-8.706e+01" gives mantissa digits and an exponent.
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (result.ec != std::errc()) throw std::runtime_error("decimal::from_double: to_chars");
    std::string text(buffer, result.ptr);

    Decimal out;
    std::size_t pos = 0;
    if (text[pos] == '-') {
        out.negative = true;
        ++pos;
    }
    const auto e = text.find('e');
    std::string mantissa = text.substr(pos, e - pos);
    const int exponent = std::stoi(text.substr(e + 1));
    const auto dot = mantissa.find('.');
    int fraction_digits = 0;
    if (dot != std::string::npos) {
        fraction_digits = static_cast<int>(mantissa.size() - dot - 1);
        mantissa.erase(dot, 1);
    }
    // mantissa * 10^(exponent - fraction_digits)
    int scale = fraction_digits - exponent;
    if (scale < 0) {
        mantissa.append(static_cast<std::size_t>(-scale), '0');
        scale = 0;
    }
    // Drop trailing fraction zeros so 1.50 and 1.5 look alike.
    while (scale > 0 && mantissa.size() > 1 && mantissa.back() == '0') {
        mantissa.pop_back();
        --scale;
    }
    strip_leading_zeros(mantissa);
    out.digits = mantissa;
    out.scale = out.digits == "0" ? 0 : scale;
    if (out.digits == "0") out.negative = false;
    return out;
}

Decimal round_half_up(const Decimal& value, int decimals) {
    if (decimals < 0) throw std::invalid_argument("decimal::round_half_up: negative places");
    if (value.scale <= decimals) return value;
    const std::size_t drop = static_cast<std::size_t>(value.scale - decimals);
    std::string digits = value.digits;
    if (digits.size() < drop + 1) digits.insert(0, drop + 1 - digits.size(), '0');
    const bool round_up = digits[digits.size() - drop] >= '5';
    digits.resize(digits.size() - drop);
    if (round_up) {
        int i = static_cast<int>(digits.size()) - 1;
        while (i >= 0 && digits[static_cast<std::size_t>(i)] == '9')
            digits[static_cast<std::size_t>(i--)] = '0';
        if (i < 0)
            digits.insert(digits.begin(), '1');
        else
            ++digits[static_cast<std::size_t>(i)];
    }
    strip_leading_zeros(digits);
    Decimal out{value.negative, digits, decimals};
    if (out.digits == "0") {
        out.negative = false;
        out.scale = 0;
    }
    return out;
}

Parts split(const Decimal& value, int min_decimals) {
    Parts parts;
    parts.negative = value.negative;
    const std::size_t scale = static_cast<std::size_t>(value.scale);
    std::string digits = value.digits;
    if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
    parts.integer = digits.substr(0, digits.size() - scale);
    parts.fraction = digits.substr(digits.size() - scale);
    if (static_cast<int>(parts.fraction.size()) < min_decimals)
        parts.fraction.append(static_cast<std::size_t>(min_decimals) - parts.fraction.size(), '0');
    return parts;
}

std::string format(double value, int decimals, char decimal_separator, char group_separator) {
    const Parts parts = split(round_half_up(from_double(value), decimals), decimals);
    std::string out = parts.negative ? "-" : "";
    const std::size_t n = parts.integer.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += parts.integer[i];
        const std::size_t left = n - i - 1;
        if (group_separator != 0 && left > 0 && left % 3 == 0) out += group_separator;
    }
    if (decimals > 0) {
        out += decimal_separator;
        out += parts.fraction;
    }
    return out;
}

double to_double(const Decimal& value) {
    std::string text = value.negative ? "-" : "";
    text += value.digits;
    text += "e-" + std::to_string(value.scale);
    double out = 0;
    std::from_chars(text.data(), text.data() + text.size(), out);
    return out;
}

} // namespace vnplan::decimal
