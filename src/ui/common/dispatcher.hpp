// The protocol handler behind the vnplan menu: commands "vnd.vnplan:<Name>" open dialogs.
#pragma once

#include "office/common/uno_util.hpp"

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace vnplan::ui {

namespace css = com::sun::star;

inline constexpr const char* dispatcher_implementation = "org.vnplan.DispatchImpl";

class Dispatcher
    : public office::WeakImplHelper<css::frame::XDispatchProvider, css::frame::XDispatch,
                                    css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit Dispatcher(const css::uno::Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    // XInitialization: the frame the commands act on.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    static css::uno::Sequence<rtl::OUString> service_names();

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
};

} // namespace vnplan::ui
