// The Calc add-in component: a thin adapter between Calc and the core. Each function
// converts its arguments, calls the core and converts the result; errors leave only as
// IllegalArgumentException or RuntimeException (see guarded()).
#pragma once

#include "core/common/message.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/vnplan/XAwards.hpp>

namespace vnplan::addin {

namespace css = com::sun::star;

inline constexpr const char* implementation_name = "org.vnplan.AddInImpl";
inline constexpr const char* service_name = "org.vnplan.AddIn";

class AddIn : public cppu::WeakImplHelper4<org::vnplan::XAwards, css::sheet::XAddIn,
                                           css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    explicit AddIn(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XAwards
    double SAL_CALL awardTotal(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& table,
                               sal_Int32 column, const css::uno::Any& section) override;

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& display) override;
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& programmatic) override;
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& programmatic) override;
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& programmatic,
                                                  sal_Int32 argument) override;
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& programmatic,
                                                  sal_Int32 argument) override;
    rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString& programmatic) override;
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& programmatic) override;

    // XLocalizable (through XAddIn)
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

    // XServiceName, XServiceInfo
    rtl::OUString SAL_CALL getServiceName() override;
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    static css::uno::Sequence<rtl::OUString> service_names();

private:
    Lang lang() const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::lang::Locale locale_;
};

} // namespace vnplan::addin
