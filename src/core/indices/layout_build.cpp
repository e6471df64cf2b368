#include "core/indices/layout_build.hpp"

#include "core/indices/exact.hpp"
#include "core/indices/layout_words.hpp"
#include "core/indices/score_labels.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace vnplan::indices::detail {
namespace {

std::string n(std::size_t value) {
    return std::to_string(value);
}

// The number a maxima or weights cell holds: a number, "9,5", "10 điểm", "(tối đa 10)".
std::optional<double> value_at(const Frame& f, Position p) {
    const Cell& cell = f.at(p.row, p.column);
    if (cell.is_number()) return cell.number;
    const std::string& label = f.label(p.row, p.column);
    if (label.empty()) return std::nullopt;
    if (const auto v = number_in_text(label)) return v;
    if (const auto m = maximum_in_text(label)) return m->value;
    return std::nullopt;
}

std::string shown(const Frame& f, Position p) {
    const Cell& cell = f.at(p.row, p.column);
    return cell.is_number() ? format_typed(cell.number) : cell.text;
}

[[noreturn]] void not_positive(const Frame& f, Position p, const Message& field,
                               const std::string& name) {
    fail("Ô " + field.vi + " của \"" + name + "\" (" + f.address(p.row, p.column) +
             ") phải là số lớn hơn 0 (đang là \"" + shown(f, p) + "\").",
         "The " + field.en + " of \"" + name + "\" (" + f.address(p.row, p.column) +
             ") must be a number greater than 0 (got \"" + shown(f, p) + "\").");
}

struct Found {
    double value = 0;
    Position at;
};

// The value given for an item in the cells over its columns; two different ones are an error.
std::optional<Found> given(const Frame& f, const std::vector<std::optional<Position>>& cells,
                           const LineCells& lines, const BlockItem& item, const Message& field,
                           const std::string& name) {
    std::optional<Found> found;
    for (auto column : {std::optional<std::size_t>(item.column), item.self_column}) {
        if (!column || cells.empty()) continue;
        const auto p = cells.at(*column - lines.first);
        if (!p || f.at(p->row, p->column).is_empty()) continue;
        const auto v = value_at(f, *p);
        if (!v || !std::isfinite(*v) || *v <= 0) not_positive(f, *p, field, name);
        if (found && found->value != *v)
            fail("\"" + name + "\" có hai " + field.vi +
                     " khác nhau: " + f.address(found->at.row, found->at.column) + " và " +
                     f.address(p->row, p->column) + ".",
                 "\"" + name + "\" has two different " + field.en + ": " +
                     f.address(found->at.row, found->at.column) + " and " +
                     f.address(p->row, p->column) + ".");
        if (!found) found = Found{*v, *p};
    }
    return found;
}

LayoutComponent component_of(const Frame& f, const BlockItem& item, const LineCells& lines,
                             std::size_t index) {
    LayoutComponent c;
    c.name = item.name.empty() ? "Chỉ số thành phần " + n(index + 1) : item.name;
    c.line = item.column;
    c.self_line = item.self_column;
    const auto cell = given(f, lines.maxima, lines, item, {"điểm tối đa", "maximum"}, c.name);
    if (cell && item.text_maximum && item.header && *item.text_maximum != cell->value &&
        !(cell->at.row == item.header->row && cell->at.column == item.header->column))
        fail("Điểm tối đa của \"" + c.name + "\" đọc được hai cách: " +
                 f.address(cell->at.row, cell->at.column) + " ghi " + format_typed(cell->value) +
                 ", tiêu đề " + f.address(item.header->row, item.header->column) + " ghi " +
                 format_typed(*item.text_maximum) + ".",
             "The maximum of \"" + c.name + "\" reads two ways: " +
                 f.address(cell->at.row, cell->at.column) + " says " + typed_en(cell->value) +
                 ", the header " + f.address(item.header->row, item.header->column) + " says " +
                 typed_en(*item.text_maximum) + ".");
    if (cell) {
        c.maximum = cell->value;
        c.maximum_at = f.grid_position(cell->at.row, cell->at.column);
    } else if (item.text_maximum && item.header) {
        c.maximum = *item.text_maximum;
        c.maximum_at = f.grid_position(item.header->row, item.header->column);
    } else {
        fail("Chưa thấy điểm tối đa của \"" + c.name + "\" (cột " + f.address(0, item.column) +
                 "): cần hàng \"Điểm tối đa\" hoặc ghi trong tiêu đề, ví dụ \"(10 điểm)\".",
             "No maximum for \"" + c.name + "\" (column " + f.address(0, item.column) +
                 "): a \"Maximum\" row or a header such as \"(10 điểm)\" is needed.");
    }
    if (const auto w = given(f, lines.weights, lines, item, {"hệ số", "weight"}, c.name))
        c.weight = w->value;
    else if (!lines.weights.empty())
        not_positive(f, *lines.weights.at(item.column - lines.first), {"hệ số", "weight"}, c.name);
    return c;
}

// A stated area maximum must be its components' sum: else the sheet reads two ways.
void check_area(const Frame& f, const BlockArea& area, const ScoreLayout& layout,
                const LayoutArea& built) {
    if (!area.text_maximum) return;
    Exact sum{0, 0};
    for (std::size_t c : built.components)
        sum = add(
            sum, multiply(exact(layout.components[c].maximum), exact(layout.components[c].weight)));
    const double total = to_double(sum);
    if (total == *area.text_maximum) return;
    fail("Lĩnh vực \"" + area.name + "\" (" + f.address(area.header.row, area.header.column) +
             ") ghi tối đa " + format_typed(*area.text_maximum) +
             " nhưng các chỉ số thành phần của nó cộng lại " + format_typed(total) + ".",
         "The area \"" + area.name + "\" (" + f.address(area.header.row, area.header.column) +
             ") states a maximum of " + typed_en(*area.text_maximum) +
             " but its components add up to " + typed_en(total) + ".");
}

} // namespace

void fill_from_block(const Frame& frame, const ScoreBlock& block, const LineCells& cells,
                     ScoreLayout& out) {
    std::vector<std::optional<std::size_t>> component_of_item(block.items.size());
    for (std::size_t i = 0; i < block.items.size(); ++i) {
        const BlockItem& item = block.items[i];
        const std::string name = item.name.empty() ? "Cột " + n(i + 1) : item.name;
        switch (item.kind) {
        case ItemKind::component:
            component_of_item[i] = out.components.size();
            out.components.push_back(component_of(frame, item, cells, out.components.size()));
            break;
        case ItemKind::bonus:
            out.bonus.push_back({name, item.column});
            break;
        case ItemKind::penalty:
            out.penalty.push_back({name, item.column});
            break;
        case ItemKind::total:
        case ItemKind::subtotal:
            out.totals.push_back({name, item.column});
            break;
        }
    }
    for (const BlockArea& area : block.areas) {
        LayoutArea built{area.name, {}};
        for (std::size_t i : area.items)
            if (component_of_item[i]) built.components.push_back(*component_of_item[i]);
        if (built.components.empty()) continue;
        check_area(frame, area, out, built);
        out.areas.push_back(std::move(built));
    }
}

void check_unit_names(const std::vector<std::string>& names, const std::string& where) {
    std::size_t roles = 0;
    for (const auto& name : names) {
        const std::string f = vntext::fold_exact(name);
        roles += says_self(f) || says_appraised(f) ? 1 : 0;
    }
    if (roles * 2 < names.size() || names.empty()) return;
    fail("Mỗi đơn vị có hàng (cột) \"Tự chấm\" và \"Thẩm định\" riêng (" + where +
             "): cách trình bày này chưa được hỗ trợ. Hãy để mỗi đơn vị trên một hàng, mỗi chỉ "
             "số thành phần có hai cột \"Tự chấm\" | \"Thẩm định\".",
         "Each unit has a \"Tự chấm\" line and a \"Thẩm định\" line of its own (" + where +
             "): this layout is not supported. Put each unit on one line, each component in a "
             "\"Tự chấm\" | \"Thẩm định\" pair of columns.");
}

std::optional<int> year_in(const std::string& text) {
    auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])); };
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        if ((i > 0 && digit(i - 1)) || (i + 4 < text.size() && digit(i + 4))) continue;
        if (!digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3)) continue;
        const int year = std::stoi(text.substr(i, 4));
        if (year >= 1900 && year <= 2999) return year;
    }
    return std::nullopt;
}

std::string name_text(const Frame& frame, std::size_t row, std::size_t column) {
    const Cell& cell = frame.at(row, column);
    if (cell.is_number()) return format_typed(cell.number);
    return frame.label(row, column);
}

} // namespace vnplan::indices::detail
