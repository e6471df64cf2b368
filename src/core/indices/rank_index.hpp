// INDEXRANK filled down a column asks the rank of one value after another among the same
// values: RankIndex sorts the rounded keys once, then answers each question by binary search,
// with the same answers as rank_of and rank_at (same rounding, tie rules and skipped entries).
#pragma once

#include "core/indices/indices.hpp"
#include "core/indices/rank_key.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace vnplan::indices {

class RankIndex {
public:
    // InputError when decimals is outside 0..15.
    RankIndex(std::vector<std::optional<double>> values, int decimals);

    int decimals() const { return decimals_; }
    const std::vector<std::optional<double>>& values() const { return values_; }
    // As rank_of(value, values, options) with options.decimals == decimals().
    std::optional<double> rank_of(double value, Order order, TieRule ties) const;
    // As rank_at(value, values, position, options) with options.decimals == decimals().
    double rank_at(double value, double position, Order order, TieRule ties) const;

private:
    struct Found {
        std::size_t distinct; // index into distinct_
        std::size_t first;    // first entry with the key in sheet_order_
        std::size_t end;
    };
    std::optional<Found> find(double value) const;
    double rank(const Found& found, Order order, TieRule ties) const;

    int decimals_;
    detail::KeyMaker make_;
    std::vector<std::optional<double>> values_;
    std::vector<detail::RankKey> distinct_;  // the distinct keys, ascending
    std::vector<std::size_t> first_;         // entries before each distinct key (+ the total)
    std::vector<std::uint32_t> sheet_order_; // positions, by key then sheet order
};

namespace detail {
// A rank from counts: `better` entries rank before the value, `equal` (at least 1) share it,
// and it is the `dense`-th distinct value (used by the dense rule only).
double rank_from_counts(TieRule ties, std::size_t better, std::size_t equal, std::size_t dense);
// rank_at's checks: the 0-based index of `position`, which must hold `value` (InputError).
std::size_t checked_position(double value, std::span<const std::optional<double>> values,
                             double position, const KeyMaker& make);
} // namespace detail

} // namespace vnplan::indices
