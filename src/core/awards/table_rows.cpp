// The rows of an award table below its header, read as a tree: marks (I., A., 1., a), -)
// give each row its level, the kind met first being the outermost; a row with rows under it
// that carry figures is a section, the others are items. Summary rows close the section they
// name or the innermost open one; only a row labelled as such, or the last summary row when
// every section is closed, is the grand total. Rows that fit nowhere are reported, not guessed.
#include "core/awards/labels.hpp"
#include "core/awards/table_detail.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace vnplan::awards::detail {
namespace {

// One per structural row: kept small (tables run to 100,000 rows), its mark is
// marks_[rows_[row].mark] and its title a view of that mark's rest or of a cell of the grid.
struct Node {
    std::size_t row = 0;
    std::size_t level = 0;
    std::optional<std::size_t> parent; // index into nodes
    std::vector<std::size_t> children;
    bool figures = false; // on its own row
    std::optional<std::size_t> closing_row;
    std::string_view title;
};

bool whole_positive(const Cell& cell) {
    return cell.is_number() && cell.number >= 1 && cell.number < 1e9 &&
           std::floor(cell.number) == cell.number;
}

class RowReader {
public:
    RowReader(const Grid& grid, Layout& layout) : grid_(grid), layout_(layout) {}

    void read() {
        const std::size_t start = layout_.header_first + layout_.header_rows;
        layout_.rows.assign(grid_.height(), RowKind::blank);
        for (std::size_t r = 0; r < start; ++r)
            layout_.rows[r] = r >= layout_.header_first ? RowKind::header : RowKind::trailer;
        for (std::size_t r = 0; r < layout_.header_first; ++r)
            if (row_is_blank(grid_, r)) layout_.rows[r] = RowKind::blank;
        nodes_.reserve(grid_.height()); // no reallocation: tables are long
        rows_.assign(grid_.height(), RowInfo{});
        marks_.assign(1, Mark{});
        summaries_.assign(1, Summary{});
        for (std::size_t r = start; r < grid_.height(); ++r)
            first_pass(r);
        // Nodes keep views of marks_' texts: no mark may be added from here on.
        for (std::size_t r = start; r < grid_.height(); ++r)
            second_pass(r);
        finish();
    }

private:
    const Cell& number_cell(std::size_t r) const { return grid_.at(r, layout_.number_column); }
    const Cell& unit_cell(std::size_t r) const { return grid_.at(r, layout_.unit_column); }

    Summary summary_of(std::size_t r) const {
        const std::size_t limit = layout_.count_columns.empty()
                                      ? std::min<std::size_t>(3, grid_.width())
                                      : layout_.count_columns.front();
        for (std::size_t c = 0; c < std::max(limit, layout_.unit_column + 1) && c < grid_.width();
             ++c)
            if (grid_.at(r, c).is_text())
                if (Summary s = classify_summary(grid_.at(r, c).text); s.kind != SummaryKind::none)
                    return s;
        return {};
    }

    // The index in marks_ of row r's mark (0: none).
    std::uint32_t mark_of(std::size_t r) {
        const Cell& number = number_cell(r);
        if (whole_positive(number) && layout_.number_column != layout_.unit_column)
            return numbered(static_cast<long>(number.number));
        Mark m = text_mark(r);
        if (m.kind == MarkKind::none) return 0; // always Mark{}
        marks_.push_back(std::move(m));
        return static_cast<std::uint32_t>(marks_.size() - 1);
    }

    // Rows numbered in the STT column share one mark per number (a table repeats 1, 2, 3...).
    std::uint32_t numbered(long value) {
        const auto [it, added] =
            numbered_.emplace(value, static_cast<std::uint32_t>(marks_.size()));
        if (added) {
            Mark m;
            m.kind = MarkKind::arabic;
            m.value = value;
            m.token = std::to_string(m.value);
            marks_.push_back(std::move(m));
        }
        return it->second;
    }

    // The mark of a row that no whole number in the STT column numbers.
    Mark text_mark(std::size_t r) const {
        const Cell& number = number_cell(r);
        if (number.is_number() && number.number > 0 && number.number < 1000 &&
            layout_.number_column != layout_.unit_column) {
            // "1.2" typed where the point is a decimal point becomes the number 1.2.
            const double tenths = std::round(number.number * 100) / 100;
            const long whole = static_cast<long>(tenths);
            const long fraction = std::lround((tenths - static_cast<double>(whole)) * 100);
            if (whole >= 1 && fraction > 0 && std::fabs(tenths - number.number) < 1e-9) {
                Mark m;
                m.kind = MarkKind::dotted1;
                m.value = fraction % 10 == 0 ? fraction / 10 : fraction;
                m.token = std::to_string(whole) + "." + std::to_string(m.value);
                return m;
            }
        }
        if (number.is_text()) {
            Mark m = parse_mark(number.text, layout_.number_column != layout_.unit_column);
            if (m.kind != MarkKind::none) return m;
        }
        if (unit_cell(r).is_text() && layout_.number_column != layout_.unit_column &&
            !number.is_empty())
            return {};
        if (!unit_cell(r).is_text()) return {};
        Mark m = parse_mark(unit_cell(r).text, false);
        if (m.kind == MarkKind::none && number.is_empty() && all_capitals(unit_cell(r).text)) {
            m.kind = MarkKind::caps; // an unnumbered block heading
            m.token = unit_cell(r).text;
        }
        return m;
    }

    void first_pass(std::size_t r) {
        RowInfo& row = rows_[r];
        row.blank = row_is_blank(grid_, r);
        if (row.blank) return;
        if (Summary summary = summary_of(r); summary.kind != SummaryKind::none) {
            row.summary = static_cast<std::uint32_t>(summaries_.size());
            summaries_.push_back(std::move(summary));
            last_summary_ = r;
            return;
        }
        row.mark = mark_of(r);
        if (row.mark == 0) return;
        Mark& m = marks_[row.mark];
        settle_letter(m); // a letter is read from text: its mark is the row's own
        if (m.kind == MarkKind::letter) last_letter_ = m.value;
        const MarkKind kind = m.kind;
        if (kind != MarkKind::none && std::find(kinds_.begin(), kinds_.end(), kind) == kinds_.end())
            kinds_.push_back(kind);
    }

    // "I" after "H" is a letter; otherwise a roman numeral.
    void settle_letter(Mark& m) {
        if (!m.could_be_letter) return;
        const long as_letter = m.token[0] - 'A' + 1;
        if (last_letter_ && *last_letter_ == as_letter - 1) {
            m.kind = MarkKind::letter;
            m.value = as_letter;
        }
    }

    std::size_t level_of(MarkKind kind) const {
        return static_cast<std::size_t>(std::find(kinds_.begin(), kinds_.end(), kind) -
                                        kinds_.begin());
    }

    void second_pass(std::size_t r) {
        if (rows_[r].blank) return;
        const bool figures = has_figures(grid_, layout_, r);
        RowKind& kind = layout_.rows[r];
        if (after_grand_) {
            // Signatures and dates may spread over the count columns: only numbers count here.
            const bool numbers = std::any_of(
                layout_.count_columns.begin(), layout_.count_columns.end(), [&](std::size_t c) {
                    return grid_.at(r, c).is_number() || grid_.at(r, c).is_error();
                });
            kind = numbers ? RowKind::unclear : RowKind::trailer;
            if (numbers)
                unclear(r, {"số liệu nằm sau dòng tổng cộng (dòng " + row_name(*layout_.total_row) +
                                "): không xác định được cấu trúc của bảng.",
                            "figures below the grand total (row " + row_name(*layout_.total_row) +
                                "): the table's structure is not clear."});
            return;
        }
        if (rows_[r].summary != 0) return summary(r, figures);
        const Mark& m = marks_[rows_[r].mark];
        const bool named = unit_cell(r).is_text() && layout_.unit_column != layout_.number_column;
        if (m.kind == MarkKind::none && !figures) {
            // Text without figures: a unit with nothing yet, or notes and signatures.
            const std::string text = folded(unit_cell(r));
            if (!named || is_signature_text(text)) {
                kind = RowKind::trailer;
                return;
            }
        }
        if (m.kind == MarkKind::none && figures && !named && !unit_cell(r).is_text()) {
            kind = RowKind::unclear;
            unclear(r, {"dòng có số liệu nhưng không phải dòng đơn vị, dòng cộng hay dòng tổng "
                        "cộng: không xác định được cấu trúc của bảng.",
                        "a row with figures that is neither a unit, a subtotal nor a total: the "
                        "table's structure is not clear."});
            return;
        }
        add_node(r, m, figures);
    }

    void add_node(std::size_t r, const Mark& m, bool figures) {
        Node node;
        node.row = r;
        node.figures = figures;
        if (m.kind != MarkKind::none) {
            node.level = level_of(m.kind);
            last_marked_level_ = node.level;
        } else {
            // Unmarked rows sit under the last marked row, or beside it when it is of the
            // innermost kind of several (items), or of the only kind and that kind numbers
            // items (1., a), -) rather than sections (I., A.).
            const bool section_kind = kinds_.size() == 1 && (kinds_[0] == MarkKind::roman ||
                                                             kinds_[0] == MarkKind::letter);
            const bool beside =
                last_marked_level_ && *last_marked_level_ + 1 >= kinds_.size() && !section_kind;
            node.level = !last_marked_level_ ? kinds_.size()
                         : beside            ? *last_marked_level_
                                             : *last_marked_level_ + 1;
        }
        node.title = !m.rest.empty() ? m.rest : unit_text(r);
        while (!stack_.empty() && nodes_[stack_.back()].level >= node.level)
            stack_.pop_back();
        if (!stack_.empty()) {
            node.parent = stack_.back();
            nodes_[stack_.back()].children.push_back(nodes_.size());
        }
        stack_.push_back(nodes_.size());
        nodes_.push_back(std::move(node));
        last_structural_ = r;
    }

    std::string_view unit_text(std::size_t r) const {
        if (unit_cell(r).is_text()) return unit_cell(r).text;
        for (std::size_t c = layout_.number_column + 1; c < grid_.width(); ++c)
            if (grid_.at(r, c).is_text()) return grid_.at(r, c).text;
        return {};
    }

    // The mark of a node's row (kind none: an unmarked row).
    const Mark& mark(const Node& node) const { return marks_[rows_[node.row].mark]; }

    // The innermost open node with rows under it, and not yet closed.
    std::optional<std::size_t> open_section() const {
        for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
            if (!nodes_[*it].children.empty()) return *it;
        return std::nullopt;
    }

    void close(std::size_t node, std::size_t r) {
        nodes_[node].closing_row = r;
        while (!stack_.empty() && stack_.back() != node)
            stack_.pop_back();
        if (!stack_.empty()) stack_.pop_back();
        layout_.rows[r] = RowKind::subtotal;
        last_structural_ = r;
        closed_by_rows_ = true;
    }

    void grand(std::size_t r, bool figures) {
        if (layout_.total_row) { // already read at the top of the table
            layout_.rows[r] = figures ? RowKind::unclear : RowKind::trailer;
            if (figures)
                unclear(r,
                        {"bảng có hai dòng tổng cộng (dòng " + row_name(*layout_.total_row) +
                             " và dòng này): không xác định được cấu trúc của bảng.",
                         "the table has two grand-total rows (row " + row_name(*layout_.total_row) +
                             " and this one): the table's structure is not clear."});
            return;
        }
        layout_.rows[r] = RowKind::total;
        layout_.total_row = r;
        after_grand_ = true;
        stack_.clear();
        last_structural_ = r;
    }

    std::optional<std::size_t> named_section(const std::string& name) const {
        for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
            const Node& n = nodes_[*it];
            const std::string title = fold_label(n.title);
            if (fold_label(mark(n).token) == name || title == name ||
                (name.size() >= 3 && title.find(name) != std::string::npos))
                return *it;
        }
        return std::nullopt;
    }

    void summary(std::size_t r, bool figures) {
        const Summary& s = summaries_[rows_[r].summary];
        if (s.kind == SummaryKind::grand) {
            // Some offices put the grand total first, right under the header.
            if (nodes_.empty() && !layout_.total_row) {
                layout_.rows[r] = RowKind::total;
                layout_.total_row = r;
                return;
            }
            return grand(r, figures);
        }
        if (s.kind == SummaryKind::named) {
            if (const auto node = named_section(s.section)) return close(*node, r);
            if (r == last_summary_ && !open_section()) return grand(r, figures);
            layout_.rows[r] = figures ? RowKind::unclear : RowKind::trailer;
            if (figures)
                unclear(r, {"dòng cộng không ứng với mục nào đang mở: không xác định được cấu trúc "
                            "của bảng.",
                            "a subtotal row that closes no open section: the table's structure is "
                            "not clear."});
            return;
        }
        plain_summary(r, figures);
    }

    // "Cộng" / "Tổng": closes the innermost open section, or is the grand total.
    void plain_summary(std::size_t r, bool figures) {
        const auto section = open_section();
        const bool last = r == last_summary_;
        if (!section) {
            if (last) return grand(r, figures);
            layout_.rows[r] = figures ? RowKind::unclear : RowKind::trailer;
            if (figures)
                unclear(r, {"dòng cộng không thuộc mục nào và không phải dòng tổng cộng cuối bảng.",
                            "a summary row that belongs to no section and is not the last one."});
            return;
        }
        if (!last) return close(*section, r);
        const Node& s = nodes_[*section];
        if (s.figures) return grand(r, figures); // the section's subtotal is on its heading row
        if (closed_by_rows_) return close(*section, r);
        // Nothing tells a closing row from the grand total: let the figures decide, and say
        // so when they cannot.
        const auto mine = subtree_sums(*section), all = all_sums();
        if (mine == all) return grand(r, figures);
        const auto here = row_sums(r);
        if (here == mine) return close(*section, r);
        if (here == all) return grand(r, figures);
        layout_.rows[r] = RowKind::unclear;
        const std::string& token = mark(s).token;
        unclear(r, {"không rõ dòng này là dòng cộng mục " + token +
                        " hay dòng tổng cộng (số liệu không khớp với cả hai): hãy ghi rõ \"Cộng "
                        "mục " +
                        token + "\" hoặc \"Tổng cộng\".",
                    "this row may close section " + token +
                        " or be the grand total (its figures match neither): label it \"Cộng mục " +
                        token + "\" or \"Tổng cộng\"."});
    }

    std::vector<double> row_sums(std::size_t r) const {
        std::vector<double> out;
        for (std::size_t c : layout_.count_columns)
            out.push_back(grid_.at(r, c).is_number() ? grid_.at(r, c).number : 0);
        return out;
    }
    void add_leaves(std::size_t n, std::vector<double>& sums) const {
        const Node& node = nodes_[n];
        if (node.children.empty()) {
            const auto row = row_sums(node.row);
            for (std::size_t k = 0; k < sums.size(); ++k)
                sums[k] += row[k];
        }
        for (std::size_t child : node.children)
            add_leaves(child, sums);
    }
    std::vector<double> subtree_sums(std::size_t n) const {
        std::vector<double> sums(layout_.count_columns.size(), 0);
        add_leaves(n, sums);
        return sums;
    }
    std::vector<double> all_sums() const {
        std::vector<double> sums(layout_.count_columns.size(), 0);
        for (std::size_t n = 0; n < nodes_.size(); ++n)
            if (!nodes_[n].parent) add_leaves(n, sums);
        return sums;
    }

    void unclear(std::size_t r, Message why) {
        layout_.unclear_rows.push_back(r);
        layout_.unclear_reasons.push_back(std::move(why));
    }

    std::string row_name(std::size_t r) const {
        return std::to_string(grid_.first_row + static_cast<int>(r) + 1);
    }

    // A node is a section when rows under it carry figures (else they only describe it).
    // Once for every node: children come after their parent in nodes_.
    std::vector<bool> sections() const {
        std::vector<bool> figures(nodes_.size()); // on the node's row or any row under it
        for (std::size_t n = nodes_.size(); n-- > 0;) {
            const Node& node = nodes_[n];
            figures[n] =
                node.figures || std::any_of(node.children.begin(), node.children.end(),
                                            [&](std::size_t c) { return bool(figures[c]); });
        }
        std::vector<bool> section(nodes_.size());
        for (std::size_t n = 0; n < nodes_.size(); ++n) {
            const Node& node = nodes_[n];
            if (node.parent && !section[*node.parent]) continue; // a detail of an item
            section[n] = node.children.empty()
                             ? !node.figures && mark(node).kind != MarkKind::none &&
                                   node.level + 1 < kinds_.size() && kinds_.size() > 1
                             : std::any_of(node.children.begin(), node.children.end(),
                                           [&](std::size_t c) { return bool(figures[c]); }) ||
                                   !node.figures;
        }
        return section;
    }

    void finish();

    const Grid& grid_;
    Layout& layout_;
    // What the first pass found on each row: indices into marks_ and summaries_, whose
    // first entries stand for none (most rows have no summary, and numbered rows share marks).
    struct RowInfo {
        std::uint32_t mark = 0, summary = 0;
        bool blank = false;
    };
    std::vector<RowInfo> rows_;
    std::vector<Mark> marks_;
    std::vector<Summary> summaries_;
    std::unordered_map<long, std::uint32_t> numbered_; // number -> index into marks_
    std::vector<MarkKind> kinds_;
    std::vector<Node> nodes_;
    std::vector<std::size_t> stack_;
    std::optional<long> last_letter_;
    std::optional<std::size_t> last_marked_level_;
    std::size_t last_summary_ = static_cast<std::size_t>(-1);
    std::size_t last_structural_ = 0;
    bool after_grand_ = false;
    bool closed_by_rows_ = false;
};

void RowReader::finish() {
    // Sections and items in row order; items of a section include its nested ones.
    const std::vector<bool> is_section = sections();
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> section_of_node(nodes_.size(), none); // index into sections
    std::optional<std::size_t> loose; // the section of items outside every section
    layout_.items.reserve(nodes_.size());
    for (std::size_t n = 0; n < nodes_.size(); ++n) {
        const Node& node = nodes_[n];
        const Mark& m = mark(node);
        if (is_section[n]) {
            Section s;
            s.row = node.row;
            s.closing_row = node.closing_row;
            s.label = m.token;
            s.title = node.title;
            // A section's parent is a section (see sections()).
            s.level = node.parent ? layout_.sections[section_of_node[*node.parent]].level + 1 : 0;
            if (node.parent) s.parent = section_of_node[*node.parent];
            s.path = s.parent ? layout_.sections[*s.parent].path + "/" + s.label : s.label;
            s.first_row = s.last_row = node.row;
            section_of_node[n] = layout_.sections.size();
            layout_.sections.push_back(std::move(s));
            layout_.rows[node.row] = RowKind::section;
            continue;
        }
        Item item;
        item.row = node.row;
        if (m.kind == MarkKind::arabic || m.kind == MarkKind::lower) item.number = m.value;
        if (!m.rest.empty() && layout_.number_column == layout_.unit_column)
            item.unit = m.rest;
        else
            item.unit = unit_cell(node.row).is_text() ? std::string_view(unit_cell(node.row).text)
                                                      : node.title;
        layout_.rows[node.row] = RowKind::item;
        // The nearest section above it in the tree.
        std::optional<std::size_t> owner;
        for (auto p = node.parent; p && !owner; p = nodes_[*p].parent)
            if (section_of_node[*p] != none) owner = section_of_node[*p];
        if (!owner) {
            if (!loose) {
                loose = layout_.sections.size();
                Section s;
                s.first_row = s.last_row = node.row;
                layout_.sections.push_back(std::move(s));
            }
            owner = loose;
        }
        for (auto s = owner; s; s = layout_.sections[*s].parent) {
            layout_.sections[*s].items.push_back(layout_.items.size());
            layout_.sections[*s].last_row = std::max(layout_.sections[*s].last_row, node.row);
        }
        layout_.items.push_back(std::move(item));
    }
    for (Section& s : layout_.sections) {
        if (s.closing_row) s.last_row = std::max(s.last_row, *s.closing_row);
        if (!s.row && !s.items.empty()) s.first_row = layout_.items[s.items.front()].row;
    }
    for (std::size_t i = layout_.sections.size(); i-- > 0;)
        if (const auto p = layout_.sections[i].parent)
            layout_.sections[*p].last_row =
                std::max(layout_.sections[*p].last_row, layout_.sections[i].last_row);
}

} // namespace

bool has_figures(const Grid& grid, const Layout& layout, std::size_t row) {
    return std::any_of(layout.count_columns.begin(), layout.count_columns.end(),
                       [&](std::size_t c) { return !grid.at(row, c).is_empty(); });
}

void read_rows(const Grid& grid, Layout& layout) {
    RowReader(grid, layout).read();
}

} // namespace vnplan::awards::detail
