// "Chuyển mã sang Unicode": the clerk picks the selection, the sheet or the workbook and the
// new font, sees how many cells are TCVN3, VNI or already Unicode, and converts; the work
// itself is office::convert_to_unicode, shared with `vnplan convert`.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace vnplan::ui {

namespace css = com::sun::star;

void run_convert_unicode(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::frame::XFrame>& frame);

} // namespace vnplan::ui
