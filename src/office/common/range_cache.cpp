#include "office/common/range_cache.hpp"

#include "office/common/uno_util.hpp"

#include <com/sun/star/sheet/XCellRangeAddressable.hpp>

#include <algorithm>

namespace vnplan::office {

namespace {

using css::uno::Reference;

// Tells the cache which entry went stale. Holds no reference to the range: the range holds it.
class Listener : public WeakImplHelper<css::util::XModifyListener> {
public:
    Listener(RangeCache& cache, std::uint64_t id) : cache_(cache), id_(id) {}
    void SAL_CALL modified(const css::lang::EventObject&) override { cache_.drop(id_, false); }
    void SAL_CALL disposing(const css::lang::EventObject&) override { cache_.drop(id_, true); }

private:
    RangeCache& cache_;
    const std::uint64_t id_;
};

css::table::CellRangeAddress address_of(const Reference<css::uno::XInterface>& range) {
    return Reference<css::sheet::XCellRangeAddressable>(range, css::uno::UNO_QUERY_THROW)
        ->getRangeAddress();
}

} // namespace

RangeCache& range_cache() {
    static RangeCache* const cache = new RangeCache(16); // see the header: never destroyed
    return *cache;
}

std::size_t RangeCache::size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
}

void RangeCache::drop(std::uint64_t id, bool disposed) noexcept {
    std::lock_guard lock(mutex_);
    const auto entry =
        std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.id == id; });
    if (entry == entries_.end()) return;
    // Released later, outside the office's notification (a document being closed must not lose
    // its model's last reference from inside its own destruction); a disposed range has
    // already forgotten its listeners.
    detached_.push_back({disposed ? Reference<css::util::XModifyBroadcaster>() : entry->range,
                         entry->listener, entry->document});
    entries_.erase(entry);
}

std::vector<RangeCache::Detached> RangeCache::take_detached() {
    std::lock_guard lock(mutex_);
    return std::exchange(detached_, {});
}

void RangeCache::detach(const std::vector<Detached>& detached) noexcept {
    for (const Detached& d : detached)
        try {
            if (d.range.is()) d.range->removeModifyListener(d.listener);
        } catch (...) { // a range of a closed document: nothing left to remove
        }
}

RangeCache::Value RangeCache::get(const Reference<css::uno::XInterface>& document,
                                  const Reference<css::table::XCellRange>& range, int variant,
                                  const std::function<Value()>& build) {
    detach(take_detached());
    const Reference<css::uno::XInterface> model(document, css::uno::UNO_QUERY); // its identity
    if (!model.is() || !range.is()) return build();
    const css::table::CellRangeAddress address = address_of(range);
    if (Value value = find(model, address, variant)) return value;
    return add(model, range, address, variant, build);
}

RangeCache::Value RangeCache::find(const Reference<css::uno::XInterface>& document,
                                   const css::table::CellRangeAddress& address, int variant) {
    Entry found;
    {
        std::lock_guard lock(mutex_);
        const auto entry = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) {
            return e.value && e.document.get() == document.get() && e.variant == variant &&
                   e.address == address;
        });
        if (entry == entries_.end()) return nullptr;
        entries_.splice(entries_.begin(), entries_, entry); // most recently used
        found = *entry;
    }
    // The range object the listener watches follows inserted and deleted rows: if it no longer
    // covers the same cells, the entry describes other cells.
    bool same = false;
    try {
        same = address_of(found.range) == address;
    } catch (...) {
    }
    if (same) return found.value;
    drop(found.id, false);
    return nullptr;
}

RangeCache::Value RangeCache::add(const Reference<css::uno::XInterface>& document,
                                  const Reference<css::table::XCellRange>& range,
                                  const css::table::CellRangeAddress& address, int variant,
                                  const std::function<Value()>& build) {
    const Reference<css::util::XModifyBroadcaster> broadcaster(range, css::uno::UNO_QUERY);
    if (!broadcaster.is()) return build();
    std::uint64_t id = 0;
    Reference<css::util::XModifyListener> listener;
    {
        std::lock_guard lock(mutex_);
        id = next_id_++;
        listener = new Listener(*this, id);
        // Listening starts before the range is read: a change while reading drops the entry.
        entries_.push_front(Entry{id, document, address, variant, broadcaster, listener, nullptr});
    }
    try {
        broadcaster->addModifyListener(listener);
    } catch (...) {
        drop(id, true);
        return build();
    }
    Value value;
    try {
        value = build();
    } catch (...) {
        drop(id, false);
        detach(take_detached());
        throw;
    }
    std::vector<Detached> evicted;
    {
        std::lock_guard lock(mutex_);
        for (Entry& entry : entries_)
            if (entry.id == id) entry.value = value;
        while (entries_.size() > capacity_) {
            const Entry& last = entries_.back();
            evicted.push_back({last.range, last.listener, last.document});
            entries_.pop_back();
        }
    }
    detach(evicted);
    return value;
}

} // namespace vnplan::office
