// vnplan verify WORKBOOK... [--sheet NAME] [--range A1:E60] [--all] [--json]
#include "cli/cli.hpp"
#include "cli/verify_plan.hpp"
#include "cli/verify_tables.hpp"
#include "office/common/documents.hpp"
#include "office/common/scoped_timer.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"

#include <boost/program_options.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <algorithm>
#include <iostream>
#include <optional>

namespace vnplan::cli {

namespace css = com::sun::star;
namespace po = boost::program_options;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

struct Options {
    std::vector<std::string> workbooks;
    TableChoice choice;
    bool json = false;
};

Options parse(const std::vector<std::string>& args) {
    Options o;
    po::options_description options;
    options.add_options()("workbook", po::value(&o.workbooks))("sheet", po::value(&o.choice.sheet))(
        "range", po::value(&o.choice.range))("all", po::bool_switch(&o.choice.all))(
        "json", po::bool_switch(&o.json));
    po::positional_options_description positional;
    positional.add("workbook", -1);
    parse_arguments(args, options, positional);
    if (o.workbooks.empty())
        throw InputError({"Thiếu tên tệp sổ tính: vnplan verify SỔ_TÍNH...",
                          "Missing workbook: vnplan verify WORKBOOK..."});
    return o;
}

// What one workbook gave: its tables, or why it could not be read.
struct Checked {
    std::filesystem::path file;
    std::vector<FoundTable> tables;
    std::optional<PlanFigures> plan; // a plan workbook: the figures its body states
    std::optional<Message> failure;

    int exit_code() const {
        if (failure || (plan && plan->unreadable)) return unreadable;
        for (const auto& t : tables)
            if (!t.verification.errors.empty()) return found_errors;
        if (plan && !plan->figures.findings.empty()) return found_errors;
        return ok;
    }
};

// The workbook's award tables and, for a plan workbook (unless one sheet or range was asked
// for), the figures its body states.
void read_into(Checked& out, const Context& context, const TableChoice& choice) {
    const std::filesystem::path& file = out.file;
    const std::string name = file.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw InputError({"Không tìm thấy tệp " + name + ".", "File not found: " + name + "."});
    if (office::profiling()) { // the office's start apart from the loading
        const office::ScopedTimer starting("office");
        (void)office(context);
    }
    office::ScopedTimer loading;
    const Workbook workbook(context, file);
    loading.lap("load");
    const auto& spreadsheet = workbook.spreadsheet;
    if (!choice.sheet.empty() && !office::sheet_named(spreadsheet, choice.sheet).is())
        throw InputError({"Không có trang tính \"" + choice.sheet + "\" trong " + name + ".",
                          "There is no sheet \"" + choice.sheet + "\" in " + name + "."});
    if (choice.sheet.empty() && choice.range.empty()) {
        const office::ScopedTimer timer("plan figures");
        out.plan = plan_figures(spreadsheet);
    }
    const office::ScopedTimer timer("award tables");
    out.tables = find_tables(spreadsheet, choice);
    if (out.tables.empty() && !out.plan)
        throw InputError({"Không tìm thấy bảng khen thưởng (dòng STT, tên đơn vị và các cột số "
                          "lượng) trong " +
                              name + ".",
                          "No award table (numbered rows with unit names and count columns) "
                          "found in " +
                              name + "."});
}

// Checks one workbook; a workbook that cannot be read does not stop the others.
Checked check(const Context& context, const std::filesystem::path& file,
              const TableChoice& choice) {
    Checked out{file, {}, std::nullopt, std::nullopt};
    try {
        read_into(out, context, choice);
    } catch (const InputError& e) {
        out.failure = e.message();
    } catch (const css::uno::Exception& e) {
        if (office_lost()) throw; // the other workbooks cannot be read either: stop (exit 2)
        out.failure = office_failure(office::to_utf8(e.Message));
    }
    if (out.failure) complain(context, *out.failure);
    return out;
}

// A workbook as JSON: its table's keys (with --all, "tables"), or "error".
boost::json::object workbook_json(const Checked& c, const Options& o, Lang lang) {
    boost::json::object out;
    if (c.failure) {
        out = {{"error", c.failure->in(lang)}};
    } else if (o.choice.all) {
        boost::json::array tables;
        for (const auto& t : c.tables)
            tables.emplace_back(table_json(t, lang));
        out = {{"tables", tables}};
    } else if (!c.tables.empty()) {
        out = table_json(c.tables.front(), lang);
    }
    if (c.plan) out["plan"] = plan_json(*c.plan, lang);
    out["file"] = c.file.string();
    return out;
}

void print_text(const Checked& c, bool several, Lang lang) {
    if (several) std::cout << "=== " << c.file.string() << " ===\n";
    if (c.failure && several)
        std::cout << (lang == Lang::vi ? "Không đọc được: " : "Cannot read: ")
                  << c.failure->in(lang) << '\n';
    for (std::size_t i = 0; i < c.tables.size(); ++i) {
        if (i > 0) std::cout << '\n';
        print_table_text(c.tables[i], c.file, lang);
    }
    if (c.plan) {
        if (!c.tables.empty()) std::cout << '\n';
        print_plan_text(*c.plan, lang);
    }
    if (several) std::cout << '\n';
}

} // namespace

int verify_command(const Context& context, const std::vector<std::string>& args) {
    const Options options = parse(args);
    const bool several = options.workbooks.size() > 1;
    int worst = ok;
    boost::json::array reports;
    for (const std::string& workbook : options.workbooks) {
        const Checked checked = check(context, workbook, options.choice);
        worst = std::max(worst, checked.exit_code());
        if (options.json)
            reports.emplace_back(workbook_json(checked, options, context.lang));
        else
            print_text(checked, several, context.lang);
    }
    if (options.json)
        std::cout << (several ? boost::json::serialize(reports)
                              : boost::json::serialize(reports.front()))
                  << '\n';
    return worst;
}

} // namespace vnplan::cli
