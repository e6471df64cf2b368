// XAwards: award-quota table functions, adapters over core/awards.
#include "addin/awards_addin.hpp"
#include "addin/uno_convert.hpp"
#include "core/awards/table.hpp"

namespace vnplan::addin {

namespace {

awards::SectionChoice section_choice(const css::uno::Any& value) {
    double number = 0;
    rtl::OUString text;
    if (!value.hasValue()) return {};
    if (value >>= number) {
        if (number != static_cast<double>(static_cast<long>(number)))
            throw InputError({"Mục phải là số thứ tự nguyên hoặc số hiệu như \"II\".",
                              "The section must be a whole position or a label such as \"II\"."});
        return static_cast<long>(number);
    }
    if (value >>= text) {
        if (text.trim().isEmpty()) return {};
        return to_utf8(text);
    }
    throw InputError({"Không hiểu đối số mục.", "The section argument is not understood."});
}

} // namespace

double AwardsAddIn::awardTotal(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& table,
                         sal_Int32 column, const css::uno::Any& section) {
    return guarded(lang(), [&] {
        return static_cast<double>(awards::award_total(to_grid(table), column, section_choice(section)));
    });
}

} // namespace vnplan::addin
