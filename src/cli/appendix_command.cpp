// vnplan appendix WORKBOOK --range "Sheet!A4:E53" [--range ...] [--title ...]... [--subtitle
// ...]...
//                 [--number II] [--attach-line ...] [--landscape|--portrait] [--template FILE]
//                 [--out DIR] [--format odt,docx,pdf] [--force] [--override-totals]
#include "cli/cli.hpp"
#include "office/plan/appendix_export.hpp"

#include <boost/program_options.hpp>

#include <iostream>

namespace vnplan::cli {

namespace po = boost::program_options;

namespace {

std::vector<office::AppendixJob> jobs_of(const std::vector<std::string>& ranges,
                                         const std::vector<std::string>& titles,
                                         const std::vector<std::string>& subtitles,
                                         const std::string& number, const std::string& attached,
                                         plan::Orientation orientation) {
    if (titles.size() > ranges.size() || subtitles.size() > ranges.size())
        throw InputError(
            {"Có nhiều --title/--subtitle hơn --range.", "More --title/--subtitle than --range."});
    const auto numerals = plan::appendix_numerals(ranges.size(), number);
    std::vector<office::AppendixJob> jobs;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        office::AppendixJob job;
        job.range = ranges[i];
        job.request.numeral = numerals[i];
        job.request.title = i < titles.size() ? titles[i] : std::string();
        job.request.subtitle = i < subtitles.size() ? subtitles[i] : std::string();
        job.request.attached = attached;
        job.request.orientation = orientation;
        jobs.push_back(std::move(job));
    }
    return jobs;
}

} // namespace

int appendix_command(const Context& context, const std::vector<std::string>& args) {
    std::string workbook, template_file, out_dir = ".", formats = "odt,docx,pdf", number, attached;
    std::vector<std::string> ranges, titles, subtitles;
    bool force = false, override_totals = false, landscape = false, portrait = false;
    po::options_description options;
    options.add_options()("workbook", po::value(&workbook))("template", po::value(&template_file))(
        "out", po::value(&out_dir))("format", po::value(&formats))("range",
                                                                   po::value(&ranges)->composing())(
        "title", po::value(&titles)->composing())("subtitle", po::value(&subtitles)->composing())(
        "number", po::value(&number))("attach-line", po::value(&attached))(
        "landscape", po::bool_switch(&landscape))("portrait", po::bool_switch(&portrait))(
        "force", po::bool_switch(&force))("override-totals", po::bool_switch(&override_totals));
    po::positional_options_description positional;
    positional.add("workbook", 1);
    parse_arguments(args, options, positional);
    if (workbook.empty() || ranges.empty())
        throw InputError({"Cách dùng: vnplan appendix SỔ_TÍNH --range \"Trang!A4:E53\"",
                          "Usage: vnplan appendix WORKBOOK --range \"Sheet!A4:E53\""});
    if (landscape && portrait)
        throw InputError({"Chỉ chọn một trong --landscape và --portrait.",
                          "Give --landscape or --portrait, not both."});
    office::GenerateOptions generate = document_options(context, workbook, template_file, out_dir,
                                                        formats, force, override_totals);
    generate.stem = std::filesystem::path(workbook).stem().string() + "-phu-luc";
    const auto jobs = jobs_of(ranges, titles, subtitles, number, attached,
                              landscape  ? plan::Orientation::landscape
                              : portrait ? plan::Orientation::portrait
                                         : plan::Orientation::automatic);

    auto& soffice = office(context);
    const Workbook opened(context, std::filesystem::path(workbook));
    const office::GenerateResult result =
        office::export_appendices(soffice.context(), opened.spreadsheet, jobs, generate);
    if (result.stopped) return report_totals_problems(context, result);
    const bool vi = context.lang == Lang::vi;
    for (const auto& path : result.files)
        std::cout << (vi ? "Đã tạo " : "Wrote ") << path.string() << '\n';
    return ok;
}

} // namespace vnplan::cli
