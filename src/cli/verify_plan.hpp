// vnplan verify on a plan workbook (sheets "Thông tin" and "Nội dung", docs/plan-workbook.md):
// the figures its body states, checked against its appendices and their own words.
#pragma once

#include "core/plan/text_figures.hpp"

#include <boost/json.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>
#include <string>
#include <vector>

namespace vnplan::cli {

struct PlanFigures {
    std::string body_sheet; // "Nội dung"
    plan::TextFigures figures;
    std::optional<Message> unreadable; // why the plan could not be read (nothing was checked)
};

// None when `document` is not a plan workbook. A plan that cannot be read (a draft without
// "Ký hiệu", ...) says why in `unreadable`: its award tables are still verified.
std::optional<PlanFigures> plan_figures(
    const com::sun::star::uno::Reference<com::sun::star::sheet::XSpreadsheetDocument>& document);

// {"body_sheet", "checked", "figures": [{"cell", "stated", "appendix_sheet", "appendix_cell",
// "message"}]}, or {"error"} for a plan that cannot be read
boost::json::object plan_json(const PlanFigures& figures, Lang lang);

// How many figures were compared and whether they agree, then one line per finding.
void print_plan_text(const PlanFigures& figures, Lang lang);

} // namespace vnplan::cli
