// INDEXRANK and INDEXRANKS: ranks with tie rules and groups, compared after decimal rounding.
#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"
#include "core/indices/rank_index.hpp"
#include "core/indices/rank_key.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>

namespace vnplan::indices {

using detail::KeyMaker;
using detail::RankKey;

namespace {

void check_options(const RankOptions& options) {
    if (options.decimals < 0 || options.decimals > max_decimals)
        detail::fail("Số chữ số thập phân phải từ 0 đến 15 (đang là " +
                         std::to_string(options.decimals) + ").",
                     "The number of decimals must be between 0 and 15 (got " +
                         std::to_string(options.decimals) + ").");
}

bool usable(const std::optional<double>& value) {
    return value && std::isfinite(*value);
}

// Group ids in order of first appearance; equal fold_exact keys -> equal id. Each distinct spelling
// is normalised once (ICU work per spelling, not per entry).
std::vector<std::uint32_t> group_ids(std::span<const std::string> groups) {
    std::vector<std::uint32_t> ids(groups.size());
    std::unordered_map<std::string_view, std::uint32_t> by_spelling;
    std::unordered_map<std::string, std::uint32_t> by_key;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const std::string_view spelling = groups[i];
        auto found = by_spelling.find(spelling);
        if (found == by_spelling.end()) {
            const auto id = static_cast<std::uint32_t>(by_key.size());
            const std::uint32_t key_id =
                by_key.try_emplace(vntext::fold_exact(spelling), id).first->second;
            found = by_spelling.emplace(spelling, key_id).first;
        }
        ids[i] = found->second;
    }
    return ids;
}

// A sort entry in ascending order whatever the direction: for highest-first the key is negated.
// primary is the scaled integer of band 0 and a sentinel beyond every scaled value for the
// large bands (|scaled| < 10^18), whose order `large` then settles.
struct Entry {
    std::uint32_t group;
    std::uint32_t index; // position in the input: the sheet order
    std::int64_t primary;
    double large;

    bool same_value(const Entry& other) const {
        return group == other.group && primary == other.primary && large == other.large;
    }
    friend bool operator<(const Entry& a, const Entry& b) {
        if (a.group != b.group) return a.group < b.group;
        if (a.primary != b.primary) return a.primary < b.primary;
        if (a.large != b.large) return a.large < b.large;
        return a.index < b.index;
    }
};

Entry entry_of(const RankKey& key, std::uint32_t group, std::uint32_t index, bool highest_first) {
    constexpr std::int64_t beyond = 4000000000000000000LL; // > 10^18
    std::int64_t primary = key.band == 0 ? key.scaled : (key.band < 0 ? -beyond : beyond);
    double large = key.large;
    if (highest_first) {
        primary = -primary;
        large = -large;
    }
    return Entry{group, index, primary, large};
}

} // namespace

std::optional<double> rank_of(double value, std::span<const std::optional<double>> values,
                              const RankOptions& options) {
    check_options(options);
    if (!std::isfinite(value)) return std::nullopt;
    // Filled down a column this runs once per row: no rounding per entry, only two comparisons
    // against the interval of doubles that round like `value`.
    const KeyMaker make(options.decimals);
    const detail::KeyInterval same = detail::key_interval(make, value);
    const bool highest_first = options.order == Order::highest_first;
    const double low = same.low;
    const double high = same.high;
    std::size_t better = 0;
    std::size_t equal = 0;
    for (const auto& entry : values) {
        // Branch-free counting: the outcomes are as random as the data.
        const double x = entry.value_or(std::numeric_limits<double>::quiet_NaN());
        const auto finite = static_cast<std::size_t>(std::fabs(x) <= DBL_MAX);
        const auto is_better = static_cast<std::size_t>(highest_first ? x > high : x < low);
        better += is_better & finite;
        equal += static_cast<std::size_t>(x >= low) & static_cast<std::size_t>(x <= high);
    }
    std::vector<double> better_values; // only the dense rule needs the distinct better values
    if (options.ties == TieRule::dense)
        for (const auto& entry : values)
            if (usable(entry) && (highest_first ? *entry > high : *entry < low))
                better_values.push_back(*entry);
    if (equal == 0) return std::nullopt;
    std::size_t dense = 0;
    if (options.ties == TieRule::dense) {
        std::vector<RankKey> keys;
        keys.reserve(better_values.size());
        for (double x : better_values)
            keys.push_back(make(x));
        std::sort(keys.begin(), keys.end());
        dense = static_cast<std::size_t>(std::unique(keys.begin(), keys.end()) - keys.begin()) + 1;
    }
    return detail::rank_from_counts(options.ties, better, equal, dense);
}

std::vector<std::optional<double>> ranks(std::span<const std::optional<double>> values,
                                         const RankOptions& options,
                                         std::span<const std::string> groups) {
    check_options(options);
    if (!groups.empty() && groups.size() != values.size())
        detail::fail(
            "Vùng nhóm phải có cùng số ô với vùng giá trị (" + std::to_string(groups.size()) +
                " và " + std::to_string(values.size()) + ").",
            "The groups must have as many cells as the values (" + std::to_string(groups.size()) +
                " and " + std::to_string(values.size()) + ").");
    const std::vector<std::uint32_t> ids = group_ids(groups);
    const KeyMaker make(options.decimals);
    const bool highest_first = options.order == Order::highest_first;

    std::vector<Entry> entries;
    entries.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!usable(values[i])) continue;
        entries.push_back(entry_of(make(*values[i]), ids.empty() ? 0 : ids[i],
                                   static_cast<std::uint32_t>(i), highest_first));
    }
    std::sort(entries.begin(), entries.end());

    std::vector<std::optional<double>> out(values.size());
    std::size_t group_start = 0;
    std::size_t dense = 0;
    for (std::size_t run = 0; run < entries.size();) {
        if (run == 0 || entries[run].group != entries[run - 1].group) {
            group_start = run;
            dense = 0;
        }
        std::size_t end = run + 1;
        while (end < entries.size() && entries[end].same_value(entries[run]))
            ++end;
        ++dense;
        const double first = static_cast<double>(run - group_start + 1);
        const double size = static_cast<double>(end - run);
        for (std::size_t i = run; i < end; ++i) {
            double rank = first;
            switch (options.ties) {
            case TieRule::competition:
                break;
            case TieRule::dense:
                rank = static_cast<double>(dense);
                break;
            case TieRule::average:
                rank = first + (size - 1) / 2;
                break;
            case TieRule::ordinal:
                rank = first + static_cast<double>(i - run);
                break;
            }
            out[entries[i].index] = rank;
        }
        run = end;
    }
    return out;
}

} // namespace vnplan::indices
