// The columns of a score block, from the header lines above it: components, self-assessed/
// appraised pairs, bonus and penalty columns, the sheet's own totals, and areas (a header
// over its criteria, or numbering "I." over "1.", "2.").
#include "core/indices/exact.hpp"
#include "core/indices/layout_words.hpp"
#include "core/indices/score_layout.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <cmath>

namespace vnplan::indices {
namespace {

using detail::fail;

struct Lines {
    std::vector<std::size_t> bottom_up; // frame rows of the label lines, nearest the data first
    bool paired = false;                // the nearest line says "Tự chấm" / "Thẩm định"
    std::optional<std::size_t> names, areas;
};

// A maximum or a plain number alone in a header cell: a maxima line, not labels.
bool numeric_like(const Frame& f, std::size_t r, std::size_t c) {
    if (f.at(r, c).is_number()) return true;
    const std::string& label = f.label(r, c);
    if (label.empty() || number_in_text(label)) return !label.empty();
    const auto m = maximum_in_text(label);
    return m && m->name.empty();
}

enum class LineKind { blank, numeric, text };

LineKind line_kind(const Frame& f, std::size_t r, std::size_t first, std::size_t last) {
    bool numbers = false;
    for (std::size_t c = first; c <= last; ++c) {
        if (numeric_like(f, r, c) || f.at(r, c).is_error()) {
            numbers = true;
            continue;
        }
        if (!f.label(r, c).empty()) return LineKind::text;
    }
    return numbers ? LineKind::numeric : LineKind::blank;
}

bool line_says(const Frame& f, std::size_t r, std::size_t first, std::size_t last,
               bool (*says)(const std::string&)) {
    for (std::size_t c = first; c <= last; ++c)
        if (says(f.folded(r, c))) return true;
    return false;
}

Lines label_lines(const Frame& f, std::size_t first, std::size_t last, std::size_t data_top) {
    Lines lines;
    for (std::size_t r = data_top; r-- > 0 && lines.bottom_up.size() < 3;) {
        const LineKind kind = line_kind(f, r, first, last);
        if (kind == LineKind::blank) break;
        if (kind == LineKind::text) lines.bottom_up.push_back(r);
    }
    const auto& b = lines.bottom_up;
    if (b.empty()) return lines;
    lines.paired = line_says(f, b[0], first, last, detail::says_self) &&
                   line_says(f, b[0], first, last, detail::says_appraised);
    const std::size_t names = lines.paired ? 1 : 0;
    if (b.size() > names) lines.names = b[names];
    if (b.size() > names + 1) lines.areas = b[names + 1];
    return lines;
}

ItemKind kind_of(const std::string& folded) {
    if (detail::says_bonus(folded)) return ItemKind::bonus;
    if (detail::says_penalty(folded)) return ItemKind::penalty;
    if (detail::says_derived(folded)) return ItemKind::total;
    return ItemKind::component;
}

// An item named by the label at (r, c), maximum cut from the name.
BlockItem named(const Frame& f, std::size_t r, std::size_t c) {
    BlockItem item;
    item.column = c;
    item.header = Position{r, c};
    item.name = f.label(r, c);
    item.kind = kind_of(f.folded(r, c));
    if (const auto m = maximum_in_text(item.name)) {
        item.text_maximum = m->value;
        item.name = m->name;
    }
    return item;
}

// The label of column c at the lowest of `rows` (bottom-up) that has one; nullopt: none.
std::optional<std::size_t> label_row(const Frame& f, const std::vector<std::size_t>& rows,
                                     std::size_t c) {
    for (std::size_t r : rows)
        if (!f.label(r, c).empty()) return r;
    return std::nullopt;
}

BlockItem single(const Frame& f, const Lines& lines, std::size_t c, std::size_t from) {
    const std::vector<std::size_t> rows(lines.bottom_up.begin() + static_cast<long>(from),
                                        lines.bottom_up.end());
    const auto r = label_row(f, rows, c);
    if (!r) {
        BlockItem item;
        item.column = c;
        return item;
    }
    return named(f, *r, c);
}

// A pair under one header: "Tự chấm" and "Thẩm định" side by side (either order).
BlockItem pair_at(const Frame& f, const Lines& lines, std::size_t& c, std::size_t last) {
    const std::size_t sub = lines.bottom_up[0];
    // The pair's header: on the names line, or above it when merged down ("Điểm thưởng").
    const std::vector<std::size_t> above(lines.bottom_up.begin() + 1, lines.bottom_up.end());
    const auto header = label_row(f, above, c);
    BlockItem item = header ? named(f, *header, c) : BlockItem{};
    std::optional<std::size_t> self, appraised;
    const std::size_t start = c;
    for (; c <= last && c < start + 2; ++c) {
        const std::string& s = f.folded(sub, c);
        if (c > start && lines.names && !f.label(*lines.names, c).empty()) break;
        if (detail::says_self(s) && !self)
            self = c;
        else if (detail::says_appraised(s) && !appraised)
            appraised = c;
        else
            break;
    }
    if (!appraised)
        fail("Cột \"" + f.label(sub, start) + "\" ở ô " + f.address(sub, start) +
                 " không có cột điểm thẩm định bên cạnh.",
             "The column \"" + f.label(sub, start) + "\" at " + f.address(sub, start) +
                 " has no appraised column beside it.");
    item.column = *appraised;
    item.self_column = self;
    return item;
}

std::vector<BlockItem> items_of(const Frame& f, const Lines& lines, std::size_t first,
                                std::size_t last) {
    std::vector<BlockItem> items;
    for (std::size_t c = first; c <= last;) {
        const std::string& sub = lines.paired ? f.folded(lines.bottom_up[0], c) : std::string();
        if (lines.paired && (detail::says_self(sub) || detail::says_appraised(sub))) {
            items.push_back(pair_at(f, lines, c, last));
            continue;
        }
        items.push_back(single(f, lines, c, lines.paired ? 1 : 0));
        ++c;
    }
    return items;
}

std::size_t left_column(const BlockItem& item) {
    return item.self_column ? std::min(item.column, *item.self_column) : item.column;
}

BlockArea area_named(const Frame& f, std::size_t r, std::size_t c) {
    BlockArea area;
    area.header = {r, c};
    area.name = f.label(r, c);
    if (const auto m = maximum_in_text(area.name)) {
        area.text_maximum = m->value;
        area.name = m->name;
    }
    return area;
}

// Areas from a header line over the criteria (merged cells: text first, blanks after).
std::vector<BlockArea> areas_above(const Frame& f, std::size_t row,
                                   const std::vector<BlockItem>& items) {
    std::vector<BlockArea> areas;
    bool open = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const BlockItem& item = items[i];
        const bool own = item.header && item.header->row == row; // merged down from this line
        if (item.kind != ItemKind::component || own) {
            open = false;
            continue;
        }
        const std::size_t c = left_column(item);
        if (!f.label(row, c).empty()) {
            areas.push_back(area_named(f, row, c));
            open = true;
        }
        if (open) areas.back().items.push_back(i);
    }
    std::size_t components = 0;
    for (const auto& item : items)
        components += item.kind == ItemKind::component ? 1 : 0;
    if (areas.size() == 1 && areas[0].items.size() == components) areas.clear(); // a title
    return areas;
}

// The numbering of an item: from a line of numbers ("I", 1, "1.1") or its name ("II. ...").
std::optional<int> depth_of(const Frame& f, const std::optional<std::size_t>& numbers,
                            const BlockItem& item) {
    if (numbers) {
        const Cell& cell = f.at(*numbers, item.column);
        if (cell.is_number()) return cell.number == std::floor(cell.number) ? 1 : 2;
        if (const auto d = numbering_depth(f.label(*numbers, item.column))) return d;
    }
    return leading_numbering_depth(item.name);
}

bool numbering_line(const Frame& f, std::size_t r, std::size_t first, std::size_t last) {
    for (std::size_t c = first; c <= last; ++c)
        if (!f.label(r, c).empty() && !numbering_depth(f.label(r, c))) return false;
    return true;
}

// Areas from numbering: an item followed by deeper ones heads them (its own figures are the
// sheet's subtotals); the shallowest heads are the areas, a shallow item without criteria an
// area of its own.
std::vector<BlockArea> numbered_areas(const Frame& f, const std::optional<std::size_t>& numbers,
                                      std::vector<BlockItem>& items) {
    std::vector<std::size_t> parts; // component items in order
    std::vector<int> depth;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].kind != ItemKind::component) continue;
        const auto d = depth_of(f, numbers, items[i]);
        if (!d) return {};
        parts.push_back(i);
        depth.push_back(*d);
    }
    const int top = parts.empty() ? 0 : *std::min_element(depth.begin(), depth.end());
    bool headed = false;
    for (std::size_t k = 0; k + 1 < parts.size(); ++k)
        headed = headed || (depth[k] == top && depth[k + 1] > top);
    if (!headed) return {};
    std::vector<BlockArea> areas;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        BlockItem& item = items[parts[k]];
        const bool heads = k + 1 < parts.size() && depth[k + 1] > depth[k];
        if (depth[k] == top) {
            BlockArea area;
            area.name = item.name;
            area.text_maximum = item.text_maximum;
            area.header = item.header.value_or(Position{0, item.column});
            areas.push_back(area);
        }
        if (heads)
            item.kind = ItemKind::subtotal;
        else if (!areas.empty())
            areas.back().items.push_back(parts[k]);
    }
    return areas;
}

std::optional<std::size_t> area_saying(const std::vector<BlockArea>& areas,
                                       bool (*says)(const std::string&)) {
    for (std::size_t a = 0; a < areas.size(); ++a)
        if (says(vntext::fold_exact(areas[a].name))) return a;
    return std::nullopt;
}

// "Điểm tự đánh giá" over the criteria, then "Điểm thẩm định" over the same criteria: the
// k-th appraised column pairs with the k-th self-assessed one, whose names must match.
bool pair_blocks(const Frame& f, ScoreBlock& block) {
    const auto self = area_saying(block.areas, detail::says_self);
    const auto appraised = area_saying(block.areas, detail::says_appraised);
    if (!self && !appraised) return false;
    const BlockArea& s = block.areas[self.value_or(*appraised)];
    if (!self || !appraised || s.items.size() != block.areas[*appraised].items.size())
        fail("Khối cột \"" + s.name + "\" (" + f.address(s.header.row, s.header.column) +
                 ") không có khối \"Tự chấm\"/\"Thẩm định\" tương ứng cùng số cột.",
             "The block \"" + s.name + "\" (" + f.address(s.header.row, s.header.column) +
                 ") has no matching self-assessed/appraised block of as many columns.");
    const BlockArea& a = block.areas[*appraised];
    std::vector<bool> drop(block.items.size(), false);
    for (std::size_t k = 0; k < a.items.size(); ++k) {
        BlockItem& item = block.items[a.items[k]];
        const BlockItem& mine = block.items[s.items[k]];
        auto at = [&](const BlockItem& i) {
            return f.address(i.header ? i.header->row : a.header.row, i.column);
        };
        if (vntext::fold_exact(item.name) != vntext::fold_exact(mine.name))
            fail("Cột tự chấm \"" + mine.name + "\" và cột thẩm định \"" + item.name +
                     "\" không cùng tên (" + at(mine) + ", " + at(item) + ").",
                 "The self-assessed column \"" + mine.name + "\" and the appraised column \"" +
                     item.name + "\" differ (" + at(mine) + ", " + at(item) + ").");
        item.self_column = mine.column;
        if (!item.text_maximum) item.text_maximum = mine.text_maximum;
        drop[s.items[k]] = true;
    }
    std::vector<BlockItem> kept;
    for (std::size_t i = 0; i < block.items.size(); ++i)
        if (!drop[i]) kept.push_back(block.items[i]);
    block.items = std::move(kept);
    block.areas.clear();
    return true;
}

} // namespace

ScoreBlock read_score_block(const Frame& frame, std::size_t first, std::size_t last,
                            std::size_t data_top) {
    ScoreBlock block;
    const Lines lines = label_lines(frame, first, last, data_top);
    block.header_rows.assign(lines.bottom_up.rbegin(), lines.bottom_up.rend());
    block.items = items_of(frame, lines, first, last);
    std::optional<std::size_t> numbers;
    if (lines.areas && numbering_line(frame, *lines.areas, first, last)) numbers = lines.areas;
    if (lines.areas && !numbers) block.areas = areas_above(frame, *lines.areas, block.items);
    if (pair_blocks(frame, block)) return block;
    if (block.areas.empty()) block.areas = numbered_areas(frame, numbers, block.items);
    return block;
}

} // namespace vnplan::indices
