// The sentence that tells the clerk what was read from a score sheet.
#include "core/indices/exact.hpp"
#include "core/indices/score_layout.hpp"

namespace vnplan::indices {
namespace {

struct Parts {
    std::vector<std::string> vi, en;
    void add(std::string v, std::string e) {
        vi.push_back(std::move(v));
        en.push_back(std::move(e));
    }
};

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

std::string lines(const Grid& grid, const ScoreLayout& l, const std::vector<std::size_t>& at) {
    std::string out;
    for (std::size_t line : at)
        out += (out.empty() ? "" : "; ") + address_of(grid, line_span(l, line));
    return out;
}

std::vector<std::size_t> lines_of(const std::vector<LayoutLine>& list) {
    std::vector<std::size_t> out;
    for (const auto& l : list)
        out.push_back(l.line);
    return out;
}

void describe_extras(const Grid& grid, const ScoreLayout& l, Parts& p) {
    if (!l.areas.empty())
        p.add(std::to_string(l.areas.size()) + " lĩnh vực (tính tổng điểm từng lĩnh vực)",
              std::to_string(l.areas.size()) + " areas (each area's total computed)");
    if (!l.bonus.empty())
        p.add("điểm thưởng ở " + lines(grid, l, lines_of(l.bonus)) + " (cộng vào tổng)",
              "bonus at " + lines(grid, l, lines_of(l.bonus)) + " (added)");
    if (!l.penalty.empty())
        p.add("điểm trừ ở " + lines(grid, l, lines_of(l.penalty)) + " (trừ khỏi tổng)",
              "penalty at " + lines(grid, l, lines_of(l.penalty)) + " (subtracted)");
    std::vector<std::size_t> self;
    for (const auto& c : l.components)
        if (c.self_line) self.push_back(*c.self_line);
    if (!self.empty())
        p.add("xếp hạng theo điểm thẩm định, điểm tự chấm ở " + lines(grid, l, self),
              "ranked by the appraised scores, self-assessed at " + lines(grid, l, self));
    if (l.weights)
        p.add("hệ số ở " + address_of(grid, *l.weights),
              "weights at " + address_of(grid, *l.weights));
    if (l.groups)
        p.add("khối/nhóm ở " + address_of(grid, *l.groups),
              "groups at " + address_of(grid, *l.groups));
    if (l.previous_ranks)
        p.add("hạng năm trước ở " + address_of(grid, *l.previous_ranks),
              "previous ranks at " + address_of(grid, *l.previous_ranks));
}

} // namespace

GridSpan line_span(const ScoreLayout& l, std::size_t line) {
    if (l.units_in_rows) return {{l.scores.first.row, line}, {l.scores.last.row, line}};
    return {{line, l.scores.first.column}, {line, l.scores.last.column}};
}

Message describe_layout(const Grid& grid, const ScoreLayout& l) {
    Parts p;
    const std::string units = std::to_string(l.unit_names.size());
    const std::string at = address_of(grid, l.units);
    p.add(units + " đơn vị (" + at +
              (l.units_in_rows ? ", mỗi đơn vị một hàng)" : ", mỗi đơn vị một cột)"),
          units + " units (" + at + (l.units_in_rows ? ", one a row)" : ", one a column)"));
    detail::Exact sum{0, 0};
    for (const auto& c : l.components)
        sum = detail::add(sum, detail::multiply(detail::exact(c.maximum), detail::exact(c.weight)));
    const double total = detail::to_double(sum);
    const std::string components = std::to_string(l.components.size());
    const std::string where = l.maxima ? address_of(grid, *l.maxima) : std::string("?");
    p.add(components + " chỉ số thành phần, điểm tối đa " +
              (l.maxima_in_text ? "ghi trong tiêu đề " : "ở ") + where + " (tổng " +
              format_typed(total) + ")",
          components + " components, maxima " + (l.maxima_in_text ? "in the headers " : "at ") +
              where + " (total " + format_typed(total) + ")");
    describe_extras(grid, l, p);
    return {"Đã đọc: " + joined(p.vi) + ".", "Read: " + joined(p.en) + "."};
}

} // namespace vnplan::indices
