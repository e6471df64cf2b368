// vnplan convert WORKBOOK... [--out DIR] [--font NAME] [--force]
// Writes a Unicode copy of each workbook (NAME-unicode.EXT, same format) with its TCVN3/VNI
// text cells, comments and sheet names converted; the input is never changed.
#include "cli/cli.hpp"
#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "office/vntext/convert.hpp"

#include <boost/program_options.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <algorithm>
#include <iostream>

namespace vnplan::cli {

namespace css = com::sun::star;
namespace po = boost::program_options;

namespace {

struct Options {
    std::vector<std::string> workbooks;
    std::string out_dir, font = "Times New Roman";
    bool force = false;
};

Options parse(const std::vector<std::string>& args) {
    Options o;
    po::options_description options;
    options.add_options()("workbook", po::value(&o.workbooks))("out", po::value(&o.out_dir))(
        "font", po::value(&o.font))("force", po::bool_switch(&o.force));
    po::positional_options_description positional;
    positional.add("workbook", -1);
    parse_arguments(args, options, positional);
    if (o.workbooks.empty())
        throw InputError({"Thiếu tên tệp sổ tính: vnplan convert SỔ_TÍNH...",
                          "Missing workbook: vnplan convert WORKBOOK..."});
    if (o.font.empty())
        throw InputError({"--font cần tên một phông chữ.", "--font needs a font name."});
    return o;
}

// The export filter that keeps the input's format.
std::string filter_for(const std::filesystem::path& file) {
    const std::string filter = spreadsheet_filter(file);
    if (!filter.empty()) return filter;
    throw InputError({"Chỉ chuyển được tệp .ods, .xlsx, .xls: " + file.string() + ".",
                      "Only .ods, .xlsx and .xls files can be converted: " + file.string() + "."});
}

std::filesystem::path copy_path(const std::filesystem::path& file, const Options& o) {
    const auto dir = o.out_dir.empty() ? file.parent_path() : std::filesystem::path(o.out_dir);
    return dir / (file.stem().string() + "-unicode" + file.extension().string());
}

// Converts one workbook; returns its exit code. Nothing is written when there is nothing to
// convert, or when the copy exists and --force is not given.
int convert_one(const Context& context, const std::filesystem::path& file, const Options& o) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw InputError({"Không tìm thấy tệp " + file.string() + ".",
                          "File not found: " + file.string() + "."});
    const std::string filter = filter_for(file);
    const auto target = copy_path(file, o);
    if (std::filesystem::exists(target, ec) && !o.force)
        throw InputError(
            {"Tệp " + target.string() + " đã có; không ghi đè (dùng --force để ghi đè).",
             "File " + target.string() + " exists; not overwritten (use --force)."});
    const Workbook workbook(context, file, false);
    const auto& spreadsheet = workbook.spreadsheet;
    const auto targets = office::whole_workbook(spreadsheet);
    const bool vi = context.lang == Lang::vi;
    const auto preview = office::preview_conversion(spreadsheet, targets);
    if (!preview.any()) {
        std::cout << file.string() << ": " << office::describe(preview, context.lang) << '\n'
                  << (vi ? "Không có gì cần chuyển; không ghi tệp.\n"
                         : "Nothing to convert; no file written.\n");
        return found_errors;
    }
    const auto done = office::convert_to_unicode(spreadsheet, targets, o.font, context.lang);
    if (!target.parent_path().empty()) std::filesystem::create_directories(target.parent_path());
    office::store_document(workbook.document, target, filter, o.force);
    std::cout << file.string() << ": " << office::describe(done, context.lang) << '\n'
              << (vi ? "Đã ghi " : "Wrote ") << target.string() << '\n';
    return ok;
}

} // namespace

int convert_command(const Context& context, const std::vector<std::string>& args) {
    const Options options = parse(args);
    int worst = ok;
    for (const std::string& workbook : options.workbooks) {
        int code = unreadable;
        try {
            code = convert_one(context, workbook, options);
        } catch (const InputError& e) {
            complain(context, e.message());
        } catch (const css::uno::Exception& e) {
            const std::string what = office::to_utf8(e.Message);
            complain(context, {"Lỗi của LibreOffice: " + what, "LibreOffice error: " + what});
        }
        worst = std::max(worst, code);
    }
    return worst;
}

} // namespace vnplan::cli
