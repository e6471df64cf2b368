// vnplan generate WORKBOOK... [--template FILE] [--out DIR] [--format odt,docx,pdf] [--force]
//                 [--override-totals] [--each SHEET_OR_RANGE [--name COLUMN]] [--merge-pdf FILE]
//                 [--jobs N]
#include "cli/cli.hpp"
#include "cli/generate_pool.hpp"
#include "cli/generate_workbooks.hpp"
#include "office/common/documents.hpp"
#include "office/common/ustring.hpp"
#include "office/plan/generate.hpp"

#include <boost/program_options.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <osl/file.hxx>
#include <osl/process.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <ostream>

namespace vnplan::cli {

namespace css = com::sun::star;
namespace po = boost::program_options;
using css::uno::Reference;
using css::uno::UNO_QUERY;

// The default template: VNPLAN_TEMPLATE, else the one installed with the program
// (<prefix>/bin/vnplan -> <prefix>/share/vnplan/templates; the build tree has the same layout,
// out/bin and out/share). Never a path into the source tree: an installed tool must not depend
// on where it was built.
std::filesystem::path default_template() {
    if (const char* env = std::getenv("VNPLAN_TEMPLATE")) return env;
    rtl::OUString url, path;
    if (osl_getExecutableFile(&url.pData) != osl_Process_E_None ||
        osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        throw InputError(
            {"Không biết chương trình vnplan nằm ở đâu; hãy chỉ mẫu bằng --template.",
             "Cannot tell where vnplan is installed; give the template with --template."});
    const std::string utf8 = office::to_utf8(path);
    const std::filesystem::path program(std::u8string(utf8.begin(), utf8.end()));
    return program.parent_path().parent_path() / "share" / "vnplan" / "templates" / "ke-hoach.ott";
}

void require_file(const std::string& workbook) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(workbook, ec))
        throw InputError(
            {"Không tìm thấy tệp " + workbook + ".", "File not found: " + workbook + "."});
}

office::GenerateOptions output_options(const Context& context, const std::string& template_file,
                                       const std::string& out_dir, const std::string& formats,
                                       bool force, bool override_totals) {
    office::GenerateOptions generate;
    generate.template_file =
        template_file.empty() ? default_template() : std::filesystem::path(template_file);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(generate.template_file, ec))
        throw InputError({"Không tìm thấy mẫu " + generate.template_file.string() + ".",
                          "Template not found: " + generate.template_file.string() + "."});
    generate.out_dir = out_dir;
    generate.formats = office::parse_formats(formats);
    generate.overwrite = force;
    generate.override_totals = override_totals;
    generate.lang = context.lang;
    return generate;
}

office::GenerateOptions document_options(const Context& context, const std::string& workbook,
                                         const std::string& template_file,
                                         const std::string& out_dir, const std::string& formats,
                                         bool force, bool override_totals) {
    require_file(workbook);
    return output_options(context, template_file, out_dir, formats, force, override_totals);
}

Message describe_totals_problems(const Context& context, const office::GenerateResult& result,
                                 std::ostream& out) {
    const bool vi = context.lang == Lang::vi;
    for (const auto& p : result.problems) {
        if (p.from_text)
            out << (vi ? "Số liệu nêu trong trang \"" : "Figures stated on sheet \"") << p.sheet
                << (vi ? "\" không khớp:\n" : "\" disagree:\n");
        else
            out << (vi ? "Bảng khen thưởng ở trang \"" : "Award table on sheet \"") << p.sheet
                << (vi ? "\" có số cộng không khớp:\n" : "\" has totals that disagree:\n");
        for (const auto& line : p.lines)
            out << "  " << line << '\n';
    }
    const bool overridable =
        std::all_of(result.problems.begin(), result.problems.end(),
                    [](const plan::TotalsProblem& p) { return p.overridable; });
    return overridable
               ? Message{"Chưa tạo văn bản: sửa số liệu trong sổ tính, hoặc dùng "
                         "--override-totals "
                         "để văn bản mang số cộng tính lại từ các dòng.",
                         "No document written: correct the figures, or use --override-totals to "
                         "issue the document with the totals computed from the rows."}
               : Message{"Chưa tạo văn bản: có số lượng không đọc được trong bảng khen thưởng.",
                         "No document written: the award table has counts that cannot be read."};
}

int report_totals_problems(const Context& context, const office::GenerateResult& result) {
    complain(context, describe_totals_problems(context, result, std::cout));
    return found_errors;
}

int generate_command(const Context& context, const std::vector<std::string>& args) {
    std::vector<std::string> workbooks;
    std::string template_file, out_dir = ".", formats = "odt,docx,pdf", each, name, merge_pdf, jobs;
    bool force = false, override_totals = false;
    po::options_description options;
    options.add_options()("workbook", po::value(&workbooks))("template", po::value(&template_file))(
        "out", po::value(&out_dir))("format", po::value(&formats))("force",
                                                                   po::bool_switch(&force))(
        "override-totals", po::bool_switch(&override_totals))("each", po::value(&each))(
        "name", po::value(&name))("merge-pdf", po::value(&merge_pdf))("jobs", po::value(&jobs));
    po::positional_options_description positional;
    positional.add("workbook", -1);
    parse_arguments(args, options, positional);
    if (workbooks.empty())
        throw InputError({"Thiếu tên tệp sổ tính: vnplan generate SỔ_TÍNH...",
                          "Missing workbook: vnplan generate WORKBOOK..."});
    // One joined PDF per command: of which workbook's documents would be a guess.
    if (workbooks.size() > 1 && !merge_pdf.empty())
        throw InputError({"--merge-pdf chỉ dùng với một sổ tính: hãy chạy một lệnh cho mỗi "
                          "sổ tính cần ghép PDF.",
                          "--merge-pdf takes one workbook: run one command for each workbook "
                          "whose PDFs are to be joined."});
    if (workbooks.size() == 1) require_file(workbooks.front()); // before the template, as before
    office::GenerateOptions generate =
        output_options(context, template_file, out_dir, formats, force, override_totals);
    generate.each = each;
    generate.name_column = name;
    generate.merge_pdf = merge_pdf;
    const unsigned offices = jobs.empty() ? default_jobs() : parse_jobs(jobs);
    return generate_workbooks(context, workbooks, generate, offices);
}

} // namespace vnplan::cli
