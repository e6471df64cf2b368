// org.vnplan.Awards: the award-quota functions, thin adapters over core/awards.
#pragma once

#include "addin/addin_base.hpp"

#include <org/vnplan/XAwards.hpp>

namespace vnplan::addin {

class AwardsAddIn : public AddInBase<org::vnplan::XAwards> {
public:
    AwardsAddIn() : AddInBase(Domain::awards) {}

    double SAL_CALL awardTotal(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& table,
                               sal_Int32 column, const css::uno::Any& section) override;
    double SAL_CALL
    awardCheck(const css::uno::Reference<css::table::XCellRange>& table,
               const css::uno::Reference<css::beans::XPropertySet>& document) override;
    css::uno::Sequence<css::uno::Sequence<rtl::OUString>> SAL_CALL
    awardReport(const css::uno::Reference<css::table::XCellRange>& table,
                const css::uno::Reference<css::beans::XPropertySet>& document) override;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> SAL_CALL
    awardSummary(const css::uno::Reference<css::table::XCellRange>& table,
                 const css::uno::Reference<css::beans::XPropertySet>& document) override;
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL allocate(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& weights,
                          double total, const css::uno::Any& method, const css::uno::Any& minimum,
                          const css::uno::Any& maximum) override;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> SAL_CALL
    allocateReport(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& weights,
                   double total, const css::uno::Any& method, const css::uno::Any& minimum,
                   const css::uno::Any& maximum) override;
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> SAL_CALL allocateCompare(
        const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& weights, double total,
        const css::uno::Any& minimum, const css::uno::Any& maximum) override;
};

} // namespace vnplan::addin
