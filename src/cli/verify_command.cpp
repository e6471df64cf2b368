// vnplan verify WORKBOOK [--sheet NAME] [--range A1:E60] [--json]
#include "cli/cli.hpp"
#include "core/awards/verify.hpp"
#include "office/documents.hpp"
#include "office/sheet_reader.hpp"
#include "office/ustring.hpp"

#include <boost/json.hpp>
#include <boost/program_options.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <cmath>
#include <iostream>
#include <optional>

namespace vnplan::cli {

namespace css = com::sun::star;
namespace po = boost::program_options;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

struct Found {
    std::string sheet;
    Grid grid;
    awards::Verification verification;
};

// Verifies one range; none when it holds no award table (no item rows or no count column).
std::optional<awards::Verification> try_verify(const Grid& grid) {
    try {
        awards::Verification v = awards::verify(grid);
        if (v.layout.count_columns.empty()) return std::nullopt;
        return v;
    } catch (const InputError&) {
        return std::nullopt;
    }
}

std::optional<Found> find_table(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                const std::string& sheet_name, const std::string& range) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const std::string name =
            office::to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (!sheet_name.empty() && name != sheet_name) continue;
        Reference<css::table::XCellRange> cells;
        if (range.empty()) {
            cells = office::used_range(sheet);
        } else {
            try {
                cells = office::clip_to_used_area(sheet,
                                                  sheet->getCellRangeByName(office::to_ou(range)));
            } catch (const css::uno::RuntimeException&) {
                throw InputError({"Vùng \"" + range + "\" không hợp lệ.",
                                  "The range \"" + range + "\" is not valid."});
            }
            if (!cells.is()) continue;
        }
        Grid grid = office::read_grid(cells);
        if (auto v = try_verify(grid)) return Found{name, std::move(grid), std::move(*v)};
    }
    return std::nullopt;
}

boost::json::array numbers(const std::vector<long long>& values) {
    boost::json::array out;
    for (long long v : values) out.emplace_back(v);
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

void print_json(const Found& found, Lang lang) {
    const auto& v = found.verification;
    boost::json::array columns;
    for (const auto& h : v.layout.count_headers) columns.emplace_back(h);
    boost::json::array sections;
    for (const auto& s : v.sections) {
        boost::json::object o{{"label", s.label}, {"title", s.title},
                              {"computed", numbers(s.totals.computed)},
                              {"declared", declared(s.totals.declared)}};
        if (s.row)
            o["row"] = found.grid.first_row + static_cast<int>(*s.row) + 1;
        else
            o["row"] = nullptr;
        sections.emplace_back(std::move(o));
    }
    boost::json::object total{{"computed", numbers(v.total.computed)}};
    if (v.has_total_row)
        total["declared"] = declared(v.total.declared);
    else
        total["declared"] = nullptr;
    const boost::json::object out{{"sheet", found.sheet},         {"columns", columns},
                                  {"sections", sections},         {"total", total},
                                  {"errors", findings(v.errors, lang)},
                                  {"warnings", findings(v.warnings, lang)}};
    std::cout << boost::json::serialize(out) << '\n';
}

std::string agreement(const std::vector<long long>& computed,
                      const std::vector<std::optional<double>>& stated, Lang lang) {
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

void print_text(const Found& found, const std::filesystem::path& file, Lang lang) {
    const auto& v = found.verification;
    const bool vi = lang == Lang::vi;
    const auto& headers = v.layout.count_headers;
    const std::string where =
        a1_address(found.grid.first_column, found.grid.first_row) + ":" +
        a1_address(found.grid.first_column + static_cast<int>(found.grid.width()) - 1,
                   found.grid.first_row + static_cast<int>(found.grid.height()) - 1);
    std::cout << (vi ? "Bảng khen thưởng: " : "Award table: ") << file.string() << ", "
              << (vi ? "trang tính \"" : "sheet \"") << found.sheet << "\", "
              << (vi ? "vùng " : "range ") << where << '\n';
    for (const auto& s : v.sections) {
        std::cout << "  " << (s.label.empty() ? "-" : s.label) << ". " << s.title << ": "
                  << awards::counts_text(s.totals.computed, headers)
                  << agreement(s.totals.computed, s.totals.declared, lang) << '\n';
    }
    std::cout << (vi ? "Tổng cộng: " : "Grand total: ")
              << awards::counts_text(v.total.computed, headers)
              << (v.has_total_row ? agreement(v.total.computed, v.total.declared, lang)
                                  : (vi ? " (bảng không có dòng Tổng cộng)" : " (no total row)"))
              << '\n';
    std::cout << (vi ? "Lỗi: " : "Errors: ") << v.errors.size()
              << (vi ? ", cảnh báo: " : ", warnings: ") << v.warnings.size() << '\n';
    for (const auto& f : v.errors) std::cout << (vi ? "  Lỗi " : "  Error ") << f.line(lang) << '\n';
    for (const auto& f : v.warnings)
        std::cout << (vi ? "  Cảnh báo " : "  Warning ") << f.line(lang) << '\n';
}

} // namespace

int verify_command(const Context& context, const std::vector<std::string>& args) {
    std::string workbook, sheet, range;
    bool json = false;
    po::options_description options;
    options.add_options()("workbook", po::value(&workbook))("sheet", po::value(&sheet))(
        "range", po::value(&range))("json", po::bool_switch(&json));
    po::positional_options_description positional;
    positional.add("workbook", 1);
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw InputError({std::string("Tuỳ chọn không hợp lệ: ") + e.what(),
                          std::string("Bad option: ") + e.what()});
    }
    if (workbook.empty())
        throw InputError({"Thiếu tên tệp sổ tính: vnplan verify SỔ_TÍNH",
                          "Missing workbook: vnplan verify WORKBOOK"});
    const std::filesystem::path file = workbook;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw InputError({"Không tìm thấy tệp " + workbook + ".", "File not found: " + workbook + "."});

    auto& soffice = office(context);
    Reference<css::lang::XComponent> document = office::load_document(soffice.desktop(), file);
    struct Closer {
        Reference<css::lang::XComponent> doc;
        ~Closer() { office::close_document(doc); }
    } closer{document};
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY);
    if (!spreadsheet.is())
        throw InputError({workbook + " không phải là sổ tính.", workbook + " is not a spreadsheet."});
    if (!sheet.empty() && !office::sheet_named(spreadsheet, sheet).is())
        throw InputError({"Không có trang tính \"" + sheet + "\" trong " + workbook + ".",
                          "There is no sheet \"" + sheet + "\" in " + workbook + "."});
    const std::optional<Found> found = find_table(spreadsheet, sheet, range);
    if (!found)
        throw InputError({"Không tìm thấy bảng khen thưởng (dòng STT, tên đơn vị và các cột số "
                          "lượng) trong " + workbook + ".",
                          "No award table (numbered rows with unit names and count columns) "
                          "found in " + workbook + "."});
    if (json)
        print_json(*found, context.lang);
    else
        print_text(*found, file, context.lang);
    return found->verification.errors.empty() ? ok : found_errors;
}

} // namespace vnplan::cli
