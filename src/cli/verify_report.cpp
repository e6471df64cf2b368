// vnplan verify's reports: the JSON object and the text of one table.
#include "cli/verify_tables.hpp"

#include <cmath>
#include <iostream>

namespace vnplan::cli {

namespace {

boost::json::array numbers(const std::vector<long long>& values) {
    boost::json::array out;
    for (long long v : values)
        out.emplace_back(v);
    return out;
}

boost::json::array declared(const std::vector<std::optional<double>>& values) {
    boost::json::array out;
    for (const auto& v : values)
        if (!v)
            out.emplace_back(nullptr);
        else if (std::floor(*v) == *v && std::fabs(*v) < 1e15)
            out.emplace_back(static_cast<long long>(*v)); // counts print as 6, not 6.0
        else
            out.emplace_back(*v);
    return out;
}

boost::json::array findings(const std::vector<awards::Finding>& list, Lang lang) {
    boost::json::array out;
    for (const auto& f : list)
        out.emplace_back(boost::json::object{{"cell", f.cell}, {"message", f.message.in(lang)}});
    return out;
}

// Grid rows as the sheet numbers them (1-based).
struct SheetRows {
    const Grid& grid;
    boost::json::value operator()(std::size_t row) const {
        return grid.first_row + static_cast<int>(row) + 1;
    }
    boost::json::value operator()(const std::optional<std::size_t>& row) const {
        return row ? (*this)(*row) : boost::json::value(nullptr);
    }
    boost::json::array operator()(const std::vector<std::size_t>& rows) const {
        boost::json::array out;
        for (std::size_t r : rows)
            out.push_back((*this)(r));
        return out;
    }
};

std::string range_of(const Grid& grid) {
    return a1_address(grid.first_column, grid.first_row) + ":" +
           a1_address(grid.first_column + static_cast<int>(grid.width()) - 1,
                      grid.first_row + static_cast<int>(grid.height()) - 1);
}

boost::json::object reading_json(const FoundTable& table) {
    const awards::Layout& l = table.verification.layout;
    const SheetRows row{table.grid};
    boost::json::array columns, sections, encodings;
    for (std::size_t k = 0; k < l.count_columns.size(); ++k)
        columns.emplace_back(boost::json::object{
            {"name", l.count_headers[k]},
            {"column",
             column_name(table.grid.first_column + static_cast<int>(l.count_columns[k]))}});
    for (const awards::Section& s : l.sections)
        sections.emplace_back(boost::json::object{{"label", s.label},
                                                  {"path", s.path},
                                                  {"title", s.title},
                                                  {"first_row", row(s.first_row)},
                                                  {"last_row", row(s.last_row)},
                                                  {"heading_row", row(s.row)},
                                                  {"closing_row", row(s.closing_row)}});
    for (const std::string& e : l.encodings)
        encodings.emplace_back(e);
    boost::json::value header = nullptr;
    if (l.header_rows > 0)
        header = boost::json::array{row(l.header_first), row(l.header_first + l.header_rows - 1)};
    return {{"header_rows", header},
            {"columns", columns},
            {"sections", sections},
            {"item_rows", l.items.size()},
            {"total_row", row(l.total_row)},
            {"hidden_rows", row(l.hidden_rows)},
            {"unclear_rows", row(l.unclear_rows)},
            {"encodings", encodings}};
}

// Never "khớp" for a table not fully understood or with counts that could not be added.
bool conclusive(const awards::Verification& v) {
    if (!v.layout.unclear_rows.empty()) return false;
    for (const auto& f : v.errors)
        if (f.row < v.layout.rows.size() && v.layout.rows[f.row] == awards::RowKind::item)
            return false;
    return true;
}

std::string agreement(const std::vector<long long>& computed,
                      const std::vector<std::optional<double>>& stated, Lang lang,
                      bool sure = true) {
    if (!sure)
        return lang == Lang::vi ? " - chưa kết luận được (xem các lỗi)"
                                : " - no verdict (see the errors)";
    bool any = false, same = true;
    for (std::size_t k = 0; k < computed.size(); ++k)
        if (stated[k]) {
            any = true;
            same = same && *stated[k] == static_cast<double>(computed[k]);
        }
    if (!any) return lang == Lang::vi ? " (bảng không ghi số cộng)" : " (no total written)";
    if (same) return lang == Lang::vi ? " - khớp" : " - agrees";
    return lang == Lang::vi ? " - KHÔNG KHỚP" : " - DOES NOT AGREE";
}

} // namespace

boost::json::object table_json(const FoundTable& table, Lang lang) {
    const auto& v = table.verification;
    const SheetRows row{table.grid};
    boost::json::array columns;
    for (const auto& h : v.layout.count_headers)
        columns.emplace_back(h);
    boost::json::array sections;
    for (const auto& s : v.sections)
        sections.emplace_back(boost::json::object{{"label", s.label},
                                                  {"title", s.title},
                                                  {"row", row(s.row)},
                                                  {"computed", numbers(s.totals.computed)},
                                                  {"declared", declared(s.totals.declared)}});
    boost::json::object total{{"computed", numbers(v.total.computed)}};
    if (v.has_total_row)
        total["declared"] = declared(v.total.declared);
    else
        total["declared"] = nullptr;
    return {{"sheet", table.sheet},
            {"range", range_of(table.grid)},
            {"columns", columns},
            {"sections", sections},
            {"total", total},
            {"errors", findings(v.errors, lang)},
            {"warnings", findings(v.warnings, lang)},
            {"reading", reading_json(table)}};
}

void print_table_text(const FoundTable& table, const std::filesystem::path& file, Lang lang) {
    const auto& v = table.verification;
    const bool vi = lang == Lang::vi;
    const auto& headers = v.layout.count_headers;
    const bool sure = conclusive(v);
    std::cout << (vi ? "Bảng khen thưởng: " : "Award table: ") << file.string() << ", "
              << (vi ? "trang tính \"" : "sheet \"") << table.sheet << "\", "
              << (vi ? "vùng " : "range ") << range_of(table.grid) << '\n';
    for (const auto& s : v.sections)
        std::cout << "  " << (s.label.empty() ? "-" : s.label) << ". " << s.title << ": "
                  << awards::counts_text(s.totals.computed, headers)
                  << agreement(s.totals.computed, s.totals.declared, lang, sure) << '\n';
    std::cout << (vi ? "Tổng cộng: " : "Grand total: ")
              << awards::counts_text(v.total.computed, headers)
              << (v.has_total_row ? agreement(v.total.computed, v.total.declared, lang, sure)
                                  : (vi ? " (bảng không có dòng Tổng cộng)" : " (no total row)"))
              << '\n';
    std::cout << (vi ? "Lỗi: " : "Errors: ") << v.errors.size()
              << (vi ? ", cảnh báo: " : ", warnings: ") << v.warnings.size() << '\n';
    for (const auto& f : v.errors)
        std::cout << (vi ? "  Lỗi " : "  Error ") << f.line(lang) << '\n';
    for (const auto& f : v.warnings)
        std::cout << (vi ? "  Cảnh báo " : "  Warning ") << f.line(lang) << '\n';
    for (const auto& line : awards::reading_lines(table.grid, v, lang))
        std::cout << line << '\n';
}

} // namespace vnplan::cli
