// Reading the clerk's workbook: the "Thông tin" label rows, the "Nội dung" sheet and the
// appendix sheets (label rows on top, then the table).
#include "core/plan/workbook.hpp"

#include "core/common/message.hpp"
#include "core/vntext/text.hpp"

#include <algorithm>
#include <cctype>

namespace vnplan::plan {
namespace {

bool row_blank(const Grid& grid, std::size_t r) {
    for (const Cell& c : grid.rows[r])
        if (!c.is_empty() && !(c.is_text() && vntext::trim(c.text).empty())) return false;
    return true;
}

std::string where(const std::string& sheet, const Grid& grid, std::size_t row, std::size_t col) {
    return sheet + "!" +
           a1_address(grid.first_column + static_cast<int>(col),
                      grid.first_row + static_cast<int>(row));
}

// Labels an appendix sheet may carry above its table.
const std::vector<std::string>& appendix_labels() {
    static const std::vector<std::string> labels{"tieu de",    "tieu de phu",     "kem theo",
                                                 "loai bang",  "so dong tieu de", "bang",
                                                 "huong trang"};
    return labels;
}

bool is_appendix_label(const std::string& key) {
    const auto& labels = appendix_labels();
    return std::find(labels.begin(), labels.end(), key) != labels.end();
}

// Right-hand columns that are empty in every row are dropped.
Grid trim_columns(Grid grid) {
    std::size_t width = 0;
    for (std::size_t r = 0; r < grid.height(); ++r)
        for (std::size_t c = grid.width(); c > width; --c)
            if (!grid.at(r, c - 1).is_empty()) {
                width = c;
                break;
            }
    for (auto& row : grid.rows)
        row.resize(width);
    while (!grid.rows.empty() && row_blank(grid, grid.height() - 1))
        grid.rows.pop_back();
    return grid;
}

Grid sub_grid(const Grid& grid, std::size_t first_row) {
    Grid out;
    out.first_column = grid.first_column;
    out.first_row = grid.first_row + static_cast<int>(first_row);
    out.rows.assign(grid.rows.begin() + static_cast<std::ptrdiff_t>(first_row), grid.rows.end());
    return out;
}

// "Phân bổ!A4:E40" or Calc's "$'Phân bổ'.A4:E40": sheet and range; a bare name is a sheet.

std::optional<std::string> find_sheet(const std::vector<std::string>& names,
                                      const std::string& want) {
    const std::string key = vntext::fold_loose(want);
    for (const auto& n : names)
        if (n == want) return n;
    for (const auto& n : names)
        if (vntext::fold_loose(n) == key) return n;
    return std::nullopt;
}

std::vector<InfoField> read_info(const Grid& grid, const std::string& sheet) {
    std::vector<InfoField> fields;
    for (std::size_t r = 0; r < grid.height(); ++r) {
        if (row_blank(grid, r) || grid.width() < 1) continue;
        const std::string label = vntext::trim(vntext::cell_text(grid.at(r, 0)));
        const std::string value =
            grid.width() > 1 ? vntext::cell_text(grid.at(r, 1)) : std::string();
        if (label.empty()) {
            // A continuation row: one more line of the field above (e.g. Nơi nhận).
            if (fields.empty())
                throw InputError(
                    {where(sheet, grid, r, 1) +
                         ": giá trị không có nhãn ở cột A (nhãn ở dòng đầu tiên).",
                     where(sheet, grid, r, 1) + ": a value without a label in column A."});
            for (auto& line : vntext::lines_of(value))
                fields.back().values.push_back(std::move(line));
            continue;
        }
        const std::string key = vntext::fold_loose(label);
        if (key == "muc" || key == "truong" || key == "ten truong" || key == "nhan" ||
            key == "thong tin")
            continue; // a header row of the sheet
        auto same = std::find_if(fields.begin(), fields.end(),
                                 [&](const InfoField& f) { return f.key == key; });
        if (same == fields.end()) {
            fields.push_back({label, key, {}, grid.first_row + static_cast<int>(r)});
            same = fields.end() - 1;
        }
        for (auto& line : vntext::lines_of(value))
            same->values.push_back(std::move(line));
    }
    return fields;
}

AppendixSource read_appendix(const WorkbookSource& source, const std::string& sheet,
                             const std::string& range, const std::string& title) {
    AppendixSource a;
    a.sheet = sheet;
    const Grid whole = source.sheet(sheet);
    std::size_t first_table_row = whole.height();
    for (std::size_t r = 0; r < whole.height(); ++r) {
        if (row_blank(whole, r)) continue;
        const std::string key = vntext::fold_loose(vntext::cell_text(whole.at(r, 0)));
        if (!is_appendix_label(key)) {
            first_table_row = r;
            break;
        }
        std::string value;
        for (std::size_t c = 1; c < whole.width() && value.empty(); ++c)
            value = vntext::trim(vntext::cell_text(whole.at(r, c)));
        a.fields[key] = value;
    }
    if (!title.empty()) a.fields["tieu de"] = title;
    std::string table_range = range;
    if (table_range.empty() && a.fields.count("bang")) table_range = a.fields["bang"];
    if (!table_range.empty())
        a.table = trim_columns(source.range(sheet, table_range));
    else if (first_table_row < whole.height())
        a.table = trim_columns(sub_grid(whole, first_table_row));
    if (a.table.height() == 0 || a.table.width() == 0)
        throw InputError({"Trang \"" + sheet +
                              "\" không có bảng phụ lục (sau các dòng Tiêu đề, "
                              "Kèm theo... phải có bảng).",
                          "Sheet \"" + sheet + "\" holds no appendix table."});
    a.widths = source.column_widths(sheet, a.table.first_column, static_cast<int>(a.table.width()));
    return a;
}

} // namespace

std::pair<std::string, std::string> split_reference(const std::string& text) {
    std::string t = vntext::trim(text);
    std::size_t at = t.rfind('!');
    if (at == std::string::npos) {
        const std::size_t dot = t.rfind('.');
        // Calc style only when what follows looks like a cell range ("A4:E40").
        if (dot != std::string::npos && dot + 1 < t.size() &&
            t.find(':', dot) != std::string::npos &&
            std::isalpha(static_cast<unsigned char>(t[dot + 1])))
            at = dot;
    }
    if (at == std::string::npos) return {t, {}};
    std::string sheet = t.substr(0, at), range = t.substr(at + 1);
    if (!sheet.empty() && sheet.front() == '$') sheet.erase(0, 1);
    if (sheet.size() >= 2 && sheet.front() == '\'' && sheet.back() == '\'')
        sheet = sheet.substr(1, sheet.size() - 2);
    return {sheet, range};
}

const InfoField* Workbook::field(const std::string& key) const {
    for (const auto& f : info)
        if (f.key == key) return &f;
    return nullptr;
}

bool is_plan_workbook(const std::vector<std::string>& sheet_names) {
    return find_sheet(sheet_names, info_sheet_name) && find_sheet(sheet_names, body_sheet_name);
}

Workbook read_workbook(const WorkbookSource& source) {
    Workbook book;
    const std::vector<std::string> names = source.sheet_names();
    const auto info = find_sheet(names, info_sheet_name);
    if (!info)
        throw InputError({"Sổ tính không có trang \"Thông tin\" (các dòng nhãn - giá trị: Cơ quan "
                          "ban hành, Số, Ký hiệu, Ngày ban hành...). Xem docs/plan-workbook.md.",
                          "The workbook has no sheet \"Thông tin\" (label/value rows). See "
                          "docs/plan-workbook.md."});
    book.info_sheet = *info;
    book.info = read_info(source.sheet(*info), *info);

    if (const auto body = find_sheet(names, body_sheet_name)) {
        book.body_sheet = *body;
        book.body = source.sheet(*body);
    }

    if (const InfoField* listed = book.field("phu luc")) {
        // Appendices named in "Thông tin": a sheet, or a sheet and range, each on its own row.
        for (const std::string& value : listed->values) {
            auto [sheet, range] = split_reference(value);
            const auto found = find_sheet(names, sheet);
            if (!found)
                throw InputError({"Không có trang \"" + sheet + "\" (Phụ lục ở trang Thông tin).",
                                  "There is no sheet \"" + sheet + "\" (Phụ lục in Thông tin)."});
            book.appendices.push_back(read_appendix(source, *found, range, {}));
        }
    } else {
        for (const auto& name : names) {
            const std::string key = vntext::fold_loose(name);
            if (key.rfind("phu luc", 0) == 0 || key == "pl" || key.rfind("pl ", 0) == 0)
                book.appendices.push_back(read_appendix(source, name, {}, {}));
        }
    }
    return book;
}

Batch read_batch(const Grid& grid) {
    Batch batch;
    std::size_t r = 0;
    while (r < grid.height() && row_blank(grid, r))
        ++r;
    if (r == grid.height())
        throw InputError({"Vùng dữ liệu của --each trống.", "The --each range is empty."});
    for (std::size_t c = 0; c < grid.width(); ++c)
        batch.headers.push_back(vntext::trim(vntext::cell_text(grid.at(r, c))));
    for (++r; r < grid.height(); ++r) {
        if (row_blank(grid, r)) continue;
        Row row;
        for (std::size_t c = 0; c < grid.width(); ++c)
            if (!batch.headers[c].empty())
                row.emplace_back(batch.headers[c], vntext::trim(vntext::cell_text(grid.at(r, c))));
        batch.rows.push_back(std::move(row));
        batch.sheet_rows.push_back(grid.first_row + static_cast<int>(r));
    }
    return batch;
}

std::string file_stem(const Batch& batch, std::size_t row, const std::string& column) {
    std::size_t index = 0;
    if (!column.empty()) {
        const std::string key = vntext::fold_loose(column);
        const auto it =
            std::find_if(batch.headers.begin(), batch.headers.end(),
                         [&](const std::string& h) { return vntext::fold_loose(h) == key; });
        if (it == batch.headers.end())
            throw InputError({"Không có cột \"" + column + "\" để đặt tên tệp.",
                              "There is no column \"" + column + "\" to name the files."});
        index = static_cast<std::size_t>(it - batch.headers.begin());
    }
    std::string value;
    for (const auto& [header, v] : batch.rows[row])
        if (!batch.headers.empty() && index < batch.headers.size() &&
            header == batch.headers[index])
            value = v;
    std::string stem;
    for (char ch : vntext::trim(value)) {
        const unsigned char c = static_cast<unsigned char>(ch);
        stem += (c < 0x20 || std::string_view("<>:\"/\\|?*").find(ch) != std::string_view::npos)
                    ? '-'
                    : ch;
    }
    while (!stem.empty() && (stem.back() == '.' || stem.back() == ' '))
        stem.pop_back();
    while (!stem.empty() && (stem.front() == '.' || stem.front() == ' '))
        stem.erase(stem.begin());
    if (stem.empty()) stem = "van-ban-" + std::to_string(row + 1);
    return stem;
}

} // namespace vnplan::plan
