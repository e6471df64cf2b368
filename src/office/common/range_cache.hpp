// A small cache of what was computed from a cell range of a document (INDEXRANK's sorted
// values), for functions that Calc calls once per row over the same range. An entry is keyed by
// the document, the range's address and a variant (the options that change what was computed),
// and is dropped as soon as the office reports a change in its range (XModifyListener on the
// range: edits, undo, recalculated formulas) or the document closes; an entry whose range object
// has moved (rows or columns inserted or deleted, sheets moved) is never used again. At most
// `capacity` entries are kept, the least recently used goes first. Thread-safe.
#pragma once

#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <vector>

namespace vnplan::office {

class RangeCache {
public:
    using Value = std::shared_ptr<const void>;

    explicit RangeCache(std::size_t capacity) : capacity_(capacity) {}
    RangeCache(const RangeCache&) = delete;
    RangeCache& operator=(const RangeCache&) = delete;

    // The value cached for `range` of `document` (any interface of its model), else build()
    // run and its result kept. build() reads the range itself; an exception from it passes
    // through and nothing is kept. Without a document nothing is cached.
    Value get(const css::uno::Reference<css::uno::XInterface>& document,
              const css::uno::Reference<css::table::XCellRange>& range, int variant,
              const std::function<Value()>& build);

    template <class T>
    std::shared_ptr<const T> get(const css::uno::Reference<css::uno::XInterface>& document,
                                 const css::uno::Reference<css::table::XCellRange>& range,
                                 int variant, const std::function<std::shared_ptr<T>()>& build) {
        return std::static_pointer_cast<const T>(
            get(document, range, variant, [&]() -> Value { return build(); }));
    }

    std::size_t size() const;
    // Called by the listeners (any thread): the entry is stale, or its document is gone.
    void drop(std::uint64_t id, bool disposed) noexcept;

private:
    struct Entry {
        std::uint64_t id = 0;
        css::uno::Reference<css::uno::XInterface> document; // held: its address stays unique
        css::table::CellRangeAddress address;
        int variant = 0;
        css::uno::Reference<css::util::XModifyBroadcaster> range;
        css::uno::Reference<css::util::XModifyListener> listener;
        Value value; // empty while being built
    };
    struct Detached {
        css::uno::Reference<css::util::XModifyBroadcaster> range; // empty: nothing to remove
        css::uno::Reference<css::util::XModifyListener> listener;
        css::uno::Reference<css::uno::XInterface> document;
    };
    std::vector<Detached> take_detached();
    static void detach(const std::vector<Detached>& detached) noexcept;
    Value find(const css::uno::Reference<css::uno::XInterface>& document,
               const css::table::CellRangeAddress& address, int variant);
    Value add(const css::uno::Reference<css::uno::XInterface>& document,
              const css::uno::Reference<css::table::XCellRange>& range,
              const css::table::CellRangeAddress& address, int variant,
              const std::function<Value()>& build);

    const std::size_t capacity_;
    mutable std::mutex mutex_;
    std::list<Entry> entries_;       // most recently used first
    std::vector<Detached> detached_; // listeners to remove outside the office's notification
    std::uint64_t next_id_ = 1;
};

// The one cache of the process (never destroyed: entries hold office objects that must not be
// released after the office has gone).
RangeCache& range_cache();

} // namespace vnplan::office
