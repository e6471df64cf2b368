#include "office/common/grid_memo.hpp"

#include "office/common/scoped_timer.hpp"
#include "office/common/uno_util.hpp"

#include <com/sun/star/lang/XComponent.hpp>

#include <cstring>

namespace vnplan::office {

namespace {

// Two cells of getDataArray: void (an error), a number or a text.
bool same_value(const Any& a, const Any& b) {
    const css::uno::TypeClass type = a.getValueTypeClass();
    if (type != b.getValueTypeClass()) return false;
    switch (type) {
    case css::uno::TypeClass_VOID:
        return true;
    case css::uno::TypeClass_DOUBLE: // bit for bit: -0 and 0 read the same but are kept apart
        return std::memcmp(a.getValue(), b.getValue(), sizeof(double)) == 0;
    case css::uno::TypeClass_STRING:
        return *static_cast<const rtl::OUString*>(a.getValue()) ==
               *static_cast<const rtl::OUString*>(b.getValue());
    default:
        return a == b;
    }
}

bool same_row(const Sequence<Any>& a, const Sequence<Any>& b) {
    if (a.getLength() != b.getLength()) return false;
    const Any* x = a.getConstArray();
    const Any* y = b.getConstArray();
    if (x == y) return true; // the same array, shared
    for (sal_Int32 i = 0; i < a.getLength(); ++i)
        if (!same_value(x[i], y[i])) return false;
    return true;
}

int bits_of(GridParts parts) {
    return (parts.formulas ? 1 : 0) | (parts.hidden_rows ? 2 : 0) | (parts.fonts ? 4 : 0);
}

// Tells the memo that a document is gone. Holds no reference to it: the document holds this.
class Listener : public WeakImplHelper<css::lang::XEventListener> {
public:
    Listener(GridMemo& memo, const css::uno::XInterface* document)
        : memo_(memo), document_(document) {}
    void SAL_CALL disposing(const css::lang::EventObject&) override {
        memo_.drop_document(document_);
    }

private:
    GridMemo& memo_;
    const css::uno::XInterface* const document_;
};

} // namespace

std::optional<std::vector<std::size_t>> changed_rows(const DataRows& before, const DataRows& now) {
    if (before.getLength() != now.getLength()) return std::nullopt;
    std::vector<std::size_t> out;
    const Sequence<Any>* x = before.getConstArray();
    const Sequence<Any>* y = now.getConstArray();
    for (sal_Int32 r = 0; r < now.getLength(); ++r)
        if (!same_row(x[r], y[r])) out.push_back(static_cast<std::size_t>(r));
    return out;
}

GridMemo& grid_memo() {
    // Eight tables, two million cells (a 400,000-row table of five columns) in all. Never
    // destroyed: see the header.
    static GridMemo* const memo = new GridMemo(8, 2'000'000);
    return *memo;
}

void GridMemo::drop_document(const css::uno::XInterface* document) noexcept {
    try {
        auto gone = memo_.erase_if(
            [&](const Key& key, const EntryPtr&) { return key.document == document; });
        // Released at the next call, outside the office's notification: a document being
        // closed must not lose its model's last reference inside its own disposing.
        std::lock_guard lock(released_mutex_);
        for (EntryPtr& entry : gone)
            released_.push_back(std::move(entry));
    } catch (...) { // out of memory: the entries stay until they are the least recently used
    }
}

void GridMemo::release(std::vector<EntryPtr> left, bool remove_listeners) noexcept {
    for (const EntryPtr& entry : left)
        try {
            if (remove_listeners && entry && entry->listener.is())
                if (Reference<css::lang::XComponent> c{entry->document, UNO_QUERY}; c.is())
                    c->removeEventListener(entry->listener);
        } catch (...) { // a document already closed: nothing left to remove
        }
}

void GridMemo::put(const Key& key, EntryPtr entry) {
    const std::size_t cells = entry->grid->height() * entry->grid->width();
    if (cells > max_cells_) return release({std::move(entry)}, true);
    release(memo_.put(key, std::move(entry), cells), true);
}

GridMemo::Answer GridMemo::get(const Reference<css::uno::XInterface>& document,
                               const Reference<css::table::XCellRange>& range, GridParts parts,
                               int variant, const std::function<Result(const Grid&)>& compute) {
    {
        std::vector<EntryPtr> disposed;
        {
            std::lock_guard lock(released_mutex_);
            disposed.swap(released_);
        }
        release(std::move(disposed), false); // their documents have dropped every listener
    }
    const Reference<css::uno::XInterface> model(document, UNO_QUERY); // its identity
    if (!model.is()) {
        auto grid = std::make_shared<Grid>(read_grid(range, parts));
        Result result = compute(*grid);
        return {std::move(grid), std::move(result), false};
    }

    ScopedTimer timer(nullptr, 1); // VNPLAN_PROFILE=1
    RawGrid raw = read_raw(range, parts);
    timer.lap("read");
    const Key key{model.get(), raw.address, bits_of(parts), variant};
    EntryPtr old = memo_.take(key).value_or(nullptr);
    std::optional<std::vector<std::size_t>> changed;
    if (old) changed = changed_rows(old->data, raw.data);
    timer.lap("compare");
    if (changed && changed->empty() && same_extras(*old->grid, raw.grid)) {
        Answer answer{old->grid, old->result, true};
        put(key, std::move(old));
        timer.lap("memo hit");
        return answer;
    }

    auto entry = std::make_shared<Entry>();
    entry->document = model;
    entry->data = raw.data;
    // A few rows changed (a clerk's edit): only they are read again, into the kept grid (a
    // copy when another call still uses it).
    if (changed && changed->size() * 4 <= raw.height) {
        entry->grid =
            old->grid.use_count() == 1 ? std::move(old->grid) : std::make_shared<Grid>(*old->grid);
        patch_rows(*entry->grid, std::move(raw), *changed);
        timer.lap("rows patched");
    } else {
        entry->grid = std::make_shared<Grid>(to_grid(std::move(raw)));
        timer.lap("to cells");
    }
    if (old) entry->listener = std::move(old->listener); // the same document's, kept on
    old.reset();
    try {
        entry->result = compute(*entry->grid);
    } catch (...) {
        release({entry}, true);
        throw;
    }
    timer.lap("compute");
    Answer answer{entry->grid, entry->result, false};
    if (!entry->listener.is()) {
        const Reference<css::lang::XComponent> component(model, UNO_QUERY);
        if (!component.is()) return answer; // no disposing to hear of: not kept
        try {
            entry->listener = new Listener(*this, model.get());
            component->addEventListener(entry->listener);
        } catch (...) {
            return answer; // a document being closed: not kept
        }
    }
    put(key, std::move(entry));
    return answer;
}

} // namespace vnplan::office
