// The options page (Tools > Options > LibreOffice Calc > vnplan, and the Options button of
// the Extension Manager): LibreOffice creates extension/dialogs/Options.xdl in its own dialog
// and sends this handler "initialize", "ok" and "back".
#pragma once

#include "core/common/message.hpp"
#include "office/common/uno_util.hpp"

#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace vnplan::ui {

namespace css = com::sun::star;

inline constexpr const char* options_page_implementation = "org.vnplan.OptionsPageImpl";
inline constexpr const char* options_page_service = "org.vnplan.OptionsPage";

css::uno::Sequence<rtl::OUString> options_page_services();

class OptionsPage : public office::WeakImplHelper<css::awt::XContainerWindowEventHandler,
                                                  css::lang::XServiceInfo> {
public:
    explicit OptionsPage(const css::uno::Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    // XContainerWindowEventHandler: method "external_event", event "ok" | "back" | "initialize".
    sal_Bool SAL_CALL callHandlerMethod(const css::uno::Reference<css::awt::XWindow>& window,
                                        const css::uno::Any& event,
                                        const rtl::OUString& method) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    void browse_template(const css::uno::Reference<css::awt::XWindow>& window, Lang lang);

    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace vnplan::ui
