// read_score_layout: the score table of a block of cells, found from its maxima ("Điểm tối đa"
// row or column, or maxima written in the headers) and read with units in rows or columns.
#include "core/indices/score_layout.hpp"
#include "core/indices/exact.hpp"
#include "core/indices/layout_build.hpp"
#include "core/indices/layout_words.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <set>

namespace vnplan::indices {
namespace {

using detail::fail;

// A line of maxima in a frame: labelled "Điểm tối đa" (numbers right of the label) or written
// in header text (two cells or more such as "... (10 điểm)").
struct MaximaLine {
    std::size_t row = 0;
    std::optional<std::size_t> label; // the "Điểm tối đa" cell's column
    std::size_t first = 0, last = 0;  // the cells holding maxima
    std::size_t count = 0;            // headers stating a maximum (text lines)
};

bool numeric(const Frame& f, std::size_t r, std::size_t c) {
    return f.at(r, c).is_number();
}

// A maximum as a number, or as text alone in its cell ("9,5", "10 điểm").
bool maximum_like(const Frame& f, std::size_t r, std::size_t c) {
    if (numeric(f, r, c)) return true;
    const std::string& label = f.label(r, c);
    if (label.empty()) return false;
    const auto m = maximum_in_text(label);
    return number_in_text(label) || (m && m->name.empty());
}

// A header naming a component with its maximum ("Cải cách thể chế (tối đa 8)").
bool states_maximum(const Frame& f, std::size_t r, std::size_t c) {
    const auto m = maximum_in_text(f.label(r, c));
    return m && !m->name.empty() && !detail::says_maximum(vntext::fold_exact(m->name));
}

// A label of a line of maxima ("Điểm tối đa"), not a header stating one.
bool maxima_label(const Frame& f, std::size_t r, std::size_t c) {
    return detail::says_maximum(f.folded(r, c)) && !states_maximum(f, r, c);
}

// 1, 2, 3 ... under "Điểm tối đa" in the STT column is numbering, not maxima.
bool counts_up(const Frame& f, std::size_t r, std::size_t first, std::size_t last) {
    for (std::size_t c = first; c <= last; ++c)
        if (!numeric(f, r, c) || f.at(r, c).number != static_cast<double>(c - first + 1))
            return false;
    return true;
}

std::optional<MaximaLine> labelled_maxima(const Frame& f, std::size_t r, std::size_t label) {
    std::size_t first = label + 1;
    while (first < f.width() && f.at(r, first).is_empty())
        ++first;
    if (first == f.width() || !maximum_like(f, r, first)) return std::nullopt;
    std::size_t last = first, c = first;
    // Blanks may sit inside (a pair's second column); other text ends the maxima.
    while (c + 1 < f.width() && (f.at(r, c + 1).is_empty() || maximum_like(f, r, c + 1)))
        if (maximum_like(f, r, ++c)) last = c;
    if (last == first || counts_up(f, r, first, last)) return std::nullopt;
    return MaximaLine{r, label, first, last};
}

std::optional<MaximaLine> text_maxima(const Frame& f, std::size_t r) {
    std::optional<MaximaLine> line;
    int count = 0;
    for (std::size_t c = 0; c < f.width(); ++c) {
        if (!states_maximum(f, r, c)) continue;
        if (!line) line = MaximaLine{r, std::nullopt, c, c};
        line->last = c;
        ++count;
    }
    if (count < 2) return std::nullopt;
    line->count = static_cast<std::size_t>(count);
    return line;
}

std::vector<MaximaLine> maxima_lines(const Frame& f) {
    std::vector<MaximaLine> out;
    for (std::size_t r = 0; r < f.height(); ++r) {
        for (std::size_t c = 0; c < f.width(); ++c)
            if (maxima_label(f, r, c))
                if (const auto line = labelled_maxima(f, r, c)) {
                    out.push_back(*line);
                    break;
                }
        if (const auto line = text_maxima(f, r)) out.push_back(*line);
    }
    return out;
}

std::string first_cell(const Frame& f, const std::vector<MaximaLine>& lines) {
    const MaximaLine& l = lines.front();
    return f.address(l.row, l.label.value_or(l.first));
}

// How strongly lines of maxima point one way: a "Điểm tối đa" line, or the most headers
// stating maxima in one line (a column can hold an area's and a criterion's header).
struct Evidence {
    bool labelled = false;
    std::size_t text = 0;
};

Evidence evidence(const std::vector<MaximaLine>& lines) {
    Evidence e;
    for (const auto& line : lines) {
        e.labelled = e.labelled || line.label.has_value();
        e.text = std::max(e.text, line.count);
    }
    return e;
}

[[noreturn]] void two_ways(const Frame& rows, const std::vector<MaximaLine>& across,
                           const Frame& columns, const std::vector<MaximaLine>& down) {
    fail("Bảng điểm đọc được hai cách: điểm tối đa theo hàng (" + first_cell(rows, across) +
             ") và theo cột (" + first_cell(columns, down) + ").",
         "The score table reads two ways: maxima along a row (" + first_cell(rows, across) +
             ") and down a column (" + first_cell(columns, down) + ").");
}

// Units in rows when maxima run along a row, in columns when they run down a column.
bool units_in_columns(const Frame& rows, const Frame& columns) {
    const auto across = maxima_lines(rows);
    const auto down = maxima_lines(columns);
    const Evidence a = evidence(across), d = evidence(down);
    if (a.labelled && d.labelled) two_ways(rows, across, columns, down);
    if (a.labelled != d.labelled) return d.labelled;
    if (a.text == 0 && d.text == 0)
        fail("Không thấy bảng điểm quanh vùng chọn: cần một hàng hoặc cột \"Điểm tối đa\", hoặc "
             "điểm tối đa ghi trong tiêu đề (ví dụ \"Công tác chỉ đạo (10 điểm)\").",
             "No score table around the selection: a \"Maximum\" row or column is needed, or "
             "maxima written in the headers (such as \"Công tác chỉ đạo (10 điểm)\").");
    if (a.text == d.text) two_ways(rows, across, columns, down);
    return d.text > a.text;
}

// The maxima line that anchors the table: the labelled one, else the lowest header stating
// maxima. Two labelled lines are two readings.
MaximaLine anchor_of(const Frame& f) {
    const auto lines = maxima_lines(f);
    std::optional<MaximaLine> labelled, text;
    for (const auto& line : lines) {
        if (line.label && labelled && labelled->row != line.row)
            fail("Có hai hàng điểm tối đa: " + f.address(labelled->row, *labelled->label) + " và " +
                     f.address(line.row, *line.label) + ".",
                 "There are two rows of maxima: " + f.address(labelled->row, *labelled->label) +
                     " and " + f.address(line.row, *line.label) + ".");
        if (line.label) labelled = line;
        if (!line.label) text = line;
    }
    return labelled ? *labelled : *text;
}

// Where the units and the block of scores are, in a frame with units in rows.
struct Table {
    MaximaLine anchor;
    std::size_t data_top = 0, data_end = 0; // unit rows
    std::size_t first = 0, last = 0;        // block columns
};

bool weights_row(const Frame& f, std::size_t r, std::size_t first) {
    for (std::size_t c = 0; c < first; ++c)
        if (detail::says_weight(f.folded(r, c))) return true;
    return false;
}

bool any_number(const Frame& f, std::size_t r, std::size_t first, std::size_t last) {
    for (std::size_t c = first; c <= last; ++c)
        if (numeric(f, r, c)) return true;
    return false;
}

bool any_filled(const Frame& f, std::size_t r, std::size_t first, std::size_t last) {
    for (std::size_t c = first; c <= last; ++c)
        if (!f.at(r, c).is_empty()) return true;
    return false;
}

// The first unit row below the anchor: weights rows and sub-headers ("Tự chấm") passed over.
std::size_t data_top_of(const Frame& f, const MaximaLine& a) {
    for (std::size_t r = a.row + 1; r < f.height(); ++r) {
        if (weights_row(f, r, a.first)) continue;
        if (any_number(f, r, a.first, a.last)) return r;
        if (!any_filled(f, r, a.first, a.last)) break;
    }
    fail("Không thấy đơn vị nào dưới hàng điểm tối đa (" + f.address(a.row, a.first) + ").",
         "No units below the maxima (" + f.address(a.row, a.first) + ").");
}

bool ends_table(const Frame& f, std::size_t r, std::size_t first) {
    for (std::size_t c = 0; c < first; ++c)
        if (detail::ends_units(f.folded(r, c))) return true;
    return false;
}

// A column beside the maxima that its header names as a pair, bonus or penalty column.
bool role_column(const Frame& f, const Table& t, std::size_t c) {
    bool named = false;
    for (std::size_t r = t.data_top; r-- > 0 && r + 4 > t.data_top;) {
        const std::string& s = f.folded(r, c);
        named = named || detail::says_self(s) || detail::says_appraised(s) ||
                detail::says_bonus(s) || detail::says_penalty(s);
    }
    for (std::size_t r = t.data_top; named && r < t.data_end; ++r)
        named = numeric(f, r, c) || f.at(r, c).is_empty();
    return named;
}

Table table_of(const Frame& f) {
    Table t;
    t.anchor = anchor_of(f);
    t.first = t.anchor.first;
    t.last = t.anchor.last;
    t.data_top = data_top_of(f, t.anchor);
    t.data_end = t.data_top;
    while (t.data_end < f.height() && any_filled(f, t.data_end, t.first, t.last) &&
           !ends_table(f, t.data_end, t.first))
        ++t.data_end;
    while (t.last + 1 < f.width() && role_column(f, t, t.last + 1))
        ++t.last;
    const std::size_t stop = t.anchor.label ? *t.anchor.label + 1 : 0;
    while (t.first > stop && role_column(f, t, t.first - 1))
        --t.first;
    return t;
}

// ---- Columns beside the block: units, groups, last year's ranks ---------------------------

// The header of a column outside the block: its label on the lowest header line that has one.
std::string header_of(const Frame& f, const ScoreBlock& block, std::size_t c) {
    for (auto r = block.header_rows.rbegin(); r != block.header_rows.rend(); ++r)
        if (!f.folded(*r, c).empty()) return f.folded(*r, c);
    return {};
}

bool outside(const Table& t, std::size_t c) {
    return c < t.first || c > t.last;
}

// Columns of text on every unit row (not numbering such as "01", "I").
std::vector<std::size_t> text_columns(const Frame& f, const Table& t, const ScoreBlock& block) {
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < f.width(); ++c) {
        const std::string head = header_of(f, block, c);
        if (!outside(t, c) || detail::says_number_column(head) || detail::says_derived(head) ||
            detail::says_note(head))
            continue;
        bool text = true, numbering = true;
        for (std::size_t r = t.data_top; r < t.data_end && text; ++r) {
            text = !f.label(r, c).empty();
            numbering = numbering && numbering_depth(f.label(r, c)).has_value();
        }
        if (text && !numbering) out.push_back(c);
    }
    return out;
}

std::size_t distinct_values(const Frame& f, const Table& t, std::size_t c) {
    std::set<std::string> values;
    for (std::size_t r = t.data_top; r < t.data_end; ++r)
        values.insert(f.folded(r, c));
    return values.size();
}

// The unit names: the text column headed "Đơn vị"/"Tên", else the only one with a name per row.
std::size_t unit_column(const Frame& f, const Table& t, const ScoreBlock& block,
                        const std::vector<std::size_t>& texts) {
    if (texts.empty())
        fail("Không thấy cột tên đơn vị bên cạnh bảng điểm (" + f.address(t.data_top, t.first) +
                 ").",
             "No column of unit names beside the scores (" + f.address(t.data_top, t.first) + ").");
    for (std::size_t c : texts)
        if (detail::says_unit(header_of(f, block, c))) return c;
    std::vector<std::size_t> unique;
    for (std::size_t c : texts)
        if (distinct_values(f, t, c) == t.data_end - t.data_top) unique.push_back(c);
    if (unique.size() > 1)
        fail("Hai cột đều có thể là tên đơn vị: " + f.address(t.data_top, unique[0]) + " và " +
                 f.address(t.data_top, unique[1]) + "; hãy ghi tiêu đề \"Đơn vị\".",
             "Two columns could hold the unit names: " + f.address(t.data_top, unique[0]) +
                 " and " + f.address(t.data_top, unique[1]) + "; head one \"Đơn vị\".");
    return unique.empty() ? texts.front() : unique.front();
}

std::optional<std::size_t> group_column(const Frame& f, const Table& t, const ScoreBlock& block,
                                        const std::vector<std::size_t>& texts, std::size_t units) {
    for (std::size_t c : texts)
        if (c != units && (detail::says_group(header_of(f, block, c)) ||
                           distinct_values(f, t, c) < t.data_end - t.data_top))
            return c;
    return std::nullopt;
}

// Last year's ranks: numbers under a rank header that names a year or "năm trước" (a plain
// "Xếp hạng" is the sheet's own ranking of these scores).
std::optional<std::size_t> previous_column(const Frame& f, const Table& t,
                                           const ScoreBlock& block) {
    std::optional<std::size_t> found;
    for (std::size_t c = 0; c < f.width(); ++c) {
        const std::string head = header_of(f, block, c);
        if (!outside(t, c) || !detail::says_rank(head) ||
            !(detail::says_previous(head) || detail::year_in(head)))
            continue;
        bool numbers = true;
        for (std::size_t r = t.data_top; r < t.data_end; ++r)
            numbers = numbers && (numeric(f, r, c) || f.at(r, c).is_empty());
        if (!numbers) continue;
        if (found)
            fail("Hai cột đều có thể là xếp hạng năm trước: " + f.address(t.data_top, *found) +
                     " và " + f.address(t.data_top, c) + ".",
                 "Two columns could hold last year's ranks: " + f.address(t.data_top, *found) +
                     " and " + f.address(t.data_top, c) + ".");
        found = c;
    }
    return found;
}

std::optional<std::size_t> weights_row_of(const Frame& f, const Table& t) {
    std::optional<std::size_t> found;
    for (std::size_t r = t.anchor.row + 1; r < t.data_top; ++r)
        if (weights_row(f, r, t.first) && any_number(f, r, t.first, t.last)) found = r;
    return found;
}

GridSpan column_span(const Frame& f, const Table& t, std::size_t c) {
    return f.grid_span({t.data_top, c}, {t.data_end - 1, c});
}

GridSpan row_span(const Frame& f, const Table& t, std::size_t r) {
    return f.grid_span({r, t.first}, {r, t.last});
}

void read_beside(const Frame& f, const Table& t, const ScoreBlock& block, ScoreLayout& out) {
    const auto texts = text_columns(f, t, block);
    const std::size_t units = unit_column(f, t, block, texts);
    out.units = column_span(f, t, units);
    for (std::size_t r = t.data_top; r < t.data_end; ++r)
        out.unit_names.push_back(detail::name_text(f, r, units));
    detail::check_unit_names(out.unit_names, address_of(f.grid(), out.units));
    if (const auto groups = group_column(f, t, block, texts, units))
        out.groups = column_span(f, t, *groups);
    if (const auto previous = previous_column(f, t, block)) {
        const std::string head = header_of(f, block, *previous);
        out.previous_ranks = column_span(f, t, *previous);
        out.previous_in_group = out.groups && detail::says_group(head);
        out.year = detail::year_in(head);
    }
}

} // namespace

ScoreLayout read_score_layout(const Grid& grid) {
    const Frame rows(grid, false);
    const Frame f = units_in_columns(rows, rows.turned()) ? rows.turned() : rows;
    const Table t = table_of(f);
    const ScoreBlock block = read_score_block(f, t.first, t.last, t.data_top);

    ScoreLayout out;
    out.units_in_rows = !f.transposed();
    out.scores = f.grid_span({t.data_top, t.first}, {t.data_end - 1, t.last});
    out.maxima = row_span(f, t, t.anchor.row);
    out.maxima_in_text = !t.anchor.label.has_value();
    detail::LineCells cells;
    cells.first = t.first;
    for (std::size_t c = t.first; c <= t.last; ++c)
        cells.maxima.push_back(Position{t.anchor.row, c});
    if (const auto w = weights_row_of(f, t)) {
        out.weights = row_span(f, t, *w);
        for (std::size_t c = t.first; c <= t.last; ++c)
            cells.weights.push_back(Position{*w, c});
    }
    detail::fill_from_block(f, block, cells, out);
    if (out.components.empty())
        fail("Không thấy chỉ số thành phần nào trong bảng điểm (" + f.address(t.data_top, t.first) +
                 ").",
             "No component scores in the score table (" + f.address(t.data_top, t.first) + ").");
    read_beside(f, t, block, out);
    return out;
}

} // namespace vnplan::indices
