#include "cli/verify_plan.hpp"

#include "core/plan/workbook.hpp"
#include "office/plan/reader.hpp"

#include <iostream>

namespace vnplan::cli {

std::optional<PlanFigures> plan_figures(
    const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheetDocument>& document) {
    const office::SheetSource source(document);
    if (!plan::is_plan_workbook(source.sheet_names())) return std::nullopt;
    try {
        const plan::Document plan = plan::make_document(plan::read_workbook(source));
        return PlanFigures{plan.body_sheet, plan::check_text_figures(plan), std::nullopt};
    } catch (const InputError& e) {
        return PlanFigures{plan::body_sheet_name, {}, e.message()};
    }
}

boost::json::object plan_json(const PlanFigures& figures, Lang lang) {
    if (figures.unreadable) return {{"error", figures.unreadable->in(lang)}};
    boost::json::array list;
    for (const auto& f : figures.figures.findings)
        list.emplace_back(boost::json::object{
            {"cell", f.paragraph_cell.empty() ? figures.body_sheet
                                              : figures.body_sheet + "!" + f.paragraph_cell},
            {"stated", f.stated},
            {"appendix_sheet", f.appendix ? boost::json::value(f.appendix_sheet) : nullptr},
            {"appendix_cell", f.appendix ? boost::json::value(f.appendix_cell) : nullptr},
            {"message", f.message.in(lang)}});
    return {{"body_sheet", figures.body_sheet},
            {"checked", figures.figures.checked},
            {"figures", list}};
}

void print_plan_text(const PlanFigures& figures, Lang lang) {
    const bool vi = lang == Lang::vi;
    const auto& checked = figures.figures;
    if (figures.unreadable) {
        std::cout << (vi ? "Không đọc được kế hoạch (chưa đối chiếu số liệu nêu trong văn bản): "
                         : "Cannot read the plan (its stated figures were not checked): ")
                  << figures.unreadable->in(lang) << '\n';
        return;
    }
    std::cout << (vi ? "Số liệu nêu trong trang \"" : "Figures stated on sheet \"")
              << figures.body_sheet << "\": ";
    if (checked.checked == 0)
        std::cout << (vi ? "không có số liệu nào về phụ lục hay kèm bằng chữ để đối chiếu."
                         : "none about an appendix or with words to compare.");
    else if (checked.findings.empty())
        std::cout << checked.checked
                  << (vi ? " số liệu đã đối chiếu, khớp." : " compared, all agree.");
    else
        std::cout << checked.checked << (vi ? " số liệu đã đối chiếu, " : " compared, ")
                  << checked.findings.size() << (vi ? " KHÔNG KHỚP." : " DO NOT AGREE.");
    std::cout << '\n';
    for (const auto& f : checked.findings)
        std::cout << (vi ? "  Lỗi " : "  Error ") << f.line(figures.body_sheet, lang) << '\n';
}

} // namespace vnplan::cli
