// RankIndex: one sort of the rounded keys, then a binary search per question.
#include "core/indices/rank_index.hpp"

#include "core/indices/exact.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace vnplan::indices {

using detail::RankKey;

namespace {

bool usable(const std::optional<double>& value) {
    return value && std::isfinite(*value);
}

} // namespace

RankIndex::RankIndex(std::vector<std::optional<double>> values, int decimals)
    : decimals_(decimals),
      make_((decimals_argument(static_cast<double>(decimals)), decimals)), // InputError first
      values_(std::move(values)) {
    struct Entry {
        RankKey key;
        std::uint32_t index;
    };
    std::vector<Entry> entries;
    entries.reserve(values_.size());
    for (std::size_t i = 0; i < values_.size(); ++i)
        if (usable(values_[i]))
            entries.push_back({make_(*values_[i]), static_cast<std::uint32_t>(i)});
    // Stable: equal keys keep the sheet order that the ordinal rule with a position needs.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.key < b.key; });
    sheet_order_.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i == 0 || !(entries[i].key == entries[i - 1].key)) {
            distinct_.push_back(entries[i].key);
            first_.push_back(i);
        }
        sheet_order_.push_back(entries[i].index);
    }
    first_.push_back(entries.size());
}

std::optional<RankIndex::Found> RankIndex::find(double value) const {
    if (!std::isfinite(value)) return std::nullopt;
    const RankKey key = make_(value);
    const auto at = std::lower_bound(distinct_.begin(), distinct_.end(), key);
    if (at == distinct_.end() || !(*at == key)) return std::nullopt;
    const auto distinct = static_cast<std::size_t>(at - distinct_.begin());
    return Found{distinct, first_[distinct], first_[distinct + 1]};
}

double RankIndex::rank(const Found& found, Order order, TieRule ties) const {
    const bool highest_first = order == Order::highest_first;
    const std::size_t better = highest_first ? sheet_order_.size() - found.end : found.first;
    const std::size_t equal = found.end - found.first;
    const std::size_t dense =
        highest_first ? distinct_.size() - found.distinct : found.distinct + 1;
    return detail::rank_from_counts(ties, better, equal, dense);
}

std::optional<double> RankIndex::rank_of(double value, Order order, TieRule ties) const {
    const auto found = find(value);
    if (!found) return std::nullopt;
    return rank(*found, order, ties);
}

double RankIndex::rank_at(double value, double position, Order order, TieRule ties) const {
    const std::size_t index = detail::checked_position(value, values_, position, make_);
    const Found found = *find(value); // checked: the cell at `position` holds it
    const double first = rank(found, order, ties);
    if (ties != TieRule::ordinal) return first;
    // Ordinal: after the better entries, the equal ones in the order of `values`.
    const auto begin = sheet_order_.begin() + static_cast<std::ptrdiff_t>(found.first);
    const auto end = sheet_order_.begin() + static_cast<std::ptrdiff_t>(found.end);
    const auto earlier = std::lower_bound(begin, end, static_cast<std::uint32_t>(index)) - begin;
    return first + static_cast<double>(earlier);
}

namespace detail {

double rank_from_counts(TieRule ties, std::size_t better, std::size_t equal, std::size_t dense) {
    switch (ties) {
    case TieRule::dense:
        return static_cast<double>(dense);
    case TieRule::average:
        return static_cast<double>(better) + (static_cast<double>(equal) + 1) / 2;
    case TieRule::competition:
    case TieRule::ordinal:
        break;
    }
    return static_cast<double>(better + 1);
}

std::size_t checked_position(double value, std::span<const std::optional<double>> values,
                             double position, const KeyMaker& make) {
    const std::string size = std::to_string(values.size());
    if (!std::isfinite(position) || position != std::floor(position) || position < 1 ||
        position > static_cast<double>(values.size()))
        fail("Vị trí phải là số nguyên từ 1 đến " + size + " (số ô của vùng giá trị), " +
                 "đang là " + typed_vi(position) + ".",
             "The position must be a whole number from 1 to " + size +
                 " (the cells of the values), got " + typed_en(position) + ".");
    const auto index = static_cast<std::size_t>(position) - 1;
    const std::string at = std::to_string(index + 1);
    if (!usable(values[index]))
        fail("Ô thứ " + at + " của vùng giá trị không chứa số.",
             "Cell " + at + " of the values holds no number.");
    if (!std::isfinite(value) || make(*values[index]) != make(value))
        fail("Ô thứ " + at + " của vùng giá trị là " + typed_vi(*values[index]) +
                 ", không phải giá trị cần xếp hạng " + typed_vi(value) + ".",
             "Cell " + at + " of the values holds " + typed_en(*values[index]) +
                 ", not the value to rank " + typed_en(value) + ".");
    return index;
}

} // namespace detail

} // namespace vnplan::indices
