// Component weights ("hệ số") applied to a score sheet in exact decimal arithmetic, so that a
// weighted total reads as the clerk would compute it by hand (1,5 x 8,63 = 12,945).
#include "core/indices/exact.hpp"
#include "core/indices/indices.hpp"

#include <cmath>

namespace vnplan::indices {
namespace {

using detail::Exact;

double times(double value, const Exact& weight) {
    return detail::to_double(detail::multiply(detail::exact(value), weight));
}

void check_weights(const ScoreSheet& sheet) {
    const std::size_t components = sheet.components.size();
    if (sheet.weights.size() != components)
        detail::fail("Có " + std::to_string(components) + " chỉ số thành phần nhưng " +
                         std::to_string(sheet.weights.size()) + " hệ số.",
                     "There are " + std::to_string(components) + " components but " +
                         std::to_string(sheet.weights.size()) + " weights.");
    for (std::size_t c = 0; c < components; ++c) {
        const double w = sheet.weights[c];
        if (!std::isfinite(w) || w <= 0)
            detail::fail("Hệ số của \"" + sheet.components[c] + "\" phải lớn hơn 0 (đang là " +
                             detail::typed_vi(w) + ").",
                         "The weight of \"" + sheet.components[c] +
                             "\" must be greater than 0 (got " + detail::typed_en(w) + ").");
    }
}

void weigh_rows(std::vector<std::vector<Cell>>& rows, std::size_t component, const Exact& w) {
    for (auto& row : rows)
        if (component < row.size() && row[component].is_number() &&
            std::isfinite(row[component].number))
            row[component].number = times(row[component].number, w);
}

} // namespace

ScoreSheet weighted(const ScoreSheet& sheet) {
    if (sheet.weights.empty()) return sheet;
    check_weights(sheet);
    ScoreSheet out = sheet;
    out.weights.clear();
    for (std::size_t c = 0; c < sheet.weights.size(); ++c) {
        if (sheet.weights[c] == 1.0) continue;
        const Exact w = detail::exact(sheet.weights[c]);
        if (c < out.maxima.size() && std::isfinite(out.maxima[c]))
            out.maxima[c] = times(out.maxima[c], w);
        weigh_rows(out.scores, c, w);
        weigh_rows(out.self_scores, c, w);
    }
    return out;
}

double maximum_total(const ScoreSheet& sheet) {
    const ScoreSheet w = weighted(sheet);
    Exact sum{0, 0};
    for (double m : w.maxima)
        if (std::isfinite(m)) sum = detail::add(sum, detail::exact(m));
    return detail::to_double(sum);
}

} // namespace vnplan::indices
