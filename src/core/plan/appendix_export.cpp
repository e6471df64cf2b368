// Appendices from any table: award tables through the award reader, others copied as shown.
#include "core/plan/appendix_export.hpp"

#include "core/common/message.hpp"
#include "core/plan/appendix.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>

namespace vnplan::plan {

namespace {

bool blank(const std::vector<std::string>& row) {
    return std::all_of(row.begin(), row.end(),
                       [](const std::string& s) { return vntext::trim(s).empty(); });
}

// The first row, extended while a merged cell starting inside the header reaches further.
std::size_t header_rows_of(const std::vector<Merge>& merges, std::size_t height) {
    std::size_t rows = 1;
    for (bool grew = true; grew;) {
        grew = false;
        for (const Merge& m : merges) {
            if (m.row >= rows) continue;
            // Under a header merged across columns come its sub-headers ("Tập thể | Cá nhân").
            const std::size_t reach = m.row + m.rows + (m.columns > 1 ? 1 : 0);
            if (reach > rows) {
                rows = reach;
                grew = true;
            }
        }
    }
    return std::min(rows, height);
}

} // namespace

Table copied_table(const SheetTable& sheet) {
    Table t;
    t.cells = sheet.shown;
    while (!t.cells.empty() && blank(t.cells.back()))
        t.cells.pop_back();
    const std::size_t height = t.cells.size();
    if (height == 0 || t.cells.front().empty())
        throw InputError({"Trang \"" + sheet.sheet + "\": vùng chọn không có bảng (trống).",
                          "Sheet \"" + sheet.sheet + "\": the range holds no table (empty)."});
    for (auto& row : t.cells)
        for (auto& text : row)
            text = vntext::trim(text);
    for (const Merge& m : sheet.merges)
        if (m.row + m.rows <= height) t.merges.push_back(m);
    t.header_rows = header_rows_of(t.merges, height);
    t.roles.assign(height, RowRole::item);
    std::fill_n(t.roles.begin(), t.header_rows, RowRole::header);
    t.align.assign(t.columns(), Align::left);
    t.looks = sheet.looks;
    t.looks.resize(height);
    for (auto& row : t.looks)
        row.resize(t.columns());
    // The bottom-most header text of each column names it (template fields, docs).
    t.column_names.assign(t.columns(), {});
    for (std::size_t c = 0; c < t.columns(); ++c)
        for (std::size_t r = t.header_rows; r-- > 0;)
            if (!t.cells[r][c].empty()) {
                t.column_names[c] = t.cells[r][c];
                break;
            }
    // Row numbers stand centred in a plan's tables, though Calc puts numbers right.
    for (std::size_t c = 0; c < t.columns(); ++c)
        if (is_number_header(t.column_names[c]))
            for (std::size_t r = t.header_rows; r < height; ++r)
                if (t.looks[r][c].align != Align::left) t.looks[r][c].align = Align::center;
    return t;
}

Appendix make_appendix(const SheetTable& sheet, const AppendixRequest& request) {
    Appendix a;
    a.sheet = sheet.sheet;
    a.first_row = sheet.grid.first_row;
    a.first_column = sheet.grid.first_column;
    a.numeral = request.numeral;
    a.title = vntext::upper(vntext::trim(request.title));
    a.subtitle = vntext::trim(request.subtitle);
    const std::string attached = vntext::trim(request.attached);
    if (!attached.empty()) a.attached = attached.front() == '(' ? attached : "(" + attached + ")";
    if (auto award = award_reading(sheet.grid, "")) {
        a.table = award_table(sheet.grid, *award);
        a.award = std::move(award);
    } else {
        a.table = copied_table(sheet);
    }
    a.table.widths = column_widths(a.table, sheet.widths);
    a.landscape = request.orientation == Orientation::automatic
                      ? too_wide_for_portrait(sheet.widths)
                      : request.orientation == Orientation::landscape;
    return a;
}

std::vector<std::string> appendix_numerals(std::size_t count, const std::string& first) {
    std::vector<std::string> out;
    if (first.empty() && count < 2) return std::vector<std::string>(count);
    int n = 1;
    if (!first.empty()) {
        const std::string upper = vntext::upper(vntext::trim(first));
        const auto value = vntext::roman_value(upper);
        if (!value || *value < 1)
            throw InputError({"Số phụ lục \"" + first + "\" không phải số La Mã (I, II, III...).",
                              "Appendix number \"" + first + "\" is not a Roman numeral."});
        n = *value;
    }
    for (std::size_t i = 0; i < count; ++i)
        out.push_back(vntext::roman_numeral(n + static_cast<int>(i)));
    return out;
}

Document appendix_document(std::vector<Appendix> appendices) {
    Document doc;
    doc.header.document_type = "PHỤ LỤC";
    doc.appendices = std::move(appendices);
    bind_appendices(doc);
    return doc;
}

} // namespace vnplan::plan
