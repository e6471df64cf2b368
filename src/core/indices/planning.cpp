// Planning with ranks: INDEXRANK at a position (the "ordinal" rule filled down), INDEXGAP (the
// points to a target rank) and INDEXRANKRANGE (best and worst rank within a tolerance).
// Values are rounded like every rank (rank_key.hpp), then handled as exact decimals.
#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"
#include "core/indices/rank_index.hpp"
#include "core/indices/rank_key.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace vnplan::indices {

using detail::cpp_int;
using detail::Exact;
using detail::KeyMaker;

namespace {

bool usable(const std::optional<double>& value) {
    return value && std::isfinite(*value);
}

void check_decimals(const RankOptions& options) {
    decimals_argument(static_cast<double>(options.decimals)); // InputError outside 0..15
}

// A finite value rounded half up to the key's places, as an exact decimal.
Exact rounded(const KeyMaker& make, int decimals, double value) {
    const detail::RankKey key = make(value);
    if (key.band == 0) return Exact{cpp_int(key.scaled), decimals};
    return detail::exact(key.large); // so large that rounding changes nothing
}

cpp_int at_scale(const Exact& value, int scale) {
    cpp_int out = value.mantissa;
    for (int i = value.scale; i < scale; ++i)
        out *= 10;
    return out;
}

// The rounded usable values as integers at one common scale (at least `scale`), oriented so
// that greater is better: negated when the lowest ranks first. Skipped entries: nullopt.
struct Scaled {
    std::vector<std::optional<cpp_int>> keys;
    int scale = 0;
};

Scaled scaled_keys(std::span<const std::optional<double>> values, const RankOptions& options,
                   int scale) {
    const KeyMaker make(options.decimals);
    std::vector<std::optional<Exact>> exact(values.size());
    int common = std::max(scale, options.decimals);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!usable(values[i])) continue;
        exact[i] = rounded(make, options.decimals, *values[i]);
        common = std::max(common, exact[i]->scale);
    }
    Scaled out;
    out.scale = common;
    out.keys.resize(values.size());
    const bool lowest_first = options.order == Order::lowest_first;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (exact[i]) {
            cpp_int key = at_scale(*exact[i], common);
            out.keys[i] = lowest_first ? cpp_int(-key) : key;
        }
    return out;
}

bool whole(double value) {
    return std::isfinite(value) && value == std::floor(value);
}

} // namespace

double rank_at(double value, std::span<const std::optional<double>> values, double position,
               const RankOptions& options) {
    check_decimals(options);
    const KeyMaker make(options.decimals);
    const std::size_t index = detail::checked_position(value, values, position, make);
    const std::optional<double> rank = rank_of(value, values, options); // found: not nullopt
    if (options.ties != TieRule::ordinal) return *rank;
    // Ordinal: after the better entries, the equal ones in the order of `values`.
    const detail::KeyInterval same = detail::key_interval(make, value);
    std::size_t earlier = 0;
    for (std::size_t i = 0; i < index; ++i)
        if (usable(values[i]) && *values[i] >= same.low && *values[i] <= same.high) ++earlier;
    return *rank + static_cast<double>(earlier);
}

std::optional<decimal::Decimal> rank_gap(double value,
                                         std::span<const std::optional<double>> values,
                                         double target_rank, const RankOptions& options) {
    check_decimals(options);
    if (!whole(target_rank) || target_rank < 1)
        detail::fail("Hạng cần đạt phải là số nguyên từ 1 (đang là " +
                         detail::typed_vi(target_rank) + ").",
                     "The target rank must be a whole number from 1 (got " +
                         detail::typed_en(target_rank) + ").");
    if (!std::isfinite(value)) return std::nullopt;
    const KeyMaker make(options.decimals);
    const Exact own_exact = rounded(make, options.decimals, value);
    Scaled scaled = scaled_keys(values, options, own_exact.scale);
    cpp_int own = at_scale(own_exact, scaled.scale);
    if (options.order == Order::lowest_first) own = -own;

    std::vector<cpp_int> others;
    bool found = false;
    for (auto& key : scaled.keys) {
        if (!key) continue;
        if (!found && *key == own) {
            found = true; // the unit itself
            continue;
        }
        others.push_back(std::move(*key));
    }
    if (!found) return std::nullopt;
    const std::size_t count = others.size() + 1;
    if (target_rank > static_cast<double>(count))
        detail::fail("Hạng cần đạt " + detail::typed_vi(target_rank) + " vượt quá số đơn vị (" +
                         std::to_string(count) + ").",
                     "The target rank " + detail::typed_en(target_rank) +
                         " is beyond the number of units (" + std::to_string(count) + ").");
    const auto target = static_cast<std::size_t>(target_rank);
    if (target == count) return decimal::Decimal{}; // every rank is at most the count
    // Rank <= target exactly when at most target - 1 others are ahead: reach (or tie) the
    // target-th best of the others.
    std::nth_element(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(target - 1),
                     others.end(), std::greater<>());
    const cpp_int& needed = others[target - 1];
    if (needed <= own) return decimal::Decimal{};
    return detail::to_decimal(Exact{needed - own, scaled.scale});
}

std::vector<std::optional<RankRange>> rank_ranges(std::span<const std::optional<double>> values,
                                                  double tolerance, const RankOptions& options) {
    check_decimals(options);
    if (!std::isfinite(tolerance) || tolerance < 0)
        detail::fail("Dung sai phải là số không âm (đang là " + detail::typed_vi(tolerance) + ").",
                     "The tolerance must be a number of at least 0 (got " +
                         detail::typed_en(tolerance) + ").");
    const Exact tolerance_exact = detail::exact(tolerance);
    const Scaled scaled = scaled_keys(values, options, tolerance_exact.scale);
    const cpp_int spread = 2 * at_scale(tolerance_exact, scaled.scale);

    std::vector<cpp_int> sorted;
    for (const auto& key : scaled.keys)
        if (key) sorted.push_back(*key);
    std::sort(sorted.begin(), sorted.end());
    const auto greater_than = [&](const cpp_int& bound) {
        return static_cast<double>(sorted.end() -
                                   std::upper_bound(sorted.begin(), sorted.end(), bound));
    };

    std::vector<std::optional<RankRange>> out(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!scaled.keys[i]) continue;
        const cpp_int& key = *scaled.keys[i];
        RankRange range;
        // Best: this unit up by the tolerance, every other down: ahead only if more than
        // 2 x tolerance ahead now.
        range.best = 1 + greater_than(key + spread);
        // Worst: this unit down, every other up: ahead unless 2 x tolerance or more behind.
        // With a tolerance the unit itself is counted by "> key - spread": take it off.
        range.worst = 1 + greater_than(key - spread) - (spread > 0 ? 1 : 0);
        out[i] = range;
    }
    return out;
}

} // namespace vnplan::indices
