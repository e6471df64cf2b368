// A memo of what was computed from a table of a document (AWARDCHECK's verification), keyed on
// the exact input, so it can never be stale: every call reads the range again (getDataArray
// and the other parts asked for) and compares what it read with what was read last time for
// the same document, range address, parts and variant. Equal: the Grid and the result are
// reused. Some rows differ: only those rows are converted again, into the kept Grid, and the
// result is computed anew. A modify listener could not tell this: the office fires it on every
// hard recalculation too (docs/office-notes.md). At most `capacity` tables and `max_cells` cells
// are kept (a table holds about 100 bytes a cell; a bigger one is not kept), the least recently
// used going first; a document's entries go when it is disposed. Thread-safe.
#pragma once

#include "core/common/grid.hpp"
#include "core/common/grid_compare.hpp"
#include "core/common/lru_memo.hpp"
#include "office/common/sheet_reader.hpp"

#include <com/sun/star/lang/XEventListener.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/XInterface.hpp>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace vnplan::office {

// The rows of `now` that differ from `before` (the same cells read twice by getDataArray):
// same type, numbers bit for bit, texts equal. nullopt when the shapes differ.
std::optional<std::vector<std::size_t>> changed_rows(const DataRows& before, const DataRows& now);

class GridMemo {
public:
    using Result = std::shared_ptr<const void>;
    struct Answer {
        std::shared_ptr<const Grid> grid;
        Result result;
        bool hit = false; // nothing changed since the last call: nothing computed
    };

    GridMemo(std::size_t capacity, std::size_t max_cells)
        : max_cells_(max_cells), memo_(capacity, max_cells) {}
    GridMemo(const GridMemo&) = delete;
    GridMemo& operator=(const GridMemo&) = delete;

    // read_grid(range, parts) and compute() of it, either reused or done anew. `variant` tells
    // apart computations over the same grid. Without a document (any interface of its model)
    // nothing is kept. Exceptions from reading or computing pass through; nothing is kept then.
    Answer get(const css::uno::Reference<css::uno::XInterface>& document,
               const css::uno::Reference<css::table::XCellRange>& range, GridParts parts,
               int variant, const std::function<Result(const Grid&)>& compute);

    template <class T>
    std::pair<std::shared_ptr<const Grid>, std::shared_ptr<const T>>
    get(const css::uno::Reference<css::uno::XInterface>& document,
        const css::uno::Reference<css::table::XCellRange>& range, GridParts parts, int variant,
        const std::function<std::shared_ptr<const T>(const Grid&)>& compute) {
        Answer a = get(document, range, parts, variant,
                       [&](const Grid& grid) -> Result { return compute(grid); });
        return {std::move(a.grid), std::static_pointer_cast<const T>(std::move(a.result))};
    }

    std::size_t size() const { return memo_.size(); }
    // Called by the document's listener (any thread): its entries are dropped.
    void drop_document(const css::uno::XInterface* document) noexcept;

    struct Key {
        const css::uno::XInterface* document = nullptr; // identity; the entry holds a reference
        css::table::CellRangeAddress address;
        int parts = 0;
        int variant = 0;
        bool operator==(const Key&) const = default;
    };
    struct Entry {
        css::uno::Reference<css::uno::XInterface> document;      // held: its address stays unique
        css::uno::Reference<css::lang::XEventListener> listener; // on the document's disposing
        DataRows data;                                           // as read (refcounted: cheap)
        std::shared_ptr<Grid> grid;                              // made from `data` and the parts
        Result result;
    };
    using EntryPtr = std::shared_ptr<Entry>;

private:
    void release(std::vector<EntryPtr> left, bool remove_listeners) noexcept;
    void put(const Key& key, EntryPtr entry);

    const std::size_t max_cells_;
    LruMemo<Key, EntryPtr> memo_;
    std::mutex released_mutex_;
    std::vector<EntryPtr> released_; // dropped inside the office's notification: freed later
};

// The one memo of the process (never destroyed: entries hold office objects).
GridMemo& grid_memo();

} // namespace vnplan::office
