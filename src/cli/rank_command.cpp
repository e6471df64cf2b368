// vnplan rank WORKBOOK [--sheet NAME] [--unit NAME] [--top N] [--out FILE] [--force]
// The "Xếp hạng chỉ số" dialog's result in a copy of the workbook: over the years when the
// workbook holds two years or more (a year column, or one sheet per year), else one year.
#include "cli/cli.hpp"
#include "cli/workbook_copy.hpp"

#include "core/indices/years.hpp"
#include "office/common/sheet_reader.hpp"
#include "office/common/ustring.hpp"
#include "office/indices/actions.hpp"
#include "office/indices/years.hpp"

#include <boost/program_options.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>

#include <iostream>

namespace vnplan::cli {

namespace css = com::sun::star;
namespace po = boost::program_options;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

struct Options {
    std::string workbook, sheet, unit, out;
    std::size_t top = 5;
    bool force = false;
};

Options parse(const std::vector<std::string>& args) {
    Options o;
    po::options_description options;
    options.add_options()("workbook", po::value(&o.workbook))("sheet", po::value(&o.sheet))(
        "unit", po::value(&o.unit))("top", po::value(&o.top))("out", po::value(&o.out))(
        "force", po::bool_switch(&o.force));
    po::positional_options_description positional;
    positional.add("workbook", 1);
    parse_arguments(args, options, positional);
    if (o.workbook.empty())
        throw InputError({"Thiếu tên tệp sổ tính: vnplan rank SỔ_TÍNH",
                          "Missing workbook: vnplan rank WORKBOOK"});
    return o;
}

std::string rank_text(const std::optional<double>& rank) {
    return rank ? indices::format_typed(*rank) : "-";
}

void print_years(const office::YearsResult& r, Lang lang) {
    const bool vi = lang == Lang::vi;
    const auto& ranking = r.ranking;
    std::cout << (vi ? "Thứ hạng" : "Ranks");
    for (int year : ranking.years)
        std::cout << ' ' << year;
    std::cout << '\n';
    for (const auto& u : ranking.units) {
        std::cout << "  " << u.unit << ':';
        for (const auto& rank : u.ranks)
            std::cout << ' ' << rank_text(rank);
        if (!u.span_change.empty()) std::cout << " (" << u.span_change << ')';
        std::cout << '\n';
    }
    std::cout << (vi ? "Điểm bị trừ nhiều nhất năm " : "Points lost most in ")
              << ranking.years.back() << ", " << r.lost.unit
              << (vi ? " so với đơn vị đứng đầu " : " against the best unit ") << r.lost.best
              << ":\n";
    if (r.lost.components.empty()) std::cout << (vi ? "  (không có)\n" : "  (none)\n");
    for (const auto& c : r.lost.components)
        std::cout << "  " << c.name << ": "
                  << decimal::format(decimal::to_double(c.lost), c.lost.scale, ',', '.')
                  << (vi ? " điểm (" : " points (") << indices::format_typed(c.score)
                  << (vi ? " so với " : " against ") << indices::format_typed(c.best_score)
                  << ")\n";
}

// One year: the first sheet (or --sheet) holding a score table, ranked as the dialog ranks it.
office::RankingResult rank_one_year(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                    const Options& o) {
    Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    std::optional<Message> first_failure;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const std::string name =
            office::to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (!o.sheet.empty() && name != o.sheet) continue;
        const auto used = office::used_range(sheet);
        if (!used.is()) continue;
        office::LayoutGuess guess;
        try {
            guess = office::guess_layout(used);
        } catch (const InputError& e) {
            if (!first_failure) first_failure = e.message();
            continue;
        }
        auto range = [&](const std::string& text) {
            return text.empty() ? Reference<css::table::XCellRange>()
                                : sheet->getCellRangeByName(office::to_ou(text));
        };
        office::RankingRequest request;
        request.ranges = {range(guess.units),
                          range(guess.scores),
                          range(guess.maxima),
                          range(guess.weights),
                          range(guess.previous_ranks),
                          range(guess.groups),
                          nullptr};
        request.previous_in_group = guess.previous_in_group;
        request.options.year = guess.year;
        request.tiers = office::parse_tiers(office::default_tiers);
        request.radar_unit = o.unit;
        request.result_sheet = office::unused_sheet_name(doc, "Xếp hạng " + name);
        return office::write_ranking(doc, request);
    }
    if (!o.sheet.empty() && !office::sheet_named(doc, o.sheet).is())
        throw InputError(
            {"Không có trang tính \"" + o.sheet + "\".", "There is no sheet \"" + o.sheet + "\"."});
    const Message why = first_failure.value_or(Message{"không có ô nào.", "no cells."});
    throw InputError({"Không tìm thấy bảng điểm: " + why.vi, "No score table found: " + why.en});
}

} // namespace

int rank_command(const Context& context, const std::vector<std::string>& args) {
    const Options o = parse(args);
    const bool vi = context.lang == Lang::vi;
    const std::filesystem::path target = check_output(o.workbook, o.out, "xep-hang", o.force);
    EditedWorkbook workbook(context, o.workbook);
    const auto& doc = workbook.document();
    const office::YearsFound found = office::find_years(doc, o.sheet);
    std::vector<Message> notes = found.skipped;
    if (found.years.size() >= 2) {
        office::YearsRequest request;
        request.result_sheet = office::unused_sheet_name(doc, request.result_sheet);
        request.unit = o.unit;
        request.top = o.top;
        const auto result = office::write_years(doc, found.years, request);
        workbook.store(target, o.force);
        std::cout << found.reading.in(context.lang) << '\n';
        print_years(result, context.lang);
        for (const auto& m : indices::missing_years(result.ranking))
            std::cout << (vi ? "Lưu ý: " : "Note: ") << m.in(context.lang) << '\n';
        std::cout << (vi ? "Đã ghi trang \"" : "Wrote the sheet \"") << result.sheet
                  << (vi ? "\" và biểu đồ vào " : "\" and its chart into ") << target.string()
                  << '\n';
    } else {
        const auto result = rank_one_year(doc, o);
        workbook.store(target, o.force);
        for (const auto& u : result.units)
            std::cout << "  " << indices::format_typed(u.rank) << ". " << u.unit << ": "
                      << indices::format_typed(u.total_value) << (vi ? " điểm, " : " points, ")
                      << decimal::format(u.percent_value, 2, ',', '.') << "%\n";
        std::cout << (vi ? "Đã ghi trang \"" : "Wrote the sheet \"") << result.sheet
                  << (vi ? "\" và hai biểu đồ vào " : "\" and two charts into ") << target.string()
                  << '\n';
    }
    // A sheet named with a year that could not be read: a year may be missing from the result.
    for (const auto& m : notes)
        complain(context, m);
    return notes.empty() ? ok : found_errors;
}

} // namespace vnplan::cli
