// "Tạo kế hoạch": the plan document of the current workbook, from a template, in the chosen
// formats; the work itself is office::generate_plans, shared with `vnplan generate`.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>

namespace vnplan::ui {

namespace css = com::sun::star;

void run_plan_generate(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XFrame>& frame);

// The default template shipped in the installed extension (templates/ke-hoach.ott).
std::filesystem::path
extension_template(const css::uno::Reference<css::uno::XComponentContext>& context);

// Where the workbook is stored, else the office's documents folder: where files go by default.
std::filesystem::path
default_out(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::sheet::XSpreadsheetDocument>& workbook);

} // namespace vnplan::ui
