// org.vnplan.VnText: the Vietnamese text functions, thin adapters over core/vntext.
#pragma once

#include "addin/addin_base.hpp"

#include <org/vnplan/XVnText.hpp>

namespace vnplan::addin {

class VnTextAddIn : public AddInBase<org::vnplan::XVnText> {
public:
    VnTextAddIn() : AddInBase(Domain::vntext) {}

    rtl::OUString SAL_CALL vnWords(double number, const css::uno::Any& style) override;
    rtl::OUString SAL_CALL vnMoney(double amount, const css::uno::Any& style,
                                   const css::uno::Any& currency) override;
    double SAL_CALL vnParse(const rtl::OUString& text) override;
    sal_Int32 SAL_CALL vnWordsCheck(double number, const rtl::OUString& text) override;
    rtl::OUString SAL_CALL vnDate(const css::uno::Reference<css::beans::XPropertySet>& document,
                                  double date, const css::uno::Any& place) override;
    rtl::OUString SAL_CALL vnOrdinal(double n) override;
    rtl::OUString SAL_CALL vnNumber(double x, const css::uno::Any& decimals) override;
    rtl::OUString SAL_CALL vnUnicode(const rtl::OUString& text,
                                     const css::uno::Any& encoding) override;
    rtl::OUString SAL_CALL vnKey(const rtl::OUString& text) override;
};

} // namespace vnplan::addin
