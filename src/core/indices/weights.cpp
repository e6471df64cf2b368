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

namespace {

double sum_of(const std::vector<double>& maxima, const std::vector<std::size_t>& which) {
    Exact sum{0, 0};
    for (std::size_t c : which)
        if (c < maxima.size() && std::isfinite(maxima[c]))
            sum = detail::add(sum, detail::exact(maxima[c]));
    return detail::to_double(sum);
}

} // namespace

double maximum_total(const ScoreSheet& sheet) {
    const ScoreSheet w = weighted(sheet);
    std::vector<std::size_t> all(w.maxima.size());
    for (std::size_t c = 0; c < all.size(); ++c)
        all[c] = c;
    return sum_of(w.maxima, all);
}

std::vector<double> area_maxima(const ScoreSheet& sheet) {
    const ScoreSheet w = weighted(sheet);
    std::vector<double> out;
    for (const Area& area : w.areas)
        out.push_back(sum_of(w.maxima, area.components));
    return out;
}

} // namespace vnplan::indices
