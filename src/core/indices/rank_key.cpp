#include "core/indices/rank_key.hpp"

#include "core/common/decimal.hpp"

#include <bit>
#include <cfloat>
#include <cmath>

namespace vnplan::indices::detail {

KeyMaker::KeyMaker(int decimals) : decimals_(decimals), power_(1) {
    for (int i = 0; i < decimals; ++i)
        power_ *= 10;
}

RankKey KeyMaker::operator()(double value) const {
    const double magnitude = std::fabs(value);
    const double y = magnitude * power_;
    if (y < 0x1p47) {
        const double floor = std::floor(y);
        const double fraction = y - floor; // exact: y < 2^52
        const double error = y * 0x1p-50;  // twice the bound in the comment of the header
        if (std::fabs(fraction - 0.5) > error) {
            auto scaled = static_cast<std::int64_t>(floor) + (fraction > 0.5 ? 1 : 0);
            return RankKey{0, value < 0 ? -scaled : scaled, 0};
        }
    }
    return exact(value);
}

RankKey KeyMaker::exact(double value) const {
    const decimal::Decimal rounded = decimal::round_half_up(decimal::from_double(value), decimals_);
    // round_half_up keeps fewer places when there are fewer: bring it to `decimals_`.
    const std::size_t digits =
        rounded.digits.size() + static_cast<std::size_t>(decimals_ - rounded.scale);
    if (digits > 18) return RankKey{static_cast<std::int8_t>(rounded.negative ? -1 : 1), 0, value};
    std::int64_t scaled = 0;
    for (char c : rounded.digits)
        scaled = scaled * 10 + (c - '0');
    for (int i = rounded.scale; i < decimals_; ++i)
        scaled *= 10;
    return RankKey{0, rounded.negative ? -scaled : scaled, 0};
}

namespace {

// Doubles in order as integers: -0.0 and +0.0 both map to 0.
std::int64_t ordered(double value) {
    const auto bits = std::bit_cast<std::uint64_t>(value);
    const auto magnitude = static_cast<std::int64_t>(bits & 0x7FFFFFFFFFFFFFFFULL);
    return (bits >> 63) ? -magnitude : magnitude;
}

double from_ordered(std::int64_t value) {
    if (value >= 0) return std::bit_cast<double>(static_cast<std::uint64_t>(value));
    return std::bit_cast<double>(static_cast<std::uint64_t>(-value) | 0x8000000000000000ULL);
}

} // namespace

KeyInterval key_interval(const KeyMaker& make, double value) {
    const RankKey target = make(value);
    const std::int64_t lowest = ordered(-DBL_MAX);
    const std::int64_t highest = ordered(DBL_MAX);
    // Distances in unsigned arithmetic: the span of all doubles overflows int64.
    const auto distance = [](std::int64_t from, std::int64_t to) {
        return static_cast<std::uint64_t>(to) - static_cast<std::uint64_t>(from);
    };
    const auto key_at = [&](std::int64_t position) { return make(from_ordered(position)); };

    // Gallop outwards from `value` (same key) until the key changes, then bisect the last step.
    std::int64_t low = ordered(value);
    std::uint64_t step = 1;
    while (low != lowest) {
        const std::int64_t probe =
            distance(lowest, low) <= step ? lowest : low - static_cast<std::int64_t>(step);
        if (key_at(probe) < target) {
            std::int64_t below = probe; // key < target; low has key == target
            while (distance(below, low) > 1) {
                const std::int64_t middle =
                    below + static_cast<std::int64_t>(distance(below, low) / 2);
                (key_at(middle) < target ? below : low) = middle;
            }
            break;
        }
        low = probe;
        step *= 2;
    }
    std::int64_t high = ordered(value);
    step = 1;
    while (high != highest) {
        const std::int64_t probe =
            distance(high, highest) <= step ? highest : high + static_cast<std::int64_t>(step);
        if (target < key_at(probe)) {
            std::int64_t above = probe;
            while (distance(high, above) > 1) {
                const std::int64_t middle =
                    high + static_cast<std::int64_t>(distance(high, above) / 2);
                (target < key_at(middle) ? above : high) = middle;
            }
            break;
        }
        high = probe;
        step *= 2;
    }
    return KeyInterval{from_ordered(low), from_ordered(high)};
}

} // namespace vnplan::indices::detail
