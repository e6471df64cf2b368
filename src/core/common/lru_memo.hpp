// A small thread-safe memo of the last values computed for a few keys, the least recently used
// going first when there are more than `capacity` of them or their weights (say, cells) add up to
// more than `max_weight`. A caller takes a value out while it works on it (nobody else sees it
// meanwhile, so it may change it in place) and puts the new one back. Values leaving the memo are
// handed back to the caller, who may have to release them outside the lock (office objects).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace vnplan {

template <class Key, class Value> class LruMemo {
public:
    explicit LruMemo(std::size_t capacity, std::size_t max_weight = SIZE_MAX)
        : capacity_(std::max<std::size_t>(capacity, 1)), max_weight_(max_weight) {}
    LruMemo(const LruMemo&) = delete;
    LruMemo& operator=(const LruMemo&) = delete;

    // The value kept for `key`, removed from the memo; nullopt when there is none.
    std::optional<Value> take(const Key& key) {
        std::lock_guard lock(mutex_);
        const auto it = find(key);
        if (it == entries_.end()) return std::nullopt;
        std::optional<Value> value(std::move(it->second.value));
        weight_ -= it->second.weight;
        entries_.erase(it);
        return value;
    }

    // Keeps `value` (of `weight`) for `key` as the most recently used; returns the values that
    // left: the one it replaces, and the least recently used beyond the capacity or the weight
    // (never `value` itself).
    std::vector<Value> put(Key key, Value value, std::size_t weight = 1) {
        std::vector<Value> out;
        std::lock_guard lock(mutex_);
        const auto it = find(key);
        if (it != entries_.end()) {
            out.push_back(std::move(it->second.value));
            weight_ -= it->second.weight;
            entries_.erase(it);
        }
        entries_.emplace_front(std::move(key), Weighed{std::move(value), weight});
        weight_ += weight;
        while (entries_.size() > 1 && (entries_.size() > capacity_ || weight_ > max_weight_)) {
            out.push_back(std::move(entries_.back().second.value));
            weight_ -= entries_.back().second.weight;
            entries_.pop_back();
        }
        return out;
    }

    // Removes every value for which `drop(key, value)` holds; returns them.
    template <class Predicate> std::vector<Value> erase_if(Predicate drop) {
        std::vector<Value> out;
        std::lock_guard lock(mutex_);
        for (auto it = entries_.begin(); it != entries_.end();)
            if (drop(std::as_const(it->first), std::as_const(it->second.value))) {
                out.push_back(std::move(it->second.value));
                weight_ -= it->second.weight;
                it = entries_.erase(it);
            } else {
                ++it;
            }
        return out;
    }

    std::size_t size() const {
        std::lock_guard lock(mutex_);
        return entries_.size();
    }

    std::size_t weight() const {
        std::lock_guard lock(mutex_);
        return weight_;
    }

private:
    struct Weighed {
        Value value;
        std::size_t weight = 1;
    };
    using Entries = std::list<std::pair<Key, Weighed>>;
    typename Entries::iterator find(const Key& key) {
        return std::find_if(entries_.begin(), entries_.end(),
                            [&](const auto& entry) { return entry.first == key; });
    }

    const std::size_t capacity_;
    const std::size_t max_weight_;
    mutable std::mutex mutex_;
    Entries entries_; // most recently used first
    std::size_t weight_ = 0;
};

} // namespace vnplan
