// The "Xếp hạng chỉ số" dialog of the vnplan menu: a raw score sheet becomes a ranked result
// sheet with charts. Its work on the document is in office/indices/actions.hpp; this only
// talks to the user.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace vnplan::ui {

namespace css = com::sun::star;

void run_index_ranking(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::frame::XFrame>& frame);

} // namespace vnplan::ui
