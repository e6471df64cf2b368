// org.vnplan.Indices: the index-score functions, thin adapters over core/indices.
#pragma once

#include "addin/addin_base.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <org/vnplan/XIndices.hpp>

namespace vnplan::addin {

class IndicesAddIn : public AddInBase<org::vnplan::XIndices> {
public:
    using Rows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

    IndicesAddIn() : AddInBase(Domain::indices) {}

    double SAL_CALL indexPercent(double score, double maximum,
                                 const css::uno::Any& decimals) override;
    css::uno::Any SAL_CALL
    indexRank(double value, const css::uno::Reference<css::table::XCellRange>& values,
              const css::uno::Any& order, const css::uno::Any& ties, const css::uno::Any& decimals,
              const css::uno::Any& position,
              const css::uno::Reference<css::beans::XPropertySet>& document) override;
    css::uno::Any SAL_CALL indexRanks(const css::uno::Reference<css::table::XCellRange>& values,
                                      const css::uno::Any& order, const css::uno::Any& ties,
                                      const css::uno::Any& groups,
                                      const css::uno::Any& decimals) override;
    css::uno::Any SAL_CALL indexGap(double value,
                                    const css::uno::Reference<css::table::XCellRange>& values,
                                    double targetRank, const css::uno::Any& order,
                                    const css::uno::Any& decimals) override;
    css::uno::Any SAL_CALL indexRankRange(const css::uno::Reference<css::table::XCellRange>& values,
                                          const css::uno::Any& tolerance,
                                          const css::uno::Any& order,
                                          const css::uno::Any& decimals) override;
    double SAL_CALL rankChange(double now, double before) override;
    rtl::OUString SAL_CALL rankChangeText(double now, double before,
                                          const css::uno::Any& pad) override;
    css::uno::Any SAL_CALL indexTier(double percent, const Rows& thresholds,
                                     const Rows& labels) override;
    rtl::OUString SAL_CALL indexPhrase(double score, double maximum, double rank, double count,
                                       const css::uno::Any& previousRank,
                                       const css::uno::Any& year) override;
};

} // namespace vnplan::addin
