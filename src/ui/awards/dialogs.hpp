// The award dialogs of the vnplan menu: "Kiểm tra bảng khen thưởng" and "Phân bổ chỉ tiêu".
// Their work on the document is in office/awards/actions.hpp; these only talk to the user.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace vnplan::ui {

namespace css = com::sun::star;

void run_award_check(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame);

void run_allocate(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame);

} // namespace vnplan::ui
