#include "core/plan/template.hpp"

#include "core/common/message.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>

namespace vnplan::plan {
namespace {

// The element a repeated section is at: a record of a loop, or an item of a list.
struct Frame {
    std::string key;
    const Record* record = nullptr;
    const std::string* item = nullptr;
};

enum class Control { none, each, if_, else_, end_each, end_if };

struct Marker {
    Control control = Control::none;
    Name name;
};

[[noreturn]] void fail(const std::string& vi, const std::string& en) {
    throw InputError({vi, en});
}

Marker marker_of(const Placeholder& p) {
    const std::string& n = p.name;
    const auto starts = [&](const char* prefix) { return n.rfind(prefix, 0) == 0; };
    if (starts("#each")) return {Control::each, parse_name(n.substr(5))};
    if (starts("#if")) return {Control::if_, parse_name(n.substr(3))};
    if (starts("#else")) return {Control::else_, {}};
    if (starts("/each")) return {Control::end_each, {}};
    if (starts("/if")) return {Control::end_if, {}};
    if (starts("#") || starts("/"))
        fail("Không hiểu {{" + n +
                 "}}: chỉ có {{#each ...}}, {{/each}}, {{#if ...}}, {{#else}}, {{/if}}.",
             "Unknown {{" + n +
                 "}}: only {{#each ...}}, {{/each}}, {{#if ...}}, {{#else}}, {{/if}}.");
    return {Control::none, parse_name(n)};
}

// The marker a paragraph consists of, when it is one alone (white space aside).
std::optional<Marker> sole_marker(const std::string& text) {
    const auto ps = find_placeholders(text);
    if (ps.size() != 1) return std::nullopt;
    const std::string rest = vntext::trim(text.substr(0, ps[0].begin) + text.substr(ps[0].end));
    if (!rest.empty()) return std::nullopt;
    return marker_of(ps[0]);
}

class Expander {
public:
    Expander(const std::vector<TemplateBlock>& blocks, const Bindings& b)
        : blocks_(blocks), b_(b) {}

    std::vector<Emit> run() {
        std::size_t i = 0;
        expand_range(i, blocks_.size(), true);
        if (i != blocks_.size()) unmatched(i);
        return std::move(out_);
    }

private:
    // A value by name: the innermost repeated section first, then the root fields.
    const std::string* value(const Name& name) const {
        for (auto f = frames_.rbegin(); f != frames_.rend(); ++f) {
            if (f->record && !name.owner_key.empty() && name.owner_key == f->key) {
                const auto it = f->record->fields.find(name.member_key);
                if (it != f->record->fields.end()) return &it->second;
            }
            if (f->item && name.key == f->key) return f->item;
        }
        return b_.scalar(name.key);
    }

    bool in_frame(const Name& name) const {
        return std::any_of(frames_.begin(), frames_.end(), [&](const Frame& f) {
            return (f.record && name.owner_key == f.key) || (f.item && name.key == f.key);
        });
    }

    bool truthy(const Name& name) const {
        if (const std::string* v = value(name)) return !vntext::trim(*v).empty();
        if (const auto* l = b_.list(name.key)) return !l->empty();
        if (const auto* l = b_.loop(name.key)) return !l->empty();
        unknown(name);
    }

    [[noreturn]] void unknown(const Name& name) const {
        if (!name.owner_key.empty() && b_.table(name.owner_key))
            fail("{{" + name.written +
                     "}} chỉ dùng được trong một dòng của bảng (dòng đó lặp lại "
                     "theo từng dòng dữ liệu).",
                 "{{" + name.written + "}} can only stand in a table row (repeated per data row).");
        fail("Mẫu có trường {{" + name.written + "}} nhưng sổ tính không có trường \"" +
                 name.written + "\".",
             "The template names {{" + name.written + "}} but the workbook has no field \"" +
                 name.written + "\".");
    }

    [[noreturn]] void unmatched(std::size_t i) const {
        fail("Mẫu có \"" + vntext::trim(blocks_[i].text) + "\" không khớp với khối nào.",
             "The template has an unmatched \"" + vntext::trim(blocks_[i].text) + "\".");
    }

    // Index of the marker closing the block opened at `open` (and of its {{#else}}).
    std::pair<std::size_t, std::optional<std::size_t>> closing(std::size_t open,
                                                               Control end) const {
        int depth = 0;
        std::optional<std::size_t> else_at;
        for (std::size_t i = open + 1; i < blocks_.size(); ++i) {
            if (blocks_[i].table) continue;
            const auto m = sole_marker(blocks_[i].text);
            if (!m) continue;
            if (m->control == Control::each || m->control == Control::if_)
                ++depth;
            else if ((m->control == Control::end_each || m->control == Control::end_if) &&
                     depth > 0)
                --depth;
            else if (m->control == end)
                return {i, else_at};
            else if (m->control == Control::else_ && depth == 0 && end == Control::end_if)
                else_at = i;
        }
        const std::string text = vntext::trim(blocks_[open].text);
        fail("Mẫu có \"" + text + "\" nhưng thiếu " +
                 (end == Control::end_each ? "{{/each}}" : "{{/if}}") + ".",
             "The template has \"" + text + "\" without its " +
                 (end == Control::end_each ? "{{/each}}" : "{{/if}}") + ".");
    }

    void expand_range(std::size_t& i, std::size_t end, bool may_keep) {
        while (i < end) {
            const TemplateBlock& block = blocks_[i];
            if (block.table) {
                if (!may_keep)
                    fail("Bảng của mẫu không được nằm trong {{#each}}; dùng {{Phụ lục.Bảng}} hoặc "
                         "một "
                         "dòng bảng lặp lại.",
                         "A template table cannot sit inside {{#each}}; use {{Phụ lục.Bảng}} or a "
                         "repeated table row.");
                out_.push_back({Emit::Kind::keep, i, {}, 0});
                ++i;
                continue;
            }
            const auto m = sole_marker(block.text);
            if (m && m->control == Control::each) {
                const auto [close, unused] = closing(i, Control::end_each);
                (void)unused;
                each(i, close, m->name);
                i = close + 1;
                continue;
            }
            if (m && m->control == Control::if_) {
                const auto [close, else_at] = closing(i, Control::end_if);
                const bool yes = truthy(m->name);
                std::size_t from = yes ? i + 1 : (else_at ? *else_at + 1 : close);
                const std::size_t to = yes ? (else_at ? *else_at : close) : close;
                expand_range(from, to, may_keep);
                i = close + 1;
                continue;
            }
            if (m && m->control != Control::none) unmatched(i);
            paragraph(i, may_keep);
            ++i;
        }
    }

    void each(std::size_t open, std::size_t close, const Name& name) {
        if (const auto* records = b_.loop(name.key)) {
            for (const Record& r : *records) {
                frames_.push_back({name.key, &r, nullptr});
                std::size_t i = open + 1;
                expand_range(i, close, false);
                frames_.pop_back();
            }
        } else if (const auto* items = b_.list(name.key)) {
            for (const std::string& item : *items) {
                frames_.push_back({name.key, nullptr, &item});
                std::size_t i = open + 1;
                expand_range(i, close, false);
                frames_.pop_back();
            }
        } else if (value(name)) {
            // A single value repeats once (a field with one line).
            const std::string* item = value(name);
            frames_.push_back({name.key, nullptr, item});
            std::size_t i = open + 1;
            expand_range(i, close, false);
            frames_.pop_back();
        } else {
            unknown(name);
        }
    }

    std::string bind(const std::string& text, const std::string* list_key = nullptr,
                     const std::string* item = nullptr) const {
        std::string out;
        std::size_t done = 0;
        for (const Placeholder& p : find_placeholders(text)) {
            const Marker m = marker_of(p);
            if (m.control != Control::none) unmatched_inline(p);
            const std::string* v = (list_key && m.name.key == *list_key) ? item : value(m.name);
            if (!v) unknown(m.name);
            out.append(text, done, p.begin - done);
            out += *v;
            done = p.end;
        }
        out.append(text, done, std::string::npos);
        // A blank left by an empty field at the end ("Phụ lục " for a single appendix).
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out;
    }

    [[noreturn]] void unmatched_inline(const Placeholder& p) const {
        fail("{{" + p.name + "}} phải đứng riêng một đoạn.",
             "{{" + p.name + "}} must stand alone in its paragraph.");
    }

    void paragraph(std::size_t i, bool may_keep) {
        const std::string& text = blocks_[i].text;
        const auto m = sole_marker(text);
        if (m && m->name.key == body_marker_key && !in_frame(m->name)) {
            out_.push_back({Emit::Kind::body, i, {}, 0});
            return;
        }
        if (m && m->name.member_key == table_member_key) {
            for (auto f = frames_.rbegin(); f != frames_.rend(); ++f)
                if (f->record && f->key == m->name.owner_key && f->record->appendix) {
                    out_.push_back({Emit::Kind::table, i, {}, *f->record->appendix});
                    return;
                }
        }
        // A paragraph naming a list (outside a section repeating it) repeats per item.
        std::string list_key;
        const std::vector<std::string>* items = nullptr;
        bool framed = false;
        for (const Placeholder& p : find_placeholders(text)) {
            const Marker pm = marker_of(p);
            if (pm.control != Control::none) unmatched_inline(p);
            if (in_frame(pm.name)) {
                framed = true;
                continue;
            }
            if (value(pm.name)) continue;
            if (const auto* l = b_.list(pm.name.key)) {
                if (items && list_key != pm.name.key)
                    fail("Một đoạn chỉ lặp theo một danh sách: \"" + vntext::trim(text) + "\".",
                         "A paragraph can repeat over one list only: \"" + vntext::trim(text) +
                             "\".");
                list_key = pm.name.key;
                items = l;
                continue;
            }
            unknown(pm.name);
        }
        if (items) {
            for (const std::string& item : *items)
                out_.push_back({Emit::Kind::copy, i, bind(text, &list_key, &item), 0});
            return;
        }
        if (may_keep && !framed) {
            out_.push_back({Emit::Kind::keep, i, {}, 0});
            return;
        }
        out_.push_back({Emit::Kind::copy, i, bind(text), 0});
    }

    const std::vector<TemplateBlock>& blocks_;
    const Bindings& b_;
    std::vector<Frame> frames_;
    std::vector<Emit> out_;
};

} // namespace

std::vector<Emit> expand(const std::vector<TemplateBlock>& blocks, const Bindings& bindings) {
    return Expander(blocks, bindings).run();
}

bool names_scalar(const std::string& name, const Bindings& bindings) {
    const Name n = parse_name(name);
    return bindings.scalar(n.key) != nullptr;
}

std::optional<std::vector<std::vector<std::string>>>
expand_row(const std::vector<std::string>& cells, const Bindings& bindings) {
    const TableData* table = nullptr;
    std::string table_key;
    for (const auto& cell : cells)
        for (const Placeholder& p : find_placeholders(cell)) {
            const Name n = parse_name(p.name);
            if (n.owner_key.empty() || bindings.scalar(n.key)) continue;
            if (const TableData* t = bindings.table(n.owner_key)) {
                if (table && table_key != n.owner_key)
                    fail("Một dòng bảng chỉ lặp theo một bảng dữ liệu.",
                         "A table row can repeat over one data table only.");
                table = t;
                table_key = n.owner_key;
            }
        }
    if (!table) return std::nullopt;
    std::vector<std::vector<std::string>> rows;
    for (const auto& data : table->rows) {
        std::vector<std::string> out;
        for (const auto& cell : cells) {
            std::string text;
            std::size_t done = 0;
            for (const Placeholder& p : find_placeholders(cell)) {
                const Name n = parse_name(p.name);
                if (n.owner_key != table_key) continue;
                const auto it =
                    std::find(table->columns.begin(), table->columns.end(), n.member_key);
                if (it == table->columns.end())
                    fail("Bảng \"" + bindings.display(table_key) + "\" không có cột \"" +
                             p.name.substr(p.name.find('.') + 1) + "\" (trong {{" + p.name + "}}).",
                         "The table \"" + bindings.display(table_key) + "\" has no column \"" +
                             p.name.substr(p.name.find('.') + 1) + "\" (in {{" + p.name + "}}).");
                const std::size_t c = static_cast<std::size_t>(it - table->columns.begin());
                text.append(cell, done, p.begin - done);
                if (c < data.size()) text += data[c];
                done = p.end;
            }
            text.append(cell, done, std::string::npos);
            out.push_back(substitute(text, bindings, false));
        }
        rows.push_back(std::move(out));
    }
    return rows;
}

} // namespace vnplan::plan
