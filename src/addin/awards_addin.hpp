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
};

} // namespace vnplan::addin
