// Percentages, tiers and the Vietnamese formatting of typed numbers.
#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"

#include <cmath>
#include <string>

namespace vnplan::indices {

using detail::fail;
using detail::typed_en;
using detail::typed_vi;

int decimals_argument(double value) {
    if (!std::isfinite(value))
        fail("Số chữ số thập phân không hợp lệ.", "Invalid number of decimals.");
    const double whole = std::trunc(value);
    if (whole < 0 || whole > max_decimals)
        fail("Số chữ số thập phân phải từ 0 đến 15 (đang là " + typed_vi(value) + ").",
             "The number of decimals must be between 0 and 15 (got " + typed_en(value) + ").");
    return static_cast<int>(whole);
}

namespace {

void check_decimals(int decimals) {
    if (decimals < 0 || decimals > max_decimals)
        fail("Số chữ số thập phân phải từ 0 đến 15 (đang là " + std::to_string(decimals) + ").",
             "The number of decimals must be between 0 and 15 (got " + std::to_string(decimals) +
                 ").");
}

} // namespace

decimal::Decimal percent_exact(double score, double maximum, int decimals) {
    check_decimals(decimals);
    if (!std::isfinite(score))
        fail("Điểm không phải là số hợp lệ.", "The score is not a valid number.");
    if (!std::isfinite(maximum) || maximum <= 0)
        fail("Điểm tối đa phải lớn hơn 0 (đang là " + typed_vi(maximum) + ").",
             "The maximum must be greater than 0 (got " + typed_en(maximum) + ").");
    return detail::percent_of(detail::exact(score), detail::exact(maximum), decimals);
}

double percent(double score, double maximum, int decimals) {
    const decimal::Decimal exact = percent_exact(score, maximum, decimals);
    const double out = decimal::to_double(exact);
    if (!exact.is_zero() && (out == 0 || !std::isfinite(out))) // beyond the range of doubles
        fail("Tỉ lệ phần trăm quá lớn để ghi vào ô.", "The percentage is too large for a cell.");
    return out;
}

std::optional<std::string> tier(double percent, std::span<const double> thresholds,
                                std::span<const std::string> labels) {
    if (thresholds.empty()) fail("Chưa có ngưỡng xếp loại nào.", "No tier thresholds were given.");
    if (thresholds.size() != labels.size())
        fail("Số ngưỡng xếp loại (" + std::to_string(thresholds.size()) + ") khác số nhãn (" +
                 std::to_string(labels.size()) + ").",
             "The number of thresholds (" + std::to_string(thresholds.size()) +
                 ") differs from the number of labels (" + std::to_string(labels.size()) + ").");
    if (!std::isfinite(percent))
        fail("Tỉ lệ phần trăm không hợp lệ.", "The percentage is not a valid number.");
    // Comparing doubles is comparing the typed decimals: the shortest decimal of a double is
    // monotone in it and round-trips, so no decimal conversion is needed here.
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < thresholds.size(); ++i) {
        const double t = thresholds[i];
        if (!std::isfinite(t))
            fail("Ngưỡng xếp loại thứ " + std::to_string(i + 1) + " không phải là số.",
                 "Tier threshold " + std::to_string(i + 1) + " is not a number.");
        if (labels[i].find_first_not_of(" \t\r\n") == std::string::npos)
            fail("Nhãn xếp loại thứ " + std::to_string(i + 1) + " để trống.",
                 "Tier label " + std::to_string(i + 1) + " is blank.");
        for (std::size_t j = 0; j < i; ++j)
            if (thresholds[j] == t)
                fail("Ngưỡng xếp loại " + typed_vi(t) + " bị lặp lại.",
                     "Tier threshold " + typed_en(t) + " appears twice.");
        if (t <= percent && (!best || t > thresholds[*best])) best = i;
    }
    if (!best) return std::nullopt;
    return labels[*best];
}

std::string format_typed(double value) {
    if (!std::isfinite(value)) fail("Không phải là số hợp lệ.", "Not a valid number.");
    return detail::format_vi(decimal::from_double(value));
}

std::string detail::format_vi(const decimal::Decimal& value, int min_decimals) {
    const decimal::Parts parts = decimal::split(value, min_decimals);
    std::string out = parts.negative ? "-" : "";
    const std::size_t n = parts.integer.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += parts.integer[i];
        const std::size_t left = n - i - 1;
        if (left > 0 && left % 3 == 0) out += '.';
    }
    if (!parts.fraction.empty()) out += "," + parts.fraction;
    return out;
}

} // namespace vnplan::indices
