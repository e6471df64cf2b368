// "Xuất phụ lục": the selected table (or the table around the cursor cell) as an appendix in
// the decree's layout, into a new Writer document, an open one at its cursor, or files. The
// work is office::prepare_appendices and the writers of office/plan (docs/appendix.md).
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace vnplan::ui {

namespace css = com::sun::star;

void run_appendix_export(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::frame::XFrame>& frame);

} // namespace vnplan::ui
