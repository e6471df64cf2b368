// What every vnplan add-in service shares: XAddIn (names and help from the function table,
// in the locale Calc sets), XServiceName and XServiceInfo. A domain's service derives from
// AddInBase<XItsInterface> and implements only its functions.
#pragma once

#include "addin/function_table.hpp"
#include "core/common/message.hpp"
#include "office/common/uno_util.hpp"
#include "office/common/ustring.hpp"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>

namespace vnplan::addin {

namespace css = com::sun::star;

// The non-template part: lookups in the function table for one domain and one locale.
class AddInInfo {
public:
    explicit AddInInfo(Domain domain) : domain_(domain) { locale_.Language = "en"; }

    Lang lang() const { return locale_.Language == "vi" ? Lang::vi : Lang::en; }
    void set_locale(const css::lang::Locale& locale) { locale_ = locale; }
    const css::lang::Locale& locale() const { return locale_; }
    const ServiceSpec& service() const { return service_of(domain_); }

    rtl::OUString programmatic_name(const rtl::OUString& display) const;
    rtl::OUString display_name(const rtl::OUString& programmatic) const;
    rtl::OUString description(const rtl::OUString& programmatic) const;
    rtl::OUString argument_name(const rtl::OUString& programmatic, sal_Int32 argument) const;
    rtl::OUString argument_description(const rtl::OUString& programmatic, sal_Int32 argument) const;
    rtl::OUString category(const rtl::OUString& programmatic) const;
    css::uno::Sequence<rtl::OUString> service_names() const;

private:
    Domain domain_;
    css::lang::Locale locale_;
};

template <typename Functions>
class AddInBase : public office::WeakImplHelper<Functions, css::sheet::XAddIn,
                                                css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    explicit AddInBase(Domain domain) : info_(domain) {}

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& display) override {
        return info_.programmatic_name(display);
    }
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& name) override {
        return info_.display_name(name);
    }
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& name) override {
        return info_.description(name);
    }
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& name, sal_Int32 i) override {
        return info_.argument_name(name, i);
    }
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& name, sal_Int32 i) override {
        return info_.argument_description(name, i);
    }
    rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString& name) override {
        return info_.category(name);
    }
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& name) override {
        return info_.category(name);
    }

    // XLocalizable (through XAddIn)
    void SAL_CALL setLocale(const css::lang::Locale& locale) override { info_.set_locale(locale); }
    css::lang::Locale SAL_CALL getLocale() override { return info_.locale(); }

    // XServiceName, XServiceInfo
    rtl::OUString SAL_CALL getServiceName() override {
        return office::to_ou(info_.service().service);
    }
    rtl::OUString SAL_CALL getImplementationName() override {
        return office::to_ou(info_.service().implementation);
    }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override {
        for (const rtl::OUString& s : info_.service_names())
            if (s == name) return true;
        return false;
    }
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
        return info_.service_names();
    }

protected:
    Lang lang() const { return info_.lang(); }

private:
    AddInInfo info_;
};

} // namespace vnplan::addin
